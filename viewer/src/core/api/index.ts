// The viewer's side of kg serve's JSON API.
import { emptyGraph } from '../../../../graph/model/graph.ts';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, KgGraph, NodeAttributes } from '../../../../graph/model/types.ts';
import type { QueryParam, QueryValue } from '../../../../graph/stores/types.ts';

export interface QueryInfo {
  name: string;
  description: string;
  params: QueryParam[];
  edge: string | null;
}

export interface QueryResponse {
  columns: string[];
  rows: Record<string, QueryValue>[];
  truncated: boolean;
  subgraph: SerializedGraph<NodeAttributes, EdgeAttributes>;
}

export interface ArticleResponse {
  id: string;
  headline: string;
  text: string;
  file: string;
  issueDate: string | null;
  reporters: string[];
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => ({ error: `HTTP ${res.status}` }))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

export async function fetchGraph(): Promise<KgGraph> {
  const data = await call<SerializedGraph<NodeAttributes, EdgeAttributes>>('api/graph');
  const graph: KgGraph = emptyGraph();
  graph.import(data);
  return graph;
}

export const fetchQueries = () => call<QueryInfo[]>('api/queries');
export const fetchArticle = (id: string) => call<ArticleResponse>(`api/article/${encodeURIComponent(id)}`);
export const runQuery = (name: string, params: Record<string, string>) =>
  call<QueryResponse>(`api/queries/${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ params }) });
