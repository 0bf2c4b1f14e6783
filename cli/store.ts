// The store options every command shares (--db, --store) and opening a store for one command's lifetime.
import { openStore, resolveStoreKind, type GraphStore } from '../graph/stores/index.ts';
import { EXIT } from './command.ts';

export const DEFAULT_DB = '.kg/db';

export const STORE_OPTIONS = {
  db: { type: 'string' },
  store: { type: 'string' },
} as const;

export const STORE_USAGE = `  --db DIR       the embedded database folder (default ${DEFAULT_DB})
  --store S      embedded (default) or neo4j; NEO4J_URI in the environment selects neo4j too
                 (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)`;

/** Open the store the options name, run `job`, close it whatever happens; store errors become a message and exit 1. */
export async function withStore(values: Record<string, unknown>, readOnly: boolean, job: (store: GraphStore) => Promise<number>): Promise<number> {
  let store: GraphStore;
  try {
    store = await openStore({ store: resolveStoreKind(values.store as string | undefined), db: (values.db as string | undefined) ?? DEFAULT_DB, readOnly });
  } catch (e) {
    console.error((e as Error).message);
    return EXIT.partial;
  }
  try {
    return await job(store);
  } catch (e) {
    console.error((e as Error).message);
    return EXIT.partial;
  } finally {
    await store.close();
  }
}

/** `--param k=v` (repeatable) → {k: v}; the value stays text until the query's declared type reads it. */
export function parseParams(list: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of (list as string[] | undefined) ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new Error(`kg: --param takes name=value, got "${item}"`);
    out[item.slice(0, eq).trim()] = item.slice(eq + 1);
  }
  return out;
}
