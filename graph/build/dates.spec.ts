// Event dates in the graph: a span printed in the lead, a day printed where the event is named again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestPage } from '../../ingest/page.ts';
import { buildGraph } from './index.ts';

/** Each role edge as `REL person → event date`, from a story read as a page of an issue of `issueDate`. */
function datedRoles(text: string, issueDate: string): string[] {
  const bytes = new TextEncoder().encode(text);
  const page = ingestPage({ file: 'd.txt', bytes }, { issue: { issueDate }, form: 'articles' });
  const { graph } = buildGraph(page.output);
  return graph
    .filterEdges((_k, a) => ['CHAIRED', 'LED', 'ATTENDED', 'MET'].includes(a.type))
    .map((k) => {
      const a = graph.getEdgeAttributes(k);
      const [from, to] = [graph.source(k), graph.target(k)].map((n) => graph.getNodeAttribute(n, 'label'));
      return `${a.type} ${from} → ${to} ${a.date}`;
    })
    .sort();
}

const STORY =
  '赵乐际同崔龙海会谈并共同出席开幕式活动\n\n' +
  '新华社消息：4月11日至12日，全国人大常委会委员长赵乐际在平壤' +
  '同朝鲜最高人民会议常任委员会委员长崔龙海会谈，' +
  '并共同出席“中朝友好年”开幕式活动。\n';

test('dates: an event in a span the lead prints takes the day a later sentence names it on', () => {
  const later = '12日下午，赵乐际同崔龙海共同出席“中朝友好年”开幕式并分别致辞。\n';
  const roles = datedRoles(STORY + later, '2024-04-12');
  assert.ok(roles.includes('ATTENDED 赵乐际 → “中朝友好年”开幕式 2024-04-12'), roles.join('\n'));
  assert.ok(roles.includes('MET 赵乐际 → 崔龙海 2024-04-11'), roles.join('\n'));
});

test('dates: named in the span only, an event takes the span\'s first day', () => {
  const roles = datedRoles(STORY, '2024-04-12');
  assert.ok(roles.includes('ATTENDED 赵乐际 → “中朝友好年”开幕式 2024-04-11'), roles.join('\n'));
});

test('dates: a visit told 近日 takes the day a later sentence of it prints', () => {
  const story =
    '习近平在宁夏考察\n\n新华社消息：中共中央总书记习近平近日在宁夏考察时强调，要建设先行区。\n' +
    '6月19日，习近平结束在青海考察后，来到宁夏。当天下午，他到银川市调研。\n' +
    '李干杰、何立峰及中央和国家机关有关部门负责同志陪同考察。\n';
  const roles = datedRoles(story, '2024-06-21');
  assert.ok(roles.some((r) => r.startsWith('LED 习近平') && r.endsWith('2024-06-19')), roles.join('\n'));
});

test('dates: 近日 early in a month may be the month before; a later span prints the visit\'s first day', () => {
  const story =
    '习近平在上海考察\n\n新华社消息：中共中央总书记习近平近日在上海考察时强调，要加快建成现代化国际大都市。\n' +
    '11月28日至12月2日，习近平在上海市委书记陈吉宁和市长龚正陪同下，先后来到金融机构、科技创新园区进行调研。\n';
  const roles = datedRoles(story, '2023-12-03');
  assert.ok(roles.some((r) => r.startsWith('LED 习近平') && r.endsWith('2023-11-28')), roles.join('\n'));
});

test('dates: a reaction piece retells; an event it names on no day of its own makes no edge, one it dates does', () => {
  const head = '踏上新征程——习近平总书记在瞻仰延安革命纪念地时的重要讲话引发强烈反响\n\n央视网消息（新闻联播）：';
  const undated = datedRoles(head + '习近平总书记带领中共中央政治局常委首先来到杨家岭革命旧址。\n', '2022-10-28');
  assert.deepEqual(undated, []);
  const dated = datedRoles(head + '习近平总书记10日下午在北京会见马英九一行，并发表重要讲话。\n', '2024-04-11');
  assert.ok(dated.includes('MET 习近平 → 马英九 2024-04-10'), dated.join('\n'));
  // (国际社会积极评价…会晤: others' views of talks reported on their own day.)
  const views = '国际社会积极评价中美元首旧金山会晤\n\n央视网消息（新闻联播）：';
  const met = views + '国际社会积极评价习近平主席在美国旧金山斐洛里庄园同美国总统拜登举行中美元首会晤。\n';
  assert.deepEqual(datedRoles(met, '2023-11-17'), []);
});

test('dates: a month that names the event is not when it was; a founding told first dates no later event', () => {
  const named = '签约\n\n12月22日，筠连县2023年12月招商引资项目集中签约仪式在县会议中心举行。县委书记石进出席。\n';
  assert.deepEqual(datedRoles(named, '2023-12-27'), ['ATTENDED 石进 → 筠连县12月招商引资项目集中签约仪式 2023-12-22']);
  const founded = '州庆\n\n1958年4月1日，文山壮族苗族自治州正式成立。\n2018年4月1日，文山州迎来60华诞。' +
    '庆祝大会由州委副书记童志云主持。\n';
  assert.deepEqual(datedRoles(founded, '2018-07-23'), ['CHAIRED 童志云 → 庆祝大会 2018-04-01']);
});
