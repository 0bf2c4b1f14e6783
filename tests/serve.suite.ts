// kg serve's JSON API over a real store of either kind: routes, saved queries, read-only ad-hoc Cypher, short errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildGraph } from '../graph/build/index.ts';
import type { GraphStore } from '../graph/stores/types.ts';
import { listen, MAX_BODY } from '../viewer/server/index.ts';
import { toGraphPayload } from '../viewer/server/payload.ts';
import { loadQueries } from '../queries/index.ts';
import { ingestSeed, ROOT, SEED_FILES } from './helpers.ts';

/**
 * A store under test: `writer` opens it empty for the seeds, `reader` read-only as kg serve does; `args` select it on
 * kg serve's command line.
 */
export interface ServedStore {
  name: string;
  writer(): Promise<GraphStore>;
  reader(): Promise<GraphStore>;
  args: string[];
  /** Only one process may open the embedded store: the test's reader is closed while `kg serve` runs. */
  exclusive: boolean;
}

export function serveSuite(served: ServedStore): void {
  let store: GraphStore;
  let server: Server;
  let base: string;

  before(async () => {
    const w = await served.writer();
    const { graph, mergeLog } = buildGraph(SEED_FILES.flatMap(ingestSeed));
    await w.write(graph, mergeLog);
    await w.close();
    store = await served.reader();
    server = await listen({ store, dist: join(tmpdir(), 'kg-serve-no-dist') }, '127.0.0.1', 0);
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(async () => {
    server.close();
    await store.close();
  });
  // Response bodies are checked field by field below.
  const json = (r: Response): Promise<any> => r.json();
  const post = (path: string, body: unknown) =>
    fetch(base + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  test(`${served.name}: GET /api/graph: the graph without article texts; GET /api/article/ID: an article`, async () => {
    const g = await json(await fetch(`${base}/api/graph`));
    assert.equal(g.nodes.length, buildGraph(SEED_FILES.flatMap(ingestSeed)).graph.order);
    assert.ok(g.nodes.every((n: { attributes: { text?: string } }) => n.attributes.text === undefined));
    const a = await json(await fetch(`${base}/api/article/${encodeURIComponent('003_bb7c16360d800cd6:1')}`));
    assert.match(a.text, /^9月30日，市委书记金政主持召开/);
    assert.equal((await fetch(`${base}/api/article/nope`)).status, 404);
  });

  test(`${served.name}: saved queries: listed with parameters, run by name with typed parameters`, async () => {
    const list = await json(await fetch(`${base}/api/queries`));
    assert.ok(
      list.some(
        (q: { name: string; params: { name: string }[] }) => q.name === 'career' && q.params[0]!.name === 'name',
      ),
    );
    const r = await json(await post('/api/queries/career', { params: { name: '章旭升' } }));
    assert.deepEqual(
      r.rows.map((x: { title: string }) => x.title),
      ['市委书记'],
    );
    assert.ok(r.subgraph.nodes.some((n: { key: string }) => n.key === 'person:章旭升'));
    const bad = await post('/api/queries/most-connected', { params: { limit: 'x; DROP' } });
    assert.equal(bad.status, 400);
    assert.match((await json(bad)).error, /parameter limit \(int\)/);
    assert.equal((await post('/api/queries/no-such', {})).status, 404);
  });

  test(`${served.name}: ad-hoc Cypher is read-only; errors are a short message and a status, no stack`, async () => {
    const ok = await post('/api/cypher', {
      cypher: 'MATCH (p:Person {name: $n}) RETURN p.label AS name',
      params: { n: '金政' },
    });
    assert.deepEqual((await json(ok)).rows, [{ name: '金政' }]);
    for (const cypher of [
      "CREATE (:Person {id: 'x'})",
      'MATCH (n) DETACH DELETE n',
      "MATCH (n) SET n.label = 'x'",
      "MERGE (:Person {id: 'x'})",
    ]) {
      const r = await post('/api/cypher', { cypher });
      assert.equal(r.status, 400, cypher);
      const body = await json(r);
      assert.match(body.error, /refused/);
      assert.doesNotMatch(JSON.stringify(body), /\n\s+at /);
    }
    const syntax = await post('/api/cypher', { cypher: 'MATCH (n RETURN n' });
    assert.equal(syntax.status, 400);
    assert.equal((await post('/api/cypher', '{not json')).status, 400);
    assert.equal((await post('/api/cypher', { cypher: 'x'.repeat(MAX_BODY + 10) })).status, 413);
    assert.equal((await fetch(`${base}/api/unknown`)).status, 404);
    assert.equal((await fetch(`${base}/etc/passwd`)).status, 404);
    assert.equal((await fetch(`${base}/..%2f..%2fpackage.json`)).status, 404);
  });

  test(`${served.name}: a saved query's subgraph cut from the served graph equals the store's`, async () => {
    for (const [name, params] of [
      ['co-attendees', { name: '朱志杰' }],
      ['ego-network', { name: '金政' }],
      ['co-attendance-network', {}],
    ] as const) {
      const served = await json(await post(`/api/queries/${name}`, { params }));
      const q = loadQueries().queries.find((x) => x.name === name)!;
      const direct = await store.run(q, params);
      assert.ok(direct.subgraph.order > 1, name);
      assert.deepEqual(served.subgraph, JSON.parse(JSON.stringify(toGraphPayload(direct.subgraph))), name);
    }
  });

  test(`${served.name}: kg serve binds to 127.0.0.1 unless told otherwise, and warns when it is`, async () => {
    const run = (args: string[]) =>
      new Promise<{ out: string; err: string }>((resolve) => {
        const p = spawn(
          process.execPath,
          [join(ROOT, 'cli/bin.mjs'), 'serve', ...served.args, '--port', '0', ...args],
          { cwd: ROOT },
        );
        let out = '';
        let err = '';
        p.stdout.on('data', (d) => {
          out += d;
          if (/kg serve: http/.test(out)) p.kill('SIGTERM');
        });
        p.stderr.on('data', (d) => (err += d));
        p.on('exit', () => resolve({ out, err }));
        setTimeout(() => p.kill('SIGKILL'), 20_000);
      });
    if (served.exclusive) await store.close();
    try {
      const local = await run([]);
      assert.match(local.out, /kg serve: http:\/\/127\.0\.0\.1:\d+\//);
      assert.equal(local.err, '');
      const open = await run(['--host', '0.0.0.0']);
      assert.match(open.err, /warning: listening on 0\.0\.0\.0/);
    } finally {
      if (served.exclusive) store = await served.reader();
    }
  });
}
