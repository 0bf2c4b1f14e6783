// `kg start` (what `npm start` runs): the main job on the seeds: ingest, build the graph, export it (the viewer joins later).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../../graph/build/index.ts';
import { saveSnapshot } from '../../graph/stores/snapshot.ts';
import { toJson } from '../../graph/export/json.ts';
import { toGexf } from '../../graph/export/gexf.ts';
import { describe } from './build.ts';
import { join } from 'node:path';
import { EXIT, type Command } from '../command.ts';
import { ingestAll, printMessages, printSummary, writeJson } from './ingest.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const startCommand: Command = {
  name: 'start',
  summary: 'run the main job on the seeds (what `npm start` does)',
  usage: `
Usage: kg start [--seeds DIR] [--out DIR]

Runs the pipeline on the seed pages: ingest → OUT/articles.json, build → OUT/db, export → OUT/graph.json and
OUT/graph.gexf.

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
    const { graph, mergeLog } = buildGraph(articles);
    saveSnapshot(join(out, 'db'), graph, mergeLog);
    writeFileSync(join(out, 'graph.json'), JSON.stringify(toJson(graph), null, 1) + '\n');
    writeFileSync(join(out, 'graph.gexf'), toGexf(graph));
    console.log(`kg build: ${describe(graph)} → ${join(out, 'db')}, ${join(out, 'graph.json')}, ${join(out, 'graph.gexf')}`);
    return summary.failed > 0 ? EXIT.partial : EXIT.ok;
  },
};
