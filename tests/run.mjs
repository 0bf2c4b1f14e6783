// Test runner: every *.spec.ts beside the code and every tests/**/*.test.ts, on node's own test runner (TypeScript via tsx).
// The Neo4j suites (*.neo4j.test.ts) need a server: they run when NEO4J_URI is set (`npm run test:neo4j` starts one).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SKIP = new Set(['node_modules', '.git', 'out', 'dist', '.kg']);
const args = process.argv.slice(2);
/** `--flags` go to node's test runner; other arguments pick files by part of their path. */
const only = args.filter((a) => !a.startsWith('--'));
const flags = args.filter((a) => a.startsWith('--'));

function collect(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name) || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) collect(p, out);
    else if (/\.(spec|test)\.ts$/.test(e.name)) out.push(relative(root, p));
  }
  return out;
}

const picked = collect(root, []).filter((f) => only.length === 0 || only.some((o) => f.includes(o))).sort();
const needNeo4j = picked.filter((f) => f.endsWith('.neo4j.test.ts'));
const files = process.env.NEO4J_URI ? picked : picked.filter((f) => !needNeo4j.includes(f));
if (files.length < picked.length) {
  console.log(`tests/run.mjs: NEO4J_URI is not set: ${needNeo4j.length} Neo4j suites not run here (npm run test:neo4j starts Neo4j and runs them)`);
}
if (files.length === 0) {
  console.error('tests/run.mjs: no test files found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...flags, ...files], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
