// The annotated corpora kg learns from and is measured on: their files, their labels as kg's kinds, their fixed parts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MENTION_KINDS, type Mention, type MentionKind } from '../types.ts';
import { COUNTRY_OF, ORGANIZATION_OF } from '../lexicon/world.ts';
import { utf16Offsets } from '../model/tagger.ts';
import { places } from '../places.ts';
import type { Span } from './score.ts';

/** `../shared/data`, beside the repository (never committed). */
const BESIDE_REPO = fileURLToPath(new URL('../../../..', import.meta.url));
export const DATA_DIR = process.env.KG_DATA ?? join(BESIDE_REPO, 'shared', 'data');

/** A share of a corpus's lines in file order, from `from` (inclusive) to `to` (exclusive), as fractions of its length. */
export type Part = readonly [from: number, to: number];

export interface Corpus {
  name: string;
  file: string;
  cite: string;
  /**
   * Each label as the kg kinds it may stand for; the first is the one it is scored as. A label with several kinds
   * (People's Daily's ORG: organisation or enterprise) is met by a span of any of them. Labels not listed are no kg
   * kind (CLUENER's game, movie, book, scene): their characters are outside every mention.
   */
  labels: Readonly<Record<string, readonly MentionKind[]>>;
  /**
   * Trained on; the validation part (cut from the training lines) chooses epochs and features; the held-out part is
   * never trained on nor used to choose anything, only reported.
   */
  parts: { train: Part; validation: Part; heldOut: Part };
  /**
   * The corpus marks no titles but the body or place a title opens with (People's Daily: 全国政协 in 全国政协副主席,
   * 北京市 in 北京市市长): a kg title's leading organ or jurisdiction is scored as that organisation or place.
   */
  titleParts?: boolean;
  /** The corpus marks a surname that stands for a person (胡 in 胡老说; People's Daily); else such a name is dropped. */
  surnamesAlone?: boolean;
  /** The corpus marks the name a doctrine is named after (邓小平 in 邓小平理论; People's Daily); else it is dropped. */
  doctrineNames?: boolean;
  /**
   * The corpus marks no government as an organisation (市政府, 美国政府; People's Daily), only the state before it as a
   * place: a kg organisation named `…政府` is scored as that place, or as nothing.
   */
  governmentsAsPlaces?: boolean;
}

export const CLUENER: Corpus = {
  name: 'CLUENER2020',
  file: 'cluener_train.jsonl',
  cite: 'Xu et al. 2020, arXiv:2001.04351',
  labels: {
    name: ['person'],
    position: ['title'],
    company: ['enterprise'],
    government: ['organization'],
    organization: ['organization'],
    address: ['place'],
  },
  parts: { train: [0, 0.8], validation: [0.8, 0.9], heldOut: [0.9, 1] },
};

export const PEOPLES_DAILY: Corpus = {
  name: "People's Daily 1998",
  file: 'peoples_daily_dev.jsonl',
  cite: 'MSRA-style PER/ORG/LOC labels, github zjy-ucas/ChineseNER data/example.dev',
  labels: { PER: ['person'], ORG: ['organization', 'enterprise'], LOC: ['place'] },
  parts: { train: [0, 0.6], validation: [0.6, 0.75], heldOut: [0.75, 1] },
  titleParts: true,
  surnamesAlone: true,
  doctrineNames: true,
  governmentsAsPlaces: true,
};

export const CORPORA: readonly Corpus[] = [CLUENER, PEOPLES_DAILY];

/** One annotated sentence: entity → code-point spans (end inclusive), by label. */
export interface Row {
  text: string;
  label: Record<string, Record<string, [number, number][]>>;
}

export function corpusPath(corpus: Corpus, dir = DATA_DIR): string {
  return join(dir, corpus.file);
}

export function corpusPresent(corpus: Corpus, dir = DATA_DIR): boolean {
  return existsSync(corpusPath(corpus, dir));
}

export function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Row);
}

/** The rows of a part: lines floor(n × from) up to floor(n × to). */
export function partOf<T>(rows: readonly T[], part: Part): T[] {
  return rows.slice(Math.floor(rows.length * part[0]), Math.floor(rows.length * part[1]));
}

/** A gold span in code points (end exclusive), with the kinds that meet it. */
export interface LabelledSpan {
  start: number;
  end: number;
  kinds: readonly MentionKind[];
  /** A span that may as well be nothing, or start anywhere inside (a title kg's rules see where gold marks none). */
  optional?: boolean;
}

/** A row's spans as kg kinds, in code points; a span overlapping an earlier one is left out (CLUENER nests a few). */
export function labelledSpans(row: Row, corpus: Corpus): LabelledSpan[] {
  const taken = new Uint8Array(Array.from(row.text).length);
  const out: LabelledSpan[] = [];
  for (const [label, ents] of Object.entries(row.label ?? {})) {
    const kinds = corpus.labels[label];
    if (!kinds) continue;
    for (const spans of Object.values(ents)) for (const [s, e] of spans) {
      if (taken.subarray(s, e + 1).some((x) => x)) continue;
      taken.fill(1, s, e + 1);
      out.push({ start: s, end: e + 1, kinds });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The kinds a corpus annotates; the others (People's Daily has no titles) are neither gold nor scored there. */
export function annotatedKinds(corpus: Corpus): Set<MentionKind> {
  return new Set(Object.values(corpus.labels).flat());
}

/** The kind a kg kind is scored as in a corpus (enterprise as organization in People's Daily), or null: not scored. */
export function scoredAs(corpus: Corpus, kind: MentionKind): MentionKind | null {
  for (const kinds of Object.values(corpus.labels)) if (kinds.includes(kind)) return kinds[0]!;
  return null;
}

/** The kinds a corpus's table shows: the ones its labels are scored as, in kg's order. */
export function scoredKinds(corpus: Corpus): MentionKind[] {
  const first = new Set(Object.values(corpus.labels).map((k) => k[0]!));
  return MENTION_KINDS.filter((k) => first.has(k));
}

/** A row's gold as kg spans (UTF-16, end exclusive), each as the kind it is scored as. */
export function goldSpans(row: Row, corpus: Corpus): Span[] {
  const at = utf16Offsets(row.text);
  return labelledSpans(row, corpus).map((s) => ({ kind: s.kinds[0]!, start: at[s.start]!, end: at[s.end]! }));
}

/** Mentions as kg's own gold (the seeds') counts them: a name inside a doctrine is no person there. */
export function ownConvention<M extends Pick<Mention, 'doctrine'>>(mentions: readonly M[]): M[] {
  return mentions.filter((m) => !m.doctrine);
}

/** A predicted span with what kg says of a title (its post, organ, jurisdiction), when it is one. */
export type PredictedSpan = Span &
  Partial<Pick<Mention, 'text' | 'post' | 'organ' | 'jurisdiction' | 'surnameOnly' | 'doctrine'>>;

/**
 * Predictions in a corpus's terms: kinds it does not annotate dropped, the others as the kind they are scored as; where
 * the corpus marks a title's parts, the body or place before a title's post; a surname alone, or a name inside a
 * doctrine, only where it marks one.
 */
export function predictedSpans(spans: readonly PredictedSpan[], corpus: Corpus, text: string): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if ((s.surnameOnly && !corpus.surnamesAlone) || (s.doctrine && !corpus.doctrineNames)) continue;
    const kind = scoredAs(corpus, s.kind);
    const government =
      corpus.governmentsAsPlaces && s.kind === 'organization' && text.startsWith(GOVERNMENT, s.end - GOVERNMENT.length);
    if (government) {
      const state = governedPlace(text, s);
      const placeKind = state && scoredAs(corpus, 'place');
      if (state && placeKind) out.push({ ...state, kind: placeKind });
    } else if (kind) out.push({ kind, start: s.start, end: s.end });
    else if (s.kind === 'title' && corpus.titleParts) {
      const part = titlePart(s);
      const partKind = part && scoredAs(corpus, part.kind);
      if (part && partKind) out.push({ ...part, kind: partKind });
    }
  }
  return out;
}

const GOVERNMENT = '政府';

/** The place a government named `…政府` governs, when it opens with one (美国政府, 北京市政府; not 市政府, 特区政府). */
function governedPlace(text: string, s: Span): Span | undefined {
  const lead = text.slice(s.start, s.end - GOVERNMENT.length);
  if (!lead) return undefined;
  const end = s.start + lead.length;
  if (COUNTRY_OF.has(lead)) return { kind: 'place', start: s.start, end };
  const place = places(lead)[0];
  return place && place.start === 0 && place.end === lead.length ? { kind: 'place', start: s.start, end } : undefined;
}

/**
 * The body or place a title opens with, as kg read it: the text before the post, when it ends in the title's organ
 * of a named body (全国政协副主席, 金华市委常委; not 党委书记) or is its jurisdiction (北京市市长, 俄总统: a place) or an
 * international organisation (国际足联主席).
 */
export function titlePart(t: PredictedSpan): Span | undefined {
  if (!t.post || !t.text?.endsWith(t.post)) return undefined;
  const lead = t.text.slice(0, t.text.length - t.post.length);
  const end = t.start + lead.length;
  if (!lead || lead.startsWith('原') || lead.startsWith('时任')) return undefined;
  if (t.organ && t.jurisdiction && lead.endsWith(t.organ)) return { kind: 'organization', start: t.start, end };
  if (ORGANIZATION_OF.has(lead)) return { kind: 'organization', start: t.start, end };
  const state = t.jurisdiction && (lead === t.jurisdiction || COUNTRY_OF.has(lead));
  if (state) return { kind: 'place', start: t.start, end };
  return undefined;
}
