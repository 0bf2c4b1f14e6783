// What the synthetic corpus planted, and extraction recall (and precision where it is defined) of a graph against it.
import type { KgGraph } from '../../graph/model/types.ts';

export interface ArticleTruth {
  /** The event's day, ISO. */
  date: string;
  reporters?: string[];
  /** Every official, chairman or other person the graph should hold (a title or a role), with the titles printed
   * before the name (as printed: `市委常委`, `金华市副市长`). */
  people: { name: string; titles: string[] }[];
  /** People only mentioned (representatives visited, award winners): in the text, with no relationship to hold. */
  mentioned?: string[];
  roles: { rel: 'CHAIRED' | 'LED' | 'ATTENDED'; person: string }[];
  visits: { person: string; target: string; kind: 'Enterprise' | 'Organization' }[];
  enterprises: string[];
}

export interface PageTruth {
  file: string;
  issueDate: string;
  articles: ArticleTruth[];
}

export interface Score {
  planted: number;
  found: number;
  recall: number;
}

export interface Scores {
  people: Score;
  titles: Score;
  enterprises: Score;
  CHAIRED: Score;
  LED: Score;
  ATTENDED: Score;
  VISITED: Score;
  /** Share of the graph's person names that were planted (the rest are false persons or filler's names). */
  peoplePrecision: number;
}

const score = (planted: Set<string>, found: (k: string) => boolean): Score => {
  let n = 0;
  for (const k of planted) if (found(k)) n++;
  return { planted: planted.size, found: n, recall: planted.size ? n / planted.size : 1 };
};

/**
 * A title node's label against a title as printed: equal, or the paper's own county spelled out (永康市委书记), or a
 * level or a bureau said once (古山镇长 for 古山镇镇长, 市教育局长 for 市教育局局长).
 */
export function sameTitle(label: string, printed: string, paper = '永康市'): boolean {
  const squash = (s: string) => s.replace(/([镇乡县区市局])\1/g, '$1');
  const [l, p] = [squash(label), squash(printed)];
  return l === p || l === paper + p.replace(/^市/, '') || l.replace(new RegExp(`^${paper}`), '市') === p;
}

/**
 * Score a graph against the truth. People: each planted name has a Person node. Titles: each planted (person, title)
 * has a HOLDS edge to a matching Title. Enterprises: each planted name is an Enterprise's label or alias. Roles: each
 * planted (page, relation, person) has that relation from the person to an event whose evidence is on that page.
 * Visits: each planted (page, person, target) has a VISITED edge from the person to a node named so, with evidence on
 * that page.
 */
export function scoreGraph(graph: KgGraph, pages: Iterable<PageTruth>): Scores {
  const personByName = new Map<string, string[]>();
  const enterpriseNames = new Set<string>();
  // The truth knows the people it gave a role, a title or a byline; a name only mentioned (the mention layer) it
  // cannot judge, so precision counts the people with such an edge.
  const judged = (key: string) => graph.someOutEdge(key, (_e, a) => a.type !== 'MENTIONED_IN');
  graph.forEachNode((key, a) => {
    if (a.kind === 'Person' && judged(key)) personByName.set(a.label, [...(personByName.get(a.label) ?? []), key]);
    if (a.kind === 'Enterprise') for (const n of [a.label, ...(a.aliases ?? [])]) enterpriseNames.add(n);
  });
  // (relation, person name, file) and (person name, target name, file) and (person name, title label) present in the graph.
  const roles = new Set<string>();
  const visits = new Set<string>();
  const titles = new Map<string, string[]>();
  graph.forEachEdge((_k, e, s, t, sa, ta) => {
    if (sa.kind !== 'Person') return;
    if (e.type === 'HOLDS') titles.set(sa.label, [...(titles.get(sa.label) ?? []), ta.label]);
    for (const ev of e.evidence) {
      if (e.type === 'CHAIRED' || e.type === 'LED' || e.type === 'ATTENDED') roles.add(`${e.type}|${sa.label}|${ev.file}`);
      if (e.type === 'VISITED') for (const n of [ta.label, ...(ta.aliases ?? [])]) visits.add(`${sa.label}|${n}|${ev.file}`);
    }
  });
  const planted = { people: new Set<string>(), titles: new Set<string>(), enterprises: new Set<string>(), CHAIRED: new Set<string>(), LED: new Set<string>(), ATTENDED: new Set<string>(), VISITED: new Set<string>() };
  for (const page of pages) {
    for (const a of page.articles) {
      for (const r of a.reporters ?? []) planted.people.add(r);
      for (const p of a.people) {
        planted.people.add(p.name);
        for (const t of p.titles) planted.titles.add(`${p.name}|${t}`);
      }
      for (const e of a.enterprises) planted.enterprises.add(e);
      for (const r of a.roles) planted[r.rel].add(`${r.rel}|${r.person}|${page.file}`);
      for (const v of a.visits) planted.VISITED.add(`${v.person}|${v.target}|${page.file}`);
    }
  }
  const names = [...personByName.keys()];
  return {
    people: score(planted.people, (n) => personByName.has(n)),
    titles: score(planted.titles, (k) => {
      const [name, title] = k.split('|') as [string, string];
      return (titles.get(name) ?? []).some((label) => sameTitle(label, title));
    }),
    enterprises: score(planted.enterprises, (n) => enterpriseNames.has(n)),
    CHAIRED: score(planted.CHAIRED, (k) => roles.has(k)),
    LED: score(planted.LED, (k) => roles.has(k)),
    ATTENDED: score(planted.ATTENDED, (k) => roles.has(k)),
    VISITED: score(planted.VISITED, (k) => visits.has(k)),
    peoplePrecision: names.length ? names.filter((n) => planted.people.has(n)).length / names.length : 1,
  };
}
