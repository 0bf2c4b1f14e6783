// Character tests the recognisers share.
import { LEFT_BOUNDARY } from './lexicon/words.ts';

const HAN = /^\p{Script=Han}$/u;
/** HAN.test for every UTF-16 code unit, computed once: the recognisers ask at nearly every character. */
export const HAN_UNIT = new Uint8Array(0x10000);
for (let u = 0; u < 0x10000; u++) HAN_UNIT[u] = HAN.test(String.fromCharCode(u)) ? 1 : 0;

export function isHanAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && HAN_UNIT[text.charCodeAt(i)] === 1;
}

/** LEFT_BOUNDARY by code unit: asked at nearly every character, without making a one-character string each time. */
const BOUNDARY_UNIT = new Uint8Array(0x10000);
for (const c of LEFT_BOUNDARY) BOUNDARY_UNIT[c.charCodeAt(0)] = 1;

/** A mention may start at i: at the text's start, after a non-Han character, or after a function word (和, 在, 任…). */
export function leftOpen(text: string, i: number): boolean {
  return i === 0 || !isHanAt(text, i - 1) || BOUNDARY_UNIT[text.charCodeAt(i - 1)] === 1;
}

/** One character (a code unit or a surrogate pair) is Han. */
export function isHan(c: string): boolean {
  return c.length === 1 ? HAN_UNIT[c.charCodeAt(0)] === 1 : HAN.test(c);
}

/** The middle dots that join the parts of a foreign name (帕巴拉·格列朗杰). */
export const NAME_DOTS: ReadonlySet<string> = new Set(Array.from('·•‧・'));

export function allHan(s: string): boolean {
  for (const c of s) if (!isHan(c)) return false;
  return true;
}

/**
 * Where a span starts once past a closing bracket it holds without the opening one, the end of an aside cut before it
 * (华润置地（企业专区,旗下楼盘）（北京）…, `。\n集团）有限公司`).
 */
export function pastUnopenedBracket(text: string, start: number, end: number): number {
  let at = start;
  for (let k = start, open = 0; k < end; k++) {
    if (/[（(]/.test(text[k]!)) open++;
    else if (/[）)]/.test(text[k]!)) {
      if (open === 0) at = k + 1;
      else open--;
    }
  }
  return at;
}
