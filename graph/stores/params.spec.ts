// Saved-query parameters: typed coercion, date bounds that cover their period, and errors that name the query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coerceParam, resolveParams } from './params.ts';
import type { QueryParam, SavedQuery } from './types.ts';

const p = (type: QueryParam['type']): QueryParam => ({ name: 'x', type });

const OK: [QueryParam['type'], unknown, unknown][] = [
  ['string', ' 金政 ', '金政'],
  ['int', '20', 20],
  ['int', -3, -3],
  ['float', '0.5', 0.5],
  ['boolean', 'true', true],
  ['boolean', 'no', false],
  ['date', '', ''],
  ['date', '2023', '2023-01-01'],
  ['date', '2023-02', '2023-02-01'],
  ['enddate', '2023', '2023-12-31'],
  ['enddate', '2024-02', '2024-02-29'],
  ['enddate', '2023-02', '2023-02-28'],
  ['enddate', '2023-03-15', '2023-03-15'],
];
for (const [type, raw, want] of OK) test(`${type} ${JSON.stringify(raw)} → ${JSON.stringify(want)}`, () => assert.equal(coerceParam(p(type), raw, 'q'), want));

const BAD: [QueryParam['type'], unknown][] = [
  ['int', 'ten'],
  ['int', '1.5'],
  ['int', '99999999999999999999'],
  ['float', 'abc'],
  ['float', ''],
  ['boolean', 'maybe'],
  ['date', '2023-13'],
  ['date', '2023-02-30'],
  ['date', '23-01-01'],
  ['date', "2023' OR 1=1 --"],
  ['string', 5],
];
for (const [type, raw] of BAD) test(`${type} ${JSON.stringify(raw)} is refused, naming query and parameter`, () => assert.throws(() => coerceParam(p(type), raw, 'career'), /kg query career: parameter x \(/));

const Q: SavedQuery = {
  name: 'q',
  description: '',
  file: 'q.cypher',
  cypher: { embedded: 'RETURN $a, $b', neo4j: 'RETURN $a, $b' },
  params: [
    { name: 'a', type: 'string' },
    { name: 'b', type: 'int', default: 3 },
  ],
};
test('defaults fill what is not given; required, unknown and mistyped parameters are errors', () => {
  assert.deepEqual(resolveParams(Q, { a: 'x' }), { a: 'x', b: 3 });
  assert.deepEqual(resolveParams(Q, { a: 'x', b: '7' }), { a: 'x', b: 7 });
  assert.throws(() => resolveParams(Q, {}), /parameter a \(string\) is required/);
  assert.throws(() => resolveParams(Q, { a: 'x', c: '1' }), /unknown parameter c \(parameters: a, b\)/);
  assert.throws(() => resolveParams(Q, { a: 'x', b: 'x' }), /whole number/);
});
