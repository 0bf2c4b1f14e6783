// The query file format: headers, typed parameters with defaults, per-store variants, and errors naming file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from './index.ts';

const HEAD = '// @name q\n// @description d\n';

test('header, parameters (with and without defaults) and one text for both stores', () => {
  const q = parseQuery(`${HEAD}// @param name: string = 金政 -- who\n// @param from: date =\n// @param n: int\n// @edge CO_ATTENDED\nMATCH (p {name: $name}) WHERE p.d >= $from RETURN p LIMIT $n\n`, 'dir/q.cypher');
  assert.equal(q.name, 'q');
  assert.deepEqual(q.params, [
    { name: 'name', type: 'string', default: '金政', description: 'who' },
    { name: 'from', type: 'date', default: '' },
    { name: 'n', type: 'int' },
  ]);
  assert.equal(q.edge, 'CO_ATTENDED');
  assert.equal(q.cypher.embedded, q.cypher.neo4j);
  assert.match(q.cypher.neo4j, /^MATCH/);
});

test('per-store variants', () => {
  const q = parseQuery(`${HEAD}// @store embedded\nMATCH (a)-[r]->(b) RETURN label(r)\n// @store neo4j\nMATCH (a)-[r]->(b) RETURN type(r)\n`, 'q.cypher');
  assert.match(q.cypher.embedded, /label\(r\)/);
  assert.match(q.cypher.neo4j, /type\(r\)/);
});

const BAD: [string, string, RegExp][] = [
  ['wrong name', '// @name other\n// @description d\nRETURN 1', /q\.cypher:1: @name other differs/],
  ['no description', '// @name q\nRETURN 1', /needs a \/\/ @description/],
  ['unknown type', `${HEAD}// @param x: text\nRETURN $x`, /q\.cypher:3: unknown parameter type text/],
  ['bad default', `${HEAD}// @param x: int = many\nRETURN $x`, /q\.cypher:3: .*whole number/],
  ['undeclared parameter', `${HEAD}RETURN $x`, /\$x is used but not declared/],
  ['one store missing', `${HEAD}// @store embedded\nRETURN 1`, /no Cypher for the neo4j store/],
  ['text outside sections', `${HEAD}RETURN 1\n// @store embedded\nRETURN 1\n// @store neo4j\nRETURN 1`, /all Cypher goes inside them/],
  ['unknown header', `${HEAD}// @author me\nRETURN 1`, /q\.cypher:3: unknown header @author/],
  ['duplicate parameter', `${HEAD}// @param x: int = 1\n// @param x: int = 2\nRETURN $x`, /declared twice/],
  ['empty', HEAD, /no Cypher/],
];
for (const [what, text, why] of BAD) test(`refused: ${what}`, () => assert.throws(() => parseQuery(text, 'q.cypher'), why));
