// What the tagger's organisation and enterprise spans need before they are kept: where the name starts, and what
// kind of thing it names (a pair of countries, a country, a ministry read as a firm, a trade with no brand).
import { ENTERPRISE_SUFFIXES } from './lexicon/bodies.ts';
import { LISTED_AS_PLACES } from './lexicon/places.ts';
import { NEWER_POSTS, POSTS } from './lexicon/titles.ts';
import { wordEndingAt } from './lexicon/words.ts';
import { COUNTRY_ABBREVIATIONS, COUNTRY_FORMS, COUNTRY_OF, WORLD_REGIONS } from './lexicon/world.ts';
import { brandedTrade, endsInBodySuffix } from './bodies.ts';
import { FUNCTION_TAGS, tag } from './jieba.ts';
import { pastUnopenedBracket } from './chars.ts';
import type { Span } from './persons.ts';
import type { MentionKind } from './types.ts';

/**
 * A firm's ending alone (有限公司, 集团) names no firm; an institution's may name a local one (法院, 检察院 in a county
 * paper: its own).
 */
const BARE_ENDINGS: ReadonlySet<string> = new Set(ENTERPRISE_SUFFIXES);

/** Every post of the lexicons: a word that names a member of a body, never the body. */
const POST_WORDS: ReadonlySet<string> = new Set([...POSTS, ...NEWER_POSTS]);

/**
 * What a span the tagger read as a body is: none when it is a pair of countries (中德, 中塞) or a post (召开常委会议:
 * 常委, a member of a committee, no committee); a place when it is a country's name; an organisation when an
 * enterprise's name ends as an organisation's does (伊朗代表团, 农业农村部; not a firm's branch, 欧洲分部) or names a
 * group of states (七国集团); a place when it has no body's ending and closes a list of fronts or areas; no enterprise
 * when a trade's noun ends it without a brand (高水平科技), as for the rules.
 */
export function taggerBodyKind(text: string, s: Span & { kind: MentionKind }): MentionKind | undefined {
  const t = text.slice(s.start, s.end);
  if (pairOfCountries(text, t) || POST_WORDS.has(t) || BARE_ENDINGS.has(t)) return undefined;
  if (COUNTRY_OF.has(t)) return 'place';
  // A name with no body's ending in a list of fronts or areas (俄军在红利曼、赫尔松等方向打击) is a place's; not a
  // body's listed among places (重庆、云南、中央政策研究室等地).
  const bodyEnd = endsInBodySuffix(text, s.end) || ORGANIZATION_END.test(t) || /[室院所]$/.test(t);
  if (!bodyEnd && LISTED_AS_PLACES.test(text.slice(s.end, s.end + 80))) return 'place';
  if (s.kind !== 'enterprise') return s.kind;
  if (/国集团$/.test(t) || ORGANIZATION_END.test(t)) return 'organization';
  const trade = wordEndingAt(ENTERPRISE_SUFFIXES, t, t.length);
  return trade && !brandedTrade(t.slice(0, -trade.length), trade) ? undefined : 'enterprise';
}

/**
 * Where a body the tagger read starts: where jieba's word does when the tagger starts inside one (十国集团 in 二十国集团,
 * 育代表团 in 体育代表团), unless that word is a verb or a function word (会见伊朗代表团 keeps its start); after what is
 * said of it when the tagger starts there (不断完善工商联, 深化党中央).
 */
export function taggerBodySpan<S extends Span>(text: string, s: S): S {
  // A count is read whole (二十国集团, which jieba reads as 二 and 十国集团), and a body that meets in sessions holds
  // its session's ordinal (第二十次全国代表大会, 二十届中央纪委; not 第三届 before 欧盟—拉共体峰会, 新一届 before 国务院).
  let start = s.start;
  while (start > 0 && COUNT.test(text[start - 1]!) && COUNT.test(text[start]!)) start--;
  const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (ordinal && IN_SESSIONS.test(text.slice(s.start, s.end))) start -= ordinal[0].length;
  if (start < s.start) return { ...s, start };
  return pastAside(text, withoutLeader(text, withoutPreposition(text, afterWhatIsSaid(text, fromWordStart(text, s)))));
}

/** A leader's verb opens no body's name: whom he took along follows it (蒋洁敏率领集团公司代表团). */
function withoutLeader<S extends Span>(text: string, s: S): S {
  const verb = /^(?:率领|带领|率(?!先))/.exec(text.slice(s.start, s.end))?.[0];
  return verb && s.end - s.start - verb.length >= 2 ? { ...s, start: s.start + verb.length } : s;
}

/**
 * A name starts after marks and lines, and after a closing bracket whose opening one it does not hold (a sentence cut
 * inside a name: `。\n集团）有限公司`).
 */
function pastAside<S extends Span>(text: string, s: S): S {
  let start = pastUnopenedBracket(text, s.start, s.end);
  while (start < s.end && /[\s\p{P}]/u.test(text[start]!) && !/[（(《“]/.test(text[start]!)) start++;
  return start === s.start ? s : { ...s, start };
}

/** One-character prepositions, which with a word of former times open no body's name (对前…). */
const PREPOSITIONS: ReadonlySet<string> = new Set(Array.from('对向在从与同跟给把被为由将'));

/** A body opens with no preposition nor, after one, a word of former times (对前军队总参谋长: 军队). */
function withoutPreposition<S extends Span>(text: string, s: S): S {
  if (s.end - s.start < 4) return s;
  const first = tag(text.slice(s.start, s.end))[0]!;
  const former = PREPOSITIONS.has(text[s.start]!) && /[前原]/.test(text[s.start + 1]!);
  if (former) return { ...s, start: s.start + 2 };
  return first.word.length === 1 && first.tag === 'p' ? { ...s, start: s.start + 1 } : s;
}

/** Leading words that are said of a body (不断完善, 加强; 深化 before a body jieba knows, 党中央) are no part of it. */
function afterWhatIsSaid<S extends Span>(text: string, s: S): S {
  const words = tag(text.slice(s.start, s.end));
  // Only before one word jieba knows as a body (党中央, 工商联): 首尔 in 首尔银行 is no adverb, whatever jieba's tag.
  const last = words.at(-1);
  if (words.length < 2 || !last || !/^(?:nt|j)$/.test(last.tag) || last.word.length < 3) return s;
  const said = words.slice(0, -1).every((w) => FUNCTION_TAGS.test(w.tag) || /^(?:l|j|vn)$/.test(w.tag));
  return said ? { ...s, start: s.end - last.word.length } : s;
}

function fromWordStart<S extends Span>(text: string, s: S): S {
  // Only a name made of words, as one ending in a body's word is (体育代表团); not a transliteration (加拉塔萨雷).
  if (!endsInBodySuffix(text, s.end) && !ORGANIZATION_END.test(text.slice(s.start, s.end))) return s;
  const from = Math.max(0, s.start - 6);
  let at = from;
  for (const t of tag(text.slice(from, s.end))) {
    const end = at + t.word.length;
    if (end > s.start) {
      const said = FUNCTION_TAGS.test(t.tag) || t.tag === 'l';
      const inside = at < s.start && at > from && /^\p{Script=Han}+$/u.test(t.word) && !said;
      return inside ? { ...s, start: at } : s;
    }
    at = end;
  }
  return s;
}

const COUNT = /[0-9零一二三四五六七八九十百]/;
const ORDINAL_BEFORE = /(?:第[0-9零一二三四五六七八九十百]+|[0-9零一二三四五六七八九十百]{2,})[次届]$/;
/** Bodies that meet in numbered sessions: congresses, committees and their organs. */
const IN_SESSIONS = /(?:大会|人大|全会|委员会|中央纪委|政治局|政协)$/;

/** Two characters, each one side of a pair of countries (中德, 俄乌, 阿中 where the text names 阿根廷). */
export function pairOfCountries(text: string, t: string): boolean {
  return t.length === 2 && sideOf(text, t[0]!) && sideOf(text, t[1]!);
}

/**
 * One side of a pair of countries (中德, 美英, 中塞): China, a country's one-character form, or the first character of a
 * country or region the text names (塞 where it names 塞尔维亚).
 */
export function sideOf(text: string, c: string): boolean {
  if (c === '中' || COUNTRY_ABBREVIATIONS.has(c)) return true;
  return (FORMS_BY_FIRST.get(c) ?? []).some((form) => text.includes(form));
}
const FORMS_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const form of [...COUNTRY_FORMS, ...WORLD_REGIONS]) {
    if (form.length < 2) continue;
    m.set(form[0]!, [...(m.get(form[0]!) ?? []), form]);
  }
  return m;
})();

/** How an organisation's name ends, never an enterprise's: a delegation, a ministry, a commission, an office. */
const ORGANIZATION_END = /(?:(?<!集)团|(?<!分)部|[委局署厅办]|委员会|协会|学会|联合会|研究院|研究所|中心|大学|学院)$/;
