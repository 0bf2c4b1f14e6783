// `npm run bench`: ingest throughput against bare nodejieba.tag, linearity, peak RSS, store write rate, saved-query
// latency and extraction recall, on synthetic corpora (bench/corpus) of the given sizes; prints a Markdown table.
// Usage: npm run bench [-- --sizes 10,40 --runs 3 --queries 20 --big 100 --store embedded|neo4j|both] (--queries 0: no
// query timings; --store both builds the same corpora into both stores in one run and prints them side by side)
//        npm run bench -- --real DIR [--runs 1]: build a real corpus (e.g. ../shared/data/xinwen_lianbo_dev) instead
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nodejieba from 'nodejieba';
import { ingestInputs, readInputs } from '../ingest/files.ts';
import { sizeOf } from '../graph/build/pages.ts';
import { loadQueries } from '../queries/index.ts';
import { resolveParams } from '../graph/stores/params.ts';
import type { SavedQuery } from '../graph/stores/types.ts';
import { generateCorpus, readTruth } from './corpus/index.ts';
import { scoreGraph, type Scores } from './corpus/truth.ts';
import { median, percentile } from './stats.ts';
import { benchStores, type BenchStore, type BuildTarget } from './stores.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    /** A folder of real news to build (its own manifest): articles, events, role edges, MB/s, peak RSS. */
    real: { type: 'string' },
    runs: { type: 'string', default: '3' },
    queries: { type: 'string', default: '20' },
    big: { type: 'string', default: '' },
    dir: { type: 'string', default: 'out/bench' },
    /** Query the --big graph already in --dir instead of building it again (a 100 MB build takes 4–7 minutes on 2 cores). */
    reuse: { type: 'boolean', default: false },
    store: { type: 'string', default: 'embedded' },
  },
});
const SIZES = (values.sizes ?? (values.real ? '' : '10,40')).split(',').filter((x) => x.trim() !== '').map(Number);
const RUNS = Number(values.runs);
const QUERY_RUNS = Number(values.queries);
const DIR = values.dir!;
const CLI = new URL('../cli/bin.mjs', import.meta.url).pathname;
const STORES = benchStores(values.store!, DIR);


/** The corpus of that size, generated once into --dir (delete the folder after changing the generator). */
function corpus(mb: number): string {
  const dir = join(DIR, `corpus-${mb}mb`);
  if (!existsSync(join(dir, 'manifest.json'))) generateCorpus({ out: dir, megabytes: mb, seed: 1 });
  return dir;
}

/** Bare nodejieba.tag over the same articles' texts, in this (one) thread: MB of raw text per second. */
function bareJieba(dir: string): { mbps: number; bytes: number } {
  const texts: string[] = [];
  const inputs = readInputs([dir]);
  ingestInputs(inputs, {}, (as) => texts.push(...as.map((a) => a.text)));
  const bytes = inputs.files.reduce((sum, f) => sum + sizeOf(f.path), 0);
  nodejieba.tag('预热'); // load the dictionary outside the timing
  const t = performance.now();
  for (const text of texts) nodejieba.tag(text);
  return { mbps: bytes / 1e6 / ((performance.now() - t) / 1000), bytes };
}

interface BuildRun {
  wall: number;
  ms: Record<string, number>;
  maxRss: number;
  nodes: number;
  rels: number;
  articles: number;
  /** Peak RSS of the database server (Neo4j's JVM) during the build, in MB; null for the embedded store. */
  serverRss: number | null;
}

/** `kg build` in a child process into a fresh store; its own report gives wall time, stage timings and peak RSS. */
async function build(dir: string, store: BenchStore, name: string): Promise<BuildRun> {
  const target: BuildTarget = await store.prepare(name);
  const r = spawnSync(process.execPath, [CLI, 'build', dir, ...target.args, '--timings'], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...target.env } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench: kg build failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const timings = /timings \(ms\): (\{.*?\}); memory \(MB\): (\{.*\})/.exec(r.stdout);
  const holds = /now holds (\d+) nodes .*?, (\d+) relationships/.exec(r.stdout);
  const articles = /; (\d+) articles,/.exec(r.stdout);
  if (!timings || !holds || !articles) throw new Error(`bench: cannot read kg build's report:\n${r.stdout}`);
  const ms = JSON.parse(timings[1]!) as Record<string, number>;
  const maxRss = (JSON.parse(timings[2]!) as { maxRss: number }).maxRss;
  return { wall: ms.wall!, ms, maxRss, nodes: Number(holds[1]), rels: Number(holds[2]), articles: Number(articles[1]), serverRss: store.serverPeakMb() };
}

/** Parameters for a saved query on a synthetic graph: real names from it instead of the seeds' defaults. */
function paramsFor(q: SavedQuery, people: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of q.params) {
    if (p.type !== 'string') continue;
    if (p.name === 'name' || p.name === 'from') out[p.name] = people[0];
    else if (p.name === 'to') out[p.name] = people[1];
    else if (p.name === 'post') out[p.name] = '市委书记';
  }
  return out;
}

interface Latency {
  name: string;
  rows: number;
  /** The Cypher alone: rows back from the store. */
  read: { p50: number; p95: number };
  /** What `kg query` and the viewer do: the rows, then the subgraph they touch read back for display or export. */
  full: { p50: number; p95: number; nodes: number };
}

async function queryLatencies(target: BenchStore): Promise<(Latency | { name: string; error: string })[]> {
  const store = await target.open();
  try {
    const { queries } = loadQueries();
    const top = await store.run(queries.find((q) => q.name === 'most-connected')!, { limit: 2 });
    const people = top.rows.map((r) => String(r.person));
    const out: (Latency | { name: string; error: string })[] = [];
    for (const q of queries) {
      const params = paramsFor(q, people);
      try {
        // One run first, untimed: Neo4j plans a query on its first run and caches the plan (the embedded store prepares
        // kg's statements once too); the runs timed after it are what a user's repeated queries see.
        await store.run(q, params);
        const reads: number[] = [];
        const fulls: number[] = [];
        let rows = 0;
        let nodes = 0;
        for (let k = 0; k < QUERY_RUNS; k++) {
          let t = performance.now();
          rows = (await store.read(q.cypher[store.kind], resolveParams(q, params))).rows.length;
          reads.push(performance.now() - t);
          t = performance.now();
          nodes = (await store.run(q, params)).subgraph.order;
          fulls.push(performance.now() - t);
        }
        out.push({ name: q.name, rows, read: { p50: percentile(reads, 50), p95: percentile(reads, 95) }, full: { p50: percentile(fulls, 50), p95: percentile(fulls, 95), nodes } });
      } catch (e) {
        out.push({ name: q.name, error: (e as Error).message.split('\n')[0]!.replace(/^kg query [^:]*: /, '') });
      }
    }
    return out;
  } finally {
    await store.close();
  }
}

async function recall(target: BenchStore, dir: string): Promise<Scores> {
  const store = await target.open();
  try {
    return scoreGraph(await store.readGraph(), readTruth(dir));
  } finally {
    await store.close();
  }
}

/** A real corpus built as a user would (`kg build DIR`): what it yields and how fast, one row per run and store. */
async function realCorpus(dir: string): Promise<void> {
  const bytes = readInputs([dir]).files.reduce((sum, f) => sum + sizeOf(f.path), 0);
  console.log(`\nReal corpus ${dir} (${(bytes / 1e6).toFixed(1)} MB, kg build into a fresh store):\n`);
  console.log('| run | store | articles | events | role edges (CHAIRED / LED / ATTENDED / ADDRESSED / MET) | HOLDS | persons | wall | MB/s | peak RSS |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (let k = 0; k < RUNS; k++) for (const target of STORES) await realRun(dir, bytes, target, k);
}

async function realRun(dir: string, bytes: number, target: BenchStore, k: number): Promise<void> {
  const run = await build(dir, target, 'real');
  const store = await target.open();
  const c = await store.counts().finally(() => store.close());
  const roles = ['CHAIRED', 'LED', 'ATTENDED', 'ADDRESSED', 'MET'].map((t) => c.rels[t as keyof typeof c.rels] ?? 0);
  const edges = `${roles.reduce((a, b) => a + b, 0)} (${roles.join(' / ')})`;
  const cells = [k + 1, target.kind, run.articles, c.nodes.Event ?? 0, edges, c.rels.HOLDS ?? 0, c.nodes.Person ?? 0];
  const speed = `${(run.wall / 1000).toFixed(1)} s | ${(bytes / 1e6 / (run.wall / 1000)).toFixed(2)} | ${run.maxRss} MB`;
  console.log(`| ${cells.join(' | ')} | ${speed} |`);
}

mkdirSync(DIR, { recursive: true });
console.log(`# kg bench — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
const rows: { mb: number; bytes: number; jieba: number; store: BenchStore; runs: BuildRun[] }[] = [];
for (const mb of SIZES) {
  const dir = corpus(mb);
  const jieba = bareJieba(dir);
  for (const store of STORES) {
    const runs: BuildRun[] = [];
    for (let k = 0; k < RUNS; k++) runs.push(await build(dir, store, `${mb}mb`));
    rows.push({ mb, bytes: jieba.bytes, jieba: jieba.mbps, store, runs });
  }
}
for (const s of STORES) console.log(`- ${s.kind}: ${s.info}`);
if (rows.length > 0) {
  console.log('\n| text | store | bare jieba.tag (1 thread) | kg build (median wall) | kg build MB/s | ratio build / jieba | peak RSS | server peak RSS | store: elements written/s |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
}
for (const r of rows) {
  const wall = median(r.runs.map((x) => x.wall));
  const mbps = r.bytes / 1e6 / (wall / 1000);
  const rate = median(r.runs.map((x) => (x.nodes + x.rels) / (x.ms.store! / 1000)));
  const server = r.runs[0]!.serverRss === null ? '–' : `${median(r.runs.map((x) => x.serverRss!))} MB`;
  console.log(`| ${(r.bytes / 1e6).toFixed(1)} MB | ${r.store.kind} | ${r.jieba.toFixed(2)} MB/s | ${(wall / 1000).toFixed(1)} s | ${mbps.toFixed(3)} | ${(mbps / r.jieba).toFixed(3)} | ${median(r.runs.map((x) => x.maxRss))} MB | ${server} | ${Math.round(rate)} |`);
}
for (const store of STORES) {
  const mine = rows.filter((r) => r.store === store);
  if (mine.length >= 2) {
    const [a, b] = [mine[0]!, mine.at(-1)!];
    const ratio = median(b.runs.map((x) => x.wall)) / median(a.runs.map((x) => x.wall));
    console.log(`\nLinearity (${store.kind}): ${(b.bytes / a.bytes).toFixed(2)}× the text took ${ratio.toFixed(2)}× the time.`);
  }
  const last = mine.at(-1);
  if (last) {
    const stage = last.runs[0]!.ms;
    console.log(`\nWhere the time goes (${store.kind}, ${last.mb} MB, first run; ingest and facts are summed over the worker threads): ${Object.entries(stage).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  }
}
const last = rows.at(-1);

const big = values.big ? Number(values.big) : 0;
if (big) {
  const dir = corpus(big);
  for (const store of STORES) {
    if (values.reuse && existsSync(join(DIR, `${store.kind === 'neo4j' ? 'neo4j' : 'db'}-${big}mb`))) {
      await store.prepare(`${big}mb`, true);
      console.log(`\n${big} MB (${store.kind}): querying the graph already built in ${DIR}`);
    } else {
      const run = await build(dir, store, `${big}mb`);
      console.log(`\n${big} MB (${store.kind}): kg build ${(run.wall / 1000).toFixed(1)} s, peak RSS ${run.maxRss} MB, ${run.nodes} nodes, ${run.rels} relationships`);
    }
  }
}
if (values.real) await realCorpus(values.real);
const sizeForQueries = big || last?.mb;
if (!sizeForQueries) {
  if (!values.real) throw new Error('bench: give --sizes, --big or --real');
  for (const store of STORES) await store.close();
  process.exit(0);
}
if (QUERY_RUNS > 0) await printLatencies(sizeForQueries);
const s = await recall(STORES[0]!, corpus(sizeForQueries));
console.log(`\nExtraction recall against the planted truth (${sizeForQueries} MB):\n`);
console.log('| what | planted | found | recall |');
console.log('| --- | ---: | ---: | ---: |');
for (const k of ['people', 'titles', 'enterprises', 'CHAIRED', 'LED', 'ATTENDED', 'VISITED'] as const) console.log(`| ${k} | ${s[k].planted} | ${s[k].found} | ${s[k].recall.toFixed(3)} |`);
console.log(`\nPeople precision (graph persons that were planted): ${s.peoplePrecision.toFixed(3)}`);
for (const store of STORES) await store.close();

/** Every saved query's latencies on each store's graph of that size, one row per query, the stores side by side. */
async function printLatencies(mb: number): Promise<void> {
  const byStore: Awaited<ReturnType<typeof queryLatencies>>[] = [];
  for (const store of STORES) byStore.push(await queryLatencies(store));
  const cols = ['rows', 'query p50 ms', 'query p95 ms', 'subgraph nodes', 'with subgraph p50 ms', 'with subgraph p95 ms'];
  console.log(`\nSaved queries on the ${mb} MB graph (${QUERY_RUNS} runs each, read-only; ${STORES.map((s) => s.kind).join(', ')}):\n`);
  console.log(`| query | ${STORES.flatMap((s) => cols.map((c) => (STORES.length > 1 ? `${s.kind} ${c}` : c))).join(' | ')} |`);
  console.log(`| --- |${' ---: |'.repeat(cols.length * STORES.length)}`);
  byStore[0]!.forEach((first, i) => {
    const cells = byStore.map((list) => {
      const q = list[i]!;
      if ('error' in q) return [`failed: ${q.error}`, '', '', '', '', ''];
      return [q.rows, q.read.p50.toFixed(1), q.read.p95.toFixed(1), q.full.nodes, q.full.p50.toFixed(1), q.full.p95.toFixed(1)];
    });
    console.log(`| ${first.name} | ${cells.flat().join(' | ')} |`);
  });
}
