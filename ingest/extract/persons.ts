// Name recogniser: surname + given name, or a foreign name by its extent, found after titles, in lists of officials,
// before reporting verbs and posts, then everywhere the same name recurs.
import { tag, tokenAt } from './jieba.ts';
import {
  isTibetanNamePart, japaneseSurnameAt, mongolianNameAt, SINGLE_SURNAMES, surnameAt, tibetanNameAt,
} from './lexicon/surnames.ts';
import { POSTS, POSTS_AFTER_NAME } from './lexicon/titles.ts';
import { KNOWN_PLACES, PLACES_CLOSE } from './lexicon/places.ts';
import { DIVISIONS } from './lexicon/divisions.ts';
import { MISSION_ENDS } from './lexicon/bodies.ts';
import { COUNTRY_FORMS, FOREIGN_POSTS } from './lexicon/world.ts';
import {
  ADDRESS_AFTER_SURNAME, ADDRESS_BEFORE_SURNAME, AFTER_SURNAME_NAME, AFTER_NAME, FOREIGN_NAME_ENDS,
  COME_TO_DO, LEFT_BOUNDARY, NAME_LIST_INTRO, NAME_VERBS, RUN_ON_AFTER_NAME, TIME_START, VOUCHING_WORDS, WEAK_SURNAMES,
  documentKind, sortLongestFirst, wordAt, wordEndingAt,
} from './lexicon/words.ts';
import { NAME_DOTS, allHan, isHanAt, leftOpen } from './chars.ts';

export interface Span {
  start: number;
  end: number;
}

/** Characters that never stand in a given name (function words that follow names). */
const NOT_GIVEN = new Set(Array.from('的了是在和与及等为对向从于把被将说也都就而之其这那个们上下不有无市县省区镇乡村委还'));
/** jieba tags that a whole candidate may carry and still be a name (nr*: person; x: unknown). */
const NAME_TAGS = /^(?:nr|nrfg|nrt|x)$/;
/** jieba tags of a common word inside a candidate that show it is not a name (胡/公式, 金华). */
const WORD_TAGS = /^(?:n|v|vn|vd|a|ad|an|d|m|q|p|c|u|r|t|f|s|l|i|j|nt|ng)$/;
/** jieba's tags of the particles of aspect: 了 (ul), 过 (ug), 着 (uz). */
const ASPECT_TAGS = /^(?:ul|ug|uz)$/;
/** Tags of words no name opens with: adverbs, conjunctions, prepositions, pronouns, particles. */
const FUNCTION_WORD_TAGS = /^(?:d|ad|c|p|r|u|uj|ul)$/;

const PLACE_NAMES: ReadonlySet<string> = new Set([...KNOWN_PLACES, ...COUNTRY_FORMS]);

/**
 * Whether jieba reads `s` as a name rather than as a common word or a place. `lenient` (a title or a list vouches for
 * the name): only a candidate that is one known non-name word is refused (金华, 任职). Strict: no part may be a common word
 * either (胡 + 公式).
 */
export function nameLike(s: string, lenient = false): boolean {
  if (PLACE_NAMES.has(s)) return false; // 吉林调研: a province, whatever jieba says
  const tokens = tag(s);
  // Vouched for, a name jieba's dictionary holds as some other proper noun (周铁农: nz) is still a name.
  if (tokens.length === 1) return NAME_TAGS.test(tokens[0]!.tag) || (lenient && tokens[0]!.tag === 'nz' && s.length <= 3);
  // Vouched for or not, a name does not open with an adverb, a conjunction or a pronoun of two characters (代表委员普遍
  // 聊到: 普遍).
  // (jieba's pronouns that are a surname and a given name's first character, 何国 of 何国勇, open names vouched for.)
  const surnamed = lenient && s.length === 3 && tokens[0]!.tag === 'r' && !PRONOUNS.has(tokens[0]!.word);
  if (tokens[0]!.word.length > 1 && FUNCTION_WORD_TAGS.test(tokens[0]!.tag) && !surnamed) return false;
  // Nor does it end in an aspect's particle after a word (同村委会主任商量过: 商量 + 过).
  if (tokens.length > 1 && tokens.at(-2)!.word.length > 1 && ASPECT_TAGS.test(tokens.at(-1)!.tag)) return false;
  if (lenient) return true;
  return !tokens.some((t) => t.word.length > 1 && WORD_TAGS.test(t.tag));
}

/**
 * 和 or 之 last, right before a clause's punctuation or a day, joins nothing: it is the name's (国防部长魏凤和，…;
 * 魏凤和26日; 张新之，). So
 * is 和 before a verb only a person does, with no noun of it after (副书记刘家和主持了签约仪式; not 和主持人, nor
 * 和主持会议的…, whom a conjunction joins).
 */
function joinerOfName(text: string, c: string, end: number): boolean {
  if (!/[和之]/.test(c)) return false;
  // (社长陈平和及当地华社代表出席: 及 after 和 joins the next; 和 is the name's.)
  if (/[，。；、：]/.test(text[end] ?? '') || (c === '和' && /^(?:及|以及)/.test(text.slice(end, end + 2)))) return true;
  // (国防部长魏凤和26日在八一大楼会见…: no conjunction joins a name to a day; 罗富和下午走访…: nor to its part.)
  if (c === '和' && /^(?:[0-9０-９]{1,2}日|[上下中]午|晚上|当天|当日|今天|昨天)/.test(text.slice(end, end + 3))) return true;
  const acting = wordAt(ACTS_AFTER_AND, text, end) !== undefined && text[end + 2] !== '人';
  return c === '和' && acting && !/^[^，。；]*的/.test(text.slice(end, end + 20));
}

/** Verbs a name ending in 和 may stand before (刘家和主持, 康正和讲话): no conjunction joins a person to them. */
// (林庆和会见并宴请: 会见, 出席 and 宴请 take no object joined by 和 either.)
const ACTS_AFTER_AND = ['主持', '讲话', '致辞', '表示', '指出', '强调', '会见', '会谈', '出席', '宴请'];

/** Pronouns of two characters that open with a surname's character (任何人, 何种): no name opens with them. */
const PRONOUNS: ReadonlySet<string> = new Set(['任何', '何人', '何事', '何处', '何种', '何等', '何时', '何地', '何妨']);

type Context = 'strong' | 'good' | 'none';

/** How well what follows a name at `end` fits a name ending there. */
function rightContext(text: string, end: number): Context {
  if (/^[0-9０-９]{1,2}(?:月|日)/.test(text.slice(end, end + 3))) return 'strong'; // 丁薛祥3日上午: a date follows
  if (/^[，,][男女][，,]/.test(text.slice(end, end + 3))) return 'strong'; // a résumé: 申维辰，男，汉族
  if (end >= text.length || !isHanAt(text, end)) return 'good';
  if (wordAt(NAME_VERBS, text, end) || wordAt(VOUCHING_WORDS, text, end) || closesAsGroup(text, end)) return 'strong';
  if (COUNT_OF_PEOPLE.test(text.slice(end, end + 2))) return 'good'; // 商国富、陆新平二人 (but 祖孙两人)
  // A post printed after the name, a foreign one too (卡塔尔埃米尔代表焦安亲王).
  if (wordAt(AFTER_NAME, text, end) || wordAt(POSTS, text, end) || wordAt(FOREIGN_POSTS, text, end)) return 'good';
  if (wordAt(POSTS_AFTER_NAME, text, end)) return 'good'; // 林福山太平绅士
  return 'none';
}

/** How many people a list of names was (张伟、李红二人). */
const COUNT_OF_PEOPLE = /^[二两三四五六七八九]人/;

/** `等` and a verb of a role after a name: the first of those present (`张又侠等参加活动`, `王毅等陪同`). */
function closesAsGroup(text: string, end: number): boolean {
  return text[end] === '等' && wordAt(ROLE_VERBS_AFTER_NAME, text, end + 1) !== undefined;
}

/** How a name is vouched for: by a title or a list before it (lenient), by a verb after it, or by a post after it. */
type Evidence = 'vouched' | 'verb' | 'post';

/**
 * The name starting at i, choosing the given name's length by what follows: a one-character given name when a
 * reporting verb follows it (金政调研), else two characters when something fitting follows (章旭升赴), else one.
 * A name written with a middle dot (帕巴拉·格列朗杰) is taken whole, whatever its first character.
 */
export function nameAt(text: string, i: number, evidence: Evidence = 'vouched'): Span | undefined {
  const unsurnamed = nameWithoutSurnameAt(text, i, evidence);
  if (unsurnamed) return unsurnamed;
  const requireStrong = evidence === 'verb';
  const sl = dayAt(text, i, evidence) ? 0 : surnameAt(text, i); // 总理周二晚表示: a day, no 周
  // A Japanese name after a post of its city's (大分市市长佐藤树一郎), where no Chinese surname opens one.
  const japanese = sl === 0 && evidence === 'vouched' ? japaneseNameAt(text, i) : 0;
  if (japanese > 0) return { start: i, end: i + japanese };
  // A country's name is no name's start (邓锡军和沙特新任…: 沙特, not 沙特新), unless a post vouches for a name of one
  // more character that a verb or a mark closes (管委会主任韩国全陪同考察).
  const country = wordAt(COUNTRY_FORMS, text, i)?.length ?? 0;
  const namedAfterPost = evidence === 'vouched' && country === 2 && rightContext(text, i + 3) === 'strong';
  if (sl === 0 || (country > 1 && !namedAfterPost)) return undefined;
  const options: { end: number; ctx: Context }[] = [];
  for (const g of [1, 2]) {
    const end = i + sl + g;
    const cand = text.slice(i, end);
    const closing = (c: string, k: number) => k === g - 1 && joinerOfName(text, c, end);
    // 为, 其 and 之 inside a given name, not last (吴为山, 李为民, 孙其信, 符之冠): last, they are the words after a name
    // (王毅为…); so are 在 and 有 where a post vouches for the name (副会长王在希和…, 会长马有礼，).
    const inside = (c: string, k: number) =>
      (c === '为' || c === '其' || c === '之' || ((c === '在' || c === '有') && evidence === 'vouched')) && k < g - 1;
    const given = Array.from(cand.slice(sl));
    const notGiven = (c: string, k: number) => NOT_GIVEN.has(c) && !closing(c, k) && !inside(c, k);
    if (end > text.length || !allHan(cand) || given.some(notGiven)) continue;
    // (第103期科长班以及…: the conjunction's first character ends no name.)
    if (text.startsWith('以及', end - 1)) continue;
    options.push({ end, ctx: rightContext(text, end) });
  }
  const one = options.find((o) => o.end === i + sl + 1);
  const two = options.find((o) => o.end === i + sl + 2);
  // A verb of two characters starting right after a one-character given name would lose its first to a longer name
  // (李强来到: 来到, not 李强来 + 到).
  const verbAfterOne = one && (wordAt(AFTER_NAME, text, one.end)?.length ?? 0) >= 2;
  const closedByAnd = two && text[two.end - 1] === '和' && text[i + sl] !== '和';
  // A word that follows names and ends none in the annotated corpora (李红以“四不两直”方式: 以), where one character
  // fits too: the name is the shorter.
  const last = two ? text[two.end - 1]! : '';
  const runOn = one && one.ctx !== 'none' && last !== '为' && RUN_ON_AFTER_NAME.has(last);
  const fitting = closedByAnd
    ? two
    : one?.ctx === 'strong' || verbAfterOne || runOn
      ? one
      : two && two.ctx !== 'none'
        ? two
        : one && one.ctx !== 'none'
          ? one
          : undefined;
  // Vouched for, a three-character name jieba knows needs only a common word after it (时任浙江省委书记习近平关心
  // 推动下), not more of a name (外交部长罗德里|格斯); two characters are too often a word (总书记殷殷嘱托).
  // So is one jieba reads in its place as one name, whatever follows (副行长范一飞案, 主任董云虎严重违纪).
  const known = () =>
    evidence === 'vouched' && two && ((knownName(text.slice(i, two.end)) && wordFollows(text, two.end)) ||
      (!RUN_ON_AFTER_NAME.has(last) && readAsName(text, i, two.end)));
  const pick = fitting ?? (known() ? two : undefined);
  if (!pick || (requireStrong && pick.ctx !== 'strong')) return undefined;
  // A surname that is more often a function word (和, 向, 来) gets no benefit of the doubt.
  const lenient = evidence === 'vouched' && !WEAK_SURNAMES.has(text[i]!);
  // (张树庭教授来庆元考察: 来, then a place and what was done there, is the coming.)
  if (text[i] === '来' && COME_TO_DO.test(text.slice(pick.end, pick.end + 2))) return undefined;
  if (!nameLike(text.slice(i, pick.end), lenient)) return undefined;
  return { start: i, end: pick.end };
}

/**
 * A time word at i where a name might start (周二晚, 今天): no name, unless a post vouches for a name 周 opens and what
 * follows is no time of day nor a name's end (局长周一岳、).
 */
function dayAt(text: string, i: number, evidence: Evidence): boolean {
  if (!TIME_START.test(text.slice(i, i + 2))) return false;
  const next = text[i + 2] ?? '';
  const named = evidence === 'vouched' && text[i] === '周' && isHanAt(text, i + 2) && !DAY_GOES_ON.test(next);
  return !(named && !wordAt(AFTER_NAME, text, i + 2));
}
const DAY_GOES_ON = /[晚早上下中午凌夜起至到前后在的和与及]/;

/** A name with no surname at i: a dotted foreign one, or a Tibetan or Mongolian one from the stock of elements. */
function nameWithoutSurnameAt(text: string, i: number, evidence: Evidence): Span | undefined {
  if (dotAhead(text, i)) {
    const dotted = foreignNameAt(text, i);
    if (dotted?.dotted && (evidence !== 'verb' || rightContext(text, dotted.end) === 'strong')) return dotted;
  }
  // A Tibetan or Mongolian name, with no surname (洛桑江村, 宝音满都呼), is taken whole where a name is looked for.
  const stock = tibetanNameAt(text, i) || mongolianNameAt(text, i, evidence === 'vouched');
  // (Two elements of the stock vouch for it before a role's verb too: 洛桑江村参加会见.)
  const roleAfter = () => wordAt(ROLE_VERBS_AFTER_NAME, text, i + stock) !== undefined;
  if (stock && (evidence !== 'verb' || rightContext(text, i + stock) === 'strong' || roleAfter())) {
    return { start: i, end: i + stock };
  }
  return undefined;
}

/** A post starts inside [from, to): the characters are a body's name or a title, not a person's (国王顾问团主席洪森). */
function holdsPost(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (wordAt(POSTS, text, k) || wordAt(FOREIGN_POSTS, text, k)) return true;
  return false;
}

/** A common word of two characters starts at `end` (关心, 推动): what precedes it may end there. */
function wordFollows(text: string, end: number): boolean {
  const tokens = tag(text.slice(end, end + 2));
  return tokens.length === 1 && tokens[0]!.word.length === 2 && WORD_TAGS.test(tokens[0]!.tag);
}

/** jieba knows the whole string as a person's name (李克强, 毛泽东), not merely as an unknown word. */
function knownName(s: string): boolean {
  const tokens = tag(s);
  return tokens.length === 1 && /^nr/.test(tokens[0]!.tag);
}

/**
 * Jieba, reading the text around it, takes [start, end) as one Chinese name and a word it knows after it
 * (范一飞 + 案; not a transliteration, 伊斯拉/nrt + 米, nor more of a name, 罗德里 + 格斯), or as one word it does
 * not know and what is said of a person after it, a verb or an adverb of two characters (董云虎 + 严重; not 索维娅 +
 * 国际艺术村, a body's name).
 */
function readAsName(text: string, start: number, end: number): boolean {
  const t = tokenAt(text, start);
  if (t === undefined || t.word.length !== end - start) return false;
  const next = tokenAt(text, end);
  if (next === undefined) return false;
  if (t.tag === 'x') return next.word.length > 1 && /^(?:v|vd|a|ad|d|p|c)$/.test(next.tag);
  // (A lone character after it that is no noun, or that a verb of speech follows, is more often the name's last
  // syllable: 伊格纳 + 特, 马基延 + 科指出.)
  const lone = next.word.length === 1 && (!/^(?:n|ng)$/.test(next.tag) || rightContext(text, end + 1) === 'strong');
  return (t.tag === 'nr' || t.tag === 'nrfg') && !lone && !/^(?:nr|x$)/.test(next.tag);
}

/**
 * A name ending at `end`, where a post or 同志 follows it (`栗战书委员长`, `纪念毛泽东同志`). A name starting at a word
 * boundary is preferred and vouched for by what follows; one inside running text must be a name jieba knows.
 */
/** A classifier after a number (6位内阁副总理): 位 starts no name there. */
function counted(text: string, i: number): boolean {
  return text[i] === '位' && /[0-9０-９一二三四五六七八九十百千两多余]/.test(text[i - 1] ?? '');
}

export function nameEndingAt(text: string, end: number): Span | undefined {
  const dotted = dottedNameEndingAt(text, end);
  if (dotted) return dotted;
  let found: Span | undefined;
  for (const len of [3, 2, 4]) {
    const s = end - len;
    if (s < 0 || WEAK_SURNAMES.has(text[s]!) || holdsPost(text, s, end) || counted(text, s)) continue;
    const open = leftOpen(text, s);
    if (nameAt(text, s, open ? 'vouched' : 'post')?.end !== end) continue;
    if (open) return { start: s, end };
    if (!found && knownName(text.slice(s, end))) found = { start: s, end };
  }
  return found;
}

const NAME_JOINERS = new Set(Array.from('·•‧・-－'));
/** Longest foreign names: without a dot, and with dots (哈马德·本·伊萨·阿勒哈利法). */
const MAX_FOREIGN = 12;
const MAX_DOTTED = 24;
/**
 * jieba tags of a word of two or more characters that is no part of a foreign name (先生, 新闻秘书, 今天, 邀请,
 * 视察). Not nz: jieba reads parts of transliterations as such (苏/j 纳克/nz). A name jieba splits into a verb at its
 * start is lost (拉加/v 德): rarer than a verb read as a name after a post with none (`总统指责…`).
 */
const NOT_NAME_WORD = /^(?:n|v|vn|vd|a|l|t|d|ad|an|i|r|m|f|p|c|u|q|s)$/;

/** A middle dot follows within a name's reach of i: the only case where a dotted name can start there. */
function dotAhead(text: string, i: number): boolean {
  for (let j = i + 1; j < i + 10 && j < text.length; j++) {
    if (NAME_DOTS.has(text[j]!)) return true;
    if (!isHanAt(text, j)) return false;
  }
  return false;
}

/** A word that ends a foreign name at j: one of AFTER_NAME's longer than a character, or of FOREIGN_NAME_ENDS. */
function foreignNameEndsAt(text: string, j: number): boolean {
  return (wordAt(AFTER_NAME, text, j)?.length ?? 0) > 1 || wordAt(FOREIGN_NAME_ENDS, text, j) !== undefined;
}

/**
 * Two words that end names overlap at j (阿不都热西提出席: 提出 or 出席): the later one ends the name when the earlier one
 * would leave a character dangling.
 */
function endsOneLater(text: string, j: number): boolean {
  const here = wordAt(AFTER_NAME, text, j) ?? wordAt(FOREIGN_NAME_ENDS, text, j);
  return here !== undefined && here.length > 1 && isHanAt(text, j + 1) && foreignNameEndsAt(text, j + 1)
    && (wordAt(AFTER_NAME, text, j + 1)?.length ?? 0) >= here.length;
}

/**
 * A foreign name at i, having no surname to measure it by: the longest run of Han characters (joined by middle dots
 * or hyphens: 迪亚斯-卡内尔) up to a verb, a particle or punctuation, 2–12 characters (24 with dots), cut before
 * the first common word jieba finds in it (`保罗·盖蒂一手打造`). Refused when it runs on past that or starts with a
 * word that ends names or a common word (`总统先生`, `总统新闻秘书`, `总统大选`), holds a post (`国王顾问团`) or is a
 * country (a headline's `…总书记 古巴国家主席`).
 */
export function foreignNameAt(text: string, i: number): (Span & { dotted: boolean }) | undefined {
  if (foreignNameEndsAt(text, i) || TIME_START.test(text.slice(i, i + 2))) return undefined;
  const japanese = japaneseNameAt(text, i);
  if (japanese > 0) return { start: i, end: i + japanese, dotted: false };
  let j = i;
  const limit = Math.min(text.length, i + MAX_DOTTED + 1);
  for (; j < limit; j++) {
    if (isHanAt(text, j)) {
      if (j - i >= 2 && foreignNameEndsAt(text, j) && !endsOneLater(text, j)) break;
    } else if (!(NAME_JOINERS.has(text[j]!) && j > i && isHanAt(text, j + 1))) break;
  }
  let end = i;
  for (const t of tag(text.slice(i, j))) {
    // 因…, 在…: not a name's start; 比 is one often (比格德利, 比尔).
    if (end === i && t.word.length === 1 && /^[pc]$/.test(t.tag) && t.word !== '比') return undefined;
    // 卡尔十六世, 穆罕默德六世 (jieba may read the numeral with its 世 as one word).
    const regnal = (t.tag === 'm' && text[end + t.word.length] === '世') || /^[一二三四五六七八九十]+世$/.test(t.word);
    const afterDot = NAME_JOINERS.has(text[end - 1] ?? ''); // the word after a dot is a name's part (保罗·基廷/n)
    // 氏 second in a Vietnamese woman's name comes before her given name (潘氏清心, 吴氏敏).
    const afterShi = text[end - 1] === '氏' && end - i === 2;
    // A long name jieba lists as one noun (桥本龙太郎/n), the whole run up to what ends names: no common word is so long.
    const listedName = end === i && t.word.length >= 4 && t.word.length === j - i && /^(?:n|nr\w*|nz)$/.test(t.tag);
    // A short transliteration jieba holds as a measure word or a noun (卡列/q), the whole run up to punctuation.
    const wholeRun = end === i && t.word.length === j - i && /^[，。；、]/.test(text[j] ?? '') && /^[qmn]$/.test(t.tag);
    // One jieba holds as an adjective, the whole run up to what ends names (多数党领袖舒默/a 率领的…).
    const adjective = end === i && t.word.length === j - i && t.tag === 'a' && j < limit;
    const kept = regnal || afterDot || afterShi || listedName || wholeRun || adjective;
    if (t.word.length > 1 && NOT_NAME_WORD.test(t.tag) && !kept) break;
    end += t.word.length;
  }
  if (holdsPost(text, i, end) || wordAt(COUNTRY_FORMS, text, i)?.length === end - i) return undefined;
  while (end > i && NAME_JOINERS.has(text[end - 1]!)) end--;
  let dotted = false;
  for (let k = i; k < end; k++) dotted ||= NAME_DOTS.has(text[k]!);
  if (end - i < 2 || end - i > (dotted ? MAX_DOTTED : MAX_FOREIGN) || (end === j && j === limit && isHanAt(text, j))) {
    return undefined;
  }
  return { start: i, end, dotted };
}

/**
 * A Japanese name at i: a surname of the stock, then a given name of one to three characters up to what ends names
 * (大泽勉出席, 佐藤树一郎率, 横内正明一行); its length, or 0. jieba reads the given names as words (正明, 清水).
 */
function japaneseNameAt(text: string, i: number): number {
  const sl = japaneseSurnameAt(text, i);
  // (A surname read whole, then what ends names: 高山出席 is no Japanese name's start.)
  const ends = (k: number) =>
    !isHanAt(text, k) || foreignNameEndsAt(text, k) || wordAt(AFTER_NAME, text, k) !== undefined;
  if (sl === 0 || ends(i + sl)) return 0;
  for (let k = i + sl + 1; k <= i + sl + 3; k++) if (ends(k)) return k - i;
  return 0;
}

/**
 * The name after a foreign or international title: a foreign one by its extent, else a Chinese one by its surname
 * (`中国驻马尔代夫大使王立新`, where jieba splits the given name into a common word), unless it holds a post.
 */
export function nameAfterForeignTitle(text: string, at: number): Span | undefined {
  if (foreignNameEndsAt(text, at)) return undefined; // 外交大臣和总参谋长: no name at 和
  const foreign = foreignNameAt(text, at) ?? nounRunAt(text, at);
  if (foreign) return foreign;
  const chinese = nameAt(text, at);
  return chinese && !holdsPost(text, chinese.start, chinese.end) ? chinese : undefined;
}

/**
 * After a foreign title, a run of two to five characters up to a list's mark that jieba reads as nouns only
 * (伊朗副外长比格德利、: 比格/n 德利/ns): a transliterated name, whatever words its syllables make.
 */
function nounRunAt(text: string, at: number): Span | undefined {
  const run = /^\p{Script=Han}{2,5}(?=[、，。；])/u.exec(text.slice(at, at + 6))?.[0];
  if (!run || holdsPost(text, at, at + run.length) || wordAt(COUNTRY_FORMS, text, at)) return undefined;
  return tag(run).every((t) => /^(?:n|ns|nr\w*|nz)$/.test(t.tag)) ? { start: at, end: at + run.length } : undefined;
}

/** Characters before which a dotted run is a work's, a column's or an event's name, not a person's (《寻古中国·玉石记》). */
const OPENING = new Set(Array.from('“《【「『‘〈"\''));

/**
 * Names with a middle dot standing on their own (`雪克来提·扎克尔参加会见`): the run around each dot, starting where a
 * word can start, ending before a verb or punctuation, and not opened by a quote or a bracket.
 */
export function dottedNames(text: string): Span[] {
  const out: Span[] = [];
  for (const dot of NAME_DOTS) {
    for (let d = text.indexOf(dot, 1); d > 0; d = text.indexOf(dot, d + 1)) {
      const name = dottedNameAround(text, d);
      if (name) out.push(name);
    }
  }
  return out;
}

/** A dotted name that ends at end (穆铁礼甫·哈斯木常委: not 哈斯木 alone), found from its first dot. */
function dottedNameEndingAt(text: string, end: number): Span | undefined {
  let first = -1;
  for (let i = end - 1; i >= 0 && i >= end - MAX_DOTTED; i--) {
    if (NAME_DOTS.has(text[i]!)) first = i;
    else if (!isHanAt(text, i)) break;
  }
  if (first < 0) return undefined;
  const name = dottedNameAround(text, first);
  return name?.end === end ? name : undefined;
}

/** The dotted name whose first dot is at d, if one stands there on its own. */
function dottedNameAround(text: string, d: number): Span | undefined {
  let start = -1;
  let afterPost = false;
  for (let s = d - 1; s >= 0 && s > d - 10 && isHanAt(text, s); s--) {
    // (Or a foreign post ends there, whatever body its state's name has: …立法议会议长阿利斯泰尔•科率代表团.)
    afterPost = d - s >= 2 && wordEndingAt(FOREIGN_POSTS, text, s) !== undefined;
    if (d - s >= 2 && (s === 0 || !isHanAt(text, s - 1) || LEFT_BOUNDARY.has(text[s - 1]!) || afterPost)) {
      start = s;
      break;
    }
  }
  // Opened by a quote or a bracket, or the tail of a longer dotted run (马丁·路德·金: the run at 路德 is 马丁's).
  if (start < 0 || OPENING.has(text[start - 1] ?? '') || NAME_JOINERS.has(text[start - 1] ?? '')) return undefined;
  const name = foreignNameAt(text, start);
  if (!name?.dotted || rightContext(text, name.end) === 'none') return undefined;
  // (A word that ends names right after it may be a word with the name's last character, 卡斯特罗大|将: after a post,
  // the name stands where the two are no word: 阿利斯泰尔•科|率.)
  const cut = () => {
    const pair = tag(text.slice(name.end - 1, name.end + 1));
    return pair.length === 1 && pair[0]!.tag !== 'x';
  };
  return wordAt(FOREIGN_NAME_ENDS, text, name.end) && (!afterPost || cut()) ? undefined : name;
}

/** Names listed with 、 after a first one (`胡勇春、李浩锋`): each must itself read as a name. */
export function listAfter(text: string, first: Span): Span[] {
  const out: Span[] = [];
  let e = first.end;
  while (text[e] === '、' || (text[e] === '和' && surnameAt(text, e + 1) > 0)) {
    const next = nameAt(text, e + 1) ?? (text[e] === '、' ? closedItem(text, e + 1) : undefined);
    if (!next) break;
    out.push(next);
    e = next.end;
  }
  return out;
}

/**
 * In a list of names after a title, an item of two to four characters that 、 closes on both sides is a name even
 * when its surname is one kg does not list (`…穆虹、咸辉、王东峰`, a Tibetan name: `彭清华、张庆伟、洛桑江村、`), unless
 * jieba reads it as a common word; a surname and two characters jieba holds as a set phrase are a name there
 * (`童傅、厉无畏、钮小明`: 厉无畏, an idiom to jieba).
 */
function closedItem(text: string, i: number): Span | undefined {
  for (const len of [2, 3, 4]) {
    const s = text.slice(i, i + len);
    if (text[i + len] !== '、' || !allHan(s)) continue;
    // (…孟德利、德吉、格桑次仁、坚参、其美仁增: Tibetan names, one element or two, whatever jieba reads.)
    const tibetan = len === 2 ? isTibetanNamePart(s) : len === 4 && tibetanNameAt(s, 0) === 4;
    const idiom = len === 3 && surnameAt(s, 0) === 1 && setPhrase(s);
    if (nameLike(s) || tibetan || idiom) return { start: i, end: i + len };
  }
  return undefined;
}

/** One word to jieba, an idiom or a set phrase. */
function setPhrase(s: string): boolean {
  const tokens = tag(s);
  return tokens.length === 1 && /^(?:i|l)$/.test(tokens[0]!.tag);
}

/**
 * An item a list's 、 closes on both sides, a surname and one or two characters, is a name even when a character of
 * its given name is one that names seldom hold (魏凤和, 王毅和…: between 、 it cannot be the joiner).
 */
function listedName(text: string, it: Span): boolean {
  const len = it.end - it.start;
  const sl = surnameAt(text, it.start);
  const s = text.slice(it.start, it.end);
  if (sl === 0 || len - sl < 1 || len - sl > 2 || !allHan(s)) return false;
  // (庞震凤、全新明、莫中厚: between two marks of the list, a name jieba reads as words, 全新 + 明, is still one.)
  const inside = text[it.start - 1] === '、' && /[、和]/.test(text[it.end] ?? '');
  return nameLike(s, true) || (inside && !PLACE_NAMES.has(s) && tag(s).length > 1);
}

/**
 * Lists of names with no title before them, known by what surrounds them: `代表应尚蛟、王伟、李红阳`,
 * `朱志杰、陈美蓉、朱世道、范晓东等市各套班子领导`, `胡勇春、李浩锋参加`.
 */
export function nameLists(text: string): Span[] {
  const out: Span[] = [];
  // An item may be two names joined by 和 (…胡春华、刘鹤和魏凤和、王勇…); 以及 joins items as 、 does (…巴特尔以及周铁农、…).
  const re = /(?:\p{Script=Han}{1,4}?(?:和\p{Script=Han}{2,4})?(?:、|以及))+\p{Script=Han}{2,4}/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const parts = m[0].split(/(、|以及)/);
    const items: Span[] = [];
    let pos = m.index;
    for (let k = 0; k < parts.length; k += 2) {
      items.push(...joinedPair(text, pos, pos + parts[k]!.length));
      pos += parts[k]!.length + (parts[k + 1]?.length ?? 0);
    }
    // (领导还有：高新亭、孙伟、…、刘从良等: after words that introduce people, the first and last are names too, whatever
    // words jieba reads in them.)
    const opened = NAME_LIST_INTRO.test(text.slice(Math.max(0, m.index - 40), m.index));
    const unlisted = firstItem(text, items, opened);
    // The last item may run into what follows (范晓东等市): end it where a name can end.
    const first = items[0]!;
    const last = items.at(-1)!;
    const lastName =
      nameAt(text, last.start) ?? itemBeforeCloser(text, last.start) ?? (opened ? lastItem(text, last) : undefined);
    if (items.length < 2 || !lastName) continue;
    last.end = lastName.end;
    // A name ending in 和 closes the list (…李钺锋、周忠和。): a joiner there would join nothing.
    const closing = text[last.end] === '和' && /^[。；，]/.test(text.slice(last.end + 1));
    if (closing && listedName(text, { ...last, end: last.end + 1 })) last.end++;
    // The last two joined by 和 (…姜信治和苗华出席大会).
    const joined = text[last.end] === '和' ? nameAt(text, last.end + 1) : undefined;
    if (joined) items.push(joined);
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const after = text.slice(items.at(-1)!.end, items.at(-1)!.end + 14);
    // (Not places listed as fronts or areas: 俄军在红利曼、赫尔松等方向打击乌军人员.)
    if (PLACES_CLOSE.test(after)) continue;
    const introduced = NAME_LIST_INTRO.test(before);
    const closed =
      LIST_CLOSERS.test(after) || COUNT_OF_PEOPLE.test(after) || wordAt(NAME_VERBS, after, 0) !== undefined;
    if (!introduced && !closed) continue;
    // A first item with no surname kg lists needs the list to close on what its members did (not 沃尔玛、巴斯夫等…负责人).
    if (unlisted && !opened && !/^等?(?:参加|出席|陪同|列席)/.test(after)) continue;
    out.push(...namesListed(text, items, closed));
  }
  return out;
}

/**
 * The items of a list that are names: all of them where every item inside is one; else, in a list closed by what its
 * members did, those after the last item that is none, the first where a name ends at its 、 (…市政协主席王梦力、市领导
 * 闫昌武、杜开志、方明、刘艳…等…参加学习: 市领导闫昌武 opens the names).
 */
function namesListed(text: string, items: Span[], closed: boolean): Span[] {
  // Inside a list of names, an item 、 closes on both sides is a name whatever its surname (李书磊、铁凝、吴政隆).
  const named = (it: Span) =>
    nameAt(text, it.start)?.end === it.end || listedName(text, it) || closedItem(text, it.start)?.end === it.end;
  // (…闫昌武、杜开志、方明、刘艳…: a surname and a word jieba knows, between two names, is one too.)
  const between = (it: Span, k: number) =>
    surnamedItem(text, it.start, it.end) && named(items[k - 1]!) && named(items[k + 1]!);
  const inside = (it: Span, k: number) => k === 0 || k === items.length - 1 || named(it) || between(it, k);
  const none = items.findLastIndex((it, k) => !inside(it, k));
  if (none < 0) return items;
  const rest = items.slice(none);
  if (!closed || rest.length < 3) return [];
  const first = rest[0]!;
  const ends = (at: number) => at >= first.start && nameAt(text, at)?.end === first.end;
  const s0 = [3, 2].map((len) => first.end - len).find(ends);
  return s0 === undefined ? [] : [{ start: s0, end: first.end }, ...rest.slice(1)];
}

/**
 * The first item may have words before it (代表应尚蛟): start it where a name ends exactly at the 、; an item that
 * cannot be a name at all (an OCR remnant such as 政) is dropped from the front. Whether the first opens its clause with
 * a surname kg does not list.
 */
function firstItem(text: string, items: Span[], opened: boolean): boolean {
  while (items.length >= 2) {
    const it = items[0]!;
    // (市领导诸葛宇杰、: a surname of two characters first, before the three its last ones would make, 葛宇杰.)
    const lengths = surnameAt(text, it.end - 4) === 2 ? [4, 3, 2] : [3, 2, 4];
    const s0 = lengths.map((len) => it.end - len).find((s) => s >= it.start && nameAt(text, s)?.end === it.end);
    if (s0 !== undefined) {
      it.start = s0;
      return false;
    }
    // A clause may open with a name whose surname kg does not list (，铁凝、谌贻琴出席会议).
    const item = closedItem(text, it.start)?.end === it.end || (opened && surnamedItem(text, it.start, it.end));
    if (CLAUSE_END_UNIT[text.charCodeAt(it.start - 1)] === 1 && item) return true;
    items.shift();
  }
  return false;
}

/**
 * Two or three characters opened by a surname, whatever word jieba reads across it (高新亭: 高新 + 亭), no verb or
 * function word after it, and no place.
 */
function surnamedItem(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  if (s.length < 2 || s.length > 3 || !allHan(s) || surnameAt(text, start) === 0 || PLACE_NAMES.has(s)) return false;
  return tag(s).slice(1).every((t) => !FUNCTION_WORD_TAGS.test(t.tag) && !t.tag.startsWith('v'));
}

/** A list's last item so named, closed by 等 or a clause's mark (…、刘从良等。). */
function lastItem(text: string, item: Span): Span | undefined {
  for (const len of [3, 2]) {
    const end = item.start + len;
    const closed = /^(?:等|[。，；])/.test(text.slice(end, end + 1));
    if (closed && surnamedItem(text, item.start, end)) return { start: item.start, end };
  }
  return undefined;
}

/**
 * A list's last item whose surname kg does not list, two or three characters before what its members did
 * (`…王小洪、洛桑江村、咸辉出席会议`).
 */
function itemBeforeCloser(text: string, i: number): Span | undefined {
  for (const len of [2, 3]) {
    const end = i + len;
    // What the listed did, not what they are (…卡奥斯等企业负责人: companies).
    const closes = /^等?(?:参加|出席|陪同|列席)/.test(text.slice(end, end + 3)) || wordAt(NAME_VERBS, text, end) !== undefined;
    // (…李微微、乌兰等出席: the closing 等 is no part of a name.)
    const item = text.slice(i, end);
    const named = allHan(item) && !item.endsWith('等') && (nameLike(item) || splitLastName(text, i, item));
    if (closes && named) return { start: i, end };
  }
  return undefined;
}

/**
 * The last of a list, three characters after 、 that open with a surname, a name jieba reads as words (省领导费高云、单向前
 * 参加: 单向 + 前), as inside the list (listedName).
 */
function splitLastName(text: string, i: number, item: string): boolean {
  if (text[i - 1] !== '、' || item.length !== 3 || surnameAt(text, i) !== 1 || PLACE_NAMES.has(item)) return false;
  return tag(item).length > 1;
}

/** A list's item from start to end, as two names where it is one joined to another by 和 (刘鹤和魏凤和). */
function joinedPair(text: string, start: number, end: number): Span[] {
  if (end - start <= 4) return [{ start, end }];
  // Each 和 in turn (邵鸿和何报翔: 邵鸿和 reads as a name too, so the split is tried, not read off the first name).
  for (let k = start + 2; k <= end - 3; k++) {
    if (text[k] !== '和') continue;
    const first = { start, end: k };
    const second = { start: k + 1, end };
    const name = (it: Span) => nameAt(text, it.start)?.end === it.end || listedName(text, it);
    if (name(first) && name(second)) return [first, second];
  }
  return [{ start, end }];
}

/** What closes a list of names and nothing else: 等…领导, 参加, and what its members did one by one (分别, 围绕…发言). */
const LIST_CLOSERS = new RegExp(
  // (…李希、韩正等在主席台就座: seated on the rostrum; …郑佐浩等在石首分会场参加学习: present somewhere.)
  /^(?:等[^，。；]{0,10}(?:领导|同志|干部|人员|代表|负责人)|等人|等?(?:参加|出席|陪同|列席|在主席台)|分别|围绕|发言|ATTENDING)/
    .source.replace('ATTENDING', '等?在[^，。；“”]{1,16}?(?:参加|出席|列席|收听|收看)'),
);

/**
 * A mission's diplomats printed after it with their post of address after the name (中国驻美国使馆秦刚大使,
 * 驻泗水总领馆朱亚荣代馆长): the name between them is vouched for by both.
 */
export function namesAfterMissions(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(MISSION_WORDS)) {
    const at = m.index + m[0].length;
    const name = nameAt(text, at, 'vouched');
    if (name && wordAt(POSTS_AFTER_NAME, text, name.end)) out.push(name);
  }
  return out;
}
const MISSION_WORDS = new RegExp(MISSION_ENDS.join('|'), 'g');

/** A name (and the names listed after it) right after words that introduce people: `市领导吕群勇参加调研`. */
export function namesAfterIntro(text: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(NAME_LIST_INTRO.source.replace(/\$$/, ''), 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    const first = WEAK_SURNAMES.has(text[at] ?? '') || wordAcross(text, at) ? undefined : nameAt(text, at);
    if (first) out.push(first, ...listAfter(text, first));
  }
  return out;
}

/** A word jieba reads across `at` (领导班子作…: the intro 领导 runs on into 班子, no name after it). */
function wordAcross(text: string, at: number): boolean {
  const from = Math.max(0, at - 4);
  let pos = from;
  for (const w of tag(text.slice(from, at + 3))) {
    if (pos < at && pos + w.word.length > at) return true;
    pos += w.word.length;
  }
  return false;
}

/** Posts a name may follow inside a title the rules cannot place (the model's POSTS, and those of groups and teams). */
const POSTS_BEFORE_NAME = sortLongestFirst([...POSTS, '组长', '副组长', '团长', '副团长', '队长', '副队长']);

/** Names before a reporting verb with nothing before them or a post (`张新宇表示`, `章旭升一行`, `组长丁薛祥3日`). */
export function namesBeforeVerbs(text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    // (A Tibetan name has no surname: 洛桑江村参加会见.)
    if ((surnameAt(text, i) === 0 && tibetanNameAt(text, i) === 0) || WEAK_SURNAMES.has(text[i]!)) continue;
    // A post the title rules could not place may stand right before (…普查领导小组组长丁薛祥3日上午).
    if (!leftOpen(text, i) && wordEndingAt(POSTS_BEFORE_NAME, text, i) === undefined) continue;
    if (/[0-9０-９一二三四五六七八九十百千万两多]/.test(text[i - 1] ?? '')) continue; // 200余人出席: a count
    const n = nameAt(text, i, 'verb');
    if (n) {
      // (A kind of document after a title in 《》 is no name: 《…》白皮书。白皮书指出; nor a city listed among places,
      // 赴江西奉新、上高、高安调研.)
      const listedPlace = text[n.start - 1] === '、' && DIVISIONS.has(text.slice(n.start, n.end));
      if (!documentKind(text, text.slice(n.start, n.end)) && !listedPlace) out.push(n);
      i = n.end - 1;
    }
  }
  return out;
}

/** Names right before a word only a name stands before (`纪念毛泽东同志`, `学习习近平同志`), inside running text too. */
export function namesBeforeVouchingWords(text: string): Span[] {
  const out: Span[] = [];
  for (const w of VOUCHING_WORDS) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) {
      const n = nameEndingAt(text, i);
      if (n) out.push(n);
    }
  }
  return out;
}

/** Acts a name found elsewhere in the text may stand right before (公布了绍伊古视察…的视频, 霍连科前往…). */
const ACTS_AFTER_KNOWN_NAME = sortLongestFirst([
  '视察', '考察', '访问', '会见', '会谈', '看望', '慰问', '前往', '抵达',
  // How or when one acted, said of one already named (习近平连夜主持召开会议, 他亲自…).
  '连夜', '立即', '马上', '随即', '当即', '亲自', '专门', '特意', '特地', '再次', '多次', '欣然', '热情', '认真',
]);

/** Every further occurrence of a known name, where it stands as a word (not inside a longer Han run). */

export function recurrences(text: string, names: ReadonlySet<string>, taken: (s: Span) => boolean): Span[] {
  const out: Span[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const span = { start: i, end: i + name.length };
      if (taken(span)) continue;
      const acts = wordAt(ACTS_AFTER_KNOWN_NAME, text, span.end) !== undefined;
      if (rightContext(text, span.end) === 'none' && !wordAt(FOREIGN_POSTS, text, span.end) && !acts) continue;
      out.push(span);
    }
  }
  return out;
}

/**
 * Persons named by their surname alone: before a word of address (胡老介绍, 李大娘, 托项市长, 郑某) or after 老/小
 * (老于的女儿; one of the 100 commonest surnames). Only the surname is the name; a weak surname (向市长汇报, 于)
 * needs 老/小 before it.
 */
export function surnamesOfAddress(text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    if (SURNAME_UNIT[text.charCodeAt(i)] !== 1) continue;
    const c = text[i]!;
    const after = wordAt(ADDRESS_AFTER_SURNAME, text, i + 1);
    const before = ADDRESS_BEFORE_SURNAME.includes(text[i - 1] ?? '') && COMMON_SURNAMES.has(c);
    const addressed = after && leftOpen(text, i) && !WEAK_SURNAMES.has(c) && !isNameStartAt(text, i);
    if (addressed || (before && leftOpen(text, i - 1) && closesName(text, i + 1))) out.push({ start: i, end: i + 1 });
  }
  return out;
}

/** Single surnames by code unit: the scan above looks at every character. */
const SURNAME_UNIT = new Uint8Array(0x10000);
for (const c of SINGLE_SURNAMES) SURNAME_UNIT[c.charCodeAt(0)] = 1;

/** After 老/小 only a common surname makes a name: 小米, 老鹰 are words. */
const COMMON_SURNAMES: ReadonlySet<string> = new Set([...SINGLE_SURNAMES].slice(0, 100));

/** A surname and a word of address that jieba reads as part of one word (陈老师 is not; 高老庄 is). */
function isNameStartAt(text: string, i: number): boolean {
  const first = tag(text.slice(i, i + 4))[0];
  if (first === undefined || first.word.length === 1 || /^(?:nr|x)/.test(first.tag)) return false;
  // jieba knows some as words (江主席, 毛主席): with a common surname still a person; 班主任 is not.
  return !(COMMON_SURNAMES.has(text[i]!) && ADDRESS_AFTER_SURNAME.some((w) => first.word === text[i] + w));
}

function closesName(text: string, at: number): boolean {
  return at >= text.length || !isHanAt(text, at) || AFTER_SURNAME_NAME.has(text[at]!);
}

const CLAUSE_END_UNIT = new Uint8Array(0x10000);
for (const c of '。；，：、\n') CLAUSE_END_UNIT[c.charCodeAt(0)] = 1;

/** Verbs of a person's role that open a clause after a name (铁凝参加会谈。, 谌贻琴参加会见。). */
const ROLE_VERBS_AFTER_NAME = sortLongestFirst(['参加会见', '参加会谈', '参加', '出席', '列席', '陪同', '主持', '会见', '一行']);

/** A post of address and what its holder did (演觉委员发言说): a name with no surname may stand before it. */
function addressedVerbAt(text: string, at: number): boolean {
  const post = wordAt(POSTS_AFTER_NAME, text, at);
  return post !== undefined && wordAt(ADDRESSED_VERBS, text, at + post.length) !== undefined;
}
const ADDRESSED_VERBS = sortLongestFirst(['发言', '表示', '指出', '强调', '说', ...ROLE_VERBS_AFTER_NAME]);

/**
 * Names with no surname kg knows, opening a clause before a verb of a role (铁凝参加会谈。) or before a post of address
 * and a verb (演觉委员发言说): two or three Han characters that jieba reads as one unknown word or a name, after
 * punctuation or at the start.
 */
export function unknownNamesBeforeRoles(text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && CLAUSE_END_UNIT[text.charCodeAt(i - 1)] !== 1) continue;
    for (const len of [2, 3]) {
      const before = wordAt(ROLE_VERBS_AFTER_NAME, text, i + len) || addressedVerbAt(text, i + len);
      if (!before || !allHan(text.slice(i, i + len))) continue;
      if (NOT_GIVEN.has(text[i]!) || NOT_GIVEN.has(text[i + len - 1]!)) continue;
      const tokens = tag(text.slice(i, i + len));
      if (tokens.length === 1 && NAME_TAGS.test(tokens[0]!.tag)) out.push({ start: i, end: i + len });
    }
  }
  return out;
}

/**
 * Deputies introduced by where they come from, in a list or before they speak (来自陆军的宛金杨代表、…依次发言): the two or
 * three characters before 代表 / 委员 are a name when jieba reads no common word in them.
 */
export function deputiesFrom(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(FROM_WHERE)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (nameLike(m[1]!)) out.push({ start, end: start + m[1]!.length });
  }
  return out;
}
const FROM_WHERE = /来自[^，。；、“”]{1,24}的(\p{Script=Han}{2,3})(?=(?:代表|委员)[、，和及依先等])/gu;

/** Talks held with someone (同朔尔茨举行会谈, 与安瓦尔总理会谈): the slot between 同/与 and the verb is a name's. */
const TALKS_AFTER = sortLongestFirst([
  '举行会谈', '举行了会谈', '举行会晤', '举行了会晤', '举行了会见', '会谈', '会晤', '通电话', '视频通话',
  // (王岐山与谢伏瞻进行了会谈.)
  '进行会谈', '进行了会谈', '进行会晤', '进行了会晤',
]);
const NAMED_TALKS = /^举行了?[^，。；、]{1,16}?(?:会谈|会晤)/;
const TALKS_SLOT = new RegExp(
  `(?<![共相协参陪随一不如认赞合会连])[同与](?=([^，。；、]{2,14}?)(?:${TALKS_AFTER.join('|')}|举行))`,
  'g',
);

/**
 * A foreign name filling the partner's slot of talks by itself, or with a post of address after it (`博尔内总理`):
 * news names a guest bare once its headline or lead gave the title.
 */
export function namesInTalksSlot(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(TALKS_SLOT)) {
    // A post with no state may open the slot (与副首相道登举行了会见).
    const from = m.index + 1 + (wordAt(ADDRESS_POSTS, m[1]!, 0) ?? wordAt(FOREIGN_POSTS, m[1]!, 0) ?? '').length;
    const name = foreignNameAt(text, from);
    if (!name || name.dotted || PLACE_NAMES.has(text.slice(name.start, name.end))) continue;
    const post = wordAt(ADDRESS_POSTS, text, name.end);
    const after = name.end + (post?.length ?? 0);
    // (同阿尔巴尼斯举行第九轮中澳总理年度会晤: the talks' name may stand between 举行 and its noun.)
    if (wordAt(TALKS_AFTER, text, after) || NAMED_TALKS.test(text.slice(after, after + 24))) {
      out.push({ start: name.start, end: name.end });
    }
  }
  return out;
}

/**
 * Talks told as the scene of what follows (在会见格奥尔基耶娃时，…; 会见莫特利时，…; 在同埃及参议长阿卜杜拉齐格会谈时，…):
 * the slot runs to 时, so a name ends there, whatever word jieba reads across it (`李家超时`: 超时).
 */
const SCENE_SLOT = new RegExp(
  `(?:(?:会见了?|会晤)([^，。；、和]{2,30}?)|(?<=^|[，。；：\n]|在)[同与]([^，。；、和]{2,30}?)(?:举行)?(?:${TALKS_AFTER.join('|')}|会见))` +
    '时[，,]',
  'g',
);

/**
 * The guest of talks told as a scene: the whole slot when it is a name by itself, else what follows the last post in
 * it (`副总统阿尔克明`, `劳工党主席霍夫曼`); a slot holding a common word (`新方领导人`) names no one.
 */
export function namesInScene(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SCENE_SLOT)) {
    const slot = m[1] ?? m[2]!;
    const start = m.index + m[0].indexOf(slot);
    const from = afterLastPost(slot);
    const name = slot.slice(from);
    if (sceneName(name)) out.push({ start: start + from, end: start + slot.length });
  }
  return out;
}

const BODY_AFTER_POST = /^[团队处会]/;

/** Where the last post printed in `slot` ends (国家主席迪亚斯-卡内尔: at 迪), 0 when it holds none. */
function afterLastPost(slot: string): number {
  let from = 0;
  for (let k = 0; k < slot.length; k++) {
    const post = wordAt(POSTS, slot, k) ?? wordAt(FOREIGN_POSTS, slot, k) ?? wordAt(ADDRESS_POSTS, slot, k);
    // (代表团, 委员会, 主席团: a post's word that opens a body's is no post.)
    if (post && !BODY_AFTER_POST.test(slot.slice(k + post.length))) from = k + post.length;
  }
  return from;
}

/** A name by itself: Han characters (and joiners), no place, no common word of two characters or more. */
function sceneName(name: string): boolean {
  const dotted = Array.from(name).some((c) => NAME_DOTS.has(c));
  if (name.length < 2 || name.length > (dotted ? MAX_DOTTED : MAX_FOREIGN) || PLACE_NAMES.has(name)) return false;
  if (!Array.from(name).every((c, k) => isHanAt(name, k) || (NAME_JOINERS.has(c) && k > 0))) return false;
  // (A Japanese name's given name is often words to jieba: 阿部守一, 横内正明.)
  if (japaneseNameAt(name, 0) === name.length) return true;
  return !tag(name).some((t) => t.word.length > 1 && NOT_NAME_WORD.test(t.tag));
}

/**
 * A spouse named after the word for one (习近平和夫人彭丽媛, 马克龙和夫人布丽吉特): Chinese or foreign, the name runs to
 * the verb or particle after it, as a foreign name does.
 */
export function namesAfterSpouse(text: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf('夫人'); at >= 0; at = text.indexOf('夫人', at + 2)) {
    const name = foreignNameAt(text, at + 2);
    if (!name || PLACE_NAMES.has(text.slice(name.start, name.end))) continue;
    // A Chinese name, then a one-character verb (夫人彭丽媛回故乡): the name ends before the verb.
    const [first, next] = tag(text.slice(name.start, name.end));
    const verbNext = next?.word.length === 1 && next.tag === 'v';
    const chinese = first!.tag === 'nr' && surnameAt(text, name.start) > 0 && verbNext;
    out.push({ start: name.start, end: chinese ? name.start + first!.word.length : name.end });
  }
  return out;
}

/** Posts of address printed after a guest's bare name (莫特利总理, 卢拉总统). */
const ADDRESS_POSTS = sortLongestFirst([
  '总统', '总理', '首相', '国王', '议长', '主席', '副总统', '副总理', '王储', '外长', '第一副总统', '第一副总理', '第一副首相',
]);

/** A guest named bare before a post of address after 会见 or in a list of guests (会见德索萨总统和科斯塔总理). */
const GUEST_SLOT = new RegExp(
  `(?:会见了?|会晤|和|、)(\\p{Script=Han}{2,8}?)(?=(?:${ADDRESS_POSTS.join('|')})(?:和|、|，|。|时|并|举行))`,
  'gu',
);

/**
 * The guests 会见 names after their posts, each item of the list up to a joiner or punctuation: what follows the
 * last post in it is the name when it is one by itself (会见首相阿赫努什, 会见马六甲州首席部长阿都拉勿，): the state is the
 * story's, or the title a body kg does not list.
 */
export function guestsAfterPosts(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(MEETS)) {
    let at = m.index + m[0].length;
    for (const item of text.slice(at).match(/^[^，。；：！？]{0,80}/)![0].split(GUEST_JOINER)) {
      const from = afterLastPost(item);
      // The name runs to what ends names (阿赫努什等人, 阿赫努什后), as a foreign name does.
      const name = from > 0 ? foreignNameAt(text, at + from) : undefined;
      // 会见首相阿赫努什后，: the time the clause closes with is no part of the name.
      const end = name && /[后时前]/.test(text[name.end - 1]!) && !isHanAt(text, name.end) ? name.end - 1 : name?.end;
      const inside = name !== undefined && end! <= at + item.length;
      if (inside && sceneName(text.slice(name.start, end))) out.push({ start: name.start, end: end! });
      at += item.length + 1;
    }
  }
  return out;
}
// (会见时代表省委、…: when it was held, naming no guest.)
const MEETS = /(?:分别|集体)?会见了?(?![时中上后])|会晤了?(?![时中上后])/g;
/** What joins the guests of one 会见 (、, 及, 和 but not inside 共和国 or 和平). */
const GUEST_JOINER = /[、及]|(?<!共)和(?![平国])/;

/** The guests a 会见 names bare before their posts: measured whole, as foreign names have no surname to go by. */
export function guestsBeforePosts(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(GUEST_SLOT)) {
    const start = m.index + m[0].length - m[1]!.length;
    const name = m[1]!;
    if (PLACE_NAMES.has(name) || /^[该其本这此两双各]/.test(name) || !nameLike(name)) continue;
    out.push({ start, end: start + name.length });
  }
  return out;
}

/**
 * The short forms of dotted names found (萨米娅·苏卢胡·哈桑 → 哈桑, 夏巴兹·谢里夫 → 夏巴兹): the first and last parts of
 * two or more characters, each with the full name; a part two names share is left out.
 */
const DOT_SPLIT = new RegExp(`[${[...NAME_DOTS].join('')}]`);

export function shortForms(names: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const name of names) {
    const parts = name.split(DOT_SPLIT);
    if (parts.length < 2) continue;
    for (const part of new Set([parts[0]!, parts.at(-1)!])) {
      if (part.length < 2 || !allHan(part)) continue;
      if (out.has(part) && out.get(part) !== name) shared.add(part);
      out.set(part, name);
    }
  }
  for (const part of shared) out.delete(part);
  return out;
}
