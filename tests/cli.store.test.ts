// kg build / query / export on the embedded store as a user runs them: idempotent builds, saved and ad-hoc queries, exports.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadQueries } from '../queries/index.ts';
import { buildGraph } from '../graph/build/index.ts';
import { ingestSeed, kgIn, ROOT, SEEDS, SEED_FILES } from './helpers.ts';

/** The seeds' graph as the library builds it in memory: the command line must store exactly this. */
const SEEDS_GRAPH = buildGraph(SEED_FILES.flatMap(ingestSeed)).graph;

const dir = mkdtempSync(join(tmpdir(), 'kg-cli-store-'));
const db = join(dir, 'db');
const kg = kgIn(dir);
after(() => rmSync(dir, { recursive: true, force: true }));

let firstExport = '';
before(() => {
  const r = kg('build', SEEDS, '--db', db);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`${SEEDS_GRAPH.order} nodes and ${SEEDS_GRAPH.size} relationships new`));
  firstExport = kg('export', '--db', db, '--format', 'json').stdout;
});

test('kg build of the same pages again adds nothing, and the export is byte for byte the same', () => {
  const r = kg('build', SEEDS, '--db', db);
  assert.equal(r.status, 0, r.stderr);
  const all = SEEDS_GRAPH.order + SEEDS_GRAPH.size;
  assert.match(r.stdout, new RegExp(`0 nodes and 0 relationships new, 0 nodes and 0 relationships extended, ${all} unchanged`));
  const again = kg('export', '--db', db, '--format', 'json');
  assert.equal(again.status, 0, again.stderr);
  assert.equal(again.stdout, firstExport);
  assert.equal(JSON.parse(again.stdout).nodes.length, SEEDS_GRAPH.order);
});

test('a page cache too small for a batch: the build names the setting that enlarges it, and the store keeps what it had', () => {
  const r = kgIn(dir, { KG_BUFFER_POOL_MB: '8' })('build', SEEDS, '--db', db);
  assert.equal(r.status, 1, r.stdout);
  assert.match(r.stderr, /kg store: .*db: .*buffer pool is full.* page cache \(8 MB\) is too small for this; run again with KG_BUFFER_POOL_MB=1024\. Transactions committed before are kept/);
  assert.equal(kg('export', '--db', db, '--format', 'json').stdout, firstExport);
});

test('kg query --list shows every saved query with its typed parameters', () => {
  const r = kg('query', '--list');
  assert.equal(r.status, 0, r.stderr);
  for (const q of loadQueries().queries) assert.match(r.stdout, new RegExp(`^${q.name}\\b`, 'm'));
  assert.match(r.stdout, /--param name: string = 金政/);
  assert.match(r.stdout, /--param to: enddate = ''/);
});

test('kg query NAME --param … prints a table, JSON or CSV', () => {
  const table = kg('query', 'post-holders', '--db', db, '--param', 'post=市委书记');
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /^title_id\s+title\s+person_id/);
  assert.match(table.stdout, /章旭升\s+2023-03-14\s+2023-03-15\s+3/);
  const json = JSON.parse(kg('query', 'career', '--db', db, '--param', 'name=章旭升', '--json').stdout);
  assert.deepEqual(json.rows.map((r: { title: string }) => r.title), ['市委书记']);
  const csv = kg('query', 'visits', '--db', db, '--csv', '--param', 'kind=Enterprise').stdout.split('\r\n');
  assert.equal(csv[0], 'visited_id,visited,kind,person_id,person,date,evidence');
  assert.ok(csv.some((l) => l.startsWith('enterprise:邦立医药,邦立医药,Enterprise,person:金政,金政,---07,')));
});

test('bad names and parameters are usage errors that say what is wrong', () => {
  const none = kg('query', 'no-such-query', '--db', db);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no saved query no-such-query .*career/);
  const bad = kg('query', 'most-connected', '--db', db, '--param', 'limit=lots');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /most-connected: parameter limit \(int\) must be a whole number/);
  assert.equal(kg('query', 'career', '--param', 'noequals').status, 2);
});

test('kg query --cypher runs read-only Cypher and refuses CREATE, MERGE, DELETE and SET', () => {
  const ok = kg('query', '--db', db, '--cypher', 'MATCH (p:Person {name: $n})-[:HOLDS]->(t:Title) RETURN t.label AS title', '--param', 'n=金政', '--json');
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(JSON.parse(ok.stdout).rows, [{ title: '市委书记' }]);
  for (const w of ["CREATE (:Person {id: 'person:x'})", "MERGE (:Person {id: 'person:x'})", 'MATCH (n:Person) DETACH DELETE n', "MATCH (n:Person) SET n.label = 'x'"]) {
    const r = kg('query', '--db', db, '--cypher', w);
    assert.equal(r.status, 1, w);
    assert.match(r.stderr, /refused: (CREATE|MERGE|DETACH|SET) is not allowed/, w);
  }
  assert.equal(kg('export', '--db', db, '--format', 'json').stdout, firstExport, 'nothing changed');
  const syntax = kg('query', '--db', db, '--cypher', 'MATCH (p:Person RETURN p');
  assert.equal(syntax.status, 1);
  assert.match(syntax.stderr, /^kg query: Parser exception/);
});

test('kg export --query exports the subgraph a saved query returns (GEXF, with derived edges)', () => {
  const out = join(dir, 'co.gexf');
  const r = kg('export', '--db', db, '--query', 'co-attendance-network', '--format', 'gexf', '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const xml = readFileSync(out, 'utf8');
  assert.equal((xml.match(/<edge /g) ?? []).length, 12);
  assert.match(xml, /<edge [^\n]*weight="1"/);
  assert.match(xml, /mode="dynamic"/);
  const xmllint = spawnSync('xmllint', ['--noout', '--schema', join(ROOT, 'tests/fixtures/gexf-1.3/gexf.xsd'), out], { encoding: 'utf8' });
  if (xmllint.error === undefined) assert.equal(xmllint.status, 0, xmllint.stderr);
  const ego = JSON.parse(kg('export', '--db', db, '--query', 'ego-network', '--param', 'name=金政', '--format', 'json').stdout);
  assert.ok(ego.nodes.some((n: { key: string }) => n.key === 'person:章旭升'));
  assert.ok(ego.edges.length > 0);
});

test('kg export --format spells-csv: one row per person × title, CPED-shaped', () => {
  const r = kg('export', '--db', db, '--format', 'spells-csv');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\r\n');
  assert.equal(lines[0], 'person,pinyin,title,post,jurisdiction,first_seen,last_seen,mentions,evidence_articles,person_id,title_id');
  const holds = SEEDS_GRAPH.filterEdges((_k, a) => a.type === 'HOLDS').length;
  assert.equal(lines.length - 1, holds, 'one row per HOLDS relationship');
  assert.ok(lines.includes('章旭升,zhang xu sheng,市委书记,市委书记,永康市,2023-03-14,2023-03-15,3,002_832c33dbd7fa0409:2;002_832c33dbd7fa0409:3;004_ac232f6eb9f899b5:2,person:章旭升,title:永康市|市委书记'), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('张新宇,zhang xin yu,金华市副市长,副市长,金华市,')));
});

test('reading a folder with no database says so and names it', () => {
  const r = kg('query', 'career', '--db', join(dir, 'nothing-here'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no graph in .*nothing-here; run `kg build/);
});

test('a build that reads some files and fails others still stores what it read', () => {
  const pages = join(dir, 'pages');
  const other = join(dir, 'db2');
  spawnSync('mkdir', ['-p', pages]);
  writeFileSync(join(pages, 'good.txt'), readFileSync(join(SEEDS, '000_cc3643521c5df172.txt')));
  writeFileSync(join(pages, 'junk.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
  const r = kg('build', pages, '--db', other);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /junk\.txt/);
  const n = JSON.parse(kg('query', '--db', other, '--cypher', 'MATCH (a:Article) RETURN count(a) AS n', '--json').stdout).rows[0].n;
  assert.ok(n >= 3, `articles stored: ${n}`);
});
