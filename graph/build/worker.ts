// Worker thread of a streaming build: turns each list of pages it is sent into their facts.
import { parentPort, workerData } from 'node:worker_threads';
import { runPage, type PageJob, type PagesOptions } from './pages.ts';

const options = (workerData as { data: PagesOptions }).data;
parentPort?.on('message', (msg: { seq: number; input: PageJob[] }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, result: msg.input.map((job) => runPage(job, options)) });
  } catch (e) {
    parentPort!.postMessage({ seq: msg.seq, error: (e as Error).message });
  }
});
