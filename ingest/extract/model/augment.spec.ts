// Mention replacement keeps every span on its entity: the text moves, the labels move with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Row } from '../eval/datasets.ts';
import { random } from './train.ts';
import { augmented, entityPool, replaceMentions } from './augment.ts';

const ROWS: Row[] = [
  { text: '国务院总理李鹏会见美国客人', label: { PER: { 李鹏: [[5, 6]] }, LOC: { 美国: [[9, 10]] } } },
  { text: '欧阳中石和张三、胡老谈话', label: { PER: { 欧阳中石: [[0, 3]], 张三: [[5, 6]], 胡: [[8, 8]] } } },
  { text: '今天天气好', label: {} },
  { text: '记者王小明报道', label: { PER: { 王小明: [[2, 4]] } } },
];
const PER = new Set(['PER']);

/** Every span of a row, as the text it covers. */
function covered(row: Row): string[] {
  const chars = Array.from(row.text);
  return Object.entries(row.label).flatMap(([label, ents]) =>
    Object.entries(ents).flatMap(([surface, spans]) =>
      spans.map(([s, e]) => `${label}:${surface}=${chars.slice(s, e + 1).join('')}`)));
}

test('the pool holds each label\'s entities by length in characters', () => {
  const pool = entityPool(ROWS, PER);
  assert.deepEqual(pool.get('PER/2'), ['张三', '李鹏']);
  assert.deepEqual(pool.get('PER/3'), ['王小明']);
  assert.deepEqual(pool.get('PER/4'), ['欧阳中石']);
  assert.deepEqual(pool.get('PER/1'), ['胡']);
  assert.equal(pool.get('LOC/2'), undefined);
});

test('a replaced copy: each span covers the entity it names, other labels keep their text and move', () => {
  const pool = entityPool(ROWS, PER);
  const rnd = random(7);
  for (let k = 0; k < 50; k++) {
    for (const row of ROWS) {
      const copy = replaceMentions(row, pool, PER, rnd);
      if (!copy) {
        assert.deepEqual(row.label, {});
        continue;
      }
      for (const c of covered(copy)) {
        const [name, text] = c.split('=');
        assert.equal(name!.split(':')[1], text, `${copy.text}: ${c}`);
      }
      assert.equal(covered(copy).length, covered(row).length);
      if (row.label.LOC) assert.ok(covered(copy).includes('LOC:美国=美国'), copy.text);
      assert.ok(copy.text.endsWith(row.text.slice(-2)), copy.text);
    }
  }
});

test('a surname alone is replaced by a surname alone; nested spans leave the row as it is', () => {
  const pool = entityPool(ROWS, PER);
  const copy = replaceMentions(ROWS[1]!, pool, PER, random(1))!;
  assert.deepEqual(Object.keys(copy.label.PER!).filter((s) => s.length === 1), ['胡']);
  const nested: Row = { text: '北京大学李四', label: { ORG: { 北京大学: [[0, 3]] }, LOC: { 北京: [[0, 1]] } } };
  assert.equal(replaceMentions(nested, pool, new Set(['ORG']), random(1)), null);
});

test('augmented: the rows, then copies of those with an entity to replace', () => {
  const out = augmented(ROWS, PER, 2, random(3));
  assert.equal(out.length, ROWS.length + 2 * 3);
  assert.deepEqual(out.slice(0, ROWS.length), ROWS);
  assert.deepEqual(augmented(ROWS, PER, 0, random(3)), ROWS);
});
