// Titles completed from what surrounds them once every mention is read: the body or place printed before a post, the
// place another official's titles name, and the marker of a post held before.
import type { Mention } from './types.ts';
import { isNationalBody } from './titles.ts';
import { FORMER_MARKERS, LEVELS, ORGANS } from './lexicon/titles.ts';
import { wordEndingAt } from './lexicon/words.ts';

/** The organs a place of any level has (党委, 政府, 人大…). */
const LOCAL_ORGANS: ReadonlySet<string> = new Set(ORGANS);

/** Every title completed from its surroundings, in place: its body, its former marker, its place. */
export function titlesInContext(text: string, mentions: Mention[]): void {
  bodyOrgans(text, mentions);
  levelsNamedBefore(text, mentions);
  levelsAfterPlaces(text, mentions);
}

/**
 * The level a title names without naming its place: a bare level (自治区政府主席) or its post (省长, 副市长), whether
 * left as printed or read as the paper's own (市长 in a county paper: its city's, unless the text says whose).
 */
function bareLevel(t: Mention): string | undefined {
  const j = t.jurisdiction;
  if (j && (LEVELS as readonly string[]).includes(j)) return j;
  if (j && t.text.includes(j)) return undefined;
  if (j) return LEVELS.find((l) => j.endsWith(l) && (t.text.startsWith(l) || t.post?.includes(`${l}长`)));
  return LEVELS.find((l) => t.post?.includes(`${l}长`));
}

/**
 * A place's head named right after another official of the place (江苏省委书记信长星和省长许昆林, 广西壮族自治区党委书记刘宁
 * 和自治区政府主席蓝天立): the level he names bare is the place the other's titles name.
 */
function levelsNamedBefore(text: string, mentions: readonly Mention[]): void {
  const titleEndingAt = new Map(mentions.filter((m) => m.kind === 'title').map((m) => [m.end, m]));
  const personEndingAt = new Map(mentions.filter((m) => m.kind === 'person').map((m) => [m.end, m]));
  for (const t of mentions) {
    const level = t.kind === 'title' ? bareLevel(t) : undefined;
    const other = level && /[和及、]/.test(text[t.start - 1] ?? '') ? personEndingAt.get(t.start - 1) : undefined;
    if (!level || !other) continue;
    // The other's titles: the chain ending at his name (中共中央政治局委员、上海市委书记陈吉宁).
    for (let at = titleEndingAt.get(other.start); at; at = titleEndingAt.get(at.start - 1)) {
      if (at.jurisdiction && at.jurisdiction !== level && at.jurisdiction.endsWith(level)) {
        t.jurisdiction = at.jurisdiction;
        break;
      }
      if (!/[、兼]/.test(text[at.start - 1] ?? '')) break;
    }
  }
}

/**
 * A bare level's head right after a place of that level (加利福尼亚州州长, 阿斯旺省省长, 巴伐利亚州州长) is that place's.
 * A name the tagger read there ending in the level is the place (罗斯托夫州州长戈卢别夫: 罗斯托夫州, no person). A
 * local organ's post right after a place named with its level is that place's (佛山古灶村党委书记: 古灶村).
 */
function levelsAfterPlaces(text: string, mentions: Mention[]): void {
  for (const t of mentions) {
    if (t.kind !== 'title' || t.jurisdiction) continue;
    const level = bareLevel(t);
    const before = mentions.find((m) => m.end === t.start && (m.kind === 'place' || m.kind === 'person'));
    if (!before || (before.kind === 'person' && (!level || before.rule !== 'tagger'))) continue;
    const repeated = level && text.startsWith(level, t.start - level.length) && before.text.length > level.length + 1;
    const local = !level && (!t.organ || LOCAL_ORGANS.has(t.organ)) && LEVELS.some((l) => before.text.endsWith(l));
    if (!repeated && !local) continue;
    before.kind = 'place';
    // (…古灶村党委书记、村委会主任陆秀兴: the titles joined after it are the place's too.)
    for (let at: Mention | undefined = t; at && !at.jurisdiction; at = joinedAfter(text, mentions, at)) {
      at.jurisdiction = before.text;
    }
  }
}

/** The title joined to t after it by 、 or 兼, if any. */
function joinedAfter(text: string, mentions: readonly Mention[], t: Mention): Mention | undefined {
  return /[、兼]/.test(text[t.end] ?? '') ? mentions.find((m) => m.kind === 'title' && m.start === t.end + 1) : undefined;
}

/** Words dating a title before the article that stand before its body's name (时任, 曾任; not 原, 前: 原北京双桥乳品厂). */
const FORMER_WORDS = FORMER_MARKERS.filter((m) => m.length > 1);

/** A title held before the article, and those joined to it after it (原党委书记、理事长: both). */
function formerChain(text: string, mentions: readonly Mention[], t: Mention): void {
  for (let at: Mention | undefined = t; at; at = joinedAfter(text, mentions, at)) at.former = true;
}

/** The party bodies every organisation or firm has of its own (党委书记 of a firm is its committee's secretary). */
const BODYS_OWN_ORGANS: ReadonlySet<string> = new Set(['党委', '党组', '党工委', '纪委', '党支部', '党总支']);

/**
 * A post printed right after a body is held there (嘉牛厨具董事长, 沙特代表团团长) when no rule placed it: the body is
 * the title's organ.
 */
function bodyOrgans(text: string, mentions: readonly Mention[]): void {
  const bodies = mentions.filter((m) => m.kind === 'enterprise' || m.kind === 'organization');
  const bodyEndingAt = new Map(bodies.map((m) => [m.end, m]));
  for (const t of mentions) {
    if (t.kind !== 'title' || t.jurisdiction) continue;
    // (上海期货交易所原党委书记: a former post in the body before its marker.)
    const marked = /[原前]/.test(text[t.start - 1] ?? '') ? bodyEndingAt.get(t.start - 1) : undefined;
    const e = bodyEndingAt.get(t.start) ?? marked;
    // (时任中国人民银行党委委员: held before, as 时任 says of the title its body opens.)
    if (marked || (e && wordEndingAt(FORMER_WORDS, text, e.start))) formerChain(text, mentions, t);
    // A body's own party committee or group (宁夏吴忠仪表有限责任公司党委书记): the post is the committee's, held in the
    // body, as 党组书记 is (中国科学院党组书记).
    if (e && t.organ && BODYS_OWN_ORGANS.has(t.organ)) {
      t.post = t.organ + t.post;
      t.organ = e.text;
      continue;
    }
    if (t.organ) continue;
    if (e) t.organ = e.text;
    // (在京拜访国家发展改革委主任: a central body the title rule could not open after a verb is still China's.)
    if (e && isNationalBody(e.text)) t.jurisdiction = '中国';
  }
}
