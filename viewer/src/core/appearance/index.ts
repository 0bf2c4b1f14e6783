// Appearance from state, never written into the graph: colours by kind or community, sizes by a metric, and the
// sigma reducers that hide, dim and highlight.
import type { EdgeAttributes, KgGraph, NodeAttributes, NodeKind, RelType } from '../../../../graph/model/types.ts';
import type { Visibility } from '../filters/index.ts';

export const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  Person: '#d1495b',
  Title: '#edae49',
  Organization: '#00798c',
  Enterprise: '#30638e',
  Event: '#6a4c93',
  Place: '#8ac926',
  Article: '#9e9e9e',
};

export const KIND_NAMES: Readonly<Record<NodeKind, string>> = {
  Person: '人物 Person',
  Title: '职务 Title',
  Organization: '机构 Organization',
  Enterprise: '企业 Enterprise',
  Event: '事件 Event',
  Place: '地点 Place',
  Article: '报道 Article',
};

/** How the legend names each relationship type. */
export const REL_NAMES: Readonly<Record<RelType, string>> = {
  HOLDS: '任职 holds',
  CHAIRED: '主持 chaired',
  LED: '带队 led',
  ATTENDED: '出席 attended',
  ADDRESSED: '讲话 addressed',
  MET: '会见 met',
  VISITED: '到访 visited',
  AT: '地点 at',
  HELD_BY: '主办 held by',
  REPORTED_IN: '报道 reported in',
  WROTE: '撰稿 wrote',
  MENTIONED_IN: '提及 mentioned in',
};

const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#46f0f0', '#f032e6', '#bcf60c', '#008080', '#9a6324', '#800000', '#808000', '#000075', '#808080'];
export const communityColor = (c: number) => PALETTE[c % PALETTE.length]!;

const DIM_NODE = '#e2e2e2';
const DIM_EDGE = '#f0f0f0';
const EDGE = '#c8c8c8';
const EDGE_HIGHLIGHT = '#444444';

/** Node sizes 3–18 by the square root of a metric, so hubs stand out without hiding the rest. */
export function sizesFrom(values: ReadonlyMap<string, number>): Map<string, number> {
  let max = 0;
  for (const v of values.values()) if (v > max) max = v;
  const out = new Map<string, number>();
  for (const [k, v] of values) out.set(k, 3 + (max > 0 ? 15 * Math.sqrt(v / max) : 0));
  return out;
}

export interface Appearance {
  colors: ReadonlyMap<string, string>;
  sizes: ReadonlyMap<string, number>;
  visible: Visibility;
  /** Nodes to emphasise (the focus and its neighbours, or a query's result); everything else is dimmed. */
  highlight?: ReadonlySet<string>;
  focus?: string;
  hovered?: string;
}

type NodeDisplay = Partial<{ x: number; y: number; size: number; color: string; label: string | null; hidden: boolean; highlighted: boolean; zIndex: number; forceLabel: boolean }>;
type EdgeDisplay = Partial<{ size: number; color: string; hidden: boolean; zIndex: number }>;

export function nodeReducer(ap: Appearance) {
  return (node: string, data: NodeAttributes & NodeDisplay): NodeDisplay => {
    const res: NodeDisplay = { ...data, size: ap.sizes.get(node) ?? 4, color: ap.colors.get(node) ?? '#999' };
    if (!ap.visible.nodes.has(node)) return { ...res, hidden: true };
    if (ap.highlight && !ap.highlight.has(node)) return { ...res, color: DIM_NODE, label: null, zIndex: 0 };
    if (node === ap.focus || node === ap.hovered) return { ...res, highlighted: true, forceLabel: true, zIndex: 2 };
    if (ap.highlight) return { ...res, forceLabel: ap.highlight.size <= 60, zIndex: 1 };
    return res;
  };
}

export function edgeReducer(ap: Appearance, graph: KgGraph) {
  return (edge: string, data: EdgeAttributes & EdgeDisplay): EdgeDisplay => {
    const res: EdgeDisplay = { size: 1, color: EDGE };
    if (!ap.visible.edges.has(edge)) return { ...res, hidden: true };
    if (ap.highlight) {
      const on = ap.highlight.has(graph.source(edge)) && ap.highlight.has(graph.target(edge));
      return on ? { size: 2, color: EDGE_HIGHLIGHT, zIndex: 1 } : { ...res, color: DIM_EDGE, zIndex: 0 };
    }
    return data.type === 'CO_ATTENDED' ? { ...res, size: 1 + (data.weight ?? 1) } : res;
  };
}
