// The GraphStore contract: one suite every adapter must pass (embedded always, Neo4j when NEO4J_URI is set).
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph, emptyGraph, type KgGraph } from '../graph/build/index.ts';
import { EVIDENCE_SAMPLE } from '../graph/model/types.ts';
import { toGexf } from '../graph/export/gexf.ts';
import type { GraphStore } from '../graph/stores/types.ts';
import { ingestPage, type Article } from '../ingest/index.ts';
import { findQuery } from '../queries/index.ts';
import { seedBytes, SEED_FILES } from './helpers.ts';

/** The graph as sorted, key-ordered JSON: two graphs are the same graph when these strings are equal. */
export function canonical(g: KgGraph): string {
  const sortKeys = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify({
    nodes: g.mapNodes((k, a) => [k, sortKeys(a)]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
    edges: g.mapEdges((k, a, s, t) => [k, s, t, sortKeys(a)]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
  });
}

/**
 * Issue dates for the contract's incremental test only (the seeds' real dates are unknown): they give the pages full
 * dates, so position spells have first and last days to widen.
 */
const TEST_ISSUES: Record<string, string> = {
  '000_cc3643521c5df172.txt': '2022-09-09',
  '001_64c2b03470ce42da.txt': '2022-05-29',
  '002_832c33dbd7fa0409.txt': '2023-03-16',
  '003_bb7c16360d800cd6.txt': '2022-10-01',
  // No issue date: its events keep the partial dates their text gives (the viewer's undated lane).
  '004_ac232f6eb9f899b5.txt': '',
};

const YONGKANG = { newspaper: '永康日报', jurisdiction: '永康市', chain: ['永康市', '金华市', '浙江省'] };

const dated = (files: readonly string[]): Article[] =>
  files.flatMap((file) => ingestPage({ file, bytes: seedBytes(file) }, { issue: { ...(TEST_ISSUES[file] ? { issueDate: TEST_ISSUES[file] } : {}), ...YONGKANG } }).output);

export const SEEDS_BUILD = buildGraph(dated(SEED_FILES));

const HUB_EDGE = 'HOLDS:person:甲->title:永康市|市委书记';

/** One person's title attested once on each of some pages (one article each), as a build of those pages gives it. */
function hubGraph(pages: readonly string[]): KgGraph {
  const g: KgGraph = emptyGraph();
  g.addNode('person:甲', { kind: 'Person', label: '甲', name: '甲', aliases: [] });
  g.addNode('title:永康市|市委书记', { kind: 'Title', label: '市委书记', post: '市委书记', jurisdiction: '永康市' });
  for (const p of pages) g.addNode(`article:${p}:1`, { kind: 'Article', label: p, file: `${p}.txt`, text: `市委书记甲（${p}）`, reporters: [] });
  const evidence = pages.map((p) => ({ article: `${p}:1`, file: `${p}.txt`, sentence: `市委书记甲（${p}）`, rawStart: 0, rawEnd: 9 }));
  g.addEdgeWithKey(HUB_EDGE, 'person:甲', 'title:永康市|市委书记', { type: 'HOLDS', evidence, mentions: evidence.length });
  return g;
}

const count = (g: KgGraph, pick: (a: { kind?: string; type?: string }) => string | undefined) => {
  const m: Record<string, number> = {};
  const add = (k?: string) => k && (m[k] = (m[k] ?? 0) + 1);
  g.forEachNode((_k, a) => add(pick(a)));
  g.forEachEdge((_k, a) => add(pick(a)));
  return m;
};

/**
 * Register the contract tests for one adapter. `open` gives a store over an empty graph (a fresh folder, or a Neo4j
 * database cleared of kg data); `reopen` opens the same data again read-only.
 */
export function storeContract(name: string, open: () => Promise<GraphStore>, reopen: () => Promise<GraphStore>, skip: string | false = false): void {
  const { graph, mergeLog } = SEEDS_BUILD;
  const t = (title: string, fn: (t: TestContext) => Promise<void>) => test(`${name}: ${title}`, { skip }, fn);

  t('writes the seeds graph and reads back the same graph, counts and merge log', async () => {
    const store = await open();
    try {
      const stats = await store.write(graph, mergeLog);
      assert.deepEqual([stats.nodesCreated, stats.relsCreated, stats.unchanged], [graph.order, graph.size, 0]);
      assert.equal(canonical(await store.readGraph()), canonical(graph));
      const counts = await store.counts();
      assert.deepEqual({ ...counts.nodes, ...counts.rels }, count(graph, (a) => a.kind ?? a.type));
      assert.deepEqual((await store.readMergeLog()).map((m) => m.node).sort(), [...new Set(mergeLog.map((m) => m.node))].sort());
    } finally {
      await store.close();
    }
  });

  t('a second build of the same pages adds nothing: identical counts and identical export', async () => {
    const store = await open();
    try {
      await store.write(graph, mergeLog);
      const first = toGexf(await store.readGraph());
      const again = await store.write(buildGraph(dated(SEED_FILES)).graph, mergeLog);
      assert.deepEqual([again.nodesCreated, again.relsCreated, again.nodesUpdated, again.relsUpdated], [0, 0, 0, 0]);
      assert.equal(again.unchanged, graph.order + graph.size);
      assert.equal(toGexf(await store.readGraph()), first);
    } finally {
      await store.close();
    }
  });

  t('an incremental build adds only what is new, widens position spells and extends evidence', async () => {
    const store = await open();
    try {
      const [a, b] = [SEED_FILES.filter((f) => /^00[012]/.test(f)), SEED_FILES.filter((f) => /^00[34]/.test(f))];
      const partA = buildGraph(dated(a));
      await store.write(partA.graph, partA.mergeLog);
      const spell = 'HOLDS:person:金政->title:永康市|市委书记';
      const before = (await store.readGraph()).getEdgeAttributes(spell);
      assert.equal(before.evidence.length, 1);
      assert.equal(before.firstSeen, before.lastSeen);
      const partB = buildGraph(dated(b));
      const stats = await store.write(partB.graph, partB.mergeLog);
      const after = await store.readGraph();
      const s = after.getEdgeAttributes(spell);
      assert.equal(s.evidence.length, 2, 'the second page’s sentence joins the first');
      assert.equal(s.firstSeen, before.firstSeen);
      assert.ok(s.lastSeen! > before.lastSeen!, `spell widened: ${before.lastSeen} → ${s.lastSeen}`);
      assert.equal(s.mentions, 2);
      // Building A then B gives the graph a single build of all five pages gives.
      assert.equal(canonical(after), canonical(graph));
      const newNodes = partB.graph.filterNodes((k) => !partA.graph.hasNode(k)).length;
      assert.equal(stats.nodesCreated, newNodes);
      assert.ok(stats.nodesUpdated + stats.relsUpdated > 0);
    } finally {
      await store.close();
    }
  });

  t('meetings of one pair on two days stay two edges with their own days when a later write extends one', async () => {
    const store = await open();
    const page = (file: string, text: string) => ingestPage({ file, bytes: new TextEncoder().encode(text) }, {}).output;
    try {
      const first = buildGraph([
        ...page('m1.txt', '国家主席习近平3月20日在莫斯科会见俄罗斯总统普京。\n'),
        ...page('m2.txt', '国家主席习近平10月18日在北京同俄罗斯总统普京举行会谈。\n'),
      ]);
      const met = first.graph.filterEdges((_k, e) => e.type === 'MET');
      assert.equal(met.length, 2, `two meetings: ${met.join(', ')}`);
      await store.write(first.graph, first.mergeLog);
      // Another article on the first day's meeting extends that edge only.
      const later = buildGraph(page('m3.txt', '3月20日，国家主席习近平在克里姆林宫会见俄罗斯总统普京。\n'));
      const stats = await store.write(later.graph, later.mergeLog);
      assert.ok(stats.relsUpdated > 0);
      const stored = await store.readGraph();
      const days = met.map((k) => [k, stored.getEdgeAttributes(k).date, stored.getEdgeAttributes(k).mentions]);
      assert.deepEqual(days, met.map((k) => [k, first.graph.getEdgeAttributes(k).date, k.endsWith('-03-20') ? 2 : 1]));
    } finally {
      await store.close();
    }
  });

  t('a hub edge stores a bounded sample of its evidence and counts all of it, over batches and rebuilds', async () => {
    const store = await open();
    try {
      const n = 3 * EVIDENCE_SAMPLE + 5;
      const pages = Array.from({ length: n }, (_, i) => `hub${String(i).padStart(3, '0')}`);
      // Batches out of reading order, then the middle one written again (a rebuild of those pages).
      const batches = [pages.slice(40), pages.slice(0, 15), pages.slice(15, 40), pages.slice(0, 15)];
      for (const b of batches) await store.write(hubGraph(b));
      const read = await store.readGraph();
      const e = read.getEdgeAttributes(HUB_EDGE);
      assert.equal(e.mentions, n, 'every sentence counted once');
      assert.deepEqual(e.evidence.map((x) => x.article), pages.slice(0, EVIDENCE_SAMPLE).map((p) => `${p}:1`), 'the first sentences in reading order');
      const rows = (await store.read("MATCH (:Person {id: 'person:甲'})-[h:HOLDS]->() RETURN h.mentions AS m, size(h.sentences) AS k")).rows;
      assert.deepEqual(rows, [{ m: n, k: EVIDENCE_SAMPLE }]);
      const again = await store.write(hubGraph(pages));
      assert.deepEqual([again.relsCreated, again.relsUpdated], [0, 0], 'the whole corpus again changes nothing');
    } finally {
      await store.close();
    }
  });

  t('reads the subgraph induced by a set of node ids', async () => {
    const store = await open();
    try {
      await store.write(graph, mergeLog);
      const ids = ['person:金政', 'title:永康市|市委书记', 'person:章旭升', 'no-such-node'];
      const sub = await store.readGraph(ids);
      assert.deepEqual(sub.nodes().sort(), ids.slice(0, 3).sort());
      assert.deepEqual(sub.edges().sort(), ['HOLDS:person:章旭升->title:永康市|市委书记', 'HOLDS:person:金政->title:永康市|市委书记']);
      assert.equal((await store.readGraph([])).order, 0);
    } finally {
      await store.close();
    }
  });

  t('runs a saved query with typed parameters: rows and the subgraph they touch', async () => {
    const store = await open();
    try {
      await store.write(graph, mergeLog);
      const r = await store.run(findQuery('post-holders'), { post: '市委书记' });
      assert.deepEqual(r.rows.map((x) => x.person), ['金政', '章旭升']);
      assert.ok(r.subgraph.hasEdge('HOLDS:person:章旭升->title:永康市|市委书记'));
      await assert.rejects(store.run(findQuery('most-connected'), { limit: 'ten' }), /parameter limit \(int\)/);
      await assert.rejects(store.run(findQuery('career'), { nmae: '金政' }), /unknown parameter nmae/);
    } finally {
      await store.close();
    }
  });

  const WRITES = [
    "CREATE (n:Person {id: 'person:x', label: 'x'})",
    "MERGE (n:Person {id: 'person:x'})",
    "MATCH (n:Person {name: '金政'}) SET n.label = 'x'",
    "MATCH (n:Person {name: '金政'}) DELETE n",
    'MATCH (n) DETACH DELETE n',
    "MATCH (n:Person) /* harmless */ detach /**/ delete n",
    'match (n:Person) return n.label as l; match (n) detach delete n',
    'MATCH (n:Person) RETURN n // a comment\n; MATCH (m) DETACH DELETE m',
    "MATCH (n:Person) WITH n /* ' */ SET n.label = 'x' // '",
    'MaTcH (n:Person) dEtAcH dElEtE n',
    'DROP TABLE Person',
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD FROM '/etc/passwd' RETURN *",
    "COPY Person FROM '/tmp/kg-contract.csv'",
    "COPY (MATCH (n) RETURN n.id) TO '/tmp/kg-contract-leak.csv'",
    "EXPORT DATABASE '/tmp/kg-contract-export'",
    "CALL apoc.export.csv.all('/tmp/kg-contract.csv', {})",
    "CALL dbms.security.createUser('x', 'y', false)",
    "MATCH (n:Person) CALL { WITH n CREATE (:Person {id: 'person:y'}) } RETURN n",
    "MATCH (n:Person) FOREACH (x IN [1] | SET n.label = 'x')",
    "INSTALL httpfs",
    'BEGIN TRANSACTION',
  ];
  t('ad-hoc Cypher is read-only: writes are refused and nothing changes', async () => {
    const store = await open();
    try {
      await store.write(graph, mergeLog);
      for (const w of WRITES) await assert.rejects(store.read(w), /refused/, w);
      const ok = await store.read("MATCH (p:Person) WHERE p.name = $name RETURN p.label AS name, 'CREATE (x)' AS s", { name: '金政' });
      assert.deepEqual(ok.rows, [{ name: '金政', s: 'CREATE (x)' }]);
      assert.equal(canonical(await store.readGraph()), canonical(graph));
    } finally {
      await store.close();
    }
    const ro = await reopen();
    try {
      await assert.rejects(ro.write(graph, mergeLog), /read-only/);
      assert.equal((await ro.read('MATCH (p:Person) RETURN count(p) AS n')).rows[0]!.n, graph.filterNodes((_k, a) => a.kind === 'Person').length);
    } finally {
      await ro.close();
    }
  });

  t('ad-hoc reads are time-limited and row-limited', async () => {
    const store = await open();
    try {
      await store.write(graph, mergeLog);
      const t0 = performance.now();
      // 400 million rows that no plan can skip (with small lists: the engine materialises range()).
      const slow = 'UNWIND range(1, 20000) AS x UNWIND range(1, 20000) AS y WITH x * y AS z WHERE z % 7 = 3 RETURN count(*) AS n';
      await assert.rejects(store.read(slow, {}, { timeoutMs: 200 }), /^Error: kg query: /);
      assert.ok(performance.now() - t0 < 10_000, `a 200 ms limit stopped the query only after ${Math.round(performance.now() - t0)} ms`);
      const limited = await store.read('UNWIND range(1, 100) AS x RETURN x', {}, { limit: 7 });
      assert.equal(limited.rows.length, 7);
      assert.equal(limited.truncated, true);
      // The store answers normally afterwards.
      assert.equal((await store.read('MATCH (p:Person) RETURN count(p) AS n')).rows[0]!.n, graph.filterNodes((_k, a) => a.kind === 'Person').length);
    } finally {
      await store.close();
    }
  });

  t('a Cypher error names the query and loses nothing', async () => {
    const store = await open();
    try {
      await store.write(graph, mergeLog);
      await assert.rejects(store.read('MATCH (p:Person RETURN p'), /^Error: kg query: /);
      assert.equal(canonical(await store.readGraph()), canonical(graph));
    } finally {
      await store.close();
    }
  });

  t('a write that fails midway is rolled back whole: the store keeps what it had', async () => {
    const store = await open();
    try {
      await store.write(graph, mergeLog);
      const bad: KgGraph = emptyGraph();
      bad.addNode('person:新人', { kind: 'Person', label: '新人', name: '新人', aliases: [] });
      bad.addNode('title:永康市|新职', { kind: 'Title', label: '新职', post: '新职', jurisdiction: '永康市' });
      bad.addNode('event:x:1#1', { kind: 'Event', label: 'x', eventKind: 'meeting' });
      bad.addEdgeWithKey('HOLDS:person:新人->title:永康市|新职', 'person:新人', 'title:永康市|新职', { type: 'HOLDS', evidence: [] });
      // The schema has no HOLDS from a person to an event: found after the nodes and the valid edge were written.
      bad.addEdgeWithKey('HOLDS:person:新人->event:x:1#1', 'person:新人', 'event:x:1#1', { type: 'HOLDS', evidence: [] });
      await assert.rejects(store.write(bad), /the schema has no HOLDS relationship from Person to Event/);
      assert.equal(canonical(await store.readGraph()), canonical(graph));
    } finally {
      await store.close();
    }
  });

  t('row limits mark the result truncated', async () => {
    const store = await open();
    try {
      await store.write(graph, mergeLog);
      const r = await store.read('MATCH (p:Person) RETURN p.id AS id ORDER BY id', {}, { limit: 3 });
      assert.equal(r.rows.length, 3);
      assert.equal(r.truncated, true);
    } finally {
      await store.close();
    }
  });
}
