// The GraphStore contract on Neo4j: runs when NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) is set.
// It clears kg's labels in that database before each test: point it at a scratch database, never a real one.
import { Neo4jStore, neo4jOptionsFromEnv } from '../graph/stores/neo4j/index.ts';
import { storeContract } from './store.contract.ts';

const options = neo4jOptionsFromEnv();
const skip = options ? false : 'NEO4J_URI is not set (start Neo4j 5 and export NEO4J_URI=bolt://localhost:7687 NEO4J_USER NEO4J_PASSWORD)';

storeContract(
  'neo4j',
  async () => {
    const store = await Neo4jStore.open(options!);
    await store.clear();
    return store;
  },
  () => Neo4jStore.open(options!, { readOnly: true }),
  skip,
);
