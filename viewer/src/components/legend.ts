// Legend: one line per node kind with its colour and count; unticking a kind hides it.
import { NODE_KINDS, type KgGraph, type NodeKind } from '../../../graph/model/types.ts';
import { KIND_COLORS, KIND_NAMES } from '../core/appearance/index.ts';
import { el } from './dom.ts';

export function legend(graph: KgGraph, hidden: readonly NodeKind[], onToggle: (kind: NodeKind, shown: boolean) => void): HTMLElement {
  const counts = new Map<NodeKind, number>();
  graph.forEachNode((_k, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  return el(
    'fieldset',
    { class: 'legend', id: 'legend' },
    el('legend', {}, 'Nodes'),
    ...NODE_KINDS.filter((k) => counts.has(k)).map((k) =>
      el(
        'label',
        { class: 'legend-item' },
        el('input', { type: 'checkbox', checked: !hidden.includes(k), 'data-kind': k, onchange: (e: Event) => onToggle(k, (e.target as HTMLInputElement).checked) }),
        el('span', { class: 'swatch', style: `background:${KIND_COLORS[k]}` }),
        `${KIND_NAMES[k]} (${counts.get(k)})`,
      ),
    ),
  );
}
