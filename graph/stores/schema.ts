// The stored schema, shared by every adapter: one node table (label) per kind, one relationship table per type, typed properties.
import { REL_ENDPOINTS, REL_TYPES, type NodeKind, type RelType } from '../model/types.ts';

export type PropType = 'STRING' | 'STRING[]' | 'INT64' | 'INT64[]';

/**
 * Bumped whenever stored tables change shape or what identifies a row (4: MET one per day): a store built
 * by another version asks for a rebuild instead of guessing.
 */
export const SCHEMA_VERSION = '4';

const COMMON_NODE: Record<string, PropType> = { id: 'STRING', label: 'STRING', firstSeen: 'STRING', lastSeen: 'STRING' };

export const NODE_PROPS: Readonly<Record<NodeKind, Readonly<Record<string, PropType>>>> = {
  Person: { ...COMMON_NODE, name: 'STRING', pinyin: 'STRING', aliases: 'STRING[]' },
  Title: { ...COMMON_NODE, post: 'STRING', jurisdiction: 'STRING' },
  Organization: { ...COMMON_NODE },
  Enterprise: { ...COMMON_NODE, aliases: 'STRING[]' },
  Event: { ...COMMON_NODE, eventKind: 'STRING', printed: 'STRING', series: 'STRING', date: 'STRING', datePrecision: 'STRING' },
  Place: { ...COMMON_NODE },
  Article: { ...COMMON_NODE, file: 'STRING', headline: 'STRING', text: 'STRING', issueDate: 'STRING', reporters: 'STRING[]' },
};

/**
 * Every relationship carries the same properties (unused ones stay null). Evidence is stored as parallel lists, one
 * entry per attesting sentence, so Cypher can read it without a JSON parser: `r.sentences`, `r.articles`. The lists
 * hold at most EVIDENCE_SAMPLE sentences (the first in reading order); `r.mentions` counts them all.
 */
export const REL_PROPS: Readonly<Record<string, PropType>> = {
  id: 'STRING',
  articles: 'STRING[]',
  files: 'STRING[]',
  sentences: 'STRING[]',
  rawStarts: 'INT64[]',
  rawEnds: 'INT64[]',
  role: 'STRING',
  rank: 'INT64',
  date: 'STRING',
  datePrecision: 'STRING',
  firstSeen: 'STRING',
  lastSeen: 'STRING',
  mentions: 'INT64',
};

/** The merge log lives beside the graph as its own table, one record per node whose forms were merged or split. */
export const MERGE_TABLE = 'MergeRecord';
export const MERGE_PROPS: Readonly<Record<string, PropType>> = { id: 'STRING', kind: 'STRING', forms: 'STRING[]', articles: 'STRING[]', articleCount: 'INT64', reason: 'STRING' };

/** Store-wide facts (schema version) in a one-row-per-key table. */
export const META_TABLE = 'KgMeta';

/** `RETURN` items reading every property of a node variable, aliased by property name. */
export function nodeReturn(kind: NodeKind, v = 'n'): string {
  return propsReturn(NODE_PROPS[kind], v);
}

export function relReturn(v = 'r'): string {
  return propsReturn(REL_PROPS, v);
}

/** `RETURN` items reading the given properties of a variable, aliased by property name. */
export function propsReturn(props: Readonly<Record<string, PropType>>, v: string): string {
  return Object.keys(props).map((p) => `${v}.${p} AS ${p}`).join(', ');
}

/** Source and target kinds of each relationship table, for DDL and for grouping writes. */
export function endpointPairs(): { type: RelType; from: NodeKind; to: NodeKind }[] {
  return REL_TYPES.flatMap((type) => REL_ENDPOINTS[type].map(([from, to]) => ({ type, from, to })));
}
