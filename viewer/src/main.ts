// The viewer: loads the graph from kg serve, renders it with sigma, and keeps appearance in reducers over a small state.
import './style.css';
import Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import type { EdgeAttributes, KgGraph, NodeAttributes, NodeKind, RelType } from '../../graph/model/types.ts';
import { fetchGraph, type QueryResponse } from './core/api/index.ts';
import { KIND_COLORS, communityColor, edgeReducer, nodeReducer, sizesFrom, type Appearance } from './core/appearance/index.ts';
import { download, visibleGexf } from './core/export/index.ts';
import { visibility } from './core/filters/index.ts';
import { initialPositions, LayoutSupervisor } from './core/layout/index.ts';
import { betweenness, communities, degrees } from './core/metrics/index.ts';
import { searchIndex, type SearchEntry } from './core/search/index.ts';
import { timeline } from './core/time/index.ts';
import type { ViewState } from './core/types.ts';
import { fromFragment, toFragment } from './core/url/index.ts';
import { clear, el } from './components/dom.ts';
import { filters } from './components/filters.ts';
import { legend } from './components/legend.ts';
import { queriesPanel } from './components/queries.ts';
import { searchBox } from './components/search.ts';
import { edgePanel, nodePanel } from './components/sidepanel.ts';
import { timebar } from './components/timebar.ts';

declare global {
  interface Window {
    kgViewer?: { renderer: Sigma<NodeAttributes, EdgeAttributes>; graph: KgGraph; state: () => ViewState; visibleNodes: () => number };
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function main(): Promise<void> {
  const status = $('status');
  let graph: KgGraph;
  try {
    graph = await fetchGraph();
  } catch (e) {
    status.textContent = `Could not load the graph: ${(e as Error).message}`;
    return;
  }
  initialPositions(graph);
  let state = fromFragment(location.hash);
  if (state.focus && !graph.hasNode(state.focus)) delete state.focus;
  const line = timeline(graph);
  let queryNodes: Set<string> | undefined;
  let index: SearchEntry[] | undefined;

  const ap: Appearance = { colors: new Map(), sizes: new Map(), visible: { nodes: new Set(), edges: new Set() } };
  const recomputeAppearance = () => {
    ap.sizes = sizesFrom(state.size === 'betweenness' ? betweenness(graph, ap.visible) : degrees(graph, ap.visible));
    if (state.color === 'community') {
      const parts = communities(graph, ap.visible);
      ap.colors = new Map(graph.mapNodes((k) => [k, parts.has(k) ? communityColor(parts.get(k)!) : '#ccc'] as const));
    } else ap.colors = new Map(graph.mapNodes((k, a) => [k, KIND_COLORS[a.kind]] as const));
  };
  const recomputeHighlight = () => {
    ap.focus = state.focus;
    if (queryNodes && !state.isolate) ap.highlight = queryNodes;
    else if (state.focus && state.ego === 0 && ap.visible.nodes.has(state.focus)) ap.highlight = new Set([state.focus, ...graph.neighbors(state.focus)]);
    else delete ap.highlight;
  };
  const recompute = () => {
    ap.visible = visibility(graph, state, line, queryNodes);
    recomputeAppearance();
    recomputeHighlight();
    status.textContent = `${ap.visible.nodes.size} of ${graph.order} nodes, ${ap.visible.edges.size} of ${graph.size} relationships shown`;
  };
  recompute();

  const renderer = new Sigma(graph, $('sigma'), {
    nodeReducer: nodeReducer(ap) as never,
    edgeReducer: edgeReducer(ap, graph) as never,
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
    labelFont: '"WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
    labelRenderedSizeThreshold: 8,
    zIndex: true,
  });
  const layout = new LayoutSupervisor(graph);

  /** Apply a change of state: recompute what it affects, refresh sigma without reindexing, keep the URL in step. */
  const update = (patch: Partial<ViewState>, what: 'filters' | 'appearance' | 'highlight' = 'filters') => {
    state = { ...state, ...patch };
    for (const k of Object.keys(patch) as (keyof ViewState)[]) if (patch[k] === undefined) delete state[k];
    if (what === 'filters') recompute();
    else if (what === 'appearance') recomputeAppearance(), recomputeHighlight();
    else recomputeHighlight();
    renderer.refresh({ skipIndexation: true });
    history.replaceState(null, '', `#${toFragment(state)}`);
  };

  const panel = $('panel');
  const handlers = {
    onFocus: (node: string) => focus(node),
    onEdge: (edge: string) => edgePanel(panel, graph, edge, handlers),
  };
  const focus = (node: string | undefined) => {
    if (!node) {
      update({ focus: undefined }, state.ego ? 'filters' : 'highlight');
      return;
    }
    update({ focus: node }, state.ego ? 'filters' : 'highlight');
    nodePanel(panel, graph, node, handlers);
    const d = renderer.getNodeDisplayData(node);
    if (d) void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
  };

  // Controls.
  $('search-slot').replaceWith(searchBox(() => (index ??= searchIndex(graph)), (key) => focus(key)));
  const left = $('left');
  const legendBox = () =>
    legend(graph, state.hiddenKinds, (kind: NodeKind, shown) => update({ hiddenKinds: shown ? state.hiddenKinds.filter((k) => k !== kind) : [...state.hiddenKinds, kind] }));
  left.append(
    legendBox(),
    filters(graph, state, {
      onType: (type: RelType, shown) => update({ hiddenTypes: shown ? state.hiddenTypes.filter((t) => t !== type) : [...state.hiddenTypes, type] }),
      onSize: (size) => update({ size }, 'appearance'),
      onColor: (color) => update({ color }, 'appearance'),
      onEgo: (ego) => update({ ego }),
      onLayout: () => {
        if (layout.running) layout.stop();
        else layout.start();
        return layout.running;
      },
    }),
    queriesPanel(state, {
      onResult: (name, params, r: QueryResponse) => {
        queryNodes = new Set(r.subgraph.nodes.map((n) => n.key).filter((k) => graph.hasNode(k)));
        update({ query: name, params });
      },
      onIsolate: (isolate) => update({ isolate }),
      onClear: () => {
        queryNodes = undefined;
        update({ query: undefined, params: {}, isolate: false });
      },
    }),
  );
  $('time-slot').append(timebar(line, state, { onRange: (from, to) => update({ from, to }), onUndated: (undated) => update({ undated }) }));

  // Canvas events.
  const tooltip = $('tooltip');
  renderer.on('clickNode', ({ node }) => focus(node));
  renderer.on('clickEdge', ({ edge }) => edgePanel(panel, graph, edge, handlers));
  renderer.on('clickStage', () => focus(undefined));
  renderer.on('enterNode', ({ node, event }) => {
    const a = graph.getNodeAttributes(node);
    clear(tooltip, el('strong', {}, a.label), a.pinyin ? el('div', {}, a.pinyin) : '', el('div', { class: 'muted' }, a.kind));
    tooltip.style.left = `${event.x + 12}px`;
    tooltip.style.top = `${event.y + 12}px`;
    tooltip.hidden = false;
    ap.hovered = node;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    tooltip.hidden = true;
    delete ap.hovered;
    renderer.refresh({ skipIndexation: true });
  });

  // Export and reset.
  $('export-gexf').addEventListener('click', () => download('kg-view.gexf', new Blob([visibleGexf(graph, ap.visible)], { type: 'application/gexf+xml' })));
  $('export-png').addEventListener('click', () => void downloadAsPNG(renderer as unknown as Sigma, { fileName: 'kg-view', backgroundColor: '#ffffff' }));
  $('reset-view').addEventListener('click', () => {
    queryNodes = undefined;
    location.hash = '';
    location.reload();
  });
  window.addEventListener('beforeunload', () => layout.running && layout.stop());

  if (state.focus) focus(state.focus);
  window.kgViewer = { renderer, graph, state: () => state, visibleNodes: () => ap.visible.nodes.size };
  renderer.once('afterRender', () => (document.body.dataset.ready = 'true'));
  renderer.refresh();
}

void main();
