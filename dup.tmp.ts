import { PREDICATES } from './graph/build/facts/lexicon.ts';
const seen = new Map<string, number>();
PREDICATES.forEach((p, k) => p.words.forEach((w) => { if (seen.has(w)) console.log('DUP', w, seen.get(w), k); seen.set(w, k); }));
