// The viewer's state: what is shown (filters, time range, focus, query) and how (metrics), serialisable to the URL.
import type { NodeKind, RelType } from '../../../graph/model/types.ts';

export type SizeMetric = 'degree' | 'betweenness';
export type ColorMetric = 'kind' | 'community';

export interface ViewState {
  hiddenKinds: NodeKind[];
  hiddenTypes: RelType[];
  /** Month range shown, inclusive (YYYY-MM); undefined: the whole span. */
  from?: string;
  to?: string;
  /** Show elements whose date has no year or month (their own lane in the time bar). */
  undated: boolean;
  focus?: string;
  /** 0: highlight the focus and its neighbours; 1 or 2: show only its ego network to that depth. */
  ego: 0 | 1 | 2;
  size: SizeMetric;
  color: ColorMetric;
  query?: string;
  params: Record<string, string>;
  /** Show only the query's subgraph (else highlight it). */
  isolate: boolean;
}

export const DEFAULT_STATE: ViewState = {
  hiddenKinds: [],
  hiddenTypes: [],
  undated: true,
  ego: 0,
  size: 'degree',
  color: 'kind',
  params: {},
  isolate: false,
};
