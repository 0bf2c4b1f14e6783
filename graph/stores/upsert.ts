// Writing and reading the graph with Cypher both stores accept verbatim: batched UNWIND, read then CREATE or SET by id, explicit columns.
import type { KgGraph } from '../build/index.ts';
import { kindOfId, NODE_KINDS, REL_TYPES, type MergeRecord, type NodeKind, type RelType } from '../model/types.ts';
import { graphFromRows, graphRows, mergeEdge, mergeMergeRecord, mergeNode, mergeRow, sameRow, storedEdge, storedMergeRecord, type EdgeRow, type NodeRow, type Row } from './rows.ts';
import { MERGE_PROPS, MERGE_TABLE, NODE_PROPS, REL_PROPS, endpointPairs, nodeReturn, propsReturn, relReturn, type PropType } from './schema.ts';
import type { Counts, Tx, WriteStats } from './types.ts';

/**
 * Rows per UNWIND statement. Larger batches amortise the statement cost (parse, plan, the read before the write);
 * past a few thousand rows the parameter list itself grows large. Not tuned further: statements are not where a
 * build's time goes (see the README's performance section).
 */
export const DEFAULT_BATCH = 2000;

function* batches<T>(xs: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}

/**
 * `SET` items for a batch. A property no row of the batch gives a value to is set to the literal NULL: the embedded
 * engine types parameters from their values and cannot type a column of nulls (or of empty lists) for a typed column.
 */
function setClause(props: Readonly<Record<string, PropType>>, v: string, rows: readonly Row[]): string {
  const typed = typedProps(props, rows);
  return Object.keys(props)
    .filter((p) => p !== 'id')
    .map((p) => `${v}.${p} = ${typed.has(p) ? `row.${p}` : 'NULL'}`)
    .join(', ');
}

/** The properties some row of the batch gives a value (not null, not an empty list). */
function typedProps(props: Readonly<Record<string, PropType>>, rows: readonly Row[]): Set<string> {
  return new Set(Object.keys(props).filter((p) => rows.some((r) => r[p] !== null && r[p] !== undefined && !(Array.isArray(r[p]) && (r[p] as unknown[]).length === 0))));
}

/**
 * The properties of new elements as a CREATE pattern's map (`{id: row.id, label: row.label, …}`), leaving out those no
 * row sets (absent is NULL). Measured on a 2 MB synthetic corpus's graph (14,942 elements into a fresh embedded
 * store): MERGE … SET 7.5 s, CREATE … SET 5.9 s, CREATE with the map 3.6 s.
 */
function createMap(props: Readonly<Record<string, PropType>>, rows: readonly Row[]): string {
  const typed = typedProps(props, rows);
  return `{${['id', ...Object.keys(props).filter((p) => p !== 'id' && typed.has(p))].map((p) => `${p}: row.${p}`).join(', ')}}`;
}

/**
 * Rows as the statement's parameter: every row with the same keys in the same order (the embedded engine types a
 * list of maps as one STRUCT and refuses rows whose keys come in another order).
 */
function param(rows: readonly Row[], keys: readonly string[]): Row[] {
  return rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k] ?? null])));
}

/** Empty lists are stored as NULL (see setClause) and read back as empty lists: one representation each way. */
function normalise(row: Row, props: Readonly<Record<string, PropType>>): Row {
  const out: Row = { ...row };
  for (const [p, t] of Object.entries(props)) {
    const v = out[p];
    if (t.endsWith('[]') && Array.isArray(v) && v.length === 0) out[p] = null;
  }
  return out;
}

/**
 * Incoming rows against what the store holds: new ones (written with CREATE: the read, in the same transaction, showed
 * they are absent, and CREATE costs a fraction of MERGE), merged ones that changed, and a count of those that did not.
 */
function changedRows<R extends Row & { id: string }>(
  incoming: readonly R[],
  existing: ReadonlyMap<string, R>,
  props: Readonly<Record<string, PropType>>,
  merge: (old: R, next: R) => R,
  asNew: (row: R) => R = (row) => row,
) {
  const fresh: R[] = [];
  const changed: R[] = [];
  let unchanged = 0;
  for (const row of incoming.map((r) => normalise(r, props) as R)) {
    const old = existing.get(row.id);
    if (!old) fresh.push(normalise(asNew(row), props) as R);
    else {
      const next = normalise(merge(old, row), props) as R;
      if (sameRow(old, next)) unchanged++;
      else changed.push(next);
    }
  }
  return { fresh, changed, unchanged };
}

/** What every table's upsert shares within one write: the transaction, the running counts, and what earlier tables found. */
interface UpsertContext {
  tx: Tx;
  batch: number;
  stats: WriteStats;
  /** The node ids this write creates: an edge with such an endpoint cannot be stored yet, so is not looked up. */
  created: Set<string>;
  /** The articles (ids without their `article:` prefix) the store held before this write: mergeEdge counts with them. */
  knownArticles: Set<string>;
}

/** One table's upsert: how its stored rows are read, its two write statements, and how a stored and an incoming row merge. */
interface TableSpec<R extends Row> {
  props: Readonly<Record<string, PropType>>;
  /** The columns every written row carries, in this order. */
  columns: readonly string[];
  /** The stored rows for a batch's incoming rows. */
  stored(ctx: UpsertContext, rows: readonly R[]): Promise<Row[]>;
  /** The statements after `UNWIND $rows AS row`: new rows are created, changed ones set. */
  create(fresh: readonly R[]): string;
  update(changed: readonly R[]): string;
  merge(ctx: UpsertContext, old: R, incoming: R): R;
  /** A new row as it is stored (evidence and article lists cut to their samples). */
  asNew?: (row: R) => R;
  /** The counts its rows add to (the merge log adds to none). */
  counts?: 'nodes' | 'rels';
  /** Told which ids were stored and which rows are new, before anything is written. */
  seen?(ctx: UpsertContext, stored: ReadonlyMap<string, R>, fresh: readonly R[]): void;
}

/**
 * Upsert one table's rows batch by batch: read what the store holds for them (in this transaction), create the new,
 * set the changed after merging in TypeScript, count the unchanged.
 */
async function upsertTable<R extends Row & { id: string }>(ctx: UpsertContext, spec: TableSpec<R>, rows: readonly R[]): Promise<void> {
  for (const chunk of batches(rows, ctx.batch)) {
    const stored = new Map((await spec.stored(ctx, chunk)).map((r) => [String(r.id), normalise(r, spec.props) as R]));
    const { fresh, changed, unchanged } = changedRows(chunk, stored, spec.props, (old, next) => spec.merge(ctx, old, next), spec.asNew);
    spec.seen?.(ctx, stored, fresh);
    if (spec.counts) addCounts(ctx.stats, spec.counts, fresh.length, changed.length, unchanged);
    if (fresh.length) await ctx.tx.unwind(param(fresh, spec.columns), spec.create(fresh));
    if (changed.length) await ctx.tx.unwind(param(changed, spec.columns), spec.update(changed));
  }
}

function addCounts(stats: WriteStats, what: 'nodes' | 'rels', created: number, updated: number, unchanged: number): void {
  if (what === 'nodes') {
    stats.nodesCreated += created;
    stats.nodesUpdated += updated;
  } else {
    stats.relsCreated += created;
    stats.relsUpdated += updated;
  }
  stats.unchanged += unchanged;
}

/** A node table: looked up by primary key; new Articles and created ids are remembered for the edges that follow. */
function nodeSpec(kind: NodeKind): TableSpec<NodeRow> {
  const props = NODE_PROPS[kind];
  return {
    props,
    columns: Object.keys(props),
    stored: (ctx, rows) => ctx.tx.run(`UNWIND $ids AS id MATCH (n:${kind} {id: id}) RETURN ${nodeReturn(kind)}`, { ids: rows.map((r) => r.id) }),
    create: (fresh) => `CREATE (n:${kind} ${createMap(props, fresh)})`,
    update: (changed) => `MATCH (n:${kind} {id: row.id}) SET ${setClause(props, 'n', changed)}`,
    merge: (_ctx, old, incoming) => mergeNode(kind, old, incoming),
    counts: 'nodes',
    seen(ctx, stored, fresh) {
      if (kind === 'Article') for (const id of stored.keys()) ctx.knownArticles.add(id.slice('article:'.length));
      for (const row of fresh) ctx.created.add(row.id);
    },
  };
}

/**
 * A stored edge found by both endpoints' primary keys, then the edge between them: `MATCH (a {id}) MATCH (b {id})
 * MATCH (a)-[r]->(b)`. The embedded engine plans the one-pattern form `MATCH (a {id: row.s})-[r]->(b) WHERE b.id =
 * row.t` as a join of the whole relationship table with both node tables: its cost and memory grew with the store
 * (2,000 lookups on the 100 MB graph: 3.0 s, and a batch into that store ran out of the write buffer pool); this form
 * took 0.11–0.21 s for the same rows. (`… WITH a, row MATCH (a)-[r]->(b) WHERE b.id = row.t` returned one row of
 * 2,000 there: not used.)
 */
export function matchEdge(type: RelType, from: NodeKind, to: NodeKind): string {
  return `MATCH (a:${from} {id: row.s}) MATCH (b:${to} {id: row.t}) MATCH (a)-[r:${type}]->(b)`;
}

/**
 * A relationship table between two kinds. Edges are created from their source by primary key, then the target:
 * `MATCH (a …) WITH a, row MATCH (b …)` (the embedded engine plans a comma-joined pattern as a cross product, hundreds
 * of times slower). An edge with an endpoint this write created cannot be stored yet, so only the others are looked
 * up: into a fresh store that is none (68,290 elements from 10 MB of text spent 7 s of 20 s in those lookups).
 */
function edgeSpec(type: RelType, from: NodeKind, to: NodeKind): TableSpec<EdgeRow> {
  return {
    props: REL_PROPS,
    columns: ['s', 't', ...Object.keys(REL_PROPS)],
    stored(ctx, rows) {
      const lookup = rows.filter((r) => !ctx.created.has(r.s) && !ctx.created.has(r.t)).map((r) => ({ s: r.s, t: r.t }));
      return lookup.length === 0 ? Promise.resolve([]) : ctx.tx.unwind(lookup, `${matchEdge(type, from, to)} RETURN a.id AS s, b.id AS t, ${relReturn('r')}`);
    },
    create: (fresh) => `MATCH (a:${from} {id: row.s}) WITH a, row MATCH (b:${to} {id: row.t}) CREATE (a)-[r:${type} ${createMap(REL_PROPS, fresh)}]->(b)`,
    // The edge by its own id too: one pair may hold several of a type (MET, one a day), and each keeps its own values.
    update: (changed) =>
      `MATCH (a:${from} {id: row.s}) MATCH (b:${to} {id: row.t}) MATCH (a)-[r:${type} {id: row.id}]->(b) ` +
      `SET ${setClause(REL_PROPS, 'r', changed)}`,
    merge: (ctx, old, next) => mergeEdge(old, next, ctx.knownArticles),
    asNew: storedEdge,
    counts: 'rels',
  };
}

/** The resolution log: one record per node, its forms and articles growing with every build that touches it. */
const MERGE_SPEC: TableSpec<Row & { id: string }> = {
  props: MERGE_PROPS,
  columns: Object.keys(MERGE_PROPS),
  stored: (ctx, rows) => ctx.tx.run(`UNWIND $ids AS id MATCH (m:${MERGE_TABLE} {id: id}) RETURN ${propsReturn(MERGE_PROPS, 'm')}`, { ids: rows.map((r) => r.id) }),
  create: (fresh) => `CREATE (m:${MERGE_TABLE} ${createMap(MERGE_PROPS, fresh)})`,
  update: (changed) => `MATCH (m:${MERGE_TABLE} {id: row.id}) SET ${setClause(MERGE_PROPS, 'm', changed)}`,
  merge: (ctx, old, next) => mergeMergeRecord(old, next, ctx.knownArticles) as Row & { id: string },
  asNew: (row) => storedMergeRecord(row) as Row & { id: string },
};

/** One record per node: a build's records for the same node join before they meet the stored one. */
function mergeLogRows(records: readonly MergeRecord[]): (Row & { id: string })[] {
  const byNode = new Map<string, Row>();
  for (const m of records) byNode.set(m.node, byNode.has(m.node) ? mergeMergeRecord(byNode.get(m.node)!, mergeRow(m)) : mergeRow(m));
  return [...byNode.values()] as (Row & { id: string })[];
}

/** Upsert a whole build: nodes first (kinds in model order), then relationships, then the merge log. */
export async function upsertGraph(tx: Tx, graph: KgGraph, mergeLog: readonly MergeRecord[] = [], batch = DEFAULT_BATCH): Promise<WriteStats> {
  const ctx: UpsertContext = { tx, batch, stats: { nodesCreated: 0, nodesUpdated: 0, relsCreated: 0, relsUpdated: 0, unchanged: 0 }, created: new Set(), knownArticles: new Set() };
  const { nodes, edges } = graphRows(graph);
  for (const kind of NODE_KINDS) await upsertTable(ctx, nodeSpec(kind), nodes.get(kind) ?? []);
  for (const { type, from, to } of endpointPairs()) {
    const group = edges.get(`${type}|${from}|${to}`);
    if (group) await upsertTable(ctx, edgeSpec(type, from, to), group.rows);
    edges.delete(`${type}|${from}|${to}`);
  }
  for (const { key } of edges.values()) throw new Error(`kg store: the schema has no ${key.type} relationship from ${key.from} to ${key.to}`);
  await upsertTable(ctx, MERGE_SPEC, mergeLogRows(mergeLog));
  return ctx.stats;
}

/**
 * The whole graph, or the subgraph the given node ids induce. The subgraph is read through the id index, kind by kind
 * and edge type by edge type, only for the kinds present: a saved query's result (a few to a few thousand ids) costs
 * in proportion to its own size and degree, not to the store's (a scan with `id IN $ids` took 7 s for 4,275 ids on a
 * 21k-node graph; see the README's performance section).
 */
export async function readGraph(tx: Tx, ids?: readonly string[]): Promise<KgGraph> {
  if (ids) return readSubgraph(tx, ids);
  const nodes: { kind: NodeKind; row: Row }[] = [];
  for (const kind of NODE_KINDS) for (const row of await tx.run(`MATCH (n:${kind}) RETURN ${nodeReturn(kind)}`)) nodes.push({ kind, row: listsBack(row, NODE_PROPS[kind]) });
  const edges: { type: RelType; row: Row }[] = [];
  for (const { type, from, to } of endpointPairs()) {
    for (const row of await tx.run(`MATCH (a:${from})-[r:${type}]->(b:${to}) RETURN a.id AS s, b.id AS t, ${relReturn('r')}`)) edges.push({ type, row });
  }
  return graphFromRows(nodes, edges);
}

async function readSubgraph(tx: Tx, ids: readonly string[]): Promise<KgGraph> {
  const byKind = new Map<NodeKind, string[]>();
  for (const id of new Set(ids)) {
    const kind = kindOfId(id);
    if (!kind) continue;
    const list = byKind.get(kind);
    if (list) list.push(id);
    else byKind.set(kind, [id]);
  }
  const nodes: { kind: NodeKind; row: Row }[] = [];
  for (const [kind, list] of byKind) {
    const rows = await tx.run(`UNWIND $ids AS id MATCH (n:${kind} {id: id}) RETURN ${nodeReturn(kind)}`, { ids: list });
    for (const row of rows) nodes.push({ kind, row: listsBack(row, NODE_PROPS[kind]) });
  }
  const found = new Set(nodes.map((n) => String(n.row.id)));
  const edges: { type: RelType; row: Row }[] = [];
  for (const { type, from, to } of endpointPairs()) {
    const sources = byKind.get(from);
    const targets = byKind.get(to);
    if (!sources || !targets) continue;
    const rows = fromTarget(from, to, sources.length, targets.length)
      ? await tx.run(`UNWIND $ids AS id MATCH (b:${to} {id: id})<-[r:${type}]-(a:${from}) RETURN a.id AS s, b.id AS t, ${relReturn('r')}`, { ids: targets })
      : await tx.run(`UNWIND $ids AS id MATCH (a:${from} {id: id})-[r:${type}]->(b:${to}) RETURN a.id AS s, b.id AS t, ${relReturn('r')}`, { ids: sources });
    for (const row of rows) if (found.has(String(row.s)) && found.has(String(row.t))) edges.push({ type, row });
  }
  return graphFromRows(nodes, edges);
}

/**
 * Edges a node of each kind is guessed to have in one relationship table, to choose where a subgraph read walks from.
 * The engine walks every edge of the nodes it starts from, including those leading out of the subgraph: an event
 * has a handful of participants and an article one event or reporter, while the people a query returns are the
 * connected ones (a county leader attends thousands of events, a reporter writes thousands of articles).
 */
const DEGREE_GUESS: Partial<Record<NodeKind, number>> = { Event: 6, Article: 3 };
const HUB_DEGREE = 1000;

/**
 * Whether to walk a relationship table from its targets: from the side whose walk reads fewer edges by that guess.
 * On the 100 MB graph: co-attendees (389 people, 4,216 events) 5.7 → 1.7 s from the events; person-events (one
 * person, 4,539 events) stays faster from the person.
 */
function fromTarget(from: NodeKind, to: NodeKind, sources: number, targets: number): boolean {
  const cost = (k: NodeKind, n: number) => n * (DEGREE_GUESS[k] ?? HUB_DEGREE);
  return cost(to, targets) < cost(from, sources);
}

function listsBack(row: Row, props: Readonly<Record<string, PropType>>): Row {
  const out: Row = { ...row };
  for (const [p, t] of Object.entries(props)) if (t.endsWith('[]') && out[p] === null) out[p] = [];
  return out;
}

export async function readMergeLog(tx: Tx): Promise<MergeRecord[]> {
  const rows = await tx.run(`MATCH (m:${MERGE_TABLE}) RETURN m.id AS node, m.kind AS kind, m.forms AS forms, m.articles AS articles, m.articleCount AS articleCount, m.reason AS reason ORDER BY m.id`);
  return rows.map((r) => {
    const articles = (r.articles as string[] | null) ?? [];
    return { node: String(r.node), kind: r.kind as NodeKind, forms: (r.forms as string[] | null) ?? [], articles, articleCount: Number(r.articleCount ?? articles.length), reason: String(r.reason ?? '') };
  });
}

export async function countAll(tx: Tx): Promise<Counts> {
  const counts: Counts = { nodes: {}, rels: {} };
  for (const kind of NODE_KINDS) {
    const n = Number((await tx.run(`MATCH (n:${kind}) RETURN count(n) AS c`))[0]?.c ?? 0);
    if (n) counts.nodes[kind] = n;
  }
  for (const type of REL_TYPES) {
    const n = Number((await tx.run(`MATCH ()-[r:${type}]->() RETURN count(r) AS c`))[0]?.c ?? 0);
    if (n) counts.rels[type] = n;
  }
  return counts;
}

/** Every kg node (and so every relationship) deleted, label by label; the schema and its version stay. */
export async function clearAll(tx: Tx): Promise<void> {
  for (const label of [...NODE_KINDS, MERGE_TABLE]) await tx.run(`MATCH (n:${label}) DETACH DELETE n`);
}
