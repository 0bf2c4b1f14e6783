// Load on kg serve over loopback: 200 concurrent clients running saved queries for 20 s (autocannon); no errors allowed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { CLI, kgIn, SEEDS } from './helpers.ts';

const CONNECTIONS = 200;
const SECONDS = 20;

const dir = mkdtempSync(join(tmpdir(), 'kg-load-'));
const db = join(dir, 'db');
let server: ChildProcess;
let base = '';

before(async () => {
  const built = kgIn(dir)('build', SEEDS, '--db', db);
  assert.equal(built.status, 0, built.stderr);
  server = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], { env: { ...process.env, NEO4J_URI: '' } });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += d;
      const m = /kg serve: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    server.on('exit', (code) => reject(new Error(`kg serve exited (${code}) before listening: ${out}`)));
  });
});
after(() => {
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const json = { 'content-type': 'application/json' };
const saved = (name: string, params: Record<string, unknown>) => ({ method: 'POST' as const, path: `/api/queries/${name}`, headers: json, body: JSON.stringify({ params }) });

test(`${CONNECTIONS} clients running saved queries for ${SECONDS} s: every answer a 200, none late or failed`, async () => {
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
    // Each client cycles through five saved queries, with parameters a researcher would give.
    requests: [
      saved('career', { name: '金政' }),
      saved('co-attendees', { name: '朱志杰' }),
      saved('person-events', { name: '金政', from: '2023' }),
      saved('most-connected', { limit: 10 }),
      saved('post-holders', { post: '市委书记' }),
    ],
  });
  const { latency, requests } = result;
  console.log(
    `kg serve load: ${CONNECTIONS} clients × ${SECONDS} s: ${requests.total} requests (${requests.average.toFixed(0)}/s), ` +
      `latency p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms; ` +
      `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  assert.ok(requests.total > CONNECTIONS, `only ${requests.total} requests answered`);
  assert.equal(result.errors, 0);
  assert.equal(result.timeouts, 0);
  assert.equal(result.non2xx, 0);
  // The server is still up and right after the load.
  const after = await fetch(`${base}/api/queries/career`, { method: 'POST', headers: json, body: JSON.stringify({ params: { name: '金政' } }) });
  assert.equal(after.status, 200);
  assert.ok(((await after.json()) as { rows: unknown[] }).rows.length > 0);
});
