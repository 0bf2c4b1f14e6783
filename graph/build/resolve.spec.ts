// Entity resolution: enterprises' short and long forms meet; same-name officials of unrelated jurisdictions stay apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from './index.ts';
import { enterpriseKey } from './resolve.ts';
import { Namesakes } from './namesakes.ts';
import { ingestPage } from '../../ingest/index.ts';

test('enterprise forms: 超虎公司 / 超虎, 步阳 / 步阳集团, 青沐工贸有限公司 / 青沐工贸', () => {
  assert.equal(enterpriseKey('超虎公司'), enterpriseKey('超虎'));
  assert.equal(enterpriseKey('步阳集团'), enterpriseKey('步阳'));
  assert.equal(enterpriseKey('青沐工贸有限公司'), enterpriseKey('青沐工贸'));
  assert.notEqual(enterpriseKey('步阳集团'), enterpriseKey('群升集团'));
});

/** A page of 永康日报: its manifest gives the paper's jurisdiction and the chain above it. */
const YONGKANG = { newspaper: '永康日报', jurisdiction: '永康市', chain: ['永康市', '金华市', '浙江省'] };
const page = (file: string, text: string) => ingestPage({ file, bytes: new TextEncoder().encode(text) }, { issue: YONGKANG }).output;

test('one person across pages when the jurisdictions fit one career; two when they cannot', () => {
  const articles = [
    ...page('a.txt', '本报讯 9月30日，市长王建国主持召开市政府常务会议。\n'),
    ...page('b.txt', '本报讯 3月2日，市委书记王建国调研我市五金产业。\n'),
    ...page('c.txt', '本报讯 5月6日，东阳市副市长王建国带队到我市调研。\n'),
  ];
  const { graph, mergeLog } = buildGraph(articles);
  const people = graph.filterNodes((_k, a) => a.kind === 'Person' && a.label === '王建国').sort();
  assert.deepEqual(people, ['person:王建国', 'person:王建国@东阳市']);
  const titles = (key: string) => graph.outNeighbors(key).filter((n) => graph.getNodeAttributes(n).kind === 'Title').map((n) => graph.getNodeAttributes(n).label).sort();
  assert.deepEqual(titles('person:王建国'), ['市委书记', '市长']);
  assert.deepEqual(titles('person:王建国@东阳市'), ['东阳市副市长']);
  assert.ok(mergeLog.some((m) => m.node === 'person:王建国@东阳市' && /东阳市/.test(m.reason)));
  assert.deepEqual(mergeLog.find((m) => m.node === 'person:王建国')?.articles.length, 2);
});

test('a town official who rises to the county is one person: towns and villages are on the paper’s career ladder', () => {
  const articles = [
    ...page('a.txt', '本报讯 3月2日，古山镇副镇长李国强主持召开全镇安全生产工作会议。\n'),
    ...page('b.txt', '本报讯 4月9日，芝英镇党委书记李国强带队检查防汛工作。\n'),
    ...page('c.txt', '本报讯 9月30日，副市长李国强主持召开市政府专题会议。\n'),
    ...page('d.txt', '本报讯 5月6日，东阳市副市长李国强带队到我市调研。\n'),
  ];
  const { graph, mergeLog } = buildGraph(articles);
  const people = graph.filterNodes((_k, a) => a.kind === 'Person' && a.label === '李国强').sort();
  assert.deepEqual(people, ['person:李国强', 'person:李国强@东阳市']);
  const titles = graph.outNeighbors('person:李国强').filter((n) => graph.getNodeAttributes(n).kind === 'Title').map((n) => graph.getNodeAttributes(n).label).sort();
  assert.deepEqual(titles, ['芝英镇党委书记', '副市长', '古山镇副镇长'].sort());
  assert.match(mergeLog.find((m) => m.node === 'person:李国强')!.reason, /the units below it/);
});

test('an enterprise printed long and short is one node that keeps both forms', () => {
  const articles = page('d.txt', '本报讯 9月30日，市长朱志杰带队调研，先后来到超虎公司、步阳集团。随后，朱志杰一行来到超虎和青沐工贸。\n');
  const { graph, mergeLog } = buildGraph(articles);
  const node = graph.getNodeAttributes('enterprise:超虎');
  assert.equal(node.label, '超虎公司');
  assert.deepEqual([...node.aliases!].sort(), ['超虎', '超虎公司']);
  assert.ok(mergeLog.some((m) => m.node === 'enterprise:超虎' && m.forms.length === 2));
});

/** Pages of a national source: no manifest jurisdiction, so only foreign titles stand apart. */
const national = (file: string, text: string) => ingestPage({ file, bytes: new TextEncoder().encode(text) }, {}).output;

test('a foreign leader named bare joins the namesake titled abroad where the article names his country', () => {
  const articles = [
    ...national('a.txt', '国务院总理李强8日在北京会见塞尔维亚总理布尔纳比奇。\n李强表示，在习近平主席和武契奇总统战略引领下，中塞关系日益紧密。\n'),
    ...national('b.txt', '国家主席习近平8日在贝尔格莱德同塞尔维亚总统武契奇举行会谈。\n'),
    ...national('c.txt', '记者8日在广场采访了武契奇总统，他表示，欢迎各国游客。\n'),
    ...national('d.txt', '巴西总统卢拉8日在巴西利亚会见了到访的葡萄牙总统德索萨。\n'),
    ...national('e.txt', '8日，市长卢拉主持召开全市安全生产工作会议。\n'),
    ...national('f.txt', '8日，巴西客人同卢拉举行会谈。\n'),
  ];
  const { graph, mergeLog } = buildGraph(articles);
  const articlesOf = (key: string) => graph.outNeighbors(key).filter((n) => n.startsWith('article:')).sort();
  // Named bare in a.txt, which names 塞尔维亚: the president titled in b.txt.
  assert.deepEqual(articlesOf('person:武契奇@塞尔维亚'), ['article:a:1', 'article:b:1']);
  // c.txt names no country: no telling which 武契奇.
  assert.deepEqual(articlesOf('person:武契奇'), ['article:c:1']);
  // A 卢拉 is also a mayor at home: the bare one in f.txt stays with him, not with the president abroad.
  assert.deepEqual(articlesOf('person:卢拉@巴西'), ['article:d:1']);
  assert.deepEqual(articlesOf('person:卢拉'), ['article:e:1', 'article:f:1']);
  assert.match(mergeLog.find((m) => m.node === 'person:武契奇@塞尔维亚')!.reason, /named bare where the article names/);
});

test('a leader printed in full one day and short on others is one node; not where the short form names kin too', () => {
  const articles = [
    ...national('a.txt', '国家主席习近平8日在北京同俄罗斯总统弗拉基米尔·普京举行会谈。\n'),
    ...national('b.txt', '国家主席习近平9日同俄罗斯总统普京通电话。\n'),
    ...national('c.txt', '沙特阿拉伯国王萨勒曼8日致电祝贺。\n'),
    ...national('d.txt', '沙特阿拉伯王储穆罕默德·本·萨勒曼8日在利雅得会见了到访的客人。\n'),
  ];
  const { graph } = buildGraph(articles);
  const articlesOf = (key: string) => graph.outNeighbors(key).filter((n) => n.startsWith('article:')).sort();
  assert.deepEqual(articlesOf('person:普京@俄罗斯'), ['article:a:1', 'article:b:1']);
  assert.ok(!graph.hasNode('person:弗拉基米尔·普京@俄罗斯'));
  assert.deepEqual(graph.getNodeAttributes('person:普京@俄罗斯').aliases, ['弗拉基米尔·普京']);
  // 萨勒曼 is titled 国王, his son 王储: two people.
  assert.deepEqual(articlesOf('person:萨勒曼@沙特阿拉伯'), ['article:c:1']);
  assert.deepEqual(articlesOf('person:穆罕默德·本·萨勒曼@沙特阿拉伯'), ['article:d:1']);
});

test('a full name joins a short form that held other posts before it; not one that held them at the same time', () => {
  const on = (file: string, issueDate: string, text: string) =>
    ingestPage({ file, bytes: new TextEncoder().encode(text) }, { issue: { issueDate, jurisdiction: '中国' } }).output;
  const articles = [
    ...on('a.txt', '2022-10-22', '全国人大常委会委员长栗战书会见密克罗尼西亚联邦国会议长西米纳。\n'),
    ...on('b.txt', '2024-04-09', '国家主席习近平同密克罗尼西亚联邦总统西米纳举行会谈。\n'),
    ...on('c.txt', '2024-04-09', '国家主席习近平举行仪式，欢迎密克罗尼西亚联邦总统韦斯利·西米纳对我国进行国事访问。\n'),
    // The father chairs the people's council while his son is president: the short form names both.
    ...on('d.txt', '2023-06-05', '土库曼斯坦人民委员会主席别尔德穆哈梅多夫出席仪式。\n'),
    ...on('e.txt', '2023-06-02', '土库曼斯坦总统别尔德穆哈梅多夫出席仪式。\n'),
    ...on('f.txt', '2023-06-03', '土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫出席仪式。\n'),
  ];
  const { graph } = buildGraph(articles);
  const articlesOf = (key: string) => graph.outNeighbors(key).filter((n) => n.startsWith('article:')).sort();
  assert.deepEqual(articlesOf('person:西米纳@密克罗尼西亚联邦'), ['article:a:1', 'article:b:1', 'article:c:1']);
  assert.ok(!graph.hasNode('person:韦斯利·西米纳@密克罗尼西亚联邦'));
  assert.deepEqual(articlesOf('person:谢尔达尔·别尔德穆哈梅多夫@土库曼斯坦'), ['article:f:1']);
});

test('a post with its organ (a stored title\'s) is the post a full name is printed with; a deputy\'s is not', () => {
  const n = new Namesakes();
  // (A store built before holds 诺瓦克 titled 政府副总理 as well, the full name's spells merged into his.)
  n.noteStored('person:亚历山大·诺瓦克@俄罗斯', '俄罗斯', '副总理', { first: '2022-12-06', last: '2023-02-10' });
  n.noteStored('person:诺瓦克@俄罗斯', '俄罗斯', '副总理', { first: '2022-10-02', last: '2023-12-15' });
  n.noteStored('person:诺瓦克@俄罗斯', '俄罗斯', '政府副总理', { first: '2022-11-29', last: '2023-10-19' });
  assert.equal(n.shortOf('亚历山大·诺瓦克', '俄罗斯'), '诺瓦克');
  n.noteStored('person:约翰·史密斯@美国', '美国', '总统', { first: '2023-06-01', last: '2023-06-01' });
  n.noteStored('person:史密斯@美国', '美国', '总统', { first: '2023-06-02', last: '2023-06-02' });
  n.noteStored('person:史密斯@美国', '美国', '副总统', { first: '2023-07-01', last: '2023-07-01' });
  assert.equal(n.shortOf('约翰·史密斯', '美国'), undefined);
});
