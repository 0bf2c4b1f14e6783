// The GraphStore contract on the embedded store (@ladybugdb/core), each test in a fresh database folder.
import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../graph/stores/embedded/index.ts';
import { storeContract } from './store.contract.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-store-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
let last = '';

storeContract(
  'embedded',
  () => EmbeddedStore.open((last = join(root, `db${n++}`))),
  () => EmbeddedStore.open(last, { readOnly: true }),
);
