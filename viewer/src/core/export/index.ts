// Exporting what the view shows: the visible subgraph as dynamic GEXF 1.3 (kg's own writer), and the canvas as PNG.
import { emptyGraph } from '../../../../graph/model/graph.ts';
import { toGexf } from '../../../../graph/export/gexf.ts';
import type { KgGraph } from '../../../../graph/model/types.ts';
import type { Visibility } from '../filters/index.ts';

/** The visible part of the graph, positions kept (Gephi reads them as viz:position when present). */
export function visibleSubgraph(graph: KgGraph, v: Visibility): KgGraph {
  const sub: KgGraph = emptyGraph();
  for (const n of v.nodes) sub.addNode(n, { ...graph.getNodeAttributes(n) });
  for (const e of v.edges) sub.addEdgeWithKey(e, graph.source(e), graph.target(e), { ...graph.getEdgeAttributes(e) });
  return sub;
}

export function visibleGexf(graph: KgGraph, v: Visibility): string {
  return toGexf(visibleSubgraph(graph, v));
}

export function download(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
