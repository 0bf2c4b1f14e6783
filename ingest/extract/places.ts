// Place recogniser: well-known places (浙江, 上海), named jurisdictions (金华市, 古山镇) and named sites (南溪湾公园, 九铃东路).
import { HISTORIC_SITE_SUFFIXES, KNOWN_PLACES, PLACE_SUFFIXES } from './lexicon/places.ts';
import { NOT_PLACE_START } from './lexicon/titles.ts';
import { allHan, leftOpen } from './chars.ts';
import { FUNCTION_TAGS, tag, tokenAt } from './jieba.ts';
import { wordAt, wordEndingAt } from './lexicon/words.ts';
import { COUNTRY_NAMES } from './lexicon/world.ts';
import { DIVISIONS } from './lexicon/divisions.ts';
import type { Span } from './persons.ts';

const LEVEL_AFTER_KNOWN = ['省', '市', '县', '区'];
/** A suffix that begins a longer word is no suffix (市场, 区域, 城市, 路线). */
const SUFFIX_STARTS_WORD = /^(?:市场|市民|市级|区域|区块|区别|区分|县城|城市|城乡|路线|路径|村民|镇街|街道办)/;
const SITE_SUFFIXES = new Set(['路', '大道', '街', '公园', '广场', '风景区', '景区', '陵园', '湾', '小区', '公寓']);
const LOCAL_SUFFIXES = new Set(['镇', '乡', '村', '街道', '社区']);
/** Zones a government runs, named after a place jieba may not know (杨凌示范区). */
const ZONE_SUFFIXES = new Set(['示范区', '高新区', '经开区', '保税区', '自贸区']);
/** Units a number takes in a date or an address (13日, 7号): after it, no place starts. */
const DATE_UNITS: ReadonlySet<string> = new Set(Array.from('年月日号时'));

/** Places, leftmost-longest, never starting inside a word. */
export function places(text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    if (NOT_PLACE_START.has(text[i]!)) continue;
    // (13日率布市议会代表团: a date's unit after its number opens no place.)
    if (DATE_UNITS.has(text[i]!) && /[0-9０-９]/.test(text[i - 1] ?? '')) continue;
    if (!leftOpen(text, i) && !wordAt(KNOWN_PLACES, text, i)) continue;
    const best = placeAt(text, i);
    if (best) {
      out.push(best);
      i = best.end - 1;
    }
  }
  return out;
}

/**
 * A prefecture or a county-level city printed with its level (深入玉溪市调研, 赴丽江市): a place wherever a word starts,
 * as its level closes it (not 东方市场, a market, nor 海城市 of 滨海城市).
 */
function divisionAt(text: string, i: number): Span | undefined {
  for (let len = 4; len >= 2; len--) {
    if (!DIVISION_LEVEL_START.has(text[i + len] ?? '') || !DIVISIONS.has(text.slice(i, i + len))) continue;
    const level = /^(?:市|自治州|州|地区|盟)/.exec(text.slice(i + len, i + len + 3))?.[0];
    if (!level || SUFFIX_STARTS_WORD.test(text.slice(i + len))) continue;
    if (tokenAt(text, i)) return { start: i, end: i + len + level.length };
  }
  return undefined;
}

const DIVISION_LEVEL_START: ReadonlySet<string> = new Set(['市', '自', '州', '地', '盟']);

/** Words of going, before where someone went (先后到, 来到, 赴, 深入). */
const GOING = '(?:来到|到|赴|在|前往|深入|途经|走访)';

/** Places listed after a verb of going and closed by 等地 (先后到周口、许昌、郑州等地调研): every item is a place. */
const LISTED_AFTER_GOING = new RegExp(
  `${GOING}((?:\\p{Script=Han}{2,4}、)+\\p{Script=Han}{2,4})等(?:地|省份|省|市|县|国|城市|地区)`,
  'gu',
);

/** The places of such lists, each item whole (a city no lexicon holds, 许昌, is no person there). */
export function listedPlaces(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(LISTED_AFTER_GOING)) {
    let at = m.index + m[0].indexOf(m[1]!);
    for (const item of m[1]!.split('、')) {
      out.push({ start: at, end: at + item.length });
      at += item.length + 1;
    }
  }
  return out;
}

/** Where someone went, listed before the visit's verb (来到喀什古城、艾提尕尔清真寺、疏附县阿亚格曼干村等调研). */
const DESTINATIONS_LISTED = new RegExp(
  `${GOING}((?:[^，。；、：“”]{2,16}、)+[^，。；、：“”]{2,16})等(?:地)?(?:调研|考察|视察|走访|检查|参观)`,
  'gu',
);

/** The lists of places and sites someone went to: what they hold is where he went, no one who did anything. */
export function destinationLists(text: string): Span[] {
  return [...text.matchAll(DESTINATIONS_LISTED)].map((m) => {
    const start = m.index + m[0].indexOf(m[1]!);
    return { start, end: start + m[1]!.length };
  });
}

/**
 * Places named where nothing else was read (`free` says no mention holds them): a country gone to or stayed in, where
 * jieba reads the name as a word of its own (他访问老挝, 在约旦; not 印度 of 途经印度洋), and prefectures and county-level
 * cities printed with their level where a word starts (深入玉溪市调研). Countries are not filled in everywhere: the
 * tagger reads most of them, and the mention edges of the rest, to nodes mentioned thousands of times, slow the
 * embedded store's writes far more than they add (see the README's performance notes).
 */
export function placesLeft(text: string, free: (s: Span) => boolean): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const name = wordEndingAt(GOING_WORDS, text, i) ? wordAt(COUNTRY_NAMES, text, i) : undefined;
    const country = name ? { start: i, end: i + name.length } : undefined;
    const span = country && wordOfItsOwn(text, country) ? country : divisionAt(text, i);
    if (!span || !free(span)) continue;
    out.push(span);
    i = span.end - 1;
  }
  return out;
}

/** Verbs of going and 在, after which a country is where someone went or was (访问老挝, 在约旦): what the facts read. */
const GOING_WORDS: readonly string[] = ['在', '到', '赴', '访问', '前往', '抵达', '出访', '来到', '途经', '离开', '飞抵', '回到'];

/** jieba reads the span as one word of the text around it. */
function wordOfItsOwn(text: string, s: Span): boolean {
  return tokenAt(text, s.start)?.word.length === s.end - s.start;
}

function placeAt(text: string, i: number): Span | undefined {
  let best: Span | undefined;
  for (let len = 4; len >= 2; len--) {
    const name = text.slice(i, i + len);
    if (name.length < len || !allHan(name) || wordEndingAt(PLACE_SUFFIXES, name, name.length)) continue;
    const suffix = wordAt(PLACE_SUFFIXES, text, i + len);
    if (suffix && !SUFFIX_STARTS_WORD.test(text.slice(i + len)) && readsAsPlaceName(name, suffix)) {
      const end = i + len + suffix.length;
      if (!best || end > best.end) best = { start: i, end };
    }
  }
  if (best) return best;
  const known = wordAt(KNOWN_PLACES, text, i);
  if (!known) return undefined;
  const level = LEVEL_AFTER_KNOWN.find((s) => text.startsWith(s, i + known.length));
  return { start: i, end: i + known.length + (level?.length ?? 0) };
}

/** The words before a place suffix must read as a name: a place word, or an unknown word before a site or town suffix. */
function readsAsPlaceName(name: string, suffix: string): boolean {
  if (KNOWN_PLACES.includes(name)) return true;
  const tokens = tag(name);
  // A site of history is named after a body, a meeting or a man, its ordinal included (中共七大会址, 毛泽东旧居).
  if (HISTORIC_SITE_SUFFIXES.includes(suffix)) {
    return /^(?:ns|nz|nr|nt|j|x)$/.test(tokens[0]!.tag) && !tokens.some((t) => FUNCTION_TAGS.test(t.tag));
  }
  if (tokens.some((t) => FUNCTION_TAGS.test(t.tag) || /^(?:a|vn|m|q|t)$/.test(t.tag))) return false;
  const site = SITE_SUFFIXES.has(suffix);
  if (tokens.length === 1) {
    const t = tokens[0]!.tag;
    const local = LOCAL_SUFFIXES.has(suffix);
    const unknown = t === 'x' && (site || local || ZONE_SUFFIXES.has(suffix));
    return /^(?:ns|nz|nr|nt|j)$/.test(t) || unknown || (t === 'n' && local);
  }
  // Several words: the first must itself be a name (金华 in 金华经济开发区), not a common word (部分, 年度).
  if (!/^(?:ns|nz|nr|x|j)$/.test(tokens[0]!.tag)) return false;
  return tokens.some((t) => /^(?:ns|nz|nr)$/.test(t.tag)) || (site && tokens.every((t) => /^(?:n|x|ng|nz|ns)$/.test(t.tag)));
}
