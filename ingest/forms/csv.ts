// CSV (RFC 4180): a header row naming the columns (`id,headline,text,issueDate,newspaper,page`), one article per row.
import type { Block, Message, Page, StageResult } from '../types.ts';
import type { Tracked } from '../text/tracked.ts';
import { RECORD_COLUMNS, recordBlocks, type RawRecord } from './records.ts';

interface Row {
  line: number;
  rawStart: number;
  cells: Tracked[];
}

/** Rows of CSV text, quoted cells (`"a ""b"" c"`, line breaks inside) unquoted with their raw offsets. */
export function csvRows(raw: string): { rows: Row[]; unterminated?: number } {
  const rows: Row[] = [];
  let i = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < raw.length) {
    const row: Row = { line, rawStart: i, cells: [] };
    for (;;) {
      const cell = readCell(raw, i);
      if (cell.unterminated) return { rows, unterminated: row.line };
      row.cells.push(cell.value);
      line += cell.lines;
      i = cell.end;
      if (raw[i] === ',') {
        i++;
        continue;
      }
      const nl = /^(?:\r\n|\n|\r)/.exec(raw.slice(i, i + 2));
      if (nl) {
        i += nl[0].length;
        line++;
      }
      break;
    }
    if (row.cells.some((c) => c.text.trim())) rows.push(row);
  }
  return { rows };
}

function readCell(raw: string, start: number): { value: Tracked; end: number; lines: number; unterminated?: boolean } {
  let text = '';
  const map: number[] = [];
  let lines = 0;
  if (raw[start] !== '"') {
    let i = start;
    while (i < raw.length && raw[i] !== ',' && raw[i] !== '\n' && raw[i] !== '\r') {
      text += raw[i];
      map.push(i++);
    }
    return { value: { text, map }, end: i, lines };
  }
  for (let i = start + 1; i < raw.length; i++) {
    if (raw[i] === '"') {
      if (raw[i + 1] !== '"') return { value: { text, map }, end: i + 1, lines };
      i++; // a doubled quote is one quote, mapped to the second
    } else if (raw[i] === '\n') lines++;
    text += raw[i];
    map.push(i);
  }
  return { value: { text, map }, end: raw.length, lines, unterminated: true };
}

/** The header's column names when the line is a CSV header with a `text` column, else undefined. */
export function csvHeader(line: string): string[] | undefined {
  const names = line
    .replace(/^\ufeff/, '')
    .split(',')
    .map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  return names.length >= 2 && RECORD_COLUMNS.text.some((t) => names.includes(t)) ? names : undefined;
}

/** Every row after the header becomes a record; a row with more cells than the header is reported. */
export function readCsv(page: Page): StageResult<Block[]> {
  const messages: Message[] = [];
  const file = page.file;
  const { rows, unterminated } = csvRows(page.raw);
  if (unterminated !== undefined) {
    messages.push({
      level: 'error',
      code: 'csv.quote',
      file,
      text: `${file}:${unterminated}: a quoted cell is never closed; the rows from here on are skipped`,
    });
  }
  const header = rows[0]?.cells.map((c) => c.text.trim().toLowerCase());
  if (!header || !RECORD_COLUMNS.text.some((t) => header.includes(t))) {
    messages.push({
      level: 'error',
      code: 'csv.header',
      file,
      text: `${file}: the first row must name the columns, one of them "text"; nothing read`,
    });
    return { output: [], messages };
  }
  const records: RawRecord[] = [];
  for (const row of rows.slice(1)) {
    if (row.cells.length > header.length) {
      messages.push({
        level: 'warning',
        code: 'csv.cells',
        file,
        offset: row.rawStart,
        text: `${file}:${row.line}: ${row.cells.length} cells for ${header.length} columns; the extra ones are ignored`,
      });
    }
    const fields = new Map<string, Tracked>();
    header.forEach((name, k) => {
      const cell = row.cells[k];
      if (cell) fields.set(name, cell);
    });
    records.push({ line: row.line, rawStart: row.rawStart, fields });
  }
  return { output: recordBlocks(file, records, messages), messages };
}
