// Hostile inputs through kg build and kg ingest as a user runs them: every file named in a message, the rest stored, the count in the summary and exit code.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { ingestSeed, kgIn, SEED_FILES, seedBytes } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-inputs-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const kg = kgIn(dir);
const utf8 = (file: string) => new TextDecoder().decode(seedBytes(file));
const [A, B, C, D, E] = SEED_FILES as [string, string, string, string, string];
/** Root reads files whatever their mode: then the locked file is simply read. */
const root = process.getuid?.() === 0;

test('kg build over a folder of mixed encodings, junk and unreadable files: each failure named and counted, the rest stored', () => {
  const pages = join(dir, 'mixed');
  mkdirSync(pages);
  writeFileSync(join(pages, 'good.txt'), seedBytes(A));
  writeFileSync(join(pages, 'gbk.txt'), iconv.encode(utf8(B), 'gbk'));
  writeFileSync(join(pages, 'bom-crlf.txt'), '\ufeff' + utf8(C).replace(/\n/g, '\r\n'));
  writeFileSync(join(pages, 'utf16.txt'), iconv.encode(utf8(D), 'utf16-le', { addBOM: true }));
  // One line of 5 MB: the seed's text without its line breaks, repeated.
  const flat = utf8(E).replace(/\n/g, '');
  writeFileSync(join(pages, 'one-line.txt'), flat.repeat(Math.ceil(5e6 / Buffer.byteLength(flat))));
  writeFileSync(join(pages, 'junk.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(join(pages, 'empty.txt'), '');
  symlinkSync('loop-b.txt', join(pages, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(pages, 'loop-b.txt'));
  writeFileSync(join(pages, 'locked.txt'), seedBytes(A));
  chmodSync(join(pages, 'locked.txt'), 0);
  writeFileSync(join(pages, 'manifest.json'), '{"files": {"good.txt": {"issueDate": "2017-10-01"}');

  const db = join(dir, 'db');
  const r = kg('build', pages, join(dir, 'absent.txt'), '--db', db);
  const failed = ['junk.txt', 'empty.txt', 'loop-a.txt', 'loop-b.txt', 'absent.txt', ...(root ? [] : ['locked.txt'])];
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`kg build: ${11 - failed.length} of 11 files read, ${failed.length} failed \\(read as \\d+ pages\\);`));
  for (const f of failed) assert.match(r.stderr, new RegExp(`^error: ${f.replace('.', '\\.')}: `, 'm'), `no error names ${f}:\n${r.stderr}`);
  assert.match(r.stderr, /junk\.txt: binary/);
  assert.match(r.stderr, /empty\.txt: empty file/);
  assert.match(r.stderr, /loop-a\.txt: cannot read \(ELOOP\)/);
  assert.match(r.stderr, /absent\.txt: cannot read \(ENOENT\)/);
  assert.match(r.stderr, /manifest\.json: malformed JSON at line 1, column \d+/);

  const q = kg('query', '--db', db, '--cypher', 'MATCH (a:Article) RETURN a.file AS file, count(a) AS n ORDER BY file', '--json');
  assert.equal(q.status, 0, q.stderr);
  const stored = Object.fromEntries(JSON.parse(q.stdout).rows.map((x: { file: string; n: number }) => [x.file, x.n]));
  assert.equal(stored['good.txt'], ingestSeed(A).length);
  assert.equal(stored['gbk.txt'], ingestSeed(B).length);
  assert.equal(stored['bom-crlf.txt'], ingestSeed(C).length);
  assert.equal(stored['utf16.txt'], ingestSeed(D).length);
  assert.ok(stored['one-line.txt'] >= 1, JSON.stringify(stored));
  for (const f of failed) assert.equal(stored[f], undefined, `${f} stored`);
  if (root) assert.equal(stored['locked.txt'], ingestSeed(A).length);
});

test('a manifest that names files not among the inputs: a warning names each; the build succeeds', () => {
  const pages = join(dir, 'named');
  mkdirSync(pages);
  writeFileSync(join(pages, 'p.txt'), seedBytes(A));
  writeFileSync(join(pages, 'manifest.json'), JSON.stringify({ files: { 'p.txt': { issueDate: '2017-10-01' }, 'gone.txt': {}, 'also-gone.txt': {} } }));
  const r = kg('build', pages, '--db', join(dir, 'db-named'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /manifest\.json: names gone\.txt, which is not among the inputs/);
  assert.match(r.stderr, /manifest\.json: names also-gone\.txt, which is not among the inputs/);
  assert.match(r.stdout, /1 of 1 files read, 0 failed/);
});

test('kg ingest of one 50 MB file: read whole, every article out', () => {
  const page = utf8(A);
  const big = join(dir, 'big.txt');
  writeFileSync(big, page.repeat(Math.ceil(50e6 / Buffer.byteLength(page))));
  const out = join(dir, 'big.json');
  const r = kg('ingest', big, '--json', out);
  assert.equal(r.status, 0, r.stderr);
  const blocks = Number(/1 of 1 files read, 0 failed; read as 1 pages; (\d+) blocks/.exec(r.stdout)?.[1]);
  // Every copy of the page gives its articles (neighbouring copies may join at their seams).
  assert.ok(blocks >= ingestSeed(A).length * Math.floor(50e6 / Buffer.byteLength(page)) * 0.9, r.stdout);
});
