// The paper's chain and level from its manifest, and which titles share a career with it: county, city, national.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { levelOf, onPaperCareer, paperOf } from './jurisdiction.ts';

const yongkang = paperOf({ jurisdiction: '永康市', chain: ['永康市', '金华市', '浙江省'] });
const dongyang = paperOf({ jurisdiction: '东阳市', chain: ['东阳市', '金华市', '浙江省'] });
const jinhua = paperOf({ jurisdiction: '金华市', chain: ['金华市', '浙江省'] });
const national = paperOf({ newspaper: '新闻联播' });

test('a chain ends at the country; a city is a county below a city, a prefecture below a province', () => {
  assert.deepEqual(yongkang.chain, ['永康市', '金华市', '浙江省', '中国']);
  assert.deepEqual([yongkang.level, jinhua.level, national.level], [2, 3, 5]);
  assert.deepEqual(paperOf({ jurisdiction: '中国' }).chain, ['中国']);
  assert.equal(paperOf({ chain: ['东阳市', '金华市'] }).jurisdiction, '东阳市');
  assert.deepEqual([levelOf('古山镇'), levelOf('广东省'), levelOf('马尔代夫'), levelOf('全国')], [1, 4, undefined, 5]);
});

test('a county paper: its chain, its towns and national titles are one career; a neighbour county and abroad are not', () => {
  for (const j of ['永康市', '金华市', '浙江省', '古山镇', '下里溪村', '中国', '中央', undefined, '市']) assert.ok(onPaperCareer(j, yongkang), String(j));
  for (const j of ['东阳市', '杭州市', '义乌市', '马尔代夫', '联合国']) assert.ok(!onPaperCareer(j, yongkang), j);
  assert.ok(onPaperCareer('东阳市', dongyang) && !onPaperCareer('永康市', dongyang));
});

test('a city paper takes its counties in; a national source every domestic title, no foreign one', () => {
  assert.ok(onPaperCareer('东阳市', jinhua) && onPaperCareer('武义县', jinhua) && !onPaperCareer('江苏省', jinhua));
  for (const j of ['广东省', '福州市', '浦东新区', '香港特别行政区']) assert.ok(onPaperCareer(j, national), j);
  for (const j of ['马尔代夫', '巴西', '联合国']) assert.ok(!onPaperCareer(j, national), j);
});
