// `npm run train`: trains the character tagger (averaged perceptron) on CLUENER2020's train split, keeps the last
// tenth aside to report held-out scores, and writes ingest/extract/model/ner-model.json.gz. Deterministic (fixed order).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentenceFeatures, type SentenceFeatures } from '../ingest/extract/model/features.ts';
import { compileModel, encodeModel, MODEL_PATH, spansOf, TAGS, tagSentence, viterbi, type Model } from '../ingest/extract/model/tagger.ts';
import { emptyScores, score, table, type Span } from '../ingest/extract/eval/score.ts';
import type { MentionKind } from '../ingest/extract/types.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = process.env.CLUENER ?? join(ROOT, '..', 'shared', 'data', 'cluener_train.jsonl');
const EPOCHS = Number(process.env.EPOCHS ?? 25);
const HELD_OUT = 0.1;
const LABELS: Record<string, MentionKind> = { name: 'person', position: 'title', company: 'enterprise', government: 'organization', organization: 'organization', address: 'place' };

interface Example {
  text: string;
  features: SentenceFeatures;
  gold: string[];
  spans: Span[];
}

function load(): Example[] {
  return readFileSync(DATA, 'utf8').split('\n').filter(Boolean).map((line) => {
    const row = JSON.parse(line) as { text: string; label: Record<string, Record<string, [number, number][]>> };
    const chars = Array.from(row.text);
    const gold = new Array<string>(chars.length).fill('O');
    for (const [label, ents] of Object.entries(row.label ?? {})) {
      const kind = LABELS[label];
      if (!kind) continue;
      for (const spans of Object.values(ents)) for (const [s, e] of spans) {
        if (gold.slice(s, e + 1).some((t) => t !== 'O')) continue;
        for (let k = s; k <= e; k++) gold[k] = (k === s ? 'B-' : 'I-') + kind;
      }
    }
    return { text: row.text, features: sentenceFeatures(row.text), gold, spans: spansOf(row.text, gold) };
  });
}

function train(examples: Example[]): Model {
  const T = TAGS.length;
  // Feature strings to ids once; each example keeps its ids per position.
  const vocab = new Map<number, number>();
  const ids = examples.map(({ features: { n, hashes, starts } }) =>
    Array.from({ length: n }, (_, i) =>
      Array.from(hashes.subarray(starts[i]!, starts[i + 1]!), (f) => {
        let id = vocab.get(f);
        if (id === undefined) vocab.set(f, (id = vocab.size));
        return id;
      }),
    ),
  );
  const w = new Float64Array(vocab.size * T);
  const u = new Float64Array(vocab.size * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    let errors = 0;
    examples.forEach((ex, e) => {
      const n = ex.gold.length;
      const em = new Float64Array(n * T);
      ids[e]!.forEach((fs, i) => {
        for (const f of fs) for (let t = 0; t < T; t++) em[i * T + t]! += w[f * T + t]!;
      });
      const pred = viterbi(TAGS, em, tw, n);
      const gold = ex.gold.map((g) => TAGS.indexOf(g));
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        const gp = i === 0 ? T : gold[i - 1]!;
        const pp = i === 0 ? T : pred[i - 1]!;
        if (g !== p) {
          errors++;
          for (const f of ids[e]![i]!) {
            w[f * T + g]! += 1;
            w[f * T + p]! -= 1;
            u[f * T + g]! += c;
            u[f * T + p]! -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tw[gp * T + g]! += 1;
          tw[pp * T + p]! -= 1;
          tu[gp * T + g]! += c;
          tu[pp * T + p]! -= c;
        }
      }
      c++;
    });
    console.error(`epoch ${epoch + 1}/${EPOCHS}: ${errors} character errors`);
  }
  // Averaged weights; features whose weights all round to nothing are dropped.
  const kept: [number, number][] = [];
  for (const [h, id] of vocab) {
    let any = false;
    for (let t = 0; t < T; t++) if (Math.abs(w[id * T + t]! - u[id * T + t]! / c) >= 0.05) any = true;
    if (any) kept.push([h, id]);
  }
  const hashes = Int32Array.from(kept, ([h]) => h);
  const weights = new Float32Array(kept.length * T);
  kept.forEach(([, id], k) => {
    for (let t = 0; t < T; t++) weights[k * T + t] = w[id * T + t]! - u[id * T + t]! / c;
  });
  const transitions = new Float64Array((T + 1) * T);
  for (let k = 0; k < transitions.length; k++) transitions[k] = tw[k]! - tu[k]! / c;
  return { tags: TAGS, hashes, weights, transitions };
}

function save(model: Model, path: string): number {
  const gz = gzipSync(encodeModel(model, 'CLUENER2020 train split, first 90% (Xu et al. 2020, arXiv:2001.04351)'), { level: 9 });
  writeFileSync(path, gz);
  return gz.length;
}

if (!existsSync(DATA)) {
  console.error(`train-ner: ${DATA} not found (set CLUENER=path)`);
  process.exit(1);
}
const all = load();
const cut = Math.floor(all.length * (1 - HELD_OUT));
const model = train(all.slice(0, cut));
const bytes = save(model, MODEL_PATH);
console.error(`wrote ${MODEL_PATH} (${(bytes / 1e6).toFixed(1)} MB)`);
const scores = emptyScores();
const tagger = compileModel(model); // as the shipped file will be read
for (const ex of all.slice(cut)) score(scores, spansOf(ex.text, tagSentence(tagger, ex.text)), ex.spans);
console.log(table(`Tagger alone on the held-out last 10% of CLUENER train (${all.length - cut} sentences)`, scores));
