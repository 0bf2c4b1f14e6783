// Query values: as text (the same in the terminal, CSV and the viewer's table), and relationships from their ids.
import type { QueryValue, RelValue } from './types.ts';

/** Lists are joined with `sep` (、 in tables; ` | ` in CSV, where sentences may hold 、). */
export function cellText(v: QueryValue, sep = '、'): string {
  if (v === null) return '';
  if (Array.isArray(v)) return v.map((x) => cellText(x, sep)).join(sep);
  if (typeof v === 'object') {
    if ('$node' in v) return String((v as { $node: { label: string } }).$node.label);
    if ('$rel' in v) return String((v as { $rel: { type: string } }).$rel.type);
    return JSON.stringify(v);
  }
  return String(v);
}

/** A stored relationship as a query value: its endpoints read off its id (`TYPE:source->target`). */
export function relValue(id: string, type: string): RelValue {
  const m = /^[A-Z_]+:(.+?)->(.+)$/.exec(id);
  return { $rel: { id, type, source: m?.[1] ?? '', target: m?.[2] ?? '' } };
}
