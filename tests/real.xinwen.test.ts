// A real corpus through the whole pipeline as a user runs it: 30 fixed days of 新闻联播 built with `kg build` into the
// embedded store (its manifest gives issue dates only: a national source), then the stored graph read back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../graph/stores/embedded/index.ts';
import type { KgGraph } from '../graph/build/index.ts';
import { kgIn } from './helpers.ts';
import { XINWEN, XINWEN_SKIP, xinwenDays } from './xinwen.ts';

/** Days that once broke the build or are cited in the issue, then a spread of the rest: 30 in all. */
const NAMED = ['20230305.txt', '20230405.txt', '20231018.txt', '20240105.txt', '20240418.txt'];
const sample = (): string[] => {
  const rest = xinwenDays().filter((f) => !NAMED.includes(f));
  return [...NAMED, ...rest.filter((_, i) => i % Math.floor(rest.length / 25) === 0).slice(0, 25)].sort();
};

let graph: KgGraph | undefined;
let report = '';

test(
  '30 real days: kg build reads every file as clean articles, fails on no article, exits 0',
  { skip: XINWEN_SKIP },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-xinwen-'));
    try {
      const days = sample();
      assert.equal(days.length, 30);
      const manifest = JSON.parse(readFileSync(join(XINWEN, 'manifest.json'), 'utf8')) as {
        newspaper: string;
        files: Record<string, unknown>;
      };
      for (const f of days) copyFileSync(join(XINWEN, f), join(dir, f));
      writeFileSync(
        join(dir, 'manifest.json'),
        JSON.stringify({
          newspaper: manifest.newspaper,
          files: Object.fromEntries(days.map((f) => [f, manifest.files[f]])),
        }),
      );
      const r = kgIn(dir)('build', '.', '--db', 'db');
      report = r.stdout;
      assert.equal(r.status, 0, r.stderr.slice(-3000));
      assert.match(r.stdout, /30 of 30 files read, 0 failed \(read as 30 articles\); \d+ articles, 0 failed/);
      const store = await EmbeddedStore.open(join(dir, 'db'), { readOnly: true });
      graph = await store.readGraph().finally(() => store.close());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

const kinds = (g: KgGraph, kind: string) => g.filterNodes((_k, a) => a.kind === kind);
const typed = (g: KgGraph, type: string) => g.filterEdges((_k, a) => a.type === type);

test('30 real days: about a dozen articles a day, events with roles, titles held', { skip: XINWEN_SKIP }, () => {
  assert.ok(graph, 'the build above ran');
  const articles = kinds(graph, 'Article').length;
  assert.ok(articles >= 30 * 12, `${articles} articles: ${report}`);
  assert.ok(kinds(graph, 'Event').length >= 30, report);
  assert.ok(typed(graph, 'CHAIRED').length + typed(graph, 'ATTENDED').length >= 30, report);
  assert.ok(typed(graph, 'HOLDS').length >= 60, report);
});

test(
  '30 real days: every event is dated, by its own text where it gives a date, else by the issue (marked so)',
  { skip: XINWEN_SKIP },
  () => {
    assert.ok(graph, 'the build above ran');
    const events = kinds(graph, 'Event').map((k) => graph!.getNodeAttributes(k));
    assert.deepEqual(
      events.filter((e) => !e.date).map((e) => e.label),
      [],
    );
    const printed = events.filter((e) => e.datePrecision !== 'issue').length;
    assert.ok(printed >= events.length * 0.6, `${printed} of ${events.length} events dated by their text`);
    // 国务院总理李强1月5日主持召开国务院常务会议 (issue of 2024-01-05).
    const council = kinds(graph, 'Event').filter(
      (k) => k.startsWith('event:20240105:') && graph!.getNodeAttribute(k, 'label').includes('国务院常务会议'),
    );
    assert.ok(council.length > 0);
    for (const k of council)
      assert.deepEqual(
        [graph.getNodeAttribute(k, 'date'), graph.getNodeAttribute(k, 'datePrecision')],
        ['2024-01-05', 'day'],
      );
  },
);
