// What the side panel says about a person or a relationship, computed from the graph (no DOM here).
import type { EdgeAttributes, Evidence, KgGraph, RelType } from '../../../../graph/model/types.ts';

/** A date as a reader should see it, saying what is unknown instead of guessing. */
export function dateLabel(date: string | undefined, precision?: string): string {
  if (!date) return '日期不详 date unknown';
  let m = /^--(\d{2})-(\d{2})$/.exec(date);
  if (m) return `${Number(m[1])}月${Number(m[2])}日 (year unknown)`;
  m = /^---(\d{2})$/.exec(date);
  if (m) return `${Number(m[1])}日 (month unknown)`;
  m = /^--(\d{2})$/.exec(date);
  if (m) return `${Number(m[1])}月 (year unknown)`;
  return precision && precision !== 'day' && precision !== 'month' ? `${date} (${precision})` : date;
}

/** Sort key: dates with a known year first, in order; then the partial ones; then undated. */
export const dateOrder = (date: string | undefined) => (!date ? '2' : /^\d{4}/.test(date) ? `0${date}` : `1${date}`);

export interface Spell {
  edge: string;
  title: string;
  jurisdiction?: string;
  firstSeen?: string;
  lastSeen?: string;
  mentions: number;
}

export function careerOf(graph: KgGraph, person: string): Spell[] {
  return graph
    .outEdges(person)
    .filter((e) => graph.getEdgeAttributes(e).type === 'HOLDS')
    .map((e) => {
      const a = graph.getEdgeAttributes(e);
      const t = graph.getNodeAttributes(graph.target(e));
      return { edge: e, title: t.label, ...(t.jurisdiction ? { jurisdiction: t.jurisdiction } : {}), ...(a.firstSeen ? { firstSeen: a.firstSeen } : {}), ...(a.lastSeen ? { lastSeen: a.lastSeen } : {}), mentions: a.mentions ?? a.evidence.length };
    })
    .sort((x, y) => (dateOrder(x.firstSeen) < dateOrder(y.firstSeen) ? -1 : dateOrder(x.firstSeen) > dateOrder(y.firstSeen) ? 1 : x.title < y.title ? -1 : 1));
}

export interface Involvement {
  edge: string;
  type: RelType;
  target: string;
  label: string;
  date?: string;
  precision?: string;
  role?: string;
}

const ROLE_TYPES: ReadonlySet<string> = new Set(['CHAIRED', 'LED', 'ATTENDED', 'ADDRESSED', 'MET', 'VISITED']);

/** The events a person chaired, led, attended or addressed, the people they met and the places they visited, by date. */
export function involvementsOf(graph: KgGraph, person: string): Involvement[] {
  return graph
    .outEdges(person)
    .map((e) => [e, graph.getEdgeAttributes(e)] as const)
    .filter(([, a]) => ROLE_TYPES.has(a.type))
    .map(([e, a]) => {
      const target = graph.target(e);
      const t = graph.getNodeAttributes(target);
      const date = a.date ?? t.date;
      const precision = a.datePrecision ?? t.datePrecision;
      return { edge: e, type: a.type as RelType, target, label: t.label, ...(date ? { date } : {}), ...(precision ? { precision } : {}), ...(a.role ? { role: a.role } : {}) };
    })
    .sort((x, y) => (dateOrder(x.date) < dateOrder(y.date) ? -1 : dateOrder(x.date) > dateOrder(y.date) ? 1 : x.label < y.label ? -1 : 1));
}

/** People who chaired, led, attended or addressed the same events, with how many they shared. */
export function coAttendeesOf(graph: KgGraph, person: string): { person: string; label: string; shared: number }[] {
  const counts = new Map<string, number>();
  const isRole = (a: EdgeAttributes) => a.type === 'CHAIRED' || a.type === 'LED' || a.type === 'ATTENDED' || a.type === 'ADDRESSED';
  graph.forEachOutEdge(person, (_e, a, _s, event) => {
    if (!isRole(a)) return;
    const seen = new Set<string>();
    graph.forEachInEdge(event, (_e2, b, other) => {
      if (other !== person && isRole(b) && !seen.has(other)) seen.add(other), counts.set(other, (counts.get(other) ?? 0) + 1);
    });
  });
  return [...counts]
    .map(([p, shared]) => ({ person: p, label: graph.getNodeAttributes(p).label, shared }))
    .sort((a, b) => b.shared - a.shared || (a.label < b.label ? -1 : 1));
}

/** The sentence's place in the article text (first occurrence), for highlighting; undefined if the text lacks it. */
export function sentenceSpan(text: string, e: Evidence): [number, number] | undefined {
  const at = text.indexOf(e.sentence);
  return at >= 0 ? [at, at + e.sentence.length] : undefined;
}

/** An edge's evidence heading count: "3", or "first 20 of 5,297" where the store keeps a sample of what it counted. */
export function evidenceCount(shown: number, mentions: number | undefined): string {
  return mentions !== undefined && mentions > shown ? `first ${shown} of ${mentions.toLocaleString('en')}` : String(shown);
}
