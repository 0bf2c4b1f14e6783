// GEXF 1.3 export with a working timeline: graphology-gexf writes the static graph; kg adds the dynamic mode and spells.
import { write } from 'graphology-gexf';
import type { EdgeAttributes, KgGraph, NodeAttributes } from '../model/types.ts';

/** Characters XML 1.0 cannot carry (C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates) are dropped. */
export function xmlSafe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

export interface Interval {
  start: string;
  end: string;
}

/**
 * The days a date covers, as GEXF `date` bounds: a day is itself, a month its first to last day, a year its
 * 1 January to 31 December. A date without a year covers nothing we can place: undefined (the element is timeless).
 */
export function interval(value: string | undefined): Interval | undefined {
  if (!value) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { start: value, end: value };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}` };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${value}-01-01`, end: `${value}-12-31` };
  return undefined;
}

function nodeInterval(a: NodeAttributes): Interval | undefined {
  if (a.firstSeen && a.lastSeen) return { start: a.firstSeen, end: a.lastSeen };
  return interval(a.date);
}

function edgeInterval(a: EdgeAttributes): Interval | undefined {
  const from = interval(a.firstSeen ?? a.date);
  const to = interval(a.lastSeen ?? a.date);
  return from && to ? { start: from.start, end: to.end } : undefined;
}

const clean = (v: unknown): string | number | undefined =>
  v === undefined || v === null ? undefined : typeof v === 'number' ? v : xmlSafe(Array.isArray(v) ? v.join('、') : String(v));

function defined(o: Record<string, string | number | undefined>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string | number>;
}

/** GEXF 1.3, `mode="dynamic"` `timeformat="date"`, nodes and edges with start/end where their dates allow. */
export function toGexf(graph: KgGraph): string {
  const xml = write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: xmlSafe(a.label),
      attributes: defined({
        kind: a.kind,
        pinyin: clean(a.pinyin),
        aliases: clean(a.aliases),
        post: clean(a.post),
        jurisdiction: clean(a.jurisdiction),
        eventKind: clean(a.eventKind),
        date: clean(a.date),
        datePrecision: clean(a.datePrecision),
        file: clean(a.file),
        headline: clean(a.headline),
        issueDate: clean(a.issueDate),
        reporters: clean(a.reporters),
      }),
    }),
    formatEdge: (_key, a) => ({
      label: a.type,
      ...(a.weight !== undefined ? { weight: a.weight } : {}),
      attributes: defined({
        type: a.type,
        role: clean(a.role),
        rank: a.rank,
        date: clean(a.date),
        datePrecision: clean(a.datePrecision),
        firstSeen: clean(a.firstSeen),
        lastSeen: clean(a.lastSeen),
        mentions: a.mentions,
        evidenceCount: a.evidence.length,
        evidence: clean(a.evidence.map((e) => `${e.article}: ${e.sentence}`).join(' | ')),
      }),
    }),
  });
  // The writer emits nodes and edges in the graph's order: give each its interval in that order.
  const nodeSpans = graph.mapNodes((_k, a) => nodeInterval(a));
  const edgeSpans = graph.mapEdges((_k, a) => edgeInterval(a));
  let n = 0;
  let e = 0;
  const spanAttrs = (s: Interval | undefined) => (s ? ` start="${s.start}" end="${s.end}"` : '');
  return xml
    .replace(/<graph\b([^>]*)>/, (_m, attrs: string) => `<graph${attrs.replace(/\s+mode="[^"]*"/, '')} mode="dynamic" timeformat="date">`)
    .replace(/<node id="[^"]*"/g, (m) => m + spanAttrs(nodeSpans[n++]))
    .replace(/<edge id="[^"]*"/g, (m) => m + spanAttrs(edgeSpans[e++]));
}
