// Character BIO tagger (structured averaged perceptron, first-order Viterbi): load the shipped model, tag, read off spans.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import { MENTION_KINDS, type MentionKind } from '../types.ts';
import { sentenceFeatures, type SentenceFeatures } from './features.ts';

export const TAGS: readonly string[] = ['O', ...MENTION_KINDS.flatMap((k) => ['B-' + k, 'I-' + k])];
export const MODEL_PATH = fileURLToPath(new URL('./ner-model.bin.gz', import.meta.url));

/** A model as training makes it (float weights); inference reads it as a `Tagger`. */
export interface Model {
  tags: readonly string[];
  /** Feature hashes (32-bit FNV-1a of the features' names), one per row of `weights`. */
  hashes: Int32Array;
  /** Emission weights, one row of T per feature. */
  weights: Float32Array;
  /** transitions[prev * T + tag]; prev = T stands for the sentence start. */
  transitions: Float64Array;
}

/** An I- tag may only continue its own kind. */
export function allowed(prev: string, tag: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

/** For each tag, the tags allowed before it (`allowed(prev, tag)`), flattened: prevs of t at `list[from[t]] … list[from[t + 1] - 1]`. */
interface AllowedPrevs {
  from: Int32Array;
  list: Int32Array;
}
const allowedPrevs = new WeakMap<readonly string[], AllowedPrevs>();

function prevsOf(tags: readonly string[]): AllowedPrevs {
  let prevs = allowedPrevs.get(tags);
  if (!prevs) {
    const T = tags.length;
    const from = new Int32Array(T + 1);
    const list: number[] = [];
    for (let t = 0; t < T; t++) {
      from[t] = list.length;
      for (let p = 0; p < T; p++) if (allowed(tags[p]!, tags[t]!)) list.push(p);
    }
    from[T] = list.length;
    prevs = { from, list: Int32Array.from(list) };
    allowedPrevs.set(tags, prevs);
  }
  return prevs;
}

/** Decoder scratch, grown as needed and reused: a sentence's lattice is allocated once per thread, not per sentence. */
let scoreBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

/** Best tag sequence under emissions + transitions, I- tags only after their own kind (ties: the lowest tag). */
export function viterbi(tags: readonly string[], em: Float64Array | Int32Array, trans: Float64Array | Int32Array, n: number): number[] {
  const T = tags.length;
  if (n === 0) return [];
  const { from, list } = prevsOf(tags);
  if (scoreBuf.length < n * T) {
    scoreBuf = new Float64Array(n * T * 2);
    backBuf = new Int32Array(n * T * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let t = 0; t < T; t++) score[t] = allowed('^', tags[t]!) ? em[t]! + trans[T * T + t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = from[t]!, end = from[t + 1]!; k < end; k++) {
        const p = list[k]!;
        const s = score[prev + p]! + trans[p * T + t]!;
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

/**
 * The model as inference reads it: each feature's hash and its int16 weights side by side in one open-addressing
 * table, so a feature costs one cache line (the hash index and a separate weight matrix cost two, and a sentence's
 * ~20 lookups per character were most of extraction's time, spent waiting on memory). Scores are sums of the stored
 * integers (weight × scale, transitions likewise): exact, whatever the order of the sum. The table lives in a
 * SharedArrayBuffer, so worker threads share one copy (`sharedTagger`; a worker started with it reads it in `loadModel`).
 */
export interface Tagger {
  tags: readonly string[];
  /** The slot table: per slot, int16 units [hash low, hash high, occupied, weight × T, padding]. */
  table: Int16Array;
  /** The same memory as int32: a slot's hash at `keys[slot × width / 2]`. */
  keys: Int32Array;
  /** int16 units per slot (a power of two, ≥ T + 3). */
  width: number;
  /** Slots − 1. */
  mask: number;
  /** transitions[prev × T + tag] in weight units; prev = T stands for the sentence start. */
  transitions: Int32Array;
  /** Weight units per 1.0 of score. */
  scale: number;
}

/** A tagger's transferable form: its table's memory and the numbers needed to read it. */
export interface SharedTagger {
  tags: readonly string[];
  buffer: SharedArrayBuffer;
  width: number;
  mask: number;
  transitions: number[];
  scale: number;
}

const SLOT_HEAD = 3;

function slotWidth(T: number): number {
  let w = 4;
  while (w < T + SLOT_HEAD) w <<= 1;
  return w;
}

/** Build the table from feature hashes and their int16 weights (`weights[k × T + t]`); the first of equal hashes wins. */
export function buildTagger(tags: readonly string[], hashes: Int32Array, weights: Int16Array, transitions: Int32Array, scale: number): Tagger {
  const T = tags.length;
  const width = slotWidth(T);
  let slots = 1;
  while (slots < hashes.length * 2) slots <<= 1;
  const mask = slots - 1;
  const buffer = new SharedArrayBuffer(slots * width * 2);
  const table = new Int16Array(buffer);
  const keys = new Int32Array(buffer);
  for (let k = 0; k < hashes.length; k++) {
    const h = hashes[k]!;
    let slot = h & mask;
    let dup = false;
    while (table[slot * width + 2] !== 0) {
      if (keys[(slot * width) >> 1] === h) {
        dup = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (dup) continue;
    const base = slot * width;
    keys[base >> 1] = h;
    table[base + 2] = 1;
    for (let t = 0; t < T; t++) table[base + SLOT_HEAD + t] = weights[k * T + t]!;
  }
  return { tags, table, keys, width, mask, transitions, scale };
}

export function shareTagger(tagger: Tagger): SharedTagger {
  return { tags: tagger.tags, buffer: tagger.table.buffer as SharedArrayBuffer, width: tagger.width, mask: tagger.mask, transitions: Array.from(tagger.transitions), scale: tagger.scale };
}

export function taggerFromShared(s: SharedTagger): Tagger {
  return { tags: s.tags, table: new Int16Array(s.buffer), keys: new Int32Array(s.buffer), width: s.width, mask: s.mask, transitions: Int32Array.from(s.transitions), scale: s.scale };
}

/** A training-time model in inference form, quantised exactly as the shipped file stores it. */
export function compileModel(model: Model): Tagger {
  return decodeModel(encodeModel(model, ''));
}

/** Slots a character's features were found at (grown as needed, reused across sentences). */
let found = new Int32Array(64);

/**
 * Emission scores of a sentence (weight units, integers): n × T. A character's features are looked up first, then
 * summed tag by tag into a local: summing each feature's row into the output array as it was found (a read and a
 * write of the output per weight) took twice as long on the 10 MB bench corpus (5.7 s against 3.0 s).
 */
export function taggerEmissions(tagger: Tagger, sentence: SentenceFeatures): Int32Array {
  const T = tagger.tags.length;
  const { n, hashes, starts } = sentence;
  const out = new Int32Array(n * T);
  const { table, keys, width, mask } = tagger;
  for (let i = 0; i < n; i++) {
    const first = starts[i]!;
    const end = starts[i + 1]!;
    if (found.length < end - first) found = new Int32Array((end - first) * 2);
    let m = 0;
    for (let k = first; k < end; k++) {
      const h = hashes[k]!;
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const base = slot * width;
        if (table[base + 2] === 0) break;
        if (keys[base >> 1] === h) {
          found[m++] = base + SLOT_HEAD;
          break;
        }
      }
    }
    const at = i * T;
    for (let t = 0; t < T; t++) {
      let sum = 0;
      for (let j = 0; j < m; j++) sum += table[found[j]! + t]!;
      out[at + t] = sum;
    }
  }
  return out;
}

export function tagSentence(tagger: Tagger, text: string): string[] {
  const sentence = sentenceFeatures(text);
  return viterbi(tagger.tags, taggerEmissions(tagger, sentence), tagger.transitions, sentence.n).map((t) => tagger.tags[t]!);
}

/** UTF-16 offset of each code point of `text`, and the text's length at the end. */
export function utf16Offsets(text: string): number[] {
  const offsets: number[] = [];
  let o = 0;
  for (const ch of text) {
    offsets.push(o);
    o += ch.length;
  }
  offsets.push(o);
  return offsets;
}

/** Spans (UTF-16 offsets) of B-/I- runs. */
export function spansOf(text: string, tags: readonly string[]): { kind: MentionKind; start: number; end: number }[] {
  const offsets = utf16Offsets(text);
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
  const n = model.hashes.length;
  const header = JSON.stringify({ tags: model.tags, transitions: Array.from(model.transitions, (x) => Math.round(x * 100) / 100), features: n, scale, source });
  const weights = new Int16Array(n * T);
  for (let k = 0; k < n * T; k++) weights[k] = Math.max(-32768, Math.min(32767, Math.round(model.weights[k]! * scale)));
  return Buffer.concat([Buffer.from(header + '\n', 'utf8'), Buffer.from(model.hashes.slice().buffer), Buffer.from(weights.buffer)]);
}

/** The model file in inference form: the stored int16 weights go into the table as they are. */
export function decodeModel(buf: Buffer): Tagger {
  const nl = buf.indexOf(10);
  const header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as { tags: string[]; transitions: number[]; features: number; scale: number };
  const T = header.tags.length;
  const n = header.features;
  const body = buf.subarray(nl + 1);
  const copy = (off: number, bytes: number) => body.buffer.slice(body.byteOffset + off, body.byteOffset + off + bytes);
  const hashes = new Int32Array(copy(0, n * 4));
  const weights = new Int16Array(copy(n * 4, n * T * 2));
  // Transitions are stored rounded to hundredths; in weight units they are whole numbers at the file's scale (100).
  const transitions = Int32Array.from(header.transitions, (x) => Math.round(x * header.scale));
  return buildTagger(header.tags, hashes, weights, transitions, header.scale);
}

let loaded: Tagger | null | undefined;

/** The model file at `path` in inference form, or null when it is absent or unreadable. */
function readModel(path: string): Tagger | null {
  try {
    return decodeModel(gunzipSync(readFileSync(path)));
  } catch {
    return null;
  }
}

/**
 * The shipped model, or null when it is absent (extraction then runs on rules alone). A worker thread started with
 * `workerData.kgTagger` (see `sharedTagger`) reads the table its parent loaded instead of loading its own copy.
 */
export function loadModel(path = MODEL_PATH): Tagger | null {
  if (path !== MODEL_PATH) return readModel(path);
  if (loaded === undefined) {
    const shared = (workerData as { kgTagger?: SharedTagger } | null)?.kgTagger;
    loaded = shared ? taggerFromShared(shared) : readModel(path);
  }
  return loaded;
}

/** The shipped model's table for worker threads (`workerData.kgTagger`): they share this thread's copy. */
export function sharedTagger(): SharedTagger | null {
  const tagger = loadModel();
  return tagger ? shareTagger(tagger) : null;
}
