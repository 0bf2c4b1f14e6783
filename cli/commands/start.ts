// `kg start` (what `npm start` runs): the main job on the seeds: ingest, build into the embedded store, export.
import { existsSync, writeFileSync } from 'node:fs';
import { EmbeddedStore } from '../../graph/stores/embedded/index.ts';
import { DIST } from '../../viewer/server/index.ts';
import { DEFAULT_PORT, serveUntilStopped } from './serve.ts';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { EXIT, type Command } from '../command.ts';
import { DEFAULT_DB, withStore } from '../store.ts';
import { buildInto } from './build.ts';
import { formatGraph } from './export.ts';
import { ingestAll, printMessages, printSummary, writeJson } from './ingest.ts';
import { readInputs } from '../../ingest/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const startCommand: Command = {
  name: 'start',
  summary: 'run the main job on the seeds (what `npm start` does)',
  usage: `
Usage: kg start [--seeds DIR] [--db DIR] [--out DIR] [--port P] [--no-serve]

Runs the pipeline on the seed pages: ingest → OUT/articles.json, build → the embedded store in DB, export the
stored graph → OUT/graph.json, OUT/graph.gexf and OUT/spells.csv, then serves the viewer on http://127.0.0.1:P/
(npm start builds the viewer first). Running it again adds nothing to the store.

  --seeds DIR   pages to read (default: the project's seeds/)
  --db DIR      the embedded database (default ${DEFAULT_DB}); then try \`kg query --list\`
  --out DIR     where files go (default: out/)
  --port P      the viewer's port (default ${DEFAULT_PORT})
  --no-serve    stop after the exports
`,
  options: {
    seeds: { type: 'string' },
    db: { type: 'string' },
    out: { type: 'string' },
    port: { type: 'string' },
    'no-serve': { type: 'boolean', default: false },
  },
  async run({ values }) {
    const seeds = (values.seeds as string | undefined) ?? join(ROOT, 'seeds');
    const out = (values.out as string | undefined) ?? 'out';
    const json = join(out, 'articles.json');
    const { articles, summary } = ingestAll(readInputs([seeds]), {});
    printMessages(summary.messages, false);
    writeJson(json, { articles, files: summary.files, messages: summary.messages });
    printSummary(articles, summary, json);
    const db = (values.db as string | undefined) ?? DEFAULT_DB;
    const built = await withStore({ db, store: 'embedded' }, false, async (store) => {
      const { failed } = await buildInto(store, articles);
      const graph = await store.readGraph();
      const files = { 'graph.json': 'json', 'graph.gexf': 'gexf', 'spells.csv': 'spells-csv' } as const;
      for (const [file, format] of Object.entries(files)) writeFileSync(join(out, file), formatGraph(graph, format));
      console.log(`kg start: ${graph.order} nodes, ${graph.size} relationships in ${store.location}; ${Object.keys(files).map((f) => join(out, f)).join(', ')}`);
      console.log(`kg start: try \`npx kg query --list\` and \`npx kg query career --param name=金政\``);
      return summary.failed > 0 || failed > 0 ? EXIT.partial : EXIT.ok;
    });
    if (values['no-serve'] || built !== EXIT.ok) return built;
    if (!existsSync(join(DIST, 'index.html'))) {
      console.error('kg start: the viewer is not built (npm run build:viewer); not serving');
      return EXIT.partial;
    }
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    return serveUntilStopped({ store: await EmbeddedStore.open(db, { readOnly: true }) }, '127.0.0.1', port);
  },
};
