// The first of two read-only guards on ad-hoc Cypher: refuse writes, procedures and multiple statements by their words.
/**
 * Clauses that change data or schema, touch files, or manage transactions. Matched as words after comments, strings
 * and backtick-quoted names are blanked out, so neither case, comments nor quoting hides them; a property or
 * parameter of the same name (`n.set`, `$delete`) is not a clause and passes.
 */
const WRITE_WORDS = [
  'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'DROP', 'ALTER', 'FOREACH',
  'COPY', 'LOAD', 'IMPORT', 'EXPORT', 'INSTALL', 'UNINSTALL', 'ATTACH', 'USE',
  'BEGIN', 'COMMIT', 'ROLLBACK', 'CHECKPOINT', 'GRANT', 'REVOKE', 'DENY', 'SHOW', 'TERMINATE',
];

/** Procedures that only describe the schema; any other `CALL proc()` is refused (a procedure may write or read files). */
const READ_PROCEDURES = new Set(['db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization', 'show_tables', 'table_info', 'show_functions']);

/** Comments, string literals and backtick-quoted names blanked to spaces (same length, so positions still hold). */
export function blankLiterals(cypher: string): string {
  return cypher.replace(/\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:[^'\\]|\\[\s\S])*(?:'|$)|"(?:[^"\\]|\\[\s\S])*(?:"|$)|`[^`]*(?:`|$)/g, (m) => {
    if (m.startsWith('//') || m.startsWith('/*')) return ' '.repeat(m.length);
    return m[0] + ' '.repeat(Math.max(0, m.length - 2)) + (m.length > 1 ? m.at(-1) : '');
  });
}

/** Why a query may not run read-only, or undefined when it may. */
export function readOnlyViolation(cypher: string): string | undefined {
  const code = blankLiterals(cypher);
  const statements = code.split(';').filter((s) => s.trim() !== '');
  if (statements.length > 1) return 'one statement at a time (found a `;` between statements)';
  if (statements.length === 0) return 'the query is empty';
  const words = new Set(WRITE_WORDS);
  for (const m of code.matchAll(/(?<![.$\w])([A-Za-z_]\w*)(?!\w)(?!\s*:(?!:))/g)) {
    const word = m[1]!.toUpperCase();
    if (words.has(word)) return `${word} is not allowed in a read-only query`;
    if (word === 'CALL') {
      const rest = code.slice(m.index! + m[0].length);
      if (/^\s*\{/.test(rest)) continue; // a subquery: its clauses are checked like the rest
      const proc = /^\s*([A-Za-z_][\w.]*)/.exec(rest)?.[1]?.toLowerCase();
      if (!proc || !READ_PROCEDURES.has(proc)) return `CALL ${proc ?? '(unnamed)'} is not allowed in a read-only query (allowed: ${[...READ_PROCEDURES].join(', ')})`;
    }
  }
  return undefined;
}

export class ReadOnlyError extends Error {
  constructor(reason: string) {
    super(`kg query: refused: ${reason}; ad-hoc queries are read-only`);
    this.name = 'ReadOnlyError';
  }
}

export function assertReadOnly(cypher: string): void {
  const why = readOnlyViolation(cypher);
  if (why) throw new ReadOnlyError(why);
}
