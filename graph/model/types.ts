// The graph model researchers query: node kinds, relationship types, their attributes and the evidence every edge carries.
import type { MultiDirectedGraph } from 'graphology';

export type NodeKind = 'Person' | 'Title' | 'Organization' | 'Enterprise' | 'Event' | 'Place' | 'Article';
export type RelType =
  | 'HOLDS'
  | 'CHAIRED'
  | 'LED'
  | 'ATTENDED'
  | 'ADDRESSED'
  | 'MET'
  | 'VISITED'
  | 'AT'
  | 'HELD_BY'
  | 'REPORTED_IN'
  | 'WROTE'
  | 'MENTIONED_IN';

export const NODE_KINDS: readonly NodeKind[] = ['Person', 'Title', 'Organization', 'Enterprise', 'Event', 'Place', 'Article'];

/** The kind a node id names by its prefix (`person:金政` → Person), or null for a string no kg node has as its id. */
export function kindOfId(id: string): NodeKind | null {
  const colon = id.indexOf(':');
  if (colon <= 0 || colon === id.length - 1) return null;
  return NODE_KINDS.find((k) => k.length === colon && id.startsWith(k.toLowerCase())) ?? null;
}
export const REL_TYPES: readonly RelType[] = [
  'HOLDS', 'CHAIRED', 'LED', 'ATTENDED', 'ADDRESSED', 'MET', 'VISITED', 'AT', 'HELD_BY', 'REPORTED_IN', 'WROTE', 'MENTIONED_IN',
];

/** Which node kinds each relationship joins (source → target): the stores' schema and the build's invariant. */
export const REL_ENDPOINTS: Readonly<Record<RelType, readonly (readonly [NodeKind, NodeKind])[]>> = {
  HOLDS: [['Person', 'Title']],
  CHAIRED: [['Person', 'Event']],
  LED: [['Person', 'Event']],
  ATTENDED: [['Person', 'Event']],
  ADDRESSED: [['Person', 'Event']],
  MET: [['Person', 'Person']],
  VISITED: [['Person', 'Enterprise'], ['Person', 'Organization'], ['Person', 'Place']],
  AT: [['Event', 'Enterprise'], ['Event', 'Organization'], ['Event', 'Place']],
  HELD_BY: [['Event', 'Organization']],
  REPORTED_IN: [['Event', 'Article']],
  WROTE: [['Person', 'Article']],
  MENTIONED_IN: [['Person', 'Article'], ['Organization', 'Article'], ['Enterprise', 'Article'], ['Place', 'Article']],
};

/** Edges a saved query derives from the stored ones (people who attended the same events): exported, never stored. */
export type DerivedRelType = 'CO_ATTENDED' | 'RESULT';

export type EventKind =
  | 'meeting'
  | 'inspection'
  | 'research visit'
  | 'condolence visit'
  | 'state visit'
  | 'ceremony'
  | 'forum'
  | 'video conference'
  | 'exhibition'
  | 'talks'
  | 'press conference'
  | 'event';

/** Where an edge is attested: the article, the sentence as printed (normalised), and its span in the raw file. */
export interface Evidence {
  article: string;
  file: string;
  sentence: string;
  /** UTF-16 offsets of the sentence in the raw file (first and one past the last character that maps there). */
  rawStart: number;
  rawEnd: number;
}

/**
 * The most evidence sentences one edge carries. A hub edge (a county party secretary's HOLDS) is attested by thousands
 * of sentences over ten years of a paper: kept whole, every batch that mentions its holder read the list back and
 * rewrote it, so a build slowed as the store grew and a subgraph read carried megabytes of text. An edge keeps the
 * first EVIDENCE_SAMPLE sentences in evidence order (`evidenceOrder`) and counts all of them in `mentions`, exactly.
 */
export const EVIDENCE_SAMPLE = 20;

/**
 * Evidence order: reading order (file, then place in the file), ties by article and sentence. It depends on nothing
 * but the evidence, not on the order pages are read or built in; where file names sort by date, it is date order.
 */
export function evidenceOrder(a: Evidence, b: Evidence): number {
  return cmp(a.file, b.file) || a.rawStart - b.rawStart || cmp(a.article, b.article) || cmp(a.sentence, b.sentence);
}

/** Code-unit order of two strings (what `<` gives), as a comparator: ids and evidence sort the same everywhere. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const cmp = compareText;

/** The most article ids a stored merge record lists (`articleCount` counts them all): see EVIDENCE_SAMPLE. */
export const MERGE_ARTICLE_SAMPLE = 20;

/** The same attestation has the same key: one article, one sentence (a sentence printed twice in one article attests once). */
export const evidenceKey = (e: Evidence): string => `${e.article}\u0000${e.sentence}`;

/** A date as kg knows it: ISO (partial where unknown) and what is known. */
export interface GraphDate {
  value: string;
  precision: string;
}

export interface NodeAttributes {
  kind: NodeKind;
  /** Display name. */
  label: string;
  // Person
  name?: string;
  pinyin?: string;
  aliases?: string[];
  // Title
  post?: string;
  jurisdiction?: string;
  // Event
  eventKind?: EventKind;
  /** Its name as printed (国务院第三十次常务会议); `label` is the short canonical name (国务院常务会议). */
  printed?: string;
  /** Meetings a body holds again and again share one (国务院常务会议). */
  series?: string;
  date?: string;
  datePrecision?: string;
  // Article
  file?: string;
  headline?: string;
  /** The article's text as kg read it (normalised), where evidence sentences can be found. */
  text?: string;
  issueDate?: string;
  reporters?: string[];
  /** First and last date (ISO, full days only) the node is attested on, for time filtering. */
  firstSeen?: string;
  lastSeen?: string;
}

export interface EdgeAttributes {
  type: RelType | DerivedRelType;
  /** The sentences that attest the edge: all of them, or the first EVIDENCE_SAMPLE where `mentions` is larger. */
  evidence: Evidence[];
  /** ATTENDED/CHAIRED/LED/ADDRESSED/MET: the verb as printed (参加, 陪同, 主持, 带队, 讲话, 会见…). */
  role?: string;
  /** ATTENDED: the person's position in the printed list of officials (1 = first). */
  rank?: number;
  /** Role edges, MET and VISITED: the event's date (MET is one edge per day a pair meets). */
  date?: string;
  datePrecision?: string;
  /** HOLDS: the position spell as attested. */
  firstSeen?: string;
  lastSeen?: string;
  /** Stored edges: how many distinct sentences (article and sentence) attest the edge, all counted. */
  mentions?: number;
  /** Derived edges: how many shared events (or what the query counted). */
  weight?: number;
}

/** Why two mentions became one node (or were kept apart): the merge log researchers can audit and undo. */
export interface MergeRecord {
  node: string;
  kind: NodeKind;
  /** The forms merged (超虎公司, 超虎) or the name split. */
  forms: string[];
  /** The articles it was seen in: all of them, or the first MERGE_ARTICLE_SAMPLE (by id) where articleCount is larger. */
  articles: string[];
  /** How many articles, all counted (absent: articles.length). */
  articleCount?: number;
  reason: string;
}

/**
 * The graph kg builds, stores, exports and shows: directed, one edge per (type, source, target), so two types may
 * join the same nodes (an event HELD_BY the body it is AT; a person who CHAIRED a meeting and ADDRESSED it).
 */
export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
