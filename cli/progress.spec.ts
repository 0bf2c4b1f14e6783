// The progress line: share done, megabytes, rate and ETA; nothing drawn off a terminal or before the delay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProgress, progressBar } from './progress.ts';

test('formats share, size, rate and ETA', () => {
  const line = formatProgress('kg build', 10 * 2 ** 20, 40 * 2 ** 20, 5, 10, '123 articles');
  assert.equal(line, 'kg build [███░░░░░░░] 25% · 10.0/40.0 MB · 2.00 MB/s · ETA 0:15 · 123 articles');
  assert.match(formatProgress('x', 0, 100, 0, 4), /ETA \?/);
});

test('draws only on a terminal, only after the delay', () => {
  const written: string[] = [];
  let now = 0;
  const stream = (isTTY: boolean) => ({ isTTY, write: (s: string) => written.push(s) }) as unknown as NodeJS.WriteStream;
  const quiet = progressBar('kg', 100, { stream: stream(false), now: () => now });
  now = 5000;
  quiet.update(50);
  assert.equal(written.length, 0);
  now = 0;
  const bar = progressBar('kg', 100, { stream: stream(true), now: () => now, after: 2000 });
  now = 1000;
  bar.update(10);
  assert.equal(written.length, 0, 'nothing before the delay');
  now = 3000;
  bar.update(50);
  assert.equal(written.length, 1);
  assert.match(written[0]!, /50%/);
  bar.done();
  assert.equal(written.length, 2, 'the line is cleared at the end');
});
