// Write-ahead-log recovery: replay in a child process, and when the engine crashes on a torn tail, cut the log back to kg's last commit.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, openSync, readFileSync, readSync, closeSync, renameSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** kg's record of where the write-ahead log ended after its last commit, beside the database file. */
export const COMMIT_MARK_FILE = 'kg-wal-commit.json';

/** How many bytes before the recorded end are fingerprinted, to know the log on disk is the one recorded. */
const TAIL_BYTES = 256;

const CHILD = fileURLToPath(new URL('./replay-child.mjs', import.meta.url));

/** How one replay attempt ended: exit status, or the signal that killed it. */
export interface ReplayAttempt {
  status: number | null;
  signal: string | null;
  stderr: string;
}

/** What recovery came to. */
export interface ReplayResult {
  replayed: boolean;
  /** Signals of the attempts the engine crashed in, in order. */
  crashes: string[];
  /** The engine's refusal (in use, unreadable), which the open that follows reports. */
  refusal?: string;
  /** When the log was cut back to kg's last commit: its length before and after, and where the whole log was kept. */
  cut?: { from: number; to: number; kept: string };
  /** Files of a checkpoint the engine had finished applying, moved aside (see setAsideAppliedCheckpoint). */
  setAside?: string[];
}

interface CommitMark {
  bytes: number;
  tail: string;
}

/** Open the database with `args` (the engine's constructor arguments) in a new process, which replays and checkpoints. */
export function replayInChild(args: readonly unknown[]): ReplayAttempt {
  const r = spawnSync(process.execPath, [CHILD, JSON.stringify(args)], { encoding: 'utf8' });
  return { status: r.status, signal: r.signal, stderr: r.stderr ?? String(r.error ?? '') };
}

function tailOf(wal: string, bytes: number): string {
  if (bytes === 0) return '';
  const n = Math.min(TAIL_BYTES, bytes);
  const buf = Buffer.alloc(n);
  const fd = openSync(wal, 'r');
  try {
    readSync(fd, buf, 0, n, bytes - n);
  } finally {
    closeSync(fd);
  }
  return createHash('sha1').update(buf).digest('hex');
}

/**
 * Record where the log ends now (after a commit, or at open): length and a fingerprint of its last bytes. Written to a
 * temporary file and renamed, so a crash leaves the old record or the new one, never half of one.
 */
export function markCommit(dir: string, walFile: string): void {
  const wal = join(dir, walFile);
  const bytes = existsSync(wal) ? statSync(wal).size : 0;
  const mark: CommitMark = { bytes, tail: tailOf(wal, bytes) };
  const tmp = join(dir, `${COMMIT_MARK_FILE}.tmp`);
  writeFileSync(tmp, JSON.stringify(mark));
  renameSync(tmp, join(dir, COMMIT_MARK_FILE));
}

/** The recorded end of the last commit, when it describes a prefix of the log on disk (else undefined). */
function commitMarkOf(dir: string, wal: string): CommitMark | undefined {
  try {
    const mark = JSON.parse(readFileSync(join(dir, COMMIT_MARK_FILE), 'utf8')) as CommitMark;
    if (!Number.isInteger(mark.bytes) || typeof mark.tail !== 'string') return undefined;
    if (mark.bytes >= statSync(wal).size || tailOf(wal, mark.bytes) !== mark.tail) return undefined;
    return mark;
  } catch {
    return undefined;
  }
}

/**
 * Replay a store's write-ahead log in a child process, so that an engine crash cannot take kg down. The engine
 * (@ladybugdb/core 0.x) dies by SIGSEGV on some logs torn inside a large record (a memcpy of a negative length over the
 * stack; deterministic for a given log, whose bytes vary from build to build: 4 of 6 runs of the torn-log test in
 * tests/faults.test.ts), before it writes anything (the files' hashes were unchanged after 12 crashed attempts). Then,
 * and only then, the log is cut back to the end of kg's last recorded commit: what lies past it is the transaction the
 * writer died in, which the engine would have dropped. The whole log is first copied beside it (`.torn`), for a bug
 * report, and the cut log is replayed once more. Throws when no recorded commit fits the log, or the engine crashes
 * again.
 */
export function replayLog(dir: string, walFile: string, args: readonly unknown[], attempt: (args: readonly unknown[]) => ReplayAttempt = replayInChild): ReplayResult {
  const wal = join(dir, walFile);
  const first = attempt(args);
  if (!first.signal) {
    const setAside = first.status !== 0 ? setAsideAppliedCheckpoint(dir, walFile, first.stderr) : undefined;
    return setAside ? { ...ended(attempt(args), []), setAside } : ended(first, []);
  }
  const mark = commitMarkOf(dir, wal);
  if (!mark) throw crashed(dir, [first.signal], 'and kg has no record of its last commit that fits the log');
  const cut = { from: statSync(wal).size, to: mark.bytes, kept: `${wal}.torn` };
  copyFileSync(wal, cut.kept);
  truncateSync(wal, mark.bytes);
  const second = attempt(args);
  if (!second.signal) return { ...ended(second, [first.signal]), cut };
  throw crashed(dir, [first.signal, second.signal], `and again after cutting the log back to kg's last commit (${cut.to} of ${cut.from} bytes; the whole log is kept in ${cut.kept})`);
}

/** The engine's refusal of a checkpoint's shadow file that holds no header (an empty one). */
const UNREADABLE_SHADOW = /Database ID for temporary file .*\.shadow.* does not match/;

/**
 * A writer killed at the very end of a checkpoint leaves its files: the log renamed `.wal.checkpoint`, ending in the
 * checkpoint's record, and the shadow file of pages, emptied once its pages are in the database file. The engine then
 * refuses to open the store (the empty shadow file has no header: "Database ID for temporary file … does not match")
 * and says to delete it, after which it wants the file back. The record is written only after the shadow file is
 * whole (a killed writer left 3.5 MB of shadow pages before the record, and the engine replayed those), so an empty
 * shadow file beside it means the pages were applied: the checkpoint is over, and both files are moved aside (`.stale`,
 * kept for a bug report) so the engine opens the database as it stands. Returns the files moved, or undefined.
 */
export function setAsideAppliedCheckpoint(dir: string, walFile: string, refusal: string): string[] | undefined {
  const shadow = join(dir, `${walFile.replace(/\.wal$/, '')}.shadow`);
  const log = join(dir, `${walFile}.checkpoint`);
  if (!UNREADABLE_SHADOW.test(refusal) || !existsSync(shadow) || statSync(shadow).size > 0 || !existsSync(log)) return;
  const moved = [shadow, log].map((f) => `${f}.stale`);
  renameSync(shadow, moved[0]!);
  renameSync(log, moved[1]!);
  return moved;
}

/** An attempt the engine did not crash in: replayed (exit 0), or refused (the open that follows reports why). */
function ended(r: ReplayAttempt, crashes: string[]): ReplayResult {
  return r.status === 0 ? { replayed: true, crashes } : { replayed: false, crashes, refusal: r.stderr.trim() };
}

function crashed(dir: string, crashes: string[], what: string): Error {
  return new Error(
    `kg store: the database engine crashed (${crashes.join(', ')}) replaying the write-ahead log of ${dir}, which a writer that did not close left behind, ${what}; the database file is unchanged. Rebuild into a new --db, or report the log to @ladybugdb/core`,
  );
}
