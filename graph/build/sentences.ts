// Sentences of an article's text with their spans, and the evidence record that points a sentence back into the raw file.
import type { Article } from '../../ingest/types.ts';
import { rawOffsetOf } from '../../ingest/text/tracked.ts';
import type { Evidence } from '../model/types.ts';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Split at 。！？ (keeping closing quotes with their sentence) and at paragraph breaks. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(/[^。！？\n]+(?:[。！？]+[”’」』）]*)?/g)) {
    const s = m[0].trim();
    if (s) out.push({ text: s, start: m.index + m[0].indexOf(s), end: m.index + m[0].indexOf(s) + s.length });
  }
  return out;
}

export function evidenceOf(article: Article, s: Sentence): Evidence {
  let rawStart = -1;
  let rawEnd = -1;
  for (let i = s.start; i < s.end && rawStart < 0; i++) rawStart = rawOffsetOf(article.offsets, i) ?? -1;
  for (let i = s.end - 1; i >= s.start && rawEnd < 0; i--) rawEnd = (rawOffsetOf(article.offsets, i) ?? -2) + 1;
  return { article: article.id, file: article.file, sentence: s.text, rawStart, rawEnd };
}
