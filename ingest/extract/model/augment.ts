// Mention replacement: copies of annotated sentences with each entity swapped for another of its label, so that the
// tagger learns the contexts that mark a name rather than the few names its sentences hold.
import type { Row } from '../eval/datasets.ts';

/** Entities of one label, grouped by length in characters (a surname alone is replaced by a surname alone). */
export type Pool = ReadonlyMap<string, readonly string[]>;

const lengthClass = (chars: number) => Math.min(chars, 4);
const poolKey = (label: string, chars: number) => `${label}/${lengthClass(chars)}`;

/** Every entity the rows mark, by label and length class, as printed (each distinct surface once). */
export function entityPool(rows: readonly Row[], labels: ReadonlySet<string>): Pool {
  const pool = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const [label, ents] of Object.entries(row.label ?? {})) {
      if (!labels.has(label)) continue;
      for (const surface of Object.keys(ents)) {
        const key = poolKey(label, Array.from(surface).length);
        let set = pool.get(key);
        if (!set) pool.set(key, (set = new Set()));
        set.add(surface);
      }
    }
  }
  return new Map([...pool].map(([k, s]) => [k, [...s].sort()]));
}

interface Placed {
  label: string;
  start: number;
  end: number;
}

/** A row's spans of the chosen labels, in order, none overlapping another (a nested span keeps the row unchanged). */
function placedSpans(row: Row, labels: ReadonlySet<string>): Placed[] | null {
  const out: Placed[] = [];
  for (const [label, ents] of Object.entries(row.label ?? {})) {
    for (const spans of Object.values(ents)) for (const [s, e] of spans) out.push({ label, start: s, end: e + 1 });
  }
  out.sort((a, b) => a.start - b.start);
  for (let i = 1; i < out.length; i++) if (out[i]!.start < out[i - 1]!.end) return null;
  return out.filter((p) => labels.has(p.label)).length ? out : null;
}

/**
 * One copy of a row with each entity of the chosen labels replaced by one drawn from the pool (same label and length
 * class); other entities keep their text and move with it. Null when the row has none to replace.
 */
export function replaceMentions(row: Row, pool: Pool, labels: ReadonlySet<string>, rnd: () => number): Row | null {
  const spans = placedSpans(row, labels);
  if (!spans) return null;
  const chars = Array.from(row.text);
  const parts: string[] = [];
  const label: Row['label'] = {};
  let at = 0;
  let shift = 0;
  for (const p of spans) {
    parts.push(chars.slice(at, p.start).join(''));
    const printed = chars.slice(p.start, p.end).join('');
    const choices = labels.has(p.label) ? pool.get(poolKey(p.label, p.end - p.start)) : undefined;
    const surface = choices?.length ? choices[Math.floor(rnd() * choices.length)]! : printed;
    const n = Array.from(surface).length;
    const start = p.start + shift;
    ((label[p.label] ??= {})[surface] ??= []).push([start, start + n - 1]);
    parts.push(surface);
    shift += n - (p.end - p.start);
    at = p.end;
  }
  parts.push(chars.slice(at).join(''));
  return { text: parts.join(''), label };
}

/** `copies` replaced copies of each row that holds an entity of the chosen labels, after the rows themselves. */
export function augmented(
  rows: readonly Row[],
  labels: ReadonlySet<string>,
  copies: number,
  rnd: () => number,
): Row[] {
  if (copies <= 0) return [...rows];
  const pool = entityPool(rows, labels);
  const out = [...rows];
  for (let c = 0; c < copies; c++) {
    for (const row of rows) {
      const copy = replaceMentions(row, pool, labels, rnd);
      if (copy) out.push(copy);
    }
  }
  return out;
}
