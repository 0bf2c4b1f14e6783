// What /api/graph sends the viewer: graphology's serialisation, without article texts (fetched one by one on demand).
import type { SerializedGraph } from 'graphology-types';
import type { KgGraph } from '../../graph/build/index.ts';
import type { EdgeAttributes, NodeAttributes } from '../../graph/model/types.ts';

export type GraphPayload = SerializedGraph<NodeAttributes, EdgeAttributes>;

export function toGraphPayload(graph: KgGraph): GraphPayload {
  const data = graph.export();
  for (const n of data.nodes) {
    if (n.attributes?.text !== undefined) {
      const { text: _text, ...rest } = n.attributes;
      n.attributes = rest as NodeAttributes;
    }
  }
  return data;
}
