// kg serve --store neo4j: the same JSON API tests over Neo4j (npm run test:neo4j), the server reading in READ sessions.
import { Neo4jStore } from '../graph/stores/neo4j/index.ts';
import { neo4jUnderTest } from './helpers.ts';
import { serveSuite } from './serve.suite.ts';

const options = neo4jUnderTest();
serveSuite({
  name: 'neo4j',
  writer: async () => {
    const store = await Neo4jStore.open(options);
    await store.clear();
    return store;
  },
  reader: () => Neo4jStore.open(options, { readOnly: true }),
  args: ['--store', 'neo4j'],
  exclusive: false,
});
