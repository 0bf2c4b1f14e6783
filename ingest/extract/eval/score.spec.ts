// Strict span scoring and the sums cross-validation makes of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addScores, emptyScores, prf, score } from './score.ts';

test('score: a span counts only with its kind, start and end; counts add kind by kind', () => {
  const a = emptyScores();
  score(a, [{ kind: 'person', start: 0, end: 3 }, { kind: 'place', start: 4, end: 6 }], [
    { kind: 'person', start: 0, end: 3 },
    { kind: 'place', start: 4, end: 7 },
  ]);
  assert.deepEqual(a.get('person'), { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(a.get('place'), { tp: 0, fp: 1, fn: 1 });
  const b = emptyScores();
  score(b, [], [{ kind: 'person', start: 2, end: 4 }]);
  addScores(b, a);
  assert.deepEqual(b.get('person'), { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(b.get('place'), { tp: 0, fp: 1, fn: 1 });
  assert.equal(prf(b.get('person')!).r, 0.5);
});
