// The nodejieba addon as the root postinstall builds it (TextRank made on first use, one dictionary shared by threads, API intact), and kg's cache over it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import { MAX_CACHED_LENGTH, tag } from './jieba.ts';
import { SEED_FILES, SEEDS } from '../../tests/helpers.ts';

const pkgDir = dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));

test('the addon was built with the TextRank extractor made on first use (scripts/build-nodejieba.mjs)', () => {
  assert.ok(existsSync(join(pkgDir, 'build', 'Release', 'kg-lazy-textrank-shared-dict')), 'postinstall left no marker: the patches did not apply to this nodejieba');
  assert.match(readFileSync(join(pkgDir, 'lib', 'nodejieba.cpp'), 'utf8'), /kg: lazy TextRank/);
  assert.match(readFileSync(join(pkgDir, 'lib', 'nodejieba.cpp'), 'utf8'), /kg: shared dictionary/);
});

test('tagging and TextRank keywords still answer as before', () => {
  assert.deepEqual(
    nodejieba.tag('主持召开会议').map((t) => t.word),
    ['主持', '召开', '会议'],
  );
  const keywords = nodejieba.textRankExtract('市委书记主持召开会议，研究部署经济工作和安全生产工作。', 2).map((k) => k.word);
  assert.equal(keywords.length, 2);
  assert.ok(keywords.includes('工作'), keywords.join(' '));
});

test('short strings are answered from the cache; an article-length text is tagged afresh each time, never kept', () => {
  const short = '主持召开会议';
  assert.equal(tag(short), tag(short), 'a short string comes back as the same cached tokens');
  const article = '市委书记主持召开会议，研究部署经济工作和安全生产工作。'.repeat(3);
  assert.ok(article.length > MAX_CACHED_LENGTH);
  const first = tag(article);
  assert.notEqual(tag(article), first, 'an article is not kept in the cache');
  assert.deepEqual(tag(article), first);
  assert.deepEqual(first, nodejieba.tag(article));
});

/** A worker thread running `body` (CommonJS, `nodejieba` and `texts` in scope); resolves with what it posts back. */
function inWorker<T>(body: string, texts: readonly string[]): Promise<T> {
  const code = `const { parentPort, workerData } = require('node:worker_threads'); const nodejieba = require(workerData.addon); const texts = workerData.texts; parentPort.postMessage((() => { ${body} })());`;
  const worker = new Worker(code, { eval: true, workerData: { addon: pkgDir, texts } });
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (m: T) => void worker.terminate().then(() => resolve(m)));
    worker.once('error', reject);
  });
}

const SEED_TEXT = readFileSync(join(SEEDS, SEED_FILES[0]!), 'utf8').split('\n').filter((l) => l.trim());

test('threads share one dictionary: a second thread costs a few MB, not a dictionary (~130 MB)', async () => {
  nodejieba.tag('主持召开会议'); // this thread's dictionary is loaded
  const before = process.memoryUsage.rss();
  const rss = await inWorker<number>("nodejieba.tag('主持召开会议'); return process.memoryUsage.rss();", []);
  assert.ok(rss - before < 60 * 2 ** 20, `a worker's jieba added ${((rss - before) / 2 ** 20).toFixed(0)} MB`);
});

test('two threads tagging at once on the shared dictionary give the tokens one thread gives', async () => {
  const expected = SEED_TEXT.map((t) => nodejieba.tag(t));
  const body = 'const out = []; for (let k = 0; k < 20; k++) out.push(texts.map((t) => nodejieba.tag(t))); return out;';
  const [a, b] = await Promise.all([inWorker<unknown[][]>(body, SEED_TEXT), inWorker<unknown[][]>(body, SEED_TEXT)]);
  for (const rounds of [a, b]) for (const round of rounds) assert.deepEqual(round, expected);
});

test('a word inserted in one thread stays in that thread (it gets a private copy first)', async () => {
  const word = '琮璜璇玑峪';
  const inserted = await inWorker<string[]>(`nodejieba.insertWord('${word}', 'nz'); return nodejieba.tag('${word}').map((t) => t.word);`, []);
  assert.deepEqual(inserted, [word]);
  const other = await inWorker<string[]>(`return nodejieba.tag('${word}').map((t) => t.word);`, []);
  assert.notDeepEqual(other, [word]);
  assert.deepEqual(nodejieba.tag(word).map((t) => t.word), other);
});
