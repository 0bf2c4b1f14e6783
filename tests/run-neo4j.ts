// `npm run test:neo4j`: kg's Neo4j launcher on a free port and scratch folder, the Neo4j suites run on it, stopped.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, resolveLauncherSettings, startNeo4j } from '../graph/stores/neo4j/launcher.ts';

const t0 = performance.now();
const data = mkdtempSync(join(tmpdir(), 'kg-neo4j-test-'));
const password = randomBytes(12).toString('hex');
let code = 1;
try {
  const neo = await startNeo4j(resolveLauncherSettings({ port: await freePort(), data, password }));
  console.log(`test:neo4j: ${neo.info}; ready at ${neo.uri} after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    code = await runSuites({
      NEO4J_URI: neo.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: 'neo4j',
    });
  } finally {
    await neo.stop();
  }
} catch (e) {
  console.error((e as Error).message);
} finally {
  rmSync(data, { recursive: true, force: true });
}
console.log(`test:neo4j: ${code === 0 ? 'passed' : 'FAILED'} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
process.exit(code);

/**
 * The suites whose path names neo4j, one file at a time (they share the one database Community Edition has), with the
 * server's settings in the environment; its summary must show tests run and none skipped.
 */
function runSuites(env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['tests/run.mjs', '--test-concurrency=1', 'neo4j'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let tail = '';
    p.stdout.on('data', (d: Buffer) => {
      process.stdout.write(d);
      tail = (tail + d).slice(-4000);
    });
    p.on('exit', (status) => {
      const count = (what: string) => Number(new RegExp(`^ℹ ${what} (\\d+)$`, 'm').exec(tail)?.[1] ?? NaN);
      const [tests, skipped] = [count('tests'), count('skipped')];
      if (status === 0 && !(tests > 0 && skipped === 0)) {
        console.error(`test:neo4j: the suites must run tests and skip none (tests ${tests}, skipped ${skipped})`);
        resolve(1);
      } else resolve(status ?? 1);
    });
  });
}
