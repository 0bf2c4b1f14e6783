// Work over many inputs on all cores: worker threads (the tagger's model and jieba's dictionary one per process), results in input order.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { extract } from './index.ts';
import { sharedTagger } from './model/tagger.ts';
import type { ExtractOptions, Mention } from './types.ts';

/** Below this many texts a pool costs more than it saves: each worker starts its modules (when each also loaded jieba and the model, ~3 s); measured then on 2 cores, 28,476 lines took 22.8 s pooled vs 29.9 s inline, 9,492 lines 11.0 s vs 10.8 s. */
const MIN_PARALLEL = 5000;
const BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url);
const EXTRACT_WORKER = new URL('./worker.ts', import.meta.url);

/**
 * A pool of worker threads running one TypeScript module: `run(input)` posts to the next worker in turn and resolves
 * with its answer. The module reads its options from `workerData.data` and answers `{seq, result}` or `{seq, error}`
 * to each `{seq, input}`.
 */
export class WorkerPool<I, O> {
  private readonly workers: Worker[] = [];
  private next = 0;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (o: O) => void; reject: (e: Error) => void }>();

  /** `shareModel`: the workers read this thread's copy of the tagger's model (loaded here if need be) instead of each loading its own. */
  constructor(module: URL, size: number, data: unknown, shareModel = false) {
    const kgTagger = shareModel ? sharedTagger() : null;
    for (let k = 0; k < size; k++) {
      const w = new Worker(BOOTSTRAP, { workerData: { module: module.href, data, ...(kgTagger ? { kgTagger } : {}) } });
      w.on('message', (msg: { seq: number; result?: O; error?: string }) => {
        const p = this.pending.get(msg.seq);
        this.pending.delete(msg.seq);
        if (msg.error !== undefined) p?.reject(new Error(`worker: ${msg.error}`));
        else p?.resolve(msg.result!);
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e as Error);
        this.pending.clear();
      });
      this.workers.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  run(input: I): Promise<O> {
    const seq = this.seq++;
    const w = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      w.postMessage({ seq, input });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Extraction workers: each input is a list of texts, each output their mentions. */
export class ExtractPool extends WorkerPool<string[], Mention[][]> {
  constructor(size: number, options: ExtractOptions) {
    super(EXTRACT_WORKER, size, options, options.model !== false);
  }
}

/**
 * Run `work` over a stream of inputs on a pool, handing each output to `emit` in input order, with at most
 * `2 × workers` inputs in flight (memory stays bounded whatever the stream's length). `emit` may be async: the pool
 * keeps working on what is in flight while it runs.
 */
export async function inOrder<I, O>(pool: WorkerPool<I, O>, inputs: AsyncIterable<I> | Iterable<I>, emit: (o: O) => void | Promise<void>): Promise<void> {
  const inFlight: Promise<O>[] = [];
  for await (const input of inputs) {
    inFlight.push(pool.run(input));
    if (inFlight.length > pool.size * 2) await emit(await inFlight.shift()!);
  }
  for (const p of inFlight) await emit(await p);
}

/**
 * Extract from a stream of chunks of texts, handing each chunk's results to `emit` in input order. Runs inline when the
 * input is small or one core is all there is; else spreads the chunks over a pool of worker threads.
 */
export async function extractChunks(
  chunks: AsyncIterable<string[]>,
  options: ExtractOptions,
  emit: (results: Mention[][]) => void,
  expectedTotal = Infinity,
): Promise<void> {
  const cores = availableParallelism();
  if (cores < 2 || expectedTotal < MIN_PARALLEL) {
    for await (const texts of chunks) emit(texts.map((t) => extract(t, options).output));
    return;
  }
  const pool = new ExtractPool(cores, options);
  try {
    await inOrder(pool, chunks, emit);
  } finally {
    await pool.close();
  }
}
