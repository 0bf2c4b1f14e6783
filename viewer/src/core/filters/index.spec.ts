// Visibility: kinds, types, time, query isolation and ego networks over a small graph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DirectedGraph } from 'graphology';
import type { KgGraph } from '../../../../graph/model/types.ts';
import { timeline } from '../time/index.ts';
import { DEFAULT_STATE } from '../types.ts';
import { visibility } from './index.ts';

const g: KgGraph = new DirectedGraph();
g.addNode('p1', { kind: 'Person', label: '甲' });
g.addNode('p2', { kind: 'Person', label: '乙' });
g.addNode('p3', { kind: 'Person', label: '丙' });
g.addNode('e1', { kind: 'Event', label: '会1', date: '2023-01-05' });
g.addNode('e2', { kind: 'Event', label: '会2', date: '2023-03-05' });
g.addNode('e3', { kind: 'Event', label: '会3', date: '--05-01' });
g.addNode('a1', { kind: 'Article', label: '报道' });
g.addNode('x', { kind: 'Place', label: '地' });
g.addEdgeWithKey('c1', 'p1', 'e1', { type: 'CHAIRED', evidence: [], date: '2023-01-05' });
g.addEdgeWithKey('c2', 'p2', 'e1', { type: 'ATTENDED', evidence: [], date: '2023-01-05' });
g.addEdgeWithKey('c3', 'p2', 'e2', { type: 'ATTENDED', evidence: [], date: '2023-03-05' });
g.addEdgeWithKey('c4', 'p3', 'e3', { type: 'ATTENDED', evidence: [], date: '--05-01' });
g.addEdgeWithKey('r1', 'e1', 'a1', { type: 'REPORTED_IN', evidence: [] });
g.addEdgeWithKey('at', 'e2', 'x', { type: 'AT', evidence: [] });
const line = timeline(g);
const sorted = (s: Set<string>) => [...s].sort();

test('everything by default', () => {
  const v = visibility(g, DEFAULT_STATE, line);
  assert.equal(v.nodes.size, g.order);
  assert.equal(v.edges.size, g.size);
});

test('a month range keeps its events, the people and places they touch, and structural edges between shown nodes', () => {
  const v = visibility(g, { ...DEFAULT_STATE, from: '2023-03', to: '2023-03', undated: false }, line);
  assert.deepEqual(sorted(v.nodes), ['e2', 'p2', 'x']);
  assert.deepEqual(sorted(v.edges), ['at', 'c3']);
  const withLane = visibility(g, { ...DEFAULT_STATE, from: '2023-03', to: '2023-03', undated: true }, line);
  assert.deepEqual(sorted(withLane.nodes), ['e2', 'e3', 'p2', 'p3', 'x']);
});

test('hidden kinds and relationship types', () => {
  const v = visibility(g, { ...DEFAULT_STATE, hiddenKinds: ['Article'], hiddenTypes: ['ATTENDED'] }, line);
  assert.ok(!v.nodes.has('a1') && !v.edges.has('r1') && !v.edges.has('c2'));
  assert.ok(v.nodes.has('p2'), 'no time filter: a node stays even without shown edges');
});

test('query isolation and ego networks', () => {
  assert.deepEqual(sorted(visibility(g, { ...DEFAULT_STATE, isolate: true }, line, new Set(['p1', 'e1'])).nodes), ['e1', 'p1']);
  assert.deepEqual(sorted(visibility(g, { ...DEFAULT_STATE, focus: 'p1', ego: 1 }, line).nodes), ['e1', 'p1']);
  assert.deepEqual(sorted(visibility(g, { ...DEFAULT_STATE, focus: 'p1', ego: 2 }, line).nodes), ['a1', 'e1', 'p1', 'p2']);
});
