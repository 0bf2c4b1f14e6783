// The store boundary: one GraphStore interface every adapter implements, and the values queries return.
import type { KgGraph } from '../build/index.ts';
import type { MergeRecord, NodeKind, RelType } from '../model/types.ts';
import type { Row } from './rows.ts';

export type StoreKind = 'embedded' | 'neo4j';

/** A query statement run inside one transaction: Cypher text and parameters in, plain rows out. */
export interface Tx {
  run(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
  /**
   * `UNWIND $rows AS row` then `body`, over rows that all have the same keys in the same order. How the rows travel
   * is the adapter's choice (the embedded one packs them into strings; see embedded/packed.ts).
   */
  unwind(rows: readonly Row[], body: string): Promise<Row[]>;
}

/** The statement `Tx.unwind` runs where rows travel as a list of maps. */
export const unwindCypher = (body: string): string => `UNWIND $rows AS row ${body}`;

export interface WriteStats {
  nodesCreated: number;
  nodesUpdated: number;
  relsCreated: number;
  relsUpdated: number;
  /** Rows written again with nothing new in them (a rebuild of the same pages). */
  unchanged: number;
}

export interface Counts {
  nodes: Partial<Record<NodeKind, number>>;
  rels: Partial<Record<RelType, number>>;
}

/** A graph element inside a query result, the same whichever store returned it. */
export type QueryValue = string | number | boolean | null | QueryValue[] | NodeValue | RelValue | { [key: string]: QueryValue };
export interface NodeValue {
  $node: { id: string; kind: string; label: string };
}
export interface RelValue {
  $rel: { id: string; type: string; source: string; target: string };
}

export interface QueryRows {
  columns: string[];
  rows: Record<string, QueryValue>[];
  /** More rows existed than the row limit let through. */
  truncated: boolean;
}

export interface QueryResult extends QueryRows {
  /** The part of the graph the rows touch: the nodes they name and the stored edges among them (plus derived edges). */
  subgraph: KgGraph;
}

export interface ReadOptions {
  /** Stop after this many rows (default 10 000). */
  limit?: number;
  /** Abort a query running longer than this (default 30 s). */
  timeoutMs?: number;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** Where the data lives (a folder, or a Neo4j URI and database), for messages. */
  readonly location: string;
  /** Upsert a build's graph and merge log by stable ids in one transaction: a rebuild adds nothing. */
  write(graph: KgGraph, mergeLog?: readonly MergeRecord[]): Promise<WriteStats>;
  /** The stored graph, whole or the subgraph induced by the given node ids. */
  readGraph(ids?: readonly string[]): Promise<KgGraph>;
  readMergeLog(): Promise<MergeRecord[]>;
  counts(): Promise<Counts>;
  /**
   * A read-only query with parameters (saved queries and ad-hoc Cypher alike): writes, procedures and multiple
   * statements are refused before they reach the database, and the database refuses them again.
   */
  read(cypher: string, params?: Record<string, unknown>, options?: ReadOptions): Promise<QueryRows>;
  /** A saved query, its parameters checked against their declared types: the rows and the subgraph they touch. */
  run(query: SavedQuery, params?: Record<string, unknown>, options?: ReadOptions): Promise<QueryResult>;
  /** Delete every kg node and relationship (the schema stays): a fresh start on the same database. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions {
  store?: StoreKind;
  /** Embedded: the database folder. */
  db?: string;
  /** Open for reading only (queries, exports): the database itself then refuses writes. */
  readOnly?: boolean;
  neo4j?: Neo4jOptions;
}

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export type ParamType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'enddate';
export type ParamValue = string | number | boolean;

export interface QueryParam {
  name: string;
  type: ParamType;
  /** Absent: the parameter is required. */
  default?: ParamValue;
  description?: string;
}

/** A query from `queries/`: its header and Cypher text per store (the same text where the dialects agree). */
export interface SavedQuery {
  name: string;
  description: string;
  params: QueryParam[];
  cypher: Record<StoreKind, string>;
  /** Rows with `source` and `target` node ids become derived edges of this type in the subgraph (e.g. CO_ATTENDED). */
  edge?: string;
  file: string;
}
