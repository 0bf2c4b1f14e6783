// Features of one character for the sequence tagger: characters around it, jieba's word and tag, lexicon hits, previous tags.
import { tag as jiebaTag } from '../jieba.ts';
import { surnameAt } from '../lexicon/surnames.ts';
import { POSTS } from '../lexicon/titles.ts';
import { ENTERPRISE_SUFFIXES, ORGANIZATION_SUFFIXES } from '../lexicon/bodies.ts';
import { KNOWN_PLACES } from '../lexicon/places.ts';
import { wordAt } from '../lexicon/words.ts';

/** Per-sentence context computed once: jieba words (position and tag per character) and lexicon hits. */
export interface SentenceContext {
  chars: string[];
  wordPos: string[];
  wordTag: string[];
  word: string[];
  lex: string[];
  /** Character class per character (H Han, D digit, L Latin, P other), for the `t=` feature. */
  types: string[];
}

export function sentenceContext(text: string): SentenceContext {
  const chars = Array.from(text);
  const n = chars.length;
  const wordPos = new Array<string>(n).fill('S');
  const wordTag = new Array<string>(n).fill('x');
  const word = new Array<string>(n).fill('');
  let i = 0;
  for (const t of jiebaTag(text)) {
    const len = Array.from(t.word).length;
    for (let k = 0; k < len && i + k < n; k++) {
      wordPos[i + k] = len === 1 ? 'S' : k === 0 ? 'B' : k === len - 1 ? 'E' : 'M';
      wordTag[i + k] = t.tag;
      word[i + k] = len >= 2 && len <= 6 ? t.word : '';
    }
    i += len;
  }
  const lex = new Array<string>(n).fill('');
  const s = chars.join('');
  let at = 0;
  for (let c = 0; c < n; c++) {
    lex[c] = lexiconMarks(s, at);
    at += chars[c]!.length;
  }
  return { chars, wordPos, wordTag, word, lex, types: chars.map(charType) };
}

/** Lexicon hits starting at UTF-16 offset `at`: surname, post (with its length), enterprise or organisation suffix, known place. */
function lexiconMarks(s: string, at: number): string {
  const marks: string[] = [];
  if (surnameAt(s, at)) marks.push('sur');
  const post = wordAt(POSTS, s, at);
  if (post) marks.push('post' + Math.min(post.length, 4));
  if (wordAt(ENTERPRISE_SUFFIXES, s, at)) marks.push('ent');
  if (wordAt(ORGANIZATION_SUFFIXES, s, at)) marks.push('org');
  if (wordAt(KNOWN_PLACES, s, at)) marks.push('place');
  return marks.join('|');
}

function charType(c: string | undefined): string {
  if (c === undefined) return '_';
  if (/\p{Script=Han}/u.test(c)) return 'H';
  if (/\d/.test(c)) return 'D';
  if (/[A-Za-z]/.test(c)) return 'L';
  return 'P';
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
  lxm1: seed('lx-1='), lx1: seed('lx1='),
};

/**
 * Emission features of character i as 32-bit FNV-1a hashes of their names (`c0=金`, `c-1c0=市金`, `wp=Bnr`…); the tag
 * transitions are scored apart, by the decoder.
 */
export function features(ctx: SentenceContext, i: number, out: number[] = []): number[] {
  out.length = 0;
  // Hot path (every character of every article): no closures, no regexps, only precomputed per-character strings.
  const ch = ctx.chars;
  const n = ch.length;
  const c0 = ch[i]!;
  const cm1 = i >= 1 ? ch[i - 1]! : '^';
  const cm2 = i >= 2 ? ch[i - 2]! : '^';
  const c1 = i + 1 < n ? ch[i + 1]! : '$';
  const c2 = i + 2 < n ? ch[i + 2]! : '$';
  const ty = ctx.types;
  const wp = ctx.wordPos;
  const wt = ctx.wordTag;
  const w = ctx.word;
  const lex = ctx.lex;
  out.push(
    S.b,
    fnvAdd(S.c0, c0),
    fnvAdd(S.cm1, cm1),
    fnvAdd(S.c1, c1),
    fnvAdd(S.cm2, cm2),
    fnvAdd(S.c2, c2),
    fnvAdd(fnvAdd(S.cm1c0, cm1), c0),
    fnvAdd(fnvAdd(S.c0c1, c0), c1),
    fnvAdd(fnvAdd(S.cm2cm1, cm2), cm1),
    fnvAdd(fnvAdd(S.c1c2, c1), c2),
    fnvAdd(fnvAdd(S.cm1c1, cm1), c1),
    fnvAdd(fnvAdd(fnvAdd(S.cm1c0c1, cm1), c0), c1),
    fnvAdd(fnvAdd(fnvAdd(S.c0c1c2, c0), c1), c2),
    fnvAdd(fnvAdd(fnvAdd(S.cm2cm1c0, cm2), cm1), c0),
    fnvAdd(fnvAdd(fnvAdd(S.t, ty[i]!), i >= 1 ? ty[i - 1]! : '_'), i + 1 < n ? ty[i + 1]! : '_'),
    fnvAdd(fnvAdd(S.wp, wp[i]!), wt[i]!),
    i >= 1 ? fnvAdd(fnvAdd(S.wpm1, wp[i - 1]!), wt[i - 1]!) : fnvAdd(S.wpm1, '^'),
    i + 1 < n ? fnvAdd(fnvAdd(S.wp1, wp[i + 1]!), wt[i + 1]!) : fnvAdd(S.wp1, '$'),
  );
  const w0 = w[i]!;
  const wm1 = i >= 1 ? w[i - 1]! : '';
  const w1 = i + 1 < n ? w[i + 1]! : '';
  if (w0) out.push(fnvAdd(fnvAdd(S.w, w0), wp[i]!));
  if (wm1 && wm1 !== w0) out.push(fnvAdd(S.wm1, wm1));
  if (w1 && w1 !== w0) out.push(fnvAdd(S.w1, w1));
  if (lex[i]) out.push(fnvAdd(S.lx, lex[i]!));
  if (i >= 1 && lex[i - 1]) out.push(fnvAdd(S.lxm1, lex[i - 1]!));
  if (i + 1 < n && lex[i + 1]) out.push(fnvAdd(S.lx1, lex[i + 1]!));
  return out;
}
