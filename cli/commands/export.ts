// `kg export`: the stored graph (or the subgraph a saved query returns) as graphology JSON, dynamic GEXF or spells CSV.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KgGraph } from '../../graph/build/index.ts';
import { toJson } from '../../graph/export/json.ts';
import { toGexf } from '../../graph/export/gexf.ts';
import { toSpellsCsv } from '../../graph/export/spells.ts';
import { findQuery } from '../../queries/index.ts';
import type { SavedQuery } from '../../graph/stores/types.ts';
import { EXIT, type Command } from '../command.ts';
import { parseParams, STORE_OPTIONS, STORE_USAGE, withStore } from '../store.ts';

const FORMATS = ['json', 'gexf', 'spells-csv'] as const;
type Format = (typeof FORMATS)[number];

export function formatGraph(graph: KgGraph, format: Format): string {
  if (format === 'gexf') return toGexf(graph);
  if (format === 'spells-csv') return toSpellsCsv(graph);
  return JSON.stringify(toJson(graph), null, 1) + '\n';
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph (or a query’s subgraph) as JSON, GEXF or spells CSV',
  usage: `
Usage: kg export [--format json|gexf|spells-csv] [--out FILE] [--query NAME [--param k=v]...]

${STORE_USAGE}
  --format F     json: graphology serialisation {attributes, nodes: [{key, attributes}], edges: [...]};
                 gexf: GEXF 1.3 with mode="dynamic" timeformat="date" for Gephi's timeline;
                 spells-csv: one row per person × title (person, pinyin, title, post, jurisdiction, first_seen,
                 last_seen, mentions, evidence_articles, person_id, title_id) (default json)
  --query NAME   export only the subgraph a saved query returns (the nodes its rows name and the edges among them;
                 queries declaring @edge add their derived edges, e.g. co-attendance-network)
  --param k=v    the query's parameters (repeat for more)
  --out FILE     where to write (default: standard output)
`,
  options: {
    ...STORE_OPTIONS,
    format: { type: 'string' },
    out: { type: 'string' },
    query: { type: 'string' },
    param: { type: 'string', multiple: true },
  },
  run({ values }) {
    const format = ((values.format as string | undefined) ?? 'json') as Format;
    if (!FORMATS.includes(format)) {
      console.error(`kg export: unknown format ${format} (${FORMATS.join(', ')})`);
      return EXIT.usage;
    }
    let saved: SavedQuery | undefined;
    let params: Record<string, string>;
    try {
      params = parseParams(values.param);
      if (values.query !== undefined) saved = findQuery(String(values.query));
      else if (Object.keys(params).length) throw new Error('kg export: --param goes with --query');
    } catch (e) {
      console.error((e as Error).message);
      return EXIT.usage;
    }
    return withStore(values, true, async (store) => {
      const graph = saved ? (await store.run(saved, params)).subgraph : await store.readGraph();
      const text = formatGraph(graph, format);
      if (values.out) {
        mkdirSync(dirname(String(values.out)), { recursive: true });
        writeFileSync(String(values.out), text);
        console.error(`kg export: ${graph.order} nodes, ${graph.size} relationships → ${values.out}`);
      } else process.stdout.write(text);
      return EXIT.ok;
    });
  },
};
