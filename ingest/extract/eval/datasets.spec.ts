// Each corpus's labels become kg's kinds as its conventions say; its parts never overlap; predictions read in its terms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CLUENER, CORPORA, goldSpans, labelledSpans, partOf, PEOPLES_DAILY, predictedSpans, scoredKinds, type Corpus,
  type PredictedSpan, type Row,
} from './datasets.ts';
import type { Span } from './score.ts';

const show = (text: string, spans: readonly Span[]) => spans.map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);

/** Corpus, sentence, its labels as the corpus writes them, the gold kg scores it against. */
const GOLD: [Corpus, string, Row['label'], string[]][] = [
  [CLUENER, '浙商银行叶老桂说', { company: { 浙商银行: [[0, 3]] }, name: { 叶老桂: [[4, 6]] } }, ['enterprise:浙商银行', 'person:叶老桂']],
  [CLUENER, '北京市市长到场', { government: { 北京市: [[0, 2]] }, position: { 市长: [[3, 4]] } }, ['organization:北京市', 'title:市长']],
  [CLUENER, '国际足联在苏黎世', { organization: { 国际足联: [[0, 3]] }, address: { 苏黎世: [[5, 7]] } },
    ['organization:国际足联', 'place:苏黎世']],
  [CLUENER, '玩《魔兽》看《英雄》', { game: { '《魔兽》': [[1, 4]] }, movie: { '《英雄》': [[6, 9]] } }, []],
  [CLUENER, '在景区和书店', { scene: { 景区: [[1, 2]] }, book: { 书店: [[4, 5]] } }, []],
  [PEOPLES_DAILY, '中共中央总书记江泽民在北京', { ORG: { 中共中央: [[0, 3]] }, PER: { 江泽民: [[7, 9]] }, LOC: { 北京: [[11, 12]] } },
    ['organization:中共中央', 'person:江泽民', 'place:北京']],
  [PEOPLES_DAILY, '微软和海尔', { ORG: { 微软: [[0, 1]], 海尔: [[3, 4]] } }, ['organization:微软', 'organization:海尔']],
  // Offsets are code points: a character outside the BMP is one there and two in kg's UTF-16 spans.
  [PEOPLES_DAILY, '𠀋李四在京', { PER: { 李四: [[1, 2]] }, LOC: { 京: [[4, 4]] } }, ['person:李四', 'place:京']],
];

test('gold: each corpus\'s labels as the kg kind they are scored as, offsets in UTF-16', () => {
  for (const [corpus, text, label, expected] of GOLD) {
    const spans = goldSpans({ text, label }, corpus).sort((a, b) => a.start - b.start);
    assert.deepEqual(show(text, spans), expected, `${corpus.name}: ${text}`);
  }
});

test('People\'s Daily ORG may be an organisation or an enterprise; each CLUENER label is one kind', () => {
  const row: Row = { text: '微软在美国', label: { ORG: { 微软: [[0, 1]] }, LOC: { 美国: [[3, 4]] } } };
  assert.deepEqual(labelledSpans(row, PEOPLES_DAILY).map((s) => s.kinds), [['organization', 'enterprise'], ['place']]);
  const clue: Row = { text: '微软在美国', label: { company: { 微软: [[0, 1]] }, address: { 美国: [[3, 4]] } } };
  assert.deepEqual(labelledSpans(clue, CLUENER).map((s) => s.kinds), [['enterprise'], ['place']]);
});

test('a span overlapping an earlier one is left out (CLUENER nests a few)', () => {
  const row: Row = { text: '北京市政府', label: { government: { 北京市政府: [[0, 4]] }, address: { 北京市: [[0, 2]] } } };
  assert.equal(labelledSpans(row, CLUENER).length, 1);
});

/** Corpus, kg's predictions, what is scored. */
const ALL: Span['kind'][] = ['person', 'title', 'organization', 'enterprise', 'place'];
const PREDICTED: [Corpus, Span['kind'][], string[]][] = [
  [PEOPLES_DAILY, ALL, ['person', 'organization', 'organization', 'place']],
  [CLUENER, ALL, ['person', 'title', 'organization', 'enterprise', 'place']],
];

test('predictions in a corpus\'s terms: a kg title is never a People\'s Daily span; an enterprise meets ORG', () => {
  for (const [corpus, kinds, expected] of PREDICTED) {
    const spans = kinds.map((kind, k) => ({ kind, start: k, end: k + 1 }));
    assert.deepEqual(predictedSpans(spans, corpus, '一二三四五').map((s) => s.kind), expected, corpus.name);
  }
  assert.deepEqual(scoredKinds(PEOPLES_DAILY), ['person', 'organization', 'place']);
  assert.deepEqual(scoredKinds(CLUENER), ['person', 'title', 'organization', 'enterprise', 'place']);
});

test('People\'s Daily marks a doctrine\'s name and no government but the state before it; CLUENER neither', () => {
  const text = '学习邓小平理论。美国政府、北京市政府和市政府表示';
  const spans: PredictedSpan[] = [
    { kind: 'person', start: 2, end: 5, doctrine: true },
    { kind: 'organization', start: 8, end: 12 },
    { kind: 'organization', start: 13, end: 18 },
    { kind: 'organization', start: 19, end: 22 },
  ];
  const got = (c: Corpus) => predictedSpans(spans, c, text).map((s) => [s.kind, text.slice(s.start, s.end)]);
  assert.deepEqual(got(PEOPLES_DAILY), [['person', '邓小平'], ['place', '美国'], ['place', '北京市']]);
  assert.deepEqual(got(CLUENER), [['organization', '美国政府'], ['organization', '北京市政府'], ['organization', '市政府']]);
});

test('each corpus\'s parts are in file order, cover it and never overlap: the held-out part is its last lines', () => {
  const lines = Array.from({ length: 2318 }, (_, k) => k);
  for (const c of CORPORA) {
    const { train, validation, heldOut } = c.parts;
    assert.deepEqual([train[0], train[1], validation[1], heldOut[1]], [0, validation[0], heldOut[0], 1], c.name);
    const parts = [train, validation, heldOut].map((p) => partOf(lines, p));
    assert.deepEqual(parts.flat(), lines, c.name);
  }
});
