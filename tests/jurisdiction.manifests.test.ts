// Jurisdiction from the data: the same kind of text under three manifests (永康日报, 东阳's paper, a national source)
// resolves bare levels, titles and people by each paper's own chain; nothing county-specific comes from the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, type KgGraph } from '../graph/build/index.ts';
import { ingestInputs, readInputs, type Article } from '../ingest/index.ts';

const COUNTY_TEXT =
  '本报讯 3月2日，市委书记王建国主持召开市委常委会会议。\n本报讯 5月6日，东阳市副市长王建国带队到我市调研。\n';
const NATIONAL_TEXT = [
  '央视网消息（新闻联播）：国务院总理李强1月5日主持召开国务院常务会议，研究有关工作。',
  '中共中央政治局委员、广东省委书记黄坤明出席会议。',
  '国家主席习近平在人民大会堂会见马尔代夫总统穆伊兹。',
  '市委书记张三参加。',
].join('\n');

/** Build one file under a manifest written beside it, as `kg build DIR` reads them. */
function buildUnder(manifest: object, text: string): { graph: KgGraph; articles: Article[] } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-manifest-'));
  try {
    writeFileSync(join(dir, 'p.txt'), text);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const articles: Article[] = [];
    const summary = ingestInputs(readInputs([dir]), {}, (a) => articles.push(...a));
    assert.deepEqual(
      summary.messages.filter((m) => m.level !== 'info'),
      [],
    );
    return { graph: buildGraph(articles).graph, articles };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const people = (g: KgGraph, name: string) => g.filterNodes((_k, a) => a.kind === 'Person' && a.label === name).sort();
const titlesOf = (g: KgGraph, person: string) =>
  g
    .outNeighbors(person)
    .filter((n) => g.getNodeAttribute(n, 'kind') === 'Title')
    .map((n) => `${g.getNodeAttribute(n, 'jurisdiction') ?? '?'}|${g.getNodeAttribute(n, 'label')}`)
    .sort();

test("永康日报: a bare 市 is 永康市; 东阳市's deputy mayor of the same name is another person", () => {
  const { graph } = buildUnder(
    { newspaper: '永康日报', jurisdiction: '永康市', chain: ['永康市', '金华市', '浙江省'] },
    COUNTY_TEXT,
  );
  assert.deepEqual(people(graph, '王建国'), ['person:王建国', 'person:王建国@东阳市']);
  assert.deepEqual(titlesOf(graph, 'person:王建国'), ['永康市|市委书记']);
  assert.deepEqual(titlesOf(graph, 'person:王建国@东阳市'), ['东阳市|东阳市副市长']);
});

test("东阳's paper: the same words make 东阳市's party secretary, and 东阳市副市长 is on his own career", () => {
  const { graph } = buildUnder(
    { newspaper: '东阳日报', jurisdiction: '东阳市', chain: ['东阳市', '金华市', '浙江省'] },
    COUNTY_TEXT.replace('东阳市副市长', '永康市副市长'),
  );
  assert.deepEqual(people(graph, '王建国'), ['person:王建国', 'person:王建国@永康市']);
  assert.deepEqual(titlesOf(graph, 'person:王建国'), ['东阳市|市委书记']);
  const own = buildUnder({ jurisdiction: '东阳市', chain: ['东阳市', '金华市', '浙江省'] }, COUNTY_TEXT).graph;
  assert.deepEqual(people(own, '王建国'), ['person:王建国']);
  assert.deepEqual(titlesOf(own, 'person:王建国'), ['东阳市|副市长', '东阳市|市委书记']);
});

test("a national source: national titles are 中国's, a province's secretary on its career, a foreign one apart", () => {
  for (const manifest of [{ newspaper: '新闻联播' }, { newspaper: '新闻联播', jurisdiction: '中国' }]) {
    const { graph } = buildUnder(manifest, NATIONAL_TEXT);
    assert.deepEqual(titlesOf(graph, 'person:李强'), ['中国|国务院总理']);
    assert.deepEqual(titlesOf(graph, 'person:习近平'), ['中国|国家主席']);
    assert.deepEqual(people(graph, '黄坤明'), ['person:黄坤明']);
    assert.ok(
      titlesOf(graph, 'person:黄坤明').includes('广东省|广东省委书记'),
      titlesOf(graph, 'person:黄坤明').join(),
    );
    assert.deepEqual(people(graph, '穆伊兹'), ['person:穆伊兹@马尔代夫']);
    assert.deepEqual(titlesOf(graph, 'person:穆伊兹@马尔代夫'), ['马尔代夫|马尔代夫总统']);
    // Nobody says which 市: the title stays as printed, unresolved, and its holder on the source's career.
    assert.deepEqual(titlesOf(graph, 'person:张三'), ['市|市委书记']);
  }
});
