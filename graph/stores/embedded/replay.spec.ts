// Recovery of a write-ahead log: replay as found, cut back to kg's last commit only when the engine crashes, never past it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMIT_MARK_FILE, markCommit, replayLog, type ReplayAttempt } from './replay.ts';

const WAL = 'db.wal';
const OK: ReplayAttempt = { status: 0, signal: null, stderr: '' };
const CRASH: ReplayAttempt = { status: null, signal: 'SIGSEGV', stderr: '' };
const REFUSED: ReplayAttempt = { status: 2, signal: null, stderr: 'IO exception: could not set lock on file\n' };

/** A store folder whose log holds a committed part (recorded by markCommit) and then a torn one. */
function tornStore(options: { mark?: 'none' | 'other-log' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-replay-'));
  const committed = Buffer.from('committed transaction records '.repeat(40));
  writeFileSync(join(dir, WAL), committed);
  if (options.mark !== 'none') markCommit(dir, WAL);
  if (options.mark === 'other-log') writeFileSync(join(dir, WAL), Buffer.from('another log entirely '.repeat(60)));
  appendFileSync(join(dir, WAL), 'half of a transacti');
  return { dir, committed: committed.length, whole: readFileSync(join(dir, WAL)) };
}

/** A stand-in engine that answers each attempt in turn, recording the log it was given. */
function engine(...answers: ReplayAttempt[]) {
  const seen: number[] = [];
  return { seen, attempt: (dir: string) => () => (seen.push(readFileSync(join(dir, WAL)).length), answers.shift() ?? OK) };
}

test('a log the engine replays is left to the engine, whole', () => {
  const s = tornStore();
  const e = engine(OK);
  assert.deepEqual(replayLog(s.dir, WAL, [], e.attempt(s.dir)), { replayed: true, crashes: [] });
  assert.deepEqual(readFileSync(join(s.dir, WAL)), s.whole);
  assert.equal(existsSync(join(s.dir, `${WAL}.torn`)), false);
});

test('an engine that refuses (the store in use) is reported as refused, the log untouched and not cut', () => {
  const s = tornStore();
  const r = replayLog(s.dir, WAL, [], engine(REFUSED).attempt(s.dir));
  assert.equal(r.replayed, false);
  assert.match(r.refusal ?? '', /could not set lock/);
  assert.deepEqual(readFileSync(join(s.dir, WAL)), s.whole);
});

test('an engine crash cuts the log back to the last recorded commit, keeps the whole log, and replays again', () => {
  const s = tornStore();
  const e = engine(CRASH, OK);
  const r = replayLog(s.dir, WAL, [], e.attempt(s.dir));
  assert.equal(r.replayed, true);
  assert.deepEqual(r.crashes, ['SIGSEGV']);
  assert.deepEqual(e.seen, [s.whole.length, s.committed], 'the second attempt saw the log up to the commit');
  assert.equal(r.cut?.to, s.committed);
  assert.equal(r.cut?.from, s.whole.length);
  assert.deepEqual(readFileSync(join(s.dir, `${WAL}.torn`)), s.whole);
});

const unfitting: { name: string; mark: 'none' | 'other-log' }[] = [
  { name: 'no record of a commit', mark: 'none' },
  { name: 'a record of another log', mark: 'other-log' },
];
for (const c of unfitting) {
  test(`an engine crash with ${c.name} is an error naming the store, and the log is left as it was`, () => {
    const s = tornStore({ mark: c.mark });
    assert.throws(() => replayLog(s.dir, WAL, [], engine(CRASH).attempt(s.dir)), (e: Error) => /no record of its last commit that fits the log/.test(e.message) && e.message.includes(s.dir));
    assert.deepEqual(readFileSync(join(s.dir, WAL)), s.whole);
  });
}

test('an engine that crashes on the cut log too is an error that says where the whole log is', () => {
  const s = tornStore();
  assert.throws(() => replayLog(s.dir, WAL, [], engine(CRASH, CRASH).attempt(s.dir)), /crashed \(SIGSEGV, SIGSEGV\).*kept in .*db\.wal\.torn/);
  assert.deepEqual(readFileSync(join(s.dir, `${WAL}.torn`)), s.whole);
});

test('the commit record is written whole beside the log and names its length', () => {
  const s = tornStore();
  const mark = JSON.parse(readFileSync(join(s.dir, COMMIT_MARK_FILE), 'utf8')) as { bytes: number; tail: string };
  assert.equal(mark.bytes, s.committed);
  assert.match(mark.tail, /^[0-9a-f]{40}$/);
  assert.equal(existsSync(join(s.dir, `${COMMIT_MARK_FILE}.tmp`)), false);
});

/** A store folder a writer left at the end of a checkpoint: the renamed log ending in its record, and a shadow file. */
function finishedCheckpoint(shadowBytes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-replay-'));
  writeFileSync(join(dir, `${WAL}.checkpoint`), 'the log, and the checkpoint record at its end');
  writeFileSync(join(dir, 'db.shadow'), Buffer.alloc(shadowBytes, 7));
  return dir;
}
const UNREADABLE_SHADOW: ReplayAttempt = {
  status: 2,
  signal: null,
  stderr: "Runtime exception: Database ID for temporary file '/x/db.shadow' does not match the current database.",
};

test('an emptied shadow file the engine cannot read: a finished checkpoint, its files set aside, replayed again', () => {
  const dir = finishedCheckpoint(0);
  let attempts = 0;
  const r = replayLog(dir, WAL, [], () => (attempts++ === 0 ? UNREADABLE_SHADOW : OK));
  assert.equal(r.replayed, true);
  assert.equal(attempts, 2);
  assert.deepEqual(r.setAside, [join(dir, 'db.shadow.stale'), join(dir, `${WAL}.checkpoint.stale`)]);
  assert.equal(existsSync(join(dir, 'db.shadow')) || existsSync(join(dir, `${WAL}.checkpoint`)), false);
  const kept = readFileSync(join(dir, `${WAL}.checkpoint.stale`), 'utf8');
  assert.equal(kept, 'the log, and the checkpoint record at its end');
});

test('a shadow file that still holds pages is never set aside: the refusal is reported and the files stay', () => {
  const dir = finishedCheckpoint(4096);
  let attempts = 0;
  const r = replayLog(dir, WAL, [], () => (attempts++, UNREADABLE_SHADOW));
  assert.equal(r.replayed, false);
  assert.equal(attempts, 1);
  assert.match(r.refusal ?? '', /does not match/);
  assert.equal(statSync(join(dir, 'db.shadow')).size, 4096);
  assert.equal(existsSync(join(dir, `${WAL}.checkpoint`)), true);
});
