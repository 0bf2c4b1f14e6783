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
  return { chars, wordPos, wordTag, word, lex };
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

/** Emission feature strings of character i (the tag transitions are scored apart, by the decoder). */
export function features(ctx: SentenceContext, i: number): string[] {
  const c = (k: number) => ctx.chars[i + k] ?? (i + k < 0 ? '^' : '$');
  const f = [
    'b',
    'c0=' + c(0),
    'c-1=' + c(-1),
    'c1=' + c(1),
    'c-2=' + c(-2),
    'c2=' + c(2),
    'c-1c0=' + c(-1) + c(0),
    'c0c1=' + c(0) + c(1),
    'c-2c-1=' + c(-2) + c(-1),
    'c1c2=' + c(1) + c(2),
    'c-1c1=' + c(-1) + c(1),
    'c-1c0c1=' + c(-1) + c(0) + c(1),
    'c0c1c2=' + c(0) + c(1) + c(2),
    'c-2c-1c0=' + c(-2) + c(-1) + c(0),
    't=' + charType(ctx.chars[i]) + charType(ctx.chars[i - 1]) + charType(ctx.chars[i + 1]),
    'wp=' + ctx.wordPos[i] + ctx.wordTag[i],
    'wp-1=' + (ctx.wordPos[i - 1] ?? '^') + (ctx.wordTag[i - 1] ?? ''),
    'wp1=' + (ctx.wordPos[i + 1] ?? '$') + (ctx.wordTag[i + 1] ?? ''),
  ];
  if (ctx.word[i]) f.push('w=' + ctx.word[i] + ctx.wordPos[i]);
  if (ctx.word[i - 1] && ctx.word[i - 1] !== ctx.word[i]) f.push('w-1=' + ctx.word[i - 1]);
  if (ctx.word[i + 1] && ctx.word[i + 1] !== ctx.word[i]) f.push('w1=' + ctx.word[i + 1]);
  if (ctx.lex[i]) f.push('lx=' + ctx.lex[i]);
  if (ctx.lex[i - 1]) f.push('lx-1=' + ctx.lex[i - 1]);
  if (ctx.lex[i + 1]) f.push('lx1=' + ctx.lex[i + 1]);
  return f;
}
