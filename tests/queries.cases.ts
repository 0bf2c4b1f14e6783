// Every saved query's cases on the seeds' graph, what each must return, and the suite that runs them on a store.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../graph/build/index.ts';
import type { GraphStore, QueryResult, QueryValue } from '../graph/stores/types.ts';
import { loadQueries } from '../queries/index.ts';
import { resolveParams } from '../graph/stores/params.ts';
import { ingestSeed, SEED_FILES } from './helpers.ts';
import { ingestPage } from '../ingest/index.ts';

export const { graph, mergeLog } = buildGraph(SEED_FILES.flatMap(ingestSeed));
const labelOf = (v: QueryValue) => (v && typeof v === 'object' && '$node' in v ? (v as { $node: { label: string } }).$node.label : v);
export const col = (r: QueryResult, c: string) => r.rows.map((x) => (Array.isArray(x[c]) ? (x[c] as QueryValue[]).map(labelOf) : labelOf(x[c] ?? null)));

/** Reference for the co-attendance queries, from the built graph: each person's events in a period (bounds as the queries read them). */
function eventsByPerson(from = '', to = ''): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  graph.forEachEdge((_e, a, s, t) => {
    if (!['CHAIRED', 'LED', 'ATTENDED', 'ADDRESSED'].includes(a.type) || graph.getNodeAttribute(s, 'kind') !== 'Person') return;
    const date = graph.getNodeAttribute(t, 'date') as string | undefined;
    if ((from || to) && !(date !== undefined && date >= (from || '0') && (!to || date <= to))) return;
    if (!out.has(s)) out.set(s, new Set());
    out.get(s)!.add(t);
  });
  return out;
}

/** most-connected's rows recomputed: [person_id, degree, events] for everyone, in the query's order. */
function mostConnected(from = '', to = ''): [string, number, number][] {
  const events = eventsByPerson(from, to);
  const rows = [...events].map(([p, es]): [string, number, number] => {
    const met = new Set<string>();
    for (const [o, os] of events) if (o !== p && [...es].some((e) => os.has(e))) met.add(o);
    return [p, met.size, es.size];
  });
  const label = (id: string) => graph.getNodeAttribute(id, 'label') as string;
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return rows.sort((a, b) => b[1] - a[1] || b[2] - a[2] || cmp(label(a[0]), label(b[0])) || cmp(a[0], b[0]));
}

/** co-attendance-network's pairs recomputed: "source>target" → weight. */
function coAttendance(from = '', to = ''): Map<string, number> {
  const events = [...eventsByPerson(from, to)];
  const out = new Map<string, number>();
  for (const [a, as] of events) for (const [b, bs] of events) {
    const shared = [...as].filter((e) => bs.has(e)).length;
    if (a < b && shared > 0) out.set(`${a}>${b}`, shared);
  }
  return out;
}

export const { queries, errors } = loadQueries();

/** A query's `from`/`to` as the store receives them (`2023` → 2023-01-01 as a start, 2023-12-31 as an end). */
function period(query: string, bounds: { from?: string; to?: string }): [string, string] {
  const typed = resolveParams(queries.find((q) => q.name === query)!, bounds);
  return [String(typed.from), String(typed.to)];
}

export interface Case {
  query: string;
  params?: Record<string, string>;
  check: (r: QueryResult) => void;
}

export const CASES: Case[] = [
  {
    query: 'career',
    check: (r) => {
      assert.deepEqual(col(r, 'title'), ['市委书记']);
      assert.deepEqual(col(r, 'mentions'), [2]);
      assert.deepEqual(col(r, 'firstSeen'), [null], 'the seeds’ issue dates are unknown: no invented spell');
      assert.ok(r.subgraph.hasEdge('HOLDS:person:金政->title:永康市|市委书记'));
    },
  },
  {
    query: 'career',
    params: { name: '章旭升' },
    check: (r) => {
      const row = r.rows.find((x) => x.title === '市委书记')!;
      assert.deepEqual([row.firstSeen, row.lastSeen], ['2023-03-14', '2023-03-15']);
    },
  },
  {
    query: 'post-holders',
    params: { post: '市委书记', jurisdiction: '永康市' },
    check: (r) => assert.deepEqual(col(r, 'person'), ['章旭升', '金政'], 'dated spells first, then undated'),
  },
  {
    query: 'person-events',
    check: (r) => {
      assert.deepEqual(r.rows.map((x) => [x.relation, x.event, x.date]), [
        ['LED', '调研我市医疗器械产业发展情况', '---07'],
        ['CHAIRED', '市各套班子月度工作例会', '--09-30'],
      ]);
      assert.ok((r.rows[0]!.evidence as string[]).some((s) => s.includes('金政')));
    },
  },
  {
    query: 'person-events',
    params: { name: '章旭升', from: '2023-03-15', to: '2023-03-15' },
    check: (r) => assert.deepEqual(r.rows.map((x) => [x.relation, x.event, x.date]), [['CHAIRED', '市委常委会', '2023-03-15']]),
  },
  {
    query: 'person-events',
    params: { from: '2023' },
    check: (r) => assert.deepEqual(r.rows, [], '金政’s events have no known year: a dated range leaves them out'),
  },
  {
    query: 'co-attendees',
    check: (r) => {
      assert.deepEqual((col(r, 'person') as string[]).sort(), ['朱世道', '胡积合', '范晓东', '陈美蓉'].sort());
      assert.ok(r.rows.every((x) => x.sharedEvents === 1));
      assert.ok(r.subgraph.hasEdge('ATTENDED:person:陈美蓉->event:003_bb7c16360d800cd6:3#1'));
    },
  },
  {
    query: 'co-attendance-network',
    check: (r) => {
      assert.equal(r.rows.length, 12);
      assert.ok(r.rows.every((x) => String(x.source) < String(x.target) && x.weight === 1));
      assert.ok(r.rows.some((x) => x.personA === '吕群勇' && x.personB === '金政'));
      const derived = r.subgraph.filterEdges((_k, a) => a.type === 'CO_ATTENDED');
      assert.equal(derived.length, 12);
      assert.equal(r.subgraph.getEdgeAttributes('CO_ATTENDED:person:吕群勇->person:金政').weight, 1);
    },
  },
  {
    query: 'co-attendance-network',
    params: { minWeight: '2' },
    check: (r) => assert.deepEqual(r.rows, []),
  },
  {
    query: 'visits',
    params: { kind: 'Enterprise' },
    check: (r) => {
      const by = (p: string) => r.rows.filter((x) => x.person === p).map((x) => x.visited).sort();
      assert.deepEqual(by('金政'), ['好哥工贸', '邦立医药', '鼎昌工贸'].sort());
      assert.deepEqual(by('张新宇'), ['步阳集团', '炊大王公司', '超虎公司'].sort());
      assert.ok(r.rows.every((x) => x.kind === 'Enterprise'));
    },
  },
  {
    query: 'outside-visits',
    check: (r) => {
      assert.deepEqual([...new Set(col(r, 'person'))], ['张新宇']);
      assert.deepEqual(r.rows[0]!.titles, ['金华市副市长']);
      const led = r.rows.find((x) => x.role === '带队')!;
      assert.deepEqual((led.places as string[]).sort(), ['步阳集团', '炊大王公司', '超虎公司'].sort());
    },
  },
  {
    query: 'shortest-connection',
    check: (r) => {
      assert.equal(r.rows.length, 1);
      const path = (r.rows[0]!.path as { $node: { id: string } }[]).map((n) => n.$node.id);
      assert.equal(r.rows[0]!.hops, path.length - 1);
      assert.deepEqual([path[0], path.at(-1)], ['person:金政', 'person:张新宇']);
      for (let i = 1; i < path.length; i++) assert.ok(graph.areNeighbors(path[i - 1]!, path[i]!), `${path[i - 1]} – ${path[i]}`);
      // No shorter chain exists: breadth-first search over the same relationship types agrees.
      const allowed = new Set(['CHAIRED', 'LED', 'ATTENDED', 'VISITED', 'HOLDS', 'AT', 'HELD_BY']);
      const seen = new Map([['person:金政', 0]]);
      for (let frontier = ['person:金政']; frontier.length; ) {
        const next: string[] = [];
        for (const n of frontier) graph.forEachEdge(n, (_k, a, s, t) => {
          const o = s === n ? t : s;
          if (allowed.has(a.type) && !seen.has(o)) seen.set(o, seen.get(n)! + 1), next.push(o);
        });
        frontier = next;
      }
      assert.equal(r.rows[0]!.hops, seen.get('person:张新宇'));
    },
  },
  {
    query: 'ego-network',
    check: (r) => {
      const ids = col(r, 'id') as string[];
      for (const id of ['enterprise:邦立医药', 'title:永康市|市委书记', 'person:章旭升', 'person:吕群勇']) assert.ok(ids.includes(id), id);
      assert.ok(!ids.includes('person:金政'));
      assert.ok(ids.every((id) => !id.startsWith('article:')), 'articles are not part of the network');
      assert.ok(r.subgraph.hasEdge('HOLDS:person:章旭升->title:永康市|市委书记'));
    },
  },
  {
    query: 'most-connected',
    params: { limit: '3' },
    check: (r) => {
      assert.equal(r.rows.length, 3);
      assert.deepEqual([r.rows[0]!.person, r.rows[0]!.degree, r.rows[0]!.events], ['朱志杰', 4, 3]);
      const degrees = col(r, 'degree') as number[];
      assert.deepEqual(degrees, [...degrees].sort((a, b) => b - a));
    },
  },
  // The two aggregations against the same figures computed from the graph in memory, whole and within a period.
  ...[{}, { from: '2023' }, { from: '2023-03-15', to: '2023-03-15' }, { to: '2022' }].flatMap((bounds: { from?: string; to?: string }): Case[] => [
    {
      query: 'most-connected',
      params: { ...bounds, limit: '1000' },
      check: (r) => {
        const expected = mostConnected(...period('most-connected', bounds));
        assert.deepEqual(r.rows.map((x) => [x.person_id, x.degree, x.events]), expected);
        if (!bounds.from && !bounds.to) assert.ok(expected.length > 10, 'the seeds have enough people at events to compare');
      },
    },
    {
      query: 'co-attendance-network',
      params: bounds,
      check: (r) => {
        const expected = coAttendance(...period('co-attendance-network', bounds));
        assert.deepEqual(new Map(r.rows.map((x) => [`${x.source}>${x.target}`, x.weight])), expected);
        assert.equal(r.rows.length, expected.size);
      },
    },
  ]),
  {
    query: 'listing-order',
    check: (r) => {
      const funeral = r.rows.filter((x) => x.event === '烈士纪念日公祭活动');
      assert.deepEqual(funeral.map((x) => [x.rank, x.person]), [[1, '朱志杰'], [2, '陈美蓉'], [3, '朱世道'], [4, '范晓东']]);
    },
  },
  {
    query: 'meetings',
    check: (r) => assert.deepEqual(r.rows, [], 'the seed pages report no 会见 or 会谈'),
  },
  {
    query: 'foreign-contacts',
    check: (r) => assert.deepEqual(r.rows, [], 'nobody meets a foreign guest on the seed pages'),
  },
  {
    query: 'mentions',
    check: (r) => {
      // 步阳集团 is named on two pages; one article also names officials around it (张新宇's visit).
      assert.deepEqual([...new Set(col(r, 'label'))], ['步阳集团']);
      const articles = col(r, 'article_id') as string[];
      assert.deepEqual(articles, ['article:001_64c2b03470ce42da:3', 'article:001_64c2b03470ce42da:6']);
      const visit = r.rows.find((x) => x.article_id === 'article:001_64c2b03470ce42da:6')!;
      assert.ok((visit.people as string[]).includes('张新宇'), JSON.stringify(visit.people));
      assert.ok(r.subgraph.hasEdge(`MENTIONED_IN:enterprise:步阳->article:001_64c2b03470ce42da:6`));
    },
  },
  {
    query: 'mentions',
    params: { name: '金华市' },
    check: (r) => assert.ok(r.rows.length > 0 && r.rows.every((x) => x.label === '金华市'), JSON.stringify(r.rows)),
  },
  {
    query: 'listing-order',
    params: { name: '陈美蓉' },
    check: (r) => assert.deepEqual(r.rows.map((x) => [x.rank, x.event]), [[2, '烈士纪念日公祭活动']]),
  },
];

/** Every case on a store holding the seeds' graph (`open` gives it empty). */
export function querySuite(name: string, open: () => Promise<GraphStore>) {
  let store: GraphStore;
  before(async () => {
    store = await open();
    await store.write(graph, mergeLog);
  });
  after(() => store.close());
  for (const c of CASES) {
    test(`${name}: ${c.query} ${JSON.stringify(c.params ?? {})}`, async () => {
      const q = queries.find((x) => x.name === c.query);
      assert.ok(q, `no saved query ${c.query}`);
      c.check(await store.run(q, c.params ?? {}));
    });
  }
}

/** The seeds name no town official; outside-visits must not count the paper's own towns as outside. */
export function townCase(name: string, open: () => Promise<GraphStore>) {
test(`${name}: outside-visits lists a Jinhua official, not a town official of the paper`, async () => {
  const issue = { newspaper: '永康日报', jurisdiction: '永康市', chain: ['永康市', '金华市', '浙江省'] };
  const page = (file: string, text: string) => ingestPage({ file, bytes: new TextEncoder().encode(text) }, { issue }).output;
  const built = buildGraph([
    ...page('a.txt', '本报讯 3月2日，古山镇副镇长李国强主持召开全镇安全生产工作会议。\n'),
    ...page('b.txt', '本报讯 5月6日，金华市副市长王建国带队到我市调研，市委书记张华陪同。\n'),
  ]);
  const store = await open();
  try {
    await store.write(built.graph, built.mergeLog);
    const r = await store.run(queries.find((q) => q.name === 'outside-visits')!, {});
    assert.deepEqual([...new Set(col(r, 'person'))], ['王建国']);
    assert.deepEqual(r.rows[0]!.titles, ['金华市副市长']);
    const all = await store.read("MATCH (p:Person)-[:HOLDS]->(t:Title) RETURN p.label AS person, t.jurisdiction AS j ORDER BY person");
    assert.ok(all.rows.some((x) => x.person === '李国强' && x.j === '古山镇'), 'the town official is in the graph, with his town');
  } finally {
    await store.close();
  }
});
}

/** National and foreign-affairs news: who met whom, and a host's guests by country, on both stores. */
export function meetingsCase(name: string, open: () => Promise<GraphStore>) {
  test(`${name}: meetings and foreign-contacts on a day of national news`, async () => {
    const issue = { newspaper: '新闻联播', issueDate: '2024-05-30' };
    const text = [
      '赵乐际会见阿联酋总统', '', '央视网消息（新闻联播）：全国人大常委会委员长赵乐际30日在北京会见阿联酋总统穆罕默德。', '肖捷参加会见。', '', '',
      '习近平同印度尼西亚总统会谈', '', '央视网消息（新闻联播）：国家主席习近平29日在人民大会堂同印度尼西亚总统佐科举行会谈。',
      '习近平表示，中方愿同印尼深化合作。', '',
    ].join('\n');
    const built = buildGraph(ingestPage({ file: 'day.txt', bytes: new TextEncoder().encode(text) }, { issue }).output);
    const store = await open();
    try {
      await store.write(built.graph, built.mergeLog);
      const meetings = await store.run(queries.find((q) => q.name === 'meetings')!, {});
      assert.deepEqual(meetings.rows.map((x) => [x.date, x.host, x.guest, x.role]), [
        ['2024-05-29', '习近平', '佐科', '举行会谈'],
        ['2024-05-30', '赵乐际', '穆罕默德', '会见'],
      ]);
      const may30 = await store.run(queries.find((q) => q.name === 'meetings')!, { from: '2024-05-30', to: '2024-05-30' });
      assert.deepEqual(col(may30, 'guest'), ['穆罕默德']);
      const guests = await store.run(queries.find((q) => q.name === 'foreign-contacts')!, { name: '赵乐际' });
      assert.deepEqual(guests.rows.map((x) => [x.country, x.guest, x.title]), [['阿联酋', '穆罕默德', '阿联酋总统']]);
      const present = await store.read("MATCH (p:Person)-[:ATTENDED]->(e:Event {eventKind: 'talks'}) RETURN p.label AS p, e.label AS e");
      assert.deepEqual(present.rows, [{ p: '肖捷', e: '会见阿联酋总统穆罕默德' }]);
    } finally {
      await store.close();
    }
  });
}
