// Time in the viewer: months known or not, the histogram's span, and what a range keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DirectedGraph } from 'graphology';
import type { KgGraph } from '../../../../graph/model/types.ts';
import { edgeInTime, monthOf, monthsBetween, nodeInTime, timeline } from './index.ts';

test('a month only where year and month are known', () => {
  assert.deepEqual(['2023-03-15', '2023-03', '2023', '--09-30', '---08', undefined].map(monthOf), ['2023-03', '2023-03', undefined, undefined, undefined, undefined]);
  assert.deepEqual(monthsBetween('2022-11', '2023-02'), ['2022-11', '2022-12', '2023-01', '2023-02']);
});

test('events per month over a continuous span; undated events counted apart, never placed', () => {
  const g: KgGraph = new DirectedGraph();
  g.addNode('e1', { kind: 'Event', label: 'a', date: '2022-12-30' });
  g.addNode('e2', { kind: 'Event', label: 'b', date: '2023-02-01' });
  g.addNode('e3', { kind: 'Event', label: 'c', date: '--09-30' });
  g.addNode('p', { kind: 'Person', label: 'p' });
  assert.deepEqual(timeline(g), { months: ['2022-12', '2023-01', '2023-02'], counts: [1, 0, 1], undated: 1 });
});

test('ranges: events by month, spells by overlap, undated things by the lane', () => {
  const r = { from: '2023-01', to: '2023-03', undated: false };
  assert.equal(nodeInTime({ kind: 'Event', label: '', date: '2023-02-10' }, r), true);
  assert.equal(nodeInTime({ kind: 'Event', label: '', date: '2022-12-31' }, r), false);
  assert.equal(nodeInTime({ kind: 'Event', label: '', date: '--02-10' }, r), false);
  assert.equal(nodeInTime({ kind: 'Event', label: '', date: '--02-10' }, { ...r, undated: true }), true);
  assert.equal(nodeInTime({ kind: 'Person', label: '' }, r), undefined);
  assert.equal(edgeInTime({ type: 'HOLDS', evidence: [], firstSeen: '2022-05-01', lastSeen: '2023-01-05' }, r), true);
  assert.equal(edgeInTime({ type: 'HOLDS', evidence: [], firstSeen: '2023-04-01', lastSeen: '2023-05-05' }, r), false);
  assert.equal(edgeInTime({ type: 'ATTENDED', evidence: [], date: '2023-03-01' }, r), true);
  assert.equal(edgeInTime({ type: 'AT', evidence: [] }, r), undefined);
});
