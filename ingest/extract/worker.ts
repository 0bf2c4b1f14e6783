// Worker thread of the extraction pool: extracts each chunk of texts it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from './index.ts';
import type { ExtractOptions } from './types.ts';

const options = (workerData as { data: ExtractOptions }).data;
parentPort?.on('message', (msg: { seq: number; input: string[] }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, result: msg.input.map((t) => extract(t, options).output) });
  } catch (e) {
    parentPort!.postMessage({ seq: msg.seq, error: (e as Error).message });
  }
});
