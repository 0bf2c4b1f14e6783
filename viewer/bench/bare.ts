// Benchmark baseline: sigma alone rendering the same graph from the same API with the same settings, nothing else.
import Sigma from 'sigma';
import { DirectedGraph } from 'graphology';

async function main(): Promise<void> {
  const data = await (await fetch('../api/graph')).json();
  const graph = new DirectedGraph();
  graph.import(data);
  graph.forEachNode((k, a) => graph.mergeNodeAttributes(k, { color: '#d1495b', size: a.size ?? 4 }));
  // kg's edges carry their relationship in `type`, which sigma reads as the edge program: give sigma its own.
  graph.forEachEdge((e) => graph.setEdgeAttribute(e, 'type', 'arrow'));
  const renderer = new Sigma(graph, document.getElementById('sigma')!, {
    defaultEdgeType: 'arrow',
    enableEdgeEvents: true,
    labelFont: '"WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
    labelRenderedSizeThreshold: 8,
    zIndex: true,
  });
  (window as unknown as { kgViewer: unknown }).kgViewer = { renderer, graph };
  renderer.once('afterRender', () => (document.body.dataset.ready = 'true'));
  renderer.refresh();
}

void main();
