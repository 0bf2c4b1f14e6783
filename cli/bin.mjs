#!/usr/bin/env node
// `kg` entry: registers the TypeScript loader (tsx) and runs the CLI, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
