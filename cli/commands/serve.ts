// `kg serve`: the viewer and its JSON API on 127.0.0.1 (or --host), over the store or a graph file.
import { readFileSync } from 'node:fs';
import { DirectedGraph } from 'graphology';
import type { KgGraph } from '../../graph/build/index.ts';
import { listen, type ServeSource } from '../../viewer/server/index.ts';
import { EXIT, type Command } from '../command.ts';
import { DEFAULT_DB, STORE_OPTIONS, STORE_USAGE } from '../store.ts';
import { openStore, resolveStoreKind } from '../../graph/stores/index.ts';

export const DEFAULT_PORT = 5178;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the viewer and its JSON API (127.0.0.1 by default)',
  usage: `
Usage: kg serve [--db DIR] [--store embedded|neo4j] [--host H] [--port P] [--graph FILE]

Serves the built viewer (npm run build:viewer) and a JSON API: GET /api/graph, GET /api/article/ID,
GET /api/queries, POST /api/queries/NAME {"params": {…}}, POST /api/cypher {"cypher": "…"} (read-only).

${STORE_USAGE}
  --host H       address to bind (default 127.0.0.1: this machine only; anything else is reachable by others)
  --port P       port (default ${DEFAULT_PORT}; 0 picks a free one)
  --graph FILE   show a graph file (kg export --format json) instead of the store; queries are then unavailable
`,
  options: {
    ...STORE_OPTIONS,
    host: { type: 'string' },
    port: { type: 'string' },
    graph: { type: 'string' },
  },
  async run({ values }) {
    const host = (values.host as string | undefined) ?? '127.0.0.1';
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`kg serve: --port takes 0–65535, got ${String(values.port)}`);
      return EXIT.usage;
    }
    const source: ServeSource = {};
    try {
      if (values.graph) {
        const g: KgGraph = new DirectedGraph();
        g.import(JSON.parse(readFileSync(String(values.graph), 'utf8')));
        source.graph = g;
      } else {
        source.store = await openStore({ store: resolveStoreKind(values.store as string | undefined), db: (values.db as string | undefined) ?? DEFAULT_DB, readOnly: true });
      }
    } catch (e) {
      console.error(`kg serve: ${(e as Error).message}`);
      return EXIT.partial;
    }
    return serveUntilStopped(source, host, port);
  },
};

/** Listen, print the address, and keep serving until SIGINT/SIGTERM; then close the store. */
export async function serveUntilStopped(source: ServeSource, host: string, port: number): Promise<number> {
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    console.error(`kg serve: warning: listening on ${host}: anyone who can reach this machine can read the graph and run queries`);
  }
  let server;
  try {
    server = await listen(source, host, port);
  } catch (e) {
    console.error(`kg serve: cannot listen on ${host}:${port}: ${(e as Error).message}`);
    await source.store?.close();
    return EXIT.partial;
  }
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`kg serve: http://${host.includes(':') ? `[${host}]` : host}:${actual}/  (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await source.store?.close();
  return EXIT.ok;
}
