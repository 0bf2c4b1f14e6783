// `npm run clusters`: groups characters that occur between the same neighbours (exchange clustering) into classes the
// tagger reads as features; written to ingest/extract/model/char-clusters.txt (one class a line).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLUSTERS_PATH } from '../ingest/extract/model/features.ts';
import { CORPORA, corpusPath, corpusPresent, DATA_DIR, partOf, readRows } from '../ingest/extract/eval/datasets.ts';

const CLASSES = 256;
const ITERATIONS = 8;
/** Characters seen fewer times have no class (their counts say little). */
const MIN_COUNT = 3;

/** Unannotated news (新闻联播) and the text of the corpora's training and validation parts, never a held-out part. */
function texts(): string[] {
  const out: string[] = [];
  const xinwen = join(DATA_DIR, 'xinwen_lianbo_dev');
  if (existsSync(xinwen)) {
    for (const f of readdirSync(xinwen).filter((x) => /^\d{8}\.txt$/.test(x)).sort()) {
      out.push(...readFileSync(join(xinwen, f), 'utf8').split('\n'));
    }
  }
  for (const c of CORPORA.filter((x) => corpusPresent(x))) {
    out.push(...partOf(readRows(corpusPath(c)), [0, c.parts.validation[1]]).map((r) => r.text));
  }
  return out;
}

interface Counts {
  chars: string[];
  /** Per word (character id; then one id for rare characters and one for the line boundary): neighbours and counts. */
  next: { ids: Int32Array; n: Float64Array }[];
  prev: { ids: Int32Array; n: Float64Array }[];
  total: Float64Array;
}

function count(lines: readonly string[]): Counts {
  const freq = new Map<string, number>();
  for (const t of lines) for (const ch of t) freq.set(ch, (freq.get(ch) ?? 0) + 1);
  const byCount = [...freq].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const chars = byCount.map(([c]) => c);
  const id = new Map(chars.map((c, i) => [c, i]));
  const rare = chars.length;
  const edge = chars.length + 1;
  const W = chars.length + 2;
  const next = Array.from({ length: W }, () => new Map<number, number>());
  const prev = Array.from({ length: W }, () => new Map<number, number>());
  const total = new Float64Array(W);
  const pair = (a: number, b: number) => {
    next[a]!.set(b, (next[a]!.get(b) ?? 0) + 1);
    prev[b]!.set(a, (prev[b]!.get(a) ?? 0) + 1);
    total[b]! += 1;
  };
  for (const t of lines) {
    let p = edge;
    for (const ch of t) pair(p, (p = id.get(ch) ?? rare));
    pair(p, edge);
  }
  const flat = (m: Map<number, number>) => ({ ids: Int32Array.from(m.keys()), n: Float64Array.from(m.values()) });
  return { chars, next: next.map(flat), prev: prev.map(flat), total };
}

const xlogx = (x: number) => (x > 0 ? x * Math.log(x) : 0);

/** Class bigram state: class of each word, class-pair counts N[a × KK + b], class counts. */
interface State {
  cls: Int32Array;
  N: Float64Array;
  size: Float64Array;
  KK: number;
}

/**
 * Moves one character to the class that most raises the class-bigram likelihood Σ N(a,b) log N(a,b) − 2 Σ N(a) log N(a)
 * (Martin, Liermann and Ney 1998); returns whether it moved.
 */
function move(s: State, c: Counts, w: number, K: number): boolean {
  const { cls, N, size, KK } = s;
  const from = cls[w]!;
  const right = new Float64Array(KK);
  const left = new Float64Array(KK);
  let self = 0;
  const { next, prev } = { next: c.next[w]!, prev: c.prev[w]! };
  for (let k = 0; k < next.ids.length; k++) {
    if (next.ids[k] === w) self += next.n[k]!;
    else right[cls[next.ids[k]!]!]! += next.n[k]!;
  }
  for (let k = 0; k < prev.ids.length; k++) if (prev.ids[k] !== w) left[cls[prev.ids[k]!]!]! += prev.n[k]!;
  const rs = [...right.keys()].filter((d) => right[d]);
  const ls = [...left.keys()].filter((d) => left[d]);
  const shift = (to: number, sign: number) => {
    for (const d of rs) N[to * KK + d]! += sign * right[d]!;
    for (const d of ls) N[d * KK + to]! += sign * left[d]!;
    N[to * KK + to]! += sign * self;
    size[to]! += sign * c.total[w]!;
  };
  shift(from, -1);
  let best = from;
  let bestGain = -Infinity;
  for (let k = 0; k < K; k++) {
    let gain = 0;
    for (const d of rs) if (d !== k) gain += xlogx(N[k * KK + d]! + right[d]!) - xlogx(N[k * KK + d]!);
    for (const d of ls) if (d !== k) gain += xlogx(N[d * KK + k]! + left[d]!) - xlogx(N[d * KK + k]!);
    const kk = N[k * KK + k]!;
    gain += xlogx(kk + right[k]! + left[k]! + self) - xlogx(kk);
    gain -= 2 * (xlogx(size[k]! + c.total[w]!) - xlogx(size[k]!));
    if (gain > bestGain + 1e-9) [bestGain, best] = [gain, k];
  }
  shift(best, 1);
  cls[w] = best;
  return best !== from;
}

function cluster(c: Counts, K: number): string[] {
  const V = c.chars.length;
  const KK = K + 2; // rare characters and the line boundary keep classes of their own
  const cls = new Int32Array(V + 2);
  for (let w = 0; w < V; w++) cls[w] = w % K; // by frequency rank: deterministic
  cls[V] = K;
  cls[V + 1] = K + 1;
  const N = new Float64Array(KK * KK);
  const size = new Float64Array(KK);
  for (let w = 0; w < V + 2; w++) {
    size[cls[w]!]! += c.total[w]!;
    const nx = c.next[w]!;
    for (let k = 0; k < nx.ids.length; k++) N[cls[w]! * KK + cls[nx.ids[k]!]!]! += nx.n[k]!;
  }
  const s: State = { cls, N, size, KK };
  for (let it = 1; it <= ITERATIONS; it++) {
    let moved = 0;
    for (let w = 0; w < V; w++) if (move(s, c, w, K)) moved++;
    console.error(`iteration ${it}/${ITERATIONS}: ${moved} characters moved`);
  }
  const groups = Array.from({ length: K }, () => [] as string[]);
  for (let w = 0; w < V; w++) groups[cls[w]!]!.push(c.chars[w]!);
  return groups.map((g) => g.join(''));
}

const lines = texts();
if (lines.length === 0) {
  console.error(`char-clusters: no text found under ${DATA_DIR}`);
  process.exit(1);
}
const counts = count(lines);
console.error(`${lines.length} lines, ${counts.chars.length} characters seen ${MIN_COUNT} times or more`);
writeFileSync(CLUSTERS_PATH, cluster(counts, CLASSES).join('\n') + '\n');
console.error(`wrote ${CLUSTERS_PATH}`);
