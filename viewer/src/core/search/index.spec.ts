// Search: Chinese, aliases, pinyin (spaced, joined, initials), ranking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DirectedGraph } from 'graphology';
import type { KgGraph } from '../../../../graph/model/types.ts';
import { search, searchIndex } from './index.ts';

const g: KgGraph = new DirectedGraph();
g.addNode('person:金政', { kind: 'Person', label: '金政', pinyin: 'jin zheng' });
g.addNode('person:金晶', { kind: 'Person', label: '金晶', pinyin: 'jin jing' });
g.addNode('enterprise:步阳', { kind: 'Enterprise', label: '步阳集团', aliases: ['步阳集团', '步阳'] });
g.addNode('title:x', { kind: 'Title', label: '金华市副市长' });
g.addNode('event:1', { kind: 'Event', label: '金政调研' });
const index = searchIndex(g);
const keys = (q: string) => search(index, q).map((e) => e.key);

const CASES: [string, string[]][] = [
  ['金政', ['person:金政']],
  ['金', ['person:金政', 'person:金晶', 'title:x']],
  ['jinzheng', ['person:金政']],
  ['jin zheng', ['person:金政']],
  ['jz', ['person:金政']],
  ['JIN', ['person:金政', 'person:金晶']],
  ['步阳', ['enterprise:步阳']],
  ['副市长', ['title:x']],
  ['  ', []],
];
for (const [q, want] of CASES) test(`search ${JSON.stringify(q)}`, () => assert.deepEqual(keys(q), want));
