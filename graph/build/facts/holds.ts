// Titles held: the titles printed right before a name (a chain joined by 、 or 兼), a post right after it (栗战书委员长),
// or after 现任 / 担任; 时任 titles are held before the article's date.
import type { Article } from '../../../ingest/types.ts';
import type { Mention } from '../../../ingest/extract/types.ts';
import { LEVELS, STATE_HEAD_POSTS } from '../../../ingest/extract/lexicon/titles.ts';
import { AFTER_NAME, wordAt } from '../../../ingest/extract/lexicon/words.ts';
import { PARTY_ENDINGS } from '../../../ingest/extract/lexicon/world.ts';
import { evidenceOf, type Sentence } from '../sentences.ts';
import type { HoldsFact } from './types.ts';

/**
 * Where a title's printing starts: a former post's state before its marker is the title's too (法国前总理: 法国, 前,
 * 总理; the title rule reads the post after the marker), as is the place a post takes its jurisdiction from.
 */
export function printedStart(text: string, mentions: readonly Mention[], t: Mention): number {
  // (A post whose place is printed right before it starts there: 阿尔萨斯大区区长兼下莱茵省省长.)
  const place = mentions.find((m) => m.kind === 'place' && m.end === t.start && m.text === t.jurisdiction);
  if (place) return place.start;
  if (!t.former || !/[前原]/.test(text[t.start - 1] ?? '')) return t.start;
  const state = mentions.find((m) => m.kind === 'place' && m.end === t.start - 1);
  return state ? state.start : t.start - 1;
}

/** The titles of one person mention in its sentence. */
export function titlesOf(text: string, p: Mention, inside: readonly Mention[], s: Sentence): Mention[] {
  const titles = inside.filter((m) => m.kind === 'title' && m.post);
  const chain: Mention[] = [];
  let at = p.start;
  for (;;) {
    const t = titles.find((m) => m.end === at || (m.end === at - 1 && text[at - 1] === ' '));
    if (!t) break;
    chain.unshift(t);
    // (A chain goes on past a former post's state: 金砖国家新开发银行行长、巴西前总统罗塞芙.)
    at = printedStart(text, inside, t);
    if (text[at - 1] !== '、' && text[at - 1] !== '兼') break;
    at -= 1;
  }
  const after = titles.find((m) => m.start === p.end);
  if (after) chain.push(after);
  // (韩俊同志任安徽省委委员、常委、书记, 江泽民调任…所长: an appointment; 不再担任 is none, 担任过 a career's.)
  const later = text.slice(p.end, s.end).match(/^(?:同志)?(?:先后)?(?:现任|担任|调任|升任|转任|改任|出任|任)(?!过)([^，。；]{0,24})/);
  if (later) {
    const from = p.end + later[0].length - later[1]!.length;
    // (…担任领队、香港湖南联谊总会会长周群飞担任团长: a title before the next name is that one's.)
    const next = inside.find((m) => m.kind === 'person' && m.start >= from)?.start ?? Infinity;
    const held = titles.filter((m) => m.start >= from && m.end < next && m.end <= from + later[1]!.length);
    // A career retold by its years (一九八二年，江泽民同志任电子工业部第一副部长) is held before the article.
    // (…同志先后担任…: posts listed one after another, a career.)
    const retold = YEAR.test(text.slice(s.start, p.start)) || later[0].includes('先后');
    chain.push(...(retold ? held.map((m) => ({ ...m, former: true as const })) : held));
  }
  return chain;
}

/** A year printed in figures or characters (1982年, 一九八二年). */
const YEAR = /(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年/;

/**
 * Organs a bare post after them in a chain does not share: a party committee's or group's (党委书记、校长 is the
 * school's head, not the committee's), a level's committee (市委书记、市长), a party's (越共中央政治局委员、总理;
 * 塞尔维亚前进党副主席、国民议会议长; 黎巴嫩阿迈勒运动主席、议长).
 */
const RELATIVE_ORGANS = new RegExp(
  `^(?:党委|党组|党工委|工委|纪委|委)$|(?:${[...PARTY_ENDINGS, '中央', '中央委员会', '政治局', '书记处'].join('|')})$`,
);
/** A party committee's departments, its own after a post in the committee (市委常委、组织部部长). */
const PARTY_DEPARTMENTS: ReadonlySet<string> = new Set(['组织部', '宣传部', '统战部', '政法委']);
/** A party committee's own posts, held in the committee a chain names before them (市委常委、秘书长). */
const COMMITTEE_POSTS: ReadonlySet<string> = new Set(['书记', '副书记', '常委', '委员', '秘书长']);
/** A post that names its own body, a level's government (市长, 常务副省长): no organ passes to it. */
const OWN_BODY = new RegExp(`^(?:常务)?副?(?:${LEVELS.join('|')})长$`);
const ownBody = (post: string) => OWN_BODY.test(post) || STATE_HEAD_POSTS.has(post);

/**
 * The organ of each title of a chain: its own, or, for a bare post, the body of the title before it in the chain
 * (中国侨联党组书记、主席: 中国侨联's 主席; 世界经济论坛创始人兼执行主席; 财政部党组书记、部长), so that a post held in
 * a named body is not the bare post every body has.
 */
function organsOf(text: string, chain: readonly Mention[], inside: readonly Mention[]): Map<Mention, string> {
  const organs = new Map<Mention, string>();
  for (const t of chain) {
    const before = inside.find((m) => m.kind === 'title' && m.end === t.start - 1);
    // (市委常委、宣传部部长: the committee's department, 市委宣传部.)
    const committee = before?.organ === '委' && text[t.start - 1] === '、' && PARTY_DEPARTMENTS.has(t.organ ?? '');
    if (committee) organs.set(t, `委${t.organ}`);
    else if (t.organ) organs.set(t, t.organ);
    else if (!ownBody(t.post!) && (text[t.start - 1] === '、' || text[t.start - 1] === '兼')) {
      const body = before && (organs.get(before) ?? before.organ);
      // (A committee's own posts stay in it: 安徽省委委员、常委、书记.)
      if (body && (!RELATIVE_ORGANS.test(body) || COMMITTEE_POSTS.has(t.post!))) organs.set(t, body);
    }
  }
  return organs;
}

/**
 * The titles before a name listed with 、 right after another that has titles before it and none of its own (中央军委委员
 * 李尚福、刘振立、苗华、张升民: each a member): a list after a title shares it. The name must end where a name does, at
 * a mark or a word that follows names (not 巴特尔 of …院长弗朗西斯·柯林斯、巴特尔纪念研究所前首席…, a body's name).
 */
function listed(text: string, p: Mention, prev: { p: Mention; before: readonly Mention[] } | undefined): Mention[] {
  if (!prev || prev.before.length === 0 || text[p.start - 1] !== '、' || prev.p.end !== p.start - 1) return [];
  const ends = p.end >= text.length || /[、，。；：！？\s]/.test(text[p.end]!) || wordAt(AFTER_NAME, text, p.end);
  return ends ? [...prev.before] : [];
}

export function holdsIn(article: Article, s: Sentence, inside: readonly Mention[]): HoldsFact[] {
  const out: HoldsFact[] = [];
  let prev: { p: Mention; before: readonly Mention[] } | undefined;
  for (const p of inside.filter((m) => m.kind === 'person')) {
    const own = titlesOf(article.text, p, inside, s);
    const before = own.filter((t) => t.end <= p.start);
    const shared = before.length === 0 ? listed(article.text, p, prev) : [];
    prev = { p, before: before.length > 0 ? before : shared };
    out.push(...chainHeld(article, s, p.text, [...shared, ...own], inside));
  }
  return out;
}

/**
 * What a chain of titles says its holder held: each title with its organ (its own or the body's before it) and its
 * jurisdiction (its own or, where its organ came from the title before it, that one's: 市委常委、组织部部长).
 */
export function chainHeld(
  article: Article,
  s: Sentence,
  person: string,
  chain: readonly Mention[],
  inside: readonly Mention[],
  former = false,
): HoldsFact[] {
  const organs = organsOf(article.text, chain, inside);
  return chain.map((t, k) => {
    const organ = organs.get(t);
    const passed = organ !== undefined && organ !== t.organ && k > 0;
    const jurisdiction = t.jurisdiction ?? (passed ? chain[k - 1]!.jurisdiction : undefined);
    return {
      person,
      printed: t.text,
      post: t.post!,
      ...(organ ? { organ } : {}),
      ...(jurisdiction ? { jurisdiction } : {}),
      ...(t.former || former ? { former: true as const } : {}),
      evidence: evidenceOf(article, s),
    };
  });
}
