// Viewer benchmark: a synthetic graph of 50,000 nodes and 200,000 edges in headless Chromium, the app next to bare
// sigma on the same graph in the same run: time to first render and milliseconds per frame while the camera moves.
// Usage: npm run bench:viewer [-- --nodes N --edges M --runs R --frames F]
import { parseArgs } from 'node:util';
import { DirectedGraph } from 'graphology';
import type { Browser } from 'playwright-core';
import type { KgGraph, NodeKind, RelType } from '../graph/model/types.ts';
import { listen } from '../viewer/server/index.ts';
import { launch } from '../tests/browser/harness.ts';
import { mulberry32 } from '../viewer/src/core/metrics/random.ts';
import { median } from './stats.ts';

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '50000' }, edges: { type: 'string', default: '200000' }, runs: { type: 'string', default: '3' }, frames: { type: 'string', default: '30' } } });
const N = Number(values.nodes);
const M = Number(values.edges);
const RUNS = Number(values.runs);
const FRAMES = Number(values.frames);

/** A seeded synthetic graph shaped like kg's: people, titles, events, places; dated role edges; positions given. */
function synthetic(n: number, m: number): KgGraph {
  const rnd = mulberry32(12345);
  const g: KgGraph = new DirectedGraph({ allowSelfLoops: false, multi: false });
  const kinds: NodeKind[] = ['Person', 'Person', 'Person', 'Event', 'Event', 'Title', 'Enterprise', 'Place', 'Organization', 'Article'];
  for (let i = 0; i < n; i++) {
    const kind = kinds[i % kinds.length]!;
    const month = 1 + Math.floor(rnd() * 12);
    const year = 2014 + Math.floor(rnd() * 10);
    const r = Math.sqrt(rnd()) * 1000;
    const a = rnd() * 2 * Math.PI;
    g.addNode(`n${i}`, { kind, label: `节点${i}`, ...(kind === 'Event' ? { date: `${year}-${String(month).padStart(2, '0')}-15`, datePrecision: 'day' } : {}), ...({ x: r * Math.cos(a), y: r * Math.sin(a) } as object) });
  }
  const types: RelType[] = ['ATTENDED', 'ATTENDED', 'CHAIRED', 'LED', 'HOLDS', 'VISITED', 'AT', 'REPORTED_IN'];
  while (g.size < m) {
    const s = `n${Math.floor(rnd() * n)}`;
    const t = `n${Math.floor(rnd() * n)}`;
    if (s === t || g.hasEdge(s, t)) continue;
    g.addEdge(s, t, { type: types[g.size % types.length]!, evidence: [] });
  }
  return g;
}

async function measure(browser: Browser, url: string): Promise<{ firstRender: number; frame: number }> {
  // A fresh page each time: leaving a page that is still drawing a big graph in software can take minutes.
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.setDefaultTimeout(1_200_000);
  const t0 = Date.now();
  await page.goto(url, { timeout: 1_200_000 });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 600_000 });
  const firstRender = Date.now() - t0;
  // In-page code as text: tsx would add helpers to a function passed here that the page does not have.
  const frame = (await page.evaluate(`(async (frames) => {
    const r = window.kgViewer.renderer;
    const cam = r.getCamera();
    const start = cam.getState();
    const next = () => new Promise((res) => r.once('afterRender', () => res()));
    // A warm-up frame, then a pan-and-zoom path, one rendered frame per step.
    cam.setState({ ...start, x: start.x + 0.001 });
    await next();
    const t = performance.now();
    for (let i = 1; i <= frames; i++) {
      const done = next();
      cam.setState({ x: start.x + 0.2 * Math.sin(i / 5), y: start.y + 0.2 * Math.cos(i / 7), ratio: 0.6 + 0.4 * Math.abs(Math.sin(i / 9)) });
      await done;
    }
    return (performance.now() - t) / frames;
  })(${FRAMES})`)) as number;
  void page.close({ runBeforeUnload: false });
  return { firstRender, frame };
}


const graph = synthetic(N, M);
const server = await listen({ graph }, '127.0.0.1', 0);
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
const browser = await launch();
const app: { firstRender: number; frame: number }[] = [];
const bare: { firstRender: number; frame: number }[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so drift on a noisy machine hits both alike.
    bare.push(await measure(browser, `${base}bench/bare.html`));
    app.push(await measure(browser, base));
    console.error(`run ${i + 1}/${RUNS}: bare ${bare.at(-1)!.firstRender} ms, ${bare.at(-1)!.frame.toFixed(1)} ms/frame; app ${app.at(-1)!.firstRender} ms, ${app.at(-1)!.frame.toFixed(1)} ms/frame`);
  }
} finally {
  await browser.close();
  server.close();
}
const row = (name: string, xs: { firstRender: number; frame: number }[]) => {
  const fr = median(xs.map((x) => x.firstRender));
  const fm = median(xs.map((x) => x.frame));
  return { name, fr, fm };
};
const b = row('bare sigma', bare);
const a = row('kg viewer', app);
console.log(`\nViewer benchmark: ${N.toLocaleString('en')} nodes, ${M.toLocaleString('en')} edges, headless Chromium (${process.env.GPU ? 'GPU' : 'SwiftShader software WebGL'}), 1200×800 viewport, medians of ${RUNS} runs, ${FRAMES} frames each\n`);
console.log('| page | first render (ms) | ms / frame (camera moving) | fps |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of [b, a]) console.log(`| ${r.name} | ${r.fr} | ${r.fm.toFixed(1)} | ${(1000 / r.fm).toFixed(1)} |`);
console.log(`| **ratio viewer / bare** | **${(a.fr / b.fr).toFixed(2)}×** (target ≤ 1.5×) | **${(a.fm / b.fm).toFixed(2)}×** (target ≤ 1.2×) | |`);
