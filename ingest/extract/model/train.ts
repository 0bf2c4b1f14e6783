// Training the character tagger: gold as allowed tags per character, a structured averaged perceptron over them.
import { MENTION_KINDS, type MentionKind } from '../types.ts';
import type { LabelledSpan } from '../eval/datasets.ts';
import { extract } from '../index.ts';
import { POSTS } from '../lexicon/titles.ts';
import { wordAt } from '../lexicon/words.ts';
import type { SentenceFeatures } from './features.ts';
import { TAGS, utf16Offsets, viterbi, type Model } from './tagger.ts';

const T = TAGS.length;
const bit = (tag: string) => 1 << TAGS.indexOf(tag);
const O = bit('O');

/**
 * Per character, the tags gold allows (bit t for TAGS[t]). Inside a span: B- at its first character, I- after, of any
 * kind its label may stand for (People's Daily's ORG: organisation or enterprise). Outside every span: O, or the
 * B-/I- of a kind the corpus does not annotate (People's Daily marks no titles, so 总书记 there may be a title or
 * nothing). With one kind per label and every kind annotated (CLUENER) the gold is one sequence.
 */
export function allowedTags(n: number, spans: readonly LabelledSpan[], open: readonly MentionKind[]): Uint16Array {
  let outside = O;
  for (const k of open) outside |= bit('B-' + k) | bit('I-' + k);
  const allowed = new Uint16Array(n).fill(outside);
  for (const s of spans) {
    for (let i = s.start; i < s.end && i < n; i++) {
      let tags = s.optional ? O : 0;
      for (const k of s.kinds) tags |= bit((i === s.start ? 'B-' : 'I-') + k) | (s.optional ? bit('B-' + k) : 0);
      allowed[i] = tags;
    }
  }
  // A span ends where gold ends it, even where its kind is open (silver names: other names may be unmarked).
  for (const s of spans) {
    if (s.end >= n || !isOutside(spans, s.end)) continue;
    for (const k of s.kinds) allowed[s.end]! &= ~bit('I-' + k);
  }
  return allowed;
}

function isOutside(spans: readonly LabelledSpan[], i: number): boolean {
  return !spans.some((s) => s.start <= i && i < s.end);
}

/** The kinds a corpus leaves unannotated, given the ones it annotates. */
export function openKinds(annotated: ReadonlySet<MentionKind>): MentionKind[] {
  return MENTION_KINDS.filter((k) => !annotated.has(k));
}

/**
 * Where a corpus does not mark a kind (People's Daily marks no titles), that kind may stand only where kg's rules find
 * one: there, all of it, a part of it (CLUENER's 市长 in 北京市市长) or nothing; elsewhere nothing. Left open
 * everywhere, such characters drift: nothing corrects a guess there, so a tagger trained so took 组织, 科技 for titles.
 */
export function withRuleSpans(
  text: string,
  spans: readonly LabelledSpan[],
  kinds: readonly MentionKind[],
): LabelledSpan[] {
  if (kinds.length === 0) return [...spans];
  const at = utf16Offsets(text);
  const cp = new Map(at.map((o, i) => [o, i]));
  const out = [...spans];
  for (const m of extract(text, { model: false }).output) {
    if (!kinds.includes(m.kind)) continue;
    const start = cp.get(m.start)!;
    const end = cp.get(m.end)!;
    if (out.some((s) => s.start < end && start < s.end)) continue;
    out.push({ start, end, kinds: [m.kind], optional: true });
  }
  if (kinds.includes('title')) {
    // Posts the title rules leave alone for want of a jurisdiction or a name (记者, 总理) may be titles too.
    for (let i = 0; i < text.length; i++) {
      const post = wordAt(POSTS, text, i);
      if (!post) continue;
      const start = cp.get(i);
      const end = cp.get(i + post.length);
      if (start === undefined || end === undefined || out.some((s) => s.start < end && start < s.end)) continue;
      out.push({ start, end, kinds: ['title'], optional: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface TrainingSentence {
  features: SentenceFeatures;
  allowed: Uint16Array;
}

/** A seeded pseudo-random stream (mulberry32): the training order is the same on every run. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `order` in place (Fisher–Yates) with the seeded stream `rnd`. */
export function shuffle(order: number[], rnd: () => number): void {
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
}

/** Sentences' features as dense ids (first seen, first numbered), with the hashes in id order. */
interface Indexed {
  vocab: Int32Array;
  ids: Int32Array[];
}

export function indexFeatures(sentences: readonly TrainingSentence[]): Indexed {
  const map = new Map<number, number>();
  const ids = sentences.map(({ features: { hashes, starts, n } }) => {
    const out = new Int32Array(starts[n]!);
    for (let k = 0; k < out.length; k++) {
      const h = hashes[k]!;
      let id = map.get(h);
      if (id === undefined) map.set(h, (id = map.size));
      out[k] = id;
    }
    return out;
  });
  return { vocab: Int32Array.from(map.keys()), ids };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** How much the gold path must beat every other path by, per character it gets wrong (0: the plain perceptron). */
  margin?: number;
  /** Called after each epoch with the averaged model so far (to score it on validation data). */
  afterEpoch?: (epoch: number, model: () => Model) => void;
  log?: (line: string) => void;
}

/** Perceptron state: current weights `w`, and `u` the running sums that averaging subtracts (Daumé's trick). */
interface State {
  w: Float64Array;
  u: Float64Array;
  tw: Float64Array;
  tu: Float64Array;
  c: number;
}

/** Emission scores of a sentence under weights `w`; with `allowed`, the tags gold forbids scored very low. */
function emissions(w: Float64Array, ids: Int32Array, f: SentenceFeatures, allowed?: Uint16Array): Float64Array {
  const n = f.n;
  const em = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let k = f.starts[i]!; k < f.starts[i + 1]!; k++) {
      const base = ids[k]! * T;
      for (let t = 0; t < T; t++) em[i * T + t]! += w[base + t]!;
    }
    if (allowed) for (let t = 0; t < T; t++) if (!(allowed[i]! & (1 << t))) em[i * T + t] = -1e15;
  }
  return em;
}

/** One sentence: the best path, the best path gold allows, and an update where they differ. */
function step(s: State, ids: Int32Array, sentence: TrainingSentence, margin: number): number {
  const { features: f, allowed } = sentence;
  const em = emissions(s.w, ids, f);
  // Cost-augmented decoding: a tag gold forbids is favoured by `margin`, so that gold must win by that much.
  if (margin > 0) {
    for (let i = 0; i < f.n; i++) for (let t = 0; t < T; t++) if (!(allowed[i]! & (1 << t))) em[i * T + t]! += margin;
  }
  const pred = viterbi(TAGS, em, s.tw, f.n);
  let wrong = false;
  for (let i = 0; i < f.n; i++) if (!(allowed[i]! & (1 << pred[i]!))) wrong = true;
  if (!wrong) return 0;
  const gold = viterbi(TAGS, emissions(s.w, ids, f, allowed), s.tw, f.n);
  let errors = 0;
  for (let i = 0; i < f.n; i++) {
    const g = gold[i]!;
    const p = pred[i]!;
    const gp = i === 0 ? T : gold[i - 1]!;
    const pp = i === 0 ? T : pred[i - 1]!;
    if (g !== p) {
      errors++;
      for (let k = f.starts[i]!; k < f.starts[i + 1]!; k++) {
        const base = ids[k]! * T;
        s.w[base + g]! += 1;
        s.w[base + p]! -= 1;
        s.u[base + g]! += s.c;
        s.u[base + p]! -= s.c;
      }
    }
    if (g !== p || gp !== pp) {
      s.tw[gp * T + g]! += 1;
      s.tw[pp * T + p]! -= 1;
      s.tu[gp * T + g]! += s.c;
      s.tu[pp * T + p]! -= s.c;
    }
  }
  return errors;
}

/** The averaged model; features whose averaged weights all stay under `floor` are dropped (they cannot matter). */
function averaged(s: State, vocab: Int32Array, floor = 0.05): Model {
  const kept: number[] = [];
  for (let id = 0; id < vocab.length; id++) {
    for (let t = 0; t < T; t++) {
      if (Math.abs(s.w[id * T + t]! - s.u[id * T + t]! / s.c) >= floor) {
        kept.push(id);
        break;
      }
    }
  }
  const weights = new Float32Array(kept.length * T);
  kept.forEach((id, k) => {
    for (let t = 0; t < T; t++) weights[k * T + t] = s.w[id * T + t]! - s.u[id * T + t]! / s.c;
  });
  const transitions = new Float64Array((T + 1) * T);
  for (let k = 0; k < transitions.length; k++) transitions[k] = s.tw[k]! - s.tu[k]! / s.c;
  return { tags: TAGS, hashes: Int32Array.from(kept, (id) => vocab[id]!), weights, transitions };
}

/**
 * Structured averaged perceptron (Collins 2002) with partial gold: where the best path breaks what gold allows, the
 * weights move from it towards the best path gold allows. Sentences are visited in a seeded shuffled order per epoch.
 */
export function train(sentences: readonly TrainingSentence[], options: TrainOptions): Model {
  const { vocab, ids } = indexFeatures(sentences);
  const s: State = {
    w: new Float64Array(vocab.length * T),
    u: new Float64Array(vocab.length * T),
    tw: new Float64Array((T + 1) * T),
    tu: new Float64Array((T + 1) * T),
    c: 1,
  };
  const rnd = random(options.seed);
  const order = Array.from(sentences.keys());
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, rnd);
    let errors = 0;
    for (const e of order) {
      errors += step(s, ids[e]!, sentences[e]!, options.margin ?? 0);
      s.c++;
    }
    options.log?.(`epoch ${epoch}/${options.epochs}: ${errors} character errors`);
    options.afterEpoch?.(epoch, () => averaged(s, vocab));
  }
  return averaged(s, vocab);
}
