// Script of a decoded text: a file printed in traditional characters is read in simplified ones, character for
// character (every offset into the file stays exact): kg's rules, lexicons and tagger are made for simplified text.
import { Converter } from 'opencc-js/t2cn';

/** A text is traditional when at least this many of its Han characters, and this share of them, read otherwise. */
const MIN_CHANGED = 20;
const MIN_SHARE = 0.03;
/** Characters looked at before converting a whole file: a simplified one changes none of them. */
const SAMPLE = 4000;

let convert: ((text: string) => string) | undefined;
const converter = () => (convert ??= Converter({ from: 't', to: 'cn' }));

/** How many characters differ between two strings of one length. */
function differing(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) n++;
  return n;
}

/** The text in simplified characters, one for one; where a phrase would change its length, character by character. */
export function simplify(text: string): string {
  const whole = converter()(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const c of text) {
    const s = converter()(c);
    out += s.length === c.length ? s : c;
  }
  return out;
}

/**
 * The text in simplified characters and how many changed, where it is printed in traditional ones; undefined where it
 * is not (simplified text is left as it is: converting it would change characters simplified writing keeps, 乾隆).
 */
export function toSimplified(raw: string): { text: string; changed: number } | undefined {
  const sample = raw.slice(0, SAMPLE);
  if (differing(sample, simplify(sample)) < Math.min(MIN_CHANGED, sample.length * MIN_SHARE)) return undefined;
  const text = simplify(raw);
  const changed = differing(raw, text);
  const han = (raw.match(/\p{Script=Han}/gu) ?? []).length;
  return changed >= MIN_CHANGED && changed >= han * MIN_SHARE ? { text, changed } : undefined;
}
