// The body rules alone: which names before an ending are bodies and of what kind, how far each reaches; periodicals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodies, brandedTrade, periodicals, visitedFirms } from './bodies.ts';

const found = (text: string) => bodies(text).map((b) => `${b.kind}:${text.slice(b.start, b.end)}`);

/** [what, text, bodies that must be found (kind:name), strings no body may be]. */
const CASES: [what: string, text: string, has: string[], hasNot: string[]][] = [
  ['a trade\'s noun after a brand names a firm', '赫德科技、远算科技等企业参加。', ['enterprise:赫德科技', 'enterprise:远算科技'], []],
  ['a name the window cuts starts with a place it cut, else after the word it cut (主持人)',
    '由美国诺福克南方铁路公司运营。主持人新浪乐居北京公司主编。', [
      'enterprise:美国诺福克南方铁路公司', 'enterprise:新浪乐居北京公司',
    ], ['国诺福克南方铁路公司', '持人新浪乐居北京公司']],
  ['a caption\'s opening is no part of a name (图为)', '图为伟业顾问北京公司副总经理梁炜。', ['enterprise:伟业顾问北京公司'], []],
  ['a brand jieba knows as a proper noun or by its whole name', '腾讯科技与中信证券签约。',
    ['enterprise:腾讯科技', 'enterprise:中信证券'], []],
  ['a trade\'s noun after what describes the trade names no firm', '推动高水平科技自立自强，发展全球服务贸易和现代物流。',
    [], ['高水平科技', '全球服务贸易', '现代物流']],
  ['a trade\'s noun inside a longer word names no firm (保险 in 养老保险)', '完善基本养老保险制度。', [], ['基本养老保险']],
  ['the brand comes first: words before it describe the trade', '推动绿色低碳科技发展，各大物流企业参与。', [],
    ['绿色低碳科技', '低碳科技', '各大物流']],
  ['a firm\'s name runs over no set phrase (今年以来)', '今年以来国铁集团发送旅客增长。', [], ['今年以来国铁集团']],
  ['和 and 与 inside a name a place or the centre opens', '中国物流与采购联合会和中央党史和文献研究院发布报告。',
    ['organization:中国物流与采购联合会', 'organization:中央党史和文献研究院'], []],
  ['two places or two bodies joined by 和 are two', '他在北京和上海研究院工作。中国国家版本馆和中国历史研究院合办。', [],
    ['北京和上海研究院', '中国国家版本馆和中国历史研究院']],
  ['a place that does something opens no name (北京加快推进…)', '北京加快推进学校等公共设施恢复重建。湖南加快湘江实验室建设。',
    ['organization:湘江实验室'], ['北京加快推进学校', '湖南加快湘江实验室']],
  ['a name runs on over the field it works in to its place', '北京市高级别自动驾驶示范区创新运营中心和中国文化扶贫委员会。',
    ['organization:北京市高级别自动驾驶示范区创新运营中心', 'organization:中国文化扶贫委员会'], []],
  ['a verb with its 于 is said of a body', '江泽民早年就读于扬州东关小学。', ['organization:扬州东关小学'],
    ['江泽民早年就读于扬州东关小学']],
  ['an ending that is a verb with the character before it (主办) is none', '本次研讨会由中国人权发展基金会主办。',
    ['organization:中国人权发展基金会'], ['中国人权发展基金会主办']],
  ['a committee\'s field before 委员会 is part of its name (工作)', '中央外事工作委员会办公室主任王毅表示。',
    ['organization:中央外事工作委员会办公室'], []],
  ['a broadcaster\'s head station', '中央广播电视总台大型融媒体活动今天启动。', ['organization:中央广播电视总台'], []],
  ['a registered firm\'s name before its legal form runs long: place, trade, 集团',
    '座谈会上，深圳市创新投资集团有限公司董事长发言。', ['enterprise:深圳市创新投资集团有限公司'], ['深圳市创新投资集团']],
  ['a place in brackets inside a registered firm\'s name', '在银河航天（北京）网络技术有限公司，他察看产品。',
    ['enterprise:银河航天（北京）网络技术有限公司'], ['网络技术有限公司']],
  ['a bank named by its place before a legal form is a firm', '陕西省长安银行股份有限公司原董事长被查。',
    ['enterprise:陕西省长安银行股份有限公司'], []],
  ['an exchange is named by its place; without one it is a common noun', '支持上海证券交易所发展，建设世界一流交易所。',
    ['organization:上海证券交易所'], ['建设世界一流交易所', '世界一流交易所']],
  ['a parent firm\'s name ends before its subsidiary\'s (旗下)', '由联合出版集团旗下三联书店（香港）有限公司出版。',
    ['enterprise:三联书店（香港）有限公司'], ['集团旗下三联书店（香港）有限公司']],
];

for (const [what, text, has, hasNot] of CASES) {
  test(`bodies: ${what}`, () => {
    const got = found(text);
    for (const b of has) assert.ok(got.includes(b), `${b} not in ${got.join('、')}`);
    for (const s of hasNot) assert.ok(!got.some((b) => b.endsWith(`:${s}`)), `${s} in ${got.join('、')}`);
  });
}

test('bodies: brandedTrade passes the endings that always name a firm and asks a brand of a trade\'s noun', () => {
  assert.equal(brandedTrade('群升', '集团'), true);
  assert.equal(brandedTrade('邦立', '医药'), true);
  assert.equal(brandedTrade('三行', '资本'), true);
  assert.equal(brandedTrade('新一轮', '科技'), false);
  assert.equal(brandedTrade('前沿', '科技'), false);
  assert.equal(brandedTrade('国家中', '医药'), false);
});

test('bodies: a periodical named in title marks, then what it is, marks and all (《求是》杂志)', () => {
  const text = '第7期《求是》杂志发表文章。据《新英格兰医学杂志》报道，《时代潮》杂志社记者说。';
  const got = periodicals(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, ['《求是》杂志', '《时代潮》杂志社']);
});

test('bodies: the items of a list of firms visited are firms where one is by its ending, but places and sites', () => {
  const text = '先后到金瓯医疗、汇丰兽药、冀雅电子、石桥镇、鲍鱼产业园等项目建设现场。他还谈到金瓯医疗、汇丰兽药。';
  const firms = bodies(text).filter((b) => b.kind === 'enterprise');
  const listed = visitedFirms(text, firms, () => true).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(listed, ['金瓯医疗', '汇丰兽药']);
  // Not where no item is a firm by its ending, nor after no verb of going.
  assert.deepEqual(visitedFirms('先后到金瓯医疗、汇丰兽药等企业。', [], () => true), []);
  const told = '谈到冀雅电子、汇丰兽药等企业。';
  assert.deepEqual(visitedFirms(told, bodies(told).filter((b) => b.kind === 'enterprise'), () => true), []);
});
