// `kg build`: news files → articles → mentions → facts → the resolved graph, upserted into the store.
import { buildGraph, type KgGraph } from '../../graph/build/index.ts';
import type { Counts, GraphStore, WriteStats } from '../../graph/stores/types.ts';
import type { Article } from '../../ingest/types.ts';
import { EXIT, type Command } from '../command.ts';
import { STORE_OPTIONS, STORE_USAGE, withStore } from '../store.ts';
import { describeForms, printMessages } from './ingest.ts';
import { INPUT_OPTIONS, INPUT_USAGE, inputsFrom } from '../inputs.ts';
import { buildFiles, STREAM_DEFAULTS, type StreamResult } from '../../graph/build/stream.ts';
import { progressBar } from '../progress.ts';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the graph from pages into the store',
  usage: `
Usage: kg build <file|folder>... [--db DIR] [--store embedded|neo4j] [--format F] [--manifest FILE] [--chain A,B,C]

Runs the whole pipeline (ingest → extract → events and roles → entity resolution) and upserts the graph and its
resolution log into the store. Nodes and relationships have stable ids: building the same files again adds nothing;
building new files adds what is new, widens position spells (firstSeen/lastSeen) and extends evidence lists.

${STORE_USAGE}
${INPUT_USAGE}
  --workers N    worker threads for reading and extraction (default: one per core; 0 below 1 MB of text)
  --batch-articles N   articles per store transaction (default ${STREAM_DEFAULTS.batchArticles})
  --timings      print where the time went

Files stream through: worker threads read and extract them, the main thread builds each batch's graph and upserts
it in one transaction, so memory stays bounded whatever the corpus size. A progress bar shows on a terminal.
An article that kg fails on is reported (file, article, offset) and left out; the rest is stored, and the exit
code is 1.
`,
  options: {
    ...STORE_OPTIONS,
    ...INPUT_OPTIONS,
    workers: { type: 'string' },
    'batch-articles': { type: 'string' },
    timings: { type: 'boolean', default: false },
  },
  run({ values, positionals }) {
    if (positionals.length === 0) {
      console.error('kg build: name at least one file or folder (try `kg build seeds`)');
      return EXIT.usage;
    }
    const given = inputsFrom('build', values, positionals);
    if (!given) return EXIT.usage;
    const { inputs, read } = given;
    return withStore(values, false, async (store) => {
      const bar = progressBar('kg build', inputs.files.length);
      let result: StreamResult;
      try {
        result = await buildFiles(inputs, store, {
          ...read,
          ...(values['batch-articles'] !== undefined ? { batchArticles: Number(values['batch-articles']) } : {}),
          ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}),
          onProgress: (p) => bar.update(p.bytes, `${p.articles.toLocaleString('en')} articles`),
        });
      } finally {
        bar.done();
      }
      printMessages(result.summary.messages, false);
      const { summary } = result;
      const files = `${summary.files.length - summary.failed} of ${summary.files.length} files read, ${summary.failed} failed (${describeForms(summary)})`;
      const articles = `${result.articles} articles, ${result.failedArticles} failed`;
      const time = `${(result.bytes / 1e6).toFixed(2)} MB in ${(result.ms.wall / 1000).toFixed(1)} s (${result.workers || 'no'} worker threads, ${result.transactions} transactions)`;
      console.log(`kg build: ${files}; ${articles}; ${time}`);
      console.log(`kg build: → ${store.location}: ${describeStats(result.stats)}`);
      console.log(`kg build: the store now holds ${describeCounts(await store.counts())}`);
      if (values.timings) console.log(`kg build: timings (ms): ${JSON.stringify(result.ms)}; memory (MB): ${JSON.stringify(memoryMB())}`);
      return summary.failed > 0 || result.failedArticles > 0 ? EXIT.partial : EXIT.ok;
    });
  },
};

/** Build the articles' graph and upsert it; prints what the store gained and the articles that failed. */
export async function buildInto(store: GraphStore, articles: readonly Article[]): Promise<{ graph: KgGraph; stats: WriteStats; failed: number }> {
  const { graph, mergeLog, messages } = buildGraph(articles);
  printMessages(messages, false);
  const stats = await store.write(graph, mergeLog);
  console.log(`kg build: ${describe(graph)}`);
  console.log(`kg build: → ${store.location}: ${describeStats(stats)}`);
  return { graph, stats, failed: messages.filter((m) => m.level === 'error').length };
}

export function describeStats(s: WriteStats): string {
  return `${s.nodesCreated} nodes and ${s.relsCreated} relationships new, ${s.nodesUpdated} nodes and ${s.relsUpdated} relationships extended, ${s.unchanged} unchanged`;
}

export function describe(graph: KgGraph): string {
  const count = (xs: string[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].map(([k, n]) => `${n} ${k}`).join(', ');
  return `${graph.order} nodes (${count(graph.mapNodes((_k, a) => a.kind))}), ${graph.size} relationships (${count(graph.mapEdges((_k, a) => a.type))})`;
}

/** This process's memory now and its peak resident set, in MB (the bench reads `maxRss`). */
function memoryMB(): Record<string, number> {
  const bytes = { ...process.memoryUsage(), maxRss: process.resourceUsage().maxRSS * 1024 };
  return Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, Math.round(v / 2 ** 20)]));
}

export function describeCounts(c: Counts): string {
  const list = (o: Record<string, number | undefined>) => Object.entries(o).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ');
  const sum = (o: Record<string, number | undefined>) => Object.values(o).reduce<number>((a, n) => a + (n ?? 0), 0);
  return `${sum(c.nodes)} nodes (${list(c.nodes)}), ${sum(c.rels)} relationships (${list(c.rels)})`;
}
