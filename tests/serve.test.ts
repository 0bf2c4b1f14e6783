// kg serve's JSON API over the embedded store (serve.suite.ts; Neo4j: serve.neo4j.test.ts).
import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../graph/stores/embedded/index.ts';
import { serveSuite } from './serve.suite.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));
serveSuite({
  name: 'embedded',
  writer: () => EmbeddedStore.open(dir),
  reader: () => EmbeddedStore.open(dir, { readOnly: true }),
  args: ['--store', 'embedded', '--db', dir],
  exclusive: true,
});
