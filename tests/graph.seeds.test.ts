// The seeds' graph: who chaired, led, attended and visited what, careers, jurisdictions, and the export contracts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../graph/build/index.ts';
import { toGexf } from '../graph/export/gexf.ts';
import { toJson } from '../graph/export/json.ts';
import type { RelType } from '../graph/model/types.ts';
import { ingestSeed, ROOT, SEED_FILES } from './helpers.ts';

const { graph, mergeLog } = buildGraph(SEED_FILES.flatMap(ingestSeed));
const label = (key: string) => graph.getNodeAttributes(key).label;
/** An event as printed (its label is the canonical name: 市政府常务会议 for 市十七届政府第12次常务会议). */
const printed = (key: string) => graph.getNodeAttributes(key).printed ?? label(key);
/** [person, event label] of every edge of a type into an event. */
const roles = (type: RelType) => graph.filterEdges((_k, a) => a.type === type).map((k) => [label(graph.source(k)), printed(graph.target(k))]);
const eventOf = (type: RelType, person: string) => roles(type).filter(([p]) => p === person).map(([, e]) => e);
const out = (person: string, type: RelType) =>
  graph
    .outEdges(`person:${person}`)
    .filter((k) => graph.getEdgeAttributes(k).type === type)
    .map((k) => ({ target: printed(graph.target(k)), node: graph.getNodeAttributes(graph.target(k)), ...graph.getEdgeAttributes(k) }));

const CHAIRS: [string, string][] = [
  ['金政', '市各套班子月度工作例会'],
  ['朱志杰', '市十七届政府第12次常务会议'],
  ['胡勇春', '市十八届政府第二十六次常务会议'],
  ['章旭升', '市委常委会'],
  ['章旭升', '座谈会'],
];
for (const [person, meeting] of CHAIRS) {
  test(`${person} chaired ${meeting}`, () => assert.ok(eventOf('CHAIRED', person).includes(meeting), JSON.stringify(roles('CHAIRED'))));
}

test('a meeting reported without a chair has no CHAIRED edge (8日，市委常委会召开会议)', () => {
  const meeting = graph.findNode((k, a) => a.kind === 'Event' && k.startsWith('event:000_cc3643521c5df172:1#'))!;
  assert.equal(label(meeting), '市委常委会');
  assert.deepEqual(graph.inEdges(meeting).filter((k) => graph.getEdgeAttributes(k).type === 'CHAIRED'), []);
  assert.ok(graph.outNeighbors(meeting).some((n) => label(n) === '市委常委会' && graph.getNodeAttributes(n).kind === 'Organization'), 'held by the standing committee');
});

const VISITS: [string, string, string[]][] = [
  ['金政', 'research visit', ['邦立医药', '鼎昌工贸', '好哥工贸']],
  ['胡积合', 'condolence visit', ['市自然资源和规划局', '市第一人民医院', '四方集团']],
  ['张新宇', 'research visit', ['步阳集团', '超虎公司', '炊大王公司']],
  ['朱志杰', 'inspection', []],
  ['章旭升', 'research visit', []],
];
for (const [person, kind, places] of VISITS) {
  test(`${person} led a ${kind}${places.length ? ` to ${places.join('、')}` : ''}`, () => {
    const led = out(person, 'LED');
    assert.ok(led.some((e) => e.node.eventKind === kind), JSON.stringify(led.map((e) => e.target)));
    assert.deepEqual(out(person, 'VISITED').map((e) => e.target).sort(), [...places].sort());
  });
}

const ATTENDANCE: [string, string, string, number | undefined][] = [
  ['吕群勇', '调研我市医疗器械产业发展情况', '参加调研', 1], // 市领导吕群勇: a list of one
  ['李浩锋', '带队到我市调研工业经济', '陪同', undefined],
  ['胡积合', '带领相关部门负责人督查节前安全生产工作', '参加督查', undefined],
  ['胡积合', '全省民房等重点领域火灾隐患集中排查整治行动视频会议', '参加', undefined],
  ['胡勇春', '赴我市部分企业、科创平台走访', '参加', 1],
  ['李浩锋', '赴我市部分企业、科创平台走访', '参加', 2],
  ['朱志杰', '烈士纪念日公祭活动', '参加', 1],
  ['陈美蓉', '烈士纪念日公祭活动', '参加', 2],
  ['朱世道', '烈士纪念日公祭活动', '参加', 3],
  ['范晓东', '烈士纪念日公祭活动', '参加', 4],
];
for (const [person, event, role, rank] of ATTENDANCE) {
  test(`${person} attended ${event} (${role}${rank ? `, listed ${rank}` : ''})`, () => {
    const e = out(person, 'ATTENDED').find((x) => x.target === event);
    assert.ok(e, JSON.stringify(out(person, 'ATTENDED').map((x) => x.target)));
    assert.equal(e.role, role);
    assert.equal(e.rank, rank);
  });
}

test('reporters write; they never chair, lead or visit', () => {
  const reporters = new Set(graph.filterEdges((_k, a) => a.type === 'WROTE').map((k) => graph.source(k)));
  assert.ok(reporters.has('person:陈晓苏') && reporters.has('person:林群心'));
  for (const r of reporters) {
    const types = graph.outEdges(r).map((k) => graph.getEdgeAttributes(k).type);
    assert.deepEqual(types.filter((t) => t !== 'WROTE' && t !== 'MENTIONED_IN'), [], label(r));
  }
});

test('the career of 胡积合: one person, three titles over two pages', () => {
  const titles = out('胡积合', 'HOLDS').map((e) => e.target).sort();
  assert.deepEqual(titles, ['市委副书记', '市委常委', '常务副市长']);
  const articles = new Set(out('胡积合', 'HOLDS').flatMap((e) => e.evidence.map((x) => x.file)));
  assert.equal(articles.size, 2);
});

test('Jinhua officials hold Jinhua titles; two cities\' 市长 are two Title nodes', () => {
  const jur = (person: string) => out(person, 'HOLDS').map((e) => [e.target, e.node.jurisdiction]);
  assert.deepEqual(jur('张新宇'), [['金华市副市长', '金华市']]);
  assert.deepEqual(jur('吴燕').sort(), [['金华市委常委', '金华市'], ['金华市监委主任', '金华市'], ['金华市纪委书记', '金华市']]);
  const mayors = graph.filterNodes((_k, a) => a.kind === 'Title' && a.post === '市长').map((k) => graph.getNodeAttributes(k).jurisdiction).sort();
  assert.deepEqual(mayors, ['永康市', '金华市']);
});

test('one node per person across pages (金政 2017 pages ×2, 章旭升 2023 pages ×2), and a merge log that says why', () => {
  assert.equal(graph.filterNodes((_k, a) => a.kind === 'Person' && a.label === '金政').length, 1);
  assert.ok(mergeLog.some((m) => m.node === 'person:金政' && m.articles.length === 2));
  assert.equal(graph.getNodeAttributes('person:章旭升').pinyin, 'zhang xu sheng');
});

test('no person node is a title fragment, a place or a company', () => {
  graph.forEachNode((_k, a) => {
    if (a.kind !== 'Person') return;
    assert.match(a.label, /^\p{Script=Han}{2,4}$/u, a.label);
    assert.doesNotMatch(a.label, /[市县省镇委长记]$|集团|公司|书记|主任/, a.label);
  });
});

test('every relationship carries evidence that points into the raw file', () => {
  graph.forEachEdge((k, a) => {
    assert.ok(a.evidence.length > 0, k);
    for (const e of a.evidence) assert.ok(e.rawStart >= 0 && e.rawEnd > e.rawStart && e.sentence.length > 0, `${k}: ${JSON.stringify(e)}`);
  });
});

test('JSON export: graphology serialisation with label, kind, type, jurisdiction, date', () => {
  const data = JSON.parse(JSON.stringify(toJson(graph)));
  assert.ok(Array.isArray(data.nodes) && Array.isArray(data.edges));
  for (const n of data.nodes) assert.ok(n.key && n.attributes.label && n.attributes.kind, JSON.stringify(n));
  for (const e of data.edges) assert.ok(e.source && e.target && e.attributes.type);
  // A title without a jurisdiction is a post of an institution (院长, 场长) or a bare post after a name (习近平总书记).
  const titles = data.nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind === 'Title');
  const placeless = titles.filter((n: { attributes: { jurisdiction?: string; label: string; post: string } }) => !n.attributes.jurisdiction);
  for (const n of placeless) assert.ok(/院长|场长|工程师|辅警|主任|部长|政委/.test(n.attributes.label) || n.attributes.label === n.attributes.post, n.attributes.label);
  assert.ok(data.nodes.some((n: { attributes: { kind: string; date?: string } }) => n.attributes.kind === 'Event' && n.attributes.date === '2023-03-15'));
});

const xmllint = spawnSync('xmllint', ['--version']).status === 0;
test('GEXF export is dynamic GEXF 1.3 and valid against the XSD (xmllint)', { skip: !xmllint && !process.env.CI && 'xmllint not installed (apt-get install libxml2-utils)' }, () => {
  const xml = toGexf(graph);
  assert.match(xml, /<graph [^>]*mode="dynamic" timeformat="date"/);
  assert.match(xml, /<node id="event:002_832c33dbd7fa0409:2#1" start="2023-03-15" end="2023-03-15"/);
  const dir = mkdtempSync(join(tmpdir(), 'kg-gexf-'));
  try {
    writeFileSync(join(dir, 'g.gexf'), xml);
    execFileSync('xmllint', ['--noout', '--schema', join(ROOT, 'tests/fixtures/gexf-1.3/gexf.xsd'), join(dir, 'g.gexf')], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the mention layer: the seed gold\'s enterprises are nodes (F1 ≥ 0.95), each linked to the articles that name it', () => {
  const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/seeds.json'), 'utf8')) as Record<string, { enterprise?: string[] }>;
  const pairs = Object.entries(gold).flatMap(([article, g]) => (g.enterprise ?? []).map((name) => [article, name] as const));
  const names = new Set(pairs.map(([, n]) => n));
  // The enterprises named in the annotated articles (the gold annotates those, not every page's classifieds).
  const annotated = (k: string) => graph.outNeighbors(k).some((n) => n.slice('article:'.length) in gold);
  const nodes = graph.filterNodes((k, a) => a.kind === 'Enterprise' && annotated(k));
  const forms = (k: string) => [label(k), ...(graph.getNodeAttributes(k).aliases ?? [])];
  const found = [...names].filter((n) => nodes.some((k) => forms(k).includes(n)));
  const right = nodes.filter((k) => forms(k).some((f) => names.has(f)));
  const [p, r] = [right.length / nodes.length, found.length / names.size];
  const wrong = nodes.filter((k) => !right.includes(k)).map(label);
  assert.ok((2 * p * r) / (p + r) >= 0.95, `P ${p.toFixed(3)} R ${r.toFixed(3)}: missing ${[...names].filter((n) => !found.includes(n))}; wrong ${wrong}`);
  for (const [article, name] of pairs) {
    const node = nodes.find((k) => forms(k).includes(name));
    assert.ok(node && graph.hasEdge(`MENTIONED_IN:${node}->article:${article}`), `${name} in ${article}`);
  }
});
