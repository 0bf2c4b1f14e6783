// One article's graph: meetings of one pair on other days stay apart, each with its own date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textArticle } from '../../tests/helpers.ts';
import { buildGraph } from './index.ts';

const TALKS = '国家主席习近平在北京同美国总统拜登举行会晤。';

test('a pair that meets on two days has two MET edges, each with its day; the same day twice, one', () => {
  const day = (id: string, issueDate: string) => textArticle(TALKS, { id, issue: { issueDate } });
  const g = buildGraph([day('a:1', '2022-11-14'), day('b:1', '2023-11-15'), day('c:1', '2023-11-15')]).graph;
  const met = g.filterEdges((_k, a) => a.type === 'MET').map((k) => g.getEdgeAttributes(k));
  assert.deepEqual(met.map((a) => a.date).sort(), ['2022-11-14', '2023-11-15']);
  assert.deepEqual(met.map((a) => a.evidence.length).sort(), [1, 2]);
});
