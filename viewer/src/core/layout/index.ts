// Layout: starting positions (saved ones, else the file's, else a seeded circle) and ForceAtlas2 in a web worker.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { KgGraph } from '../../../../graph/model/types.ts';

/** A key for saved positions: the same graph (same nodes) finds its positions again. */
export function graphSignature(graph: KgGraph): string {
  let h = 2166136261;
  for (const k of graph.nodes().sort()) for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 16777619);
  return `kg-positions:${graph.order}:${(h >>> 0).toString(36)}`;
}

export function savePositions(graph: KgGraph, storage: Pick<Storage, 'setItem'> = localStorage): void {
  const pos: Record<string, [number, number]> = {};
  graph.forEachNode((k, a) => {
    const p = a as unknown as { x?: number; y?: number };
    if (typeof p.x === 'number' && typeof p.y === 'number') pos[k] = [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100];
  });
  try {
    storage.setItem(graphSignature(graph), JSON.stringify(pos));
  } catch {
    // Storage full or denied: positions are a convenience, not data.
  }
}

/**
 * Give every node x and y: saved positions first, then those the graph came with, then a seeded circle; a small graph
 * with no saved positions gets a quick synchronous ForceAtlas2 so the first view is legible.
 */
export function initialPositions(graph: KgGraph, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): 'saved' | 'file' | 'computed' {
  let saved: Record<string, [number, number]> = {};
  try {
    saved = JSON.parse(storage?.getItem(graphSignature(graph)) ?? '{}');
  } catch {
    saved = {};
  }
  let fromSaved = 0;
  let fromFile = 0;
  const n = graph.order;
  let i = 0;
  graph.forEachNode((k, a) => {
    const p = a as unknown as { x?: number; y?: number };
    const s = saved[k];
    if (s) {
      graph.mergeNodeAttributes(k, { x: s[0], y: s[1] } as never);
      fromSaved++;
    } else if (typeof p.x === 'number' && typeof p.y === 'number') fromFile++;
    else {
      const angle = (2 * Math.PI * i) / Math.max(1, n);
      const r = 100 * (0.5 + ((i * 7919) % 97) / 194);
      graph.mergeNodeAttributes(k, { x: r * Math.cos(angle), y: r * Math.sin(angle) } as never);
    }
    i++;
  });
  if (fromSaved === n) return 'saved';
  if (fromFile + fromSaved === n) return 'file';
  if (n <= 3000) forceAtlas2.assign(graph, { iterations: 300, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 500 } });
  return 'computed';
}

/** ForceAtlas2 in a web worker, started and stopped by the user; positions are saved when it stops. */
export class LayoutSupervisor {
  private layout: FA2Layout | undefined;

  constructor(private readonly graph: KgGraph) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    this.layout ??= new FA2Layout(this.graph, { settings: { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 500 } });
    this.layout.start();
  }

  stop(): void {
    this.layout?.stop();
    savePositions(this.graph);
  }

  kill(): void {
    this.layout?.kill();
    this.layout = undefined;
  }
}
