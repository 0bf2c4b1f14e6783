// `kg build`: pages → articles → mentions → facts → the resolved graph, upserted into the store.
import { buildGraph, type KgGraph } from '../../graph/build/index.ts';
import type { GraphStore, WriteStats } from '../../graph/stores/types.ts';
import type { Article } from '../../ingest/types.ts';
import { EXIT, type Command } from '../command.ts';
import { STORE_OPTIONS, STORE_USAGE, withStore } from '../store.ts';
import { ingestAll, printMessages, printSummary } from './ingest.ts';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the graph from pages into the store',
  usage: `
Usage: kg build <file|folder>... [--db DIR] [--store embedded|neo4j] [--encoding ENC] [--manifest FILE]

Runs the whole pipeline (ingest → extract → events and roles → entity resolution) and upserts the graph and its
merge log into the store. Nodes and relationships have stable ids: building the same pages again adds nothing;
building new pages adds what is new, widens position spells (firstSeen/lastSeen) and extends evidence lists.

${STORE_USAGE}
  --encoding ENC force an encoding (see kg ingest --help)
  --manifest F   issue dates and newspaper per file (default: manifest.json in the folder)
`,
  options: {
    ...STORE_OPTIONS,
    encoding: { type: 'string' },
    manifest: { type: 'string' },
  },
  run({ values, positionals }) {
    if (positionals.length === 0) {
      console.error('kg build: name at least one file or folder (try `kg build seeds`)');
      return EXIT.usage;
    }
    const { articles, summary } = ingestAll(positionals, 'auto', values.manifest as string | undefined);
    printMessages(summary.messages, false);
    printSummary(articles, summary);
    return withStore(values, false, async (store) => {
      await buildInto(store, articles);
      return summary.failed > 0 ? EXIT.partial : EXIT.ok;
    });
  },
};

/** Build the articles' graph and upsert it; prints what the store gained. */
export async function buildInto(store: GraphStore, articles: readonly Article[]): Promise<{ graph: KgGraph; stats: WriteStats }> {
  const { graph, mergeLog } = buildGraph(articles);
  const stats = await store.write(graph, mergeLog);
  console.log(`kg build: ${describe(graph)}`);
  console.log(`kg build: → ${store.location}: ${describeStats(stats)}`);
  return { graph, stats };
}

export function describeStats(s: WriteStats): string {
  return `${s.nodesCreated} nodes and ${s.relsCreated} relationships new, ${s.nodesUpdated} nodes and ${s.relsUpdated} relationships extended, ${s.unchanged} unchanged`;
}

export function describe(graph: KgGraph): string {
  const count = (xs: string[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].map(([k, n]) => `${n} ${k}`).join(', ');
  return `${graph.order} nodes (${count(graph.mapNodes((_k, a) => a.kind))}), ${graph.size} relationships (${count(graph.mapEdges((_k, a) => a.type))})`;
}
