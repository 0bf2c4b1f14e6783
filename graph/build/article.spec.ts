// One article's graph: meetings of one pair on other days stay apart, each with its own date; bare posts' titles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textArticle } from '../../tests/helpers.ts';
import { buildGraph } from './index.ts';
import { bareTitles } from './article.ts';
import type { HoldsFact } from './facts/index.ts';

const TALKS = '国家主席习近平在北京同美国总统拜登举行会晤。';

test('a pair that meets on two days has two MET edges, each with its day; the same day twice, one', () => {
  const day = (id: string, issueDate: string) => textArticle(TALKS, { id, issue: { issueDate } });
  const g = buildGraph([day('a:1', '2022-11-14'), day('b:1', '2023-11-15'), day('c:1', '2023-11-15')]).graph;
  const met = g.filterEdges((_k, a) => a.type === 'MET').map((k) => g.getEdgeAttributes(k));
  assert.deepEqual(met.map((a) => a.date).sort(), ['2022-11-14', '2023-11-15']);
  assert.deepEqual(met.map((a) => a.evidence.length).sort(), [1, 2]);
});

const heldBy = (g: ReturnType<typeof buildGraph>['graph'], person: string) =>
  g.filterEdges((_k, a, s) => a.type === 'HOLDS' && s === person).map((k) => g.target(k)).sort();

test('a bare post after a name is the title of that post the article gives the same person elsewhere', () => {
  const text = '印度尼西亚总统佐科会见国务院总理李强。李强总理表示，相信在佐科总统领导下，两国合作不断深化。';
  const g = buildGraph([textArticle(text, { id: 'a:1', issue: { issueDate: '2023-09-06' } })]).graph;
  assert.deepEqual(heldBy(g, 'person:佐科@印度尼西亚'), ['title:印度尼西亚|总统']);
  assert.deepEqual(heldBy(g, 'person:李强'), ['title:中国|国务院总理']);
});

test('a head of state named bare takes his country from other articles', () => {
  const titled = textArticle('国家主席习近平会见芬兰总统尼尼斯托。', { id: 'a:1', issue: { issueDate: '2023-01-05' } });
  const bare = textArticle('习近平同尼尼斯托总统举行会谈。芬兰是最早承认新中国的西方国家之一。', {
    id: 'b:1',
    issue: { issueDate: '2023-01-06' },
  });
  const g = buildGraph([titled, bare]).graph;
  assert.deepEqual(heldBy(g, 'person:尼尼斯托@芬兰'), ['title:芬兰|总统']);
  assert.equal(g.getEdgeAttributes('HOLDS:person:尼尼斯托@芬兰->title:芬兰|总统').evidence.length, 2);
});

test('a bare post stays as printed where the article or the country does not say whose it is', () => {
  const evidence = { article: 'a:1', file: 'a.txt', sentence: '', rawStart: 0, rawEnd: 0 };
  const hold = (person: string, post: string, jurisdiction?: string, organ?: string): HoldsFact => ({
    person, printed: post, post, evidence, ...(jurisdiction ? { jurisdiction } : {}), ...(organ ? { organ } : {}),
  });
  const holds = [hold('甲', '主席', '中国', '全国政协'), hold('甲', '主席', '中国', '国家'), hold('甲', '主席')];
  const whose = bareTitles([...holds, hold('乙', '主席'), hold('丙', '总统')], (p) => ({ 乙: '芬兰', 丙: '联合国' })[p]);
  assert.equal(whose(holds[2]!).jurisdiction, undefined); // two titles of that post: which one is not said
  assert.equal(whose(hold('乙', '主席')).jurisdiction, undefined); // a party's or a body's chairman, not the state's
  assert.equal(whose(hold('丙', '总统')).jurisdiction, undefined); // not a country
  assert.equal(whose(hold('乙', '总统')).jurisdiction, '芬兰');
});

test("a democratic party's local committee names its jurisdiction after the party (民革贵州省委主委)", () => {
  const text = '省政协副主席、民革贵州省委主委马文骏，天津市政协副主席、民建市委会主委周绍熹出席。';
  const g = buildGraph([textArticle(text, { id: 'a:1', issue: { issueDate: '2006-11-14' } })]).graph;
  const labels = (p: string) => heldBy(g, p).map((t) => g.getNodeAttributes(t).label).sort();
  assert.deepEqual(labels('person:马文骏'), ['民革贵州省委主委', '省政协副主席']);
  assert.deepEqual(labels('person:周绍熹'), ['天津市政协副主席', '民建天津市委会主委']);
});

test('a documentary account (纪实) retells: what it names on no day of its own is no event of its issue', () => {
  const text = '今年6月，习近平总书记在内蒙古巴彦淖尔考察。';
  const events = (headline: string) => {
    const g = buildGraph([textArticle(text, { id: 'a:1', headline, issue: { issueDate: '2023-08-14' } })]).graph;
    return g.filterNodes((_k, a) => a.kind === 'Event').map((k) => g.getNodeAttributes(k).label);
  };
  assert.deepEqual(events('绘出美丽中国更新画卷'), ['在内蒙古巴彦淖尔考察']);
  assert.deepEqual(events('【习近平总书记今年以来治国理政纪实】绘出美丽中国更新画卷'), []);
});
