// Name recogniser: surname + given name, found after titles, in lists of officials, before reporting verbs, then everywhere the same name recurs.
import { tag } from './jieba.ts';
import { surnameAt } from './lexicon/surnames.ts';
import { POSTS } from './lexicon/titles.ts';
import { AFTER_NAME, NAME_LIST_INTRO, NAME_VERBS, WEAK_SURNAMES, wordAt } from './lexicon/words.ts';
import { allHan, isHanAt, leftOpen } from './chars.ts';

export interface Span {
  start: number;
  end: number;
}

/** Characters that never stand in a given name (function words that follow names). */
const NOT_GIVEN = new Set(Array.from('的了是在和与及等为对向从把被将说也都就而之其这那个们上下中不有无市县省区镇乡村委'));
/** jieba tags that a whole candidate may carry and still be a name (nr*: person; x: unknown). */
const NAME_TAGS = /^(?:nr|nrfg|nrt|x)$/;
/** jieba tags of a common word inside a candidate that show it is not a name (胡/公式, 金华). */
const WORD_TAGS = /^(?:n|v|vn|vd|a|ad|an|d|m|q|p|c|u|r|t|f|s|l|i|j|nt|ng)$/;

/**
 * Whether jieba reads `s` as a name rather than as a common word or a place. `lenient` (a title or a list vouches for
 * the name): only a candidate that is one known non-name word is refused (金华, 任职). Strict: no part may be a common word
 * either (胡 + 公式).
 */
export function nameLike(s: string, lenient = false): boolean {
  const tokens = tag(s);
  if (tokens.length === 1) return NAME_TAGS.test(tokens[0]!.tag);
  if (lenient) return true;
  return !tokens.some((t) => t.word.length > 1 && WORD_TAGS.test(t.tag));
}

type Context = 'strong' | 'good' | 'none';

/** How well what follows a name at `end` fits a name ending there. */
function rightContext(text: string, end: number): Context {
  if (end >= text.length || !isHanAt(text, end)) return 'good';
  if (wordAt(NAME_VERBS, text, end)) return 'strong';
  if (wordAt(AFTER_NAME, text, end) || wordAt(POSTS, text, end)) return 'good';
  return 'none';
}

/**
 * The name starting at i, choosing the given name's length by what follows: a one-character given name when a
 * reporting verb follows it (金政调研), else two characters when something fitting follows (章旭升赴), else one.
 */
export function nameAt(text: string, i: number, evidence: 'vouched' | 'verb' = 'vouched'): Span | undefined {
  const requireStrong = evidence === 'verb';
  const sl = surnameAt(text, i);
  if (sl === 0) return undefined;
  const options: { end: number; ctx: Context }[] = [];
  for (const g of [1, 2]) {
    const end = i + sl + g;
    const cand = text.slice(i, end);
    if (end > text.length || !allHan(cand) || Array.from(cand.slice(sl)).some((c) => NOT_GIVEN.has(c))) continue;
    options.push({ end, ctx: rightContext(text, end) });
  }
  const one = options.find((o) => o.end === i + sl + 1);
  const two = options.find((o) => o.end === i + sl + 2);
  const pick =
    one?.ctx === 'strong' ? one : two && two.ctx !== 'none' ? two : one && one.ctx !== 'none' ? one : undefined;
  if (!pick || (requireStrong && pick.ctx !== 'strong')) return undefined;
  // A surname that is more often a function word (和, 向, 来) gets no benefit of the doubt.
  const lenient = evidence === 'vouched' && !WEAK_SURNAMES.has(text[i]!);
  if (!nameLike(text.slice(i, pick.end), lenient)) return undefined;
  return { start: i, end: pick.end };
}

/** Names listed with 、 after a first one (`胡勇春、李浩锋`): each must itself read as a name. */
export function listAfter(text: string, first: Span): Span[] {
  const out: Span[] = [];
  let e = first.end;
  while (text[e] === '、' || (text[e] === '和' && surnameAt(text, e + 1) > 0)) {
    const next = nameAt(text, e + 1);
    if (!next) break;
    out.push(next);
    e = next.end;
  }
  return out;
}

/**
 * Lists of names with no title before them, known by what surrounds them: `代表应尚蛟、王伟、李红阳`,
 * `朱志杰、陈美蓉、朱世道、范晓东等市各套班子领导`, `胡勇春、李浩锋参加`.
 */
export function nameLists(text: string): Span[] {
  const out: Span[] = [];
  const re = /(?:\p{Script=Han}{1,4}、)+\p{Script=Han}{2,4}/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const parts = m[0].split('、');
    const items: Span[] = [];
    let pos = m.index;
    for (const part of parts) {
      items.push({ start: pos, end: pos + part.length });
      pos += part.length + 1;
    }
    // The first item may have words before it (代表应尚蛟): start it where a name ends exactly at the 、; an item
    // that cannot be a name at all (an OCR remnant such as 政) is dropped from the front.
    while (items.length >= 2) {
      const it = items[0]!;
      const s0 = [3, 2, 4].map((len) => it.end - len).find((s) => s >= it.start && nameAt(text, s)?.end === it.end);
      if (s0 !== undefined) {
        it.start = s0;
        break;
      }
      items.shift();
    }
    // The last item may run into what follows (范晓东等市): end it where a name can end.
    const first = items[0]!;
    const last = items.at(-1)!;
    const lastName = nameAt(text, last.start);
    if (items.length < 2 || !lastName) continue;
    last.end = lastName.end;
    const before = text.slice(Math.max(0, first.start - 6), first.start);
    const after = text.slice(last.end, last.end + 14);
    const introduced = NAME_LIST_INTRO.test(before);
    const closed = /^(?:等[^，。；]{0,10}(?:领导|同志|干部|人员|代表|负责人)|等人|参加|出席|陪同|列席)/.test(after);
    if (!introduced && !closed) continue;
    if (items.slice(1, -1).every((it) => nameAt(text, it.start)?.end === it.end)) out.push(...items);
  }
  return out;
}

/** A name (and the names listed after it) right after words that introduce people: `市领导吕群勇参加调研`. */
export function namesAfterIntro(text: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(NAME_LIST_INTRO.source.replace(/\$$/, ''), 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    const first = WEAK_SURNAMES.has(text[at] ?? '') ? undefined : nameAt(text, at);
    if (first) out.push(first, ...listAfter(text, first));
  }
  return out;
}

/** Names before a reporting verb with nothing before them (`张新宇表示`, `章旭升一行`). */
export function namesBeforeVerbs(text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!leftOpen(text, i) || surnameAt(text, i) === 0 || WEAK_SURNAMES.has(text[i]!)) continue;
    const n = nameAt(text, i, 'verb');
    if (n) {
      out.push(n);
      i = n.end - 1;
    }
  }
  return out;
}

/** Every further occurrence of a known name, where it stands as a word (not inside a longer Han run). */
export function recurrences(text: string, names: ReadonlySet<string>, taken: (s: Span) => boolean): Span[] {
  const out: Span[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const span = { start: i, end: i + name.length };
      if (taken(span)) continue;
      if (rightContext(text, span.end) === 'none') continue;
      out.push(span);
    }
  }
  return out;
}
