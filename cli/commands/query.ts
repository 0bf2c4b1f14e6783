// `kg query`: run a saved query by name with typed parameters, list the library, or run ad-hoc read-only Cypher.
import { findQuery, loadQueries } from '../../queries/index.ts';
import { DEFAULT_LIMIT, DEFAULT_TIMEOUT_MS } from '../../graph/stores/defaults.ts';
import type { QueryRows, ReadOptions, SavedQuery } from '../../graph/stores/types.ts';
import { EXIT, type Command } from '../command.ts';
import { formatCsv, formatJson, formatTable } from '../format.ts';
import { parseParams, STORE_OPTIONS, STORE_USAGE, withStore } from '../store.ts';

export const queryCommand: Command = {
  name: 'query',
  summary: 'run a saved query (or read-only Cypher) on the store',
  usage: `
Usage: kg query NAME [--param k=v]... [--json|--csv]
       kg query --list
       kg query --cypher 'MATCH (p:Person) RETURN p.label AS name' [--param k=v]... [--json|--csv]

Saved queries are the .cypher files in queries/ (kg query --list shows them with their parameters and defaults).
Parameters are typed (string, int, float, boolean, date, enddate) and always passed to the database as Cypher
parameters. --cypher runs one ad-hoc statement read-only: writes, procedures and multiple statements are refused,
and the database is opened read-only besides.

${STORE_USAGE}
  --param k=v    a parameter (repeat for more); --cypher passes them as strings
  --json         print {columns, rows, truncated} as JSON (nodes as {"$node": {id, kind, label}})
  --csv          print CSV (lists joined with " | ")
  --limit N      at most N rows (default ${DEFAULT_LIMIT})
  --timeout MS   abort after MS milliseconds (default ${DEFAULT_TIMEOUT_MS})
`,
  options: {
    ...STORE_OPTIONS,
    list: { type: 'boolean', default: false },
    cypher: { type: 'string' },
    param: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    csv: { type: 'boolean', default: false },
    limit: { type: 'string' },
    timeout: { type: 'string' },
  },
  async run({ values, positionals }) {
    if (values.list) return listQueries();
    const name = positionals[0];
    if (!name && values.cypher === undefined) {
      console.error('kg query: name a saved query (kg query --list), or give --cypher');
      return EXIT.usage;
    }
    let params: Record<string, string>;
    let saved: SavedQuery | undefined;
    const options: ReadOptions = {};
    try {
      params = parseParams(values.param);
      if (name) saved = findQuery(name);
      if (values.limit !== undefined) options.limit = positiveInt(values.limit, '--limit');
      if (values.timeout !== undefined) options.timeoutMs = positiveInt(values.timeout, '--timeout');
    } catch (e) {
      console.error((e as Error).message);
      return EXIT.usage;
    }
    return withStore(values, true, async (store) => {
      const result: QueryRows = saved ? await store.run(saved, params, options) : await store.read(String(values.cypher), params, options);
      process.stdout.write(values.json ? formatJson(result) : values.csv ? formatCsv(result) : formatTable(result));
      if (!values.json && !values.csv) console.error(`${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ` (truncated at --limit ${options.limit ?? DEFAULT_LIMIT})` : ''}`);
      return EXIT.ok;
    });
  },
};

function positiveInt(v: unknown, flag: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`kg query: ${flag} takes a positive whole number, got ${String(v)}`);
  return n;
}

function listQueries(): number {
  const { queries, errors } = loadQueries();
  for (const q of queries) {
    console.log(`${q.name}${q.edge ? `  (rows as ${q.edge} edges)` : ''}\n  ${q.description}`);
    for (const p of q.params) {
      const def = p.default === undefined ? ' (required)' : ` = ${p.default === '' ? "''" : String(p.default)}`;
      console.log(`    --param ${p.name}: ${p.type}${def}${p.description ? `  ${p.description}` : ''}`);
    }
  }
  for (const e of errors) console.error(e);
  return errors.length ? EXIT.partial : EXIT.ok;
}
