// The one way kg makes a graph: directed, several relationship types between the same two nodes, no self-loops.
import { MultiDirectedGraph } from 'graphology';
import type { KgGraph } from './types.ts';

export function emptyGraph(): KgGraph {
  return new MultiDirectedGraph({ allowSelfLoops: false });
}
