// GEXF writing stays well-formed whatever the names contain, and partial dates become honest intervals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { DirectedGraph } from 'graphology';
import { interval, toGexf, xmlSafe } from './gexf.ts';
import type { EdgeAttributes, NodeAttributes } from '../model/types.ts';

test('intervals: a day, a month, a year; no year, no interval', () => {
  assert.deepEqual(interval('2017-09-30'), { start: '2017-09-30', end: '2017-09-30' });
  assert.deepEqual(interval('2020-02'), { start: '2020-02-01', end: '2020-02-29' });
  assert.deepEqual(interval('2017'), { start: '2017-01-01', end: '2017-12-31' });
  assert.equal(interval('--09-30'), undefined);
  assert.equal(interval('---08'), undefined);
});

test('hostile names: markup, ampersands, quotes and control characters stay text in well-formed XML', () => {
  const g = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  const nasty = '<img src=x onerror=alert(1)></script>&"\'\u0001\u0007\uFFFF金政';
  g.addNode('person:x', { kind: 'Person', label: nasty, aliases: [nasty] });
  g.addNode('event:e', { kind: 'Event', label: 'e', date: '2017-09' });
  g.addEdgeWithKey('ATTENDED:x', 'person:x', 'event:e', { type: 'ATTENDED', role: nasty, evidence: [{ article: 'a', file: 'f', sentence: nasty, rawStart: 0, rawEnd: 1 }] });
  const xml = toGexf(g);
  assert.doesNotMatch(xml, /<img|<\/script>|[\u0001\u0007\uFFFF]/);
  assert.match(xml, /label="&lt;img src=x onerror=alert\(1\)>&lt;\/script>&amp;&quot;'金政"/);
  assert.match(xml, /<node id="event:e" start="2017-09-01" end="2017-09-30"/);
  const lint = spawnSync('xmllint', ['--noout', '-'], { input: xml });
  if (lint.status !== null && !lint.error) assert.equal(lint.status, 0, lint.stderr.toString());
  assert.equal(xmlSafe('a\u0000b\uD800c'), 'abc');
});
