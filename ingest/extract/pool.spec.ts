// The worker pool gives the same mentions, in the same order, as extracting inline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExtractPool } from './pool.ts';
import { extract } from './index.ts';

test('pooled extraction equals inline extraction, chunk by chunk', async () => {
  const texts = ['市委书记金政调研', '金华市副市长张新宇带队', '市领导胡勇春、李浩锋参加', '', '步阳集团、王力安防、群升集团'];
  const pool = new ExtractPool(2, {});
  try {
    const [a, b] = await Promise.all([pool.run(texts.slice(0, 3)), pool.run(texts.slice(3))]);
    assert.deepEqual([...a, ...b], texts.map((t) => extract(t).output));
  } finally {
    await pool.close();
  }
});
