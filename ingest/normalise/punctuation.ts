// Character classes the normaliser and splitter share: sentence ends, clause marks, display width.

/** A line that ends a sentence: 。！？… possibly followed by closing quotes or brackets. */
export const SENTENCE_END = /[。！？!?…][”’」』）)"']*$/;

/** Clause punctuation that headlines rarely contain and body lines usually do. */
export const CLAUSE_MARK = /[，、；：。,;:]/g;

export function endsSentence(s: string): boolean {
  return SENTENCE_END.test(s);
}

export function clauseMarks(s: string): number {
  return (s.match(CLAUSE_MARK) ?? []).length;
}

/** Display width in CJK cells: ASCII letters, digits and spaces count half. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) < 0x80 ? 0.5 : 1;
  return w;
}
