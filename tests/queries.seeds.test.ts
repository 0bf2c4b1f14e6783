// Every saved query in queries/ run on the seeds' graph (embedded store; Neo4j too when NEO4J_URI is set), with what it must return.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../graph/build/index.ts';
import { EmbeddedStore } from '../graph/stores/embedded/index.ts';
import { Neo4jStore, neo4jOptionsFromEnv } from '../graph/stores/neo4j/index.ts';
import type { GraphStore, QueryResult, QueryValue } from '../graph/stores/types.ts';
import { loadQueries } from '../queries/index.ts';
import { ingestSeed, SEED_FILES } from './helpers.ts';

const { graph, mergeLog } = buildGraph(SEED_FILES.flatMap(ingestSeed));
const labelOf = (v: QueryValue) => (v && typeof v === 'object' && '$node' in v ? (v as { $node: { label: string } }).$node.label : v);
const col = (r: QueryResult, c: string) => r.rows.map((x) => (Array.isArray(x[c]) ? (x[c] as QueryValue[]).map(labelOf) : labelOf(x[c] ?? null)));

interface Case {
  query: string;
  params?: Record<string, string>;
  check: (r: QueryResult) => void;
}

const CASES: Case[] = [
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
  {
    query: 'listing-order',
    check: (r) => {
      const funeral = r.rows.filter((x) => x.event === '烈士纪念日公祭活动');
      assert.deepEqual(funeral.map((x) => [x.rank, x.person]), [[1, '朱志杰'], [2, '陈美蓉'], [3, '朱世道'], [4, '范晓东']]);
    },
  },
  {
    query: 'listing-order',
    params: { name: '陈美蓉' },
    check: (r) => assert.deepEqual(r.rows.map((x) => [x.rank, x.event]), [[2, '烈士纪念日公祭活动']]),
  },
];

const { queries, errors } = loadQueries();

test('the query library loads without errors and every query has a case here', () => {
  assert.deepEqual(errors, []);
  assert.ok(queries.length >= 11);
  for (const q of queries) assert.ok(CASES.some((c) => c.query === q.name), `${q.name} has no test case`);
});

function suite(name: string, open: () => Promise<GraphStore>, skip: string | false) {
  let store: GraphStore;
  before(async () => {
    if (skip) return;
    store = await open();
    await store.write(graph, mergeLog);
  });
  after(async () => {
    if (!skip) await store.close();
  });
  for (const c of CASES) {
    test(`${name}: ${c.query} ${JSON.stringify(c.params ?? {})}`, { skip }, async () => {
      const q = queries.find((x) => x.name === c.query);
      assert.ok(q, `no saved query ${c.query}`);
      c.check(await store.run(q, c.params ?? {}));
    });
  }
}

const dir = mkdtempSync(join(tmpdir(), 'kg-queries-'));
after(() => rmSync(dir, { recursive: true, force: true }));
suite('embedded', () => EmbeddedStore.open(dir), false);

const neo = neo4jOptionsFromEnv();
suite(
  'neo4j',
  async () => {
    const s = await Neo4jStore.open(neo!);
    await s.clear();
    return s;
  },
  neo ? false : 'NEO4J_URI is not set',
);
