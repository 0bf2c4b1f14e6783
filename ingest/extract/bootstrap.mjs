// Worker bootstrap: registers the TypeScript loader in this thread, then runs the pool's module (workerData.module).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
