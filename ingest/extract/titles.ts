// Title recogniser: [jurisdiction][organ]post, compounds joined by 、 with the jurisdiction carried over (金华市委常委、市纪委书记).
import { LEVELS, NATIONAL, NOT_PLACE_START, ORGANS, POSTS } from './lexicon/titles.ts';
import { KNOWN_PLACES } from './lexicon/places.ts';
import { wordAt } from './lexicon/words.ts';
import { allHan, leftOpen } from './chars.ts';
import { placeLike } from './jieba.ts';

export interface TitleMatch {
  start: number;
  end: number;
  /** The jurisdiction as printed: a named place (金华市), a bare level (市), a national word (全国), or none. */
  jur?: { text: string; named: boolean; level?: string };
  organ?: string;
  post: string;
}

const LEVEL_WORDS = [...LEVELS].sort((a, b) => b.length - a.length);
const LEVEL_CHARS = new RegExp(`[${[...new Set(LEVELS.map((l) => l[0]))].join('')}]`);
/** A post followed by one of these is part of a longer word (委员会, 书记处, 主席台, 主席单位). */
const POST_CONTINUES = /^[会处台团单室科组]/;

/** Suffixes of government departments a title may name without a lexicon entry (教育局, 发改委, 市府办). */
const DEPARTMENT_END = new Set(['局', '委', '办']);
/**
 * Characters no department's stem holds: another department's end (市财政局和税务局: two), 委 as in 市委常委 (the party
 * committee's), and function words. 和 stays: 自然资源和规划局 is one bureau.
 */
const NOT_IN_DEPARTMENT = /[局办委常副党长的与及在对为是了、，。；：\s]/;

/**
 * A department named after a jurisdiction (市教育局, 金华市发改委): 2–8 Han characters ending in 局, 委 or 办, with a
 * post right after it. The post may share the department's last character as news style abbreviates it (市教育局长 is
 * 市教育局局长). Returns the organ and where its post starts.
 */
function departmentAt(text: string, p: number): { organ: string; postAt: number }[] {
  const out: { organ: string; postAt: number }[] = [];
  for (let k = 2; k <= 8 && p + k <= text.length; k++) {
    const last = text[p + k - 1]!;
    const stem = text.slice(p, p + k - 1);
    if (!allHan(stem + last) || NOT_IN_DEPARTMENT.test(stem)) break;
    if (!DEPARTMENT_END.has(last)) continue;
    out.push({ organ: stem + last, postAt: p + k });
    if (last === '局') out.push({ organ: stem + last, postAt: p + k - 1 }); // 教育局长: the post 局长 shares the 局
  }
  return out;
}

/** The longest title starting at i, or undefined. `inCompound`: i follows a title and 、, so a bare level needs no boundary. */
export function titleAt(text: string, i: number, inCompound = false): TitleMatch | undefined {
  const open = inCompound || leftOpen(text, i);
  const jurs: (TitleMatch['jur'] | undefined)[] = [];
  // Named jurisdictions (金华市): only where a level character follows within reach.
  const reach = text.slice(i + 2, i + 7);
  for (let len = 2; len <= 4 && LEVEL_CHARS.test(reach); len++) {
    const name = text.slice(i, i + len);
    const level = LEVEL_WORDS.find((l) => text.startsWith(l, i + len));
    // A well-known place needs no boundary before it (把握金华市委…); another name must stand as a word.
    if (!level || !(open || KNOWN_PLACES.includes(name))) continue;
    if (allHan(name) && !NOT_PLACE_START.has(name[0]!) && !LEVEL_WORDS.some((l) => name.includes(l)) && placeLike(name)) {
      jurs.push({ text: name + level, named: true, level });
    }
  }
  if (open) {
    const national = wordAt(NATIONAL, text, i);
    if (national) jurs.push({ text: national, named: false });
    const level = wordAt(LEVEL_WORDS, text, i);
    if (level) jurs.push({ text: level, named: false, level });
  }
  jurs.push(undefined);
  let best: TitleMatch | undefined;
  for (const jur of jurs) {
    const p = i + (jur?.text.length ?? 0);
    const known = wordAt(ORGANS, text, p);
    const organs: { organ?: string; postAt: number }[] = [...(known ? [{ organ: known, postAt: p + known.length }] : []), { postAt: p }];
    if (jur) organs.push(...departmentAt(text, p).filter((d) => d.organ !== known));
    for (const { organ, postAt: q } of organs) {
      if (!jur && organ === '委') continue; // 委 alone is only an organ after a jurisdiction (市委)
      const post = wordAt(POSTS, text, q);
      if (!post || POST_CONTINUES.test(text.slice(q + post.length))) continue;
      if (post === '代表' && !organ) continue; // 人大代表 is a title, 企业家代表 is not
      const m: TitleMatch = { start: i, end: q + post.length, post };
      if (jur) m.jur = jur;
      if (organ) m.organ = organ;
      if (!best || m.end > best.end) best = m;
    }
  }
  return best;
}

/** Titles joined by 、 (`市委常委、常务副市长`): the matches in order, or [] when none starts at i. */
export function compoundAt(text: string, i: number): TitleMatch[] {
  const first = titleAt(text, i);
  if (!first) return [];
  const out = [first];
  for (let e = first.end; text[e] === '、'; ) {
    const next = titleAt(text, e + 1, true);
    if (!next) break;
    out.push(next);
    e = next.end;
  }
  return out;
}

/**
 * Jurisdiction of each title in a compound: a named one as printed; a bare level takes the named jurisdiction of an
 * earlier title of the same level in the compound (金华市委常委、市纪委书记 → 金华市), else the paper's own when it is
 * given and of that level (市 → 永康市), else the bare level as printed. A post that names its level (副市长) counts as
 * that level.
 */
export function jurisdictions(compound: readonly TitleMatch[], paper?: string): (string | undefined)[] {
  const paperLevel = paper ? LEVEL_WORDS.find((l) => paper.endsWith(l)) : undefined;
  const carried = new Map<string, string>();
  return compound.map((t) => {
    if (t.jur?.named) {
      if (t.jur.level) carried.set(t.jur.level, t.jur.text);
      return t.jur.text;
    }
    if (t.jur && !t.jur.level) return t.jur.text; // 全国, 中央
    const level = t.jur?.level ?? LEVEL_WORDS.find((l) => t.post.includes(l + '长') || t.post.includes(l + '委'));
    if (!level) return carried.size > 0 && !t.jur ? [...carried.values()].at(-1) : undefined;
    return carried.get(level) ?? (level === paperLevel ? paper : t.jur?.text);
  });
}

/** A jurisdiction and an organ with no post after them: the body itself (市委, 市人大, 金华市委, 市委常委会). */
export function organAt(text: string, i: number): { start: number; end: number } | undefined {
  if (!leftOpen(text, i) && !wordAt(KNOWN_PLACES, text, i)) return undefined;
  let best: { start: number; end: number } | undefined;
  const jurs = [wordAt(LEVEL_WORDS, text, i)];
  // Named jurisdictions (金华市): only where a level character follows within reach.
  const reach = text.slice(i + 2, i + 7);
  for (let len = 2; len <= 4 && LEVEL_CHARS.test(reach); len++) {
    const name = text.slice(i, i + len);
    const level = LEVEL_WORDS.find((l) => text.startsWith(l, i + len));
    if (level && allHan(name) && !NOT_PLACE_START.has(name[0]!) && placeLike(name)) jurs.push(name + level);
  }
  for (const jur of jurs) {
    if (!jur) continue;
    const organ = wordAt(ORGANS, text, i + jur.length);
    if (!organ) continue;
    const end = i + jur.length + organ.length;
    if (!best || end > best.end) best = { start: i, end };
  }
  return best;
}
