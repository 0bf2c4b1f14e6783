// Tracked text keeps every character's raw offset through slicing, joining and replacement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { concat, inserted, rawOffsetOf, replaceAll, slice, toRuns, track, trim } from './tracked.ts';

test('runs compress consecutive offsets and skip inserted characters', () => {
  const raw = '  ab\ncd  ';
  const joined = concat([trim(track(raw, 0, 4)), inserted('\n'), trim(track(raw, 5, 9))]);
  assert.equal(joined.text, 'ab\ncd');
  assert.deepEqual(toRuns(joined.map), [
    [0, 2, 2],
    [3, 5, 2],
  ]);
  assert.equal(rawOffsetOf(toRuns(joined.map), 3), 5);
  assert.equal(rawOffsetOf(toRuns(joined.map), 2), undefined);
});

test('replacement keeps the offsets of the characters it keeps', () => {
  const raw = '本报讯 9 月 30 日，';
  const t = replaceAll(track(raw), /(\d) +(?=[月日])|([月]) +(?=\d)/g, (m) => m[1] ?? m[2] ?? '');
  assert.equal(t.text, '本报讯 9月30日，');
  for (const [ts, rs, len] of toRuns(t.map)) assert.equal(raw.slice(rs, rs + len), t.text.slice(ts, ts + len));
  assert.equal(slice(t, 4, 6).text, '9月');
});
