// Enterprise and organisation recogniser: a name ending in a telling suffix (集团, 工贸, 医院, 协会…), reached leftwards to its first word.
import {
  ENTERPRISE_SUFFIXES, MISSION_ENDS, NOT_NAME_PART, NOT_SHORT_BODY, NUMBERED_SCHOOLS, ORGANIZATION_SUFFIXES,
  PLACE_OPENED_SUFFIXES,
  SHORT_ORGANIZATION_SUFFIXES, TRADE_SUFFIXES,
} from './lexicon/bodies.ts';
import { KNOWN_PLACES } from './lexicon/places.ts';
import { DIVISIONS } from './lexicon/divisions.ts';
import { COUNTRY_FORMS } from './lexicon/world.ts';
import { LEVELS } from './lexicon/titles.ts';
import { NAME_DOTS, isHanAt, pastUnopenedBracket } from './chars.ts';
import { LEFT_BOUNDARY, wordEndingAt } from './lexicon/words.ts';
import { FUNCTION_TAGS, tag, tokenAt } from './jieba.ts';
import type { Span } from './persons.ts';

export interface BodySpan extends Span {
  kind: 'enterprise' | 'organization';
}

/** Longest name before a suffix; organisation names run long (中科院苏州医工所永康康复工程技术研发中心). */
const MAX_NAME = { enterprise: 8, organization: 18 } as const;
/**
 * A registered company's name before its legal form runs longer: place, brand, trade and 集团 (深圳市创新投资集团有限公司,
 * 中国石油天然气集团有限公司).
 */
const MAX_REGISTERED_NAME = 12;
const LEGAL_FORMS: ReadonlySet<string> = new Set(['有限公司', '股份有限公司', '有限责任公司', '集团公司']);
const JURISDICTION_START = new RegExp(`^(?:${[...LEVELS].join('|')}|${KNOWN_PLACES.join('|')})`);

/**
 * Every enterprise or organisation ending at a suffix, its name reached leftwards over the words that can belong to it;
 * only where `free` (characters an earlier rule took are no body's: 上海期货交易所 of 上海期货交易所原党委书记, where the
 * title holds 党委).
 */
export function bodies(text: string, free: (s: Span) => boolean = () => true): BodySpan[] {
  const out: BodySpan[] = [];
  for (let e = 2; e <= text.length; e++) {
    const found = suffixEndingAt(text, e);
    if (!found) continue;
    const { kind, suffix, short } = found;
    if (suffixInsideWord(text, e - suffix.length, e)) continue;
    // (徐匡迪在全国政协会见了…: 会 opens the verb 会见, no 协会 ends there.)
    if (suffix.endsWith('会') && /^[见谈晤]/.test(text[e] ?? '')) continue;
    const registered = LEGAL_FORMS.has(suffix);
    const reached = reachLeft(text, e - suffix.length, kind, registered ? MAX_REGISTERED_NAME : MAX_NAME[kind]);
    const start = trimBrackets(text, reached, e - suffix.length);
    const nameLen = e - suffix.length - start;
    if (nameLen < (kind === 'enterprise' ? 2 : 1)) continue;
    if (short && !JURISDICTION_START.test(text.slice(start, e - suffix.length))) continue;
    if (short && e - start === 2 && commonWord(text.slice(start, e))) continue; // 市场 is a market, not 市 + 场
    if (short && NOT_SHORT_BODY.has(text.slice(e - 2, e))) continue; // 中国跨世纪发展大局: a word, not 局
    if (short && verbEndingAt(text, e)) continue; // …基金会主办: a verb, not 办
    const name = text.slice(start, e - suffix.length);
    if (kind === 'enterprise' && (genericName(name, suffix) || !brandedTrade(name, suffix))) continue;
    const school = NUMBERED_SCHOOLS.includes(suffix);
    if ((school || PLACE_OPENED_SUFFIXES.has(suffix)) && !placeOpens(name, suffix, text.slice(e, e + 1))) continue;
    out.push({ start, end: e, kind });
  }
  // Keep the longest of nested spans (永康农商银行 over 农商银行).
  const usable = out.filter(free);
  const inside = (s: BodySpan, o: BodySpan) =>
    o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start;
  return usable.filter((s) => !usable.some((o) => o !== s && inside(s, o)));
}

/**
 * Brackets stand inside an organisation's name around a place (中国（深圳）综合开发研究院), never at its start
 * (（上海古籍出版社，…）) nor around anything else (本报讯（记者马力）市土地整理储备中心: the name starts after them).
 */
function trimBrackets(text: string, start: number, end: number): number {
  // A closing bracket with no opening one in the name closes an aside before it.
  let s = pastUnopenedBracket(text, start, end);
  // Only the name's own characters are looked at: the last closing bracket in it, and the one opening it.
  let close = end - 1;
  while (close >= s && !/[）)]/.test(text[close]!)) close--;
  if (close >= s) {
    let open = close - 1;
    while (open >= s && !/[（(]/.test(text[open]!)) open--;
    const inside = text.slice(open + 1, close);
    if (open < s || !inside || !tag(inside).every(namedPlace)) s = close + 1;
  }
  // (A name opening with brackets, once past the aside, has none left: （北京）股份有限公司 is no name.)
  if (/[（(]/.test(text[s] ?? '') && s < end) {
    const close = text.slice(s, end).search(/[）)]/);
    if (close >= 0) return s + close + 1;
  }
  while (/[（）()]/.test(text[s] ?? '')) s++;
  return s;
}

/** The ending and the character before it are one verb to jieba (主办, 举办): the ending is no body's. */
function verbEndingAt(text: string, e: number): boolean {
  const words = tag(text.slice(e - 2, e));
  return words.length === 1 && /^(?:v|vn|b)$/.test(words[0]!.tag);
}

/** A word that names a place: one jieba tags so, or one the lexicon knows (义乌). */
/**
 * A name a place opens (上海期货交易所); a school's number right after a place or a level (龙岩一中, 县一中, 涿州市二中),
 * not a plenum's (十九届六中全会, 中共十四届一中) nor a school's name cut short (杭州第二中学).
 */
function placeOpens(name: string, suffix: string, next: string): boolean {
  if (!NUMBERED_SCHOOLS.includes(suffix)) return namedPlace(tag(name)[0]!);
  if (/[届第]$/.test(name) || /[全学]/.test(next)) return false;
  return DIVISIONS.has(name) || /^[^，。；、]{0,6}[省市县区镇]$/.test(name) || tag(name).at(-1)?.tag === 'ns';
}

function namedPlace(t: { word: string; tag: string }): boolean {
  return t.tag === 'ns' || KNOWN_PLACES.includes(t.word);
}

/** A named place or a bare level (省, 市…): what may open a name before what it names. */
function placeOrLevel(t: { word: string; tag: string }): boolean {
  return namedPlace(t) || /^[省市县区]$/.test(t.word);
}

/** Banks and factories are named by place and product (永康农商银行, 郑州蝶阀厂): such a name is not generic. */
const PLACE_PRODUCT_SUFFIX = /(?:行|厂)$/;

/** One common word to jieba (市场, 县城): a bare level and a one-character ending that make a word, not a body. */
function commonWord(s: string): boolean {
  const tokens = tag(s);
  return tokens.length === 1 && !/^(?:ns|nt|nz|nr)/.test(tokens[0]!.tag);
}

/**
 * A name that says only where or what kind (中国科技, 永康市科技, 医疗器械, 社会资本, 金华市先进科技) is no enterprise:
 * after any leading place, something must remain that is not one common word. Banks are named by place (永康农商银行).
 */
function genericName(name: string, suffix: string): boolean {
  // (Before a legal form too: 陕西省长安银行股份有限公司.)
  if (PLACE_PRODUCT_SUFFIX.test(suffix) || PLACE_PRODUCT_SUFFIX.test(name)) return false;
  const tokens = tag(name).filter((t, k, all) => !all.slice(0, k + 1).every(placeOrLevel));
  if (tokens.length === 0) return true;
  return tokens.length === 1 && /^(?:n|vn|v|a|an|l|d|b|i)$/.test(tokens[0]!.tag);
}

/** Tags of a word that may be a brand: one jieba does not know, a name, a proper noun, an abbreviation, Latin. */
const BRAND_TAGS = /^(?:x|nr|nrt|nrfg|nz|j|eng)$/;
/** A count or an ordinal in what jieba calls a proper noun (新一轮) is no brand; in an abbreviation it may be (三行). */
const COUNTED = /[一二三四五六七八九十两百千万第]/;

/**
 * A trade's common noun (科技, 贸易, 物流: `TRADE_SUFFIXES`) names a firm only after a brand (赫德科技, 邦立医药, 三行资本),
 * not after what describes the trade (高水平科技, 全球服务贸易, 现代物流), and only where it is a word of its own
 * (not 医药 in 中医药, 保险 in 养老保险). Other endings (集团, 公司, 工贸) always pass.
 */
export function brandedTrade(name: string, suffix: string): boolean {
  if (!TRADE_SUFFIXES.has(suffix)) return true;
  const words = tag(name + suffix);
  // A firm jieba knows by its whole name (中信证券, 格力电器).
  if (words.length === 1 && /^(?:nt|nz|j)$/.test(words[0]!.tag)) return true;
  let at = 0;
  for (const t of words) {
    if (at === name.length) break;
    at += t.word.length;
    if (at > name.length) return false;
  }
  // The brand comes first, after any place (沈阳拓荆科技, 立久佳运动器械); words before it describe a trade (绿色低碳科技).
  const first = tag(name).find((t) => !placeOrLevel(t));
  return first !== undefined && brandWord(first);
}

function brandWord(t: { word: string; tag: string }): boolean {
  if (!BRAND_TAGS.test(t.tag) || (t.tag === 'nz' && COUNTED.test(t.word))) return false;
  // A surname jieba's dictionary glued to a common word (高水平) is that word, not a name.
  if (t.tag === 'nr' && t.word.length === 3) return !/^(?:n|a|v|vn|an|d)$/.test(tag(t.word.slice(1))[0]?.tag ?? '');
  return true;
}

/**
 * Within the 8 characters before, over name words only, a jurisdiction opens the name: a bare one (市, 县…), a named
 * place (中国物流与采购联合会) or the centre's words (中央党史和文献研究院, 国家…, 全国…).
 */
function jurisdictionOpensBefore(tokens: readonly { word: string; tag: string }[]): boolean {
  // Two places or two bodies joined (北京和上海研究院, 中国国家版本馆和中国历史研究院) are a list, not one name.
  const last = tokens.at(-1);
  if (last && namedPlace(last)) return false;
  const body = last && (wordEndingAt(ORGANIZATION_SUFFIXES, last.word, last.word.length) || A_BODY.test(last.word));
  if (body) return false;
  let chars = 0;
  for (let k = tokens.length - 1; k >= 0 && chars <= 8; k--) {
    const t = tokens[k]!;
    if (/[省市县区]$/.test(t.word) || /^[省市县区]/.test(t.word)) return true;
    if (namedPlace(t) || /^(?:中央|国家|全国)$/.test(t.word)) return true;
    if (FUNCTION_TAGS.test(t.tag)) return false;
    chars += t.word.length;
  }
  return false;
}

/** The suffix begins a longer word (医药箱, 科技工作者, 集团化): jieba reads it and what follows as one token. */
function suffixInsideWord(text: string, s: number, e: number): boolean {
  if (e >= text.length || !isHanAt(text, e)) return false;
  const first = tag(text.slice(s, e + 4))[0];
  return first !== undefined && first.word.length > e - s;
}

/** Short names listed among enterprises (`群升集团、金凯德、新多集团`, `星月集团与小米、三行资本`) are enterprises too. */
export function listedEnterprises(text: string, enterprises: readonly Span[], free: (s: Span) => boolean): Span[] {
  const ends = new Set(enterprises.map((e) => e.end));
  const starts = new Set(enterprises.map((e) => e.start));
  const out: Span[] = [];
  const re = /(?<=[、与和])\p{Script=Han}{2,5}(?=[、与和])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = { start: m.index, end: m.index + m[0].length };
    if (ends.has(s.start - 1) && starts.has(s.end + 1) && free(s)) out.push(s);
  }
  return out;
}

/**
 * Where a visit went, listed after its verb of going and closed by firms or projects or places (先后到金瓯医疗、汇丰兽药、
 * 赤道实业、冀雅电子等项目建设现场, 先后前往丰弛鞋业、壹路鲜伴、希润米业等地): where one item is a firm by its ending, the
 * others are firms too, except a place or a site by its ending (石桥镇, 鲍鱼科技产业园).
 */
export function visitedFirms(text: string, enterprises: readonly Span[], free: (s: Span) => boolean): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(FIRMS_VISITED)) {
    // (谈到…等企业: the verb of going must start a word.)
    if (tokenAt(text, m.index) === undefined) continue;
    const items: Span[] = [];
    let at = m.index + m[0].indexOf(m[1]!);
    for (const item of m[1]!.split('、')) {
      items.push({ start: at, end: at + item.length });
      at += item.length + 1;
    }
    const firm = (s: Span) => enterprises.some((e) => e.start === s.start && e.end === s.end);
    if (!items.some(firm)) continue;
    const site = (s: Span) => NOT_FIRM_ENDING.test(text.slice(s.start, s.end));
    out.push(...items.filter((s) => !firm(s) && !site(s) && free(s)));
  }
  return out;
}

const FIRMS_VISITED = new RegExp(
  '(?:来到|到|前往|深入|走进|走访)((?:\\p{Script=Han}{2,8}、)+\\p{Script=Han}{2,8})' +
    '等(?:企业|公司|厂|工厂|项目|地|单位)',
  'gu',
);
/** Endings of places and sites, never of a firm's short name (村, 街道, 产业园, 基地, 纪念馆). */
const NOT_FIRM_ENDING = /(?:[省市县区镇乡村州]|街道|社区|园|园区|基地|中心|馆|站|场|院|校|所|局)$/;

/** A body's ending (集团, 委员会, 局, 党, 社…) ends at `e`. */
export function endsInBodySuffix(text: string, e: number): boolean {
  return suffixEndingAt(text, e) !== undefined || /[党社会]$/.test(text.slice(0, e));
}

function suffixEndingAt(text: string, e: number): { kind: BodySpan['kind']; suffix: string; short: boolean } | undefined {
  const ent = wordEndingAt(ENTERPRISE_SUFFIXES, text, e);
  const school = text[e - 1] === '中' ? wordEndingAt(NUMBERED_SCHOOLS, text, e) : undefined;
  const org = wordEndingAt(ORGANIZATION_SUFFIXES, text, e) ?? school;
  if (ent && (!org || ent.length > org.length)) return ent === '厂' && text[e - 2] === '工' ? undefined : { kind: 'enterprise', suffix: ent, short: false };
  if (org) return { kind: 'organization', suffix: org, short: false };
  const short = wordEndingAt(SHORT_ORGANIZATION_SUFFIXES, text, e);
  return short ? { kind: 'organization', suffix: short, short: true } : undefined;
}

/**
 * Walk left from `s` over jieba's words: stop at punctuation, a function word (来到, 在, 而), a generic modifier
 * (全市, 相关, 企业) or the length limit. 和 stays inside an organisation's name that a jurisdiction opens (市自然资源和规划局).
 */
function reachLeft(text: string, s: number, kind: BodySpan['kind'], max: number = MAX_NAME[kind]): number {
  const from = Math.max(0, s - max);
  let windowStart = from;
  for (let c = s - 1; c >= from; c--) {
    // A name with a middle dot names it (梅琳达·盖茨基金会).
    const dot = NAME_DOTS.has(text[c]!) && isHanAt(text, c - 1) && isHanAt(text, c + 1);
    // Brackets around a place stand inside an organisation's or a registered firm's name (银河航天（北京）网络技术有限公司).
    const bracket = (kind === 'organization' || max > MAX_NAME[kind]) && /[（）()]/.test(text[c]!);
    if (!isHanAt(text, c) && !dot && !bracket) {
      windowStart = c + 1;
      break;
    }
  }
  const tokens = tag(text.slice(windowStart, s));
  let start = s;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // (工作 before 委员会 is a committee's field, 中央外事工作委员会, not a word said of a body.)
    const field = t.word === '工作' && (text.startsWith('委员会', start) || text.startsWith('领导小组', start));
    const notName = NOT_NAME_PART.includes(t.word) && !field;
    if (notName || (NUMBERED.test(t.tag) && !t.word.startsWith('第')) || outsideName(t)) break;
    // On behalf of a body jieba knows (阿东代表共青团…委员会), not a word of the name (河南省代表联络总站).
    if (t.word === '代表' && /^nt/.test(tokens[k + 1]?.tag ?? '')) break;
    if (/^[和与]$/.test(t.word) && kind === 'organization' && jurisdictionOpensBefore(tokens.slice(0, k))) {
      start -= t.word.length;
      continue;
    }
    if (FUNCTION_TAGS.test(t.tag) || /^[，。、；：等和与及的了]$/.test(t.word)) {
      const opened = tokens[k + 1]?.tag === 'ns';
      return placeOpensPast(tokens.slice(0, k + 1), start, opened) ?? namedPast(tokens.slice(0, k + 1), start) ?? start;
    }
    // A verb with its 于 (就读于, 位于) is said of a body, never part of its name, and a set phrase (今年以来) of a
    // firm's (an organisation may hold one: 中央精神文明建设办公室).
    if ((t.word.length > 1 && t.word.endsWith('于')) || (t.tag === 'i' && kind === 'enterprise')) break;
    // jieba glues a verb to a bare jurisdiction (到市): the name takes the jurisdiction only.
    if (t.word.length === 2 && LEFT_BOUNDARY.has(t.word[0]!) && /[省市县区]$/.test(t.word)) {
      start -= 1;
      break;
    }
    // A bare jurisdiction after a verb (拜会省发展改革委主任, 走访县人民医院) opens the name: the verb is no part of it.
    if (/^[省市县区]$/.test(t.word) && /^v/.test(tokens[k - 1]?.tag ?? '')) {
      start -= 1;
      break;
    }
    start -= t.word.length;
  }
  return start === from ? afterCutWord(text, from) : start;
}

/**
 * A name reached to the window's start may begin inside a word the window cut (嘉宾主持人新浪乐居北京公司: 持人): it
 * starts after that word, or with it when the word is a place (北京娱乐通科技发展有限公司: 北京 whole).
 */
function afterCutWord(text: string, from: number): number {
  if (from === 0 || !isHanAt(text, from - 1)) return from;
  let at = Math.max(0, from - 4);
  const tokens = tag(text.slice(at, from + 8));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const end = at + t.word.length;
    if (at < from && end > from) return namedPlace(t) ? at : pastSaid(tokens.slice(k + 1), end);
    if (end >= from) return end === from ? pastSaid(tokens.slice(k + 1), from) : from;
    at = end;
  }
  return from;
}

/** Past the words said of a body that open what is left (是广西汽车集团…, 以瓦格纳雇佣兵集团): where its name starts. */
function pastSaid(tokens: readonly { word: string; tag: string }[], at: number): number {
  let start = at;
  for (const t of tokens) {
    const said = FUNCTION_TAGS.test(t.tag) || t.tag === 'v' || (t.word.length === 1 && LEFT_BOUNDARY.has(t.word));
    if (!said) break;
    start += t.word.length;
  }
  return start;
}

/**
 * An organisation named by a name and what it does (嘉庚创新实验室): over one two-character verb to a word jieba does
 * not know, after a verb, a list's 、 or nothing. Returns the name's start, or undefined.
 */
function namedPast(tokens: readonly { word: string; tag: string }[], end: number): number | undefined {
  const verb = tokens.at(-1);
  const name = tokens.at(-2);
  if (!verb || !name || verb.tag !== 'v' || verb.word.length !== 2 || name.tag !== 'x' || name.word.length < 2) {
    return undefined;
  }
  const before = tokens.at(-3);
  const opens = !before || /^[、，]$/.test(before.word) || FUNCTION_TAGS.test(before.tag);
  return opens ? end - verb.word.length - name.word.length : undefined;
}

/** A word that is a body by itself (党中央, 政协, 成都局, 新疆队): what 和 joins to it is another body. */
const A_BODY = /(?:[馆团部院委会台局队所处站办厅署]|中央|政协|人大|军委|机构|组织|政府)$/;

/** Numbers and classifiers (两家, 12家, 1958年) stand before a body, never in its name; ordinals (第一) may. */
const NUMBERED = /^(?:m|q)$/;

/**
 * 上, 里 or 下 alone, as jieba reads a word of place (到我校上中学, 当兵上大学, 村落里所), is said of a body, not part of
 * its name; other such words are (中俄议会合作委员会, 杭州西站, 政府间委员会).
 */
function outsideName(t: { word: string; tag: string }): boolean {
  return t.tag === 'f' && /^[上里下]$/.test(t.word);
}

/**
 * A name whose reach stopped at a verb may run on over it to a place that opens it (中国文化扶贫委员会, 西城职业介绍中心):
 * over two-character verbs and nouns only, the place the first word. Returns the place's start, or undefined.
 */
function placeOpensPast(
  tokens: readonly { word: string; tag: string }[], end: number, opened: boolean,
): number | undefined {
  // A name a place already opens (湖南加快湘江实验室: 湘江) runs on over nothing.
  if (opened) return undefined;
  let start = end;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (NOT_NAME_PART.includes(t.word)) return undefined;
    const verb = FUNCTION_TAGS.test(t.tag);
    // (和 and 与 join two fields in a name a place opens: 中国物流与采购联合会.)
    const joins = /^[和与]$/.test(t.word) && jurisdictionOpensBefore(tokens.slice(0, k));
    if (verb && !(t.tag === 'v' && t.word.length === 2) && !joins) return undefined;
    start -= t.word.length;
    if (namedPlace(t)) return start;
  }
  return undefined;
}

/** A periodical named in title marks, then what it is (《求是》杂志, 《时代潮》杂志社): an organisation, marks and all. */
const PERIODICAL = /《[^《》\n]{1,16}》(?:杂志社|杂志|期刊|周刊|月刊|画报|报社)/g;

export function periodicals(text: string): Span[] {
  return [...text.matchAll(PERIODICAL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * A state's mission abroad, named by the state that sends it and where it is (中国驻希腊使馆, 中国驻泰国使馆,
 * 俄罗斯驻华使馆): one body, not the sending state and a body of the host (希腊使馆 is Greece's own).
 */
const SENDING_STATES = COUNTRY_FORMS.filter((f) => f.length > 1).join('|');
const MISSION = new RegExp(`(?:${SENDING_STATES})常?驻[^，。；、：\\s“”《》]{1,10}?(?:${MISSION_ENDS.join('|')})`, 'g');

export function missions(text: string): Span[] {
  return [...text.matchAll(MISSION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
