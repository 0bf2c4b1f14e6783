// Time in the viewer: which month a date falls in (if known), events per month, and what a month range shows.
import type { EdgeAttributes, KgGraph, NodeAttributes } from '../../../../graph/model/types.ts';

/** YYYY-MM of a date with a known year and month; undefined for `--09-30`, `---08`, `2023` or nothing. */
export function monthOf(date: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(date ?? '');
  return m ? `${m[1]}-${m[2]}` : undefined;
}

/** Every month from `from` to `to` inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) (m = 1), y++;
  }
  return out;
}

export interface Timeline {
  /** Consecutive months from the first dated event to the last. */
  months: string[];
  /** Events per month, aligned with `months`. */
  counts: number[];
  /** Events whose date has no year or month: shown in their own lane, never placed. */
  undated: number;
}

export function timeline(graph: KgGraph): Timeline {
  const per = new Map<string, number>();
  let undated = 0;
  graph.forEachNode((_k, a) => {
    if (a.kind !== 'Event') return;
    const m = monthOf(a.date);
    if (m) per.set(m, (per.get(m) ?? 0) + 1);
    else undated++;
  });
  const known = [...per.keys()].sort();
  const months = known.length ? monthsBetween(known[0]!, known.at(-1)!) : [];
  return { months, counts: months.map((m) => per.get(m) ?? 0), undated };
}

export interface TimeRange {
  from?: string;
  to?: string;
  undated: boolean;
}

/** Relationships that carry their event's date: undated ones sit in the undated lane, not always shown. */
const DATED_TYPES: ReadonlySet<string> = new Set(['CHAIRED', 'LED', 'ATTENDED', 'ADDRESSED', 'MET', 'VISITED']);

const inRange = (month: string, r: TimeRange) => (!r.from || month >= r.from) && (!r.to || month <= r.to);

/** Is an edge's time inside the range? Undated edges follow the undated lane; undefined: the edge has no time of its own. */
export function edgeInTime(a: EdgeAttributes, r: TimeRange): boolean | undefined {
  if (a.type === 'HOLDS') {
    const first = monthOf(a.firstSeen);
    const last = monthOf(a.lastSeen);
    if (!first || !last) return r.undated;
    return (!r.to || first <= r.to) && (!r.from || last >= r.from);
  }
  if (a.date === undefined && !DATED_TYPES.has(a.type)) return undefined;
  const m = monthOf(a.date);
  return m ? inRange(m, r) : r.undated;
}

export function nodeInTime(a: NodeAttributes, r: TimeRange): boolean | undefined {
  if (a.kind !== 'Event') return undefined;
  const m = monthOf(a.date);
  return m ? inRange(m, r) : r.undated;
}

export function isFullRange(r: TimeRange, t: Timeline): boolean {
  return r.undated && (!r.from || r.from <= (t.months[0] ?? '')) && (!r.to || r.to >= (t.months.at(-1) ?? ''));
}
