// `kg build`: pages → articles → mentions → facts → the resolved graph, saved in --db.
import { buildGraph } from '../../graph/build/index.ts';
import { saveSnapshot } from '../../graph/stores/snapshot.ts';
import type { KgGraph } from '../../graph/build/index.ts';
import { EXIT, type Command } from '../command.ts';
import { ingestAll, printMessages, printSummary } from './ingest.ts';

export const DEFAULT_DB = '.kg/db';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the graph from pages into --db',
  usage: `
Usage: kg build <file|folder>... [--db DIR] [--encoding ENC] [--manifest FILE]

Runs the whole pipeline (ingest → extract → events and roles → entity resolution) and saves the graph and its merge
log in DIR (default ${DEFAULT_DB}). Prints the number of nodes and relationships of each kind.
Until the Cypher stores arrive, DIR holds graph.json (graphology's serialisation) and merge-log.json.
`,
  options: {
    db: { type: 'string' },
    encoding: { type: 'string' },
    manifest: { type: 'string' },
  },
  run({ values, positionals }) {
    if (positionals.length === 0) {
      console.error('kg build: name at least one file or folder (try `kg build seeds`)');
      return EXIT.usage;
    }
    const db = (values.db as string | undefined) ?? DEFAULT_DB;
    return buildInto(positionals, db, values.manifest as string | undefined);
  },
};

export function buildInto(paths: string[], db: string, manifest?: string): number {
  const { articles, summary } = ingestAll(paths, 'auto', manifest);
  printMessages(summary.messages, false);
  printSummary(articles, summary);
  const { graph, mergeLog } = buildGraph(articles);
  saveSnapshot(db, graph, mergeLog);
  console.log(`kg build: ${describe(graph)} → ${db}`);
  return summary.failed > 0 ? EXIT.partial : EXIT.ok;
}

export function describe(graph: KgGraph): string {
  const count = (xs: string[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].map(([k, n]) => `${n} ${k}`).join(', ');
  return `${graph.order} nodes (${count(graph.mapNodes((_k, a) => a.kind))}), ${graph.size} relationships (${count(graph.mapEdges((_k, a) => a.type))})`;
}
