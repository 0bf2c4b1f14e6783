// Measures the embedded engine's relationship insert: comma-joined MATCH vs chained MATCH … WITH … MATCH, the cost of evidence lists, and rows passed as maps vs packed (prints ms).
// Usage: node --import tsx bench/rel-insert.ts [nodes=5000] [rels=2000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import { packRows } from '../graph/stores/embedded/packed.ts';
import { unwindCypher } from '../graph/stores/types.ts';
import { median } from './stats.ts';

const nodes = Number(process.argv[2] ?? 5000);
const rels = Number(process.argv[3] ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'kg-bench-rel-'));
const db = new lbug.Database(join(dir, 'g.lbug'));
const conn = new lbug.Connection(db);
const run = async (q: string, params: Record<string, unknown> = {}) => {
  const ps = await conn.prepare(q);
  if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
  await conn.execute(ps, params as Record<string, never>);
};
await run('CREATE NODE TABLE A(id STRING PRIMARY KEY)');
await run('CREATE NODE TABLE B(id STRING PRIMARY KEY)');
await run('CREATE REL TABLE R1(FROM A TO B, id STRING)');
await run('CREATE REL TABLE R2(FROM A TO B, id STRING)');
const ids = Array.from({ length: nodes }, (_, i) => ({ id: `n${i}` }));
await run('UNWIND $rows AS row CREATE (:A {id: row.id})', { rows: ids });
await run('UNWIND $rows AS row CREATE (:B {id: row.id})', { rows: ids });
const rows = Array.from({ length: rels }, (_, i) => ({ s: `n${(i * 7) % nodes}`, t: `n${(i * 13) % nodes}`, id: `r${i}` }));
const time = async (label: string, q: string) => {
  const t0 = performance.now();
  await run(q, { rows });
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(8)} ms  (${((rels / ms) * 1000).toFixed(0)} rels/s)`);
  return ms;
};
console.log(`${nodes} nodes per table, ${rels} relationships in one UNWIND`);
const chained = await time('chained MATCH … WITH … MATCH', 'UNWIND $rows AS row MATCH (a:A {id: row.s}) WITH a, row MATCH (b:B {id: row.t}) MERGE (a)-[r:R1 {id: row.id}]->(b)');
const comma = await time('comma MATCH (a …), (b …)', 'UNWIND $rows AS row MATCH (a:A {id: row.s}), (b:B {id: row.t}) MERGE (a)-[r:R2 {id: row.id}]->(b)');
console.log(`comma / chained: ${(comma / chained).toFixed(1)}×`);

// Evidence as kg stores it: parallel lists (articles, files, sentences, offsets) of 0, 1, 5 or 20 entries per
// relationship, against the same five entries as one JSON string; 2,000 rows per statement, one transaction each.
const SENTENCE = '市委书记主持会议并讲话，强调要坚持以新发展理念为指导，推动经济社会高质量发展，抓好各项工作落实。';
const LISTS = 'articles STRING[], files STRING[], sentences STRING[], rawStarts INT64[], rawEnds INT64[]';
let next = 0;
const evidenceRows = (n: number, entries: number) =>
  Array.from({ length: n }, () => {
    const i = next++;
    const ev = { articles: Array<string>(entries).fill(`a${i}`), files: Array<string>(entries).fill('p1.txt'), sentences: Array<string>(entries).fill(SENTENCE), rawStarts: Array<number>(entries).fill(5), rawEnds: Array<number>(entries).fill(50) };
    return { s: `n${(i * 7) % nodes}`, t: `n${(i * 13) % nodes}`, id: `e${i}`, ...(entries ? ev : {}) };
  });
console.log(`\n${rels} relationships per variant, evidence lists as kg stores them`);
for (const [name, entries, json] of [['no evidence', 0, false], ['1 sentence in lists', 1, false], ['5 sentences in lists', 5, false], ['20 sentences in lists', 20, false], ['5 sentences as one JSON string', 5, true]] as const) {
  const table = `E${entries}${json ? 'J' : ''}`;
  await run(`CREATE REL TABLE ${table}(FROM A TO B, id STRING, ${json ? 'ev STRING' : LISTS})`);
  const batch = evidenceRows(rels, entries).map((r) => (json ? { s: r.s, t: r.t, id: r.id, ev: JSON.stringify(r) } : r));
  const set = json ? 'id: row.id, ev: row.ev' : entries ? 'id: row.id, articles: row.articles, files: row.files, sentences: row.sentences, rawStarts: row.rawStarts, rawEnds: row.rawEnds' : 'id: row.id';
  const t0 = performance.now();
  await run('BEGIN TRANSACTION');
  await run(`UNWIND $rows AS row MATCH (a:A {id: row.s}) WITH a, row MATCH (b:B {id: row.t}) CREATE (a)-[r:${table} {${set}}]->(b)`, { rows: batch });
  await run('COMMIT');
  const ms = performance.now() - t0;
  console.log(`${name.padEnd(34)} ${ms.toFixed(0).padStart(8)} ms  (${((rels / ms) * 1000).toFixed(0)} rels/s)`);
}

// The same statement with its rows passed as a list of maps and packed one string per row (graph/stores/embedded/
// packed.ts), alternating, statement time only; the median of REPEATS each.
const REPEATS = 5;
console.log(`\n${rels} relationships with 5 evidence sentences, rows as maps vs packed (median of ${REPEATS}, statement only)`);
await run(`CREATE REL TABLE P(FROM A TO B, id STRING, ${LISTS})`);
const insertBody = 'MATCH (a:A {id: row.s}) WITH a, row MATCH (b:B {id: row.t}) CREATE (a)-[r:P {id: row.id, articles: row.articles, files: row.files, sentences: row.sentences, rawStarts: row.rawStarts, rawEnds: row.rawEnds}]->(b)';
const insert = unwindCypher(insertBody);
const timings = { maps: [] as number[], packed: [] as number[] };
for (let k = 0; k < REPEATS * 2; k++) {
  const mode = k % 2 === 0 ? 'maps' : 'packed';
  const batch = evidenceRows(rels, 5);
  const packed = mode === 'packed' ? packRows(batch, insertBody) : null;
  if (mode === 'packed' && !packed) throw new Error('bench: rows could not be packed');
  await run('BEGIN TRANSACTION');
  const t0 = performance.now();
  await run(packed?.cypher ?? insert, packed?.params ?? { rows: batch });
  timings[mode].push(performance.now() - t0);
  await run('COMMIT');
}
for (const mode of ['maps', 'packed'] as const) console.log(`${mode.padEnd(34)} ${median(timings[mode]).toFixed(0).padStart(8)} ms  (${((rels / median(timings[mode])) * 1000).toFixed(0)} rels/s)`);
console.log(`maps / packed: ${(median(timings.maps) / median(timings.packed)).toFixed(1)}×`);
conn.closeSync();
db.closeSync();
rmSync(dir, { recursive: true, force: true });
