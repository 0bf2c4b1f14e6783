// A page whose text carries markup, script tags, ampersands, quotes and control characters: built, shown as plain text
// in real Chromium (no script runs, no element injected), exported as well-formed GEXF and JSON.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { DirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import type { Browser, Page } from 'playwright-core';
import { ingestPage } from '../ingest/page.ts';
import { buildGraph } from '../graph/build/index.ts';
import { EmbeddedStore } from '../graph/stores/embedded/index.ts';
import { toGexf } from '../graph/export/gexf.ts';
import { toJson } from '../graph/export/json.ts';
import { DIST, listen } from '../viewer/server/index.ts';
import { hasChromium, launch } from './browser/harness.ts';

const skip = process.env.CI ? false : !hasChromium ? 'Chromium not installed (apt-get install chromium fonts-wqy-microhei)' : !existsSync(join(DIST, 'index.html')) ? 'viewer not built (npm run build:viewer)' : false;

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '</script><script>window.__pwned=1</script>';
const PAGE = [
  `本报讯 9月30日上午，市委书记金政${IMG}主持召开`,
  `市委常委会会议，研究${SCRIPT}工作。`,
  `市长朱志杰 & "引号" '单引号' 出席会议\u0007并讲话\u0001。`,
  '（记者 林群心）',
  '',
].join('\n');

let dir: string;
let store: EmbeddedStore;
let server: Server;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const errors: string[] = [];

before(async () => {
  const articles = ingestPage({ file: 'hostile.txt', bytes: new TextEncoder().encode(PAGE) }).output;
  const { graph, mergeLog } = buildGraph(articles);
  dir = mkdtempSync(join(tmpdir(), 'kg-hostile-'));
  const w = await EmbeddedStore.open(dir);
  await w.write(graph, mergeLog);
  await w.close();
  store = await EmbeddedStore.open(dir, { readOnly: true });
  if (skip) return;
  server = await listen({ store }, '127.0.0.1', 0);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
});

after(async () => {
  await browser?.close();
  server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the hostile page builds: its sentences are evidence, character for character', async () => {
  const g = await store.readGraph();
  const sentences = g.mapEdges((_k, a) => a.evidence.map((e) => e.sentence)).flat();
  assert.ok(sentences.some((s) => s.includes(IMG) && s.includes(SCRIPT)), sentences.join('\n'));
  assert.ok(sentences.some((s) => s.includes('& "引号" \'单引号\'') && s.includes('\u0007')), sentences.join('\n'));
});

test('the viewer shows the markup as text: no script runs, no element is injected', { skip }, async () => {
  await page.fill('#search', '金政');
  await page.waitForSelector('#search-results li');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#career li');
  await page.click('#career a');
  await page.waitForSelector('#evidence blockquote');
  assert.ok((await page.textContent('#evidence blockquote'))!.includes(IMG + '主持召开'));
  await page.click('#evidence .show-article');
  await page.waitForSelector('#article mark');
  const article = (await page.textContent('#article'))!;
  assert.ok(article.includes(IMG) && article.includes(SCRIPT), article);
  // The markup stayed text: no <img src=x>, no injected <script>, no alert, and the script's global is unset.
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.equal(await page.evaluate('document.querySelectorAll("body script").length'), 0);
  assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined');
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
});

test('GEXF and JSON exports of the hostile graph are well formed and keep the text (XML drops only what it cannot carry)', async () => {
  const g = await store.readGraph();
  const xml = toGexf(g);
  const back = parse(DirectedGraph, xml);
  assert.equal(back.order, g.order);
  assert.equal(back.size, g.size);
  // Escaped where XML needs it (a raw > is legal in attribute values), and no raw markup or control character left.
  assert.ok(xml.includes('&lt;img src=x onerror=alert(1)>'));
  assert.ok(!xml.includes('<img') && !xml.includes('<script') && !/[\u0000-\u0008]/.test(xml));
  assert.ok(back.someEdge((_k, a) => String(a.evidence ?? '').includes(IMG)), 'the evidence reads back with its markup as text');
  const json = JSON.stringify(toJson(g));
  const parsed = JSON.parse(json) as { nodes: { attributes: { text?: string } }[] };
  assert.ok(parsed.nodes.some((n) => n.attributes.text?.includes(SCRIPT) && n.attributes.text.includes('\u0007')));
});
