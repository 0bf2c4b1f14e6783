// nodejieba, loaded once, with a small cache: the recognisers ask it whether a few characters read as a name, a place or words.
import nodejieba from 'nodejieba';

export interface Token {
  word: string;
  tag: string;
}

const cache = new Map<string, Token[]>();
const MAX_CACHE = 50_000;
/**
 * Only short strings are cached: the recognisers ask about the same few characters again and again, while a whole
 * article (the tagger's context) never comes back. Caching articles too held ~13 KB of tokens per article (1,124
 * articles of the 1 MB bench corpus), up to 50,000 of them in each worker thread: hundreds of MB that grew with the
 * corpus.
 */
export const MAX_CACHED_LENGTH = 32;

export function tag(s: string): Token[] {
  if (s.length > MAX_CACHED_LENGTH) return nodejieba.tag(s);
  let t = cache.get(s);
  if (!t) {
    t = nodejieba.tag(s);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(s, t);
  }
  return t;
}

/**
 * The word jieba reads starting at i, tagging a window of the text around it (4 characters before, 8 after); undefined
 * where i falls inside a word.
 */
export function tokenAt(text: string, i: number): Token | undefined {
  const from = Math.max(0, i - 4);
  let at = from;
  for (const t of tag(text.slice(from, Math.min(text.length, i + 8)))) {
    if (at === i) return t;
    if (at > i) return undefined;
    at += t.word.length;
  }
  return undefined;
}

/** Tags of words that are never part of a proper name: verbs, adverbs, pronouns, particles, prepositions, conjunctions. */
export const FUNCTION_TAGS = /^(?:v|vd|d|r|u|uj|ul|uz|ug|uv|p|c|y|e|o|ad|zg)$/;

/** Reads as a place: one token jieba knows as a place (ns) or does not know (x), or a name it splits into place-like parts. */
export function placeLike(s: string): boolean {
  const t = tag(s);
  if (t.length === 1) return /^(?:ns|nz|x|nr|nt|j)$/.test(t[0]!.tag);
  return t.every((k) => /^(?:ns|nz|x|nr|ng|n|j|f|m)$/.test(k.tag)) && t.some((k) => /^(?:ns|nz|x)$/.test(k.tag));
}
