// The viewer in real headless Chromium against the production build served by kg serve's server over a real store.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { DirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import type { Browser, Page } from 'playwright-core';
import { EmbeddedStore } from '../graph/stores/embedded/index.ts';
import { DIST, listen } from '../viewer/server/index.ts';
import { KIND_COLORS } from '../viewer/src/core/appearance/index.ts';
import { hasChromium, launch } from './browser/harness.ts';
import { countColor, readPng } from './browser/png.ts';
import { SEEDS_BUILD } from './store.contract.ts';
import { ROOT } from './helpers.ts';

const ARTIFACTS = join(ROOT, 'tests/artifacts');
const skip = process.env.CI ? false : !hasChromium ? 'Chromium not installed (apt-get install chromium fonts-wqy-microhei)' : !existsSync(join(DIST, 'index.html')) ? 'viewer not built (npm run build:viewer)' : false;

let dir: string;
let store: EmbeddedStore;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
const errors: string[] = [];

before(async () => {
  if (skip) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'kg-viewer-'));
  // The seeds with test-only issue dates (tests/store.contract.ts), so events spread over several months.
  const w = await EmbeddedStore.open(dir);
  await w.write(SEEDS_BUILD.graph, SEEDS_BUILD.mergeLog);
  await w.close();
  store = await EmbeddedStore.open(dir, { readOnly: true });
  server = await listen({ store }, '127.0.0.1', 0);
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
});

after(async () => {
  if (skip) return;
  await browser?.close();
  server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const visible = () => page.evaluate('window.kgViewer.visibleNodes()') as Promise<number>;
/** A range input (typed here without the DOM library: this file runs in node, the callbacks in the page). */
type RangeInput = { value: string; max: string; dispatchEvent(e: Event): boolean };
const shot = async (name: string) => readPng(await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) }));
const canvasShot = async (name: string) => readPng(await page.locator('#sigma').screenshot({ path: join(ARTIFACTS, `${name}.png`) }));

test('the page loads with no console errors and draws the graph on the canvas', { skip }, async () => {
  assert.deepEqual(errors, []);
  const img = await canvasShot('viewer-loaded');
  // Nodes drawn in their kinds' colours: pixels, not DOM.
  for (const kind of ['Person', 'Event', 'Title'] as const) assert.ok(countColor(img, KIND_COLORS[kind]) > 50, `${kind} nodes drawn (${countColor(img, KIND_COLORS[kind])} px)`);
  assert.equal(await visible(), SEEDS_BUILD.graph.order);
  await shot('viewer-page');
});

test('searching 金政 focuses him; the panel lists 市委书记 and an evidence sentence with its article', { skip }, async () => {
  await page.fill('#search', 'jinzheng');
  await page.waitForSelector('#search-results li[data-key="person:金政"]');
  await page.fill('#search', '金政');
  await page.waitForSelector('#search-results li');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#career li');
  assert.equal(await page.evaluate('window.kgViewer.state().focus'), 'person:金政');
  assert.match((await page.textContent('#career'))!, /市委书记/);
  await page.click('#career a');
  await page.waitForSelector('#evidence blockquote');
  const sentence = (await page.textContent('#evidence blockquote'))!;
  assert.match(sentence, /市委书记金政/);
  await page.click('#evidence .show-article');
  await page.waitForSelector('#article mark');
  assert.equal(await page.textContent('#article mark'), sentence);
  assert.match(page.url(), /focus=person%3A%E9%87%91%E6%94%BF/, 'the URL keeps the focus');
  await shot('viewer-focus-jin-zheng');
  await page.click('#reset-view');
  await page.waitForSelector('body[data-ready="true"]');
});

test('moving the time slider changes what is visible; the undated lane toggles undated events', { skip }, async () => {
  const all = await visible();
  const months = await page.$eval('#time-to', (el) => Number((el as unknown as RangeInput).max) + 1);
  assert.ok(months > 3, `events spread over ${months} months`);
  await page.$eval('#time-from', (el) => {
    const input = el as unknown as RangeInput;
    input.value = input.max;
    input.dispatchEvent(new Event('input'));
  });
  const lastMonth = await visible();
  assert.ok(lastMonth < all, `${lastMonth} < ${all}`);
  assert.match(page.url(), /from=2023-03/);
  await shot('viewer-time-last-month');
  await page.uncheck('#time-undated');
  assert.ok((await visible()) < lastMonth);
  await page.check('#time-undated');
  await page.$eval('#time-from', (el) => {
    const input = el as unknown as RangeInput;
    input.value = '0';
    input.dispatchEvent(new Event('input'));
  });
  assert.equal(await visible(), all);
});

test('running a saved query shows rows and highlights its subgraph', { skip }, async () => {
  await page.selectOption('#query-select', 'post-holders');
  await page.fill('#query-form input[name="post"]', '市委书记');
  await page.click('#query-run');
  await page.waitForSelector('#query-table tbody tr');
  const rows = await page.$$eval('#query-table tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(rows.length, 2);
  assert.ok(rows.some((r) => r?.includes('章旭升')) && rows.some((r) => r?.includes('金政')));
  assert.match(page.url(), /query=post-holders/);
  await page.check('#query-isolate');
  assert.equal(await visible(), 3, 'isolated: the post and its two holders');
  await shot('viewer-query-post-holders');
  await page.uncheck('#query-isolate');
  await page.click('#query-clear');
});

test('ForceAtlas2 runs in its web worker and moves nodes; metrics recolour and resize without errors', { skip }, async () => {
  const position = () => page.evaluate('(() => { const a = window.kgViewer.graph.getNodeAttributes("person:金政"); return [a.x, a.y]; })()') as Promise<[number, number]>;
  const before = await position();
  await page.click('#layout-toggle');
  await page.waitForTimeout(1500);
  await page.click('#layout-toggle');
  assert.notDeepEqual(await position(), before);
  const byKind = countColor(await canvasShot('viewer-after-layout'), KIND_COLORS.Title);
  await page.selectOption('#color-metric', 'community');
  await page.selectOption('#size-metric', 'betweenness');
  await page.waitForTimeout(300);
  const byCommunity = countColor(await canvasShot('viewer-communities'), KIND_COLORS.Title);
  assert.ok(byKind > 50 && byCommunity < byKind / 2, `Title-coloured pixels: ${byKind} by kind, ${byCommunity} by community`);
  await page.selectOption('#color-metric', 'kind');
  await page.selectOption('#size-metric', 'degree');
  assert.deepEqual(errors, []);
});

test('the GEXF export of the view downloads and parses, with what is visible', { skip }, async () => {
  await page.uncheck('#legend input[data-kind="Article"]');
  const shown = await visible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
  const path = join(ARTIFACTS, 'kg-view.gexf');
  await download.saveAs(path);
  const xml = readFileSync(path, 'utf8');
  assert.match(xml, /mode="dynamic"/);
  const g = parse(DirectedGraph, xml);
  assert.equal(g.order, shown);
  assert.ok(!g.someNode((_k, a) => a.kind === 'Article'));
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
  await png.saveAs(join(ARTIFACTS, 'kg-view.png'));
  const img = readPng(readFileSync(join(ARTIFACTS, 'kg-view.png')));
  assert.ok(img.width > 100 && countColor(img, KIND_COLORS.Person) > 20);
  await page.check('#legend input[data-kind="Article"]');
  assert.deepEqual(errors, []);
});
