// Streaming build: pages on worker threads (facts), batches of facts → graph → one store transaction each; bounded memory.
import { availableParallelism } from 'node:os';
import type { Inputs, IngestSummary } from '../../ingest/files.ts';
import { issueFor } from '../../ingest/manifest/index.ts';
import { inOrder, WorkerPool } from '../../ingest/extract/pool.ts';
import type { GraphStore, WriteStats } from '../stores/types.ts';
import type { ArticleFacts } from './facts/index.ts';
import { graphOf } from './index.ts';
import { Namesakes } from './namesakes.ts';
import { HeldFacts } from './held.ts';
import { runPage, sizeOf, type PageJob, type PageResult, type PagesOptions } from './pages.ts';

export interface StreamOptions extends PagesOptions {
  /** Articles per store transaction (one graph, one upsert, one commit). */
  batchArticles?: number;
  /** Worker threads; 0 runs inline. Default: one per core, inline below `STREAM_DEFAULTS.inlineBelow` bytes or on one core. */
  workers?: number;
  onProgress?: (p: Progress) => void;
}

export interface Progress {
  files: number;
  filesTotal: number;
  bytes: number;
  bytesTotal: number;
  articles: number;
}

export interface StreamResult {
  summary: IngestSummary;
  /** Summed over the transactions (a node first written by one batch and extended by a later one counts in both). */
  stats: WriteStats;
  articles: number;
  /** Articles left out because a stage failed on them (each reported with file, article id and offset). */
  failedArticles: number;
  transactions: number;
  workers: number;
  bytes: number;
  /** Milliseconds: ingest and facts summed over the threads that ran them; graph and store on the main thread; wall. */
  ms: { ingest: number; facts: number; graph: number; store: number; wall: number };
}

export const STREAM_DEFAULTS = {
  /**
   * 4,000 articles (~4 MB of text) per transaction: each transaction re-reads what the store holds for its ids and
   * commits, so fewer pay (10 MB corpus, one run each: 1,000 articles per transaction spent 66 s in the store, 4,000
   * spent 49 s); larger ones hold more of the corpus in memory at once. `npm run bench` prints the write rate.
   */
  batchArticles: 4000,
  /** Pages handed to a worker per message: ~256 KB of text. */
  jobBytes: 256 * 1024,
  /** Below this much text, starting workers (each loads its modules and the lexicons; jieba's dictionary and the model are shared) costs more than it saves. */
  inlineBelow: 1024 * 1024,
} as const;

/**
 * Build the inputs into the store, page facts in parallel, batch by batch in input order; articles that name someone
 * bare who may be titled abroad later wait on disk and go last. Never holds the corpus in memory.
 */
export async function buildFiles(inputs: Inputs, store: GraphStore, options: StreamOptions = {}): Promise<StreamResult> {
  const t0 = performance.now();
  const batchArticles = options.batchArticles ?? STREAM_DEFAULTS.batchArticles;
  const sizes = inputs.files.map((f) => sizeOf(f.path));
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  const cores = availableParallelism();
  const workers = options.workers ?? (cores < 2 || bytesTotal < STREAM_DEFAULTS.inlineBelow ? 0 : cores);
  const { onProgress, batchArticles: _b, workers: _w, ...pageOptions } = options;

  const result: StreamResult = {
    summary: { files: [], messages: [...inputs.messages], failed: 0 },
    stats: { nodesCreated: 0, nodesUpdated: 0, relsCreated: 0, relsUpdated: 0, unchanged: 0 },
    articles: 0,
    failedArticles: 0,
    transactions: 0,
    workers,
    bytes: 0,
    ms: { ingest: 0, facts: 0, graph: 0, store: 0, wall: 0 },
  };
  let batch: ArticleFacts[] = [];
  // Articles naming someone bare who may be titled abroad in a later one: built last, once every title is known.
  const held = new HeldFacts();
  const namesakes = new Namesakes();
  // One transaction in flight while the workers go on and the next batch gathers; batches commit in input order.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const facts = batch;
    batch = [];
    await writing;
    const tg = performance.now();
    const { graph, mergeLog, messages } = graphOf(facts, namesakes);
    result.ms.graph += performance.now() - tg;
    result.summary.messages.push(...messages);
    result.failedArticles += messages.filter((m) => m.level === 'error').length;
    writing = (async () => {
      const ts = performance.now();
      const stats = await store.write(graph, mergeLog);
      result.ms.store += performance.now() - ts;
      result.transactions++;
      for (const k of Object.keys(stats) as (keyof WriteStats)[]) result.stats[k] += stats[k];
    })();
    writing.catch(() => undefined); // awaited (and thrown) by the next flush or at the end, not unhandled meanwhile
  };
  const take = async (pages: PageResult[]) => {
    for (const p of pages) {
      result.summary.files.push(p.report);
      result.summary.messages.push(...p.messages);
      result.bytes += p.bytes;
      result.articles += p.facts.length + p.failedArticles;
      result.failedArticles += p.failedArticles;
      result.ms.ingest += p.ms.ingest;
      result.ms.facts += p.ms.facts;
      const { now, later } = namesakes.take(p.facts);
      later.forEach((f) => held.add(f));
      batch.push(...now);
      if (batch.length >= batchArticles) await flush(); // whole pages per transaction, but for the articles held
    }
    onProgress?.({ files: result.summary.files.length, filesTotal: inputs.files.length, bytes: result.bytes, bytesTotal, articles: result.articles });
  };

  try {
    await noteStored(store, namesakes);
    await readPages(inputs, sizes, workers, pageOptions, take);
    await flush();
    for await (const facts of held.batches(batchArticles)) {
      batch = facts;
      await flush();
    }
    await writing;
  } finally {
    held.close();
  }
  result.summary.failed = result.summary.files.filter((f) => f.status === 'failed').length;
  result.ms.wall = performance.now() - t0;
  return result;
}

/** Every title the store holds, with its holder: a bare name this build reads may join a namesake stored before. */
const STORED_TITLES =
  'MATCH (p:Person)-[h:HOLDS]->(t:Title) ' +
  'RETURN p.id AS id, t.jurisdiction AS jurisdiction, t.post AS post, h.firstSeen AS first, h.lastSeen AS last';

async function noteStored(store: GraphStore, namesakes: Namesakes): Promise<void> {
  const { rows } = await store.read(STORED_TITLES, {}, { limit: Number.MAX_SAFE_INTEGER, timeoutMs: 600_000 });
  for (const r of rows) {
    const jurisdiction = typeof r.jurisdiction === 'string' ? r.jurisdiction : null;
    const day = (v: unknown) => (typeof v === 'string' ? v : undefined);
    namesakes.noteStored(String(r.id), jurisdiction, String(r.post ?? ''), { first: day(r.first), last: day(r.last) });
  }
}

/** Every page's facts, handed to `take` in input order: inline, or from a pool of worker threads. */
async function readPages(
  inputs: Inputs,
  sizes: readonly number[],
  workers: number,
  options: PagesOptions,
  take: (pages: PageResult[]) => Promise<void>,
): Promise<void> {
  const jobs = chunks(inputs, sizes);
  if (workers === 0) {
    for (const chunk of jobs) await take(chunk.map((job) => runPage(job, options)));
    return;
  }
  const pool = new WorkerPool<PageJob[], PageResult[]>(new URL('./worker.ts', import.meta.url), workers, options, true);
  try {
    await inOrder(pool, jobs, take);
  } finally {
    await pool.close();
  }
}

/** The inputs as jobs of whole pages, about `jobBytes` of text each, in input order. */
function* chunks(inputs: Inputs, sizes: readonly number[]): Generator<PageJob[]> {
  let chunk: PageJob[] = [];
  let bytes = 0;
  for (const [k, input] of inputs.files.entries()) {
    const issue = issueFor(inputs.manifest, input.file);
    chunk.push({ input, bytes: sizes[k]!, ...(issue ? { issue } : {}) });
    bytes += sizes[k]!;
    if (bytes >= STREAM_DEFAULTS.jobBytes) {
      yield chunk;
      chunk = [];
      bytes = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}
