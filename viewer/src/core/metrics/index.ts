// Metrics computed with graphology on the visible graph, off the render path and only when asked for.
import { DirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import louvain from 'graphology-communities-louvain';
import type { KgGraph } from '../../../../graph/model/types.ts';
import type { Visibility } from '../filters/index.ts';
import { mulberry32 } from './random.ts';

/** Number of visible relationships per node (in and out). */
export function degrees(graph: KgGraph, v?: Visibility): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((k) => out.set(k, 0));
  graph.forEachEdge((e, _a, s, t) => {
    if (v && !v.edges.has(e)) return;
    out.set(s, out.get(s)! + 1);
    out.set(t, out.get(t)! + 1);
  });
  return out;
}

/** The visible part as a plain undirected structure for the algorithms (attributes left behind). */
function skeleton(graph: KgGraph, v: Visibility): DirectedGraph {
  const g = new DirectedGraph();
  for (const n of v.nodes) g.addNode(n);
  for (const e of v.edges) g.mergeEdge(graph.source(e), graph.target(e));
  return g;
}

export function betweenness(graph: KgGraph, v: Visibility): Map<string, number> {
  const scores = betweennessCentrality(skeleton(graph, v), { normalized: true });
  return new Map(Object.entries(scores));
}

/** Louvain communities over the visible graph, as undirected. Deterministic: a fixed random source. */
export function communities(graph: KgGraph, v: Visibility): Map<string, number> {
  const rng = mulberry32(42);
  const parts = louvain(skeleton(graph, v), { rng, getEdgeWeight: null });
  return new Map(Object.entries(parts));
}
