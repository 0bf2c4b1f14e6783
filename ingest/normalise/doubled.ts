// OCR-doubled bold text: a line printed as c1c1 c2c2 c3c3… (`朱志杰朱志杰、、`) collapses to c1c2c3; real repeats stay.
import type { Tracked } from '../text/tracked.ts';

/** Longest chunk looked for; doubled chunks in the seeds are 1–8 characters. */
const MAX_CHUNK = 16;
/** Lines longer than this are body text or a single-line dump, never a doubled bold line. */
const MAX_LINE = 400;
/** Share of non-space characters that must lie in doubled chunks for the line to count as doubled. */
const MIN_COVERAGE = 0.7;
/** Share of the doubled characters that must lie in chunks of two or more characters (rules out 高高兴兴-style reduplication). */
const MIN_LONG_CHUNK_SHARE = 0.5;

export interface DoubledResult {
  text: Tracked;
  doubled: boolean;
  /** Share of non-space characters covered by doubled chunks. */
  coverage: number;
}

/** Collapse a whole line when it is OCR-doubled; leave it untouched otherwise (so 年年, 看看, 做大做优做强 survive). */
export function collapseDoubled(line: Tracked): DoubledResult {
  const s = line.text;
  const n = s.length;
  const nonSpace = s.replace(/\s/g, '').length;
  if (n > MAX_LINE || nonSpace < 4) return { text: line, doubled: false, coverage: 0 };

  // best[i]: most characters coverable by doubled chunks in s[i..]; take[i]: chunk length chosen at i (0 = keep one char).
  const best = new Int32Array(n + 1);
  const long = new Int32Array(n + 1);
  const take = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    best[i] = best[i + 1]!;
    long[i] = long[i + 1]!;
    take[i] = 0;
    const maxK = Math.min(MAX_CHUNK, (n - i) >> 1);
    for (let k = 1; k <= maxK; k++) {
      if (!isDoubledChunk(s, i, k)) continue;
      const cover = 2 * k + best[i + 2 * k]!;
      if (cover > best[i]! || (cover === best[i]! && k > take[i]!)) {
        best[i] = cover;
        long[i] = (k >= 2 ? 2 * k : 0) + long[i + 2 * k]!;
        take[i] = k;
      }
    }
  }
  const coverage = best[0]! / nonSpace;
  const doubled = coverage >= MIN_COVERAGE && long[0]! >= best[0]! * MIN_LONG_CHUNK_SHARE;
  if (!doubled) return { text: line, doubled: false, coverage };

  let text = '';
  const map: number[] = [];
  for (let i = 0; i < n; ) {
    const k = take[i]!;
    const len = k === 0 ? 1 : k;
    text += s.slice(i, i + len);
    for (let j = 0; j < len; j++) map.push(line.map[i + j]!);
    i += k === 0 ? 1 : 2 * k;
  }
  return { text: { text, map }, doubled: true, coverage };
}

function isDoubledChunk(s: string, i: number, k: number): boolean {
  for (let j = 0; j < k; j++) if (s.charCodeAt(i + j) !== s.charCodeAt(i + k + j)) return false;
  const chunk = s.slice(i, i + k);
  // Digits repeat in numbers (666622) and spaces are layout, not doubling.
  return !/^[\d\s]+$/.test(chunk);
}
