// Character tests the recognisers share.
import { LEFT_BOUNDARY } from './lexicon/words.ts';

const HAN = /^\p{Script=Han}$/u;

export function isHanAt(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && HAN.test(c);
}

/** A mention may start at i: at the text's start, after a non-Han character, or after a function word (和, 在, 任…). */
export function leftOpen(text: string, i: number): boolean {
  return i === 0 || !isHanAt(text, i - 1) || LEFT_BOUNDARY.has(text[i - 1]!);
}

export function allHan(s: string): boolean {
  return Array.from(s).every((c) => HAN.test(c));
}
