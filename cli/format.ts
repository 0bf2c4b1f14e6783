// Printing query results: an aligned table for the terminal (Chinese counts two columns), CSV, or JSON.
import type { QueryRows } from '../graph/stores/types.ts';
import { cellText } from '../graph/stores/values.ts';
import { toCsv } from '../graph/export/csv.ts';

/** Terminal columns a string takes: East Asian wide and fullwidth characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c < 0x20 || (c >= 0x7f && c < 0xa0) ? 0 : /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1;
  }
  return w;
}

function clip(s: string, width: number): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ');
  if (displayWidth(flat) <= width) return flat;
  let out = '';
  for (const ch of flat) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

export function formatTable(result: QueryRows, maxCell = 40): string {
  const { columns, rows } = result;
  const cells = rows.map((r) => columns.map((c) => clip(cellText(r[c] ?? null), maxCell)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i]!))));
  const line = (xs: string[]) => xs.map((x, i) => pad(x, widths[i]!)).join('  ').trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}

export function formatCsv(result: QueryRows): string {
  return toCsv(result.columns, result.rows.map((r) => result.columns.map((c) => cellText(r[c] ?? null, ' | '))));
}

export function formatJson(result: QueryRows): string {
  return JSON.stringify({ columns: result.columns, rows: result.rows, truncated: result.truncated }, null, 1) + '\n';
}
