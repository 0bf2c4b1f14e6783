// Extraction rules, each pattern asserting exact spans (rules only: the statistical tagger is scored by npm run eval and the seed tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './index.ts';
import type { MentionKind } from './types.ts';

type Expect = [MentionKind, string, number, string?][]; // kind, text, start, jurisdiction (titles)

const CASES: [string, string, Expect][] = [
  ['compound title: one person, two titles', '市委常委、常务副市长胡积合参加督查。', [
    ['title', '市委常委', 0, '永康市'], ['title', '常务副市长', 5, '永康市'], ['person', '胡积合', 10],
  ]],
  ['jurisdiction carries over the compound', '金华市委常委、市纪委书记、市监委主任吴燕等金华市领导', [
    ['title', '金华市委常委', 0, '金华市'], ['title', '市纪委书记', 7, '金华市'], ['title', '市监委主任', 13, '金华市'], ['person', '吴燕', 18], ['place', '金华市', 21],
  ]],
  ['another city\'s deputy mayor and ours', '金华市副市长张新宇带队到我市调研工业经济。副市长李浩锋陪同。', [
    ['title', '金华市副市长', 0, '金华市'], ['person', '张新宇', 6], ['title', '副市长', 21, '永康市'], ['person', '李浩锋', 24],
  ]],
  ['one-character given name before a verb', '7日下午，市委书记金政调研我市医疗器械产业发展情况。', [
    ['title', '市委书记', 5, '永康市'], ['person', '金政', 9],
  ]],
  ['names listed after 市领导', '市领导胡勇春、李浩锋参加。', [['person', '胡勇春', 3], ['person', '李浩锋', 7]]],
  ['a list closed by 等…领导', '朱志杰、陈美蓉、朱世道、范晓东等市各套班子领导', [
    ['person', '朱志杰', 0], ['person', '陈美蓉', 4], ['person', '朱世道', 8], ['person', '范晓东', 12],
  ]],
  ['a list introduced by 代表', '走访慰问我市科技工作者代表应尚蛟、王伟、李红阳。', [
    ['person', '应尚蛟', 13], ['person', '王伟', 17], ['person', '李红阳', 20],
  ]],
  ['a name recurring without its title', '市长朱志杰主持召开会议。朱志杰指出，要抓落实。', [
    ['title', '市长', 0, '永康市'], ['person', '朱志杰', 2], ['person', '朱志杰', 12],
  ]],
  ['byline and caption credits', '□首席记者 陈晓苏', [['title', '首席记者', 1], ['person', '陈晓苏', 6]]],
  ['surname-initial companies in a list', '其中步阳集团、王力安防、群升集团、金凯德、新多集团为轮值主席单位', [
    ['enterprise', '步阳集团', 2], ['enterprise', '王力安防', 7], ['enterprise', '群升集团', 12], ['enterprise', '金凯德', 17], ['enterprise', '新多集团', 21],
  ]],
  ['short company names after 来到', '金政一行先后来到邦立医药、鼎昌工贸、好哥工贸等企业', [
    ['person', '金政', 0], ['enterprise', '邦立医药', 8], ['enterprise', '鼎昌工贸', 13], ['enterprise', '好哥工贸', 18],
  ]],
  ['places that start with a surname are no people', '前往方岩镇，参观金华市规划馆', [['place', '方岩镇', 2], ['place', '金华市', 8]]],
  ['胡公式 is no person', '把党校工作与胡公式干部培育一体推进', []],
  ['ideology phrase: no mention inside it', '要深入学习贯彻习近平新时代中国特色社会主义思想', []],
  ['organisation with 和 inside, post after it', '先后到市自然资源和规划局、市第一人民医院走访。市第一人民医院院长王伟是带头人。', [
    ['organization', '市自然资源和规划局', 3], ['organization', '市第一人民医院', 13], ['organization', '市第一人民医院', 23], ['title', '院长', 30], ['person', '王伟', 32],
  ]],
  ['party and state bodies', '市委、市人大、市政府、市政协分别通报了工作', [
    ['organization', '市委', 0], ['organization', '市人大', 3], ['organization', '市政府', 7], ['organization', '市政协', 11],
  ]],
];

/** The cases above are 永康日报's: a bare 市 there is 永康市. */
const YONGKANG = { jurisdiction: '永康市' };

for (const [name, text, expected] of CASES) {
  test(`extract: ${name}`, () => {
    const got = extract(text, { ...YONGKANG, model: false }).output.map((m) => [m.kind, m.text, m.start, ...(m.kind === 'title' && m.jurisdiction ? [m.jurisdiction] : [])]);
    const want = expected.map(([k, t, s, j]) => [k, t, s, ...(j ? [j] : [])]);
    assert.deepEqual(got, want);
    for (const m of extract(text, YONGKANG).output) assert.equal(text.slice(m.start, m.end), m.text);
  });
}

test('extract (rules + tagger): a leader\'s name inside a doctrine is no person mention', () => {
  const text = '要深入学习贯彻习近平新时代中国特色社会主义思想，坚持马克思列宁主义、毛泽东思想、邓小平理论';
  const got = extract(text).output;
  assert.deepEqual(got.filter((m) => m.kind === 'person'), []);
});

/** Titles held in a department or an enterprise: [text, printed title, post, organ, jurisdiction]. */
const ORGAN_CASES: [string, string, string, string, string?][] = [
  ['市教育局局长王小明主持会议。', '市教育局局长', '局长', '教育局', '永康市'],
  ['市教育局长王小明主持会议。', '市教育局长', '局长', '教育局', '永康市'],
  ['金华市发改委副主任李明陪同。', '金华市发改委副主任', '副主任', '发改委', '金华市'],
  ['市自然资源和规划局副局长徐敏参加。', '市自然资源和规划局副局长', '副局长', '自然资源和规划局', '永康市'],
  ['步阳集团董事长徐步云介绍了情况。', '董事长', '董事长', '步阳集团'],
  ['东城街道办事处主任李国强带队检查。', '东城街道办事处主任', '主任', '办事处', '东城街道'],
  ['西城街道办事处副主任王小明参加。', '西城街道办事处副主任', '副主任', '办事处', '西城街道'],
];

for (const [text, printed, post, organ, jurisdiction] of ORGAN_CASES) {
  test(`extract: the organ of ${printed}`, () => {
    const t = extract(text, { ...YONGKANG, model: false }).output.find((m) => m.kind === 'title');
    assert.deepEqual([t?.text, t?.post, t?.organ, t?.jurisdiction], [printed, post, organ, jurisdiction]);
  });
}

test('extract: without a paper\'s jurisdiction a bare level stays as printed, and with one of another level too', () => {
  const jur = (text: string, jurisdiction?: string) =>
    extract(text, { model: false, ...(jurisdiction ? { jurisdiction } : {}) }).output.filter((m) => m.kind === 'title').map((m) => m.jurisdiction);
  assert.deepEqual(jur('市委书记金政调研。'), ['市']);
  assert.deepEqual(jur('市委书记金政调研。', '东阳市'), ['东阳市']);
  assert.deepEqual(jur('县委书记王伟调研。', '东阳市'), ['县']);
  assert.deepEqual(jur('金华市委常委、市纪委书记吴燕'), ['金华市', '金华市']);
});

test('extract: a 委 inside a title is the party committee, not a department (市委常委)', () => {
  const t = extract('市委常委、常务副市长胡积合参加。', { ...YONGKANG, model: false }).output.filter((m) => m.kind === 'title');
  assert.deepEqual(t.map((m) => [m.text, m.organ]), [['市委常委', '委'], ['常务副市长', undefined]]);
});
