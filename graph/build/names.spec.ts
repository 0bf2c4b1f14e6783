// The names the graph gives people: a short form printed after the full name is the same Person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textArticle } from '../../tests/helpers.ts';
import { buildGraph } from './index.ts';

test('a foreign guest met under the short form of a name printed in full is one Person, named in full', () => {
  const text =
    '国家主席习近平在人民大会堂北大厅举行仪式，欢迎坦桑尼亚联合共和国总统萨米娅·苏卢胡·哈桑对我国进行国事访问。' +
    '欢迎仪式后，习近平同哈桑举行会谈。';
  const g = buildGraph([textArticle(text)]).graph;
  const persons = g.filterNodes((_k, a) => a.kind === 'Person').map((k) => g.getNodeAttributes(k).label);
  assert.deepEqual(persons.sort(), ['习近平', '萨米娅·苏卢胡·哈桑'].sort());
  const met = g.filterEdges((_k, a) => a.type === 'MET').map((k) => g.getNodeAttributes(g.target(k)).label);
  assert.deepEqual(met, ['萨米娅·苏卢胡·哈桑']);
});

test('a short form printed with a post the full name never holds is someone else of the family', () => {
  const text =
    '习近平在人民大会堂会见土库曼斯坦民族领袖、人民委员会主席别尔德穆哈梅多夫。' +
    '习近平指出，今年1月，我和谢尔达尔·别尔德穆哈梅多夫总统共同宣布将两国关系提升为全面战略伙伴关系。';
  const g = buildGraph([textArticle(text)]).graph;
  const met = g.filterEdges((_k, a) => a.type === 'MET').map((k) => g.getNodeAttributes(g.target(k)).label);
  assert.deepEqual(met, ['别尔德穆哈梅多夫']);
});
