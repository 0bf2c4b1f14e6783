// Every saved query in queries/ run on the seeds' graph in Neo4j (npm run test:neo4j), with what it must return.
import { Neo4jStore } from '../graph/stores/neo4j/index.ts';
import { neo4jUnderTest } from './helpers.ts';
import { querySuite, townCase, meetingsCase } from './queries.cases.ts';

const fresh = async () => {
  const store = await Neo4jStore.open(neo4jUnderTest());
  await store.clear();
  return store;
};
querySuite('neo4j', fresh);
townCase('neo4j', fresh);
meetingsCase('neo4j', fresh);
