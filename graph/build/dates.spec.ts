// Event dates in the graph: a span printed in the lead, a day printed where the event is named again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestPage } from '../../ingest/page.ts';
import { buildGraph } from './index.ts';

/** Each role edge as `REL person → event date`, from a story read as a page of an issue of `issueDate`. */
function datedRoles(text: string, issueDate: string): string[] {
  const page = ingestPage({ file: 'd.txt', bytes: new TextEncoder().encode(text) }, { issue: { issueDate } });
  const { graph } = buildGraph(page.output);
  return graph
    .filterEdges((_k, a) => ['CHAIRED', 'ATTENDED', 'MET'].includes(a.type))
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
