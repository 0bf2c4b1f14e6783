// Property: random mixtures of real news (shuffled items of 新闻联播 days, seed pages, doubled text, items cut in half)
// always build; every edge's evidence is a sentence of its article; no article crosses an item boundary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildGraph, type KgGraph } from '../graph/build/index.ts';
import { EmbeddedStore } from '../graph/stores/embedded/index.ts';
import { ingestPage, type Article } from '../ingest/index.ts';
import { ingestSeed, SEED_FILES } from './helpers.ts';
import { judge, layoutItems, XINWEN, XINWEN_SKIP, xinwenDays, type Item } from './xinwen.ts';

const skip = XINWEN_SKIP;
/** Items of a spread of days, as the layout prints them. */
const POOL: Item[] = xinwenDays()
  .filter((_, i) => i % 20 === 0)
  .flatMap((f) => layoutItems(readFileSync(join(XINWEN, f), 'utf8')));

type Damage = 'none' | 'cut' | 'doubled';
const damage = (it: Item, how: Damage): Item => {
  if (how === 'cut') {
    const kept = it.body.slice(0, Math.max(1, it.body.length >> 1));
    const last = kept.at(-1)!;
    return { ...it, body: [...kept.slice(0, -1), last.slice(0, Math.max(1, last.length >> 1))] };
  }
  if (how === 'doubled')
    return { ...it, headline: Array.from(it.headline, (c) => c + c).join(''), body: [it.body[0] ?? '', ...it.body] };
  return it;
};

/** A day file made of the chosen items, two blank lines apart, and where each item stands in it. */
function dayFile(picks: readonly (readonly [number, Damage])[]): { raw: string; items: Item[] } {
  let raw = '';
  const items: Item[] = [];
  for (const [k, how] of picks) {
    const it = damage(POOL[k % POOL.length]!, how);
    if (raw) raw += '\n\n\n';
    const text = [it.headline, '', ...it.body].join('\n');
    items.push({ ...it, start: raw.length, end: raw.length + text.length });
    raw += text;
  }
  return { raw: raw + '\n', items };
}

const fileSpec = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.tuple(fc.nat(), fc.constantFrom<Damage>('none', 'none', 'cut', 'doubled')), {
      minLength: 1,
      maxLength: 10,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom(...SEED_FILES) },
);

interface Mixture {
  articles: Article[];
  days: { file: string; items: Item[] }[];
}

function mixture(specs: readonly (string | readonly (readonly [number, Damage])[])[]): Mixture {
  const m: Mixture = { articles: [], days: [] };
  specs.forEach((spec, n) => {
    if (typeof spec === 'string') {
      m.articles.push(...ingestSeed(spec).map((a) => ({ ...a, id: `${n}-${a.id}`, file: `${n}-${a.file}` })));
      return;
    }
    const file = `mix${n}.txt`;
    const { raw, items } = dayFile(spec);
    m.articles.push(
      ...ingestPage(
        { file, bytes: new TextEncoder().encode(raw) },
        { issue: { issueDate: '2023-06-01', newspaper: '新闻联播' } },
      ).output,
    );
    m.days.push({ file, items });
  });
  return m;
}

/** Every edge's evidence sentences stand in the text (or headline) of the article they name. */
function assertEvidenceInArticles(graph: KgGraph): void {
  graph.forEachEdge((key, attrs) => {
    for (const e of attrs.evidence) {
      const a = graph.getNodeAttributes(`article:${e.article}`);
      assert.ok(
        a.text!.includes(e.sentence) || a.headline === e.sentence || a.text!.startsWith(e.sentence),
        `${key}: 「${e.sentence}」 not in ${e.article}`,
      );
    }
  });
}

test(
  'property: mixtures of real items, seed pages, doubled and cut text build whole, evidence in place, items kept apart',
  { skip },
  () => {
    fc.assert(
      fc.property(fc.array(fileSpec, { minLength: 1, maxLength: 4 }), (specs) => {
        const m = mixture(specs);
        const built = buildGraph(m.articles);
        assert.deepEqual(built.messages, []);
        assert.equal(built.graph.filterNodes((_k, a) => a.kind === 'Article').length, m.articles.length);
        assertEvidenceInArticles(built.graph);
        for (const d of m.days) {
          const v = judge(
            d.items,
            m.articles.filter((a) => a.file === d.file),
          );
          assert.deepEqual(
            v.crossing.map((a) => a.id),
            [],
            d.file,
          );
        }
      }),
      { numRuns: 40, seed: 20261202 },
    );
  },
);

test(
  "a mixture stored in the embedded store: every stored edge's evidence is a sentence of its stored article",
  { skip },
  async () => {
    const m = mixture([
      [
        [1, 'none'],
        [2, 'cut'],
        [3, 'doubled'],
        [40, 'none'],
        [41, 'none'],
      ],
      SEED_FILES[3]!,
      [
        [7, 'none'],
        [90, 'cut'],
      ],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'kg-mix-'));
    const store = await EmbeddedStore.open(join(dir, 'db'));
    try {
      const built = buildGraph(m.articles);
      await store.write(built.graph, built.mergeLog);
      const stored = await store.readGraph();
      assert.equal(stored.size, built.graph.size);
      assertEvidenceInArticles(stored);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
