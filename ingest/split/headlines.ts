// Attach headline units to the article they belong to by what they say (IDF-weighted character bigrams), not where they stand.

/** A unit's best article must score at least this (share of the unit's weighted bigrams found in it). */
export const MIN_HEADLINE_SCORE = 0.25;
/** Scores closer than this count as a tie, broken by adjacency on the page. */
const TIE = 0.05;

/** Character bigrams within runs of Han, letters and digits (`优化营商环境 对冲疫情影响` never pairs 境对). */
export function bigrams(s: string): string[] {
  const out: string[] = [];
  for (const run of s.match(/[\p{Script=Han}\p{L}\p{N}]+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    if (chars.length === 1) out.push(chars[0]!);
  }
  return out;
}

export interface Assignment {
  /** Index into the candidates, or -1 when no article claims the unit. */
  article: number;
  score: number;
}

export function bigramSet(s: string): Set<string> {
  return new Set(bigrams(s));
}

/**
 * Score every unit of a headline stack against the candidate articles' bigram sets; a unit goes to the best-scoring
 * article when the score clears MIN_HEADLINE_SCORE. `adjacent` lists the candidates next to the stack, preferred on a tie.
 */
export function assignHeadlines(units: readonly string[], sets: readonly Set<string>[], adjacent: readonly number[]): Assignment[] {
  const n = sets.length;
  const df = (b: string) => sets.reduce((k, s) => k + (s.has(b) ? 1 : 0), 0);
  const weight = (d: number) => Math.log((n + 1) / (Math.max(d, 1) + 0.5));
  return units.map((unit) => {
    const grams = bigrams(unit);
    if (grams.length === 0 || n === 0) return { article: -1, score: 0 };
    const w = grams.map((g) => weight(df(g)));
    const total = w.reduce((a, b) => a + b, 0);
    const scores = sets.map((s) => grams.reduce((acc, g, i) => acc + (s.has(g) ? w[i]! : 0), 0) / total);
    let best = -1;
    let bestScore = 0;
    scores.forEach((sc, i) => {
      if (sc > bestScore) {
        best = i;
        bestScore = sc;
      }
    });
    if (best < 0 || bestScore < MIN_HEADLINE_SCORE) return { article: -1, score: bestScore };
    const near = adjacent.filter((i) => scores[i]! >= bestScore - TIE);
    return { article: near[0] ?? best, score: bestScore };
  });
}
