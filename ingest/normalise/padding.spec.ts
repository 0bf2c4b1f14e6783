// Typesetting's alignment spaces, lists of names run over lines, and pinyin glosses: removed, offsets kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinListLines, removeAlignmentSpaces } from './padding.ts';
import { removePinyinGlosses } from './glosses.ts';
import { normaliseDateSpaces } from './dates.ts';
import { track, type Tracked } from '../text/tracked.ts';

const text = (f: (t: Tracked) => Tracked, s: string) => f(track(s)).text;

test('alignment spaces inside two-character words between list marks go; words set apart by spaces stay', () => {
  assert.equal(text(removeAlignmentSpaces, '出 席：宗培楠、李红霞、赵 顺、景帅鑫、黄 岩'), '出席：宗培楠、李红霞、赵顺、景帅鑫、黄岩');
  assert.equal(text(removeAlignmentSpaces, '列  席：王 伟，李 明'), '列席：王伟，李明');
  assert.equal(text(removeAlignmentSpaces, '宗培楠  李红霞  赵 顺'), '宗培楠  李红霞  赵 顺');
  assert.equal(text(removeAlignmentSpaces, '习近平 会见 外宾'), '习近平 会见 外宾');
  // Every character kept keeps its raw offset.
  const t = removeAlignmentSpaces(track('主 持：赵 顺'));
  assert.deepEqual(t.map, [0, 2, 3, 4, 6]);
});

test('spaces after a mark inside a sentence or before a mark go; after a sentence\'s end they stay', () => {
  assert.equal(text(removeAlignmentSpaces, '市领导付朝阳、王洋、 连向红出席。'), '市领导付朝阳、王洋、连向红出席。');
  assert.equal(text(removeAlignmentSpaces, '专题调研考察 。 期间，双方座谈'), '专题调研考察。 期间，双方座谈');
  const t = removeAlignmentSpaces(track('王洋、 连向红'));
  assert.deepEqual(t.map, [0, 1, 2, 4, 5, 6]);
});

test('a labelled list of names runs on over lines of names alone; other lines stay apart', () => {
  const lines = ['会议还研究了其他事项。', '出席：宗培楠、李红霞、黄岩', '吕治江、王明君', '杜仲举', '会议指出，要加快进度。']
    .map((s) => track(s));
  assert.deepEqual(joinListLines(lines).map((t) => t.text), [
    '会议还研究了其他事项。',
    '出席：宗培楠、李红霞、黄岩、吕治江、王明君、杜仲举',
    '会议指出，要加快进度。',
  ]);
  assert.deepEqual(joinListLines([track('张三主持会议。'), track('李四、王五')]).length, 2);
});

test('pinyin glosses after characters go; brackets of words stay', () => {
  assert.equal(text(removePinyinGlosses, '市政協(xié)主席陳長興視察(chá)了'), '市政協主席陳長興視察了');
  assert.equal(text(removePinyinGlosses, '環（huán）境'), '環境');
  assert.equal(text(removePinyinGlosses, '世界卫生组织（WHO）和联合国（UN）'), '世界卫生组织（WHO）和联合国（UN）');
});

test('a date spaced apart on both sides among Chinese words closes up (于 1 月 31 日 抵达); one side only stays', () => {
  const spaced = (s: string) => removeAlignmentSpaces(normaliseDateSpaces(track(s))).text;
  assert.equal(spaced('于 1 月 31 日 抵达棉兰，进行为期3天的访问'), '于1月31日抵达棉兰，进行为期3天的访问');
  // A headline's halves, and names listed, keep the space between them.
  assert.equal(spaced('飓风“伊恩”过境美国佛州 17人死亡'), '飓风“伊恩”过境美国佛州 17人死亡');
  assert.equal(spaced('前海蛇口自贸片区成立8年 进出口值创历史新高'), '前海蛇口自贸片区成立8年 进出口值创历史新高');
  assert.equal(spaced('《社会保险经办条例》公布 12月1日施行'), '《社会保险经办条例》公布 12月1日施行');
  assert.equal(spaced('宗培楠  李红霞'), '宗培楠  李红霞');
});
