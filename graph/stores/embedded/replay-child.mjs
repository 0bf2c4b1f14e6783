// Child process of replay.ts: opens a store for writing (the engine replays its write-ahead log), checkpoints, closes.
import lbug from '@ladybugdb/core';

const args = JSON.parse(process.argv[2] ?? '[]');
try {
  const db = new lbug.Database(...args);
  db.initSync();
  const conn = new lbug.Connection(db);
  conn.initSync();
  conn.querySync('CHECKPOINT');
  conn.closeSync();
  db.closeSync();
} catch (e) {
  process.stderr.write(String(e?.message ?? e));
  process.exit(2);
}
