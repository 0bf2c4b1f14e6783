// Ingest on hostile input: other encodings and line ends give the same articles; junk is reported and skipped; nothing throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { ingestInputs, ingestPage, readInputs, type Article } from '../ingest/index.ts';
import { extract } from '../ingest/extract/index.ts';
import { rawOffsetOf } from '../ingest/text/tracked.ts';
import { assertOffsetsMapBack, ingestSeed, SEED_FILES, seedBytes, seedIssue } from './helpers.ts';

const content = (articles: Article[]) => articles.map(({ id, kind, headline, reporters, text, dates }) => ({ id, kind, headline, reporters, text, dates }));
const utf8 = (file: string) => new TextDecoder().decode(seedBytes(file));

for (const file of SEED_FILES) {
  test(`${file}: a GBK copy gives the same articles, offsets included`, () => {
    const gbk = new Uint8Array(iconv.encode(utf8(file), 'gbk'));
    const r = ingestPage({ file, bytes: gbk }, { issue: seedIssue(file)! });
    assert.equal(r.encoding, 'gb18030');
    assert.deepEqual(r.output, ingestSeed(file));
  });

  test(`${file}: CRLF line ends and a BOM give the same articles, offsets mapping back`, () => {
    const rawText = '\ufeff' + utf8(file).replace(/\n/g, '\r\n');
    const r = ingestPage({ file, bytes: new TextEncoder().encode(rawText) });
    assert.deepEqual(content(r.output), content(ingestSeed(file)));
    for (const a of r.output) assertOffsetsMapBack(rawText, a);
  });
}

test('a folder with binary, empty, missing files and a broken link: each reported by name and counted, the rest ingested', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
  try {
    writeFileSync(join(dir, 'good.txt'), seedBytes(SEED_FILES[0]!));
    writeFileSync(join(dir, 'gbk.txt'), iconv.encode(utf8(SEED_FILES[1]!), 'gbk'));
    writeFileSync(join(dir, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    writeFileSync(join(dir, 'empty.txt'), '');
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    const inputs = readInputs([dir, join(dir, 'missing.txt')]);
    const articles: Article[] = [];
    const summary = ingestInputs(inputs, {}, (a) => articles.push(...a));
    const status = Object.fromEntries(summary.files.map((f) => [f.file, f.status]));
    assert.deepEqual(status, { 'dangling.txt': 'failed', 'empty.txt': 'failed', 'gbk.txt': 'ok', 'good.txt': 'ok', 'image.txt': 'failed', 'missing.txt': 'failed' });
    assert.equal(summary.failed, 4);
    const errors = summary.messages.filter((m) => m.level === 'error').map((m) => m.text);
    assert.ok(errors.some((t) => t.startsWith('image.txt: binary')), errors.join('\n'));
    assert.ok(errors.some((t) => t.startsWith('empty.txt: empty file')), errors.join('\n'));
    assert.ok(errors.some((t) => t.startsWith('missing.txt: cannot read (ENOENT)')), errors.join('\n'));
    assert.ok(errors.some((t) => t.startsWith('dangling.txt: cannot read (ENOENT)')), errors.join('\n'));
    assert.deepEqual(new Set(articles.map((a) => a.file)), new Set(['good.txt', 'gbk.txt']));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a manifest gives issue dates; a malformed one is reported and the pages still ingested', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-manifest-'));
  try {
    writeFileSync(join(dir, 'p.txt'), seedBytes('003_bb7c16360d800cd6.txt'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ newspaper: '永康日报', files: { 'p.txt': { issueDate: '2017-10-01' }, 'gone.txt': {} } }));
    let articles: Article[] = [];
    let summary = ingestInputs(readInputs([dir]), {}, (a) => (articles = a));
    assert.equal(articles[0]!.dates[0]!.value, '2017-09-30');
    assert.equal(articles[0]!.issue?.newspaper, '永康日报');
    assert.ok(summary.messages.some((m) => m.code === 'manifest.missing-file' && m.text.includes('gone.txt')));

    writeFileSync(join(dir, 'manifest.json'), '{"files": {"p.txt": {"issueDate": "2017-10-01"}');
    summary = ingestInputs(readInputs([dir]), {}, (a) => (articles = a));
    const bad = summary.messages.find((m) => m.code === 'manifest.json');
    assert.match(bad!.text, /manifest\.json: malformed JSON at line 1, column \d+/);
    assert.equal(articles[0]!.dates[0]!.value, '--09-30');
    assert.equal(summary.failed, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// OCR-like material: newspaper characters, punctuation, markers, doubled fragments, stray whitespace and control bytes.
const PIECES = [
  '市委书记', '金政', '主持召开', '会议', '。', '，', '、', '“', '”', '（', '）', '本报讯', '□记者 张三', '记者 林群心 摄',
  '（紧接1版）', '分类信息', '13777532527', '9月30日', '8日', '2023年', '春季', '朱志杰朱志杰、、', '做大做优做强',
  '\n', '\n\n', '\r\n', ' ', '\u3000', '\ufeff', '\t', '\u0007', '𠀀', '😀', 'ABC', '<img src=x onerror=alert(1)>', '&amp;',
];
const ocrText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 120 }).map((a) => a.join(''));

test('property: any text ingests without throwing and every offset maps back into the raw text', () => {
  fc.assert(
    fc.property(ocrText, (rawText) => {
      const r = ingestPage({ file: 'prop.txt', bytes: new TextEncoder().encode(rawText) });
      const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(rawText));
      for (const a of r.output) assertOffsetsMapBack(decoded, a);
      assert.equal(new Set(r.output.map((a) => a.id)).size, r.output.length);
    }),
    { numRuns: 400, seed: 20261122 },
  );
});

test('property: random bytes never throw; they are ingested or reported', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const r = ingestPage({ file: 'junk.bin', bytes });
      assert.ok(r.output.length > 0 || r.messages.length > 0);
    }),
    { numRuns: 300, seed: 7 },
  );
});

test('property: normalise → split → extract never throws, and every mention maps back, character by character, to the raw text', () => {
  fc.assert(
    fc.property(ocrText, (rawText) => {
      const bytes = new TextEncoder().encode(rawText);
      const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      for (const a of ingestPage({ file: 'prop.txt', bytes }).output) {
        for (const m of extract(a.text).output) {
          assert.equal(a.text.slice(m.start, m.end), m.text);
          for (let i = m.start; i < m.end; i++) {
            const r = rawOffsetOf(a.offsets, i);
            // Only joins the normaliser inserted (line breaks between paragraphs) have no raw position.
            if (r === undefined) assert.equal(a.text[i], '\n', `${m.text}: character ${i} unmapped`);
            else assert.equal(decoded[r], a.text[i], `${m.text}: character ${i} maps to raw ${r}`);
          }
        }
      }
    }),
    { numRuns: 300, seed: 8 },
  );
});
