// The Neo4j adapter's boundary conversions, testable without a server: integers, nodes, relationships, paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import neo4j from 'neo4j-driver';
import { fromDriver, neo4jOptionsFromEnv, toDriver } from './index.ts';

test('whole numbers go to the driver as Cypher integers, others as they are', () => {
  const v = toDriver({ rows: [{ rank: 3, w: 0.5, s: 'x', xs: [1, 2], n: null }] }) as { rows: Record<string, unknown>[] };
  const row = v.rows[0]!;
  assert.ok(neo4j.isInt(row.rank));
  assert.equal(row.w, 0.5);
  assert.ok((row.xs as unknown[]).every((x) => neo4j.isInt(x)));
  assert.equal(row.n, null);
});

test('driver values come back as plain values, graph elements as ids and labels', () => {
  assert.equal(fromDriver(neo4j.int(42)), 42);
  assert.equal(fromDriver(neo4j.int('9007199254740993')), '9007199254740993');
  const a = new neo4j.types.Node(neo4j.int(1), ['Person'], { id: 'person:金政', label: '金政' }, 'e1');
  const b = new neo4j.types.Node(neo4j.int(2), ['Title'], { id: 'title:永康市|市委书记', label: '市委书记' }, 'e2');
  const r = new neo4j.types.Relationship(neo4j.int(3), neo4j.int(1), neo4j.int(2), 'HOLDS', { id: 'HOLDS:person:金政->title:永康市|市委书记' }, 'e3', 'e1', 'e2');
  assert.deepEqual(fromDriver(a), { $node: { id: 'person:金政', kind: 'Person', label: '金政' } });
  assert.deepEqual(fromDriver(r), { $rel: { id: 'HOLDS:person:金政->title:永康市|市委书记', type: 'HOLDS', source: 'person:金政', target: 'title:永康市|市委书记' } });
  const path = new neo4j.types.Path(a, b, [new neo4j.types.PathSegment(a, r, b)]);
  assert.deepEqual((fromDriver(path) as { $node: { id: string } }[]).map((n) => n.$node.id), ['person:金政', 'title:永康市|市委书记']);
  assert.deepEqual(fromDriver([neo4j.int(1), 'x', null]), [1, 'x', null]);
});

test('connection settings come from the environment, and only with a URI', () => {
  assert.equal(neo4jOptionsFromEnv({}), undefined);
  assert.deepEqual(neo4jOptionsFromEnv({ NEO4J_URI: 'bolt://h:7687', NEO4J_PASSWORD: 'p' }), { uri: 'bolt://h:7687', user: 'neo4j', password: 'p', database: 'neo4j' });
});
