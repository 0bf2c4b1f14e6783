// One article's facts as a graph of its own (nodes, edges, evidence, dates), and the union of such graphs.
import type { Article, ArticleDate } from '../../ingest/types.ts';
import { DEMOCRATIC_PARTIES, LEVELS, STATE_HEAD_POSTS } from '../../ingest/extract/lexicon/titles.ts';
import { COUNTRY_OF } from '../../ingest/extract/lexicon/world.ts';
import { RANGE_JOINER } from '../../ingest/dates/find.ts';
import { emptyGraph } from '../model/graph.ts';
import {
  evidenceKey,
  type EdgeAttributes,
  type Evidence,
  type KgGraph,
  type NodeAttributes,
  type NodeKind,
  type RelType,
} from '../model/types.ts';
import type { ArticleFacts, EventFact, HoldsFact, RoleFact, Target } from './facts/index.ts';
import { isNational, NATION, type Paper } from './jurisdiction.ts';
import type { Namesakes } from './namesakes.ts';
import { enterpriseKey, personKey, personPinyin, type ResolutionLog } from './resolve.ts';

/** A Title node's post without a named jurisdiction (金华市委常委 → 市委常委), and its display label. */
export function titleForms(
  post: string,
  organ: string | undefined,
  jurisdiction: string | undefined,
  paper: string | undefined,
) {
  const last = jurisdiction?.at(-1) ?? '';
  const level = (LEVELS as readonly string[]).includes(last) ? last : '';
  // A democratic party's committee names its level after the party (民革省委主委: 民革贵州省委主委).
  const party = organ !== undefined && DEMOCRATIC_PARTIES.some((p) => organ.startsWith(p + level));
  const normalised = (organ && level && !party ? level : '') + (organ ?? '') + post;
  // National posts name their level in their organ (国务院总理, 中共中央总书记): no prefix.
  const own = !jurisdiction || jurisdiction === paper || isNational(jurisdiction);
  const label = own
    ? normalised
    : party
      ? normalised.replace(level, jurisdiction!)
      : normalised.startsWith(level) && level
        ? jurisdiction + normalised.slice(1)
        : jurisdiction + normalised;
  return { normalised, label };
}

/**
 * One person's part in one event is one edge: the strongest of chairing, leading and attending stands and gathers the
 * others' evidence. Speaking at it (ADDRESSED) is said apart, beside any of them.
 */
const ROLE_STRENGTH: Partial<Record<RoleFact['rel'], number>> = { CHAIRED: 3, LED: 2, ATTENDED: 1 };

type DateAttrs = Pick<EdgeAttributes, 'date' | 'datePrecision'>;

/**
 * Meetings of one host and one guest on other days: one edge per day, keyed by it, so that each keeps its own date
 * (`meetings` lists each). Roles need none: each event is a node of its own; a visit's places and days are its
 * event's (LED, AT), and VISITED stays one edge per person and place: the embedded engine's ALL SHORTEST loses paths
 * over parallel edges there, which `shortest-connection` relies on (seen on the 10 MB bench graph).
 */
const PER_DAY: readonly RelType[] = ['MET'];

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Headlines of pieces that retell what was reported before: reactions, commentaries, appraisals. */
// (国际社会积极评价中美元首旧金山会晤, …高度关注习近平主席抵达旧金山举行…会晤: others' views of it.)
// (【…习近平总书记今年以来治国理政纪实】: a documentary account of the year so far.)
const RETELLING = /(?:引发|引起)[^，。；]{0,12}反响|评论员文章|(?:高度|积极)评价|高度关注|述评|纪实/;

/** Dates that can date an event printed before its verb: a day or a month (`2022年12月，习近平在…上讲话`), not a year. */
function datesEvent(d: ArticleDate): boolean {
  return d.precision !== 'year';
}

/**
 * An event's date: the last date printed in its own sentence before its verb or name (`李强1月5日主持召开`,
 * `12日在北京出席`), else the article's lead date, else the issue date marked `issue` (not printed: the day it ran).
 * An event dated as another (`会前，…调研`) takes that one's.
 */
export function eventDate(
  a: Article,
  event: Pick<EventFact, 'sentenceStart' | 'at' | 'datedAs' | 'namedAgain'>,
): DateAttrs {
  const e = event.datedAs ?? event;
  const own = ownDate(a, e);
  // A span (11日至12日) is dated by its first day and a month (近日) by itself, unless the event is named again on one
  // day of it (12日下午，…出席; 6月19日…到银川市调研).
  const vague = own ? own.last !== undefined || own.first.precision !== 'day' : false;
  // (Within a month, a span printed later gives its first day: 近日…考察。5日至7日，…在江苏考察.)
  const day = vague
    ? [...(event.namedAgain ?? [])]
      .sort((x, y) => x.sentenceStart - y.sentenceStart)
      .map((m) => ownDate(a, m))
      .find((x) => x && (!x.last || !own!.last) && within(x.first, own!))
    : undefined;
  const d = day?.first ?? own?.first ?? leadDate(a, e.sentenceStart);
  if (d) return { date: d.value, datePrecision: d.precision };
  return a.issue?.issueDate ? { date: a.issue.issueDate, datePrecision: 'issue' } : {};
}

/**
 * The lead's date, for an event whose sentence prints none; where the lead tells of a founding years before the issue
 * (1958年4月1日，…自治州正式成立。…2018年4月1日，…迎来60华诞), the first day printed before the event's sentence within
 * a year of the issue, else none.
 */
function leadDate(a: Article, before: number): ArticleDate | undefined {
  const lead = a.dates.find((x) => x.role === 'event');
  const issue = a.issue?.issueDate;
  if (!lead || !issue || !FULL_DAY.test(lead.value) || daysBetween(lead.value, issue) <= YEAR) return lead;
  const recent = (x: ArticleDate) => FULL_DAY.test(x.value) && Math.abs(daysBetween(x.value, issue)) <= YEAR;
  return a.dates.find((x) => x.start < before && x.start > lead.start && recent(x));
}

const YEAR = 366;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** The last date printed in a sentence before `at`, with the span's last day when it opens one (6日至8日). */
function ownDate(
  a: Article,
  e: { sentenceStart: number; at: number },
): { first: ArticleDate; last?: ArticleDate } | undefined {
  let own: { first: ArticleDate; last?: ArticleDate } | undefined;
  for (const d of a.dates) {
    if (d.start < e.sentenceStart || d.start >= e.at || !datesEvent(d)) continue;
    // (12月22日，筠连县2023年12月招商引资项目集中签约仪式…举行: a month that names the event is not when it was.)
    const naming = NAMING_MONTH.test(a.text.slice(d.end, d.end + 1));
    if (own?.first.precision === 'day' && d.precision === 'month' && naming) continue;
    if (own && RANGE_JOINER.test(a.text.slice((own.last ?? own.first).end, d.start))) own.last = d;
    else own = { first: d };
  }
  return own;
}

/** What follows a month inside an event's name (…2023年12月招商引资…): a word of it, not a time or a place's 在. */
const NAMING_MONTH = /^(?![在于初中下上底以至到起])\p{Script=Han}/u;

function within(d: ArticleDate, span: { first: ArticleDate; last?: ArticleDate }): boolean {
  if (!FULL_DAY.test(d.value)) return false;
  if (span.last) return d.value >= span.first.value && d.value <= span.last.value;
  if (span.first.precision !== 'month') return false;
  // 近日 in an issue of early December may be late November (近日在上海考察。11月28日至12月2日，…).
  const recent = RECENT.test(span.first.text) ? [previousMonth(span.first.value)] : [];
  return [span.first.value, ...recent].some((m) => d.value.startsWith(m));
}

/** Words for "lately" that the dates stage reads as the issue's month. */
const RECENT = /^(?:近日|日前|近期|不久前|前不久)$/;

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The full day an article attests titles on: its lead date, else its issue date. */
export function articleDay(a: Article): string | undefined {
  const lead = a.dates.find((d) => d.role === 'event')?.value;
  if (lead && FULL_DAY.test(lead)) return lead;
  return a.issue?.issueDate;
}

/** Countries by their canonical names (not China: a bare post of a Chinese official stays as printed). */
const COUNTRIES: ReadonlySet<string> = new Set([...COUNTRY_OF.values()].filter((c) => c !== NATION));

/**
 * The title a bare post printed after a name stands for (`佐科总统`, `李强总理`): the one of that post the article
 * titles the same person with elsewhere (`印度尼西亚总统佐科`, `国务院总理李强`), if only one; else, for a head of
 * state or government keyed to a country (named bare here, titled there in other articles), that country's.
 * Otherwise as printed.
 */
export function bareTitles(
  holds: readonly HoldsFact[],
  countryOf: (person: string) => string | undefined,
): (h: HoldsFact) => HoldsFact {
  const titled = new Map<string, Map<string, HoldsFact>>();
  for (const h of holds) {
    if (!h.jurisdiction || h.former) continue;
    const key = `${h.person}|${h.post}`;
    const forms = titled.get(key) ?? new Map<string, HoldsFact>();
    titled.set(key, forms.set(`${h.jurisdiction}|${h.organ ?? ''}`, h));
  }
  return (h) => {
    if (h.jurisdiction || h.organ) return h;
    const same = titled.get(`${h.person}|${h.post}`);
    if (same?.size === 1) {
      const [t] = same.values();
      return { ...h, jurisdiction: t!.jurisdiction, ...(t!.organ ? { organ: t!.organ } : {}) };
    }
    const country = same ? undefined : countryOf(h.person);
    return country && COUNTRIES.has(country) && STATE_HEAD_POSTS.has(h.post) ? { ...h, jurisdiction: country } : h;
  };
}

/** One article's graph as it is built: node and edge makers that merge as the whole build does, and its notes. */
class ArticleBuilder {
  readonly graph = emptyGraph();
  readonly notes: ((log: ResolutionLog) => void)[] = [];
  private readonly joined = new Map<string, string | undefined>();

  constructor(
    readonly f: ArticleFacts,
    readonly paper: Paper,
    private readonly namesakes?: Namesakes,
  ) {}

  node(key: string, attrs: NodeAttributes): string {
    if (!this.graph.hasNode(key)) this.graph.addNode(key, attrs);
    return key;
  }

  readonly edge: EdgeFn = (type, source, target, evidence, extra = {}) => {
    const when = PER_DAY.includes(type) && extra.date ? `@${extra.date}` : '';
    const key = `${type}:${source}->${target}${when}`;
    const attrs = { type, evidence: [evidence], ...extra };
    if (!this.graph.hasEdge(key)) this.graph.addEdgeWithKey(key, source, target, attrs);
    else mergeEdgeAttributes(this.graph.getEdgeAttributes(key), attrs);
    return key;
  };

  /** Named bare here, a person titled abroad elsewhere in the build is that one where the article names his country. */
  joinOf(name: string): string | undefined {
    if (!this.joined.has(name)) this.joined.set(name, this.namesakes?.joinOf(name, this.f.article));
    return this.joined.get(name);
  }

  /** The jurisdiction of a title the article gives the person, if any. */
  jurisdictionOf(name: string): string | undefined {
    return this.f.holds.find((h) => h.person === name && h.jurisdiction)?.jurisdiction;
  }

  person(printed: string, titled?: string, reporter = false): string {
    const a = this.f.article;
    const jurisdiction = titled ?? (reporter ? undefined : this.joinOf(printed));
    // A full dotted name titled abroad as its short form is there is that person (弗拉基米尔·普京, 普京).
    const short = jurisdiction && !reporter ? this.namesakes?.shortOf(printed, jurisdiction) : undefined;
    const name = short ?? printed;
    const key = personKey(name, jurisdiction, this.paper);
    this.notes.push((log) => log.person(key, printed, a.id, jurisdiction, this.paper));
    const aliases = short ? [printed] : [];
    return this.node(key, { kind: 'Person', label: name, name, pinyin: personPinyin(name), aliases });
  }

  /** A person where the article gives him a title, keyed by its jurisdiction. */
  titled(name: string): string {
    return this.person(name, this.jurisdictionOf(name));
  }

  target(t: Target): string {
    if (t.kind !== 'Enterprise')
      return this.node(`${t.kind.toLowerCase()}:${t.name}`, { kind: t.kind as NodeKind, label: t.name });
    const key = `enterprise:${enterpriseKey(t.name)}`;
    this.notes.push((log) => log.enterprise(key, t.name, this.f.article.id));
    this.node(key, { kind: 'Enterprise', label: t.name, aliases: [] });
    mergeNodeAttributes(this.graph.getNodeAttributes(key), { kind: 'Enterprise', label: t.name, aliases: [t.name] });
    return key;
  }
}

/** An event of the article as a node, with its date; null where a retelling names it on no day of its own. */
type EventNode = { key: string; dated: DateAttrs } | null;

/** An article's own graph and the resolution notes it makes (replayed into the build's log once it is absorbed). */
export function articleGraph(
  f: ArticleFacts,
  paper: Paper,
  namesakes?: Namesakes,
): { graph: KgGraph; notes: ((log: ResolutionLog) => void)[] } {
  const b = new ArticleBuilder(f, paper, namesakes);
  const articleKey = articleNode(b);
  const events = eventNodes(b, articleKey);
  titlesHeld(b);
  // null: an event left out (retold); an index past the list is a fault of the facts, reported with the article.
  const eventAt = (i: number) => {
    const ev = events[i];
    if (ev === undefined) throw new Error(`graph: fact names event ${i}, of ${events.length}`);
    return ev;
  };
  partsTaken(b, eventAt);
  // The mention layer: everyone and everything the article names, linked to it whether or not a role touches it.
  for (const m of f.mentions) {
    const from = m.kind === 'Person' ? b.titled(m.name) : b.target({ kind: m.kind, name: m.name });
    for (const e of m.evidence) b.edge('MENTIONED_IN', from, articleKey, e);
  }
  for (const m of f.met) {
    const host = b.titled(m.host);
    const guest = b.titled(m.guest);
    const ev = eventAt(m.event);
    if (host !== guest && ev) b.edge('MET', host, guest, m.evidence, { role: m.role, ...ev.dated });
  }
  return { graph: b.graph, notes: b.notes };
}

/** The article's node, and its reporters' bylines. */
function articleNode(b: ArticleBuilder): string {
  const a = b.f.article;
  const articleKey = b.node(`article:${a.id}`, {
    kind: 'Article',
    label: a.headline || a.text.slice(0, 20),
    file: a.file,
    headline: a.headline,
    text: a.text,
    reporters: a.reporters,
    ...(a.issue?.issueDate ? { issueDate: a.issue.issueDate } : {}),
  });
  const byline: Evidence = {
    article: a.id,
    file: a.file,
    sentence: a.headline || a.text.slice(0, 40),
    rawStart: a.rawStart,
    rawEnd: a.rawEnd,
  };
  const role = a.kind === 'photo' ? 'photographer' : 'reporter';
  for (const r of a.reporters) b.edge('WROTE', b.person(r, undefined, true), articleKey, byline, { role });
  return articleKey;
}

/** The article's events, dated, with where they were held and by whom. */
function eventNodes(b: ArticleBuilder, articleKey: string): EventNode[] {
  const a = b.f.article;
  // A reaction piece retells: an event it names on no day of its own was reported on its day (习近平总书记近日在…考察时
  // 的重要讲话引发热烈反响), and is no event of the issue's.
  const retold = RETELLING.test(a.headline);
  return b.f.events.map((e) => {
    const dated = eventDate(a, e);
    if (retold && dated.datePrecision !== 'day') return null;
    const names = {
      label: e.label,
      ...(e.printed !== e.label ? { printed: e.printed } : {}),
      ...(e.series ? { series: e.series } : {}),
    };
    const k = b.node(`event:${a.id}#${e.local + 1}`, { kind: 'Event', ...names, eventKind: e.eventKind, ...dated });
    b.edge('REPORTED_IN', k, articleKey, e.evidence);
    for (const t of e.places) b.edge('AT', k, b.target(t), e.evidence);
    for (const o of e.heldBy) b.edge('HELD_BY', k, b.target({ kind: 'Organization', name: o }), e.evidence);
    return { key: k, dated };
  });
}

/** The titles people hold, each a node keyed by its jurisdiction and normalised post, held over the article's day. */
function titlesHeld(b: ArticleBuilder): void {
  const day = articleDay(b.f.article);
  const whose = bareTitles(b.f.holds, (name) => b.jurisdictionOf(name) ?? b.joinOf(name));
  for (const printed of b.f.holds) {
    const h = whose(printed);
    const { normalised, label } = titleForms(h.post, h.organ, h.jurisdiction, b.paper.jurisdiction);
    const attrs: NodeAttributes = {
      kind: 'Title',
      label,
      post: normalised,
      ...(h.jurisdiction ? { jurisdiction: h.jurisdiction } : {}),
    };
    const t = b.node(`title:${h.jurisdiction ?? '?'}|${normalised}`, attrs);
    // 时任…: held before the article's day, not on it; the spell is not widened to it.
    const spell = day && !h.former ? { firstSeen: day, lastSeen: day } : {};
    // A post printed after a name (卡斯特罗总统) names no country: its holder is the one the article titles elsewhere.
    const holder = b.person(h.person, printed.jurisdiction ?? b.jurisdictionOf(h.person));
    b.edge('HOLDS', holder, t, h.evidence, spell);
  }
}

/** Who took part in each event (CHAIRED, LED, ATTENDED, ADDRESSED) and the places and bodies a visit went to. */
function partsTaken(b: ArticleBuilder, eventAt: (i: number) => EventNode): void {
  for (const r of b.f.roles) {
    const ev = eventAt(r.event);
    if (ev) roleEdge(b.graph, b.edge, r, b.titled(r.person), ev.key, ev.dated);
  }
  for (const v of b.f.visits) {
    const ev = eventAt(v.event);
    if (ev) b.edge('VISITED', b.titled(v.person), b.target(v.target), v.evidence, ev.dated);
  }
}

type EdgeFn = (
  type: RelType,
  source: string,
  target: string,
  evidence: Evidence,
  extra?: Partial<EdgeAttributes>,
) => string;

/** A role edge, merged with the person's other role at the same event: the stronger type stands with both evidences. */
function roleEdge(graph: KgGraph, edge: EdgeFn, r: RoleFact, who: string, ev: string, dated: DateAttrs): void {
  const extra: Partial<EdgeAttributes> = { role: r.role, ...(r.rank !== undefined ? { rank: r.rank } : {}), ...dated };
  const strength = ROLE_STRENGTH[r.rel];
  const other =
    strength === undefined
      ? undefined
      : (Object.keys(ROLE_STRENGTH) as RoleFact['rel'][]).find(
          (t) => t !== r.rel && graph.hasEdge(`${t}:${who}->${ev}`),
        );
  if (!other) {
    edge(r.rel, who, ev, r.evidence, extra);
    return;
  }
  const otherKey = `${other}:${who}->${ev}`;
  if (ROLE_STRENGTH[other]! > strength!) {
    mergeEdgeAttributes(graph.getEdgeAttributes(otherKey), { type: other, evidence: [r.evidence] });
    return;
  }
  const weaker = graph.getEdgeAttributes(otherKey);
  graph.dropEdge(otherKey);
  const key = edge(r.rel, who, ev, r.evidence, extra);
  mergeEdgeAttributes(graph.getEdgeAttributes(key), { type: r.rel, evidence: weaker.evidence });
}

/** Union of two edges' attributes into `into`: evidence once per article and sentence, best rank, widest spell. */
function mergeEdgeAttributes(into: EdgeAttributes, from: EdgeAttributes): void {
  const seen = new Set(into.evidence.map(evidenceKey));
  for (const e of from.evidence) if (!seen.has(evidenceKey(e))) into.evidence.push(e);
  if (from.rank !== undefined && (into.rank === undefined || from.rank < into.rank)) into.rank = from.rank;
  if (from.firstSeen && (!into.firstSeen || from.firstSeen < into.firstSeen)) into.firstSeen = from.firstSeen;
  if (from.lastSeen && (!into.lastSeen || from.lastSeen > into.lastSeen)) into.lastSeen = from.lastSeen;
}

/**
 * An enterprise node takes the fullest printed form as its label and keeps every form as an alias; a person node keeps
 * the full names joined to it (`Namesakes.shortOf`) as aliases.
 */
function mergeNodeAttributes(into: NodeAttributes, from: NodeAttributes): void {
  if (into.kind !== 'Enterprise' && into.kind !== 'Person') return;
  if (into.kind === 'Enterprise' && from.label.length > into.label.length) into.label = from.label;
  for (const alias of from.aliases ?? []) if (!into.aliases!.includes(alias)) into.aliases!.push(alias);
}

/** Add one article's graph to the build's: new nodes and edges copied, known ones merged. */
export function absorb(graph: KgGraph, one: KgGraph): void {
  one.forEachNode((key, attrs) => {
    if (!graph.hasNode(key))
      graph.addNode(key, { ...attrs, ...(attrs.aliases ? { aliases: [...attrs.aliases] } : {}) });
    else mergeNodeAttributes(graph.getNodeAttributes(key), attrs);
  });
  one.forEachEdge((key, attrs, source, target) => {
    if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, source, target, { ...attrs, evidence: [...attrs.evidence] });
    else mergeEdgeAttributes(graph.getEdgeAttributes(key), attrs);
  });
}
