// Repairs of the tagger's person spans, on sentences of the shapes they fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownWhole, namesInLists, repairName } from './tagged.ts';
import type { Mention } from './types.ts';

const span = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const person = (text: string, s: string): Mention => ({ text: s, kind: 'person', ...span(text, s) });

test('repairName: a function word run into a name is cut off; a surname alone is completed', () => {
  const cases: [string, string, string][] = [
    ['对选手不太摸底，但葛菲／顾俊还是很快就摸出了', '但葛菲', '葛菲'],
    ['于有斌说', '于有斌', '于有斌'], // a weak surname before no surname stays
    ['贝巴托夫进球', '贝巴托夫', '贝巴托夫'], // a foreign name keeps its first character
    ['民革中央常务副主席周铁农，名誉副主席贾亦斌', '周', '周铁农'],
    ['曾梵志：这样的话好多人', '曾梵志', '曾梵志'], // a surname jieba tags as an adverb stays
    ['卡马乔的一块心病', '卡马乔', '卡马乔'],
    // A transliteration cut one syllable short before a clause ends is completed; not before a word after names.
    ['会见了基金办公室负责人卡纳瓦里。', '卡纳瓦', '卡纳瓦里'],
    ['会见了马卡里说。', '马卡里', '马卡里'],
    ['会见了卡纳瓦等。', '卡纳瓦', '卡纳瓦'],
    // A name cut one character short before its day; not before a word after names or a day's own word.
    ['领导人哈尼亚20日在开罗', '哈尼', '哈尼亚'],
    ['常委王沪宁5日下午', '王沪', '王沪宁'],
    ['李强等5日出席', '李强', '李强'],
    ['王毅于5日抵达', '王毅', '王毅'],
    ['卡纳瓦里5日说', '卡纳瓦', '卡纳瓦里'],
    ['魏凤和同志在参加讨论时说', '魏凤', '魏凤和'],
    ['李强等同志出席', '李强', '李强'],
    ['李强和同志们交流', '李强', '李强'],
  ];
  for (const [text, tagged, expected] of cases) {
    const r = repairName(text, span(text, tagged));
    assert.equal(text.slice(r.start, r.end), expected, text);
  }
});

test('namesInLists: the items of a list of names next to a person are names; other lists are not', () => {
  const text = '张之路、秦文君、谢璞、沈石溪等作家出席，书店、印厂和文化服务公司保留。';
  const mentions = ['张之路', '秦文君', '沈石溪'].map((s) => person(text, s));
  assert.deepEqual(
    namesInLists(text, mentions).map((s) => text.slice(s.start, s.end)),
    ['谢璞'],
  );
  assert.deepEqual(namesInLists('书店、印厂和文化服务公司保留。', []), []);
  // A one-character state read inside a listed name (韩 of 韩正) takes none of it.
  const listed = '王沪宁、韩正、蔡奇等出席。';
  const around = [person(listed, '王沪宁'), person(listed, '蔡奇'), { ...person(listed, '韩'), kind: 'place' as const }];
  assert.deepEqual(namesInLists(listed, around).map((s) => listed.slice(s.start, s.end)), ['韩正']);
});

test('knownWhole: a name cut short where it recurs is the name found whole earlier in the text', () => {
  const text = '国家主席习近平夫人彭丽媛会见阿祖莱。在会见阿祖莱时，彭丽媛简要介绍了情况。';
  const names = new Set(['习近平', '彭丽媛', '阿祖莱']);
  const cut = { start: text.lastIndexOf('彭丽'), end: text.lastIndexOf('彭丽') + 2 };
  const whole = knownWhole(text, cut, names);
  assert.equal(text.slice(whole.start, whole.end), '彭丽媛');
  // Where the text goes on otherwise, the span stays as it was (彭丽 is no prefix of what is printed there).
  const other = '彭丽说';
  assert.deepEqual(knownWhole(other, { start: 0, end: 2 }, names), { start: 0, end: 2 });
  // Cut at its start where it recurs (会见了扎希德 read as 希德): the name found whole before, printed whole here.
  const met = '部长扎希德致辞。丁薛祥会见了扎希德。总理希德说。';
  const found = new Set(['扎希德']);
  const at = met.lastIndexOf('扎希德') + 1;
  const grown = knownWhole(met, { start: at, end: at + 2 }, found);
  assert.equal(met.slice(grown.start, grown.end), '扎希德');
  const alone = met.lastIndexOf('希德');
  assert.deepEqual(knownWhole(met, { start: alone, end: alone + 2 }, found), { start: alone, end: alone + 2 });
});

test('knownWhole: a name run on into the word after it is the name found whole elsewhere', () => {
  const text = '习近平向阮富仲授予勋章。阮富仲致答辞。';
  const names = new Set(['习近平', '阮富仲']);
  const at = text.lastIndexOf('阮富仲');
  const whole = knownWhole(text, { start: at, end: at + 4 }, names);
  assert.equal(text.slice(whole.start, whole.end), '阮富仲');
  const busy = '全国人大代表刘庆是院长。刘庆忙着走访调研。';
  const cut = busy.lastIndexOf('刘庆');
  const shrunk = knownWhole(busy, { start: cut, end: cut + 3 }, new Set(['刘庆']));
  assert.equal(busy.slice(shrunk.start, shrunk.end), '刘庆');
  // How often he does it (刘洋常来到…) follows a name too.
  const often = '航天员刘洋介绍。在训练间隙，刘洋常来到实验室。';
  const o = often.lastIndexOf('刘洋');
  const habit = knownWhole(often, { start: o, end: o + 3 }, new Set(['刘洋']));
  assert.equal(often.slice(habit.start, habit.end), '刘洋');
  // Not where what follows the shorter name is no word that follows names (阮富仲恺 stays whole).
  const other = '阮富仲恺表示';
  assert.deepEqual(knownWhole(other, { start: 0, end: 4 }, names), { start: 0, end: 4 });
});
