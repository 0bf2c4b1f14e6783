// The nodejieba addon as the root postinstall builds it (TextRank made on first use, API intact), and kg's cache over it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nodejieba from 'nodejieba';
import { MAX_CACHED_LENGTH, tag } from './jieba.ts';

const pkgDir = dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));

test('the addon was built with the TextRank extractor made on first use (scripts/build-nodejieba.mjs)', () => {
  assert.ok(existsSync(join(pkgDir, 'build', 'Release', 'kg-lazy-textrank')), 'postinstall left no marker: the patch did not apply to this nodejieba');
  assert.match(readFileSync(join(pkgDir, 'lib', 'nodejieba.cpp'), 'utf8'), /kg: lazy TextRank/);
});

test('tagging and TextRank keywords still answer as before', () => {
  assert.deepEqual(
    nodejieba.tag('主持召开会议').map((t) => t.word),
    ['主持', '召开', '会议'],
  );
  const keywords = nodejieba.textRankExtract('市委书记主持召开会议，研究部署经济工作和安全生产工作。', 2).map((k) => k.word);
  assert.equal(keywords.length, 2);
  assert.ok(keywords.includes('工作'), keywords.join(' '));
});

test('short strings are answered from the cache; an article-length text is tagged afresh each time, never kept', () => {
  const short = '主持召开会议';
  assert.equal(tag(short), tag(short), 'a short string comes back as the same cached tokens');
  const article = '市委书记主持召开会议，研究部署经济工作和安全生产工作。'.repeat(3);
  assert.ok(article.length > MAX_CACHED_LENGTH);
  const first = tag(article);
  assert.notEqual(tag(article), first, 'an article is not kept in the cache');
  assert.deepEqual(tag(article), first);
  assert.deepEqual(first, nodejieba.tag(article));
});
