// Running a saved query on any store: typed parameters in, rows out, and the subgraph the rows touch.
import { emptyGraph } from '../model/graph.ts';
import type { KgGraph } from '../build/index.ts';
import { kindOfId, type DerivedRelType } from '../model/types.ts';
import { resolveParams } from './params.ts';
import type { GraphStore, QueryResult, QueryValue, ReadOptions, SavedQuery } from './types.ts';

/** Node ids a value names: graph values by their ids, strings shaped like node ids, and endpoints of relationships. */
export function idsIn(v: QueryValue, into: Set<string> = new Set()): Set<string> {
  if (v === null) return into;
  if (typeof v === 'string') {
    if (kindOfId(v)) into.add(v);
  } else if (Array.isArray(v)) for (const x of v) idsIn(x, into);
  else if (typeof v === 'object') {
    if ('$node' in v) into.add((v as { $node: { id: string } }).$node.id);
    else if ('$rel' in v) {
      const r = (v as { $rel: { source: string; target: string } }).$rel;
      if (r.source) into.add(r.source);
      if (r.target) into.add(r.target);
    } else for (const x of Object.values(v)) idsIn(x as QueryValue, into);
  }
  return into;
}

/** Reads the subgraph a set of node ids induces: from a store, or from a graph already in memory. */
export type SubgraphReader = (ids: readonly string[]) => Promise<KgGraph>;

/** The subgraph of `graph` induced by `ids`, built in the same (sorted) order as a store's read, so the two agree. */
export function inducedSubgraph(graph: KgGraph, ids: readonly string[]): KgGraph {
  const keep = [...new Set(ids)].filter((id) => graph.hasNode(id)).sort();
  const sub: KgGraph = emptyGraph();
  for (const id of keep) sub.addNode(id, { ...graph.getNodeAttributes(id) });
  const edges: string[] = [];
  for (const id of keep) graph.forEachOutEdge(id, (e, _a, _s, t) => void (sub.hasNode(t) && edges.push(e)));
  for (const e of edges.sort()) sub.addEdgeWithKey(e, graph.source(e), graph.target(e), { ...graph.getEdgeAttributes(e) });
  return sub;
}

/**
 * The subgraph of a result: the stored graph induced by every node the rows name, plus one derived edge per row that
 * has `source` and `target` node ids when the query declares `@edge` (its `weight` column, if any, as the weight).
 */
export async function subgraphOf(read: GraphStore | SubgraphReader, query: SavedQuery, rows: QueryResult['rows']): Promise<KgGraph> {
  const ids = new Set<string>();
  for (const row of rows) for (const v of Object.values(row)) idsIn(v, ids);
  const graph = typeof read === 'function' ? await read([...ids]) : await read.readGraph([...ids]);
  if (query.edge) {
    for (const row of rows) {
      const s = row.source;
      const t = row.target;
      if (typeof s !== 'string' || typeof t !== 'string' || !graph.hasNode(s) || !graph.hasNode(t) || s === t) continue;
      const weight = typeof row.weight === 'number' ? row.weight : 1;
      graph.mergeEdgeWithKey(`${query.edge}:${s}->${t}`, s, t, { type: query.edge as DerivedRelType, evidence: [], weight });
    }
  }
  return graph;
}

/** Run a saved query by name-checked, typed parameters; the subgraph is read from the store unless `subgraph` reads it. */
export async function runSaved(store: GraphStore, query: SavedQuery, params: Record<string, unknown> = {}, options: ReadOptions = {}, subgraph?: SubgraphReader): Promise<QueryResult> {
  const typed = resolveParams(query, params);
  const result = await store.read(query.cypher[store.kind], typed, options).catch((e: Error) => {
    throw new Error(`${e.message.replace(/^kg query: /, `kg query ${query.name} (${query.file}): `)}`);
  });
  return { ...result, subgraph: await subgraphOf(subgraph ?? store, query, result.rows) };
}
