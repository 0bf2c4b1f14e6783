// Packed rows against the real engine: every value kind reads back exactly as the same rows passed as maps, and what cannot be packed is left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import lbug from '@ladybugdb/core';
import { packRows } from './packed.ts';
import { matchEdge } from '../upsert.ts';
import { unwindCypher } from '../types.ts';

const db = new lbug.Database(':memory:');
const conn = new lbug.Connection(db);

async function run(cypher: string, params: Record<string, unknown>): Promise<unknown[]> {
  const ps = await conn.prepare(cypher);
  if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
  const res = await conn.execute(ps, params as Record<string, never>);
  return (Array.isArray(res) ? res.at(-1)! : res).getAllSync();
}

// `order` is a keyword: a column may be named like one.
const READ_BODY = 'RETURN row.id AS id, row.name AS name, row.rank AS rank, row.sentences AS sentences, row.`order` AS offsets';
const READ = unwindCypher(READ_BODY);

const PACKABLE: { name: string; rows: Record<string, unknown>[] }[] = [
  { name: 'Chinese strings, integers, lists', rows: [{ id: 'p:1', name: '胡积合', rank: 3, sentences: ['市委书记胡积合主持会议。', '会议强调，要抓好落实'], order: [0, 120] }] },
  { name: 'nulls in every column of some row', rows: [{ id: 'p:1', name: null, rank: null, sentences: null, order: null }, { id: 'p:2', name: '徐华水', rank: 0, sentences: ['x'], order: [-1] }] },
  { name: 'empty strings (the engine drops empty fields when splitting)', rows: [{ id: '', name: '', rank: 1, sentences: ['a'], order: [1] }, { id: 'p:3', name: '', rank: 2, sentences: ['b'], order: [2] }] },
  { name: 'a column null in every row', rows: [{ id: 'p:1', name: null, rank: 1, sentences: ['a', 'b', 'c'], order: [1, 2, 3] }] },
  { name: 'commas, quotes, brackets, newlines and a backslash', rows: [{ id: "it's", name: 'a, "b" [c]\n{d}\\', rank: 9007199254740991, sentences: ['[1,2]', "'", ','], order: [0] }] },
];

for (const { name, rows } of PACKABLE) {
  test(`packed rows read back as the same rows passed as maps: ${name}`, async () => {
    const packed = packRows(rows, READ_BODY);
    assert.ok(packed, 'these rows can be packed');
    assert.ok((packed.params.rows as unknown[]).every((r) => typeof r === 'string'));
    const expected = await run(READ, { rows });
    assert.deepEqual(await run(packed.cypher, packed.params), expected);
    assert.deepEqual(expected.map((r) => (r as { name: unknown }).name), rows.map((r) => r.name ?? null));
  });
}

const UNPACKABLE: { name: string; rows: unknown[] }[] = [
  { name: 'no rows', rows: [] },
  { name: 'rows that are not maps', rows: ['a', 'b'] },
  { name: 'an encoding control character in a string', rows: [{ id: 'a\x1fb' }] },
  { name: 'an empty list', rows: [{ id: 'a', sentences: [] }] },
  { name: 'an empty string in a list', rows: [{ id: 'a', sentences: ['x', ''] }] },
  { name: 'a fraction', rows: [{ id: 'a', rank: 1.5 }] },
  { name: 'a boolean', rows: [{ id: 'a', rank: true }] },
  { name: 'a string and a number in one column', rows: [{ id: 'a' }, { id: 1 }] },
  { name: 'rows with other keys', rows: [{ id: 'a', name: 'x' }, { name: 'x', id: 'b' }] },
  { name: 'a nested map', rows: [{ id: 'a', name: { x: 1 } }] },
];

for (const { name, rows } of UNPACKABLE) {
  test(`left as it came: ${name}`, () => {
    assert.equal(packRows(rows, READ_BODY), null);
  });
}

// The upsert finds a stored edge by its endpoints' keys. The engine turns `{id: row.s}` into a primary-key lookup only
// when `row` comes straight from an UNWIND: unpacked through a `WITH … AS row`, the same statement joined whole
// tables (3.0–3.9 s for 2,000 lookups on the 100 MB graph, and a batch into that store ran out of buffer pool).
test('a packed edge lookup is planned as primary-key lookups, and finds and updates what the maps do', async () => {
  await run('CREATE NODE TABLE PA (id STRING, PRIMARY KEY (id))', {});
  await run('CREATE NODE TABLE PB (id STRING, PRIMARY KEY (id))', {});
  await run('CREATE REL TABLE PR (FROM PA TO PB, w INT64)', {});
  const ks = Array.from({ length: 50 }, (_, k) => k + 1);
  await run('UNWIND $ids AS id CREATE (:PA {id: id})', { ids: ks.map((k) => `a${k}`) });
  await run('UNWIND $ids AS id CREATE (:PB {id: id})', { ids: ks.map((k) => `b${k}`) });
  await run('UNWIND $rows AS row MATCH (a:PA {id: row.s}) WITH a, row MATCH (b:PB {id: row.t}) CREATE (a)-[:PR {w: row.w}]->(b)', { rows: ks.map((k) => ({ s: `a${k}`, t: `b${(k % 7) + 1}`, w: k })) });
  const edge = matchEdge('PR' as never, 'PA' as never, 'PB' as never);
  const findBody = `${edge} RETURN a.id AS s, b.id AS t, r.w AS w ORDER BY w`;
  const find = unwindCypher(findBody);
  // Stored pairs, pairs with no edge between them, and a key that exists nowhere.
  const rows = [{ s: 'a8', t: 'b2' }, { s: 'a9', t: 'b3' }, { s: 'a9', t: 'b4' }, { s: 'a1', t: 'b1' }, { s: 'zz', t: 'b1' }, { s: 'a14', t: 'b1' }];
  const packed = packRows(rows, findBody);
  assert.ok(packed);
  const expected = await run(find, { rows });
  assert.deepEqual(expected, [{ s: 'a8', t: 'b2', w: 8 }, { s: 'a9', t: 'b3', w: 9 }, { s: 'a14', t: 'b1', w: 14 }]);
  assert.deepEqual(await run(packed.cypher, packed.params), expected);
  const plan = String(Object.values((await run('EXPLAIN ' + packed.cypher, packed.params))[0] as object)[0]);
  assert.equal(plan.match(/QUERY_PRIMARY_KEY_LOOKUP/g)?.length, 2, plan);
  assert.doesNotMatch(plan, /CROSS_PRODUCT/);
  // Each row's own value reaches its own edge, as maps and packed.
  const setBody = `${edge} SET r.w = row.w`;
  const set = unwindCypher(setBody);
  const updates = (odd: boolean, by: number) => ks.filter((k) => k % 2 === (odd ? 1 : 0)).map((k) => ({ s: `a${k}`, t: `b${(k % 7) + 1}`, w: k * by }));
  await run(set, { rows: updates(true, 100) });
  const p = packRows(updates(false, 1000), setBody);
  assert.ok(p);
  await run(p.cypher, p.params);
  const stored = (await run('MATCH (a:PA)-[r:PR]->(b:PB) RETURN a.id AS s, r.w AS w ORDER BY w', {})) as { s: string; w: number }[];
  assert.equal(stored.length, 50);
  for (const { s: id, w } of stored) {
    const k = Number(id.slice(1));
    assert.equal(w, k % 2 ? k * 100 : k * 1000, id);
  }
});
