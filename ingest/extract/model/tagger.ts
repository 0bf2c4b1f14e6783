// Character BIO tagger (structured averaged perceptron, first-order Viterbi): load the shipped model, tag, read off spans.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { MENTION_KINDS, type MentionKind } from '../types.ts';
import { features, sentenceContext, type SentenceContext } from './features.ts';

export const TAGS: readonly string[] = ['O', ...MENTION_KINDS.flatMap((k) => ['B-' + k, 'I-' + k])];
export const MODEL_PATH = fileURLToPath(new URL('./ner-model.bin.gz', import.meta.url));


export interface Model {
  tags: readonly string[];
  /** Feature hash → row in `weights`. */
  index: FeatureIndex;
  /** Emission weights, one row of T per feature. */
  weights: Float32Array;
  /** transitions[prev * T + tag]; prev = T stands for the sentence start. */
  transitions: Float64Array;
}

/**
 * Feature hash → row, as an open-addressing table (several times faster than a Map of half a million strings).
 * Features are 32-bit FNV-1a hashes of their names; two features sharing a hash (rare at 2^32) share a row.
 */
export class FeatureIndex {
  /** Open addressing, key and row side by side in one array (one cache line per probe): slot k = [hash, row + 1]. */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** Feature hashes in row order. */
  readonly hashes: Int32Array;

  constructor(hashes: Int32Array) {
    let cap = 1;
    while (cap < hashes.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.table = new Int32Array(cap * 2);
    this.hashes = hashes;
    hashes.forEach((h, row) => {
      let slot = h & this.mask;
      while (this.table[slot * 2 + 1] !== 0) {
        if (this.table[slot * 2] === h) return;
        slot = (slot + 1) & this.mask;
      }
      this.table[slot * 2] = h;
      this.table[slot * 2 + 1] = row + 1;
    });
  }

  get size(): number {
    return this.hashes.length;
  }

  get(h: number): number {
    const table = this.table;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const row = table[slot * 2 + 1]!;
      if (row === 0) return -1;
      if (table[slot * 2] === h) return row - 1;
    }
  }
}

/** An I- tag may only continue its own kind. */
export function allowed(prev: string, tag: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

/** Emission scores of a sentence: n × T. */
export function emissions(model: Model, ctx: SentenceContext): Float64Array {
  const T = model.tags.length;
  const n = ctx.chars.length;
  const out = new Float64Array(n * T);
  const w = model.weights;
  const feats: number[] = [];
  for (let i = 0; i < n; i++) {
    features(ctx, i, feats);
    const base = i * T;
    for (let k = 0; k < feats.length; k++) {
      const row = model.index.get(feats[k]!);
      if (row < 0) continue;
      const from = row * T;
      for (let t = 0; t < T; t++) out[base + t]! += w[from + t]!;
    }
  }
  return out;
}

const allowedTables = new WeakMap<readonly string[], Uint8Array>();

/** allowed(prev, tag) for every pair of a tag set, as a T × T table (the decoder asks it n × T × T times). */
function allowedTable(tags: readonly string[]): Uint8Array {
  let table = allowedTables.get(tags);
  if (!table) {
    const T = tags.length;
    table = new Uint8Array(T * T);
    for (let p = 0; p < T; p++) for (let t = 0; t < T; t++) table[p * T + t] = allowed(tags[p]!, tags[t]!) ? 1 : 0;
    allowedTables.set(tags, table);
  }
  return table;
}

/** Best tag sequence under emissions + transitions, I- tags only after their own kind. */
export function viterbi(tags: readonly string[], em: Float64Array, trans: Float64Array, n: number): number[] {
  const T = tags.length;
  if (n === 0) return [];
  const ok = allowedTable(tags);
  const score = new Float64Array(n * T).fill(-Infinity);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) if (allowed('^', tags[t]!)) score[t] = em[t]! + trans[T * T + t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (ok[p * T + t] === 0) continue;
        const s = score[(i - 1) * T + p]! + trans[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + em[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t]! > score[(n - 1) * T + last]!) last = t;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  return path;
}

export function tagSentence(model: Model, text: string): string[] {
  const ctx = sentenceContext(text);
  return viterbi(model.tags, emissions(model, ctx), model.transitions, ctx.chars.length).map((t) => model.tags[t]!);
}

/** Spans (UTF-16 offsets) of B-/I- runs. */
export function spansOf(text: string, tags: readonly string[]): { kind: MentionKind; start: number; end: number }[] {
  const offsets: number[] = [];
  let o = 0;
  for (const ch of text) {
    offsets.push(o);
    o += ch.length;
  }
  offsets.push(o);
  const out: { kind: MentionKind; start: number; end: number }[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i]!.startsWith('B-')) continue;
    const kind = tags[i]!.slice(2) as MentionKind;
    let j = i + 1;
    while (j < tags.length && tags[j] === 'I-' + kind) j++;
    out.push({ kind, start: offsets[i]!, end: offsets[j]! });
    i = j - 1;
  }
  return out;
}

/**
 * Model file (gzip): a JSON header line {tags, transitions, features, scale, source}, then the feature hashes as
 * little-endian int32, then the weights as little-endian int16 (weight × scale), features × tags.
 */
export function encodeModel(model: Model, source: string, scale = 100): Buffer {
  const T = model.tags.length;
  const n = model.index.size;
  const header = JSON.stringify({ tags: model.tags, transitions: Array.from(model.transitions, (x) => Math.round(x * 100) / 100), features: n, scale, source });
  const weights = new Int16Array(n * T);
  for (let k = 0; k < n * T; k++) weights[k] = Math.max(-32768, Math.min(32767, Math.round(model.weights[k]! * scale)));
  return Buffer.concat([Buffer.from(header + '\n', 'utf8'), Buffer.from(model.index.hashes.slice().buffer), Buffer.from(weights.buffer)]);
}

export function decodeModel(buf: Buffer): Model {
  const nl = buf.indexOf(10);
  const header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as { tags: string[]; transitions: number[]; features: number; scale: number };
  const T = header.tags.length;
  const n = header.features;
  const body = buf.subarray(nl + 1);
  const copy = (off: number, bytes: number) => body.buffer.slice(body.byteOffset + off, body.byteOffset + off + bytes);
  const hashes = new Int32Array(copy(0, n * 4));
  const ints = new Int16Array(copy(n * 4, n * T * 2));
  const weights = new Float32Array(ints.length);
  for (let k = 0; k < ints.length; k++) weights[k] = ints[k]! / header.scale;
  return { tags: header.tags, index: new FeatureIndex(hashes), weights, transitions: Float64Array.from(header.transitions) };
}

let loaded: Model | null | undefined;

/** The shipped model, or null when it is absent (extraction then runs on rules alone). */
export function loadModel(path = MODEL_PATH): Model | null {
  if (loaded !== undefined && path === MODEL_PATH) return loaded;
  let model: Model | null = null;
  try {
    model = decodeModel(gunzipSync(readFileSync(path)));
  } catch {
    model = null;
  }
  if (path === MODEL_PATH) loaded = model;
  return model;
}
