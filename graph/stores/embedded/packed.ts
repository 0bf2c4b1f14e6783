// Packed rows: a `Tx.unwind` batch handed to the embedded engine as one delimited string per row and unpacked in Cypher, because the binding converts a list of maps ~10× slower than a list of strings.
import type { Row } from '../rows.ts';

/**
 * The engine's Node binding converts parameters on the JavaScript thread. A list of maps costs ~11 µs a field (every
 * row is typed as a STRUCT and the row types unified); a list of strings ~2.5 µs a row. 2,000 relationships with
 * five evidence sentences each: 250 ms to convert as maps, 37 ms packed; the whole statement 2.4× faster packed
 * (`npm run bench:rel-insert`). Unpacking in the engine (`string_split`, `CAST`) is cheap. The rows are rebuilt inside
 * the UNWIND (`UNWIND list_transform(…) AS row`): rebuilt after it, in `WITH {…} AS row`, a key like `{id: row.s}` was
 * no longer planned as a primary-key lookup, and the statement joined whole tables instead. A batch whose values this
 * encoding cannot carry exactly (a control character of the encoding in a string, an empty list, an empty string in a
 * list, a fraction, a boolean, a map) is passed as it came.
 */
export const FIELD = '\x1f';
export const ITEM = '\x1e';
export const NULL_MARK = '\x18';
/** `string_split` drops empty fields (`'a,,b'` → `[a, b]`), so no field may be empty: the empty string has a mark too. */
export const EMPTY_MARK = '\x17';

type Column = 'NULL' | 'STRING' | 'INT64' | 'STRING[]' | 'INT64[]';

export interface Packed {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * `UNWIND $rows AS row <body>` with `$rows` packed as strings and unpacked inside the UNWIND, or null when the rows
 * cannot be packed exactly (then they go as maps).
 */
export function packRows(rows: readonly unknown[], body: string): Packed | null {
  if (rows.length === 0 || !rows.every(isPlainObject)) return null;
  const keys = Object.keys(rows[0] as Row);
  if (keys.length === 0 || !keys.every((k) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k))) return null;
  if (!(rows as Row[]).every((r) => sameKeys(r, keys))) return null;
  const columns = keys.map((k) => columnOf(rows as Row[], k));
  if (columns.some((c) => c === null)) return null;
  const lines = (rows as Row[]).map((r) => keys.map((k, i) => encode(r[k], columns[i]!)).join(FIELD));
  // Keys in backticks: a column may be named like a keyword (`starts`, `end`).
  const struct = keys.map((k, i) => `\`${k}\`: ${decode(i + 1, columns[i]!)}`).join(', ');
  return {
    cypher: `UNWIND list_transform(list_transform($rows, kg_line -> string_split(kg_line, '${FIELD}')), kg_f -> {${struct}}) AS row ${body}`,
    params: { rows: lines },
  };
}

function isPlainObject(v: unknown): v is Row {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

function sameKeys(row: Row, keys: readonly string[]): boolean {
  const own = Object.keys(row);
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
}

/** The encoding's own characters: a string holding one cannot be packed. */
const MARKS = /[\x17\x18\x1e\x1f]/;

/** One type for the column across the batch, or null when some value cannot be packed. */
function columnOf(rows: readonly Row[], key: string): Column | null {
  let column: Column = 'NULL';
  for (const row of rows) {
    const v = row[key];
    if (v === null || v === undefined) continue;
    const t = valueType(v);
    if (t === null) return null;
    if (column === 'NULL') column = t;
    else if (column !== t) return null;
  }
  return column;
}

function valueType(v: unknown): Exclude<Column, 'NULL'> | null {
  if (typeof v === 'string') return MARKS.test(v) ? null : 'STRING';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'INT64' : null;
  if (!Array.isArray(v) || v.length === 0) return null;
  if (v.every((x) => typeof x === 'string' && x !== '' && !MARKS.test(x))) return 'STRING[]';
  if (v.every((x) => typeof x === 'number' && Number.isSafeInteger(x))) return 'INT64[]';
  return null;
}

function encode(v: unknown, column: Column): string {
  if (v === null || v === undefined) return NULL_MARK;
  if (column === 'STRING[]' || column === 'INT64[]') return (v as unknown[]).join(ITEM);
  return v === '' ? EMPTY_MARK : String(v);
}

function decode(k: number, column: Column): string {
  // nullif, not CASE: the engine evaluates a CASE's branches over the whole batch, so a CAST there meets the marks.
  const f = `nullif(kg_f[${k}], '${NULL_MARK}')`;
  return {
    NULL: 'NULL',
    STRING: `CASE WHEN kg_f[${k}] = '${EMPTY_MARK}' THEN '' ELSE ${f} END`,
    INT64: `CAST(${f} AS INT64)`,
    'STRING[]': `string_split(${f}, '${ITEM}')`,
    'INT64[]': `CAST(string_split(${f}, '${ITEM}') AS INT64[])`,
  }[column];
}
