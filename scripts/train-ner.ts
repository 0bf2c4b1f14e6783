// `npm run train`: trains the character tagger on the training parts of CLUENER and People's Daily, writes the model.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { addScores, emptyScores, prf, type Scores } from '../ingest/extract/eval/score.ts';
import { sentenceFeatures } from '../ingest/extract/model/features.ts';
import { compileModel, encodeModel, MODEL_PATH, type Model } from '../ingest/extract/model/tagger.ts';
import { augmented } from '../ingest/extract/model/augment.ts';
import { CRF_DEFAULTS, trainCrf } from '../ingest/extract/model/crf.ts';
import {
  allowedTags, openKinds, random, train, withRuleSpans, type TrainingSentence, type TrainOptions,
} from '../ingest/extract/model/train.ts';
import {
  annotatedKinds, CORPORA, PEOPLES_DAILY, corpusPath, corpusPresent, labelledSpans, partOf, readRows, scoredKinds,
  type Corpus, type Part, type Row,
} from '../ingest/extract/eval/datasets.ts';
import { corpusTable, extractor, f1Line, measure, taggerAlone } from '../ingest/extract/eval/measure.ts';

/** Chosen on the validation parts: the best mean F1 of rules + tagger (`npm run train -- --validate`; the README). */
const EPOCHS = 9;
const SEED = 22;
/** Cost-augmented training's margin per wrong character (0: the plain perceptron). */
const MARGIN = 0;
/**
 * Times each sentence is seen per epoch: People's Daily's few sentences are the nearest to the political news kg reads
 * (3 against 1 and 6, on the validation parts).
 */
const REPEAT: Readonly<Record<string, number>> = { [PEOPLES_DAILY.name]: 3 };
/**
 * Mention replacement (`augment.ts`, `--augment N`): N copies of each sentence with its entities swapped for others of
 * their label. Off: on the validation parts it gains People's Daily person and organisation, but the tagger so trained
 * reads more words by their context alone (`施工图`, `比什凯克` as persons), which costs real news its role edges
 * (ingest/extract/README.md, "What each source gives").
 */
const AUGMENT = 0;
/** What `--augment` swaps by default: People's Daily's labels (CLUENER's brought fragments into the seeds' bodies). */
const AUGMENT_LABELS = ['PER', 'ORG', 'LOC'];

/** How the tagger learns: the structured perceptron (`model/train.ts`) or a CRF (`model/crf.ts`). */
const LEARNER = 'perceptron';

const { values: args } = parseArgs({
  options: {
    validate: { type: 'boolean', default: false },
    /** Cross-validation: K models, each trained on all but a K-th of the training + validation lines, scored on it. */
    folds: { type: 'string', default: '0' },
    epochs: { type: 'string', default: String(EPOCHS) },
    margin: { type: 'string', default: String(MARGIN) },
    sources: { type: 'string', default: CORPORA.map((c) => c.name).join(',') },
    out: { type: 'string', default: MODEL_PATH },
    /** `train`: the training parts only, so that the validation parts stay unseen (to study errors on them). */
    parts: { type: 'string', default: 'train,validation' },
    seed: { type: 'string', default: String(SEED) },
    /** Times People's Daily's sentences are seen per epoch (REPEAT). */
    'pd-repeat': { type: 'string', default: String(REPEAT[PEOPLES_DAILY.name]) },
    /** Mention replacement: this many copies of each sentence with its entities swapped (`augment.ts`). */
    augment: { type: 'string', default: String(AUGMENT) },
    /** The labels replaced, as the corpora print them. */
    'augment-labels': { type: 'string', default: AUGMENT_LABELS.join(',') },
    /** `perceptron` or `crf` (`model/crf.ts`). */
    learner: { type: 'string', default: LEARNER },
    l2: { type: 'string', default: String(CRF_DEFAULTS.l2) },
    rate: { type: 'string', default: String(CRF_DEFAULTS.rate) },
  },
});

/** A corpus's rows as training sentences (kinds it does not mark as kg's rules find them), as often as REPEAT says. */
function sentencesOf(corpus: Corpus, rows: readonly Row[]): TrainingSentence[] {
  const unannotated = openKinds(annotatedKinds(corpus));
  const labels = new Set(args['augment-labels'].split(','));
  const withCopies = augmented(rows, labels, Number(args.augment), random(Number(args.seed) + 1));
  const once = withCopies.map((row) => {
    const f = sentenceFeatures(row.text);
    const features = { n: f.n, hashes: f.hashes.slice(0, f.starts[f.n]!), starts: f.starts };
    const spans = withRuleSpans(row.text, labelledSpans(row, corpus), unannotated);
    return { features, allowed: allowedTags(f.n, spans, []) };
  });
  const times = corpus === PEOPLES_DAILY ? Number(args['pd-repeat']) : REPEAT[corpus.name] ?? 1;
  return Array.from({ length: times }, () => once).flat();
}

/** The rows of a corpus between two of its part boundaries (train, or train + validation). */
function rowsOf(rows: readonly Row[], ...parts: Part[]): Row[] {
  return parts.flatMap((p) => partOf(rows, p));
}

const log = (line: string) => console.error(line);
const chosen = args.sources.split(',');
const corpora = CORPORA.filter((c) => corpusPresent(c));
const missing = CORPORA.filter((c) => !corpusPresent(c)).map((c) => corpusPath(c));
if (missing.length) log(`train-ner: not found, skipped: ${missing.join(', ')}`);
const rows = new Map(corpora.map((c) => [c, readRows(corpusPath(c))]));
const training = corpora.filter((c) => chosen.includes(c.name));
if (training.length === 0) {
  const where = CORPORA.map((c) => corpusPath(c)).join(', ');
  log(`train-ner: no training data (sources ${args.sources}; looked in ${where})`);
  process.exit(1);
}
const epochs = Number(args.epochs);
const started = Date.now();

if (args.validate) {
  // Train on the training parts; after each epoch, score rules + tagger on every corpus's validation part.
  const sentences = training.flatMap((c) => sentencesOf(c, partOf(rows.get(c)!, c.parts.train)));
  log(`${sentences.length} training sentences (${training.map((c) => c.name).join(' + ')})`);
  learn(sentences, {
    epochs, seed: Number(args.seed), log, margin: Number(args.margin),
    afterEpoch: (epoch, model) => {
      const tagger = compileModel(model());
      const scores = corpora.map((c) => measure(c, partOf(rows.get(c)!, c.parts.validation), extractor(tagger)));
      console.log(`epoch ${epoch} validation F1 (rules + tagger), ${summary(scores)}`);
    },
  });
} else if (Number(args.folds) > 1) {
  crossValidate(Number(args.folds));
} else {
  const withValidation = args.parts.split(',').includes('validation');
  const partsOf = (c: Corpus): Part[] => (withValidation ? [c.parts.train, c.parts.validation] : [c.parts.train]);
  const sentences = training.flatMap((c) => sentencesOf(c, rowsOf(rows.get(c)!, ...partsOf(c))));
  log(`${sentences.length} training sentences (${training.map((c) => c.name).join(' + ')}, parts ${args.parts})`);
  const model = learn(sentences, { epochs, seed: Number(args.seed), log, margin: Number(args.margin) });
  const bytes = save(model, args.out, training);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  log(`wrote ${args.out} (${(bytes / 1e6).toFixed(2)} MB, ${model.hashes.length} features) in ${seconds} s`);
  report(compileModel(model));
}

/**
 * Rules + tagger scored by K-fold cross-validation over each corpus's training + validation lines (contiguous folds,
 * as neighbouring sentences share names): every line is scored once, by a model that never saw it, so that choices
 * rest on all of them rather than on a validation part of 166 People's Daily persons. Held-out parts stay out.
 */
function crossValidate(k: number): void {
  const lines = new Map(corpora.map((c) => [c, rowsOf(rows.get(c)!, c.parts.train, c.parts.validation)]));
  const fold = (c: Corpus, f: number) => {
    const all = lines.get(c)!;
    return [Math.floor((f * all.length) / k), Math.floor(((f + 1) * all.length) / k)] as const;
  };
  const totals = new Map(corpora.map((c) => [c, emptyScores()]));
  for (let f = 0; f < k; f++) {
    const sentences = training.flatMap((c) => {
      const [from, to] = fold(c, f);
      const all = lines.get(c)!;
      return sentencesOf(c, [...all.slice(0, from), ...all.slice(to)]);
    });
    const options = { epochs, seed: Number(args.seed), log: () => {}, margin: Number(args.margin) };
    const tagger = compileModel(learn(sentences, options));
    for (const c of corpora) {
      const [from, to] = fold(c, f);
      addScores(totals.get(c)!, measure(c, lines.get(c)!.slice(from, to), extractor(tagger)));
    }
    log(`fold ${f + 1} of ${k} done`);
  }
  console.log(`${k}-fold F1 (rules + tagger), ${summary(corpora.map((c) => totals.get(c)!))}`);
}

/** The mean F1 of every figure of every corpus (scores in `corpora`'s order), then each corpus's figures. */
function summary(scores: readonly Scores[]): string {
  const f1s = corpora.flatMap((c, k) => scoredKinds(c).map((kind) => prf(scores[k]!.get(kind)!).f1));
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  return `mean ${mean.toFixed(4)} | ${corpora.map((c, k) => `${c.name}: ${f1Line(c, scores[k]!)}`).join(' | ')}`;
}

/** Trains with the chosen learner. */
function learn(sentences: readonly TrainingSentence[], options: TrainOptions): Model {
  if (args.learner === 'perceptron') return train(sentences, options);
  if (args.learner !== 'crf') throw new Error(`train-ner: unknown learner ${args.learner} (perceptron or crf)`);
  return trainCrf(sentences, { ...options, l2: Number(args.l2), rate: Number(args.rate) });
}

function save(model: Model, path: string, from: readonly Corpus[]): number {
  const source = from.map((c) => `${c.name} (${c.cite}), train + validation parts`).join('; ');
  const gz = gzipSync(encodeModel(model, source), { level: 9 });
  writeFileSync(path, gz);
  return gz.length;
}

/** The new model on every held-out part: the tagger alone and as extraction uses it. */
function report(tagger: ReturnType<typeof compileModel>): void {
  for (const c of corpora) {
    const heldOut = partOf(rows.get(c)!, c.parts.heldOut);
    const what = `${c.name}, held-out part (${heldOut.length} sentences)`;
    console.log(corpusTable(c, `${what}, rules + tagger`, measure(c, heldOut, extractor(tagger))) + '\n');
    console.log(corpusTable(c, `${what}, tagger alone`, measure(c, heldOut, taggerAlone(tagger))) + '\n');
  }
}
