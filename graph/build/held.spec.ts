// Held facts: what goes to disk comes back equal, in input order, in batches that never split a page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { HeldFacts } from './held.ts';
import type { ArticleFacts } from './facts/types.ts';
import { ingestPage } from '../../ingest/index.ts';
import { pageFacts } from './index.ts';

const facts = (file: string, text: string): ArticleFacts[] =>
  pageFacts(ingestPage({ file, bytes: new TextEncoder().encode(text) }, {}).output).facts;

test('held facts come back equal, in order, in batches of whole pages', async () => {
  // Two articles a page (ingested apart, as a page's articles are facts apart).
  const pages = [
    [...facts('a.txt', '国家主席习近平8日会见塞尔维亚总统武契奇。\n'), ...facts('a.txt', '李强表示，“中塞友谊\u2028牢不可破”。\n')],
    facts('b.txt', '8日，市长王建国主持召开常务会议。\n'),
    [...facts('c.txt', '9日，国务院总理李强会见德国总理朔尔茨。\n'), ...facts('c.txt', '朔尔茨表示，德方愿同中方加强合作。\n')],
  ];
  assert.ok(pages[0]!.length >= 2 && pages[2]!.length >= 2, 'pages of more than one article');
  const held = new HeldFacts();
  const before = readdirSync(tmpdir()).filter((f) => f.startsWith('kg-held-')).length;
  try {
    for (const page of pages) page.forEach((f) => held.add(f));
    const batches: ArticleFacts[][] = [];
    for await (const b of held.batches(1)) batches.push(b);
    assert.deepEqual(batches.map((b) => [...new Set(b.map((f) => f.article.file))]), [['a.txt'], ['b.txt'], ['c.txt']]);
    assert.deepEqual(batches.flat(), pages.flat());
  } finally {
    held.close();
  }
  assert.equal(readdirSync(tmpdir()).filter((f) => f.startsWith('kg-held-')).length, before, 'the file is removed');
});
