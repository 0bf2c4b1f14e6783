// Facts of one article: its events, who held which title, who chaired, led, attended or visited what, with evidence.
import type { Article } from '../../ingest/types.ts';
import type { Mention } from '../../ingest/extract/types.ts';
import type { EventKind, Evidence, RelType } from '../model/types.ts';
import { evidenceOf, sentences, type Sentence } from './sentences.ts';

export type TargetKind = 'Enterprise' | 'Organization' | 'Place';
export interface Target {
  kind: TargetKind;
  name: string;
}

export interface EventFact {
  local: number;
  name: string;
  /** Where in the article's text the sentence that reports it starts, and where its verb or name stands. */
  sentenceStart: number;
  at: number;
  eventKind: EventKind;
  evidence: Evidence;
  places: Target[];
  heldBy: string[];
}

export interface HoldsFact {
  person: string;
  /** The title as printed, its post, organ and jurisdiction. */
  printed: string;
  post: string;
  organ?: string;
  jurisdiction?: string;
  /** 时任…: held before the article's date. */
  former?: true;
  evidence: Evidence;
}

export interface RoleFact {
  rel: Extract<RelType, 'CHAIRED' | 'LED' | 'ATTENDED'>;
  person: string;
  event: number;
  role: string;
  rank?: number;
  evidence: Evidence;
}

export interface VisitFact {
  person: string;
  target: Target;
  event: number;
  evidence: Evidence;
}

export interface ArticleFacts {
  article: Article;
  events: EventFact[];
  holds: HoldsFact[];
  roles: RoleFact[];
  visits: VisitFact[];
}

const MEETING_NOUN = /(?:常委会(?:会议|扩大会议|（扩大）会议)?|扩大会议|常务会议|例会|座谈会|恳谈会|视频会议|现场会|推进会|动员会|部署会|工作会|交流会|大会|会议|仪式|典礼|公祭活动|论坛|博览会|展览会)/;
const MEETING_VERB = /(?:主持召开|召开|举行|开展|主持|参加|出席)/;
const VISIT_VERB = /(?:走访慰问|看望慰问|调研|督查|检查|考察|视察|慰问|走访)/;
const LEAD_VERB = /^(?:一行)?(?:带队|带领|率队|率领|调研|督查|检查|考察|视察|走访|先后到|先后来到|来到|赴|到|深入)/;
const CHAIR_VERB = /^(?:主持召开|主持)/;
const CONVENE_VERB = /^召开/;
const ATTEND_VERB = /^(?:在[^，。；]{1,12}?)?(?:参加|出席|陪同|列席)/;
const DESTINATION_VERB = /(?:先后来到|先后到|来到|走访|参观|深入|赴|到|在)/g;

/** Event kind from the words that name it. */
export function eventKind(name: string, sentence: string): EventKind {
  if (/视频会议/.test(name)) return 'video conference';
  if (/座谈会|恳谈会|论坛|交流会/.test(name)) return 'forum';
  if (/仪式|典礼|公祭/.test(name)) return 'ceremony';
  if (/博览会|展览会|展会/.test(name)) return 'exhibition';
  if (MEETING_NOUN.test(name)) return 'meeting';
  if (/慰问|看望/.test(sentence)) return 'condolence visit';
  if (/督查|检查|视察/.test(sentence)) return 'inspection';
  if (/调研|考察|走访/.test(sentence)) return 'research visit';
  return 'event';
}

/** Persons listed together (`胡勇春、李浩锋`, `邢志宏和…吴燕`), titles allowed between them: groups in order. */
function personGroups(text: string, s: Sentence, mentions: readonly Mention[]): Mention[][] {
  const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const persons = inside.filter((m) => m.kind === 'person');
  const groups: Mention[][] = [];
  for (const p of persons) {
    const last = groups.at(-1)?.at(-1);
    if (last && joinsList(text, last.end, p.start, inside)) groups.at(-1)!.push(p);
    else groups.push([p]);
  }
  return groups;
}

/** Between two names only list joiners (、 和 与 及) and titles. */
function joinsList(text: string, from: number, to: number, mentions: readonly Mention[]): boolean {
  let between = text.slice(from, to);
  for (const m of mentions) if (m.kind === 'title' && m.start >= from && m.end <= to) between = between.replace(m.text, '');
  return /^[、和与及]+$/.test(between.replace(/\s/g, ''));
}

/** Text after a group of names, past 一行 / 同志 / 等…领导 (and what a list says of itself). */
function afterGroup(text: string, end: number, s: Sentence): { rest: string; listed: boolean } {
  let rest = text.slice(end, s.end);
  const listed = /^等[^，。；]{0,12}(?:领导|同志|负责人|干部)/.test(rest);
  rest = rest.replace(/^(?:等[^，。；]{0,12}(?:领导|同志|负责人|干部)[，、]?|等人|一行|同志)/, '');
  return { rest, listed };
}

export function articleFacts(article: Article, mentions: readonly Mention[]): ArticleFacts {
  const text = article.text;
  const ss = sentences(text);
  const facts: ArticleFacts = { article, events: [], holds: [], roles: [], visits: [] };
  if (ss.length === 0 || article.kind === 'classifieds' || article.kind === 'fragment') return facts;
  const inSentence = (s: Sentence, kinds: string[]) => mentions.filter((m) => kinds.includes(m.kind) && m.start >= s.start && m.end <= s.end);
  const target = (m: Mention): Target => ({ kind: m.kind === 'enterprise' ? 'Enterprise' : m.kind === 'organization' ? 'Organization' : 'Place', name: m.text });

  // Events: the lead's happening (a meeting or a visit), and meetings held or convened in any sentence.
  const lead = ss[0]!;
  let mainEvent: EventFact | undefined;
  let visitEvent: EventFact | undefined;
  const addEvent = (name: string, s: Sentence, at: number, kind?: EventKind): EventFact => {
    const e: EventFact = {
      local: facts.events.length,
      name,
      sentenceStart: s.start,
      at,
      eventKind: kind ?? eventKind(name, s.text),
      evidence: evidenceOf(article, s),
      places: [],
      heldBy: [],
    };
    facts.events.push(e);
    return e;
  };
  // A visit: a name in the lead followed (past its 一行) by a verb of going or inspecting (金政调研, 朱志杰带领, 章旭升赴).
  for (const p of inSentence(lead, ['person'])) {
    const after = text.slice(p.end, lead.end).replace(/^一行/, '');
    if (!LEAD_VERB.test(after) && !new RegExp(`^${VISIT_VERB.source}`).test(after)) continue;
    const firstMeeting = meetingIn(lead.text);
    if (firstMeeting && firstMeeting.start < p.start - lead.start) break; // the lead reports a meeting first
    visitEvent = mainEvent = addEvent((after.match(/^[^，。；]+/)?.[0] ?? '').slice(0, 30), lead, p.end);
    break;
  }
  ss.forEach((s, k) => {
    if (k > 0 && /^会议/.test(s.text)) return; // 会议指出… refers to the article's meeting
    const meeting = meetingIn(s.text);
    if (!meeting) return;
    const e = addEvent(meeting.name, s, s.start + meeting.start);
    if (k === 0 && !mainEvent) mainEvent = e;
    // Bodies that hold it: the organisation just before 召开/举行, or named in the meeting's name.
    for (const o of inSentence(s, ['organization'])) {
      const after = text.slice(o.end, s.end);
      const inName = o.start - s.start >= meeting.start && o.end - s.start <= meeting.end;
      if (/^(?:召开|举行|主持召开)/.test(after) || inName) e.heldBy.push(o.text);
    }
    const place = s.text.slice(0, meeting.start).match(/在([^，。；]{2,20}?)(?:召开|举行)/);
    if (place) for (const m of inSentence(s, ['enterprise', 'organization', 'place'])) if (place[1]!.includes(m.text) && !e.places.some((t) => t.name === m.text)) e.places.push(target(m));
  });
  const meetingFor = (s: Sentence) => facts.events.find((e) => e.evidence.sentence === s.text && e !== visitEvent) ?? mainEvent;

  // Titles held: the titles printed right before a name (compounds joined by 、), or after 现任 / 担任.
  for (const s of ss) {
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    for (const p of inside.filter((m) => m.kind === 'person')) {
      const chain: Mention[] = [];
      let at = p.start;
      for (;;) {
        const t = inside.find((m) => m.kind === 'title' && m.post && (m.end === at || (m.end === at - 1 && text[at - 1] === ' ')));
        if (!t) break;
        chain.unshift(t);
        at = t.start;
        if (text[at - 1] !== '、') break;
        at -= 1;
      }
      const later = text.slice(p.end, s.end).match(/^(?:现任|担任|任)([^，。；]{0,24})/);
      if (later) {
        const from = p.end + later[0].length - later[1]!.length;
        chain.push(...inside.filter((m) => m.kind === 'title' && m.post && m.start >= from && m.end <= from + later[1]!.length));
      }
      for (const t of chain) {
        facts.holds.push({ person: p.text, printed: t.text, post: t.post!, ...(t.organ ? { organ: t.organ } : {}), ...(t.jurisdiction ? { jurisdiction: t.jurisdiction } : {}), ...(t.former ? { former: true } : {}), evidence: evidenceOf(article, s) });
      }
    }
  }

  // Roles: the verb after a name or a list of names says what they did, and to which event.
  for (const s of ss) {
    for (const group of personGroups(text, s, mentions)) {
      const { rest, listed } = afterGroup(text, group.at(-1)!.end, s);
      const ev = evidenceOf(article, s);
      const each = (rel: RoleFact['rel'], event: EventFact | undefined, role: string, ranked: boolean) => {
        if (!event) return;
        group.forEach((p, k) => facts.roles.push({ rel, person: p.text, event: event.local, role, ...(ranked ? { rank: k + 1 } : {}), evidence: ev }));
      };
      const ranked = group.length > 1 || listed || /领导$/.test(text.slice(Math.max(s.start, group[0]!.start - 4), group[0]!.start));
      const chair = CHAIR_VERB.exec(rest);
      const convene = CONVENE_VERB.exec(rest);
      const attend = ATTEND_VERB.exec(rest);
      const led = LEAD_VERB.exec(rest);
      if (chair) each('CHAIRED', meetingFor(s), chair[0], false);
      else if (convene) each('CHAIRED', meetingAfter(facts, s, text, group.at(-1)!.end) ?? meetingFor(s), '召开', false);
      else if (attend) {
        const sentenceHasEvent = s === lead || facts.events.some((e) => e.evidence.sentence === s.text);
        if (attendsThis(rest.slice(attend[0].length), sentenceHasEvent))
          each('ATTENDED', attendTarget(facts, s, mainEvent, visitEvent), attend[0].replace(/^在.*?(?=参加|出席|陪同|列席)/, ''), ranked);
      } else if (led && visitEvent && (s === lead || s.text.includes(group[0]!.text))) {
        each('LED', visitEvent, led[0].replace(/^一行/, ''), false);
        // …走访，并召开座谈会 / …，并参加…座谈会: what the leader's party did at the meeting the same sentence names.
        for (const e of facts.events) {
          if (e === visitEvent || e.evidence.sentence !== s.text) continue;
          const name = escapeRegExp(e.name);
          if (new RegExp(`[并，]召开[^。；的]{0,4}${name}`).test(s.text)) each('CHAIRED', e, '召开', false);
          else if (new RegExp(`(?:参加|出席)[^。；]*${name}`).test(s.text)) each('ATTENDED', e, '参加', false);
        }
      } else if (listed && mainEvent && /(?:开展|前往|举行)/.test(rest)) each('ATTENDED', mainEvent, '参加', true);
    }
  }

  // Where a led visit went: the bodies and places listed right after a verb of going (来到邦立医药、鼎昌工贸…), in the lead
  // or in a sentence about the leader's party.
  if (visitEvent) {
    const leaders = [...new Set(facts.roles.filter((r) => r.rel === 'LED' && r.event === visitEvent!.local).map((r) => r.person))];
    for (const s of ss) {
      const aboutParty = s === lead || leaders.some((l) => s.text.includes(l)) || s.text.includes('一行');
      if (!aboutParty) continue;
      for (const m of destinations(text, s, mentions)) {
        const t = target(m);
        if (!visitEvent.places.some((a) => a.name === t.name && a.kind === t.kind)) visitEvent.places.push(t);
        for (const l of leaders) facts.visits.push({ person: l, target: t, event: visitEvent.local, evidence: evidenceOf(article, s) });
      }
    }
  }
  return facts;
}

/** Bodies and places listed right after a verb of going: `来到A、B和C`, `在A，`. */
function destinations(text: string, s: Sentence, mentions: readonly Mention[]): Mention[] {
  const places = mentions.filter((m) => ['enterprise', 'organization', 'place'].includes(m.kind) && m.start >= s.start && m.end <= s.end);
  const out: Mention[] = [];
  for (const v of s.text.matchAll(DESTINATION_VERB)) {
    let at = s.start + v.index + v[0].length;
    for (;;) {
      const m = places.find((x) => x.start >= at && x.start <= at + 1 && /^了?$/.test(text.slice(at, x.start)));
      if (!m) break;
      if (!out.includes(m)) out.push(m);
      const sep = /^[、和及与]/.exec(text.slice(m.end));
      if (!sep) break;
      at = m.end + sep[0].length;
    }
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The meeting a sentence names: the noun phrase ending in a meeting noun, after the verb that holds it. */
function meetingIn(sentence: string): { name: string; start: number; end: number } | undefined {
  // A meeting is held in the sentence: a verb before its name (召开…会议, 参加…座谈会) or 召开/举行 right after it.
  const held = new RegExp(`(?:主持召开|召开|举行|开展|参加|出席)[^。；]{0,60}?${MEETING_NOUN.source}|${MEETING_NOUN.source}(?:召开|举行)`).exec(sentence);
  if (!held) return undefined;
  const m = new RegExp(MEETING_NOUN.source, 'g');
  m.lastIndex = held.index;
  const noun = m.exec(sentence)!;
  const end = noun.index + noun[0].length;
  const before = sentence.slice(0, noun.index);
  // The name runs back to the verb before it (主持召开 / 召开的 / 参加 …) or to the clause's start.
  const cuts = [...before.matchAll(/主持召开|召开的|举行的|召开|举行|开展|参加|出席|，|：|^(?:\d{1,2}月)?\d{1,2}日[上下]?午?，?/g)];
  // Quoted names keep their commas (“走进步阳，互看互学”): cuts inside quotes do not count.
  const quotes = [...sentence.matchAll(/“[^”]*”/g)].map((q) => [q.index, q.index + q[0].length] as const);
  const cut = cuts.filter((c) => !quotes.some(([a, b]) => c.index > a && c.index < b)).at(-1);
  const start = cut ? cut.index + cut[0].length : 0;
  let name = sentence.slice(start, end).replace(/^(?:当天)?在[^，。]*?(?:召开|举行)的/, '').replace(/^(?:我市|全市)/, '');
  if (/^(?:（扩大）|扩大)?会议$/.test(name)) {
    // 召开会议 after its body names the body's meeting; 主持会议 / 参加会议 refer to the article's meeting.
    const subject = before.match(/([^，。；\d]{2,12}?)(?:召开|举行)$/);
    if (!subject) return undefined;
    name = subject[1]! + name;
  }
  const at = sentence.indexOf(name);
  return { name, start: at >= 0 ? at : start, end };
}

/**
 * 参加 / 陪同 binds to the article's happening when its object is that happening (参加调研, 参加会议, 陪同) or a
 * meeting named in the sentence, not when it names something else (参加永康代表团审议).
 */
function attendsThis(object: string, sentenceHasEvent: boolean): boolean {
  return /^(?:[。，；]|$|调研|督查|检查|考察|视察|走访|慰问|活动|仪式|会议|座谈|恳谈|当天)/.test(object) || sentenceHasEvent;
}

function meetingAfter(facts: ArticleFacts, s: Sentence, text: string, from: number): EventFact | undefined {
  const rest = text.slice(from, s.end);
  return facts.events.find((e) => e.evidence.sentence === s.text && rest.includes(e.name));
}

function attendTarget(facts: ArticleFacts, s: Sentence, main: EventFact | undefined, visit: EventFact | undefined): EventFact | undefined {
  const here = facts.events.find((e) => e.evidence.sentence === s.text && e !== visit);
  return here ?? visit ?? main;
}
