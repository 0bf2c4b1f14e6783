// Opening a store: the embedded database by default, Neo4j when asked for (--store neo4j) or configured (NEO4J_URI).
import { EmbeddedStore } from './embedded/index.ts';
import { Neo4jStore, neo4jOptionsFromEnv } from './neo4j/index.ts';
import type { GraphStore, StoreKind, StoreOptions } from './types.ts';

export type { GraphStore, StoreKind, StoreOptions } from './types.ts';

/** Which store a command uses: --store wins, then NEO4J_URI in the environment, else the embedded database. */
export function resolveStoreKind(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): StoreKind {
  if (flag !== undefined && flag !== 'embedded' && flag !== 'neo4j') throw new Error(`kg store: unknown store ${flag} (embedded, neo4j)`);
  return (flag as StoreKind | undefined) ?? (env.NEO4J_URI ? 'neo4j' : 'embedded');
}

export async function openStore(options: StoreOptions): Promise<GraphStore> {
  const kind = options.store ?? 'embedded';
  if (kind === 'neo4j') {
    const neo = options.neo4j ?? neo4jOptionsFromEnv();
    if (!neo) throw new Error('kg store: --store neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) in the environment');
    return Neo4jStore.open(neo, { readOnly: options.readOnly ?? false });
  }
  if (!options.db) throw new Error('kg store: the embedded store needs a --db folder');
  return EmbeddedStore.open(options.db, { readOnly: options.readOnly ?? false });
}
