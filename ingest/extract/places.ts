// Place recogniser: named jurisdictions (金华市, 古山镇), well-known places (浙江, 上海) and named sites (南溪湾公园).
import { KNOWN_PLACES, PLACE_SUFFIXES } from './lexicon/places.ts';
import { NOT_PLACE_START } from './lexicon/titles.ts';
import { allHan, leftOpen } from './chars.ts';
import type { Span } from './persons.ts';

/** Places: known names (with their level if printed) and 2–4 Han characters before a place suffix, standing as a word. */
export function places(text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!leftOpen(text, i) || NOT_PLACE_START.has(text[i]!)) continue;
    const known = KNOWN_PLACES.find((p) => text.startsWith(p, i));
    let best: Span | undefined;
    if (known) {
      const level = PLACE_SUFFIXES.find((s) => text.startsWith(s, i + known.length) && s.length <= 3);
      best = { start: i, end: i + known.length + (level && ['省', '市', '县', '区'].includes(level) ? level.length : 0) };
    }
    for (let len = 2; len <= 4 && !best; len++) {
      const name = text.slice(i, i + len);
      if (!allHan(name)) break;
      const suffix = PLACE_SUFFIXES.find((s) => text.startsWith(s, i + len));
      if (suffix && !PLACE_SUFFIXES.some((s) => name.endsWith(s))) best = { start: i, end: i + len + suffix.length };
    }
    if (best) {
      out.push(best);
      i = best.end - 1;
    }
  }
  return out;
}
