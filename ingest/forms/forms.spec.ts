// Input forms: detection from content, marked headlines, item layouts, bulletins, JSON Lines and CSV with their offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from '../types.ts';
import { detectForm } from './detect.ts';
import { markedHeadline, readArticle, readArticles } from './articles.ts';
import { csvRows, readCsv } from './csv.ts';
import { objectFields, readJsonl } from './jsonl.ts';
import { recordDate } from './records.ts';

const page = (raw: string, file = 'f.txt'): Page => ({ file, encoding: 'utf-8', bom: false, raw });
const heads = (raw: string) => readArticles(page(raw)).output.map((b) => [b.headline, b.text]);

const PARA1 = '国务院总理李强1月5日主持召开国务院常务会议，研究部署推动经济持续回升向好的有关工作。';
const PARA2 = '会议指出，要加大宏观政策调控力度，着力扩大内需，提振市场信心，推动经济实现质的有效提升和量的合理增长。';
const PARA3 = '会议强调，要持续深化改革开放，加快建设现代化产业体系，全面推进乡村振兴，切实保障和改善民生。';
const OCR =
  '本报讯（记者 张三）9月30日，市\n长朱志杰带领相关部门负\n责人督查安全生产工作。他\n强调，要树立忧患意识，层\n层压实责任。朱志杰一行先\n后来到古山镇等地。\n';

test('detection: JSON Lines, CSV, clean paragraphs and OCR lines each by their content; an undecided file is pages, uncertain', () => {
  assert.equal(detectForm('{"id": 1, "text": "一"}\n{"id": 2, "text": "二"}\n').form, 'jsonl');
  assert.equal(detectForm('id,headline,text\n1,标题,正文。\n').form, 'csv');
  assert.equal(detectForm(`标题一\n\n${PARA1}\n${PARA2}\n\n\n标题二\n\n${PARA3}\n`).form, 'articles');
  assert.deepEqual([detectForm(OCR).form, detectForm(OCR).certain], ['pages', true]);
  assert.equal(detectForm('短句。\n又一短句。\n').form, 'articles');
  const unsure = detectForm(
    '第一行很长的文字没有任何标点符号也不是一个句子的结尾\n第二行同样很长的文字没有任何标点符号也不结束句子\n',
  );
  assert.deepEqual([unsure.form, unsure.certain], ['pages', false]);
  // A short web story: its headline and a caption end no sentence, but its lines are far wider than OCR columns.
  const story = detectForm(
    `奉贤区无偿献血表彰大会举行\n\n${PARA1}\n上海市血液管理办公室副主任陈强在表彰大会上给本次活动致辞\n` +
      '奉贤区卫生健康委员会主任褚国华宣读无偿献血优秀集体和个人的表彰决定\n',
  );
  assert.deepEqual([story.form, story.certain], ['articles', false]);
});

test('marked headlines: ###, a whole line in 【】 (nested too), 标题：; a column tag before a headline is no mark', () => {
  assert.deepEqual(markedHeadline('### 李强主持召开国务院常务会议'), { start: 4, end: 17 });
  assert.deepEqual(markedHeadline('【【新思想引领新征程】消费潜力持续释放】'), { start: 1, end: 19 });
  assert.deepEqual(markedHeadline('标题：消费潜力持续释放'), { start: 3, end: 11 });
  assert.equal(markedHeadline('【新思想引领新征程】消费潜力持续释放'), undefined);
  assert.equal(markedHeadline('#'), undefined);
});

test('items apart by the widest blank gap: the headline may exclaim; the lead 央视网消息（新闻联播）： is taken off', () => {
  const raw = `坚定信心 出发！\n\n央视网消息（新闻联播）：${PARA1}\n${PARA2}\n\n\n第二条新闻\n\n${PARA3}\n`;
  assert.deepEqual(heads(raw), [
    ['坚定信心 出发！', `${PARA1}\n${PARA2}`],
    ['第二条新闻', PARA3],
  ]);
});

test('a bulletin splits into its stories, each under its headline, the bulletin as their section; a communiqué does not', () => {
  const raw = `国内联播快讯\n\n央视网消息（新闻联播）：\n我国将加快数字人才培育\n${PARA1}\n第七届进博会首批参展商名单公布\n${PARA2}\n\n\n公报\n\n央视网消息（新闻联播）：\n全会公报（2022年10月23日通过）\n${PARA3}\n`;
  const blocks = readArticles(page(raw)).output;
  assert.deepEqual(
    blocks.map((b) => [b.headline, b.section ?? '', b.text]),
    [
      ['我国将加快数字人才培育', '国内联播快讯', PARA1],
      ['第七届进博会首批参展商名单公布', '国内联播快讯', PARA2],
      ['公报', '', `全会公报（2022年10月23日通过）\n${PARA3}`],
    ],
  );
});

test('without blank lines: a short headline line before its paragraph starts an article; a numbered point does not', () => {
  assert.deepEqual(heads(`标题一\n${PARA1}\n一、加强组织领导\n${PARA2}\n标题二\n${PARA3}\n`), [
    ['标题一', `${PARA1}\n一、加强组织领导\n${PARA2}`],
    ['标题二', PARA3],
  ]);
});

test('one article per file: the first line is its headline, whatever follows', () => {
  const blocks = readArticle(page(`标题一\n${PARA1}\n短行\n${PARA2}\n`)).output;
  assert.deepEqual(
    blocks.map((b) => [b.id, b.headline, b.text]),
    [['f:1', '标题一', `${PARA1}\n短行\n${PARA2}`]],
  );
});

test('JSON strings decode with their raw offsets; an escaped character maps nowhere', () => {
  const raw = '{"a": 1, "text": "习近平\\n\\u4e60", "n": null, "x": {"y": "}"}, "Headline": "标"}';
  const f = objectFields(raw, 0);
  assert.equal(f.get('text')!.text, '习近平\n习');
  assert.deepEqual(f.get('text')!.map, [18, 19, 20, -1, -1]);
  assert.equal(f.get('a')!.text, '1');
  assert.equal(f.get('headline')!.text, '标');
  assert.equal(f.has('n'), false);
});

test('JSON Lines: ids, issue dates and pages per record; a malformed line and a record without text are reported by line', () => {
  const raw = [
    JSON.stringify({
      id: 'a1',
      headline: '标题一',
      text: `${PARA1}\n${PARA2}`,
      date: '2024-01-05T19:00:00+08:00',
      page: 2,
    }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'a2', headline: '无正文', text: '' }),
    JSON.stringify({ id: 'a1', text: PARA3, issueDate: '2024/1/6', newspaper: '新闻联播' }),
  ].join('\n');
  const r = readJsonl(page(raw, 'x.jsonl'));
  assert.deepEqual(
    r.output.map((b) => [b.id, b.headline, b.text, b.issue]),
    [
      ['x:a1', '标题一', `${PARA1}\n${PARA2}`, { issueDate: '2024-01-05', page: 2 }],
      ['x:a1@4', '', PARA3, { issueDate: '2024-01-06', newspaper: '新闻联播' }],
    ],
  );
  const said = r.messages.map((m) => `${m.code} ${m.text}`);
  assert.ok(
    said.some((t) => t.startsWith('jsonl.malformed x.jsonl:2: malformed JSON line')),
    said.join('\n'),
  );
  assert.ok(
    said.some((t) => t.startsWith('records.no-text x.jsonl:3')),
    said.join('\n'),
  );
  assert.ok(
    said.some((t) => t.startsWith('records.duplicate-id x.jsonl:4')),
    said.join('\n'),
  );
  const first = r.output[0]!;
  for (const [ts, rs, len] of first.offsets) assert.equal(first.text.slice(ts, ts + len), raw.slice(rs, rs + len));
});

test('CSV: quoted cells keep commas, doubled quotes and line breaks; offsets point at the raw characters', () => {
  const raw = `id,headline,text,date\r\n7,"标题，一","${PARA1}\n""引号""，${PARA2}",2024-01-05\r\n8,,${PARA3},昨天\r\n`;
  const r = readCsv(page(raw, 'y.csv'));
  assert.deepEqual(
    r.output.map((b) => [b.id, b.headline, b.text, b.issue?.issueDate]),
    [
      ['y:7', '标题，一', `${PARA1}\n"引号"，${PARA2}`, '2024-01-05'],
      ['y:8', '', PARA3, undefined],
    ],
  );
  assert.ok(r.messages.some((m) => m.code === 'records.date' && m.text.includes('y.csv:4')));
  for (const b of r.output)
    for (const [ts, rs, len] of b.offsets) assert.equal(b.text.slice(ts, ts + len), raw.slice(rs, rs + len));
  assert.equal(csvRows('a,"b\n').unterminated, 1);
});

test('record dates in the forms scrapers write; impossible dates refused', () => {
  assert.equal(recordDate('2024-01-05'), '2024-01-05');
  assert.equal(recordDate('2024-1-5 08:00'), '2024-01-05');
  assert.equal(recordDate('2024年1月5日'), '2024-01-05');
  assert.equal(recordDate('20240105'), '2024-01-05');
  assert.equal(recordDate('2023-02-29'), undefined);
  assert.equal(recordDate('January 5'), undefined);
});

test('articles: a title, a blank line, then a byline right above the story, no blank line between: one article', () => {
  const raw = '珠江流域四省今年除险加固小型水库1236座\n\n澎湃新闻记者 吕新文\n' +
    '水利部珠江水利委员会12月31日通报称，今年除险加固小型水库1236座。\n珠江委主任王宝恩出席会议。\n';
  const read = heads(raw);
  assert.equal(read.length, 1);
  assert.equal(read[0]![1], '水利部珠江水利委员会12月31日通报称，今年除险加固小型水库1236座。\n珠江委主任王宝恩出席会议。');
});

test('articles: a one-story file whose title, a blank line and subtitles stand before its story is one article', () => {
  const raw = '兵团党委常委会召开扩大会议\n\n增强历史自觉 坚定文化自信\n李邑飞主持会议\n' +
    '6月2日，兵团党委常委会召开扩大会议。李邑飞主持会议。\n会议指出，要增强历史自觉。\n';
  assert.deepEqual(heads(raw), [[
    '兵团党委常委会召开扩大会议 增强历史自觉 坚定文化自信 李邑飞主持会议',
    '6月2日，兵团党委常委会召开扩大会议。李邑飞主持会议。\n会议指出，要增强历史自觉。',
  ]]);
});
