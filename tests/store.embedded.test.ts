// The GraphStore contract on the embedded store (@ladybugdb/core), each test in a fresh database folder.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import lbug from '@ladybugdb/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE, EmbeddedStore } from '../graph/stores/embedded/index.ts';
import { META_TABLE, SCHEMA_VERSION } from '../graph/stores/schema.ts';
import { storeContract } from './store.contract.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-store-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
let last = '';

storeContract(
  'embedded',
  () => EmbeddedStore.open((last = join(root, `db${n++}`))),
  () => EmbeddedStore.open(last, { readOnly: true }),
);

test('a store built with another schema version is refused, named, and left as it was', async () => {
  const dir = join(root, 'old-schema');
  await (await EmbeddedStore.open(dir)).close();
  // What a store written by an earlier kg holds: its schema version in the meta table.
  const db = new lbug.Database(join(dir, DB_FILE));
  const conn = new lbug.Connection(db);
  await conn.query(`MATCH (m:${META_TABLE} {id: 'schema'}) SET m.value = 'old'`);
  await conn.close();
  await db.close();
  await assert.rejects(EmbeddedStore.open(dir), (e: Error) => e.message.includes(`${dir} was built with schema old, this kg uses ${SCHEMA_VERSION}`) && e.message.includes(`delete ${dir}`));
  await assert.rejects(EmbeddedStore.open(dir, { readOnly: true }), /was built with schema old/);
  const again = new lbug.Database(join(dir, DB_FILE), 0, true, true);
  const read = new lbug.Connection(again);
  const rows = await (await read.query(`MATCH (m:${META_TABLE}) RETURN m.value AS v`) as lbug.QueryResult).getAll();
  await read.close();
  await again.close();
  assert.deepEqual(rows, [{ v: 'old' }], 'the refused store still says what it was');
});
