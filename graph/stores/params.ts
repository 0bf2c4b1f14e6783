// Saved-query parameters: values from the command line, a form or JSON checked against their declared types.
import type { ParamValue, QueryParam, SavedQuery } from './types.ts';

export class ParamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParamError';
  }
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date bound: '' (no bound), YYYY, YYYY-MM or YYYY-MM-DD. A `date` starts its period (2023 → 2023-01-01), an
 * `enddate` ends it (2023 → 2023-12-31), so `from=2023 to=2023` is the whole year.
 */
function dateBound(raw: string, end: boolean): string | undefined {
  if (raw === '') return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const month = Number(mo ?? (end ? 12 : 1));
  if (month < 1 || month > 12) return undefined;
  const max = lastDay(Number(y), month);
  const day = d !== undefined ? Number(d) : end ? max : 1;
  if (day < 1 || day > max) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function coerceParam(p: QueryParam, raw: unknown, query: string): ParamValue {
  const fail = (why: string) => new ParamError(`kg query ${query}: parameter ${p.name} (${p.type}) ${why}`);
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (p.type) {
    case 'string':
      if (typeof text !== 'string') throw fail(`must be text, got ${JSON.stringify(raw)}`);
      return text;
    case 'int': {
      const n = typeof text === 'number' ? text : typeof text === 'string' && /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
      if (!Number.isSafeInteger(n)) throw fail(`must be a whole number, got ${JSON.stringify(raw)}`);
      return n;
    }
    case 'float': {
      const n = typeof text === 'number' ? text : typeof text === 'string' && text !== '' ? Number(text) : NaN;
      if (!Number.isFinite(n)) throw fail(`must be a number, got ${JSON.stringify(raw)}`);
      return n;
    }
    case 'boolean':
      if (typeof text === 'boolean') return text;
      if (text === 'true' || text === '1' || text === 'yes') return true;
      if (text === 'false' || text === '0' || text === 'no') return false;
      throw fail(`must be true or false, got ${JSON.stringify(raw)}`);
    case 'date':
    case 'enddate': {
      const v = typeof text === 'string' ? dateBound(text, p.type === 'enddate') : undefined;
      if (v === undefined) throw fail(`must be YYYY, YYYY-MM or YYYY-MM-DD (or empty for no bound), got ${JSON.stringify(raw)}`);
      return v;
    }
  }
}

/** Every declared parameter given or defaulted, typed; unknown or missing ones are errors naming the query. */
export function resolveParams(query: SavedQuery, given: Record<string, unknown> = {}): Record<string, ParamValue> {
  const known = new Set(query.params.map((p) => p.name));
  const unknown = Object.keys(given).filter((k) => !known.has(k));
  if (unknown.length) {
    const list = query.params.map((p) => p.name).join(', ') || 'none';
    throw new ParamError(`kg query ${query.name}: unknown parameter ${unknown.join(', ')} (parameters: ${list})`);
  }
  const out: Record<string, ParamValue> = {};
  for (const p of query.params) {
    const raw = Object.hasOwn(given, p.name) ? given[p.name] : p.default;
    if (raw === undefined) throw new ParamError(`kg query ${query.name}: parameter ${p.name} (${p.type}) is required`);
    out[p.name] = coerceParam(p, raw, query.name);
  }
  return out;
}
