// Scoring a predictor on a part of an annotated corpus, in that corpus's terms (its kinds, its conventions).
import { extract } from '../index.ts';
import type { Tagger } from '../model/tagger.ts';
import { spansOf, tagSentence } from '../model/tagger.ts';
import { emptyScores, prf, score, table, type Scores, type Span } from './score.ts';
import { MENTION_KINDS } from '../types.ts';
import { goldSpans, predictedSpans, scoredKinds, type Corpus, type PredictedSpan, type Row } from './datasets.ts';

/** Mentions found in a sentence (UTF-16 spans). */
export type Predict = (text: string) => readonly PredictedSpan[];

/** What kg reports: rules, then the tagger (`tagger` given, else the shipped one; false: rules only). */
export function extractor(tagger: Tagger | boolean = true): Predict {
  return (text) => extract(text, { model: tagger }).output;
}

/** The tagger alone, without the rules. */
export function taggerAlone(tagger: Tagger): Predict {
  return (text) => spansOf(text, tagSentence(tagger, text));
}

export function measure(corpus: Corpus, rows: readonly Row[], predict: Predict): Scores {
  const scores = emptyScores();
  for (const row of rows) score(scores, predictedSpans(predict(row.text), corpus, row.text), goldSpans(row, corpus));
  return scores;
}

export function corpusTable(corpus: Corpus, title: string, scores: Scores): string {
  return table(title, scores, scoredKinds(corpus));
}

/** F1 of each kind the corpus is scored on, as `person 0.812 organization 0.701 …`. */
export function f1Line(corpus: Corpus, scores: Scores): string {
  return scoredKinds(corpus).map((k) => `${k} ${prf(scores.get(k)!).f1.toFixed(3)}`).join(' ');
}

/** The header of a summary table: one column per kg kind. */
export function summaryHeader(): string {
  return ['| | ' + MENTION_KINDS.join(' | ') + ' |', '| --- |' + ' --- |'.repeat(MENTION_KINDS.length)].join('\n');
}

/** A summary row of F1 per kind (`—` where the corpus does not score the kind: People's Daily has no titles). */
export function f1Row(label: string, corpus: Corpus, scores: Scores): string {
  const kinds = scoredKinds(corpus);
  const cells = MENTION_KINDS.map((k) => (kinds.includes(k) ? prf(scores.get(k)!).f1.toFixed(3) : '—'));
  return `| ${label} | ${cells.join(' | ')} |`;
}

/** A summary row of precision / recall per kind. */
export function prRow(label: string, scores: Scores): string {
  const cells = MENTION_KINDS.map((k) => {
    const { p, r } = prf(scores.get(k)!);
    return `${p.toFixed(3)} / ${r.toFixed(3)}`;
  });
  return `| ${label} | ${cells.join(' | ')} |`;
}
