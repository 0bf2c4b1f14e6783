// The read-only word guard: what it refuses (writes in every disguise) and what it lets through (reads that look alike).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankLiterals, readOnlyViolation } from './readonly.ts';

const REFUSED: [string, RegExp][] = [
  ["CREATE (n:Person {id: 'x'})", /CREATE/],
  ["MERGE (n:Person {id: 'x'})", /MERGE/],
  ["MATCH (n) SET n.label = 'x'", /SET/],
  ['MATCH (n) DELETE n', /DELETE/],
  ['MATCH (n) DETACH DELETE n', /DETACH/],
  ['match (n) detach delete n', /DETACH/],
  ['MATCH (n) REMOVE n.label', /REMOVE/],
  ['DROP TABLE Person', /DROP/],
  ['MATCH (n)/* */DeLeTe/**/n', /DELETE/],
  ['MATCH (n) // note\nDELETE n', /DELETE/],
  ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD/],
  ["COPY Person FROM '/tmp/x.csv'", /COPY/],
  ["COPY (MATCH (n) RETURN n) TO '/tmp/out.csv'", /COPY/],
  ["CALL apoc.export.csv.all('/tmp/x.csv', {})", /CALL apoc\.export\.csv\.all/],
  ['CALL dbms.security.createUser("a", "b")', /CALL dbms/],
  ['MATCH (n) RETURN n; MATCH (m) DELETE m', /one statement/],
  ['MATCH (n) RETURN n;;CREATE (x)', /one statement|CREATE/],
  ['MATCH (n) FOREACH (x IN [1] | CREATE (y))', /FOREACH|CREATE/],
  ['CALL { CREATE (x) } RETURN 1', /CREATE/],
  ['BEGIN TRANSACTION', /BEGIN/],
  ['ATTACH \'/tmp/other\' AS o (dbtype lbug)', /ATTACH/],
  ['USE system SHOW USERS', /USE|SHOW/],
  ['', /empty/],
  ['  ;  ', /empty/],
];
for (const [q, why] of REFUSED) test(`refused: ${JSON.stringify(q)}`, () => assert.match(readOnlyViolation(q) ?? 'allowed', why));

const ALLOWED = [
  'MATCH (p:Person) RETURN p.label AS name',
  "MATCH (p:Person) WHERE p.label = 'CREATE (x)' RETURN p",
  'MATCH (p:Person) WHERE p.label = "a; DELETE b" RETURN p',
  'MATCH (n) RETURN n.set AS set_, n.delete AS d',
  'MATCH (n) WHERE n.id = $create RETURN n',
  'MATCH (n) RETURN {set: 1, merge: 2} AS m',
  'MATCH (`CREATE`) RETURN 1',
  'MATCH (n) RETURN n // DELETE in a comment\n',
  'MATCH (n) RETURN n /* SET n.x = 1 */',
  'CALL db.labels()',
  'CALL show_tables() RETURN *',
  'MATCH (n) RETURN n;',
  'MATCH (a)-[r:CREATED_BY]->(b) RETURN r',
  'MATCH (n) WHERE n.offset > 0 RETURN n.dataset AS x',
];
for (const q of ALLOWED) test(`allowed: ${JSON.stringify(q)}`, () => assert.equal(readOnlyViolation(q), undefined));

test('blanking keeps positions and quotes, hides contents', () => {
  const q = "RETURN 'a;b' AS x // c\n, \"d\"";
  const b = blankLiterals(q);
  assert.equal(b.length, q.length);
  assert.ok(!b.includes(';') && !b.includes('c\n,'.slice(0, 1) + 'x'));
  assert.equal(b, "RETURN '   ' AS x     \n, \" \"");
});
