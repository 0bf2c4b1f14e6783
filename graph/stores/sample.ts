// Bounded lists with exact counts: what a store keeps of a set that grows with the corpus (evidence, merge articles).

/** The first items of a set in a fixed order, and how many items the set holds. */
export interface Sampled<T> {
  sample: T[];
  count: number;
}

export interface SampleRule<T> {
  /** The most items kept. */
  limit: number;
  /** Items with one key are one item (the first kept). */
  key: (item: T) => string;
  /** The order the sample keeps the first of. */
  order: (a: T, b: T) => number;
  /** Whether the store held the item's page before this write (see mergeSampled). */
  known: (item: T) => boolean;
}

/** A set given whole (or as another store's sample and count) as stored: its first `limit` items and its size. */
export function sampled<T>(items: readonly T[], rule: Omit<SampleRule<T>, 'known'>, count = 0): Sampled<T> {
  const all = distinct(items, rule.key);
  return { sample: all.sort(rule.order).slice(0, rule.limit), count: Math.max(count, all.length) };
}

/**
 * A stored set joined by an incoming one. An incoming item was counted before when the sample holds it; when the
 * sample is the whole set, or the item sorts before the sample's last, it was not (it would be in the sample);
 * otherwise it was exactly when its page was already stored (`known`): pages are written whole, one transaction each,
 * so a page written again brings only items counted the first time. Counts are then exact for rebuilds and incremental
 * builds alike, the same pages in any batches and any order giving the same count; only a page whose text changed
 * under the same id, written into the same store, has its new items past the sample left uncounted. Incoming items past
 * an incoming sample (a set read from another store) count unless all its sampled pages are known.
 */
export function mergeSampled<T>(have: Sampled<T>, incoming: Sampled<T>, rule: SampleRule<T>): Sampled<T> {
  const stored = sampled(have.sample, rule, have.count);
  const keys = new Set(stored.sample.map(rule.key));
  const whole = stored.count === stored.sample.length;
  const last = stored.sample.at(-1);
  const arriving = distinct(incoming.sample, rule.key);
  let added = 0;
  for (const item of arriving) {
    if (keys.has(rule.key(item))) continue;
    if (whole || last === undefined || rule.order(item, last) < 0 || !rule.known(item)) added++;
  }
  const unseen = Math.max(0, incoming.count - arriving.length);
  if (unseen > 0 && !arriving.every(rule.known)) added += unseen;
  return { sample: sampled([...stored.sample, ...arriving], rule).sample, count: stored.count + added };
}

function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = key(x);
    return !seen.has(k) && !!seen.add(k);
  });
}
