// Faults of a server: `kg build --store neo4j` killed by SIGKILL and rerun, Neo4j unreachable, a wrong password.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../bench/corpus/index.ts';
import { freePort } from '../graph/stores/neo4j/launcher.ts';
import { Neo4jStore } from '../graph/stores/neo4j/index.ts';
import { mulberry32 } from '../viewer/src/core/metrics/random.ts';
import { CLI, kgIn, neo4jUnderTest, SEEDS } from './helpers.ts';

const options = neo4jUnderTest();
const neoEnv = {
  NEO4J_URI: options.uri,
  NEO4J_USER: options.user,
  NEO4J_PASSWORD: options.password,
  NEO4J_DATABASE: options.database,
};
const dir = mkdtempSync(join(tmpdir(), 'kg-faults-neo4j-'));
const pages = join(dir, 'pages');
/** Small transactions, so that a kill lands between commits as well as inside one. */
const BUILD = ['build', pages, '--store', 'neo4j', '--batch-articles', '20', '--workers', '0'];
const kg = kgIn(dir, neoEnv);

interface Exported {
  nodes: { key: string; attributes: { kind: string; file?: string } }[];
  edges: { key: string }[];
}
const exportNow = () => {
  const r = kg('export', '--store', 'neo4j', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};
const clear = async () => {
  const store = await Neo4jStore.open(options);
  await store.clear();
  await store.close();
};

let clean = '';
let cleanMs = 0;
before(async () => {
  generateCorpus({ out: pages, megabytes: 0.2, seed: 11 });
  await clear();
  const t = performance.now();
  const r = kg(...BUILD);
  cleanMs = performance.now() - t;
  assert.equal(r.status, 0, r.stderr);
  clean = exportNow();
});
after(() => rmSync(dir, { recursive: true, force: true }));

function killedBuild(ms: number): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, ...BUILD], {
      cwd: dir,
      env: { ...process.env, ...neoEnv },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => p.kill('SIGKILL'), ms);
    p.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal);
    });
  });
}

test("a build into Neo4j killed by SIGKILL left whole pages; its rerun ends with the clean build's graph", async () => {
  const whole: Exported = JSON.parse(clean);
  const wholeNodes = new Set(whole.nodes.map((n) => n.key));
  const byFile = (g: Exported) => {
    const out = new Map<string, Set<string>>();
    for (const { key, attributes: a } of g.nodes)
      if (a.kind === 'Article') out.set(a.file!, (out.get(a.file!) ?? new Set()).add(key));
    return out;
  };
  const wholeByFile = byFile(whole);
  let midway = 0;
  for (const seed of [1, 2, 3]) {
    await clear();
    // Between 40 % and 95 % of a clean build's time: past start-up, among the transactions.
    const at = Math.round(cleanMs * (0.4 + 0.55 * mulberry32(seed)()));
    const signal = await killedBuild(at);
    const partial: Exported = JSON.parse(exportNow());
    for (const n of partial.nodes)
      assert.ok(wholeNodes.has(n.key), `seed ${seed}: node ${n.key} is not in the clean build`);
    for (const [file, ids] of byFile(partial))
      assert.deepEqual(ids, wholeByFile.get(file), `seed ${seed}: page ${file} half stored`);
    if (signal === 'SIGKILL' && partial.nodes.length > 0 && partial.nodes.length < whole.nodes.length) midway++;
    const rerun = kg(...BUILD);
    assert.equal(rerun.status, 0, `seed ${seed}, killed after ${at} ms: ${rerun.stderr}`);
    assert.equal(exportNow(), clean, `seed ${seed}, killed after ${at} ms: the rerun differs from the clean build`);
  }
  assert.ok(midway >= 1, `no kill landed mid-build (clean build ${Math.round(cleanMs)} ms)`);
});

test('Neo4j unreachable or a wrong password: kg names the server and why, exits 1, the store unchanged', async () => {
  const closed = `bolt://127.0.0.1:${await freePort()}`;
  const down = kgIn(dir, { ...neoEnv, NEO4J_URI: closed })('build', SEEDS);
  assert.equal(down.status, 1);
  assert.match(
    down.stderr,
    new RegExp(`^kg store: cannot use Neo4j at ${closed} \\(database neo4j\\): .*(connect|ECONNREFUSED)`, 'm'),
  );
  const denied = kgIn(dir, { ...neoEnv, NEO4J_PASSWORD: 'not-the-password' })('query', 'career');
  assert.equal(denied.status, 1);
  assert.match(
    denied.stderr,
    new RegExp(`^kg store: cannot use Neo4j at ${options.uri} .*(unauthorized|authentication)`, 'im'),
  );
  assert.doesNotMatch(down.stderr + denied.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(exportNow(), clean);
});
