// Upsert rules: what a node or edge becomes when a later build writes it again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EVIDENCE_SAMPLE, MERGE_ARTICLE_SAMPLE, type Evidence } from '../model/types.ts';
import { edgeRow, mergeEdge, mergeMergeRecord, mergeNode, mergeRow, sameRow, storedEdge, storedMergeRecord, type EdgeRow, type NodeRow } from './rows.ts';

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

/** Evidence of one edge from `n` sentences over articles a00…, two sentences per article, files in article order. */
const evidence = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ article: `a${String(i >> 1).padStart(2, '0')}`, file: `f${String(i >> 1).padStart(2, '0')}.txt`, sentence: `句${i}`, rawStart: i * 10, rawEnd: i * 10 + 5 }));
const rowOf = (ev: readonly Evidence[]) => edgeRow('HOLDS:person:a->title:b', 'person:a', 'title:b', { type: 'HOLDS', evidence: [...ev] });

test('a hub edge keeps the first EVIDENCE_SAMPLE sentences and counts every one, whatever the batches and their order', () => {
  const all = evidence(3 * EVIDENCE_SAMPLE + 7);
  const articles = [...new Set(all.map((e) => e.article))];
  fc.assert(
    fc.property(fc.shuffledSubarray(articles, { minLength: articles.length, maxLength: articles.length }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 }), fc.array(fc.nat(40), { maxLength: 4 }), (order, cuts, again) => {
      // Pages in a random order, cut into batches; some batches written a second time (a rebuild of those pages).
      const batches: string[][] = [];
      for (let i = 0, c = 0; i < order.length; c++) batches.push(order.slice(i, (i += cuts[c % cuts.length]!)));
      for (const k of again) batches.push(batches[k % batches.length]!);
      let stored: EdgeRow | undefined;
      const known = new Set<string>();
      for (const batch of batches) {
        const incoming = rowOf(all.filter((e) => batch.includes(e.article)));
        stored = stored ? mergeEdge(stored, incoming, known) : storedEdge(incoming);
        batch.forEach((a) => known.add(a));
      }
      assert.equal(stored!.mentions, all.length);
      assert.deepEqual(stored!.sentences, all.slice(0, EVIDENCE_SAMPLE).map((e) => e.sentence));
    }),
    { numRuns: 300, seed: 7 },
  );
});

test('a sampled edge written again adds nothing; a new sentence past the sample from a new page is counted', () => {
  const all = evidence(2 * EVIDENCE_SAMPLE);
  const stored = storedEdge(rowOf(all));
  assert.deepEqual([stored.mentions, (stored.sentences as string[]).length], [2 * EVIDENCE_SAMPLE, EVIDENCE_SAMPLE]);
  const known = new Set(all.map((e) => e.article));
  assert.ok(sameRow(mergeEdge(stored, rowOf(all), known), stored));
  // Written from a store's sampled read (mentions beyond the sample): the same pages again add nothing either.
  assert.ok(sameRow(mergeEdge(stored, stored, known), stored));
  const later = { article: 'z99', file: 'z99.txt', sentence: '新', rawStart: 0, rawEnd: 1 };
  const m = mergeEdge(stored, rowOf([later]), known);
  assert.equal(m.mentions, 2 * EVIDENCE_SAMPLE + 1);
  assert.deepEqual(m.sentences, stored.sentences, 'it sorts after the sample and stays out of it');
});

test('a stored page written again with a sentence the store never counted (a newer kg finds more) counts it where it can tell', () => {
  const few = evidence(4);
  const known = new Set(few.map((e) => e.article));
  const more = { ...few[0]!, sentence: '新句', rawStart: 3 };
  // The sample is the whole evidence: anything it lacks is new.
  assert.equal(mergeEdge(storedEdge(rowOf(few)), rowOf([...few, more]), known).mentions, 5);
  // A full sample: a sentence sorting before its last would be in it had it been counted.
  const many = evidence(EVIDENCE_SAMPLE + 4);
  assert.equal(mergeEdge(storedEdge(rowOf(many)), rowOf([more]), new Set(many.map((e) => e.article))).mentions, EVIDENCE_SAMPLE + 5);
});

test('a merge record lists its first articles and counts them all, over batches and a rebuild', () => {
  const ids = Array.from({ length: 2 * MERGE_ARTICLE_SAMPLE + 3 }, (_, i) => `p${String(i).padStart(3, '0')}:1`);
  const record = (articles: string[]) => mergeRow({ node: 'person:甲', kind: 'Person', forms: ['甲'], articles, reason: 'r' });
  const known = new Set<string>();
  let stored = storedMergeRecord(record(ids.slice(30)));
  ids.slice(30).forEach((a) => known.add(a));
  for (const part of [ids.slice(0, 10), ids.slice(10, 30), ids.slice(0, 10), ids.slice(30)]) {
    stored = mergeMergeRecord(stored, record(part), known);
    part.forEach((a) => known.add(a));
  }
  assert.deepEqual([stored.articleCount, stored.articles], [ids.length, ids.slice(0, MERGE_ARTICLE_SAMPLE)]);
});
