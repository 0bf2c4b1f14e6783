// Interim store until the Cypher stores arrive: the built graph and merge log as JSON files in the --db folder.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, MergeRecord, NodeAttributes } from '../model/types.ts';
import type { KgGraph } from '../build/index.ts';

export const GRAPH_FILE = 'graph.json';
export const MERGE_LOG_FILE = 'merge-log.json';

/** Write atomically (temporary file, then rename): a killed build never leaves half a graph. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export function saveSnapshot(dir: string, graph: KgGraph, mergeLog: readonly MergeRecord[]): void {
  mkdirSync(dir, { recursive: true });
  writeAtomic(join(dir, GRAPH_FILE), JSON.stringify(graph.export()) + '\n');
  writeAtomic(join(dir, MERGE_LOG_FILE), JSON.stringify(mergeLog, null, 1) + '\n');
}

export function loadSnapshot(dir: string): { graph: KgGraph; mergeLog: MergeRecord[] } {
  const path = join(dir, GRAPH_FILE);
  let data: SerializedGraph<NodeAttributes, EdgeAttributes>;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`kg: no graph in ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); run \`kg build <pages> --db ${dir}\` first`);
  }
  const graph: KgGraph = new DirectedGraph({ allowSelfLoops: false });
  graph.import(data);
  let mergeLog: MergeRecord[] = [];
  try {
    mergeLog = JSON.parse(readFileSync(join(dir, MERGE_LOG_FILE), 'utf8'));
  } catch {
    mergeLog = [];
  }
  return { graph, mergeLog };
}
