// Every saved query in queries/ run on the seeds' graph in the embedded store, with what it must return (Neo4j: queries.neo4j.test.ts).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../graph/stores/embedded/index.ts';
import { CASES, errors, queries, querySuite, townCase, meetingsCase } from './queries.cases.ts';

test('the query library loads without errors and every query has a case here', () => {
  assert.deepEqual(errors, []);
  assert.ok(queries.length >= 11);
  for (const q of queries) assert.ok(CASES.some((c) => c.query === q.name), `${q.name} has no test case`);
});

const root = mkdtempSync(join(tmpdir(), 'kg-queries-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => EmbeddedStore.open(join(root, `db${n++}`));
querySuite('embedded', fresh);
townCase('embedded', fresh);
meetingsCase('embedded', fresh);
