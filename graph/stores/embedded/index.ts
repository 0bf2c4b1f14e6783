// Embedded store: @ladybugdb/core (a Kùzu fork), an on-disk Cypher database in the --db folder, no server to run.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import type { KgGraph } from '../../build/index.ts';
import type { MergeRecord } from '../../model/types.ts';
import { assertReadOnly, ReadOnlyError } from '../readonly.ts';
import type { Row } from '../rows.ts';
import { clearAll, countAll, readGraph, readMergeLog, upsertGraph } from '../upsert.ts';
import { unwindCypher, type Counts, type GraphStore, type QueryResult, type QueryRows, type QueryValue, type ReadOptions, type SavedQuery, type Tx, type WriteStats } from '../types.ts';
import { DEFAULT_LIMIT, DEFAULT_TIMEOUT_MS } from '../defaults.ts';
import { schemaStatements } from './schema.ts';
import { runSaved } from '../saved.ts';
import { relValue } from '../values.ts';
import { markCommit, replayLog } from './replay.ts';
import { packRows } from './packed.ts';
import { META_TABLE, SCHEMA_VERSION } from '../schema.ts';

/** The database file inside the --db folder (the engine keeps its write-ahead log beside it). */
export const DB_FILE = 'graph.lbug';
/** The engine's write-ahead log, beside the database file. */
const WAL_FILE = `${DB_FILE}.wal`;
/**
 * What the engine leaves while it folds the log into the database (a checkpoint): the log renamed, and a shadow file
 * of pages. A writer killed then leaves both, and the engine refuses a read-only open ("checkpoint is in progress")
 * until a writing open finishes the checkpoint (seen when a 100 MB build died in a checkpoint).
 */
const CHECKPOINT_FILES = [`${WAL_FILE}.checkpoint`, `${DB_FILE}.shadow`];

/** Whether the folder holds a log or a checkpoint that a writer left unfinished (a closed store leaves neither). */
function leftByDeadWriter(dir: string): boolean {
  const wal = join(dir, WAL_FILE);
  return (existsSync(wal) && statSync(wal).size > 0) || CHECKPOINT_FILES.some((f) => existsSync(join(dir, f)));
}

type LbugValue = unknown;

/** Outside ad-hoc reads (which set their own limit), a statement such as one write batch may run up to an hour. */
const STATEMENT_TIMEOUT_MS = 3_600_000;

/** Engine values → store-neutral query values: nodes, relationships and paths become ids and labels. */
export function fromLbug(v: LbugValue): QueryValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(fromLbug);
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), fromLbug(x)]));
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o._nodes) && Array.isArray(o._rels)) return o._nodes.map(fromLbug); // a path: its nodes in order
    if ('_src' in o && '_dst' in o && typeof o._label === 'string') {
      return relValue(String(o.id ?? ''), o._label);
    }
    if ('_id' in o && typeof o._label === 'string') return { $node: { id: String(o.id ?? ''), kind: o._label, label: String(o.label ?? o.id ?? '') } };
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, fromLbug(x)]));
  }
  return String(v);
}

function plainRow(r: Record<string, LbugValue>): Row {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])) as Row;
}

/**
 * Engine errors a user can act on, said in kg's words: a lock held by another process shows up as an I/O error naming
 * the lock; a full page cache names the setting that enlarges it (the transaction was rolled back, committed ones stay).
 */
function explain(e: unknown, dir: string, readOnly = false): Error {
  const msg = (e as Error).message ?? String(e);
  if (/lock/i.test(msg)) return new Error(`kg store: the database ${dir} is in use by another kg process (${msg.trim()})`);
  if (/buffer pool is full/i.test(msg)) {
    const mb = Math.round(bufferPoolBytes(readOnly) / 2 ** 20);
    return new Error(`kg store: ${dir}: ${msg.trim()} The engine's page cache (${mb} MB) is too small for this; run again with KG_BUFFER_POOL_MB=${Math.max(1024, mb * 2)}. Transactions committed before are kept; this one was rolled back.`);
  }
  return new Error(`kg store: ${dir}: ${msg.trim()}`);
}

/**
 * The engine's page cache. Its default is 80% of the machine's memory, which a long build fills with pages it has
 * written; kg caps it for writing (KG_BUFFER_POOL_MB overrides) so that a build's memory stays flat as the store
 * grows. Reads get more: ego-network on a 100 MB corpus's graph (201k nodes) failed with "the buffer pool is full" at
 * 256 MB.
 */
export const DEFAULT_BUFFER_POOL_MB = { write: 256, read: 2048 } as const;

/**
 * The largest database the engine may grow to. It reserves that much address space per open database (8 TiB by
 * default), and a process holding a dozen open stores (the test suite) ran out of it: 1 TiB is ample (100 MB of
 * text make a ~1.4 GB database).
 */
const MAX_DB_BYTES = 2 ** 40;

/**
 * The engine's database with kg's settings. A writer killed while appending a transaction to the write-ahead log
 * leaves a torn record at its end, and by default the engine then refuses to open the store at all ("the WAL file is
 * corrupted", seen after SIGKILL in tests/faults.test.ts). kg has it replay the log up to that record instead: every
 * committed transaction comes back, the torn one (never committed) is dropped, and the next build redoes it.
 */
function openDatabase(path: string, readOnly: boolean): InstanceType<typeof lbug.Database> {
  return new lbug.Database(...databaseArgs(path, readOnly));
}

/** The engine's constructor arguments with kg's settings (also sent to the replay process). */
function databaseArgs(path: string, readOnly: boolean) {
  const autoCheckpoint = true;
  const checkpointThreshold = checkpointBytes();
  const throwOnWalReplayFailure = false;
  const enableChecksums = true;
  return [path, bufferPoolBytes(readOnly), true, readOnly, MAX_DB_BYTES, autoCheckpoint, checkpointThreshold, throwOnWalReplayFailure, enableChecksums] as const;
}

/**
 * How much write-ahead log the engine gathers before it folds the log into the database file (a checkpoint). Its
 * default (16 MB) made every build transaction checkpoint as it committed: on 10 MB of text the 4 commits took 13.8 s.
 * Too large a log is worse: at 512 MB a checkpoint of a 200 MB log (40 MB of text) spun for over 6 minutes within
 * the 256 MB page cache, and was killed. At 64 MB the 40 MB build took 185 s (472 s before, with the 16 MB default and
 * unbounded evidence lists). A 128 MB threshold failed the other way on 40 MB of text: the checkpoint inside a commit
 * ran out of the 256 MB page cache ("the buffer pool is full"), twice in two builds. KG_CHECKPOINT_MB overrides; the
 * log is replayed after a crash either way.
 */
export const DEFAULT_CHECKPOINT_MB = 64;

function checkpointBytes(): number {
  const mb = Number(process.env.KG_CHECKPOINT_MB ?? DEFAULT_CHECKPOINT_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 2 ** 20) : -1;
}

function bufferPoolBytes(readOnly: boolean): number {
  const mb = Number(process.env.KG_BUFFER_POOL_MB ?? DEFAULT_BUFFER_POOL_MB[readOnly ? 'read' : 'write']);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 2 ** 20) : 0;
}

/**
 * Connections a read-only store spreads its reads over. One connection runs one statement at a time; the engine runs
 * several connections' statements in parallel, and `kg serve` answers many clients from one read-only store.
 */
export const READ_CONNECTIONS = 4;

type Connection = InstanceType<typeof lbug.Connection>;
type Prepared = InstanceType<typeof lbug.PreparedStatement>;

/** One connection with its own queue (transactions on it must not interleave) and its prepared statements. */
class Lane {
  queue: Promise<unknown> = Promise.resolve();
  pending = 0;
  /**
   * Prepared statements by text. kg's own statements repeat (a subgraph read runs one per node kind and edge table,
   * a build one per batch and table), and preparing costs milliseconds each; the schema does not change once open.
   */
  private readonly prepared = new Map<string, Prepared>();
  readonly tx: Tx = {
    run: async (cypher, params) => (await this.exec(cypher, params)).map(plainRow),
    unwind: async (rows, body) => {
      const packed = packRows(rows, body);
      return (await this.exec(packed?.cypher ?? unwindCypher(body), packed?.params ?? { rows })).map(plainRow);
    },
  };

  constructor(readonly conn: Connection) {}

  run<T>(job: (lane: Lane) => Promise<T>): Promise<T> {
    this.pending++;
    const next = this.queue.then(() => job(this), () => job(this)).finally(() => this.pending--);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async prepare(cypher: string): Promise<Prepared> {
    const cached = this.prepared.get(cypher);
    if (cached) return cached;
    const ps = await this.conn.prepare(cypher);
    if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
    if (this.prepared.size >= 512) this.prepared.clear();
    this.prepared.set(cypher, ps);
    return ps;
  }

  async exec(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, LbugValue>[]> {
    const ps = await this.prepare(cypher);
    const res = await this.conn.execute(ps, params as Record<string, never>);
    const last = Array.isArray(res) ? res.at(-1)! : res;
    // Rows are read synchronously: the engine has them in memory, and the binding's async getAll() costs ~35 µs a row
    // in promise hops (9,258 rows: 395 ms async, 29 ms sync).
    return last.getAllSync() as Record<string, LbugValue>[];
  }
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  readonly location: string;
  private readonly db: InstanceType<typeof lbug.Database>;
  /** The first lane takes writes and schema work; a read-only store has READ_CONNECTIONS lanes for reads. */
  private readonly lanes: Lane[] = [];
  private schemaChecked = false;

  private constructor(dir: string, readonly readOnly: boolean) {
    this.location = dir;
    const path = join(dir, DB_FILE);
    try {
      this.db = openDatabase(path, readOnly);
      this.db.initSync();
      for (let k = 0; k < (readOnly ? READ_CONNECTIONS : 1); k++) {
        const conn = new lbug.Connection(this.db);
        conn.initSync();
        this.lanes.push(new Lane(conn));
      }
    } catch (e) {
      throw explain(e, dir, readOnly);
    }
  }

  /** Open (and for writing, create) the store in `dir`. Reading a folder with no database is an error, not an empty graph. */
  static async open(dir: string, options: { readOnly?: boolean } = {}): Promise<EmbeddedStore> {
    const readOnly = options.readOnly ?? false;
    if (readOnly && !existsSync(join(dir, DB_FILE))) throw new Error(`kg store: no graph in ${dir}; run \`kg build <pages> --db ${dir}\` first`);
    if (!readOnly) mkdirSync(dir, { recursive: true });
    EmbeddedStore.recover(dir);
    const store = new EmbeddedStore(dir, readOnly);
    // A store refused is let go at once, written nothing: left open, it would hold the folder's lock and its log for
    // whoever opens it next (a read-only open would then read the file without the log).
    await store.checkSchema().catch((e: unknown) => {
      store.release();
      throw e;
    });
    store.markCommit();
    return store;
  }

  /**
   * A write-ahead log (or an unfinished checkpoint) left beside the database means its last writer died (a closed store
   * folds the log in and finishes its checkpoints). A read-only open would not replay the log (and refuses a store in
   * mid-checkpoint); a writing open would replay it in this process, where an engine crash on a torn record (see
   * replay.ts) would kill kg. Either way it is replayed first in a child process (committed transactions kept, the torn
   * one dropped) and checkpointed. When another process holds the store (a build still running), the engine refuses
   * and the open that follows says the store is in use.
   */
  private static recover(dir: string): void {
    if (!leftByDeadWriter(dir)) return;
    const { cut, setAside, refusal } = replayLog(dir, WAL_FILE, databaseArgs(join(dir, DB_FILE), false));
    if (setAside) {
      const kept = setAside.join(' and ');
      process.stderr.write(`kg store: the last writer of ${dir} died as it finished a checkpoint; its spent files: ${kept}\n`);
    }
    // A refusal other than a lock (another kg process holds the store, which the open that follows reports) leaves the
    // store unopenable; the engine's reason is what the user needs, not the read-only open's "checkpoint in progress".
    if (refusal && !/lock/i.test(refusal) && leftByDeadWriter(dir))
      throw new Error(`kg store: could not recover ${dir}, which a writer that did not close left behind: ${refusal}`);
    if (cut) process.stderr.write(`kg store: the database engine crashed replaying the write-ahead log of ${dir}; cut it back to kg's last commit (${cut.to} of ${cut.from} bytes) and replayed that; the whole log is kept in ${cut.kept}\n`);
  }

  /** After a commit (and at open): where the log ends now, for recover() to cut back to. */
  private markCommit(): void {
    if (!this.readOnly) markCommit(this.location, WAL_FILE);
  }

  /** Run a job on the least busy lane (there is one unless the store is read-only); each lane runs one job at a time. */
  private serial<T>(job: (lane: Lane) => Promise<T>): Promise<T> {
    const lane = this.lanes.reduce((best, l) => (l.pending < best.pending ? l : best));
    return lane.run(job);
  }

  private exec(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, LbugValue>[]> {
    return this.lanes[0]!.exec(cypher, params);
  }

  private async checkSchema(): Promise<void> {
    if (this.schemaChecked) return;
    const tables = new Set((await this.exec('CALL show_tables() RETURN name')).map((r) => String(r.name)));
    if (tables.has(META_TABLE)) {
      const version = (await this.exec(`MATCH (m:${META_TABLE} {id: 'schema'}) RETURN m.value AS v`))[0]?.v;
      if (version !== SCHEMA_VERSION) throw new Error(`kg store: ${this.location} was built with schema ${String(version)}, this kg uses ${SCHEMA_VERSION}; build into a new --db folder, or delete ${this.location} and build again (kg never rewrites a store it did not build)`);
    } else if (!this.readOnly) {
      await this.exec('BEGIN TRANSACTION');
      try {
        for (const s of schemaStatements()) await this.exec(s);
        await this.exec(`MERGE (m:${META_TABLE} {id: 'schema'}) SET m.value = '${SCHEMA_VERSION}'`);
        await this.exec('COMMIT');
      } catch (e) {
        await this.exec('ROLLBACK').catch(() => undefined);
        throw explain(e, this.location);
      }
    } else if (tables.size > 0) throw new Error(`kg store: ${this.location} is not a kg database (no ${META_TABLE} table)`);
    this.schemaChecked = true;
  }

  /** One write transaction: committed whole or rolled back whole. */
  private transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.readOnly) return Promise.reject(new Error(`kg store: ${this.location} is open read-only`));
    return this.serial(async (lane) => {
      await lane.exec('BEGIN TRANSACTION');
      let result: T;
      try {
        result = await work(lane.tx);
        await lane.exec('COMMIT');
      } catch (e) {
        await lane.exec('ROLLBACK').catch(() => undefined);
        throw explain(e, this.location);
      }
      this.markCommit();
      return result;
    });
  }

  write(graph: KgGraph, mergeLog: readonly MergeRecord[] = []): Promise<WriteStats> {
    return this.transaction((tx) => upsertGraph(tx, graph, mergeLog));
  }

  clear(): Promise<void> {
    return this.transaction((tx) => clearAll(tx));
  }

  readGraph(ids?: readonly string[]): Promise<KgGraph> {
    return this.serial((lane) => readGraph(lane.tx, ids));
  }

  readMergeLog(): Promise<MergeRecord[]> {
    return this.serial((lane) => readMergeLog(lane.tx));
  }

  counts(): Promise<Counts> {
    return this.serial((lane) => countAll(lane.tx));
  }

  async read(cypher: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<QueryRows> {
    assertReadOnly(cypher);
    const limit = options.limit ?? DEFAULT_LIMIT;
    return this.serial(async ({ conn }) => {
      const ps = await conn.prepare(cypher);
      if (!ps.isSuccess()) throw new Error(`kg query: ${ps.getErrorMessage().trim()}`);
      // The engine's own verdict: whatever slipped past the words is refused here.
      if (!ps.isReadOnly()) throw new ReadOnlyError('the database reports that this query writes');
      conn.setQueryTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      try {
        const res = await conn.execute(ps, params as Record<string, never>);
        const last = Array.isArray(res) ? res.at(-1)! : res;
        const columns = last.getColumnNamesSync();
        const rows: Record<string, QueryValue>[] = [];
        let truncated = false;
        while (last.hasNext()) {
          const r = last.getNextSync(); // synchronous: see exec()
          if (!r) break;
          if (rows.length === limit) {
            truncated = true;
            break;
          }
          rows.push(Object.fromEntries(columns.map((c) => [c, fromLbug(r[c])])));
        }
        return { columns, rows, truncated };
      } catch (e) {
        throw new Error(`kg query: ${((e as Error).message ?? String(e)).trim()}`);
      } finally {
        conn.setQueryTimeout(STATEMENT_TIMEOUT_MS);
      }
    });
  }

  run(query: SavedQuery, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<QueryResult> {
    return runSaved(this, query, params, options);
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((l) => l.queue));
    // Fold the write-ahead log into the database file, so the next open (read-only ones too) finds it whole.
    if (!this.readOnly) await this.exec('CHECKPOINT').catch(() => undefined);
    this.release();
  }

  /** The engine's connections and database let go, nothing run on them first. */
  private release(): void {
    for (const l of this.lanes) l.conn.closeSync();
    this.db.closeSync();
  }
}
