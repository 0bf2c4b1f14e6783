// The GraphStore contract on Neo4j (npm run test:neo4j starts one and sets NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
// It clears kg's labels in that database before each test: point it at a scratch database, never a real one.
import { Neo4jStore } from '../graph/stores/neo4j/index.ts';
import { neo4jUnderTest } from './helpers.ts';
import { storeContract } from './store.contract.ts';

const options = neo4jUnderTest();

storeContract(
  'neo4j',
  async () => {
    const store = await Neo4jStore.open(options);
    await store.clear();
    return store;
  },
  () => Neo4jStore.open(options, { readOnly: true }),
);
