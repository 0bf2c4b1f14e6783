// No text crashes a build: two facts making one edge merge; an article kg fails on is reported by file, article and
// offset and left out whole, the rest built; the days of real news that used to crash the build now build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph, graphOf, pageFacts } from '../graph/build/index.ts';
import type { ArticleFacts } from '../graph/build/facts/index.ts';
import { ingestPage, type Article } from '../ingest/index.ts';
import { XINWEN, XINWEN_SKIP } from './xinwen.ts';
import { textArticle } from './helpers.ts';

const article = (id: string, text: string): Article =>
  textArticle(text, {
    id,
    file: 'p.txt',
    rawStart: 100 * Number(id.split(':')[1]),
    rawEnd: 100 * Number(id.split(':')[1]) + text.length,
    issue: { issueDate: '2023-03-05', newspaper: '新闻联播' },
  });
const evidence = (a: Article, sentence: string) => ({
  article: a.id,
  file: a.file,
  sentence,
  rawStart: a.rawStart,
  rawEnd: a.rawEnd,
});

/** One meeting held by a body at that body, chaired and attended by the same person (two sentences say so). */
function doubled(a: Article): ArticleFacts {
  const s1 = evidence(a, '某部在某部指挥部召开会议。');
  const s2 = evidence(a, '张三出席会议。');
  return {
    article: a,
    mentions: [],
    events: [
      {
        local: 0,
        label: '会议',
        printed: '会议',
        eventKind: 'meeting',
        sentenceStart: 0,
        at: 9,
        evidence: s1,
        places: [{ kind: 'Organization', name: '某部指挥部' }],
        heldBy: ['某部指挥部'],
      },
    ],
    holds: [],
    roles: [
      { rel: 'ATTENDED', person: '张三', event: 0, role: '出席', evidence: s2 },
      { rel: 'CHAIRED', person: '张三', event: 0, role: '主持', evidence: s1 },
    ],
    visits: [],
    met: [],
  };
}

test('a body holding a meeting where it sits, a chair who also attends: one edge of each kind, both evidences', () => {
  const { graph, messages } = graphOf([doubled(article('p:1', '某部在某部指挥部召开会议。张三出席会议。'))]);
  assert.deepEqual(messages, []);
  const ev = 'event:p:1#1';
  assert.deepEqual(
    graph
      .edges(ev, 'organization:某部指挥部')
      .map((e) => graph.getEdgeAttribute(e, 'type'))
      .sort(),
    ['AT', 'HELD_BY'],
  );
  const roles = graph.edges('person:张三', ev);
  assert.deepEqual(
    roles.map((e) => graph.getEdgeAttribute(e, 'type')),
    ['CHAIRED'],
  );
  assert.deepEqual(
    graph
      .getEdgeAttribute(roles[0]!, 'evidence')
      .map((e) => e.sentence)
      .sort(),
    ['张三出席会议。', '某部在某部指挥部召开会议。'],
  );
  assert.equal(graph.getEdgeAttribute(roles[0]!, 'date'), '2023-03-05');
  assert.equal(graph.getEdgeAttribute(roles[0]!, 'datePrecision'), 'issue');
});

test('an article the graph stage fails on is reported with file, article and offset, and leaves nothing behind', () => {
  const good = doubled(article('p:1', '某部在某部指挥部召开会议。张三出席会议。'));
  const bad = doubled(article('p:2', '李四出席会议。'));
  bad.roles.push({
    rel: 'ATTENDED',
    person: '李四',
    event: 7,
    role: '出席',
    evidence: evidence(bad.article, '李四出席会议。'),
  });
  const { graph, messages } = graphOf([good, bad]);
  assert.equal(messages.length, 1);
  assert.deepEqual(
    [messages[0]!.level, messages[0]!.code, messages[0]!.file, messages[0]!.offset],
    ['error', 'graph.failed', 'p.txt', 200],
  );
  assert.match(messages[0]!.text, /^p\.txt: article p:2 \(offset 200\): graph failed/);
  assert.ok(graph.hasNode('article:p:1') && graph.hasNode('person:张三'));
  assert.ok(!graph.hasNode('article:p:2') && !graph.hasNode('event:p:2#1') && !graph.hasNode('person:李四'));
});

test("an article extraction fails on is reported and left out; the page's other articles keep their facts", () => {
  const good = article('p:1', '国务院总理李强主持召开国务院常务会议。');
  const broken = { ...article('p:2', ''), text: undefined as unknown as string };
  const { facts, messages } = pageFacts([good, broken]);
  assert.deepEqual(
    facts.map((f) => f.article.id),
    ['p:1'],
  );
  assert.deepEqual(
    messages.map((m) => [m.code, m.file, m.offset]),
    [['extract.failed', 'p.txt', 200]],
  );
});

for (const [day, what] of [
  ['20230305.txt', 'a body holding a meeting at itself'],
  ['20231018.txt', '丁薛祥 chairing and attending'],
] as const) {
  test(`${day}, which crashed the whole build (${what}), builds every article`, { skip: XINWEN_SKIP }, () => {
    const bytes = new Uint8Array(readFileSync(join(XINWEN, day)));
    const articles = ingestPage(
      { file: day, bytes },
      { issue: { issueDate: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}` } },
    ).output;
    const built = buildGraph(articles);
    assert.deepEqual(built.messages, []);
    assert.equal(built.graph.filterNodes((_k, a) => a.kind === 'Article').length, articles.length);
  });
}
