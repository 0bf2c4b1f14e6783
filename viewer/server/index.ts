// `kg serve`'s HTTP server: the built viewer as static files and a small JSON API over a GraphStore (or a graph file).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KgGraph } from '../../graph/build/index.ts';
import type { GraphStore, SavedQuery } from '../../graph/stores/types.ts';
import { ParamError } from '../../graph/stores/params.ts';
import { ReadOnlyError } from '../../graph/stores/readonly.ts';
import { inducedSubgraph, runSaved } from '../../graph/stores/saved.ts';
import { loadQueries } from '../../queries/index.ts';
import { toGraphPayload } from './payload.ts';

export const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/** Request bodies larger than this are refused (413): parameters and a query fit in far less. */
export const MAX_BODY = 64 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface ServeSource {
  /** The store to query (saved and ad-hoc queries need one). */
  store?: GraphStore;
  /** A graph to show instead of the store's (`kg serve --graph FILE`, the viewer benchmark). */
  graph?: KgGraph;
  queries?: SavedQuery[];
  dist?: string;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // The viewer loads nothing from elsewhere and runs no inline script.
    'content-security-policy': "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value));

async function readBody(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY) throw new HttpError(413, `request body over ${MAX_BODY} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, `request body over ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the request body is not JSON');
  }
}

function serveStatic(res: ServerResponse, dist: string, path: string): boolean {
  const rel = normalize(decodeURIComponent(path === '/' ? '/index.html' : path)).replace(/^([/\\])+/, '');
  const file = join(dist, rel);
  if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) return false;
  send(res, 200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  return true;
}

/** The request handler, separate from listening so tests can drive it on any port. */
export function handler(source: ServeSource) {
  const dist = source.dist ?? DIST;
  const queries = source.queries ?? loadQueries().queries;
  let cachedGraph: Promise<KgGraph> | undefined;
  const graph = () => (cachedGraph ??= source.graph ? Promise.resolve(source.graph) : source.store!.readGraph());
  const needStore = () => {
    if (!source.store) throw new HttpError(501, 'no store behind this server (it shows a graph file): queries are unavailable');
    return source.store;
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    try {
      if (path === '/api/graph' && req.method === 'GET') return json(res, 200, toGraphPayload(await graph()));
      if (path.startsWith('/api/article/') && req.method === 'GET') {
        const id = decodeURIComponent(path.slice('/api/article/'.length));
        const g = await graph();
        const key = `article:${id}`;
        if (!g.hasNode(key)) throw new HttpError(404, `no article ${id}`);
        const a = g.getNodeAttributes(key);
        return json(res, 200, { id, headline: a.headline ?? '', text: a.text ?? '', file: a.file ?? '', issueDate: a.issueDate ?? null, reporters: a.reporters ?? [] });
      }
      if (path === '/api/queries' && req.method === 'GET') {
        return json(res, 200, queries.map((q) => ({ name: q.name, description: q.description, params: q.params, edge: q.edge ?? null })));
      }
      if (path.startsWith('/api/queries/') && req.method === 'POST') {
        const name = decodeURIComponent(path.slice('/api/queries/'.length));
        const q = queries.find((x) => x.name === name);
        if (!q) throw new HttpError(404, `no saved query ${name}`);
        const body = (await readBody(req)) as { params?: unknown };
        const params = body && typeof body === 'object' && body.params && typeof body.params === 'object' ? (body.params as Record<string, unknown>) : {};
        // The subgraph comes from the graph this server holds for /api/graph (read once; the store is read-only
        // while it serves), not from one store read per node kind and edge table on every request.
        const held = await graph();
        const r = await runSaved(needStore(), q, params, {}, async (ids) => inducedSubgraph(held, ids));
        return json(res, 200, { columns: r.columns, rows: r.rows, truncated: r.truncated, subgraph: toGraphPayload(r.subgraph) });
      }
      if (path === '/api/cypher' && req.method === 'POST') {
        const body = (await readBody(req)) as { cypher?: unknown; params?: unknown };
        if (typeof body?.cypher !== 'string') throw new HttpError(400, 'give {"cypher": "MATCH …"}');
        const params = body.params && typeof body.params === 'object' ? (body.params as Record<string, unknown>) : {};
        return json(res, 200, await needStore().read(body.cypher, params, { limit: 5000, timeoutMs: 10_000 }));
      }
      if (path.startsWith('/api/')) throw new HttpError(404, `no route ${req.method} ${path}`);
      if (req.method === 'GET' && serveStatic(res, dist, path)) return;
      if (req.method === 'GET' && path === '/') throw new HttpError(503, 'the viewer is not built: run `npm run build:viewer`');
      throw new HttpError(404, `not found: ${path}`);
    } catch (e) {
      const status = e instanceof HttpError ? e.status : e instanceof ParamError || e instanceof ReadOnlyError ? 400 : /^kg query/.test((e as Error).message) ? 400 : 500;
      // A short message, never a stack trace.
      const message = status === 500 ? 'internal error' : (e as Error).message.split('\n')[0]!.slice(0, 500);
      if (status === 500) console.error(`kg serve: ${req.method} ${path}: ${(e as Error).message}`);
      if (!res.headersSent) json(res, status, { error: message });
    }
  };
}

export function listen(source: ServeSource, host: string, port: number): Promise<Server> {
  const handle = handler(source);
  const server = createServer((req, res) => void handle(req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
