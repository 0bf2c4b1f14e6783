// Facts of one article in stages over each sentence: find its predicates and who did them, the events they name or
// make, the titles held, where led visits went; then the story's own event for what names none.
import type { Article } from '../../../ingest/types.ts';
import type { Mention } from '../../../ingest/extract/types.ts';
import { endsInBodySuffix } from '../../../ingest/extract/bodies.ts';
import { ORGANS } from '../../../ingest/extract/lexicon/titles.ts';
import { bracketedCredits } from '../../../ingest/split/credits.ts';
import type { EventKind } from '../../model/types.ts';
import { evidenceOf, sentences, type Sentence } from '../sentences.ts';
import {
  ADDRESS_POST, bindings, groupStart, IN_LIGHT_OF, leadSubject, LED_ALONG, LED_TEAM, partnerMark, SIDE_TALKS,
  sideTalksAt, type Binding,
} from './bind.ts';
import { withWholeList } from './roster.ts';
import {
  ACT_WORDS, describedFrom, describedOpening, glossOf, inSpeakersParagraph, PARTY, sentenceContext, withHonours,
  withoutTitles,
  type Found, type Group, type SentenceContext,
} from './context.ts';
import { destinations } from './destinations.ts';
import { venuesBefore } from './venues.ts';
import {
  anotherDay, bodyOfMeeting, Events, heldMeeting, isGeneric, listedMeetings, meetingAt, namedAgain, placeTarget,
  sharedHeadMeetings, VISIT_KINDS,
} from './events.ts';
import {
  briefersAt, listenersWhoSpoke, membersWhoSpoke, reportersHeard, sharersAt, speakersAt, speakersInScene,
  speakersInTurn, spokenRole, spokespeopleAt,
  BRIEF_OPENING, SPEAKERS_COUNTED,
  type Speaker,
} from './speech.ts';
import {
  ARRIVING, heldByIn, heldForIn, heldJoinedIn, receptionIn, welcomeIn, type HeldFor, type Welcome,
} from './welcome.ts';
import { delegationSessionIn, type DelegationSession } from './delegation.ts';
import { calledOnIn, receivedIn, type Received } from './received.ts';
import { describedPresent, honouredIn, labelledChair, presentIn, type Present } from './present.ts';
import { careerHolds } from './career.ts';
import { holdsIn } from './holds.ts';
import { bothSides, bothSidesBefore } from './sides.ts';
import {
  COURTESY_CALLS, DAY_OPENING, DAY_PART, DAY_WORDS, ESCORTED_VISITS, GROUPS_RECEIVED, KIN_AFTER, MANNER_PHRASE,
  OATHS_TAKEN, PARTY_WORD, PREDICATES, SPEECH_VERBS, STATE_VISITS, TEAM_HEADS, VIEWS_EXCHANGED, WHOLE_VISIT_ESCORTS,
} from './lexicon.ts';
import { wordAt, wordEndingAt } from '../../../ingest/extract/lexicon/words.ts';
import type { ArticleFacts, EventFact, MentionFact, RoleFact, RoleRel } from './types.ts';

export type * from './types.ts';

/** What stands between a leader and his visit that does not name it: 一行, when (近日, 12日上午), how (应邀, 专程). */
const LEAD_IN = new RegExp(
  // (李选能博士一行38人来琼交流考察: a courtesy and the party's count are no part of where it went.)
  `^(?:博士|教授|先生|女士|同志|${PARTY}` +
    `|于|近日|日前|近期|最近|${DAY_WORDS}|(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:至(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?` +
    // (今日（21日）下午率领…: the day in brackets after its word, as Hong Kong papers print it.)
    `|[（(][0-9０-９]{1,2}日[）)]|${DAY_PART}|应邀|专程)+`,
);

/** An adverb of manner right before a visit's verb, with what leads it in (就马不停蹄地). */
const MANNER = /^(?:就|便|又|还|也)?[^，。；地的]{1,6}地$/;

/** A role whose event is the story's own, known once every sentence is read (`出席。`, `陪同`). */
interface Pending {
  rel: RoleRel;
  group: Group;
  role: string;
  s: Sentence;
  /** 在X陪同下: whom X went with; X was at an event only if that person was. */
  accompanied?: string;
}

/** `在阮富仲夫人吴氏敏陪同下，彭丽媛参观…`: the one accompanied, the first person named outside the escort. */
function accompaniedBy(ctx: SentenceContext, b: Binding): { accompanied?: string } {
  if (b.found.word !== '陪同' || !ctx.text.startsWith('下', b.found.end)) return {};
  const first = ctx.mentions.find((m) => m.kind === 'person' && !b.agent.persons.includes(m));
  return first ? { accompanied: first.text } : {};
}

interface State {
  article: Article;
  facts: ArticleFacts;
  events: Events;
  lead: Sentence;
  pending: Pending[];
  /** The event each binding's predicate went to, for the predicates joined to it (出席开幕式并致辞). */
  boundTo: Map<Binding, EventFact | 'main'>;
  /** Welcomes held for guests told by kind, who may be named as they arrive. */
  awaitingGuests?: { events: EventFact[]; s: Sentence };
  /** Reports given in places of their own with no meeting reported, one event each (see reportGiven). */
  given: Set<EventFact>;
  /** The article's mentions, for what a later paragraph names (headNamedAfter). */
  mentions: readonly Mention[];
}

/** Reporters credited in brackets (`（记者 陶社兰）中国国防部…举行…`) do nothing the story tells. */
function withoutCredited(text: string, mentions: Mention[]): Mention[] {
  const spans = bracketedCredits(text);
  if (spans.length === 0) return mentions;
  return mentions.filter((m) => !spans.some(([a, b]) => m.start >= a && m.end <= b));
}

export function articleFacts(article: Article, found: readonly Mention[]): ArticleFacts {
  const facts: ArticleFacts = { article, mentions: [], events: [], holds: [], roles: [], met: [], visits: [] };
  const ss = sentences(article.text);
  facts.mentions = mentionFacts(article, ss, found);
  const mentions = withoutCredited(article.text, withHonours(article.text, found));
  if (ss.length === 0 || article.kind === 'classifieds' || article.kind === 'fragment') return facts;
  const st: State = {
    article, facts, events: new Events(article), lead: ss[0]!, pending: [], boundTo: new Map(), given: new Set(),
    mentions,
  };
  let subject: Group | undefined;
  /** Who the lead says did its first thing: the host of talks told later as a scene with both sides (双方同意). */
  let protagonist: Group | undefined;
  let previous: Sentence | undefined;
  /** The story counted its meeting's speakers (15位常委作大会发言): members told by what they said are those. */
  let counted = false;
  for (const s of ss) {
    const ctx = sentenceContext(article.text, s, mentions);
    if (previous) guestsNamed(st, ctx, previous);
    const before = previous;
    previous = s;
    const welcome = ctx.retrospect ? undefined : welcomeIn(ctx);
    if (welcome) welcomed(st, ctx, welcome);
    const hosting = () => heldForIn(ctx) ?? heldByIn(ctx) ?? heldJoinedIn(ctx) ?? receptionIn(ctx);
    const heldFor = ctx.retrospect || welcome ? undefined : hosting();
    if (heldFor) hosted(st, ctx, heldFor);
    else guestsArriving(st, ctx, ss);
    if (!ctx.retrospect) receivedParty(st, ctx, receivedIn(ctx) ?? calledOnIn(ctx));
    const session = ctx.retrospect ? undefined : delegationSessionIn(ctx);
    if (session) joinedSession(st, ctx, session);
    const present = [presentIn(ctx) ?? [], describedPresent(ctx), honouredIn(ctx) ?? []].flat();
    for (const p of present) if (!p.suite) listedPresent(st, ctx, p);
    chairLabelled(st, ctx, before);
    // (为…举行欢迎仪式和欢迎宴会: the two are held for the guests, not one event by the joint name.)
    const held = welcome || heldFor?.also ? undefined : heldEvent(st, ctx);
    const bound = withWholeList(ctx, bindings(ctx, subject, protagonist));
    if (s === st.lead) protagonist = leadSubject(ctx, bound);
    const carried = subject;
    subject = nextSubject(ctx, bound, subject);
    for (const b of bound) bind(st, ctx, b);
    // (…率队到二重进行工作调研，随同李春城前来二重调研的有…: the visit the party went on may be the sentence's own.)
    for (const p of present) if (p.suite) listedPresent(st, ctx, p);
    for (const b of bothSidesTogether(st, ctx, ss, mentions, bound)) (b.partner ? met : made)(st, ctx, b);
    for (const sp of speakersOf(ctx, bound, carried)) spoke(st, ctx, sp);
    if (before && carried) chairSpoke(st, ctx, carried, before);
    speaksAtLast(st, ctx);
    if (counted) for (const sp of membersWhoSpoke(ctx)) spoke(st, ctx, sp);
    counted ||= SPEAKERS_COUNTED.test(s.text);
    if (held) listedAttend(st, ctx, held, bound);
    facts.holds.push(...holdsIn(article, s, ctx.mentions));
  }
  facts.holds.push(...careerHolds(article, ss, mentions));
  resolvePending(st, ss);
  convenersAttended(st);
  visitPlaces(st, ss, mentions);
  venuesBefore(article.text, st.events.list, ss, mentions);
  nameBodies(st);
  facts.events = st.events.list;
  return facts;
}

/** The chair a transcript's speaker label names (主持人 侯雄飞：), once however often it recurs. */
function chairLabelled(st: State, ctx: SentenceContext, before: Sentence | undefined): void {
  const chair = labelledChair(ctx, before);
  const labelled = (p: Pending) => p.role === '主持人' && p.group.persons[0]!.text === chair?.persons[0]!.text;
  if (chair && !st.pending.some(labelled)) st.pending.push({ rel: 'CHAIRED', group: chair, role: '主持人', s: ctx.s });
}

/**
 * One who convened a meeting another is told to have chaired (苏小康…组织召开乡村振兴工作推进会…会议由县委副书记张跃斌主持)
 * attended it: 召开 makes a chair only where no one else presided.
 */
function convenersAttended(st: State): void {
  const presided = (r: RoleFact) => r.rel === 'CHAIRED' && r.role.includes('主持');
  for (const r of st.facts.roles) {
    if (r.rel !== 'CHAIRED' || presided(r)) continue;
    const chair = st.facts.roles.some((x) => x.event === r.event && x.person !== r.person && presided(x));
    if (chair) r.rel = 'ATTENDED';
  }
}

/** Everyone the sentence tells spoke: by a verb of speech, as heard, as spokesman, in a scene, briefing or sharing. */
function speakersOf(ctx: SentenceContext, bound: readonly Binding[], carried: Group | undefined) {
  return [
    ...speakersAt(ctx, bound),
    ...reportersHeard(ctx),
    ...listenersWhoSpoke(ctx, carried),
    ...spokespeopleAt(ctx),
    ...speakersInScene(ctx),
    ...briefersAt(ctx),
    ...sharersAt(ctx),
    ...speakersInTurn(ctx),
  ];
}

const MENTION_KINDS = {
  person: 'Person',
  organization: 'Organization',
  enterprise: 'Enterprise',
  place: 'Place',
} as const;

/**
 * The subject a sentence that opens with its verb takes (…走访看望基层干部群众。主持召开…座谈会): the first group of
 * the sentence before when it did something, kept over sentences that name no one.
 */
function nextSubject(ctx: SentenceContext, bound: readonly Binding[], subject: Group | undefined): Group | undefined {
  if (!ctx.mentions.some((m) => m.kind === 'person')) {
    // (…等参加。督导组一行先后实地察看了…。并在…召开座谈会: a team, no one named, did the next thing.)
    const team = TEAM_SUBJECT.test(ctx.s.text) && ctx.predicates.length > 0;
    return ctx.retrospect || team ? undefined : subject;
  }
  const first = ctx.groups[0];
  if (bound[0]?.carried) return subject;
  // (…范晓娜、洪克陪同参观调研。在院区…进行了调研交流会: escorts and hosts are not who the story goes on about.)
  const own = bound.filter((b) => b.agent === first);
  const along = (b: Binding) => ESCORTING.test(ctx.text.slice(b.found.start - 2, b.found.start) + b.found.word);
  if (own.length > 0 && own.every((b) => ESCORTING.test(b.found.word) || along(b))) return subject;
  // (（新加坡24日讯）新加坡总理李显龙赞扬…。他昨晚在出席…晚宴时…: one whose words open the story is who 他 is next.)
  if (first && own.length === 0 && speaksFirst(ctx, first)) return first;
  return first && own.length > 0 ? first : undefined;
}

/** What a speaker does, opening a sentence after his name and the day (表示, 指出, 赞扬). */
const SPEAKS = new RegExp(
  `^(?:[0-9０-９]{1,2}日|${DAY_WORDS}|近日|日前)?(?:${DAY_PART})?(?:${[...SPEECH_VERBS, '赞扬', '透露', '重申'].join('|')})`,
);

/** The sentence opens with the group (after its dateline and description) saying something. */
function speaksFirst(ctx: SentenceContext, g: Group): boolean {
  if (ctx.retrospect || g !== ctx.groups[0] || g.start >= ctx.speechFrom) return false;
  const opening = ctx.text.slice(ctx.s.start, describedFrom(ctx, groupStart(ctx, g)));
  const described = /^(?:（[^（）]{1,20}）)?$/.test(opening) || describedOpening(ctx, g);
  return described && SPEAKS.test(ctx.text.slice(g.end, ctx.s.end));
}
/** A sentence opening with a team as its subject (督导组一行先后…, 考察团一行到…). */
const TEAM_SUBJECT = /^(?:[^，。；、“”]{0,12}?[组团队])(?:一行)?(?:先后|随后|还|又|也|分别)?(?:实地|深入|来到|前往|到|赴)/;
// (…陈涛一同参加。随后来到东峤镇主持召开座谈会: nor those who went along.)
const ESCORTING = /^(?:负责)?(?:陪同|随同|热情接待|接待)|^(?:一同|一起|一道)(?:参加|出席)/;

/** Every person, body, enterprise and place the article names, once each, with the sentences naming it. */
function mentionFacts(article: Article, ss: readonly Sentence[], mentions: readonly Mention[]): MentionFact[] {
  const byName = new Map<string, MentionFact>();
  for (const m of mentions) {
    if (m.kind === 'title') continue;
    const s = ss.find((x) => m.start >= x.start && m.end <= x.end);
    if (!s) continue;
    const kind = MENTION_KINDS[m.kind];
    const key = `${kind}\u0000${m.text}`;
    const fact = byName.get(key) ?? { kind, name: m.text, evidence: [] };
    byName.set(key, fact);
    if (!fact.evidence.some((e) => e.sentence === s.text)) fact.evidence.push(evidenceOf(article, s));
  }
  return [...byName.values()];
}

/**
 * When and where a body held a meeting, between its name and the verb (市委昨天召开…, 国务院3日上午举行…, 澳门特别行政区
 * 政府今天也在金莲花广场举行…).
 */
const HOLDING_WHEN = new RegExp(
  `^(?:${DAY_WORDS}|日前|近日|(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?(?:[上下]午|晚上?)?(?:也|还|亦)?(?:在[^，。；]{1,12}?)?` +
    '(?=召开|举行)',
);

/** A meeting a body holds (`市委常委会召开会议`, `…会议在京举行`): its event, the bodies holding it, where. */
function heldEvent(st: State, ctx: SentenceContext): { event: EventFact; start: number } | undefined {
  // What is reported as said (习近平强调，中国共产党近期举行了…大会) holds no meeting of the story.
  const said = { ...ctx.s, end: ctx.speechFrom, text: ctx.text.slice(ctx.s.start, ctx.speechFrom) };
  const held = ctx.retrospect ? undefined : heldMeeting(ctx.text, said);
  if (!held) return discussionOnVisit(st, ctx);
  const e = eventNamed(st, ctx, held.name, held.verbEnd ?? held.start);
  if (!e) return undefined;
  // (…共同前往元功门举行欢迎宴会: the banquet the lead reported, held here.)
  namedAgain(e, ctx.s, held.start);
  for (const o of ctx.mentions.filter((m) => m.kind === 'organization')) {
    const after = ctx.text.slice(o.end, ctx.s.end).replace(HOLDING_WHEN, '');
    // (The meeting itself, which the tagger may read as a body, holds nothing: 远程协商会.)
    // (Nor the first of two joined where no body follows: 全国党委和政府秘书长会议, 中央和国家机关…座谈会.)
    const inName = o.start >= held.start && o.end < held.end && !joinedToNoBody(ctx, o);
    if ((/^(?:召开|举行|主持召开)/.test(after) || inName) && !e.heldBy.includes(o.text)) e.heldBy.push(o.text);
  }
  // (在吉布提就苏丹问题召开…, 在马什哈德为伊朗已故总统…举行: what it was about, or for whom, is no place it was held.)
  const at = /在([^，。；就为]{1,20}?)(?:[就为][^，。；在]{1,30}?)?(?:召开|举行)/.exec(ctx.s.text);
  const from = at ? ctx.s.start + at.index + 1 : 0;
  const to = at ? from + at[1]!.length : 0;
  for (const m of ctx.mentions.filter((x) => ['enterprise', 'organization', 'place'].includes(x.kind))) {
    // Printed between 在 and the verb; a one-character place only right after 在 (在京主持召开; not 亚 of
    // 在广州亚运会…博物馆举行).
    const where = m.start >= from && m.end <= to && (m.end - m.start > 1 || m.start === from);
    if (where && !e.places.some((t) => t.name === m.text)) e.places.push(placeTarget(m.kind, m.text));
  }
  return { event: e, start: held.start };
}

/**
 * A visit's discussion, told by the sentence that opens at it (…一行来高新区开展对接。…参加。座谈会上，双方就…作了交流):
 * held on the visit, where those who speak next spoke.
 */
function discussionOnVisit(st: State, ctx: SentenceContext): { event: EventFact; start: number } | undefined {
  const opening = DISCUSSION_OPENS.exec(ctx.s.text);
  if (!opening || ctx.retrospect || !st.facts.roles.some((r) => r.rel === 'LED')) return undefined;
  const start = ctx.s.start + opening[0].indexOf('座');
  const event = st.events.resolveGeneric('座谈会', st.lead, ctx.s, start);
  return event ? { event, start } : undefined;
}
const DISCUSSION_OPENS = /^在?(?:座谈会|座谈交流会|交流座谈会)上[，,]/;

/**
 * A body joined by 和 / 与 to what no body mention starts (全国党委 + 和政府秘书长会议): part of a longer name. A partner
 * whose name the rules did not read may still be one by its ending (与国际皮划艇联合会合作签约).
 */
function joinedToNoBody(ctx: SentenceContext, o: Mention): boolean {
  if (!/[和与]/.test(ctx.text[o.end] ?? '')) return false;
  const body = (m: Mention) => m.start === o.end + 1 && (m.kind === 'organization' || m.kind === 'enterprise');
  return !ctx.mentions.some(body) && !BODY_ENDING_AHEAD.test(ctx.text.slice(o.end + 1, o.end + 16));
}
const BODY_ENDING_AHEAD = /^[^，。；、和与]{2,12}?(?:联合会|委员会|协会|组织|集团|公司|大学|银行|基金会)/;

/** A welcome ceremony: its host held it, its guest attended it; one event per article (欢迎仪式, named again later). */
function welcomed(st: State, ctx: SentenceContext, w: Welcome): void {
  // (设宴款待: a banquet given is known by how, as its predicate alone names it.)
  const event = w.role
    ? st.events.made(w.name, w.role, ctx.s, w.host.end, 'ceremony')
    : st.events.meeting(w.name, ctx.s, w.host.end);
  addRoles(st, 'CHAIRED', w.host, event, w.role ?? (w.name === '欢迎仪式' ? '举行仪式' : '举行'), ctx);
  if (w.guest) addRoles(st, 'ATTENDED', w.guest, event, '欢迎', ctx);
}

/** A ceremony or banquet held for guests: its hosts held it, its guests attended it. */
function hosted(st: State, ctx: SentenceContext, h: HeldFor): void {
  const events = [h.name, ...(h.also ? [h.also] : [])].map((name) => st.events.meeting(name, ctx.s, h.at));
  for (const event of events) {
    addRoles(st, 'CHAIRED', h.host, event, h.role ?? '举行', ctx);
    for (const g of h.guests) addRoles(st, 'ATTENDED', g, event, '应邀', ctx);
  }
  if (h.guestsByKind) st.awaitingGuests = { events, s: ctx.s };
}

/** Guests named as they arrive (…陆续抵达), up to three sentences after a welcome held for guests told by kind. */
function guestsArriving(st: State, ctx: SentenceContext, ss: readonly Sentence[]): void {
  const awaiting = st.awaitingGuests;
  if (!awaiting || !ARRIVING.test(ctx.s.text)) return;
  if (ss.indexOf(ctx.s) - ss.indexOf(awaiting.s) > 3) return;
  // The arrivals' list: the groups in the clause that ends with the verb of arriving.
  const clauseStart = ctx.s.start + ctx.s.text.search(/[^；：]*$/);
  const arriving = ctx.groups.filter((g) => g.start >= clauseStart);
  for (const event of awaiting.events) for (const g of arriving) addRoles(st, 'ATTENDED', g, event, '抵达', ctx);
  if (arriving.length > 0) st.awaitingGuests = undefined;
}

/** A sentence that names the guests the one before spoke of (…举行宴会，欢迎…的国际贵宾。他们是：佐科…). */
const THEY_ARE = /^(?:他们|她们)(?:分别)?是[：:]/;

/** The guests named after `他们是：` attend the event the sentence before reported. */
function guestsNamed(st: State, ctx: SentenceContext, previous: Sentence): void {
  if (!THEY_ARE.test(ctx.s.text)) return;
  // (…担任大会执行主席，并在主席台前排就座。他们是：赵乐际、…: those who attend the story's event, named after.)
  const attending = /(?:就座|出席|参加|列席)[^，。；]{0,12}。?$/.test(previous.text);
  const event = st.events.list.filter((e) => e.sentenceStart === previous.start && e.eventKind !== 'talks').at(-1);
  // (The story's event may be named only later: theirs is the story's, once all is read.)
  if (!event && attending) {
    for (const g of ctx.groups) st.pending.push({ rel: 'ATTENDED', group: g, role: '他们是', s: ctx.s });
  }
  if (!event) return;
  for (const g of ctx.groups) addRoles(st, 'ATTENDED', g, event, '他们是', ctx);
}

/** A deputy at his delegation's session attended it; what it did names it (云南代表团审议). */
function joinedSession(st: State, ctx: SentenceContext, d: DelegationSession): void {
  addRoles(st, 'ATTENDED', d.member, st.events.meeting(d.name, ctx.s, d.at), '参加', ctx);
}

/** A speaker at a meeting addressed it: the one named where he spoke, else the story's own. */
function spoke(st: State, ctx: SentenceContext, sp: Speaker): void {
  const named = sp.meeting;
  // (…举行了承办交接仪式。交接仪式上，…: the story's, by a shorter name.)
  const reported = named && st.events.list.some((e) => e.printed.endsWith(named.name));
  if (named && sp.known && !isGeneric(named.name) && !st.events.named(named.name) && !reported) return;
  const event = named ? eventNamed(st, ctx, named.name, named.start) : undefined;
  const role = sp.role ?? '讲话';
  const rel = sp.attended ? 'ATTENDED' : 'ADDRESSED';
  if (event) addRoles(st, rel, sp.group, event, role, ctx);
  else if (sp.briefing) {
    const current = st.events.current(st.lead, ctx.s);
    if (current?.eventKind === 'press conference') addRoles(st, 'ADDRESSED', sp.group, current, role, ctx);
  } else if (sp.amongSpeakers) {
    const current = st.events.current(st.lead, ctx.s);
    // (调研中，李强主持召开座谈会。在听取…发言后，李强指出: the meeting just held, in a visit's story.)
    // (…视察口岸通关工作，并召开座谈会。…分别…做了发言: the meeting held on the visit, whichever was made first.)
    const last = st.events.list.filter((e) => e.sentenceStart <= ctx.s.start).at(-1);
    const held = last && st.events.list.find((e) => e.sentenceStart === last.sentenceStart &&
      SPOKEN_AT.includes(e.eventKind) && e !== current);
    const at = current && SPOKEN_AT.includes(current.eventKind) ? current : (held ?? paragraphScene(st, ctx));
    if (at) addRoles(st, rel, sp.group, at, role, ctx);
  } else st.pending.push({ rel, group: sp.group, role, s: ctx.s });
}

/**
 * The meeting an earlier sentence of the paragraph is set at (在15日召开的座谈会上，…分别发言。在听取大家发言后，
 * 赵乐际指出): where those heard spoke, in a story whose own event is a visit.
 */
function paragraphScene(st: State, ctx: SentenceContext): EventFact | undefined {
  const from = st.article.text.lastIndexOf('\n', ctx.s.start - 1) + 1;
  const scenes = [...st.article.text.slice(from, ctx.s.start).matchAll(SCENE_SET)];
  const last = scenes.at(-1);
  if (!last) return undefined;
  const start = from + last.index + last[0].indexOf(last[1]!);
  const named = meetingAt(st.article.text, start, start + last[1]!.length);
  if (!named) return undefined;
  // Dated by the sentence that sets the scene (在15日召开的座谈会上).
  const sceneStart = from + last.index + (last[0].startsWith('在') ? 0 : 1);
  const sceneEnd = st.article.text.indexOf('。', sceneStart) + 1 || ctx.s.start;
  const scene = { text: st.article.text.slice(sceneStart, sceneEnd), start: sceneStart, end: sceneEnd };
  return eventNamed(st, { ...ctx, s: scene }, named.name, named.start);
}
const SCENE_SET = /(?:^|[。！？])在([^，。；]{2,40}?)上[，,]/g;

/** A sentence that opens with what he said, he being the one the sentences before were about (他强调，). */
const HE_SAID = /^(?:他|她)(?:还|并|同时)?(?:强调|指出|表示|说)[，,：:]/;

/**
 * `…李强主持召开座谈会，听取…发言。他强调，…`: the chair of a meeting reported in the sentence before, speaking
 * next as 他, spoke at it.
 */
function chairSpoke(st: State, ctx: SentenceContext, carried: Group, before: Sentence): void {
  if (ctx.retrospect || !HE_SAID.test(ctx.s.text)) return;
  const names = new Set(carried.persons.map((p) => p.text));
  // (王沪宁出席会议并当选会长。他表示，…: one who attended it speaks as well.)
  const chaired = st.facts.roles.filter(
    (r) => (r.rel === 'CHAIRED' || r.rel === 'ATTENDED') && names.has(r.person) && r.evidence.sentence === before.text,
  ).at(-1);
  const event = chaired && st.events.list[chaired.event];
  if (!event || !SPOKEN_AT.includes(event.eventKind)) return;
  const group = { ...carried, persons: carried.persons.filter((p) => p.text === chaired.person) };
  addRoles(st, 'ADDRESSED', group, event, '讲话', ctx, false);
}

/**
 * Words of one at the story's last event, opening a sentence: the chair's after those heard at his meeting
 * (座谈会上，郑建邦、丁仲礼…先后发言。…李强感谢…，表示…), or a guest's at a summit or meeting he attended
 * (李克强在金边出席第17届东亚峰会。…李克强表示，…): he addressed it.
 */
function speaksAtLast(st: State, ctx: SentenceContext): void {
  const event = st.events.list.at(-1);
  const first = ctx.groups[0];
  if (ctx.retrospect || !event || !first || first.persons.length !== 1) return;
  const onVisit = meetingOnVisit(st, ctx, first);
  if (onVisit) return addRoles(st, 'ADDRESSED', first, onVisit, '讲话', ctx, false);
  if (!SPOKEN_AT.includes(event.eventKind)) return;
  const name = first.persons[0]!.text;
  const at = (r: RoleFact) => r.event === event.local;
  const chaired = st.facts.roles.some((r) => at(r) && r.rel === 'CHAIRED' && r.person === name);
  const othersSpoke = st.facts.roles.some((r) => at(r) && r.rel === 'ADDRESSED' && r.person !== name);
  // Attended as the story's lead tells (not a summit recalled in someone's words), at a meeting rather than an
  // activity (植树活动, 主场活动: words there are no address), and not told as saying something on its sidelines
  // (出席…外长会期间表示: what follows is more of that).
  const attended = st.facts.roles.some(
    (r) => at(r) && r.rel === 'ATTENDED' && r.person === name && r.evidence.sentence === st.lead.text &&
      !SIDELINES.test(r.evidence.sentence),
  );
  // (…等出席签约仪式。陈传全表示，…。曾进泽表示，…: those listed present at the story's ceremony or meeting, then
  // each saying something as the sentences right after the list open with their names, spoke there.)
  const listedThere = ctx.s.start === groupStart(ctx, first) && speakersAfterList(st, ctx, name, at);
  const guestSpoke = (attended && SPOKEN_AS_GUEST.includes(event.eventKind) && !/活动$/.test(event.label)) ||
    (listedThere && [...SPOKEN_AS_GUEST, 'ceremony'].includes(event.eventKind));
  // (解放军和武警部队代表团5日下午分组审议…。…张又侠指出: the delegation's members speak in turn at its session.)
  const member = DELIBERATION.test(event.label) && event.evidence.sentence === st.lead.text && !chaired;
  const says = SAYS_AFTER_NAME.test(ctx.text.slice(first.end, ctx.s.end));
  const spoke = (chaired && othersSpoke) || guestSpoke || member || localSpeaker(st, ctx, first, event);
  // (会议围绕可持续贸易和投资问题进行了讨论，习近平指出: the meeting's business, then his words in it.)
  const opening = /^(?:(?:会议|会上|在讨论)[^。；]{0,40}?[，,])?$/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, first)));
  const present = (spoke && says && opening) || titledSpeaker(st, ctx, first, event)
    ? 'event'
    : presentThenSpoke(st, ctx, first, event);
  if (present === 'event') addRoles(st, 'ADDRESSED', first, event, '讲话', ctx, false);
  else if (present === 'story') st.pending.push({ rel: 'ADDRESSED', group: first, role: '讲话', s: ctx.s });
}

/**
 * One the story told present at its meeting or ceremony (…林楚明，…鲁罡出席大会。大会审议通过了…。林楚明表示，…), opening
 * a later sentence with his own words: he spoke there. Not where the story is of talks or a visit, whose words are
 * to those met (会见, 调研); not at a welcome or a banquet for a guest, nor an activity; not a bilateral meeting two
 * co-chair (中俄总理定期会晤: their words are the talks'); not one named alone at a ceremony, whose words may be his
 * comment on it (纽西出席仪式。…纽西说); nor one who already addressed it.
 */
function presentThenSpoke(st: State, ctx: SentenceContext, g: Group, event: EventFact): 'event' | 'story' | undefined {
  const name = g.persons[0]!.text;
  const words = wordsOpening(ctx, g);
  if (words === undefined || !OWN_WORDS.test(words) || talksTold(st)) return undefined;
  if (![...SPOKEN_AS_GUEST, 'ceremony'].includes(event.eventKind) || /活动$|欢迎|宴/.test(event.label)) return undefined;
  const roles = st.facts.roles;
  const at = roles.filter((r) => r.event === event.local);
  if (roles.some((r) => r.rel === 'LED' || (r.rel === 'ADDRESSED' && r.person === name))) return undefined;
  if (st.pending.some((p) => p.rel === 'ADDRESSED' && p.group.persons.some((m) => m.text === name))) return undefined;
  if (new Set(at.filter((r) => r.rel === 'CHAIRED').map((r) => r.person)).size > 1) return undefined;
  const there = (sentence: string) => !SIDELINES.test(sentence) && sentence !== ctx.s.text;
  const presence = at.find((r) => (r.rel === 'ATTENDED' || r.rel === 'CHAIRED') && r.person === name &&
    there(r.evidence.sentence));
  // (…县委书记彭新军，…出席。…彭新军指出: present at the story's own event, known once every sentence is read.)
  const pending = st.pending.find((p) => (p.rel === 'ATTENDED' || p.rel === 'CHAIRED') && there(p.s.text) &&
    p.group.persons.some((m) => m.text === name));
  const sentence = presence?.evidence.sentence ?? pending?.s.text;
  if (sentence === undefined) return undefined;
  const withOthers = (pending?.group.persons.length ?? 0) > 1 ||
    at.some((r) => r.person !== name && r.evidence.sentence === sentence);
  // (…总统提努布、副总统谢蒂玛等多位政要出席。提努布感谢…，他表示: at a ceremony only where it is named, not
  // the story's event told by its verb alone, may the words be his comment on it.)
  if (event.eventKind === 'ceremony' && (!withOthers || !presence)) return undefined;
  return presence ? 'event' : 'story';
}

/**
 * One of a visit's party or its hosts, not its leader, who opens a later sentence with his words or his report, where
 * a meeting was held on the visit (…调研…，并召开座谈会。…孙景宏…向调研组做了详细的汇报): he spoke at that meeting.
 * Its leader too, where a sentence opening at the meeting (座谈会上，…; 在下午召开的座谈会上，…) sets the scene in his
 * paragraph or the one before (…座谈会上，洪泰伟介绍了…。\n李兴湖…强调): not where the meeting is only told held (李强…
 * 主持召开座谈会。…李强强调: his words may be the visit's).
 */
function meetingOnVisit(st: State, ctx: SentenceContext, g: Group): EventFact | undefined {
  const led = st.facts.roles.filter((r) => r.rel === 'LED').map((r) => st.events.list[r.event]!);
  if (led.length === 0 || talksTold(st)) return undefined;
  const since = Math.min(...led.map((v) => v.sentenceStart));
  const meeting = st.events.list.filter((e) => SPOKEN_AS_GUEST.includes(e.eventKind) && !led.includes(e) &&
    e.sentenceStart >= since && e.sentenceStart < ctx.s.start).at(-1);
  const words = wordsOpening(ctx, g);
  if (!meeting || words === undefined || !(OWN_WORDS.test(words) || REPORTED_TO.test(words))) return undefined;
  const name = g.persons[0]!.text;
  const roles = st.facts.roles.filter((r) => r.person === name);
  const pending = st.pending.filter((p) => p.group.persons.some((m) => m.text === name));
  if (roles.some((r) => r.rel === 'ADDRESSED') || pending.some((p) => p.rel === 'ADDRESSED')) return undefined;
  if (roles.some((r) => r.rel === 'LED') && !sceneSetBefore(ctx, meeting)) return undefined;
  return roles.length > 0 || pending.length > 0 ? meeting : undefined;
}

/** A sentence opening at the meeting (座谈会上，), after it was told, in this paragraph or the one before. */
function sceneSetBefore(ctx: SentenceContext, meeting: EventFact): boolean {
  const paragraph = ctx.text.lastIndexOf('\n', ctx.s.start - 1);
  const from = Math.max(meeting.sentenceStart, ctx.text.lastIndexOf('\n', paragraph - 1) + 1);
  return SCENE_AT_MEETING.test(ctx.text.slice(from, ctx.s.start));
}
const SCENE_AT_MEETING = /(?:^|[。\n])(?:在[^，。；\n]{0,30})?(?:座谈会|座谈交流会|会)上[，,]/;
/** A report or a briefing he gave (就…向调研组做了详细的汇报, 介绍了…情况). */
const REPORTED_TO = /^[^。；]{0,40}?(?:[作做]了?[^，。；]{0,6}?汇报|汇报了|介绍了)/;

/**
 * An official introduced by his posts, opening a sentence of a meeting's story with what he said (兴城市政府副市长刘星指出，
 * …; 市招委会副主任、市教育局局长缪建新首先介绍了…): he spoke at it, though not told present. Not a leader quoted from
 * elsewhere (习近平总书记指出), nor in a story of talks or a visit, whose words are to those met.
 */
function titledSpeaker(st: State, ctx: SentenceContext, g: Group, event: EventFact): boolean {
  const said = ctx.text.slice(g.end, ctx.s.end);
  const briefed = event.eventKind === 'press conference' && BRIEFING_OPENS.test(said);
  if (!(TITLED_SAYS.test(said) || briefed) || !describedOpening(ctx, g)) return false;
  if (TOP_LEADERS.test(ctx.text.slice(ctx.s.start, g.end)) || event.evidence.sentence !== st.lead.text) return false;
  // (At a press conference too: 自然资源部部长王广华表示，…, those who brief it.)
  const kinds = ['meeting', 'forum', 'video conference', 'press conference'];
  if (!kinds.includes(event.eventKind) || /活动$/.test(event.label)) return false;
  if (talksTold(st)) return false;
  return !st.facts.roles.some((r) => r.rel === 'LED' || r.person === g.persons[0]!.text);
}
const TITLED_SAYS = /^(?:首先|最后|随后)?(?:表示|指出|强调|要求|说)[，,：:]|^(?:首先|最后|随后)?介绍了/;
/** What one briefing a press conference told (陈星灿介绍，…): at a meeting, the opening of another item as often. */
const BRIEFING_OPENS = /^(?:首先|最后|随后)?介绍[，,：:]/;
const TOP_LEADERS = /总书记|国家主席|国务院总理|委员长|习近平/;

/** The story tells talks or a meeting with a guest: words there are to those met. */
function talksTold(st: State): boolean {
  return st.facts.met.length > 0 || st.events.list.some((e) => e.eventKind === 'talks');
}

/**
 * What the sentence says after the group that opens it, past a post printed after the name (张卫参赞代表…向…): none
 * where more than a brief description comes before the group (共青团成都市委副书记刘俊: a body the titles do not take in).
 */
function wordsOpening(ctx: SentenceContext, g: Group): string | undefined {
  if (!BRIEF_OPENING.test(ctx.text.slice(ctx.s.start, groupStart(ctx, g)))) return undefined;
  const post = ctx.mentions.find((m) => m.kind === 'title' && m.start === g.end);
  return ctx.text.slice(post?.end ?? g.end, ctx.s.end);
}

/**
 * His own words after his name: a verb of speech, perhaps after a clause (感谢…，表示; 对…表示祝贺，他指出), what he said
 * in his speech (在讲话中强调), or what he told those present, perhaps on behalf of his body (代表市委、市政府对…表示充分
 * 肯定, 对新一届领导班子提出了殷切期望).
 */
const OWN_WORDS = new RegExp(
  '^(?:同志|先生|女士)?(?:在(?:讲话|致辞|发言)中)?(?:[^，。；：在向]{0,30}[，,])?(?:他|她)?(?:还|并|最后|也)?' +
    '(?:表示|强调|指出|说(?!明)|要求|希望)' +
    '|^(?:同志|先生|女士)?(?:首先|还|也|并|随后|最后|同时)?(?:代表[^，。；]{2,30}?)?[向对][^，。；]{2,40}?' +
    '(?:表示|致以|提出了?[^，。；]{0,4}(?:希望|期望|要求))',
);

/**
 * An official who opens a paragraph of a meeting's story by what he stressed, after a colon (…会议由镇党委副书记杜云南
 * 主持。…镇党委书记刘光辉强调：…): he spoke there. Not a leader quoted from above (习近平总书记强调), nor on a visit.
 */
function localSpeaker(st: State, ctx: SentenceContext, g: Group, event: EventFact): boolean {
  const paragraph = ctx.s.start === 0 || ctx.text[ctx.s.start - 1] === '\n';
  if (!paragraph || g.persons.length !== 1 || st.facts.roles.some((r) => r.rel === 'LED')) return false;
  if (event.evidence.sentence !== st.lead.text || !['meeting', 'forum', 'video conference'].includes(event.eventKind)) {
    return false;
  }
  const described = ctx.text.slice(ctx.s.start, g.start);
  if (described.length === 0 || !describedOpening(ctx, g) || /总书记|主席|总理|委员长/.test(described)) return false;
  return /^(?:强调|指出|要求)[：:]/.test(ctx.text.slice(g.end, ctx.s.end));
}

/**
 * The sentences before this one, back to the one (not the lead) that lists `name` with others present at the event,
 * each open with another name listed there saying something: a round of words by those the list named.
 */
function speakersAfterList(st: State, ctx: SentenceContext, name: string, at: (r: RoleFact) => boolean): boolean {
  const present = st.facts.roles.filter((r) => at(r) && r.rel === 'ATTENDED' && !SIDELINES.test(r.evidence.sentence));
  const list = present.find((r) => r.person === name)?.evidence.sentence;
  if (!list || list === st.lead.text) return false;
  const names = new Set(present.filter((r) => r.evidence.sentence === list).map((r) => r.person));
  // (Not one named alone, whose words may be his comment on it, 纽西出席仪式。…纽西说; nor on a visit, where he
  // speaks to those he met, 与…负责人座谈。李强强调.)
  if (names.size < 2 || st.facts.roles.some((r) => r.rel === 'LED')) return false;
  const text = st.article.text;
  let end = ctx.s.start;
  for (let k = 0; k < 4 && end > 0; k++) {
    const from = Math.max(text.lastIndexOf('。', end - 2), text.lastIndexOf('\n', end - 2)) + 1;
    const sentence = text.slice(from, end).trim();
    if (sentence === list) return true;
    const opener = [...names].find((n) => sentence.startsWith(n) && SAYS_AFTER_NAME.test(sentence.slice(n.length)));
    if (!opener) return false;
    end = from;
  }
  return false;
}

/** A delegation's session, named for what it did (解放军和武警部队代表团审议). */
const DELIBERATION = /代表团(?:审议|讨论)$/;

/** Words said during an event or after it, not to it (出席…外长会期间表示, 会见时说). */
const SIDELINES = /(?:期间|间隙|之际|时|后)(?:还)?(?:表示|说|指出|强调)/;

/** Events whose guests speak to them in turn: a meeting's words are an address, a ceremony's or talks' need not be. */
const SPOKEN_AS_GUEST: readonly EventKind[] = ['meeting', 'forum'];

/** After a speaker's name: what he said, perhaps after thanking or hearing them (感谢…的关心支持，表示). */
const SAYS_AFTER_NAME = /^(?:[^，。；：]{0,60}[，,])?(?:还|并|最后)?(?:表示|强调|指出|说(?!明))/;

/** Events where people take turns to speak: a visit's or talks' words are no address. */
const SPOKEN_AT: readonly EventKind[] = ['meeting', 'forum', 'video conference', 'ceremony', 'press conference'];

/** Those listed as present (出席会议的…还有X、Y) attended the meeting named, or the story's talks (参加会见的). */
function listedPresent(st: State, ctx: SentenceContext, p: Present): void {
  if (p.honoured) {
    const current = st.events.current(st.lead, ctx.s);
    if (current?.eventKind === 'ceremony') for (const g of p.groups) addRoles(st, 'ATTENDED', g, current, p.word, ctx);
    return;
  }
  if (p.story) {
    const current = st.events.current(st.lead, ctx.s);
    if (current) for (const g of p.groups) addRoles(st, 'ATTENDED', g, current, p.word, ctx);
    return;
  }
  if (p.suite) {
    // (习近平率中央代表团…抵达拉萨: a delegation led there is the visit, whatever its kind.)
    const ledEvents = new Set(st.facts.roles.filter((r) => r.rel === 'LED').map((r) => r.event));
    const visiting = (e: EventFact) => VISIT_KINDS.includes(e.eventKind) || ledEvents.has(e.local);
    const visit = st.events.list.filter((e) => visiting(e) && e.sentenceStart <= ctx.s.start);
    const talks = p.guests ? st.events.list.filter((e) => e.eventKind === 'talks') : [];
    const event = visit.at(-1) ?? talks.at(-1);
    // (澳门代表团…出席会议，由贺定一任团长…。团员包括：…: a delegation's members, no visit told, at the story's event.)
    if (!event && p.members) {
      for (const g of p.groups) st.pending.push({ rel: 'ATTENDED', group: g, role: p.word, s: ctx.s });
    }
    if (!event) return;
    for (const g of p.groups) {
      const led = g.persons.filter((m) => p.led?.has(m));
      const others = g.persons.filter((m) => !p.led?.has(m));
      if (led.length) addRoles(st, 'LED', { ...g, persons: led }, event, '副团长', ctx);
      if (others.length) addRoles(st, 'ATTENDED', { ...g, persons: others }, event, p.word, ctx);
    }
    return;
  }
  const named = /^(?:会见|会谈|会晤)$/.test(p.name) ? undefined : meetingAt(ctx.text, p.at, p.at + p.name.length);
  // The story's event its noun ends (出席高峰会的 after 第十五届中国-拉美企业家高峰会…举行); one described by what he
  // attended (出席开工仪式的…马科斯) attended it only where the story reports it: it may be days away.
  const known = named && st.events.list.filter((e) => e.printed.endsWith(named.name) && e.eventKind !== 'talks').at(-1);
  if (p.described && !known && !(named && isGeneric(named.name))) return;
  const event = named
    ? (known || eventNamed(st, ctx, named.name, named.start))
    : st.events.list.filter((e) => e.eventKind === 'talks').at(-1);
  if (!event) return;
  for (const g of p.groups) addRoles(st, 'ATTENDED', g, event, p.word, ctx);
}

/** Officials listed as such (`朱志杰、陈美蓉等市各套班子领导…开展公祭活动`) took part in the event their sentence holds. */
function listedAttend(
  st: State,
  ctx: SentenceContext,
  held: { event: EventFact; start: number },
  bound: readonly Binding[],
): void {
  let host: Group | undefined;
  for (const g of ctx.groups) {
    if (g.end > held.start || bound.some((b) => b.agent === g || b.partner === g)) continue;
    // (普京当天与…绍伊古等在内的关键部门负责人举行工作会议: who holds it with others chaired it; the others, named
    // between, attended: 李克强…同世界银行行长马尔帕斯、…举行…圆桌对话会.)
    if (host && g.start > host.end) addRoles(st, 'ATTENDED', g, held.event, '参加', ctx);
    else if (!g.listed && holdsWith(ctx, g, held.start)) addRoles(st, 'CHAIRED', (host = g), held.event, '举行', ctx);
    else if (g.listed) addRoles(st, 'ATTENDED', g, held.event, '参加', ctx);
  }
}

/** The sentence opens with the group, then 与/同 others, then 举行 right before the event, in one clause. */
function holdsWith(ctx: SentenceContext, g: Group, eventStart: number): boolean {
  const between = ctx.text.slice(g.end, eventStart);
  const opens = !/[，。；：]/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, g)));
  return opens && HOLDS_WITH.test(between) && !/[，。；：]|将|拟|愿|计划/.test(between);
}
const HOLDS_WITH = new RegExp(`^(?:${DAY_WORDS}|\\d{1,2}日)?(?:[上下]午|晚)?(?:在[^，。；与同]{1,20})?[与同](?!时|志)[^]*举行$`);

function bind(st: State, ctx: SentenceContext, b: Binding): void {
  const { pred } = b.found;
  if (pred.rel === 'MET') return met(st, ctx, b);
  if (pred.object === 'visit') return led(st, ctx, b);
  if (pred.object === 'made') return made(st, ctx, b);
  // (并共同主持A、B和C: a joined predicate names its own list; a joined speech is at what its first was.)
  const speechJoined = b.joinedTo !== undefined && pred.rel === 'ADDRESSED';
  // 参加会见并在大会上讲话: where he spoke, when named, is not what the speech is joined to.
  const spokeAt = speechJoined ? namedBefore(st, ctx, b) : undefined;
  if (pred.object === 'talks' && /活动$/.test(b.found.word)) return activitiesAbove(st, ctx, b);
  if (pred.object === 'rite') return riteAbove(st, ctx, b);
  if (pred.storyIs && (pred.storyIs === 'visit') !== st.facts.roles.some((r) => r.rel === 'LED')) return;
  const role = pred.role ?? spokenRole(ctx.text, b.found.word, b.found.end);
  const listed = pred.object === 'meeting' && !speechJoined ? meetingsListed(st, ctx, b) : [];
  const found = speechJoined
    ? (spokeAt ?? st.boundTo.get(b.joinedTo!))
    : pred.object === 'talks'
      ? st.events.list.filter((e) => e.eventKind === 'talks').at(-1)
      : pred.object === 'meeting'
        ? (listed[0] ?? meetingObject(st, ctx, b))
        : 'main';
  const event = found === 'main' ? (heldJustBefore(st, ctx, b) ?? 'main') : found;
  st.boundTo.set(b, event ?? 'main');
  // (率团出席…慕尼黑安全会议: a meeting the party's visit is named by is the visit, which its leader led.)
  if (b.joinedTo && event !== 'main' && event === st.boundTo.get(b.joinedTo) && pred.rel === 'ATTENDED') return;
  // 习近平发表书面讲话 on arriving: a written statement names where it was given, or was given nowhere.
  const written = pred.rel === 'ADDRESSED' && role.includes('书面');
  if (!event || event === 'main') {
    if (!written) {
      st.pending.push({ rel: pred.rel as RoleRel, group: b.agent, role, s: ctx.s, ...accompaniedBy(ctx, b) });
    }
  } else {
    // (会见了…外务相崔善姬，俄外长拉夫罗夫等人参加会见: the guest listed first is no one present at her own talks.)
    const agent = pred.object === 'talks' ? withoutGuests(st, b.agent) : b.agent;
    for (const e of listed.length > 0 ? listed : [event]) addRoles(st, pred.rel as RoleRel, agent, e, role, ctx);
  }
}

/**
 * A speech told right after a meeting held in the same sentence, on a visit (其间，…主持召开了座谈会，李成玉和姚引良先后
 * 作了重要讲话): made there, not on the visit.
 */
function heldJustBefore(st: State, ctx: SentenceContext, b: Binding): EventFact | undefined {
  if (b.found.pred.rel !== 'ADDRESSED') return undefined;
  const main = st.events.current(st.lead, ctx.s);
  if (!main || !VISIT_KINDS.includes(main.eventKind)) return undefined;
  const sitting = (e: EventFact) => e.eventKind === 'meeting' || e.eventKind === 'forum';
  return st.events.list.filter((e) => e.sentenceStart === ctx.s.start && e.at < b.agent.start && sitting(e)).at(-1);
}

/** The group without the guests of the article's talks. */
function withoutGuests(st: State, g: Group): Group {
  const guests = new Set(st.facts.met.map((m) => m.guest));
  return { ...g, persons: g.persons.filter((p) => !guests.has(p.text)) };
}

/**
 * Meetings named one after another after the verb (出席第25次中国－东盟领导人会议、第25次东盟与中日韩领导人会议): each;
 * or places' meetings under one head, attended each in turn (分别参加…香港、澳门代表团审议).
 */
function meetingsListed(st: State, ctx: SentenceContext, b: Binding): EventFact[] {
  const named = meetingAt(ctx.text, b.found.end, ctx.s.end);
  const each = /分别$/.test(ctx.text.slice(Math.max(0, b.found.start - 2), b.found.start));
  const shared = named && each ? sharedHeadMeetings(named.name) : [];
  const parts = shared.length > 1 ? shared : named ? listedMeetings(named.name) : [];
  if (parts.length < 2) return [];
  // (市政府党组会议和常务会议: a meeting named by its kind alone after another is its body's, 市政府常务会议.)
  const body = bodyOfMeeting(parts[0]!.name);
  const own = (name: string, k: number) => (k > 0 && isGeneric(name) && body ? body + name : name);
  const events = parts.map((p, k) => eventNamed(st, ctx, own(p.name, k), named!.start + p.at));
  return events.every((e) => e !== undefined) ? (events as EventFact[]) : [];
}

/**
 * An event the predicate makes (会见记者: a press conference; 同X座谈: a 座谈会 with X, printed with X). Both hosts of a
 * joint one do it (同马克龙会谈后共同会见记者).
 */
function made(st: State, ctx: SentenceContext, b: Binding): void {
  const { pred, start, end } = b.found;
  const printed = ctx.text.slice(pred.partner ? partnerMark(ctx, b.found) : start, end);
  if (pred.partnerIs && !pred.partnerIs.test(printed)) return;
  if (pred.guestMet && b.partner) return met(st, ctx, b);
  if (pred.guestMet) partyMet(st, ctx, b, printed);
  // (…遗体告别仪式在太原举行。…送别: seeing the deceased off is at the farewell the story reports.)
  const farewell = pred.label === '送别' ? farewellOf(st, ctx, start) ?? seenOff(st) : undefined;
  const event = farewell ?? st.events.made(pred.label!, printed, ctx.s, start, pred.kind!);
  st.boundTo.set(b, event);
  addRoles(st, pred.rel as RoleRel, b.agent, event, b.found.word, ctx);
  if (b.partner && /共同|联合/.test(b.found.word + ctx.text.slice(b.partner.end, start)))
    addRoles(st, pred.rel as RoleRel, b.partner, event, b.found.word, ctx);
}

/**
 * A discussion with a visiting party told by its kind (…苏少林…等领导与汕头市一行座谈): its hosts met whoever led the
 * party the story told of, as well as holding the forum.
 */
function partyMet(st: State, ctx: SentenceContext, b: Binding, printed: string): void {
  if (!PARTY_PARTNER.test(printed.slice(0, printed.length - b.found.word.length))) return;
  // (…苏少林、…梅强华，及相关处室陈亮新…等领导与…座谈: the hosts' list goes on from before; who heads it is unread.)
  const prev = ctx.groups.filter((g) => g.end <= b.agent.start).at(-1);
  if (prev && /^[，,]?(?:及|以及|和)/.test(ctx.text.slice(prev.end, b.agent.start))) return;
  const leaders = partyLeaders(st, ctx, b.agent, b.found.start);
  if (leaders.length === 0) return;
  const label = `${b.found.word}${leaders.join('、')}`;
  const e = st.events.add(label, label, ctx.s, b.found.start, 'talks');
  const evidence = evidenceOf(st.article, ctx.s);
  for (const h of b.agent.persons) {
    for (const guest of leaders) {
      st.facts.met.push({ host: h.text, guest, role: b.found.word, event: e.local, evidence });
    }
  }
}
const PARTY_PARTNER = new RegExp(`^[同与和跟][^，。；：“”]{1,20}?(?:${PARTY_WORD}|代表团|考察团|访问团|调研组|考察组)$`);

/** The farewell the article names first (…同志遗体告别仪式在太原举行), by its whole name: the one it holds. */
function farewellOf(st: State, ctx: SentenceContext, at: number): EventFact | undefined {
  const name = FAREWELL.exec(st.article.text)?.[0];
  return name ? st.events.meeting(name, ctx.s, at) : undefined;
}
const FAREWELL = /[^，。；：、“”\s]{2,30}?告别仪式/;

/** 参加上述活动: every event the story reported before, a visit's excepted (talks, a ceremony, a banquet…). */
function activitiesAbove(st: State, ctx: SentenceContext, b: Binding): void {
  // (…会见米尔济约耶夫。…\n10月18日上午，彭丽媛邀请…参观…。…等参加上述活动: the activities of the later day only.)
  const since = laterDayOpens(st.article.text, ctx.s.start);
  const above = st.events.list.filter(
    (e) =>
      e.sentenceStart < ctx.s.start &&
      e.sentenceStart >= since &&
      !VISIT_KINDS.includes(e.eventKind) &&
      !inSpeakersParagraph(st.article.text, e.sentenceStart),
  );
  st.boundTo.set(b, above.at(-1) ?? 'main');
  if (above.length === 0 && since > 0) return;
  if (above.length === 0) st.pending.push({ rel: 'ATTENDED', group: b.agent, role: b.found.word, s: ctx.s });
  for (const e of above) addRoles(st, 'ATTENDED', b.agent, e, b.found.word, ctx);
}

/**
 * Where the last paragraph before `at` that opens on a later day than the first day the text names starts (…10月17日
 * 下午…会见…。\n10月18日上午，…); else 0. A paragraph that goes back a day (当地时间11月15日晚，…欢迎晚宴) is still
 * among what was reported above.
 */
function laterDayOpens(text: string, at: number): number {
  const first = DAY_IN_TEXT.exec(text);
  if (!first) return 0;
  const month = first[1] ? Number(first[1]) : 0;
  const firstDay = month * 100 + Number(first[2]);
  let since = 0;
  for (const m of text.slice(0, at).matchAll(DAY_OPENING_PARAGRAPH)) {
    const day = (m[1] ? Number(m[1]) : month) * 100 + Number(m[2]);
    if (m.index > first.index && day > firstDay) since = m.index + 1;
  }
  return since;
}
const DAY_IN_TEXT = /(?:(\d{1,2})月)?(\d{1,2})日/;
const DAY_OPENING_PARAGRAPH = /\n(?:当地时间)?(?:(\d{1,2})月)?(\d{1,2})日/g;

/**
 * Baskets laid at the rite the story reported before (仪式, 公祭, 典礼), not at a welcome for a guest, who lays his
 * wreath at a monument of its own accord (卢拉…向人民英雄纪念碑敬献花圈); a guard of honour reviewed at the welcome
 * (检阅…仪仗队). Where there is none, no event.
 */
function riteAbove(st: State, ctx: SentenceContext, b: Binding): void {
  const review = b.found.word.startsWith('检阅');
  const fits = (e: EventFact) => (review ? WELCOMES.test(e.label) : RITES.test(e.label) && !WELCOMES.test(e.label));
  const rite = st.events.list.filter((e) => e.sentenceStart < ctx.s.start && fits(e)).at(-1);
  // (A welcome whose guest is known already, 举行仪式，欢迎…马杜罗, tells nothing more by his review.)
  const guestKnown = (e: EventFact) => st.facts.roles.some((r) => r.event === e.local && r.rel === 'ATTENDED');
  if (review && rite && guestKnown(rite)) return;
  // (…实践中心正式揭牌成立。宣宇才，…谭力华共同为实践中心揭牌: the unveiling is the story's rite where the story names
  // it, later or before: …出席揭牌仪式; not made up where it does not.)
  const named = st.article.text.includes(UNVEILING);
  const unveiled = named && !rite && !st.events.main(st.lead) && b.found.word.endsWith('揭牌');
  // (万里同志的遗体…火化。…习近平…缓步来到万里同志的遗体前肃立默哀: mourners at a body, where no rite is told, are
  // at its farewell.)
  const mourned = !rite && !unveiled && MOURNING.test(b.found.word) && ctx.s.text.includes('遗体');
  const farewell = mourned ? (farewellOf(st, ctx, b.found.start) ?? bodySeenOff(st, ctx, b.found.start)) : undefined;
  const event = unveiled ? eventNamed(st, ctx, UNVEILING, b.found.start) : rite ?? farewell;
  st.boundTo.set(b, event ?? 'main');
  if (event) addRoles(st, 'ATTENDED', b.agent, event, b.found.word, ctx);
}
/** The farewell to the body a sentence names (来到李克强同志的遗体前: 李克强同志遗体送别), or a bare 送别. */
function bodySeenOff(st: State, ctx: SentenceContext, at: number): EventFact {
  const told = seenOff(st);
  if (told) return told;
  const inSentence = (m: Mention) => m.kind === 'person' && m.start >= ctx.s.start && m.end <= ctx.s.end;
  const whose = ctx.mentions.filter(inSentence).find((m) => BODY_AFTER.test(ctx.text.slice(m.end, m.end + 6)));
  const label = whose ? `${whose.text}${BODY_AFTER.exec(ctx.text.slice(whose.end))![1] ?? ''}遗体送别` : '送别';
  return st.events.made(label, label, ctx.s, at, 'ceremony');
}
/** The farewell the article has told already, by either word (送别, …遗体送别): one farewell. */
function seenOff(st: State): EventFact | undefined {
  return st.events.list.find((e) => e.label === '送别' || e.label.endsWith('遗体送别'));
}
/** The deceased's courtesy, then the body (万里同志的遗体). */
const BODY_AFTER = /^(同志|先生|女士)?的?遗体/;
const UNVEILING = '揭牌仪式';
const MOURNING = /默哀|鞠躬|诀别|遗体告别/;
// (…指挥部揭牌仪式暨指挥部第一次会议: a rite held with a meeting is still a rite.)
const RITES = /(?:仪式|典礼|公祭|祭典|大典|追悼会|告别式)(?:暨[^，。；]+)?$/;
const WELCOMES = /(?:欢迎|迎宾)仪式$/;

/** What both sides did together with no one named (两国总理共同会见了记者): an event made by the two. */
function bothSidesTogether(
  st: State,
  ctx: SentenceContext,
  ss: readonly Sentence[],
  mentions: readonly Mention[],
  bound: readonly Binding[],
): Binding[] {
  const out: Binding[] = [];
  for (const f of ctx.predicates) {
    // (两国元首分别举行小范围会见和大范围会谈: talks between the two, host and guest.)
    // (两国总理会见了新西兰各界友好人士: both received others, no talks between them.)
    const talks = f.pred.rel === 'MET' && st.facts.met.length === 0 && nothingReceived(ctx, f);
    if ((f.pred.object !== 'made' && !talks) || f.pred.partner || bound.some((b) => b.found === f)) continue;
    const at = bothSidesBefore(ctx, f);
    if (!at) continue;
    const later = ss.slice(ss.indexOf(ctx.s) + 1);
    const earlier = ss.slice(0, ss.indexOf(ctx.s));
    const together = { met: st.facts.met, together: jointBefore(st, ctx) };
    const agent = bothSides(ctx.text, at, together, later, mentions, earlier);
    if (!agent) continue;
    const [host, guest] = agent.persons;
    if (!talks) out.push({ found: f, agent });
    else if (!out.some((b) => b.found.pred.rel === 'MET')) {
      out.push({ found: f, agent: { ...agent, persons: [host!] }, partner: { ...agent, persons: [guest!] } });
    }
  }
  return out;
}

/** Nothing after a MET verb in its clause but another kind of talks (小范围会见和大范围会谈): no one else received. */
function nothingReceived(ctx: SentenceContext, f: Found): boolean {
  const rest = ctx.text.slice(f.end, ctx.s.end).match(/^[^，。；：]*/)![0];
  return /^(?:[和及与][^，。；]{0,8}(?:会见|会谈|会晤))?$/.test(rest);
}

/** The last two who did something together before (李强和德国总理朔尔茨共同出席), by name. */
function jointBefore(st: State, ctx: SentenceContext): string[] {
  const joint = [...st.boundTo.keys()]
    .filter((b) => b.agent.persons.length === 2 && /共同|一同|一起/.test(ctx.text.slice(b.agent.start, b.found.end)))
    .at(-1);
  return joint ? joint.agent.persons.map((p) => p.text) : [];
}

/** The meeting a joined predicate names in `在X上` between its joiner and itself (并在大会上讲话). */
function namedBefore(st: State, ctx: SentenceContext, b: Binding): EventFact | undefined {
  const between = ctx.text.slice(b.joinedTo!.found.end, b.found.start);
  // (并在中国品牌发展国际论坛致辞: a meeting's name right before the verb needs no 上.)
  const on = /在([^，。；在]{1,30}?)(?:上|期间)$/.exec(between) ?? /在([^，。；在]{2,30}?(?:论坛|会议|大会|峰会))$/.exec(between);
  if (!on) return undefined;
  const from = b.found.start - on[0].length + 1;
  const named = meetingAt(ctx.text, from, from + on[1]!.length);
  return named ? eventNamed(st, ctx, named.name, named.start) : undefined;
}

/** The event a meeting's name names: a generic one (会议, 座谈会) the story's or the article's, else its own. */
function eventNamed(st: State, ctx: SentenceContext, name: string, at: number): EventFact | undefined {
  // 在当天上午的大会开幕式上讲话: the opening of a meeting named only by its kind is that meeting, named in the story.
  const session = OPENING_OF.exec(name);
  if (session && isGeneric(session[1]!)) return st.events.resolveGeneric(session[1]!, st.lead, ctx.s, at);
  // 出席活动开幕式 after 全国生态日主场活动…举行: the opening of the 活动 the story holds.
  const held = session?.[1] === '活动' ? st.events.list.filter((e) => e.label.endsWith('活动')).at(-1) : undefined;
  if (held) return held;
  return isGeneric(name) ? st.events.resolveGeneric(name, st.lead, ctx.s, at) : st.events.meeting(name, ctx.s, at);
}
const OPENING_OF = /^(.+?)(?:开幕式|闭幕式|开幕会|闭幕会)$/;

/**
 * The meeting a predicate names: after it, or in `在X上` / `在X` / a speech's `向X` before it (在会上讲话), or before
 * `由X主持`.
 */
function meetingObject(st: State, ctx: SentenceContext, b: Binding): EventFact | 'main' | undefined {
  const { text } = ctx;
  const between = text.slice(b.agent.end, b.found.start);
  const on = /在(.{1,40}?)(?:上|期间|时)$/.exec(between) ?? /在(.{1,40})$/.exec(between);
  // A speech sent to a meeting (以视频方式向在蒙特利尔举行的…开幕式致辞), when nothing else names where it was given.
  const to = b.found.pred.rel === 'ADDRESSED' ? /向((?:(?!向).){2,60})$/.exec(between) : null;
  const inside = (m: RegExpExecArray) =>
    meetingAt(text, b.agent.end + m.index + 1, b.agent.end + m.index + 1 + m[1]!.length);
  // (主持会议并传达了…会议精神: the meeting ends where the second act begins.)
  const joined = text.slice(b.found.end, ctx.s.end).search(/并(?:且)?(?:传达|宣读|通报|学习|作|发表)/);
  // (在致辞中对论坛和峰会的成功举办表示祝贺: what a speech said, not where it was given.)
  const said = text[b.found.end] === '中' && text[b.found.start - 1] === '在';
  const named =
    (said ? undefined : meetingAt(text, b.found.end, joined >= 0 ? b.found.end + joined : ctx.s.end)) ??
    (on ? inside(on) : undefined) ??
    passiveSubject(ctx, b) ??
    sceneBefore(ctx, b) ??
    (to ? inside(to) : undefined);
  if (named) return eventNamed(st, ctx, named.name, named.start);
  // (…带队拜访台州海事局，…蔡国军副局长及相关职能部门负责人参加座谈: the discussion held on the visit, a 座谈会.)
  // (Not where the story tells talks: 会见…。…参加座谈, the talks' own.)
  const discussed = b.found.pred.rel === 'ATTENDED' && BARE_DISCUSSION.test(text.slice(b.found.end, ctx.s.end)) &&
    !talksTold(st);
  return discussed ? st.events.resolveGeneric('座谈会', st.lead, ctx.s, b.found.end) : 'main';
}
/** A discussion named by its verb alone as what one attends (参加座谈, 参加调研座谈, 参加接待和交流座谈). */
const BARE_DISCUSSION = /^了?(?:调研|交流|接待和交流|工作)?座谈(?:交流)?(?=[，。；]|$)/;

/** `会议由X主持`: the meeting named before 由 in the clause. */
function passiveSubject(ctx: SentenceContext, b: Binding): { name: string; start: number; end: number } | undefined {
  const before = ctx.text.slice(ctx.s.start, b.agent.start);
  const by = /由(?:[^，。；]{0,30})$/.exec(before);
  if (!by) return undefined;
  let from = ctx.s.start + by.index;
  // (港交所的网上新春开市仪式，由主席史美伦及…戴志坚主持: the meeting chaired, set off by a comma before 由; not one
  // another will attend instead, 普京将不出席…会晤，由…拉夫罗夫作为代表参会.)
  if (ctx.text[from - 1] === '，' && b.found.pred.rel === 'CHAIRED') from--;
  while (from > ctx.s.start && !/[，。；：]/.test(ctx.text[from - 1]!)) from--;
  return meetingAt(ctx.text, from, ctx.s.start + by.index);
}

/** `开工仪式上，X致辞`, `在会见中，X表示`: the meeting a clause before the agent sets the scene with. */
function sceneBefore(ctx: SentenceContext, b: Binding): { name: string; start: number; end: number } | undefined {
  const before = ctx.text.slice(ctx.s.start, b.agent.start);
  const scene = /(?:^|[，；])在?([^，。；]{2,40}?)(?:上|期间|中)[，,][^，。；]*$/.exec(before);
  if (!scene) return undefined;
  const from = ctx.s.start + scene.index + scene[0].indexOf(scene[1]!);
  return meetingAt(ctx.text, from, from + scene[1]!.length);
}

/** Each person of the group gets the role; a list of officials is ranked in its printed order. */
function addRoles(
  st: State,
  rel: RoleRel,
  g: Group,
  event: EventFact,
  role: string,
  ctx: SentenceContext,
  /** The sentence names the event again (false: it only speaks of it, as 他强调 does). */
  names = true,
): void {
  const ranked =
    rel === 'ATTENDED' &&
    (g.persons.length > 1 || g.listed || /领导$/.test(ctx.text.slice(Math.max(ctx.s.start, g.start - 4), g.start)));
  const evidence = evidenceOf(st.article, ctx.s);
  if (names) namedAgain(event, ctx.s, g.start);
  // (One role told twice, by a clause and by the list it closes, is one role.)
  const told = (person: string) => st.facts.roles.some((r) => r.rel === rel && r.person === person &&
    r.event === event.local && r.role === role && r.evidence.sentence === evidence.sentence);
  g.persons.forEach((p, k) =>
    told(p.text) || st.facts.roles.push({
      rel,
      person: p.text,
      event: event.local,
      role,
      ...(ranked ? { rank: k + 1 } : {}),
      evidence,
    }),
  );
}

/** 会见 / 会谈 / 通电话: the guests after the verb, or the partner before it; one talks event (one per guest: 分别). */
function met(st: State, ctx: SentenceContext, b: Binding): void {
  const limit = guestsClauseEnd(ctx, b.found.end);
  const hosts = new Set(b.agent.persons.map((p) => p.text));
  // Someone's kin received are no meeting with him (会见任弼时同志亲属).
  const kin = (m: Mention) => wordAt(KIN_AFTER, ctx.text, m.end) !== undefined;
  // (福伊尔纳（Edwin Feulner）: how a guest is spelt is no other guest.)
  const persons = ctx.mentions.filter((m) => m.kind === 'person');
  // (…和酋长院大酋长纳嘎布维: a name read inside another's description, his post right after it, is no guest.)
  // (会见了陪同里夫斯来华出席…对话的英国央行行长贝利: nor one named in the clause that describes the guest after 的.)
  const describing = (m: Mention) =>
    ctx.mentions.some((t) => t.kind === 'title' && t.start === m.end && persons.some((p) => p.start === t.end)) ||
    persons.some((p) => p.start > m.end && p.end <= limit &&
      /^[^，。；、“”]{1,40}的$/.test(ctx.text.slice(m.end, describedFrom(ctx, p.start))));
  let guests =
    b.partner?.persons.filter((m) => !hosts.has(m.text)) ??
    persons.filter(
      (m) => m.start >= b.found.end && m.end <= limit && !hosts.has(m.text) && !kin(m) &&
        !glossOf(ctx.text, m, persons) && !describing(m),
    );
  let agent = b.agent;
  // Two named as a pair (李强和扎帕罗夫举行会谈), not a list of partners with their titles (诺瓦克、…总经理利哈乔夫).
  const [first, second] = b.agent.persons;
  const titles = ctx.mentions.filter((m) => m.kind === 'title');
  const joined = () => withoutTitles(ctx.text, first!.end, second!.start, titles);
  // (先后与张德江和王光亚会面: a pair after 与 is whom someone else met.)
  // (与大陆国家副主席韩正和…何立峰会面: a side named before the first one's post, as Taiwan's papers print it.)
  const afterPartnerWord = /[与同跟](?:大陆|中国|中方)?$/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, b.agent)));
  const pair = b.agent.persons.length === 2 && /^[和与同]/.test(joined()) && !afterPartnerWord;
  if (guests.length === 0 && pair && !/会见|接见/.test(b.found.word)) {
    guests = b.agent.persons.slice(1); // 李强和扎帕罗夫举行会谈
    agent = { ...b.agent, persons: b.agent.persons.slice(0, 1) };
  }
  if (guests.length === 0 && calledOnBody(st, ctx, b, limit)) return;
  if (guests.length === 0 && VIEWS_EXCHANGED.includes(b.found.word)) return;
  if (guests.length === 0) return groupTalks(st, ctx, b, limit);
  // Talks the story already reported, told again as the scene of a remark, are no second meeting.
  const hostOf = (m: { host: string }) => agent.persons.some((h) => h.text === m.host);
  const word = b.found.word;
  const base = talksBase(word);
  // Talks of the same kind told again (…同泰国总理巴育举行会谈。…习近平和巴育举行会谈。) are the same talks too.
  // (访问期间，普京总统同习近平主席进行了…会谈: told from the guest's side, the same talks.)
  const pairOf = (m: { host: string; guest: string }, g: Mention) =>
    (hostOf(m) && m.guest === g.text) || (m.host === g.text && agent.persons.some((h) => h.text === m.guest));
  const reported = (g: Mention) =>
    st.facts.met.some((m) => pairOf(m, g) && (b.scene || talksBase(m.role) === base));
  if (guests.every(reported)) return;
  const phrase = (p: Mention) => ctx.text.slice(describedFrom(ctx, p.start), p.end);
  const groups = word.startsWith('分别') ? guests.map((g) => [g]) : [guests];
  for (const gs of groups) {
    const who = gs.map(phrase).join('、');
    const label = b.partner ? `同${who}${base}` : `${base}${who}`;
    // Host and guests are joined by MET; the talks' ATTENDED edges are the officials present (参加会见).
    const e = st.events.add(label, label, ctx.s, b.found.start, 'talks');
    const evidence = evidenceOf(st.article, ctx.s);
    const call = COURTESY_CALLS.test(word);
    for (const h of agent.persons) {
      for (const g of gs) {
        const [host, guest] = call ? [g.text, h.text] : [h.text, g.text];
        st.facts.met.push({ host, guest, role: word, event: e.local, evidence });
      }
    }
  }
}

/** A party received, told from its side (…代表团…受到陈伟南、张成雄等热情接待): each host met each of its leaders. */
function receivedParty(st: State, ctx: SentenceContext, r: Received | undefined): void {
  if (!r) return;
  const named = r.guests.flatMap((g) => g.persons.map((p) => p.text));
  const guests = r.party ? partyLeaders(st, ctx, r.hosts, r.at) : named;
  const hosts = r.hosts.persons.map((p) => p.text).filter((h) => !guests.includes(h));
  const fresh = guests.filter((g) => !st.facts.met.some((m) => m.guest === g && hosts.includes(m.host)));
  if (hosts.length === 0 || fresh.length === 0) return;
  const label = r.calling ? `${fresh.join('、')}${r.word}` : `${r.word}${fresh.join('、')}`;
  const e = st.events.add(label, label, ctx.s, r.at, 'talks');
  const evidence = evidenceOf(st.article, ctx.s);
  for (const host of hosts) {
    for (const guest of fresh) st.facts.met.push({ host, guest, role: r.word, event: e.local, evidence });
  }
  for (const g of r.present) addRoles(st, 'ATTENDED', g, e, r.word, ctx);
}

/**
 * After a guest's name, another with his titles, up to the clause's end, doing nothing (会见了…重庆市委书记孙政才，重庆
 * 市委副书记、市长黄奇帆。; not 会见美国总统拜登，国务卿布林肯参加).
 */
function nextGuest(ctx: SentenceContext, comma: number, closing = false): boolean {
  const named = ctx.mentions.some((m) => m.kind === 'person' && m.end === comma);
  const rest = ctx.text.slice(comma + 1, ctx.s.end);
  const clause = rest.slice(0, rest.search(/[，。；：]|$/));
  const end = comma + 1 + clause.length;
  // (Where nothing kg reads opens it, a name must close it: 非国大副主席、副总统马沙蒂莱; not 酋长院大酋长….)
  const person = ctx.mentions.some(
    (m) => m.kind === 'person' && m.start > comma && (closing ? m.end === end : m.end <= end),
  );
  const acts = [...clause].some((_c, k) => wordAt(ACT_WORDS, clause, k) !== undefined);
  return named && person && !acts;
}

/**
 * After a comma that closes a guest's post, another post of his, then his name closing the clause, doing nothing
 * (会见北京市昌平区委副书记、区长，未来科学城管委会主任刘晓东一行).
 */
function nextPost(ctx: SentenceContext, comma: number): boolean {
  const rest = ctx.text.slice(comma + 1, ctx.s.end);
  const end = comma + 1 + rest.search(/[，。；：]|$/);
  const inside = ctx.mentions.filter((m) => m.start > comma && m.end <= end);
  const last = inside.at(-1);
  const closes = last?.kind === 'person' && /^(?:一行|等)?$/.test(ctx.text.slice(last.end, end));
  const acts = [...ctx.text.slice(comma + 1, end)].some((_c, k) => wordAt(ACT_WORDS, ctx.text, comma + 1 + k));
  const one = inside.filter((m) => m.kind === 'person').length === 1;
  return closes && one && inside.some((m) => m.kind === 'title') && !acts;
}

/**
 * The guest's description runs over a comma to its 的, no one named before it (会见了来湘考察调研，督促经济普查工作的国家
 * 统计局局长马建堂一行): the guest follows in the clause after.
 */
function describedOverComma(ctx: SentenceContext, from: number, at: number): boolean {
  const person = (a: number, b: number) => ctx.mentions.some((m) => m.kind === 'person' && m.start >= a && m.end <= b);
  const rest = ctx.text.slice(at + 1, ctx.s.end);
  const clause = rest.slice(0, rest.search(/[，。；：]|$/));
  const of = /^[^“”有]{2,30}?的/.exec(clause)?.[0].length ?? 0;
  // (Not a clause of its own: 会面近一小时，同场会面的还有…张德江.)
  const visiting = VISITING.test(ctx.text.slice(from, at));
  return at - from <= 30 && of > 0 && visiting && !person(from, at) && !person(at + 1, at + 1 + of) &&
    person(at + 1 + of, at + 1 + clause.length);
}

const VISITING = /^了?[^，。；]{0,20}?(?:考察|调研|访问|参观|出席|参加|视察|洽谈|交流|访华)/;

/**
 * Where the clause naming the guests ends: at its punctuation, or past a comma that closes one of a guest's titles
 * when another title or its body opens what follows (会见上海电气集团党委委员、副总裁，上海电气新能源发展公司董事长金孝龙).
 */
function guestsClauseEnd(ctx: SentenceContext, from: number): number {
  let end = from;
  for (;;) {
    const next = ctx.text.slice(end, ctx.s.end).search(/[，。；：]/);
    if (next < 0) return ctx.s.end;
    end += next;
    const at = end;
    // (…组织（UCLG，简称城地组织）亚太区秘书长博娜蒂娅: a comma inside brackets closes nothing.)
    if (insideBrackets(ctx, from, at)) {
      end++;
      continue;
    }
    // (由…古列维奇，…日丹诺娃，…尼科诺夫率领的…; 先后会见…金载烈，…埃利亚施，…伊克拉莫夫等…领导人，主动…: a list
    // read as one across its commas, up to those who lead, or closed by 等 with nothing done by its members.)
    const acts = (g: Group) => ctx.predicates.some((p) => p.start >= g.end && p.start <= g.end + 2);
    const closed = (g: Group) => ctx.text.slice(g.persons.at(-1)!.end, g.end).includes('等') && !acts(g);
    const leads = (g: Group) => /^(?:率领|带领|率)的/.test(ctx.text.slice(g.end));
    const guests = (g: Group) => g.start < at && g.end > at && (leads(g) || closed(g));
    if (ctx.text[at] === '，' && ctx.groups.some(guests)) {
      end++;
      continue;
    }
    if (ctx.text[at] === '，' && describedOverComma(ctx, from, at)) {
      end++;
      continue;
    }
    const titleCloses = ctx.mentions.some((m) => m.kind === 'title' && m.end === at);
    const opens = ctx.mentions.find((m) => m.start === at + 1);
    if (ctx.text[at] !== '，' || opens?.kind === 'person') return at;
    // (会见非国大主席、总统拉马福萨，非国大副主席、副总统马沙蒂莱: the next guest's body may be one kg does not read.)
    if (!(opens && titleCloses) && !nextGuest(ctx, at, !opens) && !(titleCloses && nextPost(ctx, at))) return at;
    end++;
  }
}

/** `at` stands inside brackets opened after `from` and closed later in the sentence. */
function insideBrackets(ctx: SentenceContext, from: number, at: number): boolean {
  const open = ctx.text.lastIndexOf('（', at);
  const close = ctx.text.indexOf('）', at);
  return open >= from && ctx.text.lastIndexOf('）', at) < open && close > at && close < ctx.s.end;
}

/** The kind of talks a verb tells: a reception, talks, a summit or a call. */
function talksBase(word: string): string {
  if (/会见|接见/.test(word)) return '会见';
  if (/通了?电话|通话/.test(word)) return '通电话';
  if (word === '话别') return '话别';
  if (word.includes('接待')) return '接待';
  if (word.includes('座谈')) return '座谈';
  if (COURTESY_CALLS.test(word)) return word.slice(0, 2);
  if (word.endsWith('对话')) return '对话';
  return /会晤/.test(word) ? '会晤' : '会谈';
}

/**
 * Those received by their kind, as printed after the verb (会见并宴请了参访团一行: both done to them; 会见…访问团一行22人:
 * the party, counted); after 时说 (会见…议员访华团时说，…), the reception whose words are told, unless a later sentence
 * tells the host receiving them again, by name (李鹏…在会见…代表团时表示…。李鹏总理和夫人朱琳…会见了以…平山郁夫为团长的…).
 */
function receivedWhom(st: State, ctx: SentenceContext, b: Binding, limit: number): string {
  // (会见并热情欢迎代表团一行: received and welcomed.)
  const whom = ctx.text.slice(b.found.end, limit).replace(/^了/, '').replace(/^并(?:宴请|(?:热情|热烈)?欢迎)了?/, '')
    .replace(/并.*$/, '')
    .replace(/一行[0-9０-９一二三四五六七八九十百余多]+人$/, '一行');
  const said = /时(?:说|指出|表示|强调|认为)$/.exec(whom)?.[0] ?? '';
  if (!said) return whom;
  const later = st.article.text.slice(ctx.s.end);
  const again = b.agent.persons.some((p) => receivesLater(later, p.text));
  return again ? '' : whom.slice(0, whom.length - said.length);
}

/** `name` printed in `later` with 会见 / 接见 after it in its clause of up to 40 characters. */
function receivesLater(later: string, name: string): boolean {
  for (let i = later.indexOf(name); i >= 0; i = later.indexOf(name, i + 1)) {
    const after = later.slice(i + name.length, i + name.length + 40).split(/[。；]/)[0]!;
    if (/会见|接见/.test(after)) return true;
  }
  return false;
}

/**
 * A call paid on a body, no one named (行长张士明…率…负责人拜访了天津市西青区人民政府): the callers led a visit there, held
 * as talks, which the hosts who took part in them (区长张国庆…参加了会谈) attended.
 */
function calledOnBody(st: State, ctx: SentenceContext, b: Binding, limit: number): boolean {
  if (!COURTESY_CALLS.test(b.found.word) || b.scene) return false;
  // Whom the call was paid on: one body, the whole clause after the verb, ending as a body's name ends (a list of
  // bodies called on in turn is a visit's, 带队，先后拜会国家卫生健康委、应急管理部).
  const from = b.found.end + (ctx.text[b.found.end] === '了' ? 1 : 0);
  const end = from + ctx.text.slice(from, limit).search(/[，。；]|$/);
  const body = ctx.text.slice(from, end);
  const bodyEnds = endsInBodySuffix(ctx.text, end) || wordEndingAt(ORGANS, ctx.text, end) !== undefined;
  if (body.length < 2 || body.length > 30 || body.includes('、') || !bodyEnds) return false;
  if (ctx.mentions.some((m) => m.kind === 'person' && m.start >= b.found.end && m.end <= limit)) return false;
  const label = `${talksBase(b.found.word)}${body}`;
  addRoles(st, 'LED', b.agent, st.events.add(label, label, ctx.s, b.found.start, 'talks'), b.found.word, ctx);
  return true;
}

/**
 * 会见了参加论坛的台湾嘉宾代表: talks with a group, no one named. The event stands, named by whom it received; its hosts
 * are there (ATTENDED, by their verb: no one is MET), and so are those present (参加会见).
 */
function groupTalks(st: State, ctx: SentenceContext, b: Binding, limit: number): void {
  // (哈尼亚20日在开罗与埃及方面就…举行会谈: talks with a side no name stands for, which the agent attended.)
  const side = sideTalksAt(ctx, b.found, b.agent.end);
  if (side >= 0) {
    const kind = SIDE_TALKS.exec(ctx.text.slice(side, b.found.start))![1]!;
    const label = `同${kind}${talksBase(b.found.word)}`;
    const event = st.events.add(label, label, ctx.s, b.found.start, 'talks');
    // (姚景林率满洲里市政企代表团赴…访问。…戈尔科夫与满洲里市政企代表团进行了工作会谈: a delegation whose leaders the
    // story named before, as a party received by its kind is.)
    const heads = /团(?:一行)?$/.test(kind) ? partyLeaders(st, ctx, b.agent, b.found.start) : [];
    const members = heads.length > 0 ? heads : sideMembersListed(st, ctx, b.agent, kind);
    if (members.length === 0) return addRoles(st, 'ATTENDED', b.agent, event, b.found.word, ctx);
    const evidence = evidenceOf(st.article, ctx.s);
    for (const h of b.agent.persons) {
      for (const guest of members) {
        st.facts.met.push({ host: h.text, guest, role: b.found.word, event: event.local, evidence });
      }
    }
    return;
  }
  if (!/会见|接见/.test(b.found.word)) return;
  const whom = receivedWhom(st, ctx, b, limit);
  const named = (m: Mention) => m.kind === 'person' && m.start >= b.found.end && m.end <= limit;
  if (whom.length < 2 || whom.startsWith('记者') || ctx.mentions.some(named)) return;
  const label = `会见${whom.slice(0, 30)}`;
  // Only a group received is sure to hold no guest kg could not read as a name (会见多数党领袖舒默).
  // (会见台湾经贸考察团一行: the group, with those who came with it.)
  if (b.scene || !wordEndingAt(GROUPS_RECEIVED, whom, whom.length - (whom.endsWith('一行') ? 2 : 0))) return;
  const event = st.events.add(label, label, ctx.s, b.found.start, 'talks');
  const told = PARTY_RECEIVED.test(whom) ? partyLeaders(st, ctx, b.agent, b.found.start) : [];
  const heads = told.length === 0 && /团(?:一行)?$/.test(whom) ? headsNamedAfter(st, ctx, b.agent) : [];
  const leaders = heads.length > 0 ? heads : told;
  if (leaders.length === 0) return addRoles(st, 'ATTENDED', b.agent, event, b.found.word, ctx);
  const evidence = evidenceOf(st.article, ctx.s);
  for (const h of b.agent.persons) {
    for (const guest of leaders) {
      st.facts.met.push({ host: h.text, guest, role: b.found.word, event: event.local, evidence });
    }
  }
}

/** The heads of a party received by its kind, named later: its head and his deputies, or those listed as its heads. */
function headsNamedAfter(st: State, ctx: SentenceContext, hosts: Group): string[] {
  const head = headNamedAfter(st, ctx, hosts);
  if (!head) return partyHeadsListed(st, ctx, hosts);
  // (访问团团长李玉明表示，…。副团长陈聂思表示…: his deputies, named next in the same paragraph.)
  const { text } = st.article;
  const from = text.indexOf(head, ctx.s.end);
  const end = text.indexOf('\n', from);
  const paragraph = text.slice(from, end < 0 ? undefined : end);
  const deputies = [...paragraph.matchAll(/副团长/g)].flatMap((m) => {
    const at = from + m.index + 3;
    const named = st.mentions.find((x) => x.kind === 'person' && x.start >= at && x.start - at <= 12);
    return named && !/[，。；]/.test(text.slice(at, named.start)) ? [named.text] : [];
  });
  return [...new Set([head, ...deputies])].filter((n) => !hosts.persons.some((h) => h.text === n));
}

/**
 * The members of a side talks were held with, named in the next sentence and closed by the side's kind (…与…国外自由区
 * 代表举行会谈。…秘书长雷扎·马斯鲁尔、…巴西出口加工区协会会长赫尔森·布拉加等国外自由区代表参加会谈): whom they met.
 */
function sideMembersListed(st: State, ctx: SentenceContext, hosts: Group, kind: string): string[] {
  const { text } = st.article;
  const next = sentences(text).find((x) => x.start >= ctx.s.end);
  const verb = next && /(?:参加|出席)了?(?:会谈|会见|会晤)[。！？]?$/.exec(next.text);
  if (!next || !verb || !next.text.slice(0, verb.index).endsWith(`等${kind}`)) return [];
  const end = next.start + verb.index - kind.length - 1;
  // Those the list before 等 names, as its groups read them (多米尼加…执行主任…: no country cut into a name).
  const listed = sentenceContext(text, next, st.mentions).groups.filter((g) => g.persons.at(-1)!.end <= end).at(-1);
  const named = listed?.persons.map((p) => p.text) ?? [];
  return [...new Set(named)].filter((n) => !hosts.persons.some((h) => h.text === n));
}

/**
 * Those of a party received by its kind, listed later and closed as its heads (…会长董安，…主席陈勇，…会长吴瑞珍等访问团
 * 负责人表示): whom they met.
 */
function partyHeadsListed(st: State, ctx: SentenceContext, hosts: Group): string[] {
  const { text } = st.article;
  const closing = /等(?:[^，。；：“”]{0,8}?)团(?:的)?(?:负责人|领导|团长)/g;
  closing.lastIndex = ctx.s.end;
  const m = closing.exec(text);
  if (!m || m.index - ctx.s.end > 1500) return [];
  const start = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('\n', m.index)) + 1;
  const named = st.mentions.filter((x) => x.kind === 'person' && x.start >= start && x.end <= m.index);
  return [...new Set(named.map((x) => x.text))].filter((n) => !hosts.persons.some((h) => h.text === n));
}

/**
 * The head of a party received by its kind, named in a later paragraph by his post in it (会见…访问团一行22人。…访问团
 * 团长、…马福联总会长林福山对…热情接待表示感谢): whom they met.
 */
function headNamedAfter(st: State, ctx: SentenceContext, hosts: Group): string | undefined {
  const { text } = st.article;
  // (…参访团一行。…市民代表、总团长王至芬表示: the party's chief head.)
  const at = text.indexOf('团长', ctx.s.end);
  if (at < 0 || !'团总'.includes(text[at - 1]!) || at - ctx.s.end > 1500) return undefined;
  // The last name of the clause: his posts in other bodies come first (团长、…马福联总会长林福山).
  const clauseEnd = text.slice(at).search(/[，。；！？]/) + at;
  const head = st.mentions.findLast((m) => m.kind === 'person' && m.start >= at + 2 && m.end <= clauseEnd);
  if (!head || head.start - at > 40) return undefined;
  return hosts.persons.some((h) => h.text === head.text) ? undefined : head.text;
}

/** A party received by its kind (考察团一行) or as visitors (会见来宾): those who led it are met. */
const PARTY_RECEIVED = /(?:团|组|来宾|客人|外宾|贵宾|宾客)(?:一行)?$|一行$/;

/**
 * Who led the last visit the story told before this sentence, none of them the hosts: the leaders of a party received
 * by its kind (罗强率成都市代表团到桂林市考察。赵乐秦…会见考察团一行).
 */
function partyLeaders(st: State, ctx: SentenceContext, hosts: Group, at: number): string[] {
  // (…朱晨率领的党政代表团一行来阿克苏地区考察，…洪国良、陈建忠会见了代表团: told before in the same sentence.)
  const told = (e: EventFact) => e.sentenceStart < ctx.s.start || (e.sentenceStart === ctx.s.start && e.at < at);
  const before = st.facts.roles.filter((r) => r.rel === 'LED' && told(st.events.list[r.event]!));
  const last = before.at(-1);
  if (!last) return partyOfLead(st, hosts);
  const names = before.filter((r) => r.event === last.event).map((r) => r.person);
  return [...new Set(names)].filter((n) => !hosts.persons.some((h) => h.text === n));
}

/**
 * Who heads the party the lead says came, when no visit of theirs was read (香港特区政府驻武汉办事处主任冯浩贤一行5人访问
 * 我省。…武绍忠会见了代表团一行): the names right before its 一行.
 */
function partyOfLead(st: State, hosts: Group): string[] {
  const { text } = st.article;
  const inLead = (m: Mention) => m.kind === 'person' && m.start >= st.lead.start && m.end <= st.lead.end;
  const heads = st.mentions.filter((m) => inLead(m) && PARTY_AFTER.test(text.slice(m.end, m.end + 12)));
  return [...new Set(heads.map((m) => m.text))].filter((n) => !hosts.persons.some((h) => h.text === n));
}
// (由台湾中华志工总会理事长陈金龙为团长的…参访团一行12人到广州市参访: the head the party is named by.)
const PARTY_AFTER = new RegExp(`^(?:(?:先生|女士|同志)?等)?${PARTY_WORD}|^(?:为|任|担任)(?:团长|组长|领队)的`);

/**
 * Officials listed who each led, or led together: each their own way (李强、赵乐际…6日分别看望…; 分两路率…慰问团; 分组;
 * …陈亿明和…苏家强先后率…), all before a word of leading (徐斌，…李亚省带队), or a team named by those who lead it
 * (由…刘建国、…陈永年带领的调研组; 由…张晓明担任领队、…周群飞担任团长的…考察团).
 */
function jointLead(ctx: SentenceContext, b: Binding): boolean {
  const between = ctx.text.slice(b.agent.end, b.found.start + b.found.word.length);
  // (…庞余亮及…负责人分组对全市中小学…进行检查: in groups, each leading one.)
  // (Not 来到各分组讨论地点: where the groups sit.)
  if (/分别|各自|分头|分赴|分成|分组(?:对|到|赴|深入|前往|进行|开展)|兵分|分[两三四五六]路/.test(between)) return true;
  // (由…白建坤，巡视员何天喜，…等部门负责人组成的调研组: the members who make a team up; its first named heads it.)
  if (/组成的/.test(between)) return false;
  // (区委副书记徐斌，副区长李亚省带队…, …先后率…: those listed before a word of leading all led.)
  if (/带队|率队|带领|率领|率/.test(between)) return true;
  const opened = /[由以]$/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, b.agent)));
  return opened || /^[^，。；]{0,8}?(?:担任[^，。；]{1,4}|为副?(?:组长|团长|队长))的/.test(between);
}

/** A led visit: one event per leader in the article, named by what follows the leader in its clause. */
function led(st: State, ctx: SentenceContext, b: Binding): void {
  if (profiledVisit(st, ctx, b)) return;
  const leader = b.agent.persons[0]!.text;
  const known = st.facts.roles.findLast((r) => r.rel === 'LED' && r.person === leader);
  // (…金政调研…。金政一行先后来到邦立医药: a party's going after its visit was told is where that visit went.)
  if (known && b.found.pred.unlessLater) return;
  let event = known ? st.events.list[known.event]! : undefined;
  if (event && anotherDay(ctx.text, event, ctx.s, b.found.start)) event = undefined;
  if (event) namedAgain(event, ctx.s, b.found.start);
  event ??= stateVisit(st, ctx, b) ?? newVisit(st, ctx, b);
  st.boundTo.set(b, event);
  const head = headedBy(ctx, b);
  if (head) {
    addRoles(st, 'LED', head, event, b.found.word, ctx);
    return addRoles(st, 'ATTENDED', b.agent, event, b.found.word, ctx);
  }
  // (江洪率…李博平、…徐春雷等来我县调研: those he took along went with him; he led.)
  const persons = b.agent.persons;
  const taking = persons.findIndex((p, k) => k > 0 && TAKES.test(ctx.text.slice(persons[k - 1]!.end, p.start)));
  // (王辉忠，…王剑波，…宋伟…等到宁波日报报业集团慰问: officials listed together, the first named leads and the others
  // go with him.)
  const cut = taking > 0 ? taking : persons.length > 1 && !jointLead(ctx, b) ? 1 : -1;
  const leaders = cut > 0 ? { ...b.agent, persons: persons.slice(0, cut) } : b.agent;
  addRoles(st, 'LED', leaders, event, b.found.word, ctx);
  if (cut > 0) addRoles(st, 'ATTENDED', { ...b.agent, persons: persons.slice(cut) }, event, b.found.word, ctx);
  // (习近平带领中共中央政治局常委李强、…李希，前往…: those led go with him.)
  const takes = /^(?:带领|率领)$/.test(b.found.word);
  const taken = takes ? ctx.groups.find((g) => groupStart(ctx, g) === b.found.end) : undefined;
  if (taken) addRoles(st, 'ATTENDED', taken, event, b.found.word, ctx);
}

/**
 * The head of a party named before it in its own clause (由国务院参事杨忠岐带队，…刘秀晨、…刘学勇一行…赴四川调研): he
 * led, those listed went.
 */
function headedBy(ctx: SentenceContext, b: Binding): Group | undefined {
  return ctx.groups.find((g) => g.end < b.agent.start && ctx.text[groupStart(ctx, g) - 1] === '由' &&
    /^(?:带队|率队|领队)[，,]/.test(ctx.text.slice(g.end, g.end + 3)));
}

/** A leader's word of taking others along, between him and them in one party (江洪率…李博平). */
const TAKES = /带领|率领|带着|率/;

/** A visit named by its clause, of the kind its predicate or the clause's words tell. */
function newVisit(st: State, ctx: SentenceContext, b: Binding): EventFact {
  const clause = visitClause(ctx, b);
  const kinds = PREDICATES.filter((p) => p.object === 'visit' && p.kind !== 'event');
  // (率中国人民解放军高级代表团…赴美国进行正式访问: a delegation's state visit.)
  const abroad = STATE_VISITS.some((w) => clause.includes(w));
  const kind =
    b.found.pred.kind !== 'event'
      ? b.found.pred.kind!
      : (kinds.find((p) => p.words.some((w) => clause.includes(w)))?.kind ?? (abroad ? 'state visit' : 'event'));
  return st.events.add(clause.slice(0, 30), clause, ctx.s, b.found.start, kind);
}

/** A state visit, named by its kind and where it went (对委内瑞拉进行国事访问 → 国事访问委内瑞拉). */
function stateVisit(st: State, ctx: SentenceContext, b: Binding): EventFact | undefined {
  if (b.found.pred.kind !== 'state visit') return undefined;
  const where = STATE_VISITED.exec(ctx.text.slice(ctx.s.start, b.found.start));
  if (!where) return undefined;
  const kind = b.found.word.replace(/^(?:进行|展开)/, '');
  return st.events.add(kind + where[2], where[0] + b.found.word, ctx.s, b.found.start, 'state visit');
}
/** Where a state visit went, between 对 (or 赴) and its verb. */
// (前往日本进行为期六天的正式访问: how long it lasts is no part of where.)
// (抵达非洲国家马里访问: where one arrived to visit.)
// (前往中国展开一天的工作访问: Singapore's and Malaysia's word and how long, likewise.)
const STATE_VISITED = /(对|赴|前往|抵达|飞抵)([^，。；对赴将]{1,16}?)(?:(?:进行|展开)(?:为期)?[^，。；]{1,8}的)?$/;

/**
 * A profile of someone (`【团结奋斗 忠诚履职】汪小帆：…`, `刘洋：推动…`) tells the visits that make up his work with no day
 * (汪小帆走访多个实验室): his visit is a dated happening only where its sentence gives a day or its eve (全国两会前夕).
 */
function profiledVisit(st: State, ctx: SentenceContext, b: Binding): boolean {
  const headline = st.article.headline;
  if (!PROFILE.test(headline) || DAY_GIVEN.test(ctx.s.text)) return false;
  return b.agent.persons.some((p) => headline.includes(`${p.text}：`));
}
const PROFILE = /^(?:【[^】]{2,40}】)?[\p{Script=Han}·]{2,8}：/u;
const DAY_GIVEN = new RegExp(`[0-9０-９]{1,2}日|${DAY_WORDS}|近日|日前|前夕`);

/** Those taken along and those who escorted them, before the visit's verb (率…负责人由…陪同下参观): no part of its name. */
// (李铁民带领市政协委员，在…刘伟…的陪同下，先后来到…: those led, set off by a comma.)
const ESCORTED_LEAD =
  /^(?:(?:率领|带领|率)[^，。；：“”]{2,60}?[，,]?)?[在由][^。；！？“”]{1,80}?陪同下[，,]?|^(?:一道|一同|一起)(?=[^，。；]{0,3}[到赴来])/;

/** What a visitor does there, after 并 (并了解…, 并察看…): no part of the visit's name. */
const LOOKED_INTO = ['了解', '察看', '查看', '听取', '询问', '考察了解'];

/**
 * A visit's words: its clause, after a clause of going by its own clause (来到应急管理部，检查指导…), without when it
 * happened (在福建工作期间先后两次深入军营村调研 → 先后两次深入军营村调研) nor what was said or done during it
 * (在广西考察时强调, 在上海调研期间专门召开…, 在河北黄骅考察时还专门察看了… → 在河北黄骅考察).
 */
function visitClause(ctx: SentenceContext, b: Binding): string {
  const gone = /[，；]/.test(ctx.text.slice(b.agent.end, b.found.start));
  const from = gone ? b.found.start : b.agent.end;
  // (由…陈元邦率领的市委、市政府检查组今起…开展工作检查: the team its leaders led is no part of the visit's name.)
  // (阿利斯泰尔•科（Alistair Coe）率代表团…: the leader's name as he spells it is no part of it either.)
  // (…温世宏科长的率领下前来河源市观光考察: nor whose leading it was.)
  const lead = ctx.text.slice(from, Math.min(ctx.s.end, ctx.speechFrom)).replace(/^[（(]?[A-Za-z .'’-]{0,60}[）)]/, '')
    .replace(ADDRESS_POST, '')
    .replace(/^[^，。；的]{0,6}的(?:率领|带领)下[，,]?/, '').replace(/^(?:带队|率队)[，,]/, '').replace(IN_LIGHT_OF, '')
    .replace(LEAD_IN, '')
    .replace(LED_TEAM, '').replace(LEAD_IN, '').replace(LED_ALONG, '').replace(ESCORTED_LEAD, '')
    .replace(MANNER_PHRASE, '')
    // (…赵德胜及市教育局等部门负责人分组对…进行检查: others by kind who went too, and how they split up.)
    .replace(/^(?:及|和|以及)[^，。；]{1,30}?(?:负责人|负责同志|同志|人员)等?/, '').replace(/^分组(?=对)/, '');
  // How he went is no part of the visit's name (就马不停蹄地走访…, 深入细致地调研).
  const how = MANNER.exec(lead.slice(0, Math.max(0, lead.indexOf(b.found.word))));
  const manner = how ? lead.slice(how[0].length) : lead;
  // Nor with whom (同与会外国领导人共同巡馆 → 巡馆).
  const company = /^[同与][^，。；]{1,30}?(?:共同|一同|一起)/.exec(manner);
  const words = company && manner.indexOf(b.found.word) >= company[0].length ? manner.slice(company[0].length) : manner;
  // (带领…李强、…李希，专程从北京前往陕西延安，瞻仰…: those led, then where they went, which names the visit.)
  // (带领区直有关部门负责人，深入园区一线调研企业: where they went by the visit's own verb.)
  const led = /^(?:带领|率领)[^，。；]+[，,](?=[^，。；]*(?:前往|赴|来到|到|调研|考察|视察|督导|督查|检查|走访|慰问|看望))/.exec(words);
  const whole = goneToDo((led ? words.slice(led[0].length) : words), b.found.word);
  const when = whole.lastIndexOf('期间', whole.indexOf(b.found.word));
  const printed = when >= 0 ? whole.slice(when + 2) : whole;
  const verbEnd = Math.max(0, printed.indexOf(b.found.word) + b.found.word.length);
  // (在调研中发现这个情况后 → 在调研: 中 right after the verb is also during it, but 带领中共中央… is not.)
  // (察看…塌方险情后，又前往…: 后 as the clause ends is what came next, no part of the name.)
  const during = printed.slice(verbEnd)
    .search(/期间|时(?!代|间|期|候|节|光|刻)|^中(?=[，,]|发现|了解|看到|得知|感到|听取|指出|强调)|后$/);
  const clause = (during < 0 ? printed : printed.slice(0, verbEnd + during)) || b.found.word;
  // 在湖南调研并主持召开…座谈会: what he did next is no part of the visit's name.
  // (视察了该潜艇并了解其武器系统: what he learned there neither.)
  const nextAct = (i: number) => wordAt(ACT_WORDS, clause, i) ?? wordAt(LOOKED_INTO, clause, i);
  const next = [...clause.matchAll(/并/g)].find((m) => m.index > verbEnd - 1 && nextAct(m.index + 1));
  const own = next ? clause.slice(0, next.index) : clause;
  // (在视察部队时强调: 在 right before the verb frames when he spoke, no place.)
  const framed = own.startsWith('在' + b.found.word) ? own.slice(1) : own;
  // 考察了新华三集团: the aspect is no part of the visit's name; nor is a film of it (公布了…视察…俄军的视频).
  return framed.replace(`${b.found.word}了`, b.found.word).replace(/的(?:视频|画面|照片|图片|影像|录像)$/, '');
}

/**
 * A visit's first clause, and what the visitors went there to do when that clause tells only where they went (在…的带领
 * 下，先后到我县…等5所学校，开展开学工作督查): the visit is named by both.
 */
function goneToDo(words: string, verb: string): string {
  const first = words.match(/^[^，。；]+/)?.[0] ?? '';
  if (first.includes(verb) || !/^(?:先后|分别|一同|专程)?(?:到|赴|来到|前往|深入)/.test(first)) return first;
  const doing = GONE_TO_DO.exec(words.slice(first.length));
  return doing ? `${first}，${doing[1]}` : first;
}
// (…，视察了口岸通关工作: an inspection opening the next clause, too; not a call paid, 看望慰问…, an act of its own.)
const GONE_TO_DO = new RegExp(
  '^[，,]((?:(?:开展|进行|实地)[^，。；]{0,30}?(?:调研|考察|视察|检查|督查|督导|指导|走访|慰问)|' +
    '(?:视察|调研|考察|检查|督查|督导)了?)[^，。；]{0,20})(?=[，。；]|$)',
);

/**
 * Roles that name no event go to the story's own: its lead's event, else the last one reported before them. A bare
 * 出席 / 参加 right after a later sentence that reports events is at the last of them (大会开始前，王沪宁会见了台湾嘉宾
 * 代表。苏辉等参加。), and so is a speech after a meeting held (主席会议举行了集体学习…。易纲应邀作报告。); after the
 * lead, the story's (赴企业走访，并召开座谈会。市领导…参加。: the visit).
 */
function resolvePending(st: State, ss: readonly Sentence[]): void {
  for (const p of st.pending) {
    const events = pendingEvents(st, ss, p);
    const ctx = { text: st.article.text, s: p.s } as SentenceContext;
    for (const event of events) {
      // 28日布尔汉在苏丹港发表讲话: a speech given somewhere of its own is no address to the talks the story reported.
      if (p.rel === 'ADDRESSED' && TALKING.includes(event.eventKind) && SPOKE_ELSEWHERE.test(p.s.text)) continue;
      // (…到我校考察。王宇燕市长就…进行了介绍: a briefing or report on a visit is given to the visitors, no address.)
      if (p.rel === 'ADDRESSED' && VISIT_KINDS.includes(event.eventKind) && BRIEFED.test(p.role)) continue;
      if (p.rel === 'CHAIRED' && !chairOfVisit(st, p, event)) continue;
      const escorted = st.facts.roles.some((r) => r.event === event.local && r.person === p.accompanied);
      if (p.accompanied && !escorted) continue;
      addRoles(st, p.rel, p.group, event, p.role, ctx);
    }
  }
}

/**
 * A chair whose event is the story's visit: the host who chairs the discussion held during it (…莅临我会走访调研，并与…
 * 座谈。本次座谈由我会会长曾建新主持), not one who merely called his suite together (…慰问灾区干部群众。在飞往汉中的飞机上，
 * 习近平马上召集随行人员…), nor the visit's own leader.
 */
function chairOfVisit(st: State, p: Pending, event: EventFact): boolean {
  if (!VISIT_KINDS.includes(event.eventKind) && event.eventKind !== 'event') return true;
  if (p.role.startsWith('召集')) return false;
  const leaders = st.facts.roles.filter((r) => r.rel === 'LED' && r.event === event.local).map((r) => r.person);
  return !p.group.persons.some((m) => leaders.includes(m.text));
}

/**
 * An escort's role word, perhaps charged with it (陪同调研, 负责陪同), or one who went along (参加视察, 随同督察): what
 * follows is the visit's verb.
 */
const ESCORT_ROLE = new RegExp(`^(?:负责)?陪同|^(?:参加|参与|随同)(?=${ESCORTED_VISITS.join('|')})`);


/** The visit a sentence tells, where one of its LED roles stands. */
function visitTold(st: State, s: Sentence): EventFact | undefined {
  const led = st.facts.roles.find((r) => r.rel === 'LED' && r.evidence.sentence === s.text);
  return led ? st.events.list[led.event] : undefined;
}

/** The events a role that names none goes to (see resolvePending). */
function pendingEvents(st: State, ss: readonly Sentence[], p: Pending): EventFact[] {
  // (9月24日下午，…习近平在…林武和省长周乃翔陪同下来到枣庄市考察: escorts of the visit their own sentence tells.)
  const visit = ESCORT_ROLE.test(p.role) ? visitTold(st, p.s) : undefined;
  if (visit) return [visit];
  // 陪同访问: the escorts of the story's visit (…副总裁薄启亮…陪同访问和调研); of a guest's visit with no visit of the
  // story's own, none of its events in particular (…副总理兼外长梅列多夫等…陪同访问 in a story of talks).
  if (WHOLE_VISIT_ESCORTS.includes(p.role)) {
    const visiting = (e: EventFact) => VISIT_KINDS.includes(e.eventKind);
    const story = st.events.current(st.lead, p.s);
    const told = st.events.list.filter((e) => visiting(e) && e.sentenceStart <= p.s.start);
    return story && visiting(story) ? [story] : told.slice(-1);
  }
  // 林尚立在中国人民大学作宣讲报告: a speech given at a place of its own is at the story's meeting, if the lead reports
  // one, not at what was just reported.
  const own = p.rel === 'ADDRESSED' && OWN_PLACE.test(p.s.text);
  const before = own ? undefined : ss[ss.indexOf(p.s) - 1];
  // (…举行宪法宣誓仪式。李鸿忠主持并监誓。: a bare chair and who oversaw the oath are at the ceremony just held.)
  const bare =
    (p.rel === 'ATTENDED' && [...BARE_ATTENDING, '监誓', ...OATHS_TAKEN].includes(p.role)) ||
    (p.rel === 'CHAIRED' && p.role === '主持') ||
    p.rel === 'ADDRESSED';
  // …先后发言，分别介绍了…顺利召开全国代表大会: only a meeting the sentence opens by holding is where a speech is.
  // (25日下午，赵乐际委员长主持召开…委员长会议: the day before it opens nothing.)
  const opens = (e: EventFact) =>
    !/[，；：]/.test(st.article.text.slice(e.sentenceStart, e.at).replace(DAY_OPENING, ''));
  // A speech is given at a meeting held, not at talks (会见…。王毅发言 is no address to the talks).
  const heldThere = (e: EventFact) =>
    !VISIT_KINDS.includes(e.eventKind) && (p.rel !== 'ADDRESSED' || (!TALKING.includes(e.eventKind) && opens(e)));
  // (今年6月，习近平主席和卡斯特罗总统举行历史性会晤。郑建邦参加。: a month with no day is a meeting recalled.)
  // (…举行欢迎宴会。习近平向阮富仲一一介绍…。…李强…参加。: the last held earlier in its paragraph, a few sentences up.)
  // (…举行第十讲专题讲座，赵乐际委员长主持。: held in the role's own sentence, before its agent.)
  // (座谈会由…熊建华主持，…宋化丽…先后致辞: speeches at the meeting their sentence opens with.)
  const here = bare ? heldBefore(st, p, heldThere) : undefined;
  if (here) return [here];
  const last = bare && before ? lastHeldInParagraph(st, ss, p, heldThere) : undefined;
  if (last) return [last];
  // 韩正出席。 in a story of talks: the talks its lead reports (each, after 分别会见), not an event recalled since.
  const leadTalks =
    p.rel === 'ATTENDED' && BARE_ATTENDING.includes(p.role) && !st.events.main(st.lead)
      ? st.events.list.filter((e) => e.sentenceStart === st.lead.start && e.eventKind === 'talks')
      : [];
  if (leadTalks.length > 0) return leadTalks;
  const current = own ? ownReport(st, p) : (st.events.current(st.lead, p.s) ?? st.events.fromHeadline(p.s));
  // (…为习近平举行隆重欢迎仪式。…习近平在马杜罗陪同下检阅仪仗队: the host escorts his guest at the rite he held, not on
  // the guest's state visit.)
  const abroad = current?.eventKind === 'state visit' && ESCORT_ROLE.test(p.role);
  const event = (abroad && before ? lastHeldInParagraph(st, ss, p, heldThere) : undefined) ?? current;
  // (看望…委员，并参加联组会…。曾毓群…第一个发言: a speech is at the lead's meeting, not at the visit before it.)
  const spokenAt =
    p.rel === 'ADDRESSED' && event && !SPOKEN_AT.includes(event.eventKind)
      ? st.events.list.find((e) => e.sentenceStart === st.lead.start && SPOKEN_AT.includes(e.eventKind))
      : undefined;
  // (…调研组…在呼和浩特市开展专题调研，并召开座谈会。…杨伟民参加调研: the visit the role names, told by the lead,
  // not the meeting held on it.)
  const visitNamed =
    event && !VISIT_KINDS.includes(event.eventKind) && namesVisit(p) ? visitByKind(st, p, true) : undefined;
  const at = spokenAt ?? visitNamed ?? event ?? visitByKind(st, p) ?? meetingByKind(st, p) ?? namedLater(st, p);
  return at ? [at] : [];
}

/** An escort's role that names the visit's act (参加调研, 陪同视察), not a bare 陪同. */
const namesVisit = (p: Pending): boolean =>
  p.rel === 'ATTENDED' && ESCORT_ROLE.test(p.role) && p.role.replace(ESCORT_ROLE, '') !== '';

/**
 * Where the story names no event before a bare role, the first it names after, held for people to attend (…共同主办
 * 活动，庆祝…。王光亚、…马和励等出席并分别致辞。…林燕玲教授受邀出席招待会): the occasion they were at.
 */
function namedLater(st: State, p: Pending): EventFact | undefined {
  // (A speech only where joined to such a presence, 出席并分别致辞: not words given anywhere, 发表电视讲话.)
  const joined = p.rel === 'ADDRESSED' && /(?:出席|参加)(?:并|，并)/.test(p.s.text);
  if (!joined && !BARE_ATTENDING.includes(p.role)) return undefined;
  return st.events.list.find((e) => e.sentenceStart > p.s.start && SPOKEN_AT.includes(e.eventKind));
}

const VISITS = PREDICATES.filter((x) => x.object === 'visit' && x.kind !== 'event');

/**
 * A meeting attended by those told by kind, named nowhere (上海各界人士…会聚上海展览中心，出席2007年春节团拜会。…韩正和…
 * 等市领导与千余嘉宾欢聚一堂): where the story holds no event, the meeting its lead names after 出席 / 参加 is one.
 */
function meetingByKind(st: State, p: Pending): EventFact | undefined {
  if (p.rel !== 'ATTENDED' || ESCORT_ROLE.test(p.role) || st.events.list.length > 0) return undefined;
  const text = st.article.text;
  for (const verb of st.lead.text.matchAll(/(?:出席|参加)了?/g)) {
    // (丁薛祥将于…赴阿联酋出席…峰会: a meeting planned is none yet.)
    if (/(?:将|拟|计划|准备)[^，。；]{0,40}$/.test(st.lead.text.slice(0, verb.index))) continue;
    const from = st.lead.start + verb.index + verb[0].length;
    const held = meetingAt(text, from, st.lead.end);
    // (…同参加…领导人非正式会议的…配偶共同参观…: a meeting that describes others is none of the story's.)
    if (!held || isGeneric(held.name) || text[held.end] === '的') continue;
    return st.events.meeting(held.name, st.lead, held.start);
  }
  return undefined;
}

/**
 * A visit made by those told by kind, named nowhere (市人大常委会组织…全国、省人大代表来我县开展集中视察活动。…周小勇…
 * 等陪同视察): where the story holds no event, its lead's clause of the visit is one, which its escorts attended.
 */
function visitByKind(st: State, p: Pending, despiteEvents = false): EventFact | undefined {
  // (…组织开展…集中视察活动。活动以…李耿坚为团长: the head of the team on the lead's visit.)
  const bare = (p.rel === 'ATTENDED' && BARE_ATTENDING.includes(p.role)) || TEAM_HEADS.has(p.role);
  const escort = p.rel === 'ATTENDED' && ESCORT_ROLE.test(p.role);
  const verb = escort ? p.role.replace(ESCORT_ROLE, '') : bare ? '' : undefined;
  if (verb === undefined) return undefined;
  // (…区政协主席会议成员来到中兴镇…开展集体调研。邹明，…袁刚等参加。邹明一行先后来到…视察了…: the visit told next.)
  const next = st.events.list.find((e) => e.sentenceStart > p.s.start);
  if (next && VISIT_KINDS.includes(next.eventKind)) return next;
  // (…赴安庆市住建局，开展…视察调研活动，…程秋月出席活动并讲话。…座谈会上，…: a meeting held later on the visit.)
  if (!despiteEvents && st.events.list.some((e) => e.sentenceStart <= p.s.start)) return undefined;
  // (A team's name is no visit: 在市长胡勇春陪同下，考察组参观了…)
  const told = (c: string, w: string) => new RegExp(`${w}(?![组团队])`).test(c);
  const visit = (c: string) => VISITS.find((x) => x.words.some((w) => told(c, w)));
  const lead = st.lead.text.replace(DAY_OPENING, '');
  const clause = lead.split(/[，；。]/).find((c) => (verb ? told(c, verb) : visit(c)));
  const kind = clause && visit(clause)?.kind;
  if (!clause || !kind) return undefined;
  return st.events.add(clause.slice(0, 30), clause, st.lead, st.lead.start + st.lead.text.indexOf(clause), kind);
}

/** The last event held in the role's own sentence before its agent. */
function heldBefore(st: State, p: Pending, heldThere: (e: EventFact) => boolean): EventFact | undefined {
  const held = st.events.list.filter((e) => e.sentenceStart === p.s.start && e.at <= p.group.start && heldThere(e));
  return held.sort((a, b) => a.at - b.at).at(-1);
}

/**
 * The last event held in the sentence before the role's, or in the two before that in its own paragraph; not in the
 * lead or a month recalled.
 */
function lastHeldInParagraph(
  st: State,
  ss: readonly Sentence[],
  p: Pending,
  heldThere: (e: EventFact) => boolean,
): EventFact | undefined {
  const at = ss.indexOf(p.s);
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const x = ss[k]!;
    const farther = k < at - 1 && st.article.text.slice(x.end, p.s.start).includes('\n');
    if (x === st.lead || MONTH_RECALLED.test(x.text) || farther) break;
    // (…共同前往元功门举行欢迎宴会: an event named again where it is held is held there.)
    const atIn = (e: EventFact) =>
      e.sentenceStart === x.start ? e.at : e.namedAgain?.find((m) => m.sentenceStart === x.start)?.at;
    const held = st.events.list.filter((e) => atIn(e) !== undefined && heldThere(e));
    if (held.length > 0) return held.sort((a, b) => atIn(a)! - atIn(b)!).at(-1);
  }
  return undefined;
}

/** A sentence opening with a month and no day (今年6月，, 去年10月，): what it tells happened another time. */
const MONTH_RECALLED = /^(?:今年|去年|前年)?[0-9０-９一二三四五六七八九十]{1,2}月[，,]/;

/**
 * The reports the story is about (宣讲报告会), else the lead's event: where a report given in its own place belongs. A
 * lecture of a tour (…今天在山西太原宣讲党的二十大精神), or any report where the story reports no meeting (在省委党校作专题
 * 辅导报告), is one of its own.
 */
function ownReport(st: State, p: Pending): EventFact | undefined {
  const reports = st.events.list.filter((e) => /报告会|宣讲/.test(e.label) && !st.given.has(e));
  const lecture = OWN_PLACE.exec(p.s.text)![2]!.includes('宣讲');
  return reports.at(-1) ?? (lecture ? undefined : st.events.main(st.lead)) ?? reportGiven(st, p);
}

/** Where a speech was given when it is no meeting (在中国人民大学作宣讲报告, 到金华市宣讲, 在…党校作专题报告). */
const OWN_PLACE = /(?:在|到|赴)([^，。；]{2,12}?)(?<![会上中])([作做]了?[^，。；作做]{0,6}?(?:宣讲|报告)|宣讲)/;

/** A report given in a place of its own, one event a speaker, at the places and bodies between 在 and its verb. */
function reportGiven(st: State, p: Pending): EventFact {
  const m = OWN_PLACE.exec(p.s.text)!;
  const kind = p.role.replace(/^(?:[作做]了?|发表了?)/, '');
  const e = st.events.add(kind === '宣讲' ? '宣讲报告' : kind, m[0].slice(1), p.s, p.s.start + m.index, 'meeting');
  st.given.add(e);
  for (const x of st.facts.mentions) {
    if (x.kind !== 'Person' && m[1]!.includes(x.name)) e.places.push({ kind: x.kind, name: x.name });
  }
  return e;
}
/** A briefing or a report, by its role word (进行了介绍, 作汇报, 作了讲解). */
const BRIEFED = /(?:介绍|汇报|讲解)$/;

/** The same for any speech (在苏丹港发表讲话). */
const SPOKE_ELSEWHERE = /在[^，。；]{2,12}?(?<![会上中])(?:作|做|发表)/;

/** Attending with no event named: the happening just reported, else the story's. */
const BARE_ATTENDING = ['出席', '参加', '列席'];
const TALKING: readonly EventKind[] = ['talks', 'press conference'];

/**
 * A sentence that tells of a party (一行) the leaders' own may be: no one else named before it (…张涛率督查组一行到岳阳市
 * in a chronicle's next entry is his party, not the last entry's visitor's).
 */
function partyOf(s: Sentence, leaders: readonly string[], mentions: readonly Mention[]): boolean {
  const at = s.text.indexOf('一行');
  if (at < 0) return false;
  // (…赵乐在市会议中心会见考察团一行: the party received by whoever is named.)
  if (/(?:会见|接见|会谈|会晤|宴请|欢迎|迎接|看望)[^，。；]{0,20}$/.test(s.text.slice(0, at))) return true;
  const before = (m: Mention) => m.kind === 'person' && m.start >= s.start && m.end <= s.start + at;
  return !mentions.some((m) => before(m) && !leaders.includes(m.text));
}

/** The places a led visit went: listed after a verb of going in its sentence or one about its party. */
function visitPlaces(st: State, ss: readonly Sentence[], mentions: readonly Mention[]): void {
  for (const e of st.events.list) {
    const leaders = [
      ...new Set(st.facts.roles.filter((r) => r.rel === 'LED' && r.event === e.local).map((r) => r.person)),
    ];
    if (leaders.length === 0) continue;
    let previous = false;
    for (const s of ss) {
      // (…龚正十分关心民营企业发展。他来到…龙大食品集团: he, right after a sentence of the visitor's.)
      const aboutParty: boolean =
        s.start === e.sentenceStart || leaders.some((l) => s.text.includes(l)) || partyOf(s, leaders, mentions) ||
        (previous && HE_WENT.test(s.text));
      previous = aboutParty && s.start >= e.sentenceStart;
      if (!aboutParty || s.start < e.sentenceStart) continue;
      // (A state visit went where its name says, 对俄罗斯和德国进行国事访问, not where the rest of the trip goes.)
      const state = e.eventKind === 'state visit';
      if (state && s.start !== e.sentenceStart) continue;
      const went = state ? stateVisited(st.article.text, e, mentions) : undefined;
      for (const m of went ?? destinations(st.article.text, s, mentions, s.start === e.sentenceStart)) {
        const t = placeTarget(m.kind, m.text);
        if (!e.places.some((a) => a.name === t.name && a.kind === t.kind)) e.places.push(t);
        for (const l of leaders)
          st.facts.visits.push({ person: l, target: t, event: e.local, evidence: evidenceOf(st.article, s) });
      }
    }
  }
}

/** The places named between a state visit's 对 and its verb. */
function stateVisited(text: string, e: EventFact, mentions: readonly Mention[]): Mention[] {
  const found = STATE_VISITED.exec(text.slice(0, e.at));
  if (!found) return [];
  const from = found.index + found[1]!.length;
  return mentions.filter((m) => m.kind === 'place' && m.start >= from && m.end <= from + found[2]!.length);
}

/** He went somewhere, opening a sentence (他来到紫金山实验室, 随后他走进…): a visitor named before, going on. */
const HE_WENT = /^(?:随后，?)?[他她](?:还|又|先后|随后|接着)?(?:来到|走进|到|前往|深入|考察|察看|走访)/;

/**
 * A recurring meeting printed without its body (主持第八十五次主席会议) takes it from the body holding it or the chair's:
 * the office his chain names last, as ranks come first (中共中央政治局委员、中宣部部长: 中宣部).
 */
function nameBodies(st: State): void {
  for (const e of st.events.list) {
    if (!e.series || e.label.length > 6) continue;
    const chair = st.facts.roles.find((r) => r.rel === 'CHAIRED' && r.event === e.local);
    const organ =
      chair && st.facts.holds.findLast((h) => h.person === chair.person && h.organ && h.organ.length > 1)?.organ;
    const body = e.heldBy[0] ?? organ;
    if (body && !e.label.startsWith(body)) e.label = e.series = body + e.label;
  }
}
