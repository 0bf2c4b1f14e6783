// `npm run neo4j`: the ready line, a clean stop on SIGTERM, plain errors (port taken, no Java, no password)
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { freePort } from '../graph/stores/neo4j/launcher.ts';
import { ROOT } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-launcher-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const PASSWORD = 'launcher-test-password';

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** `npm run neo4j -- ARGS` (the script itself, as npm runs it); `onReady` runs once it prints its ready line. */
function launch(args: string[], env: NodeJS.ProcessEnv, onReady?: (kill: () => void) => Promise<void>): Promise<Run> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'scripts/neo4j.ts', ...args], { cwd: ROOT, env });
    let out = '';
    let err = '';
    let ready = false;
    p.stdout.on('data', (d) => {
      out += d;
      if (!ready && /^neo4j ready bolt:\/\/127\.0\.0\.1:\d+$/m.test(out)) {
        ready = true;
        void onReady?.(() => p.kill('SIGTERM'));
      }
    });
    p.stderr.on('data', (d) => (err += d));
    const guard = setTimeout(() => p.kill('SIGKILL'), 240_000);
    p.on('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, out, err });
    });
  });
}

test('npm run neo4j: ready on the port given, Bolt answers to the password, SIGTERM stops it cleanly', async () => {
  const port = await freePort();
  let answered: unknown;
  const run = await launch(
    ['--port', String(port), '--data', join(dir, 'data')],
    { ...process.env, NEO4J_PASSWORD: PASSWORD },
    async (stop) => {
      const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', PASSWORD));
      try {
        answered = (await driver.executeQuery('RETURN 40 + 2 AS x')).records[0]?.get('x').toNumber();
      } finally {
        await driver.close();
        stop();
      }
    },
  );
  assert.equal(answered, 42, run.err);
  assert.match(run.out, new RegExp(`^neo4j ready bolt://127\\.0\\.0\\.1:${port}$`, 'm'));
  assert.match(run.out, /^neo4j: Neo4j 5\.26\.\d+ Community, data .*, page cache \d+ MB, heap max \d+ MB$/m);
  assert.match(run.out, /^neo4j stopped$/m);
  assert.equal(run.code, 0, run.err);
});

test('npm run neo4j: a taken port, a missing password and a missing Java are said plainly', async () => {
  const held = createServer();
  const port = await new Promise<number>((resolve) =>
    held.listen(0, '127.0.0.1', () => resolve((held.address() as { port: number }).port)),
  );
  const errors: string[] = [];
  try {
    const taken = await launch(['--port', String(port), '--data', join(dir, 'taken')], {
      ...process.env,
      NEO4J_PASSWORD: PASSWORD,
    });
    assert.notEqual(taken.code, 0);
    assert.match(taken.err, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is taken`));
    errors.push(taken.err);
  } finally {
    held.close();
  }
  const env = { ...process.env };
  delete env.NEO4J_PASSWORD;
  const nopass = await launch(['--data', join(dir, 'nopass')], env);
  assert.equal(nopass.code, 1);
  assert.match(nopass.err, /^kg neo4j: set NEO4J_PASSWORD/m);
  const nojava = await launch(['--data', join(dir, 'nojava')], {
    ...process.env,
    NEO4J_PASSWORD: PASSWORD,
    PATH: join(dir, 'empty-path'),
  });
  assert.equal(nojava.code, 1);
  assert.match(nojava.err, /^kg neo4j: java is not available .*install a JDK 17/m);
  errors.push(nopass.err, nojava.err);
  assert.doesNotMatch(errors.join('\n'), /\n\s+at /, 'no stack trace');
});
