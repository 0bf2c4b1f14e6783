// `kg start` (what `npm start` runs): the main job on the seeds. Today: ingest to out/articles.json; later stages join here.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { EXIT, type Command } from '../command.ts';
import { ingestAll, printMessages, printSummary, writeJson } from './ingest.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const startCommand: Command = {
  name: 'start',
  summary: 'run the main job on the seeds (what `npm start` does)',
  usage: `
Usage: kg start [--seeds DIR] [--out DIR]

Runs the pipeline on the seed pages: ingest → OUT/articles.json.

  --seeds DIR   pages to read (default: the project's seeds/)
  --out DIR     where results go (default: out/)
`,
  options: {
    seeds: { type: 'string' },
    out: { type: 'string' },
  },
  run({ values }) {
    const seeds = (values.seeds as string | undefined) ?? join(ROOT, 'seeds');
    const out = (values.out as string | undefined) ?? 'out';
    const json = join(out, 'articles.json');
    const { articles, summary } = ingestAll([seeds], 'auto');
    printMessages(summary.messages, false);
    writeJson(json, { articles, files: summary.files, messages: summary.messages });
    printSummary(articles, summary, json);
    return summary.failed > 0 ? EXIT.partial : EXIT.ok;
  },
};
