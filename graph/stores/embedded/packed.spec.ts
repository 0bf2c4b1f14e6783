// Packed rows against the real engine: every value kind reads back exactly as the same rows passed as maps, and what cannot be packed is left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import lbug from '@ladybugdb/core';
import { packRows } from './packed.ts';

const db = new lbug.Database(':memory:');
const conn = new lbug.Connection(db);

async function run(cypher: string, params: Record<string, unknown>): Promise<unknown[]> {
  const ps = await conn.prepare(cypher);
  if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
  const res = await conn.execute(ps, params as Record<string, never>);
  return (Array.isArray(res) ? res.at(-1)! : res).getAllSync();
}

// `order` is a keyword: a column may be named like one.
const READ = 'UNWIND $rows AS row RETURN row.id AS id, row.name AS name, row.rank AS rank, row.sentences AS sentences, row.`order` AS offsets';

const PACKABLE: { name: string; rows: Record<string, unknown>[] }[] = [
  { name: 'Chinese strings, integers, lists', rows: [{ id: 'p:1', name: '胡积合', rank: 3, sentences: ['市委书记胡积合主持会议。', '会议强调，要抓好落实'], order: [0, 120] }] },
  { name: 'nulls in every column of some row', rows: [{ id: 'p:1', name: null, rank: null, sentences: null, order: null }, { id: 'p:2', name: '徐华水', rank: 0, sentences: ['x'], order: [-1] }] },
  { name: 'empty strings (the engine drops empty fields when splitting)', rows: [{ id: '', name: '', rank: 1, sentences: ['a'], order: [1] }, { id: 'p:3', name: '', rank: 2, sentences: ['b'], order: [2] }] },
  { name: 'a column null in every row', rows: [{ id: 'p:1', name: null, rank: 1, sentences: ['a', 'b', 'c'], order: [1, 2, 3] }] },
  { name: 'commas, quotes, brackets, newlines and a backslash', rows: [{ id: "it's", name: 'a, "b" [c]\n{d}\\', rank: 9007199254740991, sentences: ['[1,2]', "'", ','], order: [0] }] },
];

for (const { name, rows } of PACKABLE) {
  test(`packed rows read back as the same rows passed as maps: ${name}`, async () => {
    const packed = packRows(READ, { rows });
    assert.ok(packed, 'these rows can be packed');
    assert.ok((packed.params.rows as unknown[]).every((r) => typeof r === 'string'));
    const expected = await run(READ, { rows });
    assert.deepEqual(await run(packed.cypher, packed.params), expected);
    assert.deepEqual(expected.map((r) => (r as { name: unknown }).name), rows.map((r) => r.name ?? null));
  });
}

const UNPACKABLE: { name: string; cypher: string; params: Record<string, unknown> }[] = [
  { name: 'another statement', cypher: 'MATCH (n) RETURN n', params: { rows: [{ id: 'a' }] } },
  { name: 'no rows', cypher: READ, params: { rows: [] } },
  { name: 'an encoding control character in a string', cypher: READ, params: { rows: [{ id: 'a\x1fb' }] } },
  { name: 'an empty list', cypher: READ, params: { rows: [{ id: 'a', sentences: [] }] } },
  { name: 'an empty string in a list', cypher: READ, params: { rows: [{ id: 'a', sentences: ['x', ''] }] } },
  { name: 'a fraction', cypher: READ, params: { rows: [{ id: 'a', rank: 1.5 }] } },
  { name: 'a boolean', cypher: READ, params: { rows: [{ id: 'a', rank: true }] } },
  { name: 'a string and a number in one column', cypher: READ, params: { rows: [{ id: 'a' }, { id: 1 }] } },
  { name: 'rows with other keys', cypher: READ, params: { rows: [{ id: 'a', name: 'x' }, { name: 'x', id: 'b' }] } },
  { name: 'a nested map', cypher: READ, params: { rows: [{ id: 'a', name: { x: 1 } }] } },
];

for (const { name, cypher, params } of UNPACKABLE) {
  test(`left as it came: ${name}`, () => {
    assert.equal(packRows(cypher, params), null);
  });
}

test('the other parameters pass through untouched', () => {
  const packed = packRows(READ, { rows: [{ id: 'a' }], limit: 5 });
  assert.equal(packed?.params.limit, 5);
});
