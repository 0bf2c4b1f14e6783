// Text that remembers, for every UTF-16 unit, the raw offset it came from; compressed to runs at the boundary.
import type { OffsetRuns } from '../types.ts';

export interface Tracked {
  readonly text: string;
  /** map[i] is the raw offset of text[i]; -1 for characters kg inserted (joining spaces). */
  readonly map: readonly number[];
}

/** The raw substring raw[start, end) as tracked text. */
export function track(raw: string, start = 0, end = raw.length): Tracked {
  const map = new Array<number>(end - start);
  for (let i = 0; i < map.length; i++) map[i] = start + i;
  return { text: raw.slice(start, end), map };
}

export function slice(t: Tracked, start: number, end = t.text.length): Tracked {
  return { text: t.text.slice(start, end), map: t.map.slice(start, end) };
}

export function concat(parts: readonly Tracked[]): Tracked {
  let text = '';
  const map: number[] = [];
  for (const p of parts) {
    text += p.text;
    for (const m of p.map) map.push(m);
  }
  return { text, map };
}

/** A character kg inserts (a joining space or paragraph break), mapped to `rawOffset` or to nothing (-1). */
export function inserted(ch: string, rawOffset = -1): Tracked {
  return { text: ch, map: Array.from({ length: ch.length }, () => rawOffset) };
}

/** Trim whitespace (incl. U+3000 ideographic space and U+FEFF) from both ends. */
export function trim(t: Tracked): Tracked {
  const m = /^[\s\u3000\ufeff]*/.exec(t.text);
  const start = m ? m[0].length : 0;
  const e = /[\s\u3000\ufeff]*$/.exec(t.text.slice(start));
  const end = t.text.length - (e ? e[0].length : 0);
  return slice(t, start, Math.max(start, end));
}

/** Replace every match of `re` (global) by the capture-free string `by(match)`; new characters map to the match start. */
export function replaceAll(t: Tracked, re: RegExp, by: (m: RegExpExecArray) => string): Tracked {
  const parts: Tracked[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    parts.push(slice(t, last, m.index));
    const rep = by(m);
    parts.push(mapReplacement(t, m.index, m[0], rep));
    last = m.index + m[0].length;
  }
  if (last === 0) return t;
  parts.push(slice(t, last));
  return concat(parts);
}

/** Keep the mapping of characters that survive from the match in order; others map to the match start. */
function mapReplacement(t: Tracked, at: number, match: string, rep: string): Tracked {
  const map: number[] = [];
  let j = 0;
  for (const ch of rep) {
    let k = match.indexOf(ch, j);
    if (k < 0) k = -1;
    for (let u = 0; u < ch.length; u++) map.push(k >= 0 ? t.map[at + k + u]! : t.map[at]!);
    if (k >= 0) j = k + ch.length;
  }
  return { text: rep, map };
}

/** Compress a per-character map to runs `[textStart, rawStart, length]` (inserted characters are left out). */
export function toRuns(map: readonly number[]): OffsetRuns {
  const runs: OffsetRuns = [];
  let i = 0;
  while (i < map.length) {
    const raw = map[i]!;
    if (raw < 0) {
      i++;
      continue;
    }
    let len = 1;
    while (i + len < map.length && map[i + len] === raw + len) len++;
    runs.push([i, raw, len]);
    i += len;
  }
  return runs;
}

/** Raw offset of text offset `pos` under `runs`, or undefined for an inserted character. */
export function rawOffsetOf(runs: OffsetRuns, pos: number): number | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [ts, rs, len] = runs[mid]!;
    if (pos < ts) hi = mid - 1;
    else if (pos >= ts + len) lo = mid + 1;
    else return rs + (pos - ts);
  }
  return undefined;
}

/** The raw span some tracked texts draw on: first and one-past-last raw offset (0, 0 when none maps anywhere). */
export function rawSpan(parts: readonly Tracked[]): { rawStart: number; rawEnd: number } {
  let rawStart = Infinity;
  let rawEnd = -Infinity;
  for (const p of parts) {
    for (const m of p.map) {
      if (m < 0) continue;
      if (m < rawStart) rawStart = m;
      if (m + 1 > rawEnd) rawEnd = m + 1;
    }
  }
  return Number.isFinite(rawStart) ? { rawStart, rawEnd } : { rawStart: 0, rawEnd: 0 };
}
