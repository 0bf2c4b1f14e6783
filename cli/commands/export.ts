// `kg export`: the graph in --db as graphology JSON or dynamic GEXF 1.3.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadSnapshot } from '../../graph/stores/snapshot.ts';
import { toJson } from '../../graph/export/json.ts';
import { toGexf } from '../../graph/export/gexf.ts';
import { EXIT, type Command } from '../command.ts';
import { DEFAULT_DB } from './build.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph as JSON or GEXF',
  usage: `
Usage: kg export [--db DIR] [--format json|gexf] [--out FILE]

  --db DIR       the graph built by \`kg build\` (default ${DEFAULT_DB})
  --format F     json: graphology serialisation {attributes, nodes: [{key, attributes}], edges: [...]};
                 gexf: GEXF 1.3 with mode="dynamic" timeformat="date" for Gephi's timeline (default json)
  --out FILE     where to write (default: standard output)
`,
  options: {
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  run({ values }) {
    const format = (values.format as string | undefined) ?? 'json';
    if (format !== 'json' && format !== 'gexf') {
      console.error(`kg export: unknown format ${format} (json, gexf)`);
      return EXIT.usage;
    }
    let graph;
    try {
      graph = loadSnapshot((values.db as string | undefined) ?? DEFAULT_DB).graph;
    } catch (e) {
      console.error((e as Error).message);
      return EXIT.partial;
    }
    const text = format === 'json' ? JSON.stringify(toJson(graph), null, 1) + '\n' : toGexf(graph);
    if (values.out) {
      mkdirSync(dirname(String(values.out)), { recursive: true });
      writeFileSync(String(values.out), text);
      console.error(`kg export: ${graph.order} nodes, ${graph.size} relationships → ${values.out}`);
    } else process.stdout.write(text);
    return EXIT.ok;
  },
};
