// Build stage: ingested articles → mentions → facts → one resolved graphology graph, plus the merge log.
import type { Article, Message } from '../../ingest/types.ts';
import { extract, type Mention } from '../../ingest/extract/index.ts';
import { tag } from '../../ingest/extract/jieba.ts';
import { evidenceOrder, type MergeRecord } from '../model/types.ts';
import { articleFacts, type ArticleFacts } from './facts/index.ts';
import { absorb, articleGraph } from './article.ts';
import { paperOf } from './jurisdiction.ts';
import { emptyGraph } from '../model/graph.ts';
import { enterpriseKey, ResolutionLog } from './resolve.ts';
import { Namesakes } from './namesakes.ts';

export type { KgGraph } from '../model/types.ts';
export { emptyGraph } from '../model/graph.ts';
export { titleForms } from './article.ts';
import type { KgGraph } from '../model/types.ts';

export interface BuildResult {
  graph: KgGraph;
  mergeLog: MergeRecord[];
  facts: ArticleFacts[];
  /** Articles that failed (file, article, offset), each left out while the rest is built. */
  messages: Message[];
}

/** The whole pipeline over articles in memory: facts page by page, then one graph (`kg build` streams the same). */
export function buildGraph(articles: readonly Article[]): BuildResult {
  const pages = new Map<string, Article[]>();
  for (const a of articles) {
    const page = pages.get(a.file);
    if (page) page.push(a);
    else pages.set(a.file, [a]);
  }
  const messages: Message[] = [];
  const byArticle = new Map<Article, ArticleFacts>();
  for (const page of pages.values()) {
    const r = pageFacts(page);
    messages.push(...r.messages);
    r.facts.forEach((f) => byArticle.set(f.article, f));
  }
  const facts = articles.flatMap((a) => byArticle.get(a) ?? []);
  const built = graphOf(facts);
  return { graph: built.graph, mergeLog: built.mergeLog, facts, messages: [...messages, ...built.messages] };
}

/** A failure of kg's own on one article, reported with file, article and offset (the article is left out). */
export function articleFailure(stage: string, a: Pick<Article, 'id' | 'file' | 'rawStart'>, e: unknown): Message {
  const why = e instanceof Error ? e.message : String(e);
  return {
    level: 'error',
    code: `${stage}.failed`,
    file: a.file,
    offset: a.rawStart,
    text: `${a.file}: article ${a.id} (offset ${a.rawStart}): ${stage} failed (${why}); left out, please report it`,
  };
}

/** The mentions a graph is built from, in one article. */
export function articleMentions(a: Article): Mention[] {
  const options = a.issue?.jurisdiction ? { jurisdiction: a.issue.jurisdiction } : {};
  return graphMentions(extract(a.text, options).output);
}

/**
 * Of what extraction found, what a graph holds: a surname standing alone (李大娘) names nobody it can hold, unless
 * the text named him in full (黄仁跃…黄老); a short form is named by its full name; the leader a doctrine is named
 * after (习近平新时代…思想) is no one acting.
 */
export function graphMentions(output: readonly Mention[]): Mention[] {
  return output
    .filter((m) => (!m.surnameOnly || m.fullName) && !m.doctrine)
    .map((m) => (m.fullName ? { ...m, text: m.fullName } : m));
}

export function pageFacts(articles: readonly Article[]): { facts: ArticleFacts[]; messages: Message[] } {
  const messages: Message[] = [];
  const ok: Article[] = [];
  const found: Mention[][] = [];
  for (const a of articles) {
    try {
      found.push(articleMentions(a));
      ok.push(a);
    } catch (e) {
      messages.push(articleFailure('extract', a, e));
    }
  }
  const mentions = propagateEnterprises(ok, found);
  const facts: ArticleFacts[] = [];
  ok.forEach((a, i) => {
    try {
      facts.push(articleFacts(a, mentions[i]!));
    } catch (e) {
      messages.push(articleFailure('facts', a, e));
    }
  });
  return { facts, messages };
}

/**
 * The graph of some articles' facts, and its resolution log. Each article is built apart and then absorbed, so one
 * that fails leaves nothing behind. Each edge carries all its evidence in evidence order and counts it in `mentions`;
 * a store keeps the first EVIDENCE_SAMPLE sentences of it. Every key and value is decided within one article (or is a
 * union, a minimum or a maximum), so the graphs of several batches upserted one after another into a store equal the
 * graph of one batch of them all; but for a bare name's namesake abroad, looked up in `namesakes` (by default these
 * facts' own titles): the streaming build builds the articles that may hold one last, once it holds every title.
 */
export function graphOf(
  facts: readonly ArticleFacts[],
  namesakes: Namesakes = namesakesOf(facts),
): {
  graph: KgGraph;
  mergeLog: MergeRecord[];
  messages: Message[];
} {
  const log = new ResolutionLog();
  const graph = emptyGraph();
  const messages: Message[] = [];
  for (const f of facts) {
    try {
      const one = articleGraph(f, paperOf(f.article.issue), namesakes);
      absorb(graph, one.graph);
      one.notes.forEach((note) => note(log));
    } catch (e) {
      messages.push(articleFailure('graph', f.article, e));
    }
  }
  spans(graph);
  return { graph, mergeLog: log.records(), messages };
}

/** Where each name is titled across some articles' facts. */
export function namesakesOf(facts: readonly ArticleFacts[]): Namesakes {
  const namesakes = new Namesakes();
  for (const f of facts) namesakes.note(f, paperOf(f.article.issue));
  return namesakes;
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
      if (core !== m.text && core.length >= 2 && tag(core).every((t) => /^(?:x|nz|nr|nrt|ns)$/.test(t.tag)))
        cores.add(core);
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
  graph.forEachEdge((_k, e) => {
    e.evidence.sort(evidenceOrder);
    e.mentions = e.evidence.length;
  });
}
