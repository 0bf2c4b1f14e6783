// Pure conversions between the graphology graph and stored rows, and the upsert rules that make rebuilds idempotent.
import { emptyGraph } from '../model/graph.ts';
import type { KgGraph } from '../build/index.ts';
import { EVIDENCE_SAMPLE, MERGE_ARTICLE_SAMPLE, compareText, evidenceKey, evidenceOrder, type EdgeAttributes, type Evidence, type MergeRecord, type NodeAttributes, type NodeKind, type RelType } from '../model/types.ts';
import { NODE_PROPS, REL_PROPS } from './schema.ts';
import { mergeSampled, sampled, type SampleRule } from './sample.ts';

export type Cell = string | number | string[] | number[] | null;
export type Row = Record<string, Cell>;

export interface NodeRow extends Row {
  id: string;
}

export interface EdgeRow extends Row {
  id: string;
  /** Source and target node ids. */
  s: string;
  t: string;
}

export interface EdgeGroupKey {
  type: RelType;
  from: NodeKind;
  to: NodeKind;
}

const value = (v: unknown): Cell => (v === undefined ? null : (v as Cell));

export function nodeRow(key: string, a: NodeAttributes): NodeRow {
  const row: NodeRow = { id: key };
  for (const p of Object.keys(NODE_PROPS[a.kind])) if (p !== 'id') row[p] = value((a as unknown as Record<string, unknown>)[p]);
  return row;
}

export function edgeRow(key: string, source: string, target: string, a: EdgeAttributes): EdgeRow {
  return withEvidence({
    id: key,
    s: source,
    t: target,
    role: value(a.role),
    rank: value(a.rank),
    date: value(a.date),
    datePrecision: value(a.datePrecision),
    firstSeen: value(a.firstSeen),
    lastSeen: value(a.lastSeen),
    mentions: a.mentions ?? new Set(a.evidence.map(evidenceKey)).size,
  }, a.evidence);
}

export function mergeRow(m: MergeRecord): Row {
  return { id: m.node, kind: m.kind, forms: m.forms, articles: m.articles, articleCount: m.articleCount ?? m.articles.length, reason: m.reason };
}

/** The graph as rows grouped by table: nodes per kind, edges per (type, source kind, target kind). */
export function graphRows(graph: KgGraph): { nodes: Map<NodeKind, NodeRow[]>; edges: Map<string, { key: EdgeGroupKey; rows: EdgeRow[] }> } {
  const nodes = new Map<NodeKind, NodeRow[]>();
  graph.forEachNode((key, a) => {
    const list = nodes.get(a.kind) ?? [];
    list.push(nodeRow(key, a));
    nodes.set(a.kind, list);
  });
  const edges = new Map<string, { key: EdgeGroupKey; rows: EdgeRow[] }>();
  graph.forEachEdge((key, a, source, target, sa, ta) => {
    if (a.type === 'CO_ATTENDED' || a.type === 'RESULT') return; // derived, never stored
    const group = `${a.type}|${sa.kind}|${ta.kind}`;
    const g = edges.get(group) ?? { key: { type: a.type, from: sa.kind, to: ta.kind }, rows: [] };
    g.rows.push(edgeRow(key, source, target, a));
    edges.set(group, g);
  });
  return { nodes, edges };
}

const minOf = (a: Cell, b: Cell): Cell => (a === null ? b : b === null ? a : (a as string) <= (b as string) ? a : b);
const maxOf = (a: Cell, b: Cell): Cell => (a === null ? b : b === null ? a : (a as string) >= (b as string) ? a : b);
const union = (a: Cell, b: Cell): Cell => {
  const xs = (a as string[] | null) ?? [];
  const ys = (b as string[] | null) ?? [];
  if (a === null && b === null) return null;
  return [...xs, ...ys.filter((y) => !xs.includes(y))];
};

/**
 * A node written again: the incoming build's values win for plain attributes (a rebuild of a page updates it), the
 * time span widens, alias lists grow, and an enterprise keeps its fullest printed name.
 */
export function mergeNode(kind: NodeKind, existing: NodeRow, incoming: NodeRow): NodeRow {
  const out: NodeRow = { ...existing };
  for (const [p, v] of Object.entries(incoming)) {
    if (p === 'firstSeen') out.firstSeen = minOf(existing.firstSeen ?? null, v);
    else if (p === 'lastSeen') out.lastSeen = maxOf(existing.lastSeen ?? null, v);
    else if (p === 'aliases' || p === 'reporters') out[p] = union(existing[p] ?? null, v);
    else if (p === 'label' && kind === 'Enterprise') out.label = String(v ?? '').length > String(existing.label ?? '').length ? v : (existing.label ?? v);
    else if (v !== null) out[p] = v;
  }
  return out;
}

/** An edge row's evidence replaced by `evidence` (the five parallel lists). */
function withEvidence(row: EdgeRow, evidence: readonly Evidence[]): EdgeRow {
  return {
    ...row,
    articles: evidence.map((e) => e.article),
    files: evidence.map((e) => e.file),
    sentences: evidence.map((e) => e.sentence),
    rawStarts: evidence.map((e) => e.rawStart),
    rawEnds: evidence.map((e) => e.rawEnd),
  };
}

const EVIDENCE: Omit<SampleRule<Evidence>, 'known'> = { limit: EVIDENCE_SAMPLE, key: evidenceKey, order: evidenceOrder };
const ARTICLES: Omit<SampleRule<string>, 'known'> = { limit: MERGE_ARTICLE_SAMPLE, key: (a) => a, order: compareText };

/**
 * An edge as it is stored: its evidence sampled (EVIDENCE_SAMPLE), `mentions` counting every distinct sentence. A
 * build's graph carries its batch's whole evidence; a graph read from a store carries the sample and its count.
 */
export function storedEdge(row: EdgeRow): EdgeRow {
  const { sample, count } = sampled(evidenceOf(row), EVIDENCE, Number(row.mentions ?? 0));
  return { ...withEvidence(row, sample), mentions: count };
}

/**
 * An edge written again: the position spell widens (firstSeen/lastSeen), the best listing rank is kept, and the
 * evidence joins as a sample with an exact count (mergeSampled; `knownArticles`: the articles the store held before
 * this write).
 */
export function mergeEdge(existing: EdgeRow, incoming: EdgeRow, knownArticles: ReadonlySet<string> = new Set()): EdgeRow {
  const out: EdgeRow = { ...existing, ...Object.fromEntries(Object.entries(incoming).filter(([, v]) => v !== null)), id: existing.id, s: existing.s, t: existing.t };
  const { sample, count } = mergeSampled(
    { sample: evidenceOf(existing), count: Number(existing.mentions ?? 0) },
    { sample: evidenceOf(incoming), count: Number(incoming.mentions ?? 0) },
    { ...EVIDENCE, known: (e) => knownArticles.has(e.article) },
  );
  Object.assign(out, withEvidence(out, sample));
  out.mentions = count;
  out.firstSeen = minOf(existing.firstSeen ?? null, incoming.firstSeen ?? null);
  out.lastSeen = maxOf(existing.lastSeen ?? null, incoming.lastSeen ?? null);
  const ranks = [existing.rank, incoming.rank].filter((r): r is number => typeof r === 'number');
  out.rank = ranks.length ? Math.min(...ranks) : null;
  return out;
}

/** A merge record as stored: the first MERGE_ARTICLE_SAMPLE of its articles and their count. */
export function storedMergeRecord(row: Row): Row {
  const { sample, count } = sampled((row.articles as string[] | null) ?? [], ARTICLES, Number(row.articleCount ?? 0));
  return { ...row, articles: sample, articleCount: count };
}

/** A merge record written again: forms join, articles join as a sample with an exact count (as evidence does). */
export function mergeMergeRecord(existing: Row, incoming: Row, knownArticles: ReadonlySet<string> = new Set()): Row {
  const { sample, count } = mergeSampled(
    { sample: (existing.articles as string[] | null) ?? [], count: Number(existing.articleCount ?? 0) },
    { sample: (incoming.articles as string[] | null) ?? [], count: Number(incoming.articleCount ?? 0) },
    { ...ARTICLES, known: (a) => knownArticles.has(a) },
  );
  return { ...incoming, forms: union(existing.forms ?? null, incoming.forms ?? null), articles: sample, articleCount: count };
}

/** Rows compare equal when every property does (lists element by element); nulls and absent properties are the same. */
export function sameRow(a: Row, b: Row): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null)) return false;
  return true;
}

export function evidenceOf(row: Row): Evidence[] {
  const articles = (row.articles as string[] | null) ?? [];
  return articles.map((article, i) => ({
    article,
    file: ((row.files as string[] | null) ?? [])[i] ?? '',
    sentence: ((row.sentences as string[] | null) ?? [])[i] ?? '',
    rawStart: Number(((row.rawStarts as number[] | null) ?? [])[i] ?? 0),
    rawEnd: Number(((row.rawEnds as number[] | null) ?? [])[i] ?? 0),
  }));
}

function nodeAttributes(kind: NodeKind, row: Row): NodeAttributes {
  const attrs: Record<string, unknown> = { kind };
  for (const p of Object.keys(NODE_PROPS[kind])) if (p !== 'id' && row[p] !== null && row[p] !== undefined) attrs[p] = row[p];
  attrs.label ??= String(row.id);
  return attrs as unknown as NodeAttributes;
}

function edgeAttributes(type: RelType, row: Row): EdgeAttributes {
  const attrs: Record<string, unknown> = { type, evidence: evidenceOf(row) };
  for (const p of Object.keys(REL_PROPS)) {
    if (['id', 'articles', 'files', 'sentences', 'rawStarts', 'rawEnds'].includes(p)) continue;
    const v = row[p];
    if (v !== null && v !== undefined) attrs[p] = typeof v === 'bigint' ? Number(v) : v;
  }
  return attrs as unknown as EdgeAttributes;
}

/** Rows read back from a store → a graphology graph, nodes and edges in id order (so two reads compare equal). */
export function graphFromRows(nodes: { kind: NodeKind; row: Row }[], edges: { type: RelType; row: Row }[]): KgGraph {
  const graph: KgGraph = emptyGraph();
  for (const { kind, row } of [...nodes].sort((a, b) => compareText(String(a.row.id), String(b.row.id)))) graph.mergeNode(String(row.id), nodeAttributes(kind, row));
  for (const { type, row } of [...edges].sort((a, b) => compareText(String(a.row.id), String(b.row.id)))) {
    const s = String(row.s);
    const t = String(row.t);
    if (graph.hasNode(s) && graph.hasNode(t) && !graph.hasEdge(String(row.id))) graph.addEdgeWithKey(String(row.id), s, t, edgeAttributes(type, row));
  }
  return graph;
}

