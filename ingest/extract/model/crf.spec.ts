// The CRF learner's forward–backward against brute force (that it learns from partial gold: train.spec.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowed, TAGS } from './tagger.ts';
import { forwardBackward } from './crf.ts';

const T = TAGS.length;

/** Every tag sequence of length n, by brute force: its weight under the potentials, zero where a transition is shut. */
function bruteForce(pot: Float64Array, edge: Float64Array, n: number): { z: number; first: Float64Array } {
  let z = 0;
  const first = new Float64Array(T);
  const path = new Array<number>(n).fill(0);
  for (;;) {
    let w = edge[T * T + path[0]!]! * pot[path[0]!]!;
    for (let i = 1; i < n; i++) w *= edge[path[i - 1]! * T + path[i]!]! * pot[i * T + path[i]!]!;
    z += w;
    first[path[0]!]! += w;
    let i = n - 1;
    while (i >= 0 && path[i] === T - 1) path[i--] = 0;
    if (i < 0) break;
    path[i]!++;
  }
  return { z, first: first.map((x) => x / z) };
}

test('forward–backward: log Z and the first position\'s marginals equal brute force over every path', () => {
  const n = 3;
  const pot = Float64Array.from({ length: n * T }, (_, k) => 0.2 + ((k * 37) % 11) / 7);
  const edge = new Float64Array((T + 1) * T);
  for (let p = 0; p <= T; p++) {
    for (let t = 0; t < T; t++) {
      edge[p * T + t] = allowed(p === T ? '^' : TAGS[p]!, TAGS[t]!) ? 0.5 + ((p * 5 + t * 3) % 7) / 5 : 0;
    }
  }
  const lattice = forwardBackward(pot, edge, n)!;
  const brute = bruteForce(pot, edge, n);
  assert.ok(Math.abs(lattice.logZ - Math.log(brute.z)) < 1e-9, `${lattice.logZ} against ${Math.log(brute.z)}`);
  for (let t = 0; t < T; t++) {
    const m = lattice.alpha[t]! * lattice.beta[t]!;
    assert.ok(Math.abs(m - brute.first[t]!) < 1e-9, `${TAGS[t]}: ${m} against ${brute.first[t]}`);
  }
  const shut = pot.map((x, k) => (k % T === TAGS.indexOf('I-person') ? 0 : x));
  shut.fill(0, 0, T);
  assert.equal(forwardBackward(shut, edge, n), null, 'no path with weight: null');
});
