// Search with autocomplete: people, titles, organisations, enterprises and places by Chinese name, alias or pinyin.
import type { KgGraph, NodeKind } from '../../../../graph/model/types.ts';

export interface SearchEntry {
  key: string;
  label: string;
  kind: NodeKind;
  /** Lower-case forms matched against: label, aliases, pinyin with and without spaces, pinyin initials. */
  forms: string[];
  pinyin?: string;
}

const SEARCHABLE: ReadonlySet<NodeKind> = new Set(['Person', 'Title', 'Organization', 'Enterprise', 'Place']);

export function searchIndex(graph: KgGraph): SearchEntry[] {
  const out: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    if (!SEARCHABLE.has(a.kind)) return;
    const forms = [a.label, ...(a.aliases ?? [])];
    if (a.pinyin) {
      const py = a.pinyin.toLowerCase();
      forms.push(py, py.replace(/\s+/g, ''), py.split(/\s+/).map((s) => s[0]).join(''));
    }
    out.push({ key, label: a.label, kind: a.kind, forms: forms.map((f) => f.toLowerCase()), ...(a.pinyin ? { pinyin: a.pinyin } : {}) });
  });
  return out;
}

/** Best matches first: an exact form, then a form starting with the query, then one containing it; people first on ties. */
export function search(index: readonly SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return [];
  const compact = q.replace(/\s+/g, '');
  const scored: [number, SearchEntry][] = [];
  for (const e of index) {
    let best = Infinity;
    for (const f of e.forms) {
      const s = f === q || f === compact ? 0 : f.startsWith(q) || f.startsWith(compact) ? 1 : f.includes(q) || f.includes(compact) ? 2 : Infinity;
      if (s < best) best = s;
    }
    if (best < Infinity) scored.push([best * 10 + (e.kind === 'Person' ? 0 : 1), e]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].label.length - b[1].label.length || (a[1].label < b[1].label ? -1 : 1))
    .slice(0, limit)
    .map(([, e]) => e);
}
