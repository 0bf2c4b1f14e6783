// How a gold role edge is matched to an edge kg found: by relation, person, and the event's word or the guest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkHeadline, matches, type Found, type GoldEdge } from './roles.ts';

const found = (rel: string, person: string, names: string): Found => ({
  rel, person, target: names.split(' ')[0]!, names, sentence: '',
});

test('roles: a meeting\'s word matches an event whose label or printed name holds it, never talks', () => {
  const gold: GoldEdge = { rel: 'CHAIRED', person: '王小洪', event: '公安工作会议', date: '2024-05-29' };
  assert.ok(matches(gold, found('CHAIRED', '王小洪', '全国公安工作会议 全国公安工作会议 ')));
  assert.ok(!matches(gold, found('CHAIRED', '王小洪', '会见全国公安工作会议代表 会见全国公安工作会议代表 talks')));
  assert.ok(!matches(gold, found('ATTENDED', '王小洪', '全国公安工作会议 全国公安工作会议 ')));
});

test('roles: `talks` matches talks events only; MET matches the guest', () => {
  const talks: GoldEdge = { rel: 'ATTENDED', person: '王毅', event: 'talks', date: '2024-01-12' };
  assert.ok(matches(talks, found('ATTENDED', '王毅', '会见比利时首相德克罗 会见比利时首相德克罗 talks')));
  assert.ok(!matches(talks, found('ATTENDED', '王毅', 'talks会议 talks会议 ')));
  const met: GoldEdge = { rel: 'MET', person: '习近平', other: '德克罗', date: '2024-01-12' };
  assert.ok(matches(met, { ...found('MET', '习近平', '德克罗'), target: '德克罗' }));
  assert.ok(!matches(met, { ...found('MET', '习近平', '布朗'), target: '布朗' }));
});

test('roles: a gold item must open with its headline, so that a miscounted item number fails loudly', () => {
  const item = { file: 'd.txt', item: 2, headline: '习近平回信勉励…职工', edges: [] };
  assert.doesNotThrow(() => checkHeadline(item, '习近平回信勉励中国航发黎明发动机装配厂职工\n\n正文'));
  assert.throws(() => checkHeadline(item, '【央视快评】携手推动世界经济\n\n正文'), /d\.txt item 2/);
});
