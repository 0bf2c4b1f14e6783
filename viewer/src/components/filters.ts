// Relationship types, metrics for size and colour, ego depth and the layout button.
import { REL_TYPES, type KgGraph, type RelType } from '../../../graph/model/types.ts';
import type { ViewState } from '../core/types.ts';
import { REL_NAMES } from '../core/appearance/index.ts';
import { el } from './dom.ts';

export interface FilterHandlers {
  onType(type: RelType, shown: boolean): void;
  onSize(metric: ViewState['size']): void;
  onColor(metric: ViewState['color']): void;
  onEgo(depth: ViewState['ego']): void;
  onLayout(): boolean;
}

export function filters(graph: KgGraph, state: ViewState, h: FilterHandlers): HTMLElement {
  const counts = new Map<string, number>();
  graph.forEachEdge((_e, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  const select = (id: string, value: string, options: [string, string][], on: (v: string) => void) =>
    el('select', { id, onchange: (e: Event) => on((e.target as HTMLSelectElement).value) }, ...options.map(([v, t]) => el('option', { value: v, selected: v === value }, t)));
  const layoutButton = el('button', { id: 'layout-toggle', type: 'button' }, 'Start layout');
  layoutButton.addEventListener('click', () => (layoutButton.textContent = h.onLayout() ? 'Stop layout' : 'Start layout'));
  return el(
    'div',
    { class: 'filters' },
    el(
      'fieldset',
      { id: 'rel-types' },
      el('legend', {}, 'Relationships'),
      ...REL_TYPES.filter((t) => counts.has(t)).map((t) =>
        el('label', {}, el('input', { type: 'checkbox', checked: !state.hiddenTypes.includes(t), 'data-type': t, onchange: (e: Event) => h.onType(t, (e.target as HTMLInputElement).checked) }), `${REL_NAMES[t]} (${counts.get(t)})`),
      ),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Appearance'),
      el('label', {}, 'Size by ', select('size-metric', state.size, [['degree', 'degree'], ['betweenness', 'betweenness']], (v) => h.onSize(v as ViewState['size']))),
      el('label', {}, 'Colour by ', select('color-metric', state.color, [['kind', 'kind'], ['community', 'Louvain community']], (v) => h.onColor(v as ViewState['color']))),
      el('label', {}, 'Focus shows ', select('ego-depth', String(state.ego), [['0', 'neighbours highlighted'], ['1', 'ego network, depth 1'], ['2', 'ego network, depth 2']], (v) => h.onEgo(Number(v) as ViewState['ego']))),
      layoutButton,
    ),
  );
}
