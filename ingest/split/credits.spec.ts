// Bylines and credits in every printed form give the reporters' names, and body text is never taken for one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPhotoCredit, findTrailingCredit, parseBylineLine, parseLead } from './credits.ts';

const BYLINES: [string, string[] | undefined][] = [
  ['□首席记者 陈晓苏', ['陈晓苏']],
  ['□记者 张赤奎 施夏琦', ['张赤奎', '施夏琦']],
  ['□记者颜元滔', ['颜元滔']],
  ['记者 王小明 通讯员 李四', ['王小明', '李四']],
  ['□本报记者 欧阳修文', ['欧阳修文']],
  ['市委书记金政调研', undefined],
  ['记者来到南溪湾公园', undefined],
  ['记者 林群心 摄', undefined], // a photo credit, not a byline
];
for (const [line, names] of BYLINES) {
  test(`byline ${line}`, () => assert.deepEqual(parseBylineLine(line), names));
}

test('leads carry an optional bracketed credit', () => {
  assert.deepEqual(parseLead('本报讯（融媒首席记者 陈晓苏）'), { length: '本报讯（融媒首席记者 陈晓苏）'.length, names: ['陈晓苏'] });
  assert.deepEqual(parseLead('本报讯（融媒记者 徐敏） 2月10'), { length: '本报讯（融媒记者 徐敏） '.length, names: ['徐敏'] });
  assert.deepEqual(parseLead('本报讯 8日，市委常委会召开会'), { length: 4, names: [] });
  assert.equal(parseLead('据本报讯'), undefined);
});

test('photo credits end captions', () => {
  const line = '戴上了鲜艳的红领巾。 记者 林群心 摄';
  const c = findPhotoCredit(line);
  assert.deepEqual(c?.names, ['林群心']);
  assert.equal(line.slice(c!.index), '记者 林群心 摄');
  assert.deepEqual(findPhotoCredit('记者 杨成栋 摄')?.names, ['杨成栋']);
  assert.deepEqual(findPhotoCredit('（本报记者 张三 摄）')?.names, ['张三']);
  assert.equal(findPhotoCredit('他拿起相机拍摄'), undefined);
});

test('a bracketed credit closing an article', () => {
  assert.deepEqual(findTrailingCredit('确保安全。（融媒记者 徐敏）')?.names, ['徐敏']);
  assert.equal(findTrailingCredit('智能门（锁）'), undefined);
});
