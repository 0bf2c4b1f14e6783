// Punctuation of a file's text: half-width marks among Chinese words read as full-width ones, one for one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestPage } from '../page.ts';
import { toFullWidth } from './fullwidth.ts';

test('punctuation: half-width marks among Chinese words become full-width, one for one', () => {
  const raw = '6月30日,县委书记刘中英主持召开会议。县长杨修伟,县领导张胜参加会议;会议指出:要抓落实!(记者 李索)';
  const out = toFullWidth(raw);
  assert.ok(out);
  assert.equal(out.text, '6月30日，县委书记刘中英主持召开会议。县长杨修伟，县领导张胜参加会议；会议指出：要抓落实！（记者 李索）');
  assert.equal(out.text.length, raw.length);
  assert.equal(out.changed, 7);
});

test('punctuation: figures, times, Latin text and entities keep their marks', () => {
  assert.equal(toFullWidth('共1,200人于10:30到会。'), undefined);
  assert.equal(toFullWidth('see (Smith, 2019): ok?'), undefined);
  // An entity's closing semicolon (left for whoever reads the entity).
  assert.equal(toFullWidth('&amp;市委书记&#12290;会议'), undefined);
});

test('punctuation: a full stop between Chinese sentences or closing a line is one; decimals and dots stay', () => {
  assert.equal(toFullWidth('春宴隆重举行.中美官员齐聚一堂. 本次宴会')?.text, '春宴隆重举行。中美官员齐聚一堂。 本次宴会');
  assert.equal(toFullWidth('出席盛会.\n下一段')?.text, '出席盛会。\n下一段');
  assert.equal(toFullWidth('增长5.2%'), undefined);
  assert.equal(toFullWidth('U.S.总统'), undefined);
  assert.equal(toFullWidth('等等...'), undefined);
  assert.equal(toFullWidth('第1.2条'), undefined);
});

test('punctuation: brackets change in pairs, where either stands among Chinese words', () => {
  assert.equal(toFullWidth('国务院通知(2019)第3号')?.text, '国务院通知（2019）第3号');
  assert.equal(toFullWidth('两市(地区)友好')?.text, '两市（地区）友好');
  // A bracket a line leaves open changes alone, as one the text leaves open does.
  assert.equal(toFullWidth('县长(张三\n李四)出席')?.text, '县长（张三\n李四）出席');
  assert.equal(toFullWidth('县长(张三')?.text, '县长（张三');
  assert.equal(toFullWidth('GDP (nominal) 增长')?.text, 'GDP （nominal） 增长');
});

test('punctuation: a file is read with full-width marks among Chinese words and says so; a CSV keeps its cells', () => {
  const bytes = (t: string) => new TextEncoder().encode(t);
  const page = ingestPage({ file: 'p.txt', bytes: bytes('县委召开常委会议\n\n县长张三,副县长李四出席会议。\n') }, { form: 'article' });
  assert.ok(page.output[0]?.text.includes('县长张三，副县长李四'), JSON.stringify(page.output));
  assert.ok(page.messages.some((m) => m.code === 'input.punctuation' && m.text.startsWith('p.txt: ')));
  const csv = ingestPage({ file: 'c.csv', bytes: bytes('id,headline,text\na1,会议,"县长张三,副县长李四出席"\n') }, { form: 'csv' });
  assert.equal(csv.output.length, 1, JSON.stringify(csv.messages));
  assert.equal(csv.output[0]!.headline, '会议');
  assert.equal(csv.output[0]!.text, '县长张三，副县长李四出席');
  // A JSON string's characters escaped or not, the same text.
  const jsonl = '{"id": "a", "text": "县长张三,副县长李四"}\n{"id": "b", "text": "\\u53bf\\u957f\\u5f20\\u4e09,\\u526f"}\n';
  const read = ingestPage({ file: 'j.jsonl', bytes: bytes(jsonl) }, { form: 'jsonl' });
  assert.deepEqual(read.output.map((a) => a.text), ['县长张三，副县长李四', '县长张三，副']);
  assert.ok(read.messages.some((m) => m.code === 'input.punctuation' && m.text.includes('(2 marks)')));
});

test('punctuation: corner quotes (Hong Kong, Macao, Taiwan) read as curly ones wherever they stand', () => {
  const raw = '「香港潮屬各界酒會」假香港香格里拉酒店舉行,『一國兩制』';
  const out = toFullWidth(raw);
  assert.equal(out?.text, '“香港潮屬各界酒會”假香港香格里拉酒店舉行，‘一國兩制’');
  assert.equal(out?.text.length, raw.length);
  assert.equal(out?.changed, 5);
  assert.equal(toFullWidth('「OK」')?.text, '“OK”');
});

test('punctuation: curly quotes typed the wrong way round around a name read as opened and closed', () => {
  const reversed = '学校党委召开”同心庆双节 奋进建新功“中秋国庆座谈会，“双节”前夕';
  const out = toFullWidth(reversed);
  assert.equal(out?.text, '学校党委召开“同心庆双节 奋进建新功”中秋国庆座谈会，“双节”前夕');
  assert.equal(out?.changed, 2);
  // Straight quotes stay as printed (a page's own, which the viewer must escape).
  assert.equal(toFullWidth('召开"同心庆双节"座谈会'), undefined);
  // A closing quote with its opening one further on the line than a name runs stays.
  assert.equal(toFullWidth(`召开”${'字'.repeat(45)}“`), undefined);
});

test('punctuation: a quote closed from the line before, then another opened, is left as printed', () => {
  assert.equal(toFullWidth('他说：“要继续努力。\n要久久为功。”他强调，“要抓落实。”'), undefined);
  // (Lines broken every ~15 characters, as the seeds print them.)
  assert.equal(toFullWidth('他说，“路怎么走\n下，最终怎么走还要靠企业自身。”“多'), undefined);
});
