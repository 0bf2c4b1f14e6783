// Features of every character of a sentence for the sequence tagger, as 32-bit hashes: characters around it, jieba's word and tag, lexicon hits.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tag as jiebaTag } from '../jieba.ts';
import { surnameAt } from '../lexicon/surnames.ts';
import { POSTS } from '../lexicon/titles.ts';
import { ENTERPRISE_SUFFIXES, ORGANIZATION_SUFFIXES } from '../lexicon/bodies.ts';
import { KNOWN_PLACES } from '../lexicon/places.ts';
import { wordAt } from '../lexicon/words.ts';
import { HAN_UNIT, isHan } from '../chars.ts';

/**
 * The features of a sentence's characters (code points). Each feature is the 32-bit FNV-1a hash of its name: `c0=金`
 * (the character), `c-1c0=市金` (a bigram), `wp=Bnr` (jieba's word position and tag), `w=金政B` (jieba's word),
 * `lx=sur|post2` (lexicon hits); the full list and its definition as strings is in `features.spec.ts`. The tag
 * transitions are scored apart, by the decoder.
 */
export interface SentenceFeatures {
  /** Characters (code points) in the sentence. */
  n: number;
  /** The hashes of character i are `hashes[starts[i]]` up to (not including) `hashes[starts[i + 1]]`. */
  hashes: Int32Array;
  starts: Int32Array;
}

/** FNV-1a over UTF-16 code units, continued from state `h` (so a feature's hash is fnv(name) without building name). */
export function fnvAdd(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const FNV_START = 0x811c9dc5 | 0;
const seed = (prefix: string) => fnvAdd(FNV_START, prefix);
const S = {
  b: seed('b'), c0: seed('c0='), cm1: seed('c-1='), c1: seed('c1='), cm2: seed('c-2='), c2: seed('c2='),
  cm1c0: seed('c-1c0='), c0c1: seed('c0c1='), cm2cm1: seed('c-2c-1='), c1c2: seed('c1c2='), cm1c1: seed('c-1c1='),
  cm1c0c1: seed('c-1c0c1='), c0c1c2: seed('c0c1c2='), cm2cm1c0: seed('c-2c-1c0='), t: seed('t='), wp: seed('wp='),
  wpm1: seed('wp-1='), wp1: seed('wp1='), w: seed('w='), wm1: seed('w-1='), w1: seed('w1='), lx: seed('lx='),
  lxm1: seed('lx-1='), lx1: seed('lx1='), km1: seed('k-1='), k0: seed('k0='), k1: seed('k1='), km1k0: seed('k-1k0='),
  k0k1: seed('k0k1='),
};

/**
 * Character classes (`npm run clusters`: characters that occur between the same neighbours in 13 MB of unannotated
 * news share a class), one class a line. They let the tagger generalise from the names it was trained on to
 * characters it saw in no annotated sentence (transliterations, given names).
 */
export const CLUSTERS_PATH = fileURLToPath(new URL('./char-clusters.txt', import.meta.url));

/** Class names as features print them: the class number, `u` for a character in no class, `^`/`$` past the ends. */
const NO_CLASS = 0;
const CLASS_START = 1;
const CLASS_END = 2;
const FIRST_CLASS = 3;
function readClasses(): { bmp: Uint16Array; astral: Map<string, number>; names: string[] } {
  const bmp = new Uint16Array(0x10000);
  const astral = new Map<string, number>();
  const lines = readFileSync(CLUSTERS_PATH, 'utf8').split('\n');
  lines.forEach((line, k) => {
    for (const c of line) {
      if (c.length === 1) bmp[c.charCodeAt(0)] = FIRST_CLASS + k;
      else astral.set(c, FIRST_CLASS + k);
    }
  });
  return { bmp, astral, names: ['u', '^', '$', ...lines.map((_, k) => String(k))] };
}
const CLASSES = readClasses();
export function charClass(c: string): string {
  const k = c.length === 1 ? CLASSES.bmp[c.charCodeAt(0)]! : (CLASSES.astral.get(c) ?? NO_CLASS);
  return CLASSES.names[k]!;
}
/** The word-position features of the characters before the first and after the last. */
const WPM1_START = fnvAdd(S.wpm1, '^');
const WP1_END = fnvAdd(S.wp1, '$');

/** Most features one character can have: 23 always, 3 word and 3 lexicon features when present. */
const MAX_PER_CHAR = 29;
/** Characters padded around the sentence: two `^` before, two `$` after (the ±2 window). */
const PAD = 2;
const CARET = 0x5e;
const DOLLAR = 0x24;
const UNDERSCORE = 0x5f;

/** Character class (H Han, D digit, L Latin, P other) of a character of one code unit. */
function charType(unit: number): number {
  if (HAN_UNIT[unit] === 1) return 0x48;
  if (unit >= 0x30 && unit <= 0x39) return 0x44; // D
  if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a)) return 0x4c; // L
  return 0x50; // P
}

/** `lx=` marks as a number: surname (bit 0), post length 0–4 (bits 1–3), enterprise (4), organisation (5), place (6). */
function lexiconMask(s: string, at: number): number {
  let mask = surnameAt(s, at) ? 1 : 0;
  const post = wordAt(POSTS, s, at);
  if (post) mask |= Math.min(post.length, 4) << 1;
  if (wordAt(ENTERPRISE_SUFFIXES, s, at)) mask |= 1 << 4;
  if (wordAt(ORGANIZATION_SUFFIXES, s, at)) mask |= 1 << 5;
  if (wordAt(KNOWN_PLACES, s, at)) mask |= 1 << 6;
  return mask;
}

/** The marks' name, as the model was trained on it: `sur|post2|ent|org|place`, present ones only. */
export function lexiconMarks(mask: number): string {
  const marks: string[] = [];
  if (mask & 1) marks.push('sur');
  if ((mask >> 1) & 7) marks.push('post' + ((mask >> 1) & 7));
  if (mask & (1 << 4)) marks.push('ent');
  if (mask & (1 << 5)) marks.push('org');
  if (mask & (1 << 6)) marks.push('place');
  return marks.join('|');
}

/** Hashes of `lx=`, `lx-1=` and `lx1=` per mask, computed on first use (128 masks). */
const LEX_HASHES = new Int32Array(128 * 3);
const LEX_DONE = new Uint8Array(128);
function lexHash(mask: number, which: 0 | 1 | 2): number {
  if (LEX_DONE[mask] === 0) {
    const name = lexiconMarks(mask);
    LEX_HASHES[mask * 3] = fnvAdd(S.lx, name);
    LEX_HASHES[mask * 3 + 1] = fnvAdd(S.lxm1, name);
    LEX_HASHES[mask * 3 + 2] = fnvAdd(S.lx1, name);
    LEX_DONE[mask] = 1;
  }
  return LEX_HASHES[mask * 3 + which]!;
}

/** Code points in a string (a lone surrogate counts as one, as `Array.from` does). */
function codePoints(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
    n++;
  }
  return n;
}

const POSITION = { S: 0x53, B: 0x42, M: 0x4d, E: 0x45 } as const;

/**
 * Every character's features, computed in one pass over typed arrays: the sentence's characters, jieba's words and the
 * lexicon marks are read once, and each feature is hashed from character codes and per-word hashes (no strings built
 * per character; the string-per-character form took longer than the rest of extraction).
 */
export function sentenceFeatures(text: string): SentenceFeatures {
  // Characters as code units, padded: u1 the first unit, u2 the second of a surrogate pair or -1.
  const len = text.length;
  const u1 = new Int32Array(len + 2 * PAD);
  const u2 = new Int32Array(len + 2 * PAD).fill(-1);
  const ty = new Int32Array(len + 2 * PAD).fill(UNDERSCORE);
  const cl = new Int32Array(len + 2 * PAD).fill(CLASS_END);
  cl[0] = cl[1] = CLASS_START;
  const offset = new Int32Array(len + 1);
  u1[0] = u1[1] = CARET;
  let n = 0;
  for (let k = 0; k < len; k++) {
    const c = text.charCodeAt(k);
    const p = n + PAD;
    offset[n] = k;
    u1[p] = c;
    let pair = false;
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < len) {
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        u2[p] = d;
        pair = true;
        k++;
      }
    }
    ty[p] = pair ? astralType(c, text.charCodeAt(k)) : charType(c);
    cl[p] = pair ? (CLASSES.astral.get(String.fromCharCode(c, text.charCodeAt(k))) ?? NO_CLASS) : CLASSES.bmp[c]!;
    n++;
  }
  u1[n + PAD] = u1[n + PAD + 1] = DOLLAR;

  // jieba's words: per character the hashes of its word-position features, and its word (2–6 characters) by index.
  const hWp = new Int32Array(n);
  const hWpm1 = new Int32Array(n); // this character's `wp-1=` feature, used by the next one
  const hWp1 = new Int32Array(n); // this character's `wp1=` feature, used by the previous one
  const hW = new Int32Array(n);
  const word = new Int32Array(n).fill(-1);
  const words: string[] = [];
  const wordM1: number[] = [];
  const wordP1: number[] = [];
  let i = 0;
  for (const t of jiebaTag(text)) {
    const wlen = codePoints(t.word);
    const kept = wlen >= 2 && wlen <= 6 ? words.push(t.word) - 1 : -1;
    const wordHash = kept >= 0 ? fnvAdd(S.w, t.word) : 0; // `w=` + the word, continued per character with its position
    if (kept >= 0) {
      wordM1.push(fnvAdd(S.wm1, t.word));
      wordP1.push(fnvAdd(S.w1, t.word));
    }
    for (let k = 0; k < wlen && i + k < n; k++) {
      const pos = wlen === 1 ? 'S' : k === 0 ? 'B' : k === wlen - 1 ? 'E' : 'M';
      setWordPosition(i + k, pos, t.tag);
      word[i + k] = kept;
      if (kept >= 0) hW[i + k] = fnvHash(wordHash, POSITION[pos]);
    }
    i += wlen;
  }
  for (; i < n; i++) setWordPosition(i, 'S', 'x');
  function setWordPosition(c: number, pos: keyof typeof POSITION, tag: string): void {
    const code = POSITION[pos];
    hWp[c] = fnvAdd(fnvHash(S.wp, code), tag);
    hWpm1[c] = fnvAdd(fnvHash(S.wpm1, code), tag);
    hWp1[c] = fnvAdd(fnvHash(S.wp1, code), tag);
  }

  const lex = new Uint8Array(n);
  for (let c = 0; c < n; c++) lex[c] = lexiconMask(text, offset[c]!);

  const hashes = new Int32Array(n * MAX_PER_CHAR);
  const starts = new Int32Array(n + 1);
  let o = 0;
  for (let c = 0; c < n; c++) {
    starts[c] = o;
    const p = c + PAD;
    hashes[o++] = S.b;
    hashes[o++] = ch(S.c0, p);
    hashes[o++] = ch(S.cm1, p - 1);
    hashes[o++] = ch(S.c1, p + 1);
    hashes[o++] = ch(S.cm2, p - 2);
    hashes[o++] = ch(S.c2, p + 2);
    hashes[o++] = ch(ch(S.cm1c0, p - 1), p);
    hashes[o++] = ch(ch(S.c0c1, p), p + 1);
    hashes[o++] = ch(ch(S.cm2cm1, p - 2), p - 1);
    hashes[o++] = ch(ch(S.c1c2, p + 1), p + 2);
    hashes[o++] = ch(ch(S.cm1c1, p - 1), p + 1);
    hashes[o++] = ch(ch(ch(S.cm1c0c1, p - 1), p), p + 1);
    hashes[o++] = ch(ch(ch(S.c0c1c2, p), p + 1), p + 2);
    hashes[o++] = ch(ch(ch(S.cm2cm1c0, p - 2), p - 1), p);
    hashes[o++] = fnvHash(fnvHash(fnvHash(S.t, ty[p]!), ty[p - 1]!), ty[p + 1]!);
    hashes[o++] = hWp[c]!;
    hashes[o++] = c >= 1 ? hWpm1[c - 1]! : WPM1_START;
    hashes[o++] = c + 1 < n ? hWp1[c + 1]! : WP1_END;
    hashes[o++] = fnvAdd(S.km1, CLASSES.names[cl[p - 1]!]!);
    hashes[o++] = fnvAdd(S.k0, CLASSES.names[cl[p]!]!);
    hashes[o++] = fnvAdd(S.k1, CLASSES.names[cl[p + 1]!]!);
    hashes[o++] = fnvAdd(fnvAdd(fnvAdd(S.km1k0, CLASSES.names[cl[p - 1]!]!), ','), CLASSES.names[cl[p]!]!);
    hashes[o++] = fnvAdd(fnvAdd(fnvAdd(S.k0k1, CLASSES.names[cl[p]!]!), ','), CLASSES.names[cl[p + 1]!]!);
    const w0 = word[c]!;
    const wm1 = c >= 1 ? word[c - 1]! : -1;
    const w1 = c + 1 < n ? word[c + 1]! : -1;
    if (w0 >= 0) hashes[o++] = hW[c]!;
    if (wm1 >= 0 && (w0 < 0 || words[wm1] !== words[w0])) hashes[o++] = wordM1[wm1]!;
    if (w1 >= 0 && (w0 < 0 || words[w1] !== words[w0])) hashes[o++] = wordP1[w1]!;
    if (lex[c]) hashes[o++] = lexHash(lex[c]!, 0);
    if (c >= 1 && lex[c - 1]) hashes[o++] = lexHash(lex[c - 1]!, 1);
    if (c + 1 < n && lex[c + 1]) hashes[o++] = lexHash(lex[c + 1]!, 2);
  }
  starts[n] = o;
  return { n, hashes, starts };

  /** The hash `h` continued with the character at padded position p. */
  function ch(h: number, p: number): number {
    h = Math.imul(h ^ u1[p]!, 0x01000193);
    const second = u2[p]!;
    return second < 0 ? h : Math.imul(h ^ second, 0x01000193);
  }
}

/** The hash `h` continued with one code unit. */
function fnvHash(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/** A surrogate pair's class: Han (CJK extensions B–H) or other. */
function astralType(high: number, low: number): number {
  return isHan(String.fromCharCode(high, low)) ? 0x48 : 0x50;
}
