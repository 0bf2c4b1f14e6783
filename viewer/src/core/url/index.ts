// The view's state in the URL fragment, so a view can be shared: only what differs from the defaults is written.
import { NODE_KINDS, REL_TYPES, type NodeKind, type RelType } from '../../../../graph/model/types.ts';
import { DEFAULT_STATE, type ViewState } from '../types.ts';

const MONTH = /^\d{4}-\d{2}$/;

export function toFragment(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.hiddenKinds.length) p.set('hideKinds', s.hiddenKinds.join(','));
  if (s.hiddenTypes.length) p.set('hideTypes', s.hiddenTypes.join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (!s.undated) p.set('undated', '0');
  if (s.focus) p.set('focus', s.focus);
  if (s.ego) p.set('ego', String(s.ego));
  if (s.size !== DEFAULT_STATE.size) p.set('size', s.size);
  if (s.color !== DEFAULT_STATE.color) p.set('color', s.color);
  if (s.query) {
    p.set('query', s.query);
    for (const [k, v] of Object.entries(s.params)) p.set(`p.${k}`, v);
    if (s.isolate) p.set('isolate', '1');
  }
  return p.toString();
}

/** Parse a fragment; anything unknown or malformed falls back to the default (a shared link never breaks the page). */
export function fromFragment(fragment: string): ViewState {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const list = <T extends string>(v: string | null, allowed: readonly T[]) => (v ?? '').split(',').filter((x): x is T => (allowed as readonly string[]).includes(x));
  const month = (v: string | null) => (v && MONTH.test(v) ? v : undefined);
  const ego = Number(p.get('ego'));
  const params: Record<string, string> = {};
  for (const [k, v] of p) if (k.startsWith('p.')) params[k.slice(2)] = v;
  const s: ViewState = {
    ...DEFAULT_STATE,
    hiddenKinds: list<NodeKind>(p.get('hideKinds'), NODE_KINDS),
    hiddenTypes: list<RelType>(p.get('hideTypes'), REL_TYPES),
    undated: p.get('undated') !== '0',
    ego: ego === 1 || ego === 2 ? ego : 0,
    size: p.get('size') === 'betweenness' ? 'betweenness' : 'degree',
    color: p.get('color') === 'community' ? 'community' : 'kind',
    params,
    isolate: p.get('isolate') === '1',
  };
  const from = month(p.get('from'));
  const to = month(p.get('to'));
  if (from) s.from = from;
  if (to) s.to = to;
  const focus = p.get('focus');
  if (focus) s.focus = focus;
  const query = p.get('query');
  if (query && /^[a-z0-9-]+$/.test(query)) s.query = query;
  return s;
}
