// What the view shows: node kinds, relationship types, the time range, a query's subgraph and an ego network, as id sets.
import type { KgGraph } from '../../../../graph/model/types.ts';
import { edgeInTime, isFullRange, nodeInTime, type Timeline } from '../time/index.ts';
import type { ViewState } from '../types.ts';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Computed once per change of filters (never per frame): an Event shows when its month is in range (or it is undated
 * and the undated lane is on); a dated relationship likewise; the other nodes show while the range leaves them a
 * relationship; structural relationships (AT, HELD_BY, REPORTED_IN, WROTE) show with the shown node they hang from.
 */
export function visibility(graph: KgGraph, state: ViewState, line: Timeline, queryNodes?: ReadonlySet<string>): Visibility {
  const range = { from: state.from, to: state.to, undated: state.undated };
  const timed = !isFullRange(range, line);
  const kinds = new Set(state.hiddenKinds);
  const types = new Set(state.hiddenTypes);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const isolate = state.isolate && queryNodes ? queryNodes : undefined;
  const nodeAllowed = (k: string) => {
    const a = graph.getNodeAttributes(k);
    if (kinds.has(a.kind) || (isolate && !isolate.has(k))) return false;
    return nodeInTime(a, range) ?? true;
  };
  const allowed = new Map<string, boolean>();
  const ok = (k: string) => {
    let v = allowed.get(k);
    if (v === undefined) allowed.set(k, (v = nodeAllowed(k)));
    return v;
  };
  const structural: string[] = [];
  const touched = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (types.has(a.type as never) || !ok(s) || !ok(t)) return;
    const inTime = edgeInTime(a, range);
    if (inTime === undefined) return void structural.push(e);
    if (!inTime) return;
    edges.add(e);
    touched.add(s).add(t);
  });
  graph.forEachNode((k, a) => {
    if (!ok(k)) return;
    if (!timed || a.kind === 'Event' || touched.has(k)) nodes.add(k);
  });
  // A shown event brings the places, bodies and articles it is attached to (one step, not transitively).
  for (const e of structural) {
    const [s, t] = [graph.source(e), graph.target(e)];
    if (timed && nodes.has(s) !== nodes.has(t)) {
      const other = nodes.has(s) ? t : s;
      if (graph.getNodeAttributes(other).kind !== 'Event' && ok(other)) nodes.add(other);
    }
    if (nodes.has(s) && nodes.has(t)) edges.add(e);
  }
  if (state.focus && state.ego > 0 && nodes.has(state.focus)) return ego(graph, { nodes, edges }, state.focus, state.ego);
  return { nodes, edges };
}

/** The part of a visibility within `depth` steps of `focus` (over visible relationships, either direction). */
export function ego(graph: KgGraph, v: Visibility, focus: string, depth: number): Visibility {
  const dist = new Map([[focus, 0]]);
  let frontier = [focus];
  for (let d = 1; d <= depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachEdge(n, (e, _a, s, t) => {
        if (!v.edges.has(e)) return;
        const o = s === n ? t : s;
        if (!dist.has(o)) dist.set(o, d), next.push(o);
      });
    }
    frontier = next;
  }
  const nodes = new Set(dist.keys());
  const edges = new Set([...v.edges].filter((e) => nodes.has(graph.source(e)) && nodes.has(graph.target(e))));
  return { nodes, edges };
}
