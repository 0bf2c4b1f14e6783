// Neo4j store: neo4j-driver, managed transactions, batched UNWIND (read by id, then CREATE or SET), constraints once.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { KgGraph } from '../../build/index.ts';
import { NODE_KINDS, REL_TYPES, type MergeRecord } from '../../model/types.ts';
import { DEFAULT_LIMIT, DEFAULT_TIMEOUT_MS } from '../defaults.ts';
import { assertReadOnly } from '../readonly.ts';
import type { Row } from '../rows.ts';
import { MERGE_TABLE, META_TABLE, SCHEMA_VERSION } from '../schema.ts';
import { countAll, readGraph, readMergeLog, upsertGraph } from '../upsert.ts';
import { unwindCypher, type Counts, type GraphStore, type Neo4jOptions, type QueryResult, type QueryRows, type QueryValue, type ReadOptions, type SavedQuery, type Tx, type WriteStats } from '../types.ts';
import { runSaved } from '../saved.ts';
import { relValue } from '../values.ts';

/** The connection settings from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE, or undefined without a URI. */
export function neo4jOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jOptions | undefined {
  if (!env.NEO4J_URI) return undefined;
  return { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '', database: env.NEO4J_DATABASE ?? 'neo4j' };
}

/** JavaScript → driver: whole numbers travel as Cypher INTEGER (the driver would send every number as FLOAT). */
export function toDriver(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toDriver);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toDriver(x)]));
  return v;
}

/** Driver → store-neutral values: Integers become numbers (strings past 2^53), nodes, relationships and paths become ids. */
export function fromDriver(v: unknown): QueryValue {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(fromDriver);
  if (neo4j.isNode(v as never)) {
    const n = v as { labels: string[]; properties: Record<string, unknown> };
    return { $node: { id: String(n.properties.id ?? ''), kind: n.labels[0] ?? '', label: String(n.properties.label ?? n.properties.id ?? '') } };
  }
  if (neo4j.isRelationship(v as never)) {
    const r = v as { type: string; properties: Record<string, unknown> };
    return relValue(String(r.properties.id ?? ''), r.type);
  }
  if (neo4j.isPath(v as never)) {
    const p = v as { start: unknown; segments: { end: unknown }[] };
    return [fromDriver(p.start), ...p.segments.map((s) => fromDriver(s.end))];
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.toString === 'function' && o.toString !== Object.prototype.toString) return o.toString(); // temporal and spatial values
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, fromDriver(x)]));
  }
  return String(v);
}

const plainRow = (keys: readonly PropertyKey[], get: (k: string) => unknown): Row =>
  Object.fromEntries(keys.map((k) => [String(k), fromDriver(get(String(k)))])) as Row;

async function runIn(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  return (await tx.run(cypher, toDriver(params) as Record<string, unknown>)).records.map((r) => plainRow(r.keys, (k) => r.get(k)));
}

/** Rows travel as a list of maps, the driver's own form. */
const managedTx = (tx: ManagedTransaction): Tx => ({
  run: (cypher, params = {}) => runIn(tx, cypher, params),
  unwind: (rows, body) => runIn(tx, unwindCypher(body), { rows }),
});

/**
 * Uniqueness constraints on every node label's id (they also index it) and an index on each relationship type's id,
 * from the model's lists: a new kind or relationship type gets its own.
 */
export function schemaStatements(): string[] {
  return [
    ...[...NODE_KINDS, MERGE_TABLE, META_TABLE].map(
      (label) => `CREATE CONSTRAINT kg_${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
    ...REL_TYPES.map((type) => `CREATE INDEX kg_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`),
  ];
}

/** Nodes deleted per transaction by clear(): one transaction for a whole large graph would outgrow Neo4j's heap. */
const CLEAR_BATCH = 10_000;

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly location: string;
  private readonly driver: Driver;
  private schemaReady = false;

  private constructor(private readonly options: Neo4jOptions, readonly readOnly: boolean) {
    this.location = `${options.uri} (database ${options.database})`;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), { disableLosslessIntegers: false });
  }

  static async open(options: Neo4jOptions, { readOnly = false } = {}): Promise<Neo4jStore> {
    const store = new Neo4jStore(options, readOnly);
    try {
      await store.driver.verifyConnectivity({ database: options.database });
      if (!readOnly) await store.ensureSchema();
    } catch (e) {
      await store.driver.close();
      throw new Error(`kg store: cannot use Neo4j at ${store.location}: ${(e as Error).message}`);
    }
    return store;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  }

  private async withRead<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => work(managedTx(tx)), timeoutMs ? { timeout: timeoutMs } : undefined);
    } finally {
      await session.close();
    }
  }

  /** The constraints and indexes (once per open: `IF NOT EXISTS`), then the schema version, checked. */
  private async ensureSchema(): Promise<void> {
    if (this.schemaReady) return;
    const session = this.session('WRITE');
    try {
      for (const statement of schemaStatements()) await session.executeWrite((tx) => tx.run(statement));
      const version = await session.executeWrite(async (tx) => {
        const r = await tx.run(`MERGE (m:${META_TABLE} {id: 'schema'}) ON CREATE SET m.value = $v RETURN m.value AS v`, { v: SCHEMA_VERSION });
        return r.records[0]?.get('v');
      });
      if (version !== SCHEMA_VERSION) throw new Error(`the database holds kg schema ${String(version)}, this kg uses ${SCHEMA_VERSION}; use another database`);
    } finally {
      await session.close();
    }
    this.schemaReady = true;
  }

  async write(graph: KgGraph, mergeLog: readonly MergeRecord[] = []): Promise<WriteStats> {
    if (this.readOnly) throw new Error(`kg store: ${this.location} is open read-only`);
    await this.ensureSchema();
    const session = this.session('WRITE');
    try {
      // A managed transaction may be retried: upsertGraph reads before it writes, so a retry computes the same rows.
      return await session.executeWrite((tx) => upsertGraph(managedTx(tx), graph, mergeLog));
    } finally {
      await session.close();
    }
  }

  /**
   * Every kg node and relationship deleted, label by label, in transactions of CLEAR_BATCH nodes (`CALL { … } IN
   * TRANSACTIONS`, which runs only in an auto-commit transaction): clearing is a reset, not one atomic change.
   */
  async clear(): Promise<void> {
    if (this.readOnly) throw new Error(`kg store: ${this.location} is open read-only`);
    const session = this.session('WRITE');
    try {
      for (const label of [...NODE_KINDS, MERGE_TABLE]) {
        await session.run(`MATCH (n:${label}) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF ${CLEAR_BATCH} ROWS`);
      }
    } finally {
      await session.close();
    }
  }

  readGraph(ids?: readonly string[]): Promise<KgGraph> {
    return this.withRead((tx) => readGraph(tx, ids));
  }

  readMergeLog(): Promise<MergeRecord[]> {
    return this.withRead((tx) => readMergeLog(tx));
  }

  counts(): Promise<Counts> {
    return this.withRead((tx) => countAll(tx));
  }

  /** Read transactions in a READ-mode session: the server itself refuses writes, whatever the words. */
  async read(cypher: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<QueryRows> {
    assertReadOnly(cypher);
    const limit = options.limit ?? DEFAULT_LIMIT;
    const session = this.session('READ');
    try {
      return await session.executeRead(
        async (tx) => {
          // Streamed: records past the limit are not fetched (the driver discards the rest when the loop stops).
          const result = tx.run(cypher, toDriver(params) as Record<string, unknown>);
          const columns = (await result.keys()).map(String);
          const rows: Record<string, QueryValue>[] = [];
          for await (const record of result) {
            if (rows.length === limit) return { columns, rows, truncated: true };
            rows.push(Object.fromEntries(columns.map((k) => [k, fromDriver(record.get(k))])));
          }
          return { columns, rows, truncated: false };
        },
        { timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
      );
    } catch (e) {
      throw new Error(`kg query: ${(e as Error).message}`);
    } finally {
      await session.close();
    }
  }

  run(query: SavedQuery, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<QueryResult> {
    return runSaved(this, query, params, options);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
