// Upsert rules: what a node or edge becomes when a later build writes it again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEdge, mergeNode, sameRow, type EdgeRow, type NodeRow } from './rows.ts';

const edge = (over: Partial<EdgeRow>): EdgeRow => ({
  id: 'HOLDS:person:a->title:b', s: 'person:a', t: 'title:b',
  articles: ['p1:1'], files: ['p1.txt'], sentences: ['甲'], rawStarts: [0], rawEnds: [5],
  role: null, rank: null, date: null, datePrecision: null, firstSeen: '2022-05-01', lastSeen: '2022-05-01', mentions: 1,
  ...over,
});

test('an edge seen again in a new article: evidence appended, spell widened both ways, mentions counted', () => {
  const m = mergeEdge(edge({}), edge({ articles: ['p2:1'], files: ['p2.txt'], sentences: ['乙'], rawStarts: [7], rawEnds: [9], firstSeen: '2021-01-02', lastSeen: '2023-03-15' }));
  assert.deepEqual(m.articles, ['p1:1', 'p2:1']);
  assert.deepEqual(m.rawStarts, [0, 7]);
  assert.deepEqual([m.firstSeen, m.lastSeen, m.mentions], ['2021-01-02', '2023-03-15', 2]);
});

test('the same evidence again changes nothing', () => {
  const e = edge({});
  assert.ok(sameRow(mergeEdge(e, edge({})), e));
});

test('an undated sighting keeps the spell; the best (lowest) listing rank is kept', () => {
  const m = mergeEdge(edge({ rank: 3 }), edge({ articles: ['p3:1'], sentences: ['丙'], firstSeen: null, lastSeen: null, rank: 2 }));
  assert.deepEqual([m.firstSeen, m.lastSeen, m.rank], ['2022-05-01', '2022-05-01', 2]);
});

test('a node written again: aliases grow, span widens, an enterprise keeps its fullest name', () => {
  const old: NodeRow = { id: 'enterprise:超虎', label: '超虎', aliases: ['超虎'], firstSeen: '2022-01-01', lastSeen: '2022-02-01' };
  const m = mergeNode('Enterprise', old, { id: 'enterprise:超虎', label: '超虎公司', aliases: ['超虎公司'], firstSeen: null, lastSeen: '2023-01-01' });
  assert.deepEqual(m, { id: 'enterprise:超虎', label: '超虎公司', aliases: ['超虎', '超虎公司'], firstSeen: '2022-01-01', lastSeen: '2023-01-01' });
  const back = mergeNode('Enterprise', m, { id: 'enterprise:超虎', label: '超虎', aliases: ['超虎'], firstSeen: null, lastSeen: null });
  assert.equal(back.label, '超虎公司');
});
