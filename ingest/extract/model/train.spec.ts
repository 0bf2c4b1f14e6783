// Training gold as allowed tags per character (each corpus's conventions); both learners learn from partial gold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLUENER, labelledSpans, PEOPLES_DAILY, annotatedKinds, type Corpus, type Row } from '../eval/datasets.ts';
import { MENTION_KINDS, type MentionKind } from '../types.ts';
import { sentenceFeatures } from './features.ts';
import { compileModel, spansOf, TAGS, tagSentence, type Model } from './tagger.ts';
import { trainCrf } from './crf.ts';
import { allowedTags, openKinds, train, withRuleSpans, type TrainingSentence } from './train.ts';

const tagsOf = (mask: number) => TAGS.filter((_, t) => mask & (1 << t)).join('|');

const row = (text: string, label: Row['label']): Row => ({ text, label });

/** What, corpus, sentence and labels, whether kinds it does not mark come from kg's rules, the tags allowed. */
const ALLOWED: [string, Corpus, Row, boolean, string[]][] = [
  ['CLUENER: one sequence', CLUENER, row('市长李四', { position: { 市长: [[0, 1]] }, name: { 李四: [[2, 3]] } }), false,
    ['B-title', 'I-title', 'B-person', 'I-person']],
  ['CLUENER: outside every span, nothing', CLUENER, row('好李四', { name: { 李四: [[1, 2]] } }), false,
    ['O', 'B-person', 'I-person']],
  ['People\'s Daily: ORG is an organisation or an enterprise; a post kg sees may be a title, all, part or none of it',
    PEOPLES_DAILY, row('微软总裁盖茨', { ORG: { 微软: [[0, 1]] }, PER: { 盖茨: [[4, 5]] } }), true,
    ['B-organization|B-enterprise', 'I-organization|I-enterprise', 'O|B-title', 'O|B-title|I-title', 'B-person',
      'I-person']],
  ['People\'s Daily: no title where kg sees none', PEOPLES_DAILY, row('好李四', { PER: { 李四: [[1, 2]] } }), true,
    ['O', 'B-person', 'I-person']],
];

test('gold as allowed tags: one sequence where a corpus marks every kind, choices where it does not', () => {
  for (const [what, corpus, r, rules, expected] of ALLOWED) {
    const n = Array.from(r.text).length;
    const unmarked = openKinds(annotatedKinds(corpus));
    const spans = rules ? withRuleSpans(r.text, labelledSpans(r, corpus), unmarked) : labelledSpans(r, corpus);
    assert.deepEqual(Array.from(allowedTags(n, spans, []), tagsOf), expected, what);
  }
});

test('a kind left open everywhere (silver names): a marked span still ends where gold ends it', () => {
  const allowed = allowedTags(3, labelledSpans(row('李四说', { name: { 李四: [[0, 1]] } }), CLUENER), [...MENTION_KINDS]);
  assert.deepEqual(Array.from(allowed, tagsOf).slice(1), ['I-person', TAGS.filter((t) => t !== 'I-person').join('|')]);
});

/** A toy corpus: names after 市长, bodies before 召开; half of the bodies marked only as "organisation or enterprise". */
function toyCorpus(): TrainingSentence[] {
  const names = ['张三', '李四', '王五', '赵六', '陈七', '刘八'];
  const bodies = ['华电', '中粮', '国投', '招商', '中信', '光大'];
  const out: TrainingSentence[] = [];
  for (let k = 0; k < names.length * 4; k++) {
    const name = names[k % names.length]!;
    const body = bodies[(k * 5) % bodies.length]!;
    const text = `市长${name}到${body}集团`;
    const bodyKinds: MentionKind[] = k % 2 === 0 ? ['enterprise'] : ['organization', 'enterprise'];
    const spans = [{ start: 2, end: 4, kinds: ['person'] as MentionKind[] }, { start: 5, end: 9, kinds: bodyKinds }];
    const features = sentenceFeatures(text);
    out.push({ features, allowed: allowedTags(features.n, spans, ['title']) });
  }
  return out;
}

const LEARNERS: [string, (s: readonly TrainingSentence[]) => Model][] = [
  ['the perceptron', (s) => train(s, { epochs: 5, seed: 1 })],
  ['the CRF', (s) => trainCrf(s, { epochs: 5, seed: 1, l2: 1, rate: 0.2 })],
];

for (const [learner, learn] of LEARNERS) {
  test(`${learner} learns from partial gold, and is the same on every run (seeded order)`, () => {
    const sentences = toyCorpus();
    const a = learn(sentences);
    assert.deepEqual(Array.from(a.weights), Array.from(learn(sentences).weights));
    const tagger = compileModel(a);
    const text = '市长孙九到华润集团';
    const found = spansOf(text, tagSentence(tagger, text)).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
    assert.ok(found.includes('person:孙九'), found.join(' '));
    assert.ok(found.includes('enterprise:华润集团'), found.join(' '));
  });
}
