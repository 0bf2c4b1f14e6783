// The synthetic corpus: the same bytes for the same seed, a manifest kg reads cleanly, and truth kg's graph can be scored on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../graph/build/index.ts';
import { ingestInputs, readInputs, type Article } from '../../ingest/index.ts';
import { generateCorpus, readTruth } from './index.ts';
import { sameTitle, scoreGraph } from './truth.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'kg-corpus-'));
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

test('one seed, one corpus: byte-identical; another seed, another corpus', () => {
  const [a, b, c] = [tmp(), tmp(), tmp()];
  try {
    const sa = generateCorpus({ out: a, megabytes: 0.1, seed: 7 });
    generateCorpus({ out: b, megabytes: 0.1, seed: 7 });
    generateCorpus({ out: c, megabytes: 0.1, seed: 8 });
    assert.ok(sa.bytes >= 100_000 && sa.pages >= 10, `${sa.bytes} bytes, ${sa.pages} pages`);
    assert.deepEqual(files(a), files(b));
    for (const f of files(a).filter((f) => f.endsWith('.txt') || f.endsWith('.jsonl'))) assert.equal(readFileSync(join(a, f), 'utf8'), readFileSync(join(b, f), 'utf8'), f);
    assert.notEqual(readFileSync(join(a, '.truth.jsonl'), 'utf8'), readFileSync(join(c, '.truth.jsonl'), 'utf8'));
  } finally {
    for (const d of [a, b, c]) rmSync(d, { recursive: true, force: true });
  }
});

test('pages carry the seeds’ OCR damage and a manifest kg reads without complaint', () => {
  const dir = tmp();
  try {
    generateCorpus({ out: dir, megabytes: 0.3, seed: 3 });
    const inputs = readInputs([dir]);
    assert.deepEqual(inputs.messages.filter((m) => m.level !== 'info'), []);
    const text = inputs.files.map((f) => readFileSync(f.path, 'utf8')).join('\n');
    const lines = text.split('\n').filter((l) => l && !/^ ?□/.test(l));
    const median = lines.map((l) => l.length).sort((x, y) => x - y)[Math.floor(lines.length / 2)]!;
    assert.ok(median >= 10 && median <= 18, `lines broken every ~15 characters (median ${median})`);
    assert.match(text, /□(?:首席)?记者 \S+/);
    assert.match(text, /本报讯（融媒(?:首席)?记者 \S+）/);
    assert.match(text, /记者 \S+ 摄/);
    const truth = [...readTruth(dir)];
    assert.equal(truth.length, inputs.files.length);
    assert.ok(truth.every((p) => inputs.manifest.files.get(p.file)?.issueDate === p.issueDate));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('kg’s graph of a small corpus scores against the planted truth (recall floors well below what it measures)', () => {
  const dir = tmp();
  try {
    generateCorpus({ out: dir, megabytes: 0.2, seed: 5 });
    const articles: Article[] = [];
    ingestInputs(readInputs([dir]), {}, (a) => articles.push(...a));
    const s = scoreGraph(buildGraph(articles).graph, readTruth(dir));
    for (const k of ['people', 'CHAIRED', 'LED'] as const) assert.ok(s[k].planted > 10 && s[k].recall >= 0.9, `${k}: ${JSON.stringify(s[k])}`);
    for (const k of ['enterprises', 'ATTENDED', 'VISITED'] as const) assert.ok(s[k].planted > 10 && s[k].recall >= 0.7, `${k}: ${JSON.stringify(s[k])}`);
    assert.ok(s.peoplePrecision >= 0.8, `people precision ${s.peoplePrecision}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('title labels match titles as printed, the paper’s county spelled out or not', () => {
  assert.ok(sameTitle('市委书记', '市委书记'));
  assert.ok(sameTitle('永康市委书记', '市委书记'));
  assert.ok(!sameTitle('金华市副市长', '副市长'));
  assert.ok(!sameTitle('局长', '市教育局局长'));
  assert.ok(sameTitle('古山镇长', '古山镇镇长'));
  assert.ok(sameTitle('市教育局局长', '市教育局长'));
  assert.ok(!sameTitle('市教育局局长', '市财政局长'));
});
