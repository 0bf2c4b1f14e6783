// The saved-query library: every `queries/*.cypher` file read into a SavedQuery (header, parameters, per-store text).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParamType, ParamValue, QueryParam, SavedQuery, StoreKind } from '../graph/stores/types.ts';
import { coerceParam } from '../graph/stores/params.ts';

export const QUERIES_DIR = fileURLToPath(new URL('.', import.meta.url));

const PARAM_TYPES: readonly ParamType[] = ['string', 'int', 'float', 'boolean', 'date', 'enddate'];
const STORES: readonly StoreKind[] = ['embedded', 'neo4j'];

export class QueryFileError extends Error {}

/**
 * One file's text → a SavedQuery. Header lines (`// @name`, `// @description`, `// @param name: type = default --
 * description`, `// @edge TYPE`) come first; the Cypher follows. `// @store embedded` and `// @store neo4j` start
 * per-store variants where the dialects differ; without them both stores run the same text.
 */
export function parseQuery(text: string, file: string): SavedQuery {
  const fail = (line: number, why: string) => new QueryFileError(`kg queries: ${file}:${line}: ${why}`);
  const stem = basename(file).replace(/\.cypher$/, '');
  let name = stem;
  const description: string[] = [];
  const params: QueryParam[] = [];
  let edge: string | undefined;
  const sections = new Map<StoreKind | 'both', string[]>([['both', []]]);
  let current: StoreKind | 'both' = 'both';
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    const n = i + 1;
    const tag = /^\s*\/\/\s*@(\w+)\s*(.*)$/.exec(line);
    if (!tag) {
      sections.get(current)!.push(line);
      return;
    }
    const [, key, rest] = tag as unknown as [string, string, string];
    switch (key) {
      case 'name':
        if (!/^[a-z0-9][a-z0-9-]*$/.test(rest.trim())) throw fail(n, `a query name is lower-case letters, digits and dashes, got "${rest.trim()}"`);
        name = rest.trim();
        break;
      case 'description':
        description.push(rest.trim());
        break;
      case 'edge':
        if (!/^[A-Z][A-Z_]*$/.test(rest.trim())) throw fail(n, `@edge names a relationship type in capitals, got "${rest.trim()}"`);
        edge = rest.trim();
        break;
      case 'param': {
        const m = /^([A-Za-z_]\w*)\s*:\s*(\w+)\s*(?:=\s*(.*?))?\s*(?:--\s*(.*))?$/.exec(rest);
        if (!m) throw fail(n, 'write parameters as `// @param name: type = default -- description`');
        const [, pname, type, def, desc] = m as unknown as [string, string, string, string | undefined, string | undefined];
        if (!(PARAM_TYPES as readonly string[]).includes(type)) throw fail(n, `unknown parameter type ${type} (${PARAM_TYPES.join(', ')})`);
        if (params.some((p) => p.name === pname)) throw fail(n, `parameter ${pname} declared twice`);
        const p: QueryParam = { name: pname, type: type as ParamType, ...(desc ? { description: desc.trim() } : {}) };
        if (def !== undefined) {
          try {
            p.default = coerceParam(p, def, name) as ParamValue;
          } catch (e) {
            throw fail(n, (e as Error).message);
          }
        }
        params.push(p);
        break;
      }
      case 'store':
        if (!(STORES as readonly string[]).includes(rest.trim())) throw fail(n, `@store is one of ${STORES.join(', ')}`);
        current = rest.trim() as StoreKind;
        if (sections.has(current)) throw fail(n, `a second @store ${current} section`);
        sections.set(current, []);
        break;
      default:
        throw fail(n, `unknown header @${key}`);
    }
  });
  if (name !== stem) throw fail(1, `@name ${name} differs from the file name ${stem}.cypher`);
  const body = (lines: string[] | undefined) => (lines ?? []).join('\n').trim();
  const shared = body(sections.get('both'));
  const variants = sections.size > 1;
  if (variants && shared.replace(/\/\/[^\n]*/g, '').trim()) throw fail(1, 'with @store sections, all Cypher goes inside them');
  const cypher = {} as Record<StoreKind, string>;
  for (const store of STORES) {
    cypher[store] = variants ? body(sections.get(store)) : shared;
    if (!cypher[store]) throw fail(1, `no Cypher for the ${store} store`);
  }
  const declared = new Set(params.map((p) => p.name));
  for (const store of STORES) {
    for (const m of cypher[store].matchAll(/\$([A-Za-z_]\w*)/g)) if (!declared.has(m[1]!)) throw fail(1, `$${m[1]} is used but not declared with @param`);
  }
  if (!description.length) throw fail(1, 'a query needs a // @description line');
  return { name, description: description.join(' '), params, cypher, ...(edge ? { edge } : {}), file };
}

/** Every `.cypher` file in the folder, by name; a malformed file is reported by name and the others still load. */
export function loadQueries(dir: string = QUERIES_DIR): { queries: SavedQuery[]; errors: string[] } {
  const queries: SavedQuery[] = [];
  const errors: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.cypher')).sort()) {
    const path = join(dir, f);
    try {
      queries.push(parseQuery(readFileSync(path, 'utf8'), path));
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  return { queries, errors };
}

export function findQuery(name: string, dir: string = QUERIES_DIR): SavedQuery {
  const { queries, errors } = loadQueries(dir);
  const q = queries.find((x) => x.name === name);
  if (q) return q;
  const broken = errors.find((e) => e.includes(`${name}.cypher`));
  if (broken) throw new QueryFileError(broken);
  throw new QueryFileError(`kg query: no saved query ${name} in ${dir} (saved: ${queries.map((x) => x.name).join(', ')})`);
}
