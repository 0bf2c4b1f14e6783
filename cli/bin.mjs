#!/usr/bin/env node
// `kg` entry: registers the TypeScript loader (tsx) and runs the CLI, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
// Output piped into a reader that stops early (`kg export … | head`): end quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
