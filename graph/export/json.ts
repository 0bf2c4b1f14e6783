// JSON export: graphology's own serialisation ({attributes, nodes: [{key, attributes}], edges: [{key, source, target, attributes}]}).
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, KgGraph, NodeAttributes } from '../model/types.ts';

export function toJson(graph: KgGraph): SerializedGraph<NodeAttributes, EdgeAttributes> {
  return graph.export();
}
