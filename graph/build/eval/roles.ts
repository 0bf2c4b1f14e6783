// Role edges scored against hand-annotated news items: recall, recall with the right date, and the wrong edges found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPage } from '../../../ingest/page.ts';
import { issueFor, parseManifest } from '../../../ingest/manifest/index.ts';
import { buildGraph, type KgGraph } from '../index.ts';

export interface GoldEdge {
  rel: 'CHAIRED' | 'LED' | 'ATTENDED' | 'ADDRESSED' | 'MET';
  person: string;
  /** MET: the guest. */
  other?: string;
  /** Role edges: a word the event's name contains, or `talks` for the talks event. */
  event?: string;
  date: string;
  /** A reading the text allows but does not state: not counted as gold, and not wrong when found. */
  optional?: boolean;
}

export interface GoldItem {
  file: string;
  /** The day file's items counted from 0, two blank lines apart. */
  item: number;
  headline: string;
  edges: GoldEdge[];
}

export interface Found {
  rel: string;
  person: string;
  target: string;
  /** The event's label, printed name and kind, or the guest's name. */
  names: string;
  date?: string;
  sentence: string;
}

export interface RoleScore {
  items: number;
  gold: number;
  found: number;
  dated: number;
  wrong: Found[];
  missed: (GoldEdge & { file: string })[];
  /** Found with another date than the gold's. */
  misdated: (GoldEdge & { file: string; found?: string })[];
  byRel: Record<string, { gold: number; found: number }>;
}

const RELS = new Set(['CHAIRED', 'LED', 'ATTENDED', 'ADDRESSED', 'MET']);

/** The raw span of a day file's n-th item (items apart by two or more blank lines). */
function itemSpan(raw: string, n: number): [number, number] | undefined {
  const spans = [...raw.matchAll(/[^\n][\s\S]*?(?=\n\n\n+|\n*$)/g)].map(
    (m) => [m.index, m.index + m[0].length] as [number, number],
  );
  return spans[n];
}

function edgesOf(graph: KgGraph): Found[] {
  return graph
    .filterEdges((_k, a) => RELS.has(a.type))
    .map((k) => {
      const a = graph.getEdgeAttributes(k);
      const t = graph.getNodeAttributes(graph.target(k));
      const names =
        t.kind === 'Event' ? `${t.label} ${t.printed ?? ''} ${t.eventKind === 'talks' ? 'talks' : ''}` : t.label;
      return {
        rel: a.type,
        person: graph.getNodeAttributes(graph.source(k)).label,
        target: t.label,
        names,
        ...(a.date ? { date: a.date } : {}),
        sentence: a.evidence[0]?.sentence ?? '',
      };
    });
}

/** A meeting's word names no talks whose label holds it (会见全国公安工作会议代表 is no 公安工作会议). */
const namesTalks = (g: GoldEdge, f: Found): boolean => f.names.endsWith(' talks') && !/^(?:会见|会谈|同|与)/.test(g.event!);

export const matches = (g: GoldEdge, f: Found): boolean =>
  g.rel === f.rel &&
  g.person === f.person &&
  (g.rel === 'MET'
    ? f.target === g.other
    : g.event === 'talks'
      ? f.names.endsWith(' talks')
      : !namesTalks(g, f) && f.names.split(' ').some((n) => n === g.event || n.includes(g.event!)));

/**
 * The gold names its item by headline as well as by number: a number miscounted would score the edges against another
 * item. The headline may be shortened (`…`), so its opening words must open the item.
 */
export function checkHeadline(item: GoldItem, text: string): void {
  const opening = item.headline.split('…')[0]!.trim().slice(0, 8);
  if (!text.startsWith(opening)) {
    throw new Error(`roles: ${item.file} item ${item.item} does not open with its gold headline "${item.headline}"`);
  }
}

/** Score kg's graph of each gold item (read from `corpus`, dated by its manifest) against the item's edges. */
export function scoreRoles(items: readonly GoldItem[], corpus: string): RoleScore {
  const manifestPath = join(corpus, 'manifest.json');
  const manifest = parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath).output;
  const score: RoleScore = {
    items: items.length,
    gold: 0,
    found: 0,
    dated: 0,
    wrong: [],
    missed: [],
    misdated: [],
    byRel: {},
  };
  for (const item of items) {
    const raw = readFileSync(join(corpus, item.file), 'utf8');
    const [start, end] = itemSpan(raw, item.item) ?? [0, 0];
    checkHeadline(item, raw.slice(start, end));
    const issue = issueFor(manifest, item.file);
    const articles = ingestPage(
      { file: item.file, bytes: new TextEncoder().encode(raw) },
      issue ? { issue } : {},
    ).output;
    const found = edgesOf(buildGraph(articles.filter((a) => a.rawStart >= start && a.rawEnd <= end)).graph);
    const used = new Set<Found>();
    // An edge of the right day first, so that one event's words held in another's label (峰会 in 峰会欢迎晚宴) take
    // the edge they name, not the first that holds them.
    const pick = (g: GoldEdge) =>
      found.find((x) => !used.has(x) && matches(g, x) && x.date === g.date) ??
      found.find((x) => !used.has(x) && matches(g, x));
    for (const g of item.edges.filter((e) => !e.optional)) {
      const rel = (score.byRel[g.rel] ??= { gold: 0, found: 0 });
      score.gold++;
      rel.gold++;
      const f = pick(g);
      if (!f) {
        score.missed.push({ ...g, file: item.file });
        continue;
      }
      used.add(f);
      score.found++;
      rel.found++;
      if (f.date === g.date) score.dated++;
      else score.misdated.push({ ...g, file: item.file, ...(f.date ? { found: f.date } : {}) });
    }
    for (const g of item.edges.filter((e) => e.optional)) {
      const f = pick(g);
      if (f) used.add(f);
    }
    score.wrong.push(...found.filter((f) => !used.has(f)));
  }
  return score;
}

/** The score as the eval prints it: one table row, then what was missed and what was wrong. */
export function rolesTable(s: RoleScore, title: string): string {
  const r = (n: number) => (s.gold ? (n / s.gold).toFixed(3) : '-');
  const rels = Object.entries(s.byRel)
    .map(([k, v]) => `${k} ${v.found}/${v.gold}`)
    .join(', ');
  return [
    title,
    '',
    '| items | gold edges | found | recall | with the right date | wrong edges |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${s.items} | ${s.gold} | ${s.found} | ${r(s.found)} | ${r(s.dated)} | ${s.wrong.length} |`,
    '',
    `By relation: ${rels}`,
    ...s.missed.map((m) => `missed: ${m.file} ${m.rel} ${m.person} → ${m.other ?? m.event} (${m.date})`),
    ...s.misdated.map(
      (m) => `misdated: ${m.file} ${m.rel} ${m.person} → ${m.other ?? m.event}: ${m.found ?? 'undated'}, not ${m.date}`,
    ),
    ...s.wrong.map(
      (w) => `wrong: ${w.rel} ${w.person} → ${w.target} (${w.date ?? 'undated'}) 「${w.sentence.slice(0, 60)}」`,
    ),
  ].join('\n');
}
