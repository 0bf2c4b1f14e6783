// Extraction on the seed articles against the hand-annotated gold: every official and enterprise found, no false person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../ingest/extract/index.ts';
import { emptyScores, prf, score, spansOfStrings, type GoldStrings } from '../ingest/extract/eval/score.ts';
import { ownConvention } from '../ingest/extract/eval/datasets.ts';
import { ingestSeed, ROOT, SEED_FILES } from './helpers.ts';

const goldFile = join(ROOT, 'tests/fixtures/gold/seeds.json');
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, GoldStrings>;
const articles = SEED_FILES.flatMap(ingestSeed).filter((a) => a.kind !== 'classifieds');
/** The seeds are pages of 永康日报: a bare 市 there is 永康市. */
const YONGKANG = { jurisdiction: '永康市' };
const scores = emptyScores();
for (const a of articles) {
  score(scores, ownConvention(extract(a.text, YONGKANG).output), spansOfStrings(a.text, gold[a.id] ?? {}));
}

test('every person in the seeds is found, and nothing else is called a person', () => {
  const { p, r } = prf(scores.get('person')!);
  assert.equal(r, 1, `person recall ${r}`);
  assert.equal(p, 1, `person precision ${p}`);
});

test('every enterprise in the seeds is found', () => {
  assert.equal(prf(scores.get('enterprise')!).r, 1);
});

test('titles: every one found with its jurisdiction and organ as printed', () => {
  const { p, r } = prf(scores.get('title')!);
  // Precision is lower than recall: the tagger, trained on CLUENER's convention, also marks roles (记者, 教师, 供应商).
  assert.ok(r === 1 && p >= 0.8, `title precision ${p}, recall ${r}`);
});

test('Jinhua officials carry 金华市, Yongkang ones 永康市', () => {
  const a = articles.find((x) => x.text.includes('金华市委常委、市纪委书记'))!;
  const titles = extract(a.text, YONGKANG).output.filter((m) => m.kind === 'title');
  const jur = (t: string) => titles.filter((m) => m.text === t).map((m) => m.jurisdiction);
  assert.deepEqual(jur('金华市委常委'), ['金华市']);
  assert.deepEqual(jur('市纪委书记'), ['金华市']);
  assert.deepEqual(jur('市监委主任'), ['金华市']);
  assert.deepEqual(jur('金华市委副书记'), ['金华市']);
  assert.ok(jur('市委书记').every((j) => j === '永康市'));
});

test('no person mention is a title fragment, a place or a company', () => {
  for (const a of articles) {
    for (const m of extract(a.text, YONGKANG).output.filter((x) => x.kind === 'person')) {
      assert.match(m.text, /^\p{Script=Han}{2,4}$/u, `${a.id}: ${m.text}`);
      assert.doesNotMatch(m.text, /[市县省镇委长记]$|集团|公司/, `${a.id}: ${m.text}`);
    }
  }
});
