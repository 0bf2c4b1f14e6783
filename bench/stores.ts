// The stores `npm run bench -- --store embedded|neo4j|both` builds into: a fresh --db, or kg's Neo4j on a fresh folder.
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EmbeddedStore } from '../graph/stores/embedded/index.ts';
import { Neo4jStore } from '../graph/stores/neo4j/index.ts';
import { freePort, resolveLauncherSettings, startNeo4j, type RunningNeo4j } from '../graph/stores/neo4j/launcher.ts';
import type { GraphStore, StoreKind } from '../graph/stores/types.ts';

/** How `kg build` (a child process) reaches a store: its arguments and environment. */
export interface BuildTarget {
  args: string[];
  env: Record<string, string>;
}

export interface BenchStore {
  kind: StoreKind;
  /** Settings worth printing beside the figures (Neo4j: version, page cache, heap). */
  info: string;
  /** An empty store named for a corpus (`reuse`: the one built before, if any). */
  prepare(name: string, reuse?: boolean): Promise<BuildTarget>;
  /** The store last prepared, read-only, as `kg query` opens it. */
  open(): Promise<GraphStore>;
  /** Peak resident memory of the database server process so far, in MB (none for the embedded store). */
  serverPeakMb(): number | null;
  close(): Promise<void>;
}

export function benchStores(flag: string, dir: string): BenchStore[] {
  const kinds: StoreKind[] =
    flag === 'both' ? ['embedded', 'neo4j'] : flag === 'embedded' || flag === 'neo4j' ? [flag] : [];
  if (kinds.length === 0) throw new Error(`bench: --store is embedded, neo4j or both, got ${flag}`);
  return kinds.map((k) => (k === 'embedded' ? embeddedStore(dir) : neo4jStore(dir)));
}

function embeddedStore(dir: string): BenchStore {
  let db = '';
  return {
    kind: 'embedded',
    info: 'embedded store: a fresh --db per build, kg defaults (page cache 256 MB for writing, 2 GB for reading)',
    async prepare(name, reuse = false) {
      db = join(dir, `db-${name}`);
      if (!reuse) rmSync(db, { recursive: true, force: true });
      return { args: ['--store', 'embedded', '--db', db], env: {} };
    },
    open: () => EmbeddedStore.open(db, { readOnly: true }),
    serverPeakMb: () => null,
    close: async () => undefined,
  };
}

/** Neo4j from kg's launcher, restarted on a fresh data folder for every build, with the launcher's settings. */
function neo4jStore(dir: string): BenchStore {
  const password = 'kg-bench-password';
  const settings = resolveLauncherSettings({ password });
  let running: RunningNeo4j | null = null;
  const store: BenchStore = {
    kind: 'neo4j',
    info: `Neo4j via kg's launcher: page cache ${settings.pageCacheMb} MB, heap ${settings.heapMb} MB`,
    async prepare(name, reuse = false) {
      await running?.stop();
      const data = resolve(dir, `neo4j-${name}`);
      if (!reuse) rmSync(data, { recursive: true, force: true });
      running = await startNeo4j({ ...settings, port: await freePort(), data });
      store.info = `${running.info.replace(/^neo4j: /, '')} (KG_NEO4J_PAGE_CACHE_MB, KG_NEO4J_HEAP_MB)`;
      return {
        args: ['--store', 'neo4j'],
        env: { NEO4J_URI: running.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password, NEO4J_DATABASE: 'neo4j' },
      };
    },
    open: () => Neo4jStore.open({ uri: running!.uri, user: 'neo4j', password, database: 'neo4j' }, { readOnly: true }),
    serverPeakMb() {
      const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${running!.pid}/status`, 'utf8'));
      return hwm ? Math.round(Number(hwm[1]) / 1024) : null;
    },
    close: async () => running?.stop(),
  };
  return store;
}
