// The typed-array feature hasher gives, character by character, the hashes of the features the model was trained on (their definition as strings, kept here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tag as jiebaTag } from '../jieba.ts';
import { surnameAt } from '../lexicon/surnames.ts';
import { POSTS } from '../lexicon/titles.ts';
import { ENTERPRISE_SUFFIXES, ORGANIZATION_SUFFIXES } from '../lexicon/bodies.ts';
import { KNOWN_PLACES } from '../lexicon/places.ts';
import { wordAt } from '../lexicon/words.ts';
import { CLUSTERS_PATH, fnvAdd, lexiconMarks, sentenceFeatures } from './features.ts';

/** A character's class: the line of char-clusters.txt it stands on (counting from 0), `u` where it is on none. */
const CLASS = new Map<string, string>();
readFileSync(CLUSTERS_PATH, 'utf8').split('\n').forEach((line, k) => {
  for (const c of line) CLASS.set(c, String(k));
});
const classOf = (c: string) => (c === '^' || c === '$' ? c : (CLASS.get(c) ?? 'u'));
import { SEED_FILES, SEEDS } from '../../../tests/helpers.ts';

/**
 * The features of character i as names (the model's definition): characters at −2…+2 and their n-grams, character
 * types, character classes (char-clusters.txt) at −1…+1 and their pairs, jieba's word position+tag at −1…+1, jieba's word (2–6 characters) at −1…+1, lexicon marks at −1…+1.
 */
function featureNames(text: string): string[][] {
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
  const lex: string[] = [];
  let at = 0;
  for (const c of chars) {
    const marks: string[] = [];
    if (surnameAt(text, at)) marks.push('sur');
    const post = wordAt(POSTS, text, at);
    if (post) marks.push('post' + Math.min(post.length, 4));
    if (wordAt(ENTERPRISE_SUFFIXES, text, at)) marks.push('ent');
    if (wordAt(ORGANIZATION_SUFFIXES, text, at)) marks.push('org');
    if (wordAt(KNOWN_PLACES, text, at)) marks.push('place');
    lex.push(marks.join('|'));
    at += c.length;
  }
  const type = (c: string | undefined) => (c === undefined ? '_' : /\p{Script=Han}/u.test(c) ? 'H' : /\d/.test(c) ? 'D' : /[A-Za-z]/.test(c) ? 'L' : 'P');
  return chars.map((c0, i) => {
    const cm1 = i >= 1 ? chars[i - 1]! : '^';
    const cm2 = i >= 2 ? chars[i - 2]! : '^';
    const c1 = i + 1 < n ? chars[i + 1]! : '$';
    const c2 = i + 2 < n ? chars[i + 2]! : '$';
    const names = [
      'b', `c0=${c0}`, `c-1=${cm1}`, `c1=${c1}`, `c-2=${cm2}`, `c2=${c2}`, `c-1c0=${cm1}${c0}`, `c0c1=${c0}${c1}`,
      `c-2c-1=${cm2}${cm1}`, `c1c2=${c1}${c2}`, `c-1c1=${cm1}${c1}`, `c-1c0c1=${cm1}${c0}${c1}`, `c0c1c2=${c0}${c1}${c2}`,
      `c-2c-1c0=${cm2}${cm1}${c0}`, `t=${type(c0)}${type(chars[i - 1])}${type(chars[i + 1])}`, `wp=${wordPos[i]}${wordTag[i]}`,
      i >= 1 ? `wp-1=${wordPos[i - 1]}${wordTag[i - 1]}` : 'wp-1=^', i + 1 < n ? `wp1=${wordPos[i + 1]}${wordTag[i + 1]}` : 'wp1=$',
      `k-1=${classOf(cm1)}`, `k0=${classOf(c0)}`, `k1=${classOf(c1)}`, `k-1k0=${classOf(cm1)},${classOf(c0)}`,
      `k0k1=${classOf(c0)},${classOf(c1)}`,
    ];
    const w0 = word[i]!;
    const wm1 = i >= 1 ? word[i - 1]! : '';
    const w1 = i + 1 < n ? word[i + 1]! : '';
    if (w0) names.push(`w=${w0}${wordPos[i]}`);
    if (wm1 && wm1 !== w0) names.push(`w-1=${wm1}`);
    if (w1 && w1 !== w0) names.push(`w1=${w1}`);
    if (lex[i]) names.push(`lx=${lex[i]}`);
    if (i >= 1 && lex[i - 1]) names.push(`lx-1=${lex[i - 1]}`);
    if (i + 1 < n && lex[i + 1]) names.push(`lx1=${lex[i + 1]}`);
    return names;
  });
}

const FNV_START = 0x811c9dc5 | 0;

function hashesPerChar(text: string): number[][] {
  const { n, hashes, starts } = sentenceFeatures(text);
  return Array.from({ length: n }, (_, i) => Array.from(hashes.subarray(starts[i]!, starts[i + 1]!)));
}

function assertSameFeatures(text: string): void {
  const expected = featureNames(text);
  const actual = hashesPerChar(text);
  assert.equal(actual.length, expected.length, `characters of ${JSON.stringify(text)}`);
  for (let i = 0; i < expected.length; i++) {
    assert.deepEqual(actual[i], expected[i]!.map((name) => fnvAdd(FNV_START, name)), `${JSON.stringify(text)} character ${i}: ${expected[i]!.join(' ')}`);
  }
}

test('edge cases: empty, one character, astral Han, digits, Latin, punctuation, a lone surrogate', () => {
  for (const text of ['', '金', '𠮷野家', '2023年9月30日', 'GDP增长5.2%', '（融媒记者 徐敏）', '市委书记金政主持召开会议', 'a\ud800b', '王力安防科技股份有限公司董事长陈岳忠']) {
    assertSameFeatures(text);
  }
});

test('every line of the seed pages: the same features as their definition as strings', () => {
  let lines = 0;
  for (const file of SEED_FILES) {
    for (const line of readFileSync(join(SEEDS, file), 'utf8').split('\n')) {
      assertSameFeatures(line);
      lines++;
    }
  }
  assert.ok(lines > 500, `${lines} seed lines`);
});

test('whole paragraphs (jieba words across what were line breaks)', () => {
  for (const file of SEED_FILES) {
    const text = readFileSync(join(SEEDS, file), 'utf8').replace(/\n/g, '').slice(0, 3000);
    assertSameFeatures(text);
  }
});

test('lexicon marks are named as the model was trained on them', () => {
  assert.equal(lexiconMarks(0), '');
  assert.equal(lexiconMarks(1 | (2 << 1) | (1 << 6)), 'sur|post2|place');
  assert.equal(lexiconMarks((4 << 1) | (1 << 4) | (1 << 5)), 'post4|ent|org');
});
