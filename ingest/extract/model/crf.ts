// Training the character tagger as a linear-chain CRF with partial gold, by stochastic gradient descent with L2.
import { allowed as allowedAfter, TAGS, type Model } from './tagger.ts';
import { indexFeatures, random, shuffle, type TrainingSentence, type TrainOptions } from './train.ts';

const T = TAGS.length;
/** Row of the transition matrix that stands for the sentence start. */
const START = T;

export interface CrfOptions extends TrainOptions {
  /** L2 penalty of the whole training objective (λ/2 · |w|²). */
  l2: number;
  /** Learning rate of the first epoch; epoch e uses rate / e. */
  rate: number;
}

/** Defaults chosen on the validation parts (`npm run train -- --learner crf --validate`; ingest/extract/README.md). */
export const CRF_DEFAULTS = { l2: 1, rate: 0.2 } as const;

/** 1 where tag t may follow tag p (p = START: the sentence's first tag), else 0. */
const TRANSITION_OPEN = (() => {
  const open = new Float64Array((T + 1) * T);
  for (let p = 0; p <= T; p++) {
    for (let t = 0; t < T; t++) open[p * T + t] = allowedAfter(p === START ? '^' : TAGS[p]!, TAGS[t]!) ? 1 : 0;
  }
  return open;
})();

/**
 * Scaled forward–backward over per-position potentials `pot` (n × T, already exponentiated and masked) and
 * transition potentials `edge` ((T + 1) × T). Returns alpha and beta scaled so that alpha[i]·beta[i] are the
 * marginals, the per-position normalisers `c`, and log Z (without the potentials' own offsets), or null when no
 * path has weight (gold that the transitions cannot follow).
 */
export function forwardBackward(pot: Float64Array, edge: Float64Array, n: number) {
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  const c = new Float64Array(n);
  let logZ = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let t = 0; t < T; t++) {
      let a = 0;
      if (i === 0) a = edge[START * T + t]!;
      else for (let p = 0; p < T; p++) a += alpha[(i - 1) * T + p]! * edge[p * T + t]!;
      a *= pot[i * T + t]!;
      alpha[i * T + t] = a;
      sum += a;
    }
    if (!(sum > 0)) return null;
    c[i] = sum;
    logZ += Math.log(sum);
    for (let t = 0; t < T; t++) alpha[i * T + t]! /= sum;
  }
  beta.fill(1, (n - 1) * T, n * T);
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      let b = 0;
      for (let t = 0; t < T; t++) b += edge[p * T + t]! * pot[(i + 1) * T + t]! * beta[(i + 1) * T + t]!;
      beta[i * T + p] = b / c[i + 1]!;
    }
  }
  return { alpha, beta, c, logZ };
}

type Lattice = NonNullable<ReturnType<typeof forwardBackward>>;

/**
 * Adds `sign` × the expected counts of a lattice to the emission gradient `gEm` (n × T) and the transition gradient
 * `gTr`.
 */
function expectations(l: Lattice, pot: Float64Array, edge: Float64Array, n: number, sign: number, gEm: Float64Array,
  gTr: Float64Array): void {
  const { alpha, beta, c } = l;
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < T; t++) {
      const m = alpha[i * T + t]! * beta[i * T + t]!;
      gEm[i * T + t]! += sign * m;
      if (i === 0) gTr[START * T + t]! += sign * m;
    }
    if (i === 0) continue;
    for (let p = 0; p < T; p++) {
      const a = alpha[(i - 1) * T + p]!;
      if (a === 0) continue;
      for (let t = 0; t < T; t++) {
        const e = edge[p * T + t]!;
        if (e === 0) continue;
        gTr[p * T + t]! += (sign * a * e * pot[i * T + t]! * beta[i * T + t]!) / c[i]!;
      }
    }
  }
}

/** Weights as SGD keeps them: emission weights are `scale × v`, so that L2's shrinking costs one multiplication. */
interface State {
  v: Float64Array;
  scale: number;
  trans: Float64Array;
}

/** Exponentiated emissions of a sentence, each position shifted by its maximum (the shift cancels out of the loss). */
function potentials(s: State, ids: Int32Array, sentence: TrainingSentence): Float64Array {
  const { features: f } = sentence;
  const pot = new Float64Array(f.n * T);
  for (let i = 0; i < f.n; i++) {
    const row = pot.subarray(i * T, i * T + T);
    for (let k = f.starts[i]!; k < f.starts[i + 1]!; k++) {
      const base = ids[k]! * T;
      for (let t = 0; t < T; t++) row[t]! += s.v[base + t]!;
    }
    let max = -Infinity;
    for (let t = 0; t < T; t++) max = Math.max(max, (row[t]! *= s.scale));
    for (let t = 0; t < T; t++) row[t] = Math.exp(row[t]! - max);
  }
  return pot;
}

/** One sentence's gradient step; returns its negative log-likelihood (0 where gold cannot be followed: skipped). */
function step(s: State, ids: Int32Array, sentence: TrainingSentence, rate: number): number {
  const n = sentence.features.n;
  if (n === 0) return 0;
  const edge = new Float64Array((T + 1) * T);
  for (let k = 0; k < edge.length; k++) edge[k] = TRANSITION_OPEN[k]! * Math.exp(s.trans[k]!);
  const all = potentials(s, ids, sentence);
  // The same potentials with every tag gold forbids at 0: the lattice of the paths gold allows.
  const gold = all.map((x, k) => (sentence.allowed[Math.floor(k / T)]! & (1 << k % T) ? x : 0));
  const model = forwardBackward(all, edge, n);
  const clamped = forwardBackward(gold, edge, n);
  if (!model || !clamped) return 0;
  const gEm = new Float64Array(n * T);
  const gTr = new Float64Array((T + 1) * T);
  expectations(model, all, edge, n, 1, gEm, gTr);
  expectations(clamped, gold, edge, n, -1, gEm, gTr);
  const { features: f } = sentence;
  const by = rate / s.scale;
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < T; t++) {
      const g = gEm[i * T + t]!;
      if (Math.abs(g) < 1e-6) continue;
      for (let k = f.starts[i]!; k < f.starts[i + 1]!; k++) s.v[ids[k]! * T + t]! -= by * g;
    }
  }
  for (let k = 0; k < gTr.length; k++) s.trans[k]! -= rate * gTr[k]!;
  return model.logZ - clamped.logZ;
}

/** L2's shrinking for one sentence's share of the penalty; the scale is folded back into v before it underflows. */
function shrink(s: State, factor: number): void {
  s.scale *= factor;
  for (let k = 0; k < s.trans.length; k++) s.trans[k]! *= factor;
  if (s.scale > 1e-9) return;
  for (let k = 0; k < s.v.length; k++) s.v[k]! *= s.scale;
  s.scale = 1;
}

/** Largest score a weight may take in the model file (int16 at its scale of 100, with room to spare). */
const FILE_MAX = 300;

/**
 * The trained weights as a model, multiplied so that the largest one is FILE_MAX (the best path is the same under
 * any positive factor, and the file's int16 keeps small weights that would round to nothing); features whose weights
 * all round to nothing at the file's precision (hundredths) are dropped.
 */
function modelOf(s: State, vocab: Int32Array): Model {
  let max = 0;
  for (let k = 0; k < s.v.length; k++) max = Math.max(max, Math.abs(s.v[k]!));
  const factor = FILE_MAX / (max * s.scale || 1);
  const kept: number[] = [];
  for (let id = 0; id < vocab.length; id++) {
    for (let t = 0; t < T; t++) {
      if (Math.abs(s.v[id * T + t]! * s.scale * factor) >= 0.005) {
        kept.push(id);
        break;
      }
    }
  }
  const weights = new Float32Array(kept.length * T);
  kept.forEach((id, k) => {
    for (let t = 0; t < T; t++) weights[k * T + t] = s.v[id * T + t]! * s.scale * factor;
  });
  const transitions = s.trans.map((x) => x * factor);
  return { tags: TAGS, hashes: Int32Array.from(kept, (id) => vocab[id]!), weights, transitions };
}

/**
 * A linear-chain CRF (Lafferty et al. 2001) whose gold is a set of paths (Tsuboi et al. 2008): each sentence moves
 * the weights by the difference between the features' expected counts over every path and over the paths gold
 * allows, with an L2 penalty; sentences in a seeded shuffled order per epoch, the rate falling as 1 / epoch.
 */
export function trainCrf(sentences: readonly TrainingSentence[], options: CrfOptions): Model {
  const { vocab, ids } = indexFeatures(sentences);
  const s: State = { v: new Float64Array(vocab.length * T), scale: 1, trans: new Float64Array((T + 1) * T) };
  const rnd = random(options.seed);
  const order = Array.from(sentences.keys());
  const N = sentences.length;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, rnd);
    const rate = options.rate / epoch;
    let loss = 0;
    for (const e of order) {
      loss += step(s, ids[e]!, sentences[e]!, rate);
      shrink(s, 1 - (rate * options.l2) / N);
    }
    options.log?.(`epoch ${epoch}/${options.epochs}: negative log-likelihood ${loss.toFixed(0)}`);
    options.afterEpoch?.(epoch, () => modelOf(s, vocab));
  }
  return modelOf(s, vocab);
}
