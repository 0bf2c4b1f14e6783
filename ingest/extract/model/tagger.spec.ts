// The inference tagger: its hash table scores exactly what the model's weights say, Viterbi finds the best allowed path, worker threads share one table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { sentenceFeatures } from './features.ts';
import { allowed, compileModel, decodeModel, encodeModel, loadModel, shareTagger, spansOf, tagSentence, taggerEmissions, TAGS, viterbi, type Model } from './tagger.ts';

/** A deterministic pseudo-random stream (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = ['市委书记金政主持召开会议', '金华市副市长张新宇一行来我市调研', '王力安防科技股份有限公司董事长陈岳忠出席', '（融媒记者 徐敏）'];

/** A small model over the sentences' own features (so lookups hit), some features absent, weights random. */
function smallModel(seed: number): Model {
  const rnd = random(seed);
  const T = TAGS.length;
  const set = new Set<number>();
  for (const s of SENTENCES) for (const h of sentenceFeatures(s).hashes.subarray(0, sentenceFeatures(s).starts.at(-1))) if (rnd() < 0.8) set.add(h);
  for (let k = 0; k < 500; k++) set.add((rnd() * 2 ** 32) | 0); // features no sentence has
  const hashes = Int32Array.from(set);
  const weights = Float32Array.from({ length: hashes.length * T }, () => (rnd() < 0.7 ? 0 : Math.round((rnd() * 20 - 10) * 100) / 100));
  const transitions = Float64Array.from({ length: (T + 1) * T }, () => Math.round((rnd() * 4 - 2) * 100) / 100);
  return { tags: TAGS, hashes, weights, transitions };
}

test('emissions are the sums of each present feature\'s weights (in the file\'s integer units), whatever the table\'s probing', () => {
  const model = smallModel(1);
  const T = TAGS.length;
  const row = new Map<number, number>();
  model.hashes.forEach((h, k) => row.set(h, k));
  const tagger = compileModel(model);
  for (const s of SENTENCES) {
    const f = sentenceFeatures(s);
    const em = taggerEmissions(tagger, f);
    for (let i = 0; i < f.n; i++) {
      for (let t = 0; t < T; t++) {
        let expected = 0;
        for (let k = f.starts[i]!; k < f.starts[i + 1]!; k++) {
          const r = row.get(f.hashes[k]!);
          if (r !== undefined) expected += Math.round(model.weights[r * T + t]! * 100);
        }
        assert.equal(em[i * T + t], expected, `${s} character ${i} tag ${TAGS[t]}`);
      }
    }
  }
});

test('the model file round-trips: decoding its bytes gives the table compileModel gives', () => {
  const model = smallModel(2);
  const a = compileModel(model);
  const b = decodeModel(encodeModel(model, 'test'));
  assert.deepEqual(Array.from(a.transitions), Array.from(b.transitions));
  assert.deepEqual(Buffer.from(a.table.buffer as SharedArrayBuffer), Buffer.from(b.table.buffer as SharedArrayBuffer));
  assert.deepEqual(Array.from(a.transitions.subarray(0, 3)), Array.from(model.transitions.subarray(0, 3), (x) => Math.round(x * 100)));
});

/** Best allowed path by enumeration (small n only). */
function bruteForce(em: Int32Array, trans: Int32Array, n: number, T: number): number {
  let best = -Infinity;
  const path = new Array<number>(n).fill(0);
  const walk = (i: number, prev: number, score: number): void => {
    if (i === n) {
      best = Math.max(best, score);
      return;
    }
    for (let t = 0; t < T; t++) {
      if (!allowed(prev === T ? '^' : TAGS[prev]!, TAGS[t]!)) continue;
      path[i] = t;
      walk(i + 1, t, score + em[i * T + t]! + trans[prev * T + t]!);
    }
  };
  walk(0, T, 0);
  return best;
}

test('Viterbi finds the best-scoring path, and I- tags only continue their own kind', () => {
  const rnd = random(3);
  const T = TAGS.length;
  const trans = Int32Array.from({ length: (T + 1) * T }, () => Math.round(rnd() * 400 - 200));
  for (let round = 0; round < 30; round++) {
    const n = 1 + Math.floor(rnd() * 4);
    const em = Int32Array.from({ length: n * T }, () => Math.round(rnd() * 1000 - 500));
    const path = viterbi(TAGS, em, trans, n);
    let score = 0;
    for (let i = 0; i < n; i++) {
      const prev = i === 0 ? T : path[i - 1]!;
      assert.ok(allowed(prev === T ? '^' : TAGS[prev]!, TAGS[path[i]!]!), `${TAGS[prev] ?? '^'} → ${TAGS[path[i]!]}`);
      score += em[i * T + path[i]!]! + trans[prev * T + path[i]!]!;
    }
    assert.equal(score, bruteForce(em, trans, n, T), `round ${round}`);
  }
});

test('the shipped model tags an official\'s name in a sentence it was not written for', () => {
  const tagger = loadModel();
  assert.ok(tagger, 'ingest/extract/model/ner-model.bin.gz is missing');
  const text = '县委副书记刘德明主持召开座谈会';
  const spans = spansOf(text, tagSentence(tagger, text)).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
  assert.ok(spans.includes('person:刘德明'), spans.join(' '));
});

test('worker threads read the parent\'s table in place (shared memory, not a copy)', async () => {
  const tagger = compileModel(smallModel(4));
  const shared = shareTagger(tagger);
  assert.ok(shared.buffer instanceof SharedArrayBuffer);
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    const t = new Int16Array(workerData.buffer);
    let sum = 0; for (let k = 0; k < t.length; k++) sum = (sum + t[k] * (k % 7 + 1)) | 0;
    t[t.length - 1] = 12345;
    parentPort.postMessage(sum);`;
  const worker = new Worker(code, { eval: true, workerData: shared });
  const sum = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  let expected = 0;
  const t = tagger.table;
  for (let k = 0; k < t.length - 1; k++) expected = (expected + t[k]! * ((k % 7) + 1)) | 0; // the last unit is slot padding (0) until the worker writes it
  assert.equal(sum, expected, 'the worker read the same weights');
  assert.equal(t[t.length - 1], 12345, 'a write in the worker is seen by the parent: one table, not two');
});
