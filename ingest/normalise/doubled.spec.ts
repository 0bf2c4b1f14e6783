// OCR-doubled bold text collapses; real repeats in ordinary lines stay as printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseDoubled } from './doubled.ts';
import { track } from '../text/tracked.ts';

const collapse = (s: string) => collapseDoubled(track(s)).text.text;

const DOUBLED: [string, string][] = [
  ['朱志杰朱志杰、、陈美蓉陈美蓉、、', '朱志杰、陈美蓉、'],
  ['记者记者 杨成栋杨成栋 摄摄', '记者 杨成栋 摄'],
  ['我市举行烈士我市举行烈士', '我市举行烈士'],
  ['““两长两长”，”，市机关部门市机关部门', '“两长”，市机关部门'],
  ['英英烈士陵园烈士陵园，，开展开展烈烈', '英烈士陵园，开展烈'],
  ['加入少先队加入少先队', '加入少先队'],
];

const UNTOUCHED = [
  '引导培育扶持医疗器械产业做大做优做强', // no repeat at all
  '年年有余，看看今年的收成', // single-character reduplication in ordinary text
  '要高高兴兴、干干净净过节', // AABB reduplication: only one-character chunks
  '确保各项部署条条落实、事事见效', // two reduplications in a long line
  '8421九铃东路3010号有车库。666622', // digits repeat in numbers
  '层层发动、步步细化、融入特色',
];

for (const [input, expected] of DOUBLED) {
  test(`collapses ${input}`, () => assert.equal(collapse(input), expected));
}
for (const input of UNTOUCHED) {
  test(`leaves ${input}`, () => assert.equal(collapse(input), input));
}

test('collapsed text maps to the first copy of each chunk', () => {
  const raw = '朱志杰朱志杰、、';
  const r = collapseDoubled(track(raw));
  assert.deepEqual(r.text.map, [0, 1, 2, 6]);
});
