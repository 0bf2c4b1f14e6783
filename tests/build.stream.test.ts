// The streaming build (pages on worker threads, one transaction per batch) gives the graph one in-memory build gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../graph/build/index.ts';
import { buildFiles } from '../graph/build/stream.ts';
import { EmbeddedStore } from '../graph/stores/embedded/index.ts';
import { ingestInputs, readInputs, type Article } from '../ingest/index.ts';
import { canonical } from './store.contract.ts';
import { SEEDS } from './helpers.ts';

const articles: Article[] = [];
ingestInputs(readInputs([SEEDS]), {}, (a) => articles.push(...a));
const whole = buildGraph(articles);
const logOf = (records: { node: string; forms: string[]; articles: string[] }[]) =>
  JSON.stringify(records.map((r) => [r.node, [...r.forms].sort(), [...r.articles].sort()]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));

for (const [label, options] of [
  ['inline, 3 articles per transaction', { workers: 0, batchArticles: 3 }],
  ['2 worker threads, one transaction', { workers: 2 }],
] as const) {
  test(`streaming build (${label}) equals the in-memory build; building again adds nothing`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-stream-'));
    const store = await EmbeddedStore.open(dir);
    try {
      const progress: number[] = [];
      const first = await buildFiles(readInputs([SEEDS]), store, { ...options, onProgress: (p) => progress.push(p.files) });
      assert.equal(first.summary.failed, 0);
      assert.equal(first.articles, articles.length);
      assert.equal(first.workers, options.workers);
      if (options.workers === 0) assert.ok(first.transactions >= 2, `batches of 3 articles: ${first.transactions} transactions`);
      assert.equal(progress.at(-1), 5, 'progress reaches every file');
      assert.equal(canonical(await store.readGraph()), canonical(whole.graph));
      assert.equal(logOf(await store.readMergeLog()), logOf(whole.mergeLog));
      const again = await buildFiles(readInputs([SEEDS]), store, options);
      assert.equal(again.stats.nodesCreated + again.stats.relsCreated + again.stats.nodesUpdated + again.stats.relsUpdated, 0);
      assert.equal(canonical(await store.readGraph()), canonical(whole.graph));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a bare name read before his namesake is titled abroad joins him: its article is held to the end', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-stream-'));
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  writeFileSync(join(pages, '1.txt'), '国务院总理李强8日在北京会见塞尔维亚总理布尔纳比奇。\n李强表示，在习近平主席和武契奇总统战略引领下，中塞关系日益紧密。\n');
  writeFileSync(join(pages, '2.txt'), '8日，国务院总理李强主持召开国务院常务会议。\n');
  writeFileSync(join(pages, '3.txt'), '国家主席习近平9日在贝尔格莱德同塞尔维亚总统武契奇举行会谈。\n');
  const read: Article[] = [];
  ingestInputs(readInputs([pages]), {}, (a) => read.push(...a));
  const store = await EmbeddedStore.open(join(dir, 'db'));
  try {
    const built = await buildFiles(readInputs([pages]), store, { workers: 0, batchArticles: 1 });
    assert.equal(built.transactions, 3);
    const stored = await store.readGraph();
    assert.equal(canonical(stored), canonical(buildGraph(read).graph));
    assert.ok(stored.hasEdge('MENTIONED_IN:person:武契奇@塞尔维亚->article:1:1'));
    assert.ok(!stored.hasNode('person:武契奇'));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a later build into the same store joins a bare name to the namesake an earlier build titled abroad', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-stream-'));
  const [first, second] = [join(dir, 'first'), join(dir, 'second')];
  mkdirSync(first);
  mkdirSync(second);
  writeFileSync(join(first, '1.txt'), '国家主席习近平9日在贝尔格莱德同塞尔维亚总统武契奇举行会谈。\n');
  writeFileSync(join(first, '2.txt'), '8日，市长卢拉主持召开全市安全生产工作会议。\n');
  writeFileSync(join(second, '3.txt'), '李强会见塞尔维亚客人时表示，在习近平主席和武契奇总统战略引领下，中塞关系日益紧密。\n');
  writeFileSync(join(second, '4.txt'), '8日，巴西总统卢拉在巴西利亚会见了到访的客人。\n');
  writeFileSync(join(second, '5.txt'), '8日，巴西客人同卢拉举行会谈。\n');
  const read: Article[] = [];
  ingestInputs(readInputs([first, second]), {}, (a) => read.push(...a));
  const store = await EmbeddedStore.open(join(dir, 'db'));
  try {
    await buildFiles(readInputs([first]), store, { workers: 0 });
    await buildFiles(readInputs([second]), store, { workers: 0 });
    const stored = await store.readGraph();
    assert.equal(canonical(stored), canonical(buildGraph(read).graph));
    assert.ok(stored.hasEdge('MENTIONED_IN:person:武契奇@塞尔维亚->article:3:1'));
    assert.ok(!stored.hasNode('person:武契奇'));
    // A 卢拉 titled at home by the first build keeps the bare 卢拉 of the second home.
    assert.ok(stored.hasEdge('MENTIONED_IN:person:卢拉->article:5:1'));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
