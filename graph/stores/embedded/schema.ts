// The embedded engine's DDL: a node table per kind, a relationship table per type with all its FROM/TO pairs.
import { NODE_KINDS, REL_ENDPOINTS, REL_TYPES } from '../../model/types.ts';
import { MERGE_PROPS, MERGE_TABLE, META_TABLE, NODE_PROPS, REL_PROPS, type PropType } from '../schema.ts';

const columns = (props: Readonly<Record<string, PropType>>, key?: string) =>
  Object.entries(props)
    .map(([p, t]) => `${p} ${t}${p === key ? ' PRIMARY KEY' : ''}`)
    .join(', ');

export function schemaStatements(): string[] {
  return [
    ...NODE_KINDS.map((kind) => `CREATE NODE TABLE IF NOT EXISTS ${kind}(${columns(NODE_PROPS[kind], 'id')})`),
    ...REL_TYPES.map((type) => {
      const pairs = REL_ENDPOINTS[type].map(([from, to]) => `FROM ${from} TO ${to}`).join(', ');
      // The edge id is a property, not a key: the engine has no relationship keys; MERGE anchors on both endpoints.
      return `CREATE REL TABLE IF NOT EXISTS ${type}(${pairs}, ${columns(REL_PROPS)})`;
    }),
    `CREATE NODE TABLE IF NOT EXISTS ${MERGE_TABLE}(${columns(MERGE_PROPS, 'id')})`,
    `CREATE NODE TABLE IF NOT EXISTS ${META_TABLE}(id STRING PRIMARY KEY, value STRING)`,
  ];
}
