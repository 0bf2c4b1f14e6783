// Side-panel facts: careers in spell order, involvements in date order, co-attendees, honest date labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DirectedGraph } from 'graphology';
import type { KgGraph } from '../../../../graph/model/types.ts';
import { careerOf, coAttendeesOf, dateLabel, evidenceCount, involvementsOf, sentenceSpan } from './index.ts';

const g: KgGraph = new DirectedGraph();
g.addNode('p', { kind: 'Person', label: '甲' });
g.addNode('q', { kind: 'Person', label: '乙' });
g.addNode('t1', { kind: 'Title', label: '市长' });
g.addNode('t2', { kind: 'Title', label: '副市长' });
g.addNode('e1', { kind: 'Event', label: '会一', date: '--09-30' });
g.addNode('e2', { kind: 'Event', label: '会二', date: '2023-03-15' });
g.addEdgeWithKey('h1', 'p', 't1', { type: 'HOLDS', evidence: [], firstSeen: '2023-03-15', lastSeen: '2023-04-01', mentions: 2 });
g.addEdgeWithKey('h2', 'p', 't2', { type: 'HOLDS', evidence: [], firstSeen: '2021-01-01', lastSeen: '2021-02-01', mentions: 1 });
g.addEdgeWithKey('a1', 'p', 'e1', { type: 'CHAIRED', evidence: [], role: '主持', date: '--09-30' });
g.addEdgeWithKey('a2', 'p', 'e2', { type: 'ATTENDED', evidence: [], date: '2023-03-15' });
g.addEdgeWithKey('a3', 'q', 'e2', { type: 'ATTENDED', evidence: [], date: '2023-03-15' });
g.addEdgeWithKey('a4', 'q', 'e1', { type: 'LED', evidence: [] });

test('career in spell order', () => assert.deepEqual(careerOf(g, 'p').map((s) => s.title), ['副市长', '市长']));
test('involvements: known years first, then partial dates', () => assert.deepEqual(involvementsOf(g, 'p').map((i) => [i.type, i.label]), [['ATTENDED', '会二'], ['CHAIRED', '会一']]));
test('co-attendees with shared counts', () => assert.deepEqual(coAttendeesOf(g, 'p'), [{ person: 'q', label: '乙', shared: 2 }]));
test('date labels say what is unknown', () => {
  assert.equal(dateLabel('--09-30'), '9月30日 (year unknown)');
  assert.equal(dateLabel('---08'), '8日 (month unknown)');
  assert.equal(dateLabel(undefined), '日期不详 date unknown');
  assert.equal(dateLabel('2023-03-15', 'day'), '2023-03-15');
});
test('the evidence sentence is found in the article text', () => {
  assert.deepEqual(sentenceSpan('前文。市委书记金政主持。后文', { article: 'a', file: 'f', sentence: '市委书记金政主持。', rawStart: 0, rawEnd: 0 }), [3, 12]);
});

test('the evidence count says when the panel shows a sample of the sentences counted', () => {
  assert.equal(evidenceCount(3, 3), '3');
  assert.equal(evidenceCount(2, undefined), '2');
  assert.equal(evidenceCount(20, 5297), 'first 20 of 5,297');
});
