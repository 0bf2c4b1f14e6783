// Dates: found as printed, resolved by the issue date where there is one, kept partial where the text gives no year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './find.ts';
import { inferYear } from './year.ts';
import { dates } from './index.ts';
import type { Block } from '../types.ts';

const block = (text: string, id = 'p:1'): Block => ({
  id,
  file: 'p.txt',
  kind: 'news',
  headline: '',
  reporters: [],
  text,
  offsets: [],
  headlineOffsets: [],
  rawStart: 0,
  rawEnd: 0,
});
const resolveOne = (text: string, issueDate?: string) =>
  dates([block(text)], 'p.txt', issueDate ? { issueDate } : undefined).output[0]!.dates.map((d) => [d.value, d.precision, d.text, d.role]);

const FIND: [string, string[]][] = [
  ['9月30日，市委书记金政主持', ['9月30日']],
  ['3月15日下午，市委常委会召开', ['3月15日下午']],
  ['8日，市委常委会召开会议', ['8日']],
  ['2023年3月15日，', ['2023年3月15日']],
  ['9月29日至30日举行', ['9月29日', '30日']],
  ['步行街区块日均停车8200余次', []],
  ['每月15日开放', []],
  ['飞凤路 78 号', []],
  ['3个月内完成，13月32日不是日期', []],
  ['昨日，记者获悉', ['昨日']],
  ['当天下午，双方签署', ['当天下午']],
  ['国务院办公厅日前印发通知', ['日前']],
  ['近日，多地开展活动', ['近日']],
  ['节日前夕，看望慰问', []],
  ['于5日前完成，工作日前提交', ['5日']],
  ['相同日期，不同日举行', []],
  ['本月15日，上周五下午，周二晚，星期日', ['本月15日', '上周五下午', '周二晚', '星期日']],
  ['每周一开放，一周一次，周一至周五办公', []],
];
for (const [text, expected] of FIND) {
  test(`find dates in ${text}`, () => assert.deepEqual(findDates(text).map((d) => d.text), expected));
}

const RESOLVE: [string, string | undefined, string[][]][] = [
  ['9月30日，市委书记金政主持', undefined, [['--09-30', 'month-day', '9月30日', 'event']]],
  ['9月30日，市委书记金政主持', '2017-10-01', [['2017-09-30', 'day', '9月30日', 'event']]],
  ['12月30日，会议召开', '2018-01-02', [['2017-12-30', 'day', '12月30日', 'event']]],
  ['8日，市委常委会召开会议', undefined, [['---08', 'day-only', '8日', 'event']]],
  ['8日，市委常委会召开会议', '2017-12-09', [['2017-12-08', 'day', '8日', 'event']]],
  ['28日，会议召开', '2017-12-02', [['2017-11-28', 'day', '28日', 'event']]],
  ['昨日，记者获悉', '2020-03-01', [['2020-02-29', 'day', '昨日', 'event']]],
  ['昨日，记者获悉', undefined, []],
  ['9月29日至30日举行', '2017-10-08', [['2017-09-29', 'day', '9月29日', 'event'], ['2017-09-30', 'day', '30日', 'mention']]],
  ['2023年3月15日，会议召开', undefined, [['2023-03-15', 'day', '2023年3月15日', 'event']]],
  ['会议指出，自去年9月开展试点以来', '2018-05-01', [['2017-09', 'month', '去年9月', 'mention']]],
  ['会议指出，自去年9月开展试点以来', undefined, [['--09', 'month-only', '去年9月', 'mention']]],
  // A month in Chinese numerals after its year (今年四月); alone (四月的巴黎) it is left alone.
  ['今年四月，习近平总书记来到广东', '2023-05-28', [['2023-04', 'month', '今年四月', 'mention']]],
  ['去年十二月，他到访', '2024-03-01', [['2023-12', 'month', '去年十二月', 'mention']]],
  ['四月的巴黎', '2024-05-07', []],
  // National news names its lead's people before the date: still the lead's date, before any clause mark.
  ['中共中央政治局常委、国务院总理李强1月5日主持召开国务院常务会议', '2024-01-05', [['2024-01-05', 'day', '1月5日', 'event']]],
  ['习近平12日在北京出席活动', '2024-03-13', [['2024-03-12', 'day', '12日', 'event']]],
  ['5月8日下午，会见在人民大会堂举行', '2024-05-09', [['2024-05-08', 'day', '5月8日下午', 'event']]],
  ['当地时间9月3日，峰会在雅加达开幕', '2023-09-04', [['2023-09-03', 'day', '9月3日', 'event']]],
  ['今天（11月2日），大会开幕', '2023-11-02', [['2023-11-02', 'day', '今天', 'event'], ['2023-11-02', 'day', '11月2日', 'mention']]],
  ['9月30日，金政调研。当天下午，召开座谈会', undefined, [['--09-30', 'month-day', '9月30日', 'event'], ['--09-30', 'month-day', '当天下午', 'mention']]],
  ['当天，双方举行会谈', '2024-06-30', [['2024-06-30', 'day', '当天', 'event']]],
  ['国务院办公厅日前印发通知', '2024-01-05', [['2024-01', 'month', '日前', 'event']]],
  // Days of the month and of the week told from the issue's (2024-07-20, a Saturday; weeks run Monday to Sunday).
  ['李强本月15日会见耶伦', '2024-07-20', [['2024-07-15', 'day', '本月15日', 'event']]],
  ['李强上周五会见耶伦', '2024-07-20', [['2024-07-12', 'day', '上周五', 'event']]],
  ['李强周二会见耶伦', '2024-07-20', [['2024-07-16', 'day', '周二', 'event']]],
  ['李强星期六会见耶伦', '2024-07-20', [['2024-07-20', 'day', '星期六', 'event']]],
  ['李强将于下周一会见耶伦', '2024-07-20', [['2024-07-22', 'day', '下周一', 'event']]],
  ['上月28日，会议召开', '2024-01-05', [['2023-12-28', 'day', '上月28日', 'event']]],
  ['国务院办公厅日前印发通知', undefined, []],
  ['会议强调，要在2023年底前完成。1月5日，国务院召开会议', '2024-01-05', [['2024-01-05', 'day', '1月5日', 'mention']]],
  // An invitation opening the lead leaves the date in the clause after it the lead's (a visit's first day).
  ['应荷兰政府邀请，国家副主席韩正于当地时间5月10日至12日访问荷兰', '2023-05-13', [
    ['2023-05-10', 'day', '5月10日', 'event'], ['2023-05-12', 'day', '12日', 'mention'],
  ]],
  ['据悉，韩正5月10日访问荷兰', '2023-05-13', [['2023-05-10', 'day', '5月10日', 'mention']]],
  // The lead's window is counted after the invitation, however long the host's titles (…李希9月23日至25日…).
  ['应埃及祖国未来党主席、参议长阿卜杜拉齐格邀请，中共中央政治局常委、中央纪委书记李希9月23日至25日对埃及进行正式友好访问',
    '2023-09-26', [['2023-09-23', 'day', '9月23日', 'event'], ['2023-09-25', 'day', '25日', 'mention']]],
  // So does what the act follows (根据…指示和…要求，…于2日下午赶赴…): the lead is the clause after it.
  ['根据习近平总书记重要指示和李强总理要求，国务院副总理张国清率有关部门负责同志于2日下午赶赴梅州', '2024-05-03', [
    ['2024-05-02', 'day', '2日下午', 'event'],
  ]],
  // A dateline's day is when the story was filed: the lead's is the next in the clause.
  ['大众网德州7月1日讯 6月24日，副局长吕金贵一行到齐河县调研', '2014-07-01', [
    ['2014-07-01', 'day', '7月1日', 'mention'], ['2014-06-24', 'day', '6月24日', 'event'],
  ]],
  // After a dateline and its reporters, the lead's clause is counted from where they end.
  ['中新社南宁4月22日电 （蒋雪林 韦佳秀 康乐）2023年中华一家亲——桂台各民族欢度“壮族三月三”大联欢活动21日下午在广西南宁举行', '2023-04-22', [
    ['2023-04-22', 'day', '4月22日', 'mention'], ['2023-04-21', 'day', '21日下午', 'event'],
  ]],
];
for (const [text, issue, expected] of RESOLVE) {
  test(`resolve ${text} (issue ${issue ?? 'unknown'})`, () => assert.deepEqual(resolveOne(text, issue), expected));
}

test('a year is inferred only from a current-sense mention, never from past or future ones', () => {
  assert.equal(inferYear(['传达学习在2023年春季学期开学典礼上的重要讲话']).year?.year, 2023);
  assert.equal(inferYear(['今年是2019年，也是']).year?.year, 2019);
  const future = inferYear(['力争到2020年，基本形成新格局']);
  assert.equal(future.year, undefined);
  assert.equal(future.notBefore, undefined);
  const past = inferYear(['企业年销售额从2018年的2000万元增长至2022年的近2亿元']);
  assert.equal(past.year, undefined);
  assert.equal(past.notBefore, 2022);
  assert.equal(inferYear(['2019年上半年', '2020年一季度']).year, undefined, 'conflicting years give none');
  assert.equal(inferYear(['2019年上半年', '回顾2021年的成绩']).year, undefined, 'a later past year conflicts');
});

test('an inferred page year completes month-day dates and says so', () => {
  const out = dates([block('3月15日下午，会议传达2023年春季学期开学典礼精神')], 'p.txt').output[0]!.dates[0]!;
  assert.equal(out.value, '2023-03-15');
  assert.equal(out.yearSource, 'inferred');
  assert.equal(out.timeOfDay, '下午');
});
