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
import { CLI, heldToTheEnd, kgIn, neo4jUnderTest, SEEDS } from './helpers.ts';

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
/** How long a warm clean build writes after its first commit. */
let writingMs = 0;
let held = new Set<string>();
before(async () => {
  generateCorpus({ out: pages, megabytes: 0.2, seed: 11 });
  held = heldToTheEnd(pages);
  reader = await Neo4jStore.open(options, { readOnly: true });
  // Twice: the first warms Neo4j (query plans), the second is what a killed build is timed against.
  for (let k = 0; k < 2; k++) {
    await clear();
    const run = await runBuild();
    assert.equal(run.code, 0);
    writingMs = run.writing;
  }
  clean = exportNow();
});
after(async () => {
  await reader.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Articles stored so far, through one read-only connection: the first batch's commit makes it non-zero. */
let reader: Neo4jStore;
const storedArticles = async () => Number((await reader.read('MATCH (a:Article) RETURN count(a) AS n')).rows[0]!.n);

/**
 * Run a build; with `killAfter`, SIGKILL it that many ms after its first batch is committed, so that the kill lands
 * among the batches rather than in start-up (most of a small build, and as long as Neo4j is cold). Returns how it
 * ended and how long it wrote after that first commit.
 */
function runBuild(
  killAfter?: number,
): Promise<{ signal: NodeJS.Signals | null; code: number | null; writing: number }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, ...BUILD], {
      cwd: dir,
      env: { ...process.env, ...neoEnv },
      stdio: 'ignore',
    });
    let timer: NodeJS.Timeout | undefined;
    let exited = false;
    let committed = 0;
    const poll = async () => {
      while (!exited && (await storedArticles()) === 0) await new Promise((r) => setTimeout(r, 30));
      committed = performance.now();
      if (!exited && killAfter !== undefined) timer = setTimeout(() => p.kill('SIGKILL'), killAfter);
    };
    void poll();
    p.on('exit', (code, signal) => {
      exited = true;
      clearTimeout(timer);
      resolve({ code, signal, writing: committed ? performance.now() - committed : 0 });
    });
  });
}

test("a build into Neo4j killed by SIGKILL left whole pages; its rerun ends with the clean build's graph", async (t) => {
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
    // Within the first 80 % of the time a clean build writes after its first commit.
    const at = Math.round(writingMs * 0.8 * mulberry32(seed)());
    const { signal } = await runBuild(at);
    const partial: Exported = JSON.parse(exportNow());
    for (const n of partial.nodes)
      assert.ok(wholeNodes.has(n.key), `seed ${seed}: node ${n.key} is not in the clean build`);
    // Every page it holds, it holds entirely but for the articles held to the end of the build.
    for (const [file, ids] of byFile(partial)) {
      const missing = [...wholeByFile.get(file)!].filter((id) => !ids.has(id) && !held.has(id));
      assert.deepEqual(missing, [], `seed ${seed}: page ${file} half stored`);
    }
    if (signal === 'SIGKILL' && partial.nodes.length > 0 && partial.nodes.length < whole.nodes.length) midway++;
    const rerun = kg(...BUILD);
    assert.equal(rerun.status, 0, `seed ${seed}, killed after ${at} ms: ${rerun.stderr}`);
    assert.equal(exportNow(), clean, `seed ${seed}, killed after ${at} ms: the rerun differs from the clean build`);
  }
  t.diagnostic(`${midway} of 3 kills landed mid-build (a clean build writes for ${Math.round(writingMs)} ms)`);
  assert.ok(midway >= 1, `no kill landed mid-build (a clean build writes for ${Math.round(writingMs)} ms)`);
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
