// One sentence as the fact stages read it: its mentions, the groups of people it lists, its quotes, where reported
// speech begins, and the predicates that stand in it.
import type { Mention } from '../../../ingest/extract/types.ts';
import {
  COURTESIES_AFTER_NAME, MILITARY_RANKS, sortLongestFirst, wordAt, wordEndingAt,
} from '../../../ingest/extract/lexicon/words.ts';
import { BEFORE_FOREIGN_POST, COUNTRY_FORMS, FOREIGN_POSTS } from '../../../ingest/extract/lexicon/world.ts';
import { HONOURS_BEFORE_NAME, NEWER_POSTS, POSTS } from '../../../ingest/extract/lexicon/titles.ts';
import type { Sentence } from '../sentences.ts';
import { allHan } from '../../../ingest/extract/chars.ts';
import { endsInBodySuffix } from '../../../ingest/extract/bodies.ts';
import {
  DAY_WORDS, NOT_DONE, NOT_NEGATING, NOUN_AFTER, NOUN_AFTER_VISIT, PARTY_WORD, PLACE_IN_PICTURE, PRECEDED_PREDICATES,
  PREDICATES, SPEECH_VERBS, THOUGHT_VERBS, type Predicate,
} from './lexicon.ts';

/** People printed together (`胡勇春、李浩锋`, `李强、蔡奇、丁薛祥等`), titles allowed between them. */
export interface Group {
  persons: Mention[];
  start: number;
  /** Where the group ends, past 等 / 一行 / 同志 / 等…领导 (text offsets). */
  end: number;
  /** The list says it is a list of officials (`等市领导`, `等领导同志`): each is ranked. */
  listed: boolean;
}

export interface Found {
  pred: Predicate;
  word: string;
  start: number;
  end: number;
}

export interface SentenceContext {
  text: string;
  s: Sentence;
  mentions: Mention[];
  groups: Group[];
  /** Predicates in reading order, outside quotes and mentions, before reported speech. */
  predicates: Found[];
  /** Where reported speech starts (`X表示，…`): nothing after it happened in this sentence. */
  speechFrom: number;
  /** The sentence sums up a stretch of time (这一年，…): nothing in it happened on one day. */
  retrospect: boolean;
}

/** Every predicate's words, longest first. */
export const ACT_WORDS = sortLongestFirst(PREDICATES.flatMap((p) => [...p.words]));
/** A word's predicates, in the lexicon's order: the first whose neighbours allow it is the word's reading (接待). */
const PREDS_OF = new Map<string, Predicate[]>();
for (const p of [...PREDICATES, ...PRECEDED_PREDICATES]) {
  for (const w of p.words) PREDS_OF.set(w, [...(PREDS_OF.get(w) ?? []), p]);
}
const PRECEDED_WORDS = sortLongestFirst(PRECEDED_PREDICATES.flatMap((p) => [...p.words]));

/** The predicate's word at i: the longer of the plain one and one whose preceding words allow it (一行|到). */
function actWordAt(text: string, from: number, i: number): string | undefined {
  const plain = wordAt(ACT_WORDS, text, i);
  const word = wordAt(PRECEDED_WORDS, text, i);
  const preceded = word && PREDS_OF.get(word)!.some((p) => p.precededBy?.test(text.slice(from, i))) ? word : undefined;
  return (preceded?.length ?? 0) > (plain?.length ?? 0) ? preceded : plain;
}
const NOT_DONE_WORDS = sortLongestFirst([...NOT_DONE]);
const NOT_NEGATING_WORDS = sortLongestFirst(NOT_NEGATING);

/** Words a list of people may close with, and which of them say the list is of officials. */
// (…莫乔博罗阿内等莱方官员，以及…: officials, guests and figures of a field by their kind, too.)
// (…刘晓春等11名第三小组成员参加: the members of a body.)
const TAIL_KINDS = '(?:领导同志|领导人|领导|同志|负责人|干部|代表|元首|首脑|官员|嘉宾|来宾|人士|成员)';
// (…斯克雷卡斯等20多国国家元首、政府首脑、高级代表，以及…: kinds listed with 、 may run longer.)
const KINDS_LISTED = `等(?:[^，。；：“”的、]{1,12}、){1,4}[^，。；：“”的、]{0,10}?${TAIL_KINDS}`;
export const PARTY = PARTY_WORD;
// (…何维生及相关业务科室负责人等一行9人: others joined by kind before the list's 等 or its party.)
const JOINED_KIND = `(?:(?:以及|及|和)[^，。；：“”的、]{1,20}?${TAIL_KINDS}(?=等|${PARTY}))?`;
// (…张晓明、…王志民等担任主礼嘉宾: the part they play is no kind of theirs.)
const GROUP_TAIL = new RegExp(
  `^(${JOINED_KIND})(?:${KINDS_LISTED}|等(?!担任|出任|作为)[^，。；：“”]{0,12}?${TAIL_KINDS}|等人|等|${PARTY}|同志)`,
);
/** A group's tail that closes a party or a list (一行, 一行11人, 等), as the text before a clause ends. */
export const PARTY_CLOSED = new RegExp(`(?:${PARTY}|等)$`);

/**
 * Between two names: only list joiners (、 和 与 及) and the titles of the second, found or a bare post whose state the
 * first's title gives (巴哈马众议长德沃和参议长阿德利).
 */
function joinsList(text: string, from: number, to: number, titles: readonly Mention[], titlesOnly = false): boolean {
  let between = withoutTitles(text, from, to, titles).replace(/\s/g, '');
  // (…副委员长李鸿忠、王东明，秘书长刘奇出席: a bare post the rules leave without a body is a title here.)
  if (titlesOnly) return /^[、]*$/.test(between) || wordAt(BARE_POSTS, between, 0)?.length === between.length;
  // (副组长刘海泉（省委常委、省纪委书记）、陈舜（…）: his posts in brackets after the name; the list goes on.)
  between = between.replace(/^（[、，]*）/, '').replace(PLACE_IN_PICTURE, '');
  // (、中国人民解放军总参谋长助理章沁生: an assistant to the post the title names.)
  if (/^[、和及]助理$/.test(between)) return true;
  // (毛泽东主席以及党和国家的其他领导人刘少奇、…: the others, by their kind, before their names.)
  if (/^以及[^，。；：、“”]{0,8}?(?:其他|其余)[^，。；：、“”]{0,6}?(?:领导人|领导同志)$/.test(between)) return true;
  // 、无党派人士代表陶智: one who stands for a group is listed like one with a title.
  if (/^、\p{Script=Han}{1,8}代表$/u.test(between)) return true;
  // 来自军委装备发展部的饶文敏代表、来自…的王宏宇代表: deputies listed by where they come from.
  if (/^(?:代表|委员)、来自[^，。；、“”]{1,24}的$/u.test(between)) return true;
  // Others by kind between two names (…尤素福、桑方相关医疗科研机构负责人以及…副队长殷骏) are listed with them.
  const unnamed = UNNAMED_ITEM.exec(text.slice(from, to));
  if (unnamed && !titlesOnly) return joinsList(text, from + unnamed[0].length, to, titles);
  // A courtesy after the first name (弗舍尔女士、…) is no break in the list; nor what the first named are, joined to the
  // next by kind (…王大军等省市领导和奥运冠军徐云丽、…出席).
  between = between.replace(COURTESY, '').replace(KIND_THEN_JOINED, '');
  const joiner = /^(?:[、和及携偕]|以及)+/.exec(between)?.[0] ?? '';
  // 习近平和夫人彭丽媛: a spouse is listed by the word for one (赵进军携夫人钱卫参赞: taken along).
  const post = wordAt(BARE_POSTS, between, joiner.length) ?? wordAt(SPOUSES, between, joiner.length);
  if (joiner && post && joiner.length + post.length === between.length) return true;
  const raw = text.slice(from, to).replace(/\s/g, '').replace(PLACE_IN_PICTURE, '').replace(KIND_THEN_JOINED, '');
  return /^(?:[、和及]|以及)+$/.test(between) || describedNext(raw, titles, to);
}

/** What those named first are, closed by 等, before a joiner to the next named (等省市领导|和奥运冠军徐云丽). */
const KIND_THEN_JOINED = new RegExp(`^等[^，。；：“”、的]{0,12}?${TAIL_KINDS}(?=和|及|以及)`);

/** Others by their kind as an item of a list, before the next item's joiner. */
const UNNAMED_ITEM = /^、[^，。；：、“”的]{1,20}?(?:负责人|负责同志|代表|官员|人员)(?=以及|[和及、])/;

/**
 * The text from `from` to `to` without the titles printed there, each with the state and 前 / 新任 before it
 * (`巴西前总统`): what joins two names (习近平主席和拜登总统: 和).
 */
export function withoutTitles(text: string, from: number, to: number, titles: readonly Mention[]): string {
  const inside = titles.filter((t) => t.start >= from && t.end <= to);
  // (联合国前秘书长安南: a body's former post, its marker between the body and the post.)
  const marked = (x: Mention) => x.start - (wordEndingAt(BEFORE_FOREIGN_POST, text, x.start)?.length ?? 0);
  let out = '';
  for (let i = from; i < to; i++) {
    const t = inside.find((x) => Math.max(from, stateBefore(text, x.start)) === i || x.start === i ||
      (marked(x) === i && inside.some((y) => y.end === i)));
    if (t) i = t.end - 1;
    else out += text[i];
  }
  return out;
}

/**
 * The next name's description between two names, read from the text as printed when kg found only part of it as a
 * title (`大使和欧洲委员会议长`, `、阿尔萨斯大区区长兼下莱茵省省长`): a joiner, then no verb and no punctuation up to a post.
 */
function describedNext(raw: string, titles: readonly Mention[], to: number): boolean {
  // (波波夫少将、中国驻俄使馆副武官许昌志: a rank after the first name.)
  const lead = wordAt(BARE_POSTS, raw, 0) ?? wordAt(COURTESIES, raw, 0) ?? wordAt(MILITARY_RANKS, raw, 0);
  const rest = raw.slice(lead?.length ?? 0);
  const joiner = /^(?:[、和及]|以及)/.exec(rest)?.[0];
  return joiner !== undefined && describes(rest.slice(joiner.length), titles, to);
}

/**
 * A name's description as printed, up to `to` where the name starts: no verb, no punctuation but 、, ending in a post
 * (`杭州第四届亚洲残疾人运动会组委会主席、浙江省省长`), whatever kg made of its parts.
 */
function describes(whole: string, titles: readonly Mention[], to: number, postAfter = false, longest = 40): boolean {
  // (中央组织部分管日常工作的副部长姜信治: the portfolio a deputy runs, with its own 的.)
  // (哈萨克斯坦“阿玛纳特”党主席: a party's name in quotes is part of a description.)
  // (指导检查组成员: a team named by what it does.)
  // (在京的监事会主席闫克庆: where they are, with its own 的.)
  // (列席会议的县委副书记、代县长黄育奇: one described by how he is there; 担任本届政协委员的十一届省政协副主席: by the
  // seat he holds there.)
  const plain = (s: string) => s.replace(/分管[^，。；的“”]{1,12}的/g, '')
    .replace(/^(?:在|列席|出席|担任)[^，。；的“”]{1,8}的/, '')
    .replace(/“[^“”，。；]{1,12}”/g, '名').replace(TEAM_DOING, '名');
  const desc = plain(whole);
  if (desc.length === 0 || desc.length > longest || /[，。；：！？“”]|的/.test(desc)) return false;
  // (县政府三级调研员赵忠民: a verb inside a post is no act.)
  const acting = plain(postsMasked(whole, titles, to));
  for (let k = 0; k < acting.length; k++) if (wordAt(ACT_WORDS, acting, k)) return false;
  // (…周巩同志，第七指导检查组成员、市委组织部娄向阳处长: a body before the name whose post follows it.)
  if (postAfter) return true;
  return wordEndingAt(DESCRIBING_ENDS, desc, desc.length) !== undefined || titles.some((t) => t.end === to);
}

/** The sentence's opening, up to the group, is only the first name's description (第20批医疗队专职队长梁海洋). */
export function describedOpening(ctx: SentenceContext, g: Group): boolean {
  const opening = ctx.text.slice(ctx.s.start, g.start);
  if (opening.length === 0 || opening.length > 40 || /[，。；：！？“”]/.test(opening)) return false;
  const titles = ctx.mentions.filter((m) => m.kind === 'title' && m.start >= ctx.s.start && m.end <= g.start);
  return describes(opening, titles, g.start);
}

/**
 * An item of a list set off by semicolons, as protocol prints those present: its posts in two bodies over a comma
 * (；文化和旅游部党组成员、副部长，国家文物局党组书记、局长，物理系1979级校友李群), each part describing him, or many
 * (；国家最高科技奖获得者、中国工程院院士、山东大学土建与水利学院名誉院长、陆军工程大学钱七虎教授).
 */
function describedInParts(whole: string, titles: readonly Mention[], to: number, postAfter: boolean): boolean {
  const parts = whole.split('，');
  if (parts.length > 4) return false;
  let end = to - whole.length;
  return parts.every((part, k) => {
    end += part.length + (k > 0 ? 1 : 0);
    return describes(part, titles, end, k === parts.length - 1 && postAfter, 60);
  });
}

/** `whole`, which ends at `to`, with the posts kg found in it blanked out. */
function postsMasked(whole: string, titles: readonly Mention[], to: number): string {
  const from = to - whole.length;
  let out = whole;
  for (const t of titles) {
    if (t.start < from || t.end > to) continue;
    out = out.slice(0, t.start - from) + '职'.repeat(t.end - t.start) + out.slice(t.end - from);
  }
  return out;
}

/**
 * What a team or an office does, in its name (督导组, 指导检查组, 县政府教育督导室, 市委政研室调研科): no verb of the
 * sentence's.
 */
const TEAM_DOING = /(?:督导|督查|检查|调研|考察|视察|巡视|巡察|指导)+(?=[组团队室科]|处(?![理置罚分]))/g;

/**
 * Officials listed by their posts alone after those named, each set off by a comma, the last closed by 等 or not
 * (`…市政协主席路海燕，市委常委，市政府有关副市长，省委督导组有关成员等出席`): how many characters they take.
 */
export function unnamedOfficials(between: string): number {
  let at = 0;
  for (;;) {
    // (…范奥耶、法兰克福市副议长，经济…界人士…: an official by his post alone among the named.)
    const item = /^，(?:以及)?([^，。；：“”的]{1,80})|^、([^，。；：“”的、及和]{2,20})(?=[，、及和]|$)/.exec(between.slice(at));
    // (督导组有关成员: a team named by what it does.)
    const kind = (item?.[1] ?? item?.[2])?.replace(/(?:等|们)$/, '').replace(TEAM_DOING, '名');
    // (…的马新强，再次向总书记作了汇报: to whom he reported, after an adverb, is no one listed.)
    if (!item || /[向为对在给把被从将]|^(?:再|又|还|也|先后|分别|一同|共同)/.test(kind!)) return at;
    if (!describes(kind!, [], 0) && !postThenUnread(kind!) && !ofBodiesListed(kind!)) return at;
    at += item[0].length;
  }
}

/**
 * Officials of bodies listed with 、, then their kind (`各战区、各军兵种、…国防科技大学、武警部队领导`): a description too long
 * for one post, each body short and none holding a verb.
 */
function ofBodiesListed(kind: string): boolean {
  const bodies = kind.split('、');
  const last = bodies.pop()!;
  if (bodies.length === 0 || !describes(last, [], 0)) return false;
  if (bodies.some((b) => b.length === 0 || b.length > 16)) return false;
  return bodies.every((b) => Array.from(b).every((_, k) => !wordAt(ACT_WORDS, b, k)));
}

/**
 * A post and two or three characters kg read as no name (`市政府党组成员水选民`): an official all the same, in a list
 * between named ones; nothing done in those characters.
 */
function postThenUnread(kind: string): boolean {
  return [2, 3].some((n) => {
    const name = kind.slice(-n);
    if (kind.length < n + 2 || !allHan(name) || !describes(kind.slice(0, -n), [], 0)) return false;
    return !Array.from(name).some((_, k) => wordAt(ACT_WORDS, name, k) !== undefined);
  });
}

const BARE_POSTS = sortLongestFirst([...FOREIGN_POSTS, ...POSTS, ...NEWER_POSTS]);
/** What ends a description before a name: a post, or a part one plays (研发创新团队负责人周黎). */
const DESCRIBING_ENDS = sortLongestFirst([...BARE_POSTS, '负责人', '带头人', '创始人', '领导', '领导人', '成员', '干部', '人员',
  '官员', '领导班子', '记者',
  // (组织部干事吴荣法: a staff officer of a department.)
  '干事',
  // (纪检监察组组长: a team's head; no title of kg's, which would lump every team printed short into one 组长.)
  '组长', '副组长',
  // (中国援桑医疗队副队长殷骏: a team's, likewise.)
  '队长', '副队长',
  // (七届政协主席提名人选朱永国: one named for a post, before the vote.)
  '人选', '候选人',
  // (中文系1964级校友李建国: an alumnus, by his school and year.)
  '校友',
  // (北部战区空军航管处参谋王志国: a staff officer.)
  '参谋',
  // (…等省市领导和奥运冠军徐云丽、张晓雅出席: champions, by what they won.)
  '冠军',
  // (联合国驻华协调员马和励: the United Nations' coordinator in a country.)
  '协调员',
  // (…司长李高、北京电视台新闻主播蒋宝琛共同主持活动: a presenter, by the station's word.)
  '主播', '主持人']);
/** A courtesy after a name, or a doctor's title used as one (吴宏丰博士): the name's, and the list goes on after it. */
const COURTESIES = sortLongestFirst([...COURTESIES_AFTER_NAME, '博士']);
/** A courtesy or a rank after a name (弗舍尔女士、…; 武官郑煜冲大校、副武官刘宗振上校): the list goes on after it. */
const COURTESY = new RegExp(`^(?:${[...COURTESIES_AFTER_NAME, ...MILITARY_RANKS].join('|')})(?=[、和及])`);

/**
 * Where a foreign title's state starts when 前 / 新任 stand between it and the post (巴西前总统: the title is 总统, of
 * 巴西, held before): the state and the marker are the title's too when a list is read. Else the title's own start.
 */
function stateBefore(text: string, at: number): number {
  const marker = wordEndingAt(BEFORE_FOREIGN_POST, text, at);
  const state = marker ? wordEndingAt(COUNTRY_FORMS, text, at - marker.length) : undefined;
  return state ? at - marker!.length - state.length : at;
}
const SPOUSES = ['夫人', '丈夫'];

// (加州众议员丁右立代表出席: his representative came, not he.)
export const ENVOY_OF = /^(?:主席|总书记|总理|总统|国王)?的?(?:特别代表|特使)|^(?:的)?代表(?:出席|参加|到会|与会|列席)(?![^，。；]*的)/;

export function groupsOf(text: string, mentions: readonly Mention[]): Group[] {
  const persons = mentions.filter((m) => m.kind === 'person');
  // 习近平夫人彭丽媛和齐塞克迪夫人丹尼丝, 习近平主席夫人彭丽媛: whose wife someone is names no one who acts; it
  // describes her, as a title does.
  const described = persons.flatMap((m) => {
    const at = m.end + (wordAt(BARE_POSTS, text, m.end)?.length ?? 0);
    const wife = text.startsWith('夫人', at) && persons.some((w) => w.start === at + 2);
    return wife ? [{ ...m, kind: 'title' as const, end: at + 2 }] : [];
  });
  const husbands = new Set(described.map((d) => d.start));
  // (县委书记冉登祥、县长秦彪、县民政局王继伟: a body printed right before a name, as a title would be.)
  // (、联合国前秘书长安南: or before his post, a marker of when he held it between.)
  const marker = (m: Mention) => wordAt(BEFORE_FOREIGN_POST, text, m.end)?.length ?? 0;
  const titleAfter = (m: Mention) => mentions.some((t) => t.kind === 'title' && t.start - marker(m) === m.end);
  const bodies = mentions.filter(
    (m) => (m.kind === 'organization' || m.kind === 'enterprise') &&
      (persons.some((p) => p.start === m.end) || titleAfter(m)),
  );
  const asTitles = bodies.map((m) => ({ ...m, kind: 'title' as const }));
  const titles = [...mentions.filter((m) => m.kind === 'title'), ...described, ...asTitles];
  const groups: Group[] = [];
  // 习近平主席特别代表韩正: whose envoy someone is names no one who acts.
  const acting = (m: Mention) => !ENVOY_OF.test(text.slice(m.end, m.end + 8)) && !husbands.has(m.start);
  for (const p of persons.filter((m) => acting(m) && !glossOf(text, m, persons))) {
    const last = groups.at(-1);
    // (布林肯（Antony Blinken）、…罗森伯格: the list goes on past how a name is spelt.)
    const end = last?.persons.at(-1)!.end ?? 0;
    const from = end + (LATIN_GLOSS.exec(text.slice(end))?.[0].length ?? 0);
    if (last && (joinsList(text, from, p.start, titles) || bodiesListed(text, last, p, titles))) last.persons.push(p);
    else groups.push({ persons: [p], start: p.start, end: p.end, listed: false });
  }
  for (const g of groups) tail(text, g, titles);
  return mergeCommaLists(text, groups, titles);
}

/**
 * Officials listed by their body, name and post (联合光电龚俊强董事长、新时代教育彭翔董事长): a body kg did not read
 * between two named with their posts after them is the next one's, and the list goes on.
 */
function bodiesListed(text: string, last: Group, p: Mention, titles: readonly Mention[]): boolean {
  const prev = last.persons.at(-1)!;
  const post = titles.find((t) => t.start === prev.end);
  const unread = (from: number) => /^、([\p{Script=Han}A-Za-z]{2,10})$/u.exec(text.slice(from, p.start))?.[1];
  const noAct = (body: string) => Array.from(body).every((_, k) => !wordAt(ACT_WORDS, body, k));
  // (龙岩一中刘炳河、龙岩二中吴羽杰、永定一中曾德勇: each named after his body, one kg did not read ending as bodies end.)
  if (!post) {
    const body = titles.some((t) => t.end === prev.start) ? unread(prev.end) : undefined;
    return body !== undefined && endsInBodySuffix(body, body.length) && noAct(body);
  }
  if (!titles.some((t) => t.start === p.end)) return false;
  const body = unread(post.end);
  return body !== undefined && noAct(body);
}

/** Others joined unnamed after a list's last name, up to the comma that goes on with it (（线上）和60多位…领导人或代表). */
// (…秘书长陈光普以及各委办室负责人，省政府副省长张昌平…: 以及 too.)
const UNNAMED_JOINED = new RegExp(`^(?:（[^（）]{1,6}）)?(?:以及|[和及])[^，。；：“”]{1,40}?${TAIL_KINDS}(?=，)`);

/**
 * Officials with their titles listed with commas and closed by 等 (`国务委员王毅，中共中央政治局委员…何立峰等出席`): one
 * group. Without the closing 等 a comma keeps them apart (`会见美国总统拜登，国务卿布林肯参加`).
 */
/** The kind of those listed, after their closing 等, up to a semicolon. */
const PAST_SEMICOLON = /^[^，。；：“”]{0,8}；/;
/** A list closed by 等 (…洪波等代表团成员), with what the group took after its last name. */
const closedByDeng = (text: string, g: Group) => text.slice(g.persons.at(-1)!.end, g.end).includes('等');

function mergeCommaLists(text: string, groups: Group[], titles: readonly Mention[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const prev = out.at(-1);
    const between = prev ? text.slice(prev.end, g.start) : '';
    const closed = closedByDeng(text, g);
    // (苗伟伦、…吴荣法一行，在…石一婷、…潘鸣的陪同下: a party closes its list; whoever follows is someone else.)
    const party = prev !== undefined && text.slice(prev.persons.at(-1)!.end, prev.end).includes('一行');
    const merges = !party && (closed || clauseInitial(text, prev, titles) || ledByList(text, prev, g, titles));
    // (…普京（线上）和60多位…领导人或代表，以及…古特雷斯…等出席: others joined unnamed after the last name, then
    // the list goes on.)
    const others = prev ? (UNNAMED_JOINED.exec(between)?.[0].length ?? 0) : 0;
    // (…张升民，以及李作成同志出席会议: 以及 after the comma continues the list; 李雷；滕州市委常委…李义，…: so does a
    // semicolon between those of one place and another's.)
    // (…米卡提等21个阿盟国家领导人以及…秘书长盖特等国际组织负责人出席: 以及 after a list closed by 等, too.)
    const opened =
      others + ((closed ? /^(?:[，；](?:以及)?|以及)/ : /^[，；](?:以及)?/).exec(between.slice(others))?.[0].length ?? 0);
    // (严金海，省监察委员会负责人，省高级人民法院院长陈明国: others listed by their posts alone, between two named; the
    // list may go on past a semicolon: 崔伟，区政府办、财政局等相关单位人员；投资公司…总经理王勃.)
    const last = Math.max(between.lastIndexOf('，'), between.lastIndexOf('；'));
    const unnamed = opened > 0 && last >= opened ? unnamedOfficials(between.slice(opened - 1, last)) : 0;
    const comma = unnamed > 0 && unnamed === last - opened + 1 ? last + 1 : opened;
    const postAfter = titles.some((t) => t.start === g.persons[0]!.end);
    // (…洪波等代表团成员；中国驻悉尼总领事馆副总领事童学军…出席: a list closed by 等 and its kind goes on past a
    // semicolon to the next, which the predicate closes.)
    const semicolon =
      prev && !party && closedByDeng(text, prev) ? (PAST_SEMICOLON.exec(between)?.[0].length ?? 0) : 0;
    const listed = (from: number) =>
      joinsList(text, prev!.end + from, g.start, titles, true) ||
      // (…陈鸣波，市政府副秘书长、浦东新区区委副书记、区长、中国（上海）自由贸易试验区管理委员会常务副主任杭迎伟: a
      // chain of posts as long as protocol prints it.)
      describes(between.slice(from), titles, g.start, postAfter, 60) ||
      (between[from - 1] === '；' && describedInParts(between.slice(from), titles, g.start, postAfter));
    // (…谢里夫，并与…副议长拉德旺共同主持…: a clause joined by 并 starts after the comma, no list.)
    // (…王刚，在四川省委书记张学忠…陪同下: where and with whom, no item of the list.)
    const joined = /^[，；](?:并|还|又|随后|在(?![京沪津渝]的|场的|座的))/.test(between);
    if (prev && !joined && ((merges && comma > 0 && listed(comma)) || (semicolon > 0 && listed(semicolon)))) {
      const persons = [...prev.persons, ...g.persons];
      out[out.length - 1] = { persons, start: prev.start, end: g.end, listed: g.listed };
    } else out.push(g);
  }
  return out;
}

/**
 * A group that opens its clause, titles only before it, is a list of subjects that a comma and the next official's
 * title continue (`国务院副总理何立峰、张国清，国务委员吴政隆出席会议`); after a verb it is an object, and a comma ends it.
 */
function clauseInitial(text: string, g: Group | undefined, titles: readonly Mention[]): boolean {
  if (!g) return false;
  let from = g.start;
  // (据新华社北京9月3日电 华国锋总理，赵紫阳、谷牧副总理…: a space closes the dateline.)
  while (from > 0 && !/[，。；：！？\s]/.test(text[from - 1]!)) from--;
  return joinsList(text, from, g.start, titles, true) || describes(text.slice(from, g.start), titles, g.start);
}

/**
 * Those after 由 who lead a party, listed with their titles and commas (会见了由…副主席古列维奇，…副主席日丹诺娃，…率领的
 * 政府代表团): one group, up to 率领.
 */
function ledByList(text: string, prev: Group | undefined, g: Group, titles: readonly Mention[]): boolean {
  if (!prev || !/^[^。；：“”的]{0,80}?(?:率领|带领|率)的/.test(text.slice(g.start))) return false;
  const by = text.lastIndexOf('由', prev.start);
  if (by < 0 || prev.start - by > 40) return false;
  const described = text.slice(by + 1, prev.start);
  return joinsList(text, by + 1, prev.start, titles, true) || describes(described, titles, prev.start);
}

/** Where a group ends: past a post printed after its last name and past 等 / 一行 / 等…领导. */
function tail(text: string, g: Group, titles: readonly Mention[]): void {
  const lastName = g.persons.at(-1)!;
  // (刘林剑虹（Jenny Lam Low）: his name as he spells it, in brackets.)
  let named = lastName.end + (LATIN_GLOSS.exec(text.slice(lastName.end))?.[0].length ?? 0);
  // (程远泽（主持工作）副局长率…: an aside between the name and his post.)
  const aside = /^（[^（）]{1,12}）/.exec(text.slice(named))?.[0].length ?? 0;
  if (aside && titles.some((t) => t.start === named + aside)) named += aside;
  // A post printed after the name (栗战书委员长) belongs to the name.
  const after = titles.find((t) => t.start === named);
  g.end = after ? after.end : named;
  // So does an officer's rank (周子玉上将今晚会见), and a courtesy (总理阿披实阁下，大会主席吴宏丰博士，…共同主持).
  g.end += wordAt(MILITARY_RANKS, text, g.end)?.length ?? 0;
  g.end += wordAt(COURTESIES, text, g.end)?.length ?? 0;
  // (…徐荣凯（云南省前省长），国家旅游局局长邵琪伟: an aside on him before the list goes on.)
  g.end += /^（[^（）A-Za-z]{2,20}）(?=[，；])/.exec(text.slice(g.end))?.[0].length ?? 0;
  const closing = GROUP_TAIL.exec(text.slice(g.end));
  if (closing) {
    const own = closing[0].slice(closing[1]!.length);
    g.listed = own.startsWith('等') && own.length > 2;
    g.end += closing[0].length;
  }
}

/** A name in Latin letters in brackets, right after a name: how he spells it. */
const LATIN_GLOSS = /^（[A-Za-z][A-Za-z .'’-]{0,60}）/;

/** A person read inside such brackets, right after another's name: he, spelt so. */
export function glossOf(text: string, m: Mention, persons: readonly Mention[]): boolean {
  const open = text.lastIndexOf('（', m.start);
  if (open < 0 || !/^[A-Za-z]/.test(text.slice(m.start, m.end))) return false;
  const gloss = LATIN_GLOSS.exec(text.slice(open))?.[0];
  return gloss !== undefined && open + gloss.length >= m.end && persons.some((p) => p.end === open);
}

/** Spans inside “…” (and 《…》 titles): what is quoted did not happen in this sentence. */
function quoted(text: string, s: Sentence): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of s.text.matchAll(/“[^”]*”|《[^》]*》/g))
    spans.push([s.start + m.index, s.start + m.index + m[0].length]);
  const words = wordsQuoted(text, s);
  if (words) spans.push(words);
  return spans;
}

/**
 * Someone's words quoted over sentences: a quote that opens the sentence and closes later in its paragraph (“习近平总书记
 * 2014年考察江苏时首次提出…。…有奔头！”). Unclosed in the paragraph, it is no quote kg can measure.
 */
function wordsQuoted(text: string, s: Sentence): [number, number] | undefined {
  const from = text.lastIndexOf('\n', s.start - 1) + 1;
  const before = text.slice(from, s.start);
  // Inside a quote opened by an earlier sentence of the paragraph, or opening one itself.
  const open = before.split('“').length - before.split('”').length > 0;
  if (!open && (text[s.start] !== '“' || s.text.includes('”'))) return undefined;
  const close = text.indexOf('”', s.start + 1);
  const paragraph = text.indexOf('\n', s.start);
  if (close < 0 || (paragraph >= 0 && close > paragraph)) return undefined;
  return [s.start, Math.min(s.end, close + 1)];
}

/** A statement issued (`埃及总统府29日发表声明说，`): an office reporting its principal's acts, not a person's words. */
const STATEMENT_ISSUED = new RegExp(
  // (俄罗斯克里姆林宫方面16日表示，俄总统普京当天…会见了…: an office's side says what happened.)
  // (乌克兰媒体当天报道称，…霍连科前往巴赫穆特视察乌军: the news as the media report it.)
  // (同一天，俄国防部称，俄国防部长绍伊古视察了…: a ministry tells what its minister did.)
  (
    // (…朝中社今天报道…。报道说，金正恩7日视察了该潜艇: the report the story retells.)
    // (朝中社今天还报道称，…金正恩视察了…: a news agency's report, too.)
    '(?:发表|发布|发出)(?:了)?(?:联合)?(?:声明|公报|新闻公报|消息)$|方面(?:DAY)?$|(?:媒体|通讯社|社)(?:DAY)?(?:还|也)?报道$' +
    '|^报道(?:还|也)?$' +
    '|(?:国防部|外交部|总统府|总统办公室|克里姆林宫|白宫)(?:DAY)?(?:通报)?$'
  ).replaceAll('DAY', `[0-9０-９]{1,2}日|${DAY_WORDS}|日前|同一天`),
);

/**
 * The first speech verb closed by a comma or colon (`李强表示，`, `他说：`): what follows is reported, not reported on.
 * An office's statement, with no one named before it, reports what happened (`…发表声明说，埃及总统塞西与…通电话`).
 */
function speechStart(
  text: string,
  s: Sentence,
  quotes: readonly [number, number][],
  mentions: readonly Mention[],
): number {
  for (let i = s.start; i < s.end; i++) {
    if (quotes.some(([a, b]) => i >= a && i < b)) continue;
    const w = wordAt(SPEECH_VERBS, text, i) ?? wordAt(THOUGHT_VERBS, text, i);
    if (!w) continue;
    // (汪冬致欢迎辞，他表示金寨是…: said by him, the words run on with no mark; not 他表示感谢, a thanks given.)
    const byHim = /(?:他|她)们?(?:还|也|又|并|则)?$/.test(text.slice(Math.max(s.start, i - 3), i)) &&
      !EXPRESSED_AS.test(text.slice(i + w.length, i + w.length + 4));
    if (!byHim && !/^[，：:,]/.test(text.slice(i + w.length, i + w.length + 1))) continue;
    // (市长裴伟东对下步工作提出具体要求，市领导…出席会议: requirements raised, a noun; what follows is no speech.)
    if (RAISED.test(text.slice(Math.max(s.start, i - 8), i))) continue;
    // (为深入贯彻落实市委关于…部署要求，8月23日，…带队赴…: the requirement met, a noun in a clause of purpose.)
    // A basis that names whose directive it is (根据习近平总书记重要指示和李强总理要求，…赶赴…) is read as before: the
    // project's gold sets name the visit such a lead opens by the acts told after it, not by the lead.
    const named = mentions.some((m) => m.kind === 'person' && m.start < i);
    if ((!named && PURPOSE_CLAUSE.test(text.slice(s.start, i))) || text[i - 1] === '的') continue;
    if (named || !STATEMENT_ISSUED.test(text.slice(s.start, i))) return i;
  }
  return s.end;
}

/** What follows a predicate's word when it is a noun (主持人, 慰问金). */
const AFTER_A_NOUN: ReadonlySet<string> = new Set([...NOUN_AFTER, ...NOUN_AFTER_VISIT]);

/** What a word of speech expresses when it is no speech (表示感谢, 表示热烈欢迎). */
const EXPRESSED_AS = /^(?:热烈|衷心|诚挚|深切|高度|充分|坚决)?(?:欢迎|感谢|祝贺|慰问|哀悼|敬意|赞赏|支持|同意|肯定|关切|遗憾|谢意|满意)/;

/**
 * A sentence's first clause of purpose or basis, up to a word of speech (为落实…要求, 按照…指示): a noun there; after
 * the day, too (9月7日，根据…通知要求，…).
 */
const DAY_FIRST = `(?:[^，。；：]{0,24}(?:\\d日|\\d月|[上下]午|晚|${DAY_WORDS}|近日|日前)[，,])?`;
const PURPOSE_CLAUSE = new RegExp(`^${DAY_FIRST}(?:为了?|按照|根据|依照|遵照|围绕)[^，。；：]*$`);

/** What is raised or made before a word of speech makes it a noun (提出具体要求, 作出明确要求). */
// (出席会议并作要求，副市长牟洪操主持会议: 作 for 作出.)
const RAISED = /(?:提出|作出|做出|作|做)了?[^，。；]{0,4}$/;

/**
 * Where the words describing a person start: the titles, bodies and places printed right before `at`, where a name
 * starts (副市长、晋中市公安局局长|戎劲光).
 */
export function describedFrom(ctx: SentenceContext, at: number): number {
  for (;;) {
    const m = ctx.mentions.find(
      (x) => x.kind !== 'person' && (x.end === at || (x.end === at - 1 && ctx.text[at - 1] === '、')),
    );
    if (!m) return at;
    at = m.start;
  }
}

/** A person printed after an honour (主席拿督王益辉) starts at it: what stands before the honour stands before him. */
export function withHonours(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => {
    const honour = m.kind === 'person' ? wordEndingAt(HONOURS_BEFORE_NAME, text, m.start) : undefined;
    return honour ? { ...m, start: m.start - honour.length } : m;
  });
}

/** The word's predicate at i whose preceding and following words allow it, if any. */
function readingOf(text: string, s: Sentence, word: string, i: number): Predicate | undefined {
  return PREDS_OF.get(word)!.find(
    (p) => (!p.precededBy || p.precededBy.test(text.slice(s.start, i))) &&
      (!p.followedBy || p.followedBy.test(text.slice(i + word.length, s.end))),
  );
}

/** What a topic of tasks set ends with, then their setting (…工作提出了明确要求). */
const TASKS_SET_FOR = /^[^，。；：]{0,20}?(?:工作|问题)(?:提出|作出)[^，。；]{0,6}?要求/;

export function sentenceContext(text: string, s: Sentence, all: readonly Mention[]): SentenceContext {
  const mentions = all.filter((m) => m.start >= s.start && m.end <= s.end);
  const quotes = quoted(text, s);
  // A sentence that sums up a stretch of time (这一年，…深入…考察调研; 党的十八大以来) reports no one day's happening.
  let saying: number | undefined;
  const sayingFrom = () => (saying ??= speechStart(text, s, quotes, mentions));
  // (Not in what someone says: 李强指出，今年以来，…)
  // (9月2日，2018年秋学期开学第二天，…: the year after the day opening the sentence frames that day, no time recalled.)
  const framed = DAY_THEN_YEAR.exec(s.text)?.[0].length ?? 0;
  const spans = (t: string) => SPAN_CLAUSE.test(t.slice(framed));
  const custom = spans(s.text) && spans(text.slice(s.start, sayingFrom()));
  const looksBack = LOOKING_BACK.some((re) => re.test(s.text));
  const retrospect = looksBack || custom || recalledVisit(text, s) || recalledYear(text, s) || briefedVisit(text, s);
  const said =
    retrospect || FIRST_PERSON.test(s.text) || ADDRESSED_AS.test(s.text) || meetingsWords(text, s) || midSpeech(text, s);
  const speechFrom = said ? s.start : sayingFrom();
  const inside = (i: number) =>
    quotes.some(([a, b]) => i >= a && i < b) || mentions.some((m) => i >= m.start && i < m.end);
  const predicates: Found[] = [];
  for (let i = s.start; i < speechFrom; i++) {
    const word = inside(i) ? undefined : actWordAt(text, s.start, i);
    if (!word) continue;
    // (向人民英雄敬献花篮仪式: the rite's name, no one laying baskets.)
    const pred = readingOf(text, s, word, i);
    if (!pred) continue;
    // (举行2008年新春团拜会: the end of a gathering's noun, no call paid.)
    if (word.startsWith('拜会') && text[i - 1] === '团') {
      i += word.length - 1;
      continue;
    }
    if (pred.object === 'rite' && /^(?:仪式|活动)/.test(text.slice(i + word.length))) continue;
    // (戴建斌对该镇中央环保督察“回头看”工作提出了明确要求: a visit's verb inside what tasks are set for names no visit.)
    if (pred.rel === 'LED' && TASKS_SET_FOR.test(text.slice(i + word.length, s.end)) &&
      /(?:对|就|围绕)[^，。；：]*$/.test(text.slice(s.start, i))) continue;
    // (陪同参观调研的还有…施永益: the visit escorted, told by two verbs; the second no visit of the escorts'.)
    // (…赵玉虎参加了视察活动: the visit others made, gone on.)
    const prev = predicates.at(-1);
    const next = prev && (prev.end === i || (prev.end === i - 1 && text[prev.end] === '了'));
    if (next && pred.object === 'visit' && /^(?:陪同|随同|参加|参与)/.test(prev.word)) {
      i += word.length - 1;
      continue;
    }
    predicates.push({ pred, word, start: i, end: i + word.length });
    i += word.length - 1;
  }
  // (A later verb read as a noun names nothing: 一行先后到…家中，送上…慰问金.)
  const noun = (g: Found) => AFTER_A_NOUN.has(text[g.end] ?? '');
  const later = (f: Found, k: number) => predicates.slice(k + 1).some((g) => g.pred.rel === f.pred.rel && !noun(g));
  const named = predicates.filter((f, k) => !f.pred.unlessLater || !later(f, k));
  return { text, s, mentions, groups: groupsOf(text, mentions), predicates: named, speechFrom, retrospect };
}

/**
 * Openings of a sentence that sums up years or tells of an earlier one (这一年, 今年以来, 党的十八大以来, 去年, 早在, a
 * bare year: 2017年，).
 */
const RETROSPECT = new RegExp(
  '^(?:[^，。；]{0,12}(?:以来|年来)|(?:这|那)(?:一|些|几)年|过去(?:的)?[一二三四五六七八九十\\d]*年|近年|多年|长期以来|历年' +
    '|去年|前年|往年|早在|此前|\\d{4}年(?:和\\d{4}年)?[，,]' +
    // A habit (利用训练间隙，王亚平在中小学走访调研; 平时, 每逢周末) is no one day's happening.
    '|利用[^，。；]{1,8}(?:间隙|空闲|闲暇|业余时间|休息时间|周末|假期)|平时|平日|每逢|每当' +
    // Days gone by summed up (连日来，习近平总书记参加江苏代表团审议，…并参加联组会).
    '|连日来|这些天|这几天来' +
    // The years since a party congress (党的十八大后，习近平总书记首次赴农村考察就来到阜平): a look back.
    '|(?:党的)?(?:十[一二三四五六七八九]|二十)(?:大|届[一二三四五六七]中全会)(?:召开)?(?:之|以)?后[，,]' +
    // A time told from an earlier one (十多天后，; 一个多月后，): a retold sequence, not the issue's day.
    '|[一二两三四五六七八九十几数]+多?(?:天|周|个多?月|年)(?:之)?后[，,]' +
    // History told as the party's own (在杨家岭期间，我们党召开了第七次全国代表大会): no happening of the story.
    '|[^，。；]{0,12}[，,]?(?:我们党|我党)[^，。；]{0,6}(?:召开|举行)了)',
);

/**
 * A first clause that tells of something done a while ago (习近平主席不久前同李显龙总理在曼谷会晤, 10年前，习近平主席访问
 * 比利时期间…发表精彩演讲, 今年春节前夕，习近平总书记通过视频连线看望…).
 */
const RECALLED = new RegExp(
  '^[^，。；]{0,30}?(?:不久前|前不久|此前|早前|先前|去年|前年|同年|次年|当年|上世纪|刚刚(?:闭幕|结束|召开)' +
    // (就在几天前，习近平总书记来到天津: days before the issue's, which it does not say.)
    '|几天前|前几天|前些天|前些日子|前段时间|前一段时间' +
    '|[一二三四五六七八九十两几多\\d]+(?:年|个多?月)(?:以)?前(?![一二三四五六七八九十两几\\d])' +
    '|今年(?:的|召开的|举行的|[^，。；]{1,12}期间|[^，。；]{1,8}前夕)|\\d{4}年(?:召开|举行)的)',
);

/**
 * A visit told only as the time of what was said on it, undated, after the story's first sentence (…。习近平总书记在
 * 北京考察时强调，…): a feature quoting words from a visit of another day, not a report of one (those name its day or
 * 近日, or open with it).
 */
function recalledVisit(text: string, s: Sentence): boolean {
  const when = RECALLED_VISIT.exec(s.text)?.[1];
  if (when === undefined || TIME_WORD.test(when)) return false;
  return afterFirstSentence(text, s);
}
/**
 * A sentence after the story's first that opens with a year and no day (…。2014年春节前夕，习近平总书记专程来到呼和浩特
 * 市儿童福利院，看望…): a time recalled, as SPAN_CLAUSE reads one after a clause.
 */
function recalledYear(text: string, s: Sentence): boolean {
  // (…2018年9月，习主席来到…视察: a month with no day is no day's news either.)
  if (!RECALLED_YEAR.test(s.text) || !afterFirstSentence(text, s) || daysBeforeDateline(text, s)) return false;
  // (…数据信息产业被称为“百业之基”，为进一步了解…。2020年6月9日，…调研组在…带领下…: a day after a preamble that
  // dates nothing is the story's.)
  return !FULL_DAY.test(s.text) || DATED.test(text.slice(0, s.start));
}
const FULL_DAY = /^\d{4}年\d{1,2}月\d{1,2}日/;

/**
 * The sentence's day falls in the three days before the dispatch's (中大新闻网广州11月13日电 …。2023年11月12日，…启动
 * 仪式…举行): the story's, whatever years the lead spoke of.
 */
function daysBeforeDateline(text: string, s: Sentence): boolean {
  const sent = /^[^。\n]{0,30}?(\d{1,2})月(\d{1,2})日电/.exec(text);
  const day = /^\d{4}年(\d{1,2})月(\d{1,2})日/.exec(s.text);
  if (!sent || !day || sent[1] !== day[1]) return false;
  const before = Number(sent[2]) - Number(day[2]);
  return before >= 0 && before <= 3;
}
const DATED = new RegExp(`\\d{1,2}日|\\d{4}年|\\d{1,2}月|${DAY_WORDS}|近日|日前|前夕|[一二三四五六七八九十]月`);

// (…的县；2016年4月24日至25日，习近平总书记在金寨视察: a day of a year named after the story's first sentence.)
// (…。2014年古田全军政治工作会议期间，习近平接见…: the year's meeting during which it was done.)
const RECALLED_YEAR = new RegExp(
  '^\\d{4}年(?:(?![^，。；]*[月日])(?:[^，。；]{0,8}|[^，。；]{0,24}?(?:期间|之际|前夕|时))' +
    '|\\d{1,2}月(?:[上中下]旬|底|初|\\d{1,2}日(?:至\\d{1,2}日)?)?)[，,]',
);

/** The sentence comes after the story's first. */
/**
 * A sentence after the lead's account of a visit briefed (…外交部长王毅向随行记者介绍此访情况。): the visit's happenings
 * retold, reported on their own days.
 */
function briefedVisit(text: string, s: Sentence): boolean {
  // Read once per article, not once per sentence.
  if (briefed.text !== text) {
    const line = text.indexOf('\n');
    const m = VISIT_BRIEFED.exec(line < 0 ? text : text.slice(0, line));
    briefed = { text, end: m ? text.indexOf('。', m.index) : -1 };
  }
  return briefed.end >= 0 && s.start > briefed.end;
}
let briefed = { text: '', end: -1 };
const VISIT_BRIEFED = /介绍(?:此访|此次访问|这次访问|[^。，；]{0,12}访问)的?(?:情况|成果)/;

function afterFirstSentence(text: string, s: Sentence): boolean {
  const first = text.search(/[。！？]/);
  return first >= 0 && s.start > first;
}
const RECALLED_VISIT = /^([^，。；]{0,30}?)在[^，。；]{1,16}?(?:考察|视察|调研)(?:时|期间)[，,]?(?:强调|指出|说|表示|提出)/;
const TIME_WORD = new RegExp(`\\d|[一二三四五六七八九十]月|近日|日前|${DAY_WORDS}|前夕|年|上午|下午|晚`);

/** A clause set in a year's run of happenings (党中央高度重视粮食安全，在今年的国内考察中，…): a summary. */
const YEAR_SUMMED = /(?:^|[，,])在(?:今年|去年|这一年|一年来)的[^，。；]{1,12}中[，,]/;

/** A day opening the sentence, then a clause of its year (9月2日，2018年秋学期开学第二天，), up to that clause. */
const DAY_THEN_YEAR = /^(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚上?)?[，,]\d{4}年[^，。；]{0,8}(?=[，,])/;
/**
 * A clause of years or of every year (…，党的十八大以来，每年春节前夕，习近平总书记都会到乡村…看望), or of a year
 * gone, after the first: a custom or a recollection, no happening of the story's day.
 */
const SPAN_CLAUSE = new RegExp(
  '[，,][^，。；]{0,12}(?:以来|年来)[，,]|(?:^|[，,])(?:每年|每逢|每当)[^，。；]{0,8}[，,]' +
    // A year with no day, after the first clause (神山村曾是贫困村，2016年春节前夕，…来到这里看望): a time recalled.
    '|[，,]\\d{4}年(?![^，。；]*[月日])[^，。；]{0,8}[，,]' +
    // Or a month with no day (陈玉芳是…社区的居民，2018年9月，习近平总书记在辽宁考察).
    '|[，,]\\d{4}年\\d{1,2}月(?:[上中下]旬|底|初)?[，,]',
);

/** A year remembered (青年科研人员都难忘2021年习近平总书记在清华大学考察时…): what happened then is a memory. */
const REMEMBERED = /(?:难忘|记得|忘不了|回忆起|想起|铭记)[^，。；]{0,6}\d{4}年/;

/** A post held once, as the time of what is told (习近平同志在福建工作期间先后两次深入军营村调研): a life recalled. */
const OFFICE_HELD = /在[^，。；]{1,12}(?:工作|任职|主政)期间/;

/** A clause set in spare time (…，在训练间隙，刘洋常来到科研人员身边进行调研): a habit, not one day's happening. */
const SPARE_TIME = /(?:^|[，,])(?:在|利用)[^，。；]{1,8}(?:间隙|之余|闲暇|空闲时间|业余时间)[，,]/;

/** What makes a sentence look back: nothing in it happened on the day it is told. */
const LOOKING_BACK = [RETROSPECT, RECALLED, YEAR_SUMMED, SPARE_TIME, OFFICE_HELD, REMEMBERED];

/**
 * A sentence in the first person (我此次访德并同朔尔茨总理共同主持…): news tells nothing in it, so it is a speaker's,
 * reported on from the sentence before; not 我国, 我省 or 我军, the paper's own.
 */
// (我馆郁伯仁参赞、唐海参赞…出席了捐赠仪式: an embassy's, a bureau's or a team's own news of its people.)
// (我会创会会长张宏图，…应邀出席了会议: a chamber's or association's own news of its officers, as 我会 + a post.)
const FIRST_PERSON =
  /^(?:我们?|咱们)(?![国省市区县乡镇村军院部校厂委党馆局团社厅办处站司]|会[^，。；]{0,6}?(?:会长|理事|秘书长|主席|监事))/;

/**
 * A sentence after the first of a paragraph that opens with what a meeting said (会议指出，…。习近平总书记在北京、河北
 * 考察…时作出重要指示…): the meeting's words go on to the paragraph's end. (A person's words may not: …杜达表示，…。
 * 吴政隆参加会见。 ends the paragraph with the story's own sentence.)
 */
function meetingsWords(text: string, s: Sentence): boolean {
  if (!paragraphOpensWith(text, s.start, MEETING_SAYS)) return false;
  // (…务求实效。会后，镇组织委员张光波主持召开…培训会议: the story's own account again, and after it.)
  const since = text.slice(paragraphStart(text, s.start), s.end).split(/[。！？]\s*/).slice(1);
  return !since.some((sentence) => NARRATION_RESUMES.test(sentence));
}
const NARRATION_RESUMES = /^(?:会后|会前|[^，。；]{0,12}会议?结束后|散会后|随后|当天|当日|次日)[，,]/;
const MEETING_SAYS = /^(?:会议|全会|大会|会上|座谈会)(?:还|同时|一致)?(?:指出|强调|认为|要求|提出|号召)[，,：:]/;

/**
 * A sentence after the first of a paragraph that opens with what someone said (李强表示，…。习近平主席同马拉佩总理举行
 * 会晤，…; 巴育热烈祝贺…，相信…。习近平主席访问泰国并出席…会议，是…): perhaps still their words, so not among
 * the activities a later `参加上述活动` takes in. (Not speech outright:
 * `…杜达表示，…。吴政隆参加会见。` ends such a paragraph with the story's own sentence.)
 */
export function inSpeakersParagraph(text: string, sentenceStart: number): boolean {
  return paragraphOpensWith(text, sentenceStart, SOMEONE_SAYS);
}
const SOMEONE_SAYS = new RegExp(
  '^[^，。；：“”\\n]{2,24}?(?:(?:表示|指出|强调|说|认为)[，,：:]' +
    // A guest's words that open with thanks or congratulations (巴育热烈祝贺中共二十大成功召开…，相信…).
    '|(?:热烈|衷心|高度)?(?:祝贺|感谢|赞赏|赞扬)[^。；：“”\\n]{2,40}?[，,](?:相信|表示|认为|指出|强调|希望|愿))',
);

/**
 * A sentence inside a paragraph of someone's words, not its last (王沪宁在讲话中说，…。…习近平等…出席大会开幕会和闭幕会，
 * …。王沪宁表示，…): still his words. The last may be the story's own (…杜达表示，…。吴政隆参加会见。).
 */
function midSpeech(text: string, s: Sentence): boolean {
  const paragraphEnd = text.indexOf('\n', s.end);
  const rest = text.slice(s.end, paragraphEnd < 0 ? text.length : paragraphEnd);
  return /[^\s]/.test(rest) && inSpeakersParagraph(text, s.start);
}

/** The paragraph holding `at` opens, in a sentence before `at`, with `opening` (read in its first 64 characters). */
function paragraphOpensWith(text: string, at: number, opening: RegExp): boolean {
  const paragraph = paragraphStart(text, at);
  return paragraph < at && opening.test(text.slice(paragraph, Math.min(at, paragraph + 64)));
}

/**
 * Where the paragraph holding `at` starts: after a line break, or after a sentence's end and a space (pages that lost
 * their breaks keep the spaces between paragraphs: …新的更大贡献。 市电视电话会结束后，…), which Chinese prose puts
 * nowhere else.
 */
function paragraphStart(text: string, at: number): number {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  const breaks = [...text.slice(line, at).matchAll(/[。！？][ \u3000]+/g)];
  const last = breaks.at(-1);
  return last ? line + last.index + last[0].length : line;
}

/** A happening named as the time of what follows (会晤期间达成的共识, 访问时签署的协议). */
const RECALLED_AS_TIME = /^(?:期间|时)[^，。；]{0,10}的/;

/** A form of address to the one spoken to (习近平主席会见总理先生): the sentence is someone's words. */
const ADDRESSED_AS = /(?:总统|总理|首相|主席|议长|国王|秘书长)(?:先生|女士|阁下)/;

/** An invitation to come (邀请周祖翼到访我国): a visit still to be made. */
const INVITED_TO_COME = /(?<![应受])(?:邀请|诚邀|盛邀)(?!到)[^，。；]{1,16}?(?:到访|来访|访问|前来|莅临|再次|来华)/;

/** Words of a wish: what follows in the clause is hoped for, not done. */
const WISHES = /期待|期望|盼望|希望|愿意|愿同|愿与|欢迎.{0,12}(?:出席|参加|访问)/;

/**
 * A predicate preceded by a word that makes it a plan or a denial (将出席, 拟会见, 未参加), a few characters back from it,
 * not before `from`; words of a plan or a wish anywhere in its clause from `clauseFrom`.
 */
export function notDone(
  text: string,
  f: Found,
  from: number,
  clauseFrom = from,
  /** The persons named around: a wish's word inside a name (卢希望) is no wish. */
  names: readonly Mention[] = [],
): boolean {
  // (中午李克强会在人民大会堂…举行欢迎宴会: will, as the spoken word says it, right after the agent.)
  if (/^会(?:在|于|去|到|前往|出席|参加|为)/.test(text.slice(from, from + 3))) return true;
  // A wish (我还期待同习近平主席共同主持…) anywhere before the predicate in its clause.
  // (习近平将于12月15日以视频方式向…高级别会议开幕式致辞: back to the agent, however long what it is sent to.)
  const clause = text.slice(Math.max(0, Math.min(f.start - 40, clauseFrom)), f.start).match(/[^，。；：]*$/)![0];
  if (WISHES.test(withoutNames(clause, f.start - clause.length, names))) return true;
  // (邀请周祖翼到访我国进行更多的实地考察: one invited to come has not come; 邀请…专家作辅导 is a lecture given.)
  if (INVITED_TO_COME.test(clause) && !/应[^，。；]{0,30}邀请/.test(clause)) return true;
  // A plan made with a partner (王毅将同阿方主席…共同主持会议): 将 stands before the partner, not the verb.
  if (/(?:将|拟|即将)[同与跟]/.test(clause)) return true;
  // 将于11月30日至12月2日赴阿联酋出席: the date and the journey may stand between the plan and the verb.
  if (/将于|即将|将要|拟于/.test(clause)) return true;
  // (下星期一与警务处处长萧泽颐出席…论坛, 明天会参观…: a day still to come.)
  if (/(?:^|[^今昨前])(?:明天|明日|明年|下周|下星期|下个?月)/.test(clause)) return true;
  // 委托李鸿忠副委员长向…会议作说明: commissioned to speak, not speaking (受…委托，X作了说明 is the speech).
  if (clause.includes('委托') && !/受[^，。；]*委托/.test(clause)) return true;
  // 决定指定郑建闽负责召集协商选举会议: one put in charge of doing it, not doing it.
  if (clause.endsWith('负责')) return true;
  // 以电话等方式慰问: greetings by telephone, no visit.
  if (f.pred.object === 'visit' && /(?:以|通过|打)电话/.test(clause)) return true;
  // 在结束出席…并…、出席…峰会后，回到北京: what a journey ended with, told as the time of the return (a visit ended
  // that day is still the day's: 6月19日，习近平结束在青海考察后，来到宁夏).
  const ended = f.pred.object !== 'visit' && /结束[^，。；]*$/.test(clause);
  if (ended && /^[^，。；]*后[，,]/.test(text.slice(f.end))) return true;
  // 李国伟代表一直忙着调研, 经常深入企业走访: a habit, no one day's act; nor what is summed (累计接访群众436批).
  if (/(?:一直|始终|常年|经常|常常|时常|都会|总会|累计)[^，。；]{0,4}$/.test(clause)) return true;
  // 连续五次在服贸会上发表视频致辞: done again and again, no one day's act.
  if (/连续[一二三四五六七八九十两几多\d]+(?:次|年|届)/.test(clause)) return true;
  // 两次出席论坛部长会开幕式: times counted, no one day's act (第二次出席 is one).
  if (/(?<!第)(?:[两三四五六七八九十几数]|\d+)次(?:先后|分别)?$/.test(clause)) return true;
  // 在考察中多次强调: what he said on visits again and again, no one visit.
  if (/^(?:中|时|期间)(?:曾|也)?(?:多次|屡次|反复|一再)/.test(text.slice(f.end, f.end + 6))) return true;
  // Talks a speaker recalls as the time of something (赵乐际表示，…。习近平主席同卢拉总统会晤期间达成的一项重要共识):
  // no act of the story's.
  if (RECALLED_AS_TIME.test(text.slice(f.end, f.end + 16)) && inSpeakersParagraph(text, f.start)) return true;
  for (let end = f.start; end > Math.max(from, f.start - 12); end--) {
    const word = wordEndingAt(NOT_DONE_WORDS, text, end);
    // (戴高乐将军雕像: a general, no plan; 就运动会准备情况进行检查, 计划执行情况: what was prepared or planned, a noun.)
    const general = (word === '将' && /[军领士帅]/.test(text[end] ?? '')) ||
      ((word === '准备' || word === '计划') && /^(?:工作|情况|事项|阶段|进度|生育|单列|执行)/.test(text.slice(end, end + 2)));
    const denies = !((word === '不' || word === '未') && wordAt(NOT_NEGATING_WORDS, text, end - 1));
    // (以“四不两直”方式暗访: a 不 inside a name in quotes denies nothing.)
    const quoted = /“[^“”]*$/.test(text.slice(Math.max(from, f.start - 30), end));
    if (word && !general && denies && !quoted) return true;
    if (/[，。；：]/.test(text[end - 1] ?? '')) break;
  }
  return false;
}

/** `part` of the text from `at`, each person's name in it blanked out. */
function withoutNames(part: string, at: number, names: readonly Mention[]): string {
  let out = part;
  for (const m of names) {
    if (m.kind !== 'person' || m.end <= at || m.start >= at + part.length) continue;
    const a = Math.max(m.start, at) - at;
    const b = Math.min(m.end, at + part.length) - at;
    out = out.slice(0, a) + '□'.repeat(b - a) + out.slice(b);
  }
  return out;
}

/** The first group of the clause that `at` stands in, before `at`: that clause's subject. */
export function clauseSubject(ctx: SentenceContext, at: number): Group | undefined {
  return ctx.groups.find((g) => g.end <= at && !/[，。；：]/.test(ctx.text.slice(g.end, at)));
}
