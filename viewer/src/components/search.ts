// Search box with autocomplete (Chinese, aliases, pinyin); picking a result focuses the node.
import { search, type SearchEntry } from '../core/search/index.ts';
import { KIND_COLORS } from '../core/appearance/index.ts';
import { clear, el } from './dom.ts';

export function searchBox(index: () => SearchEntry[], onPick: (key: string) => void): HTMLElement {
  const list = el('ul', { class: 'suggestions', id: 'search-results', role: 'listbox' });
  const input = el('input', { id: 'search', type: 'search', placeholder: '搜索 Search people, titles, bodies (汉字 or pinyin)', autocomplete: 'off', 'aria-label': 'Search' });
  let results: SearchEntry[] = [];
  const pick = (e: SearchEntry) => {
    input.value = e.label;
    clear(list);
    onPick(e.key);
  };
  input.addEventListener('input', () => {
    results = search(index(), input.value);
    clear(
      list,
      ...results.map((r) =>
        el('li', { role: 'option', 'data-key': r.key, onmousedown: (ev: Event) => (ev.preventDefault(), pick(r)) }, el('span', { class: 'swatch', style: `background:${KIND_COLORS[r.kind]}` }), r.label, r.pinyin ? el('small', {}, ` ${r.pinyin}`) : null, el('small', { class: 'kind' }, ` ${r.kind}`)),
      ),
    );
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && results[0]) pick(results[0]);
    if (ev.key === 'Escape') clear(list);
  });
  input.addEventListener('blur', () => setTimeout(() => clear(list), 150));
  return el('div', { class: 'search' }, input, list);
}
