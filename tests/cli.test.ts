// The kg command line as a user runs it: help on every subcommand, the article JSON contract, exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../cli/main.ts';
import { kgIn, ROOT, SEEDS, SEED_FILES } from './helpers.ts';

const kg = kgIn(ROOT);

test('kg --help lists every command', () => {
  const r = kg('--help');
  assert.equal(r.status, 0);
  for (const c of COMMANDS) assert.match(r.stdout, new RegExp(`^  ${c.name} `, 'm'));
});

for (const c of COMMANDS) {
  test(`kg ${c.name} --help`, () => {
    const r = kg(c.name, '--help');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Usage: kg ${c.name}`));
  });
}

test('unknown commands and options are usage errors (exit 2)', () => {
  assert.equal(kg('frobnicate').status, 2);
  const r = kg('ingest', 'seeds', '--no-such-option');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no-such-option/);
});

test('kg ingest seeds --json writes the article contract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  try {
    const out = join(dir, 'out.json');
    const r = kg('ingest', SEEDS, '--json', out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /5 of 5 files read, 0 failed; read as 5 pages; 20 blocks/);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(data.files.length, SEED_FILES.length);
    for (const a of data.articles) {
      for (const key of ['id', 'file', 'kind', 'headline', 'reporters', 'text', 'dates', 'offsets']) assert.ok(key in a, `${a.id} lacks ${key}`);
      assert.ok(['news', 'photo', 'classifieds', 'continuation', 'fragment'].includes(a.kind));
      assert.ok(SEED_FILES.includes(a.file));
      for (const d of a.dates) {
        assert.match(d.value, /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?|---\d{2})$/);
        assert.equal(a.text.slice(d.start, d.end), d.text);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('kg ingest: a bad file is named, the rest written, exit code 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  try {
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(SEEDS, SEED_FILES[0]!)));
    writeFileSync(join(dir, 'b.txt'), new Uint8Array([0, 1, 2, 3, 0, 255]));
    const out = join(dir, 'out.json');
    const r = kg('ingest', dir, '--json', out);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /b\.txt: binary file/);
    assert.match(r.stdout, /1 of 2 files read, 1 failed/);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).articles.length, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
