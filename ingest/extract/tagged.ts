// What the tagger's person spans need before they are kept: a function word run into a name cut off, a surname
// the tagger stopped at completed, and the other names of a list it read some of.
import { tag } from './jieba.ts';
import { allHan, isHanAt } from './chars.ts';
import { nameAt, nameLike, type Span } from './persons.ts';
import { surnameAt } from './lexicon/surnames.ts';
import {
  AFTER_NAME, FOREIGN_NAME_ENDS, LEFT_BOUNDARY, RUN_ON_AFTER_NAME, WEAK_SURNAMES, wordAt, wordEndingAt,
} from './lexicon/words.ts';
import type { Mention } from './types.ts';
import { HONOURS_BEFORE_NAME, POSTS_AFTER_NAME } from './lexicon/titles.ts';
import { FOREIGN_ORGANS, FOREIGN_POSTS } from './lexicon/world.ts';

/** jieba tags of a one-character word that never starts a name: conjunctions, prepositions, adverbs, particles. */
const NOT_NAME_START = /^(?:c|p|d|r|u|uj|ul|y)$/;

/** What a speaker does, right after his name (作了讲解, 作题为…的报告, 发表讲话, 表示). */
const SPEAKS_AFTER = /^(?:作了|作(?:题为|专题|报告|讲解|发言|交流)|发表|主持|出席|表示|指出|强调|受[^，。；]{1,12}委托)/;

/**
 * A surname and one character cut before the name's last, a foreign body's post of address after it (范明政总理、王庭|惠
 * 国会主席: the tagger read 国会 as a body), where nothing of a post starts at that last character.
 */
function cutBeforeForeignPost(text: string, s: Span): boolean {
  if (s.end - s.start !== 2 || surnameAt(text, s.start) !== 1 || !isHanAt(text, s.end)) return false;
  const next = text[s.end]!;
  if (/[副总常首代名原前]/.test(next) || RUN_ON_AFTER_NAME.has(next) || LEFT_BOUNDARY.has(next)) return false;
  if (wordAt(FOREIGN_ORGANS, text, s.end)) return false;
  const organ = wordAt(FOREIGN_ORGANS, text, s.end + 1);
  return organ !== undefined && wordAt(FOREIGN_POSTS, text, s.end + 1 + organ.length) !== undefined;
}

/**
 * A tagger person as a name: a leading one-character function word cut off (但葛菲) when what is left
 * still reads as a name, and 同/与 opening a clause, a trailing one cut off (郭菲称); a lone surname with a given name
 * after it completed (周 in 副主席周铁农).
 */
export function repairName(text: string, s: Span): Span {
  // A bracket read with a name (刘林剑虹（Jenny Lam Low）: `（Jenny`) is no part of it.
  const open = /^[（(]+/.exec(text.slice(s.start, s.end))?.[0].length ?? 0;
  const close = /[）)]+$/.exec(text.slice(s.start + open, s.end))?.[0].length ?? 0;
  if (open + close > 0 && s.end - close > s.start + open) return { start: s.start + open, end: s.end - close };
  // (福伊尔纳（Edwin Feulner）: a name read on into how it is spelt, in brackets after it.)
  const gloss = /^\p{Script=Han}{2,}(?=[（(][A-Za-z])/u.exec(text.slice(s.start, s.end))?.[0].length ?? 0;
  if (gloss > 0) return { start: s.start, end: s.start + gloss };
  // (拿督江乙虎, 斯里安华 of 拿督斯里安华: an honour read with the name, or its end.)
  const honour = honourBefore(text, s);
  if (honour > s.start && s.end - honour >= 2) return { start: honour, end: s.end };
  if (s.end - s.start === 1 && isHanAt(text, s.end)) return nameAt(text, s.start) ?? wholeBefore(text, s.start) ?? s;
  // A name cut one character short of what a speaker does (罗培|新作了讲解, 王本|强受国务院委托作的): the rules' longer
  // reading before it.
  const longer = s.end - s.start === 2 ? nameAt(text, s.start) : undefined;
  // (Or right before the clause ends: 台湾地区领导人蔡英|文。, jieba reading 英文 as a word.)
  const closes = /^[，。；、]/.test(text[s.end + 1] ?? '');
  if (longer && longer.end === s.end + 1 && (closes || SPEAKS_AFTER.test(text.slice(longer.end, longer.end + 16)))) {
    return longer;
  }
  const day = beforeDay(text, s);
  if (day) return day;
  // (崔世安今（22）日, 崔世安今日早上: today read into the name.)
  if (s.end - s.start >= 3 && /[今昨]/.test(text[s.end - 1]!) && /^[日天晚早（(]/.test(text[s.end] ?? '')) {
    return { start: s.start, end: s.end - 1 };
  }
  // (李家超今午（9日）, …昨晚: today's or yesterday's part of the day read into the name.)
  if (s.end - s.start >= 4 && /[今昨][午晨晚早]$/.test(text.slice(s.start, s.end))) {
    return { start: s.start, end: s.end - 2 };
  }
  if (cutBeforeForeignPost(text, s)) return { start: s.start, end: s.end + 1 };
  if (s.end - s.start < 3) return s;
  const last = text[s.end - 1]!;
  // (习近平今（23日）早上: today, its date in brackets after it, as Hong Kong papers print it.)
  if ((last === '今' || last === '昨') && /^[（(][0-9０-９]{1,2}日/.test(text.slice(s.end))) {
    return { start: s.start, end: s.end - 1 };
  }
  if (RUN_ON_AFTER_NAME.has(last) && (last !== '为' || s.end - s.start >= 4) && allHan(text.slice(s.start, s.end))) {
    return { start: s.start, end: s.end - 1 };
  }
  const whole = lastSyllable(text, s);
  if (whole) return whole;
  // 同/与 opening a clause is "with" (，同朔尔茨总理共同主持), whoever follows: a foreign name has no surname to check.
  const opensClause = s.start === 0 || /[，。；：\s]/.test(text[s.start - 1]!);
  if (opensClause && /[同与跟]/.test(text[s.start]!)) return { start: s.start + 1, end: s.end };
  // 和 / 同 / 与 between two names with their posts of address (习近平主席和普京总统, 主席同拜登总统) joins them.
  const postAfter = wordAt(POSTS_AFTER_NAME, text, s.end) ?? wordAt(FOREIGN_POSTS, text, s.end);
  const postBefore = wordEndingAt(POSTS_AFTER_NAME, text, s.start) ?? wordEndingAt(FOREIGN_POSTS, text, s.start);
  if (/[和同与及]/.test(text[s.start]!) && postBefore && postAfter) {
    return { start: s.start + 1, end: s.end };
  }
  // A surname jieba tags as an adverb (曾梵志) stays; one that is mostly a function word (但) may go, and only before
  // a surname that is no function word itself (但葛菲, not 于有斌 or 贝巴托夫).
  const surname = surnameAt(text, s.start) > 0 && !WEAK_SURNAMES.has(text[s.start]!);
  const beforeSurname = surnameAt(text, s.start + 1) > 0 && !WEAK_SURNAMES.has(text[s.start + 1]!);
  // The character alone, as jieba reads the whole as one unknown word (但葛菲/x).
  if (surname || !beforeSurname || !NOT_NAME_START.test(tag(text[s.start]!)[0]?.tag ?? '')) return s;
  const rest = { start: s.start + 1, end: s.end };
  return nameLike(text.slice(rest.start, rest.end), true) ? rest : s;
}

/**
 * A name cut one character short before its day or 同志 (哈尼亚20日 read as 哈尼, 王沪宁5日 as 王沪, 魏凤和同志 as 魏凤): the
 * character left, no word that follows names (在, 于, 等), belongs to it. Three characters only when no Chinese surname
 * opens them.
 */
function beforeDay(text: string, s: Span): Span | undefined {
  const len = s.end - s.start;
  const next = text.slice(s.end + 1, s.end + 4);
  if (len < 2 || len > 3 || !isHanAt(text, s.end) || !/^(?:[0-9０-９]{1,2}日|同志(?!们))/.test(next)) return undefined;
  if (len === 3 && surnameAt(text, s.start) > 0) return undefined;
  // (和 before 同志 or a day is a name's last character, 魏凤和同志, 魏凤和26日: no list joins a day; 等同志 closes a
  // list.)
  const comrade = (next.startsWith('同志') || /^[0-9０-９]/.test(next)) && text[s.end] === '和';
  const after = wordAt(AFTER_NAME, text, s.end) ?? wordAt(FOREIGN_NAME_ENDS, text, s.end);
  if ((after && !comrade) || /[一二三四五六七八九十今昨当]/.test(text[s.end]!)) return undefined;
  return { start: s.start, end: s.end + 1 };
}

/**
 * A transliteration cut one syllable short before a clause ends (负责人卡纳瓦里。 read as 卡纳瓦): no Chinese surname
 * opens it, and the character left is no word that follows names (说, 等, 时).
 */
function lastSyllable(text: string, s: Span): Span | undefined {
  if (surnameAt(text, s.start) > 0 || !isHanAt(text, s.end) || !/^[，。；、]/.test(text.slice(s.end + 1))) return undefined;
  if (wordAt(AFTER_NAME, text, s.end) || wordAt(FOREIGN_NAME_ENDS, text, s.end)) return undefined;
  return { start: s.start, end: s.end + 1 };
}

/**
 * A name cut short where it recurs (彭丽媛简要介绍 → 彭丽, 罗培新作了讲解 → 罗培): printed in full there and found whole
 * earlier in the same text, it is that name.
 */
export function knownWhole(text: string, s: Span, names: ReadonlySet<string>): Span {
  const cut = text.slice(s.start, s.end);
  let best = s;
  for (const name of names) {
    if (name.length > best.end - best.start && name.startsWith(cut) && text.startsWith(name, s.start)) {
      best = { start: s.start, end: s.start + name.length };
    }
  }
  if (best !== s) return best;
  // Cut at its start (会见了扎希德 read as 希德): the name found whole elsewhere, printed whole here too.
  for (const name of names) {
    const start = s.end - name.length;
    if (name.length > cut.length && name.endsWith(cut) && start >= 0 && text.startsWith(name, start)) {
      return { start, end: s.end };
    }
  }
  // Run on into a word that follows names (阮富仲致答辞 read as 阮富仲致): the name found whole elsewhere.
  for (const name of names) {
    const end = s.start + name.length;
    const after =
      wordAt(FOREIGN_NAME_ENDS, text, end) ?? wordAt(AFTER_NAME, text, end) ?? wordAt(HOW_OFTEN, text, end);
    if (name.length < cut.length && cut.startsWith(name) && after) return { start: s.start, end };
  }
  return s;
}

/** How often, right after a name found whole elsewhere (刘洋常来到…: 刘洋, not 刘洋常). */
const HOW_OFTEN = ['常常', '经常', '常', '多次', '屡次', '每每'];

/** A name of two or three characters from a surname up to punctuation (周铁农，). */
function wholeBefore(text: string, start: number): Span | undefined {
  for (const len of [3, 2]) {
    const end = start + len;
    if (end <= text.length && !isHanAt(text, end) && allHan(text.slice(start, end))) return { start, end };
  }
  return undefined;
}

/** Separators of a list of names (李赣骝、童傅、厉无畏; 葛菲／顾俊). */
const LIST_SEPARATOR = /^[、／/]$/;
const SEPARATOR_CODES = ['、', '／', '/'].map((c) => c.charCodeAt(0));

/**
 * Items of a list of names that no rule or tagger read (张之路、秦文君、谢璞、沈石溪等): between separators, two or three
 * Han characters after a surname, with a person next to them in the list. Returns the spans to add as persons.
 */
export function namesInLists(text: string, mentions: readonly Mention[]): Span[] {
  const personAt = new Set<number>();
  const personEnd = new Set<number>();
  for (const m of mentions) {
    if (m.kind === 'person' && !m.surnameOnly) {
      personAt.add(m.start);
      personEnd.add(m.end);
    }
  }
  const out: Span[] = [];
  if (personAt.size === 0) return out;
  const taken = new Uint8Array(text.length);
  // A one-character state the tagger read inside a listed name (韩 of 韩正 in …王沪宁、韩正、蔡奇…) takes nothing; nor
  // does a place after a free surname (长春 of 李长春 in …吴官正、李长春、贺国强…).
  const inName = (m: Mention) =>
    m.kind === 'place' && (m.end - m.start === 1 || (m.end - m.start === 2 && !personEnd.has(m.start - 1)));
  for (const m of mentions) if (!inName(m)) taken.fill(1, m.start, m.end);
  // A name read beside another read in this pass is beside a person too (忻国龙、麻承照、钱苗山、高强华: 钱苗山 after
  // 麻承照), whichever side it stands on: read again until nothing more is read.
  for (let before = -1; out.length > before; ) {
    before = out.length;
    out.push(...listedBesidePersons(text, taken, personAt, personEnd));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One pass of namesInLists: the names beside a person read so far, left to right, each counted read at once. */
function listedBesidePersons(
  text: string,
  taken: Uint8Array,
  personAt: Set<number>,
  personEnd: Set<number>,
): Span[] {
  const out: Span[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!SEPARATOR_CODES.includes(text.charCodeAt(i - 1)) || taken[i]) continue;
    let run = i;
    while (run < text.length && run - i < 4 && isHanAt(text, run) && !taken[run]) run++;
    if (run - i < 2 || surnameAt(text, i) === 0) continue;
    // (…、夏宝龙、何立峰，中央有关部门负责人出席: the list's last name before a comma; …李希、韩正和大会主席团成员: before
    // 和, which a longer name may hold, 魏凤和、, so the longer reading comes first.)
    const closes = (e: number) =>
      e === text.length || LIST_SEPARATOR.test(text[e]!) || text[e] === '等' || /[，。；和及与]/.test(text[e]!);
    const e = [i + 3, i + 2].find((end) => end <= run && (end === run || /[和及与]/.test(text[end]!)) && closes(end));
    if (e === undefined) continue;
    const besidePerson = personEnd.has(i - 1) || (LIST_SEPARATOR.test(text[e] ?? '') && personAt.has(e + 1));
    if (besidePerson && nameLike(text.slice(i, e), true)) {
      out.push({ start: i, end: e });
      personAt.add(i);
      personEnd.add(e);
      taken.fill(1, i, e);
    }
  }
  return out;
}

/** Where the name starts past an honour read with it (拿督江乙虎), or past the end of one read in part (斯里安华). */
function honourBefore(text: string, s: Span): number {
  const whole = wordAt(HONOURS_BEFORE_NAME, text, s.start);
  if (whole) return s.start + whole.length;
  for (let k = s.start + 1; k < s.end - 1; k++) {
    const ending = wordEndingAt(HONOURS_BEFORE_NAME, text, k);
    if (ending && k - ending.length < s.start) return k;
  }
  return s.start;
}
