// Strict span scoring of mentions against gold: precision, recall and F1 per kind.
import { MENTION_KINDS, type MentionKind } from '../types.ts';

export interface Span {
  kind: MentionKind;
  start: number;
  end: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Scores = Map<MentionKind, Counts>;

export const KINDS = MENTION_KINDS;

export function emptyScores(): Scores {
  return new Map(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
}

/** Add one document's predictions against its gold (same kind, same start and end counts as a hit). */
export function score(scores: Scores, predicted: readonly Span[], gold: readonly Span[]): void {
  const key = (s: Span) => `${s.kind}:${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  for (const p of predicted) {
    const c = scores.get(p.kind);
    if (c) goldKeys.has(key(p)) ? c.tp++ : c.fp++;
  }
  for (const g of gold) {
    const c = scores.get(g.kind);
    if (c && !predKeys.has(key(g))) c.fn++;
  }
}

/** Add one set of counts to another, kind by kind. */
export function addScores(into: Scores, from: Scores): void {
  for (const [kind, c] of from) {
    const t = into.get(kind);
    if (!t) continue;
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** A markdown table of the scores, one row per kind (`kinds`: only these, as a corpus that has no titles wants). */
export function table(title: string, scores: Scores, kinds: readonly MentionKind[] = KINDS): string {
  const rows = [...scores].filter(([k]) => kinds.includes(k)).map(([k, c]) => {
    const { p, r, f1 } = prf(c);
    return `| ${k} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f1.toFixed(3)} | ${c.tp + c.fn} | ${c.tp + c.fp} |`;
  });
  return [`${title}`, '', '| kind | precision | recall | F1 | gold | predicted |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** Gold strings per kind, and under `none` strings that hold no mention (a doctrine named after a leader). */
export type GoldStrings = Partial<Record<MentionKind | 'none', string[]>>;

/**
 * Gold given as strings per kind: every occurrence in `text`, longest strings first, never overlapping. A `none`
 * string's occurrences are claimed like the others but give no span (习近平 inside 习近平新时代…思想 is no person).
 */
export function spansOfStrings(text: string, byKind: GoldStrings): Span[] {
  const items = Object.entries(byKind).flatMap(([kind, list]) =>
    (list ?? []).map((s) => ({ kind: kind as MentionKind | 'none', s })),
  );
  items.sort((a, b) => b.s.length - a.s.length);
  const taken = new Uint8Array(text.length);
  const out: Span[] = [];
  for (const { kind, s } of items) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      if (taken.subarray(i, i + s.length).some((x) => x)) continue;
      taken.fill(1, i, i + s.length);
      if (kind !== 'none') out.push({ kind, start: i, end: i + s.length });
    }
  }
  return out;
}
