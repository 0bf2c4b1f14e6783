// Measures the embedded engine's relationship insert: comma-joined MATCH vs chained MATCH … WITH … MATCH (prints ms).
// Usage: node --import tsx bench/rel-insert.ts [nodes=5000] [rels=2000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';

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
conn.closeSync();
db.closeSync();
rmSync(dir, { recursive: true, force: true });
