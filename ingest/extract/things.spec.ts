// A name listed among things: which neighbours make an item of a list a thing, and which leave it a name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amongThings } from './things.ts';

/** [what, text, the item asked about, whether it is among things]. */
const CASES: [string, string, string, boolean][] = [
  ['nouns on both sides', '支持大数据、云计算、人工智能等新技术应用。', '云计算', true],
  ['the sentence goes on after the last item', '重点展出了大数据、云计算、人工智能在文化产业的成果。', '云计算', true],
  ['an abbreviation beside it', '与风电、光伏、云计算、大数据联合打造新能源产业集群。', '云计算', true],
  ['a thing on one side only, the list going on into a clause', '被认为是继明治维新、麦克阿瑟治理后的第三次变革。', '麦克阿瑟',
    false],
  ['the first of a list opening a clause', '其中，云计算、大数据服务同比增长13.3%。', '云计算', true],
  ['the last of a list closed by 等', '福建代表性的白茶、绿茶、乌龙茶等已经进入采制阶段。', '乌龙茶', true],
  ['no list', '以云计算为代表的新型基础设施。', '云计算', false],
  ['a name beside it', '出席会议的有王刚、李明、高峰等同志。', '李明', false],
  ['a verb jieba reads in a name beside it', '比如说像方力钧、展望、张晓刚。', '张晓刚', false],
  ['a name before its post beside it', '范明政总理、王庭惠国会主席出席。', '王庭惠', false],
  ['a post and a name after it', '主任委员巴音朝鲁、宪法法律委主任委员信春鹰。', '巴音朝鲁', false],
  ['a name jieba reads as a count and a noun', '何雅玲（女）、余剑锋、余艳红（女）、谷澍。', '余艳红', false],
];

for (const [what, text, item, expected] of CASES) {
  test(`things: ${what}`, () => {
    const start = text.indexOf(item);
    assert.equal(amongThings(text, { start, end: start + item.length }), expected);
  });
}
