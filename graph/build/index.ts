// Build stage: ingested articles → mentions → facts → one resolved graphology graph, plus the merge log.
import { DirectedGraph } from 'graphology';
import type { Article } from '../../ingest/types.ts';
import { extract, type Mention } from '../../ingest/extract/index.ts';
import { tag } from '../../ingest/extract/jieba.ts';
import { LEVELS } from '../../ingest/extract/lexicon/titles.ts';
import { evidenceOrder, type EdgeAttributes, type Evidence, type MergeRecord, type NodeAttributes, type NodeKind, type RelType } from '../model/types.ts';
import { articleFacts, type ArticleFacts, type Target } from './facts.ts';
import { enterpriseKey, personKey, personPinyin, ResolutionLog } from './resolve.ts';

export type { KgGraph } from '../model/types.ts';
import type { KgGraph } from '../model/types.ts';

export interface BuildOptions {
  /** The paper's jurisdiction and those above it, innermost first: where one official's career can run. */
  chain?: string[];
}

export const DEFAULT_CHAIN = ['永康市', '金华市', '浙江省'];

export interface BuildResult {
  graph: KgGraph;
  mergeLog: MergeRecord[];
  facts: ArticleFacts[];
}

/** A Title node's post without a named jurisdiction (金华市委常委 → 市委常委), and its display label. */
export function titleForms(post: string, organ: string | undefined, jurisdiction: string | undefined, paper: string) {
  const last = jurisdiction?.at(-1) ?? '';
  const level = (LEVELS as readonly string[]).includes(last) ? last : '';
  const normalised = (organ && level ? level : '') + (organ ?? '') + post;
  const label =
    !jurisdiction || jurisdiction === paper
      ? normalised
      : normalised.startsWith(level) && level
        ? jurisdiction + normalised.slice(1)
        : jurisdiction + normalised;
  return { normalised, label };
}

/** The whole pipeline over articles in memory: facts page by page, then one graph (`kg build` streams the same steps). */
export function buildGraph(articles: readonly Article[], options: BuildOptions = {}): BuildResult {
  const pages = new Map<string, Article[]>();
  for (const a of articles) {
    const page = pages.get(a.file);
    if (page) page.push(a);
    else pages.set(a.file, [a]);
  }
  const byArticle = new Map<Article, ArticleFacts>();
  for (const page of pages.values()) pageFacts(page, options).forEach((f) => byArticle.set(f.article, f));
  const facts = articles.map((a) => byArticle.get(a)!);
  return { ...graphOf(facts, options), facts };
}

/**
 * Facts of one page's articles: mentions, the page's enterprises recognised again where it prints their short form,
 * then events, titles, roles and visits. Depends on nothing outside the page, so pages can go to worker threads.
 */
export function pageFacts(articles: readonly Article[], options: BuildOptions = {}): ArticleFacts[] {
  const paper = (options.chain ?? DEFAULT_CHAIN)[0]!;
  const mentions = propagateEnterprises(articles, articles.map((a) => extract(a.text, { jurisdiction: a.issue?.jurisdiction ?? paper }).output));
  return articles.map((a, i) => articleFacts(a, mentions[i]!));
}

/**
 * The graph of some articles' facts, and its resolution log. Each edge carries all its evidence in evidence order and
 * counts it in `mentions`; a store keeps the first EVIDENCE_SAMPLE sentences of it. Every key and value is decided within one article (or
 * is a union, a minimum or a maximum), so the graphs of several batches upserted one after another into a store equal
 * the graph of one batch of them all.
 */
export function graphOf(facts: readonly ArticleFacts[], options: BuildOptions = {}): { graph: KgGraph; mergeLog: MergeRecord[] } {
  const chain = options.chain ?? DEFAULT_CHAIN;
  const paper = chain[0]!;
  const log = new ResolutionLog(chain);
  const graph: KgGraph = new DirectedGraph({ allowSelfLoops: false });

  const node = (key: string, attrs: NodeAttributes): string => {
    if (!graph.hasNode(key)) graph.addNode(key, attrs);
    return key;
  };
  const edge = (type: RelType, source: string, target: string, evidence: Evidence, extra: Partial<EdgeAttributes> = {}) => {
    const key = `${type}:${source}->${target}`;
    if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, source, target, { type, evidence: [evidence], ...extra });
    else {
      const a = graph.getEdgeAttributes(key);
      if (!a.evidence.some((e) => e.article === evidence.article && e.sentence === evidence.sentence)) a.evidence.push(evidence);
      if (extra.rank !== undefined && (a.rank === undefined || extra.rank < a.rank)) a.rank = extra.rank;
    }
    return key;
  };
  const personNode = (name: string, article: string, jurisdiction?: string) => {
    const key = personKey(name, jurisdiction, chain);
    log.person(key, name, article, jurisdiction);
    return graph.hasNode(key) ? key : node(key, { kind: 'Person', label: name, name, pinyin: personPinyin(name), aliases: [] });
  };
  const targetNode = (t: Target, article: string): string => {
    if (t.kind === 'Enterprise') {
      const key = `enterprise:${enterpriseKey(t.name)}`;
      log.enterprise(key, t.name, article);
      const k = node(key, { kind: 'Enterprise', label: t.name, aliases: [] });
      const a = graph.getNodeAttributes(k);
      if (t.name.length > a.label.length) a.label = t.name; // the fullest form names the node
      if (!a.aliases!.includes(t.name)) a.aliases!.push(t.name);
      return k;
    }
    const kind: NodeKind = t.kind;
    return node(`${kind.toLowerCase()}:${t.name}`, { kind, label: t.name });
  };

  for (const f of facts) {
    const a = f.article;
    const date = a.dates.find((d) => d.role === 'event');
    const articleKey = node(`article:${a.id}`, {
      kind: 'Article',
      label: a.headline || a.text.slice(0, 20),
      file: a.file,
      headline: a.headline,
      text: a.text,
      reporters: a.reporters,
      ...(a.issue?.issueDate ? { issueDate: a.issue.issueDate } : {}),
    });
    const articleEvidence: Evidence = { article: a.id, file: a.file, sentence: a.headline || a.text.slice(0, 40), rawStart: a.rawStart, rawEnd: a.rawEnd };
    for (const r of a.reporters) edge('WROTE', personNode(r, a.id), articleKey, articleEvidence, { role: a.kind === 'photo' ? 'photographer' : 'reporter' });

    const dateAttrs = date ? { date: date.value, datePrecision: date.precision } : {};
    const eventKeys = f.events.map((e) => {
      const k = node(`event:${a.id}#${e.local + 1}`, { kind: 'Event', label: e.name, eventKind: e.eventKind, ...dateAttrs });
      edge('REPORTED_IN', k, articleKey, e.evidence);
      for (const t of e.at) edge('AT', k, targetNode(t, a.id), e.evidence);
      for (const o of e.heldBy) edge('HELD_BY', k, targetNode({ kind: 'Organization', name: o }, a.id), e.evidence);
      return k;
    });
    for (const h of f.holds) {
      const { normalised, label } = titleForms(h.post, h.organ, h.jurisdiction, paper);
      const t = node(`title:${h.jurisdiction ?? '?'}|${normalised}`, { kind: 'Title', label, post: normalised, ...(h.jurisdiction ? { jurisdiction: h.jurisdiction } : {}) });
      const k = edge('HOLDS', personNode(h.person, a.id, h.jurisdiction), t, h.evidence);
      const e = graph.getEdgeAttributes(k);
      if (date && /^\d{4}/.test(date.value)) {
        if (!e.firstSeen || date.value < e.firstSeen) e.firstSeen = date.value;
        if (!e.lastSeen || date.value > e.lastSeen) e.lastSeen = date.value;
      }
    }
    for (const r of f.roles) {
      const jur = f.holds.find((h) => h.person === r.person && h.jurisdiction)?.jurisdiction;
      edge(r.rel, personNode(r.person, a.id, jur), eventKeys[r.event]!, r.evidence, { role: r.role, ...(r.rank !== undefined ? { rank: r.rank } : {}), ...dateAttrs });
    }
    for (const v of f.visits) {
      const jur = f.holds.find((h) => h.person === v.person && h.jurisdiction)?.jurisdiction;
      edge('VISITED', personNode(v.person, a.id, jur), targetNode(v.target, a.id), v.evidence, dateAttrs);
    }
  }
  spans(graph);
  graph.forEachEdge((_k, e) => {
    e.evidence.sort(evidenceOrder);
    e.mentions = e.evidence.length;
  });
  return { graph, mergeLog: log.records() };
}

/**
 * An enterprise the page names in full (超虎公司) is the same enterprise where the page prints its short form (超虎):
 * those occurrences become enterprise mentions too, unless they sit inside another mention or the short form is a
 * common word to jieba (四方, 新多). News style names an enterprise in full before shortening it, so the page is enough;
 * a short form whose full name stands only on another page is not recognised (kept local, pages build in parallel).
 */
function propagateEnterprises(articles: readonly Article[], all: Mention[][]): Mention[][] {
  const cores = new Set<string>();
  for (const ms of all) {
    for (const m of ms) {
      if (m.kind !== 'enterprise') continue;
      const core = enterpriseKey(m.text);
      if (core !== m.text && core.length >= 2 && tag(core).every((t) => /^(?:x|nz|nr|nrt|ns)$/.test(t.tag))) cores.add(core);
    }
  }
  if (cores.size === 0) return all;
  return all.map((ms, i) => {
    const text = articles[i]!.text;
    let kept = ms;
    const added: Mention[] = [];
    for (const core of cores) {
      for (let at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) {
        const end = at + core.length;
        const overlaps = (m: Mention) => m.start < end && at < m.end;
        // A rule's mention stands; the statistical tagger's guess gives way to a name the corpus prints in full.
        if (added.some(overlaps) || kept.some((m) => overlaps(m) && m.rule !== 'tagger')) continue;
        kept = kept.filter((m) => !overlaps(m));
        added.push({ text: core, kind: 'enterprise', start: at, end, rule: 'enterprise-short-form' });
      }
    }
    return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : ms;
  });
}

/** Each node's first and last full date, from the dated edges that touch it (for the time slider and GEXF spells). */
function spans(graph: KgGraph): void {
  graph.forEachNode((key, attrs) => {
    const days: string[] = [];
    if (attrs.date && /^\d{4}-\d{2}-\d{2}$/.test(attrs.date)) days.push(attrs.date);
    graph.forEachEdge(key, (_, e) => {
      for (const d of [e.date, e.firstSeen, e.lastSeen]) if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) days.push(d);
    });
    if (days.length === 0) return;
    days.sort();
    attrs.firstSeen = days[0]!;
    attrs.lastSeen = days.at(-1)!;
  });
}
