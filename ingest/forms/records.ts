// Records of a scraper's output (JSON Lines, CSV) into blocks: one article per record, with its own issue date.
import type { Block, IssueInfo, Message } from '../types.ts';
import { parseIsoDate } from '../dates/index.ts';
import type { Tracked } from '../text/tracked.ts';
import { cleanBlock, linesOf, stripLead } from './paragraphs.ts';
import { fullWidthField, punctuationRead } from '../text/fullwidth.ts';
import { simplify, toSimplified } from '../decode/script.ts';

/** One record as read: its fields by lower-cased name, each value with its raw offsets. */
export interface RawRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  rawStart: number;
  fields: Map<string, Tracked>;
}

/** The columns kg reads (lower-cased), first name first; any other column is ignored. */
export const RECORD_COLUMNS = {
  id: ['id'],
  headline: ['headline'],
  text: ['text'],
  issueDate: ['issuedate', 'issue_date', 'date'],
  newspaper: ['newspaper'],
  page: ['page'],
} as const;

const field = (r: RawRecord, names: readonly string[]): Tracked | undefined => {
  for (const n of names) {
    const v = r.fields.get(n);
    if (v && v.text.trim()) return v;
  }
  return undefined;
};

/** Dates as scrapers write them: `2024-01-05`, `2024-01-05T19:00:00+08:00`, `2024/1/5`, `2024年1月5日`, `20240105`. */
export function recordDate(s: string): string | undefined {
  const t = s.trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:$|[T\s])/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : undefined;
}

/** The record's own issue fields; a malformed one is reported and left out. */
function recordIssue(r: RawRecord, where: string, warn: (code: string, text: string) => void): IssueInfo {
  const issue: IssueInfo = {};
  const date = field(r, RECORD_COLUMNS.issueDate);
  if (date) {
    const iso = recordDate(date.text);
    if (iso) issue.issueDate = iso;
    else warn('records.date', `${where}: date 「${date.text}」 is not a date (YYYY-MM-DD); ignored`);
  }
  const paper = field(r, RECORD_COLUMNS.newspaper);
  if (paper) issue.newspaper = paper.text.trim();
  const page = field(r, RECORD_COLUMNS.page);
  if (page) {
    const n = Number(page.text.trim());
    if (Number.isInteger(n) && n > 0) issue.page = n;
    else warn('records.page', `${where}: page 「${page.text}」 is not a positive integer; ignored`);
  }
  return issue;
}

/** Blocks of a file's records: ids from the `id` column (else the line), duplicates and empty texts reported. */
export function recordBlocks(file: string, records: readonly RawRecord[], messages: Message[]): Block[] {
  const stem = file.replace(/\.[^./\\]+$/, '');
  const seen = new Set<string>();
  const blocks: Block[] = [];
  let marks = 0;
  const traditional: string[] = [];
  const punctuated = (t: Tracked) => {
    const out = fullWidthField(t);
    marks += out.changed;
    return out.value;
  };
  for (const r of records) {
    const where = `${file}:${r.line}`;
    const warn = (code: string, text: string) =>
      messages.push({ level: 'warning', code, file, offset: r.rawStart, text });
    const cell = field(r, RECORD_COLUMNS.text);
    const text = cell && punctuated(cell);
    if (!text) {
      warn('records.no-text', `${where}: the record has no text; skipped`);
      continue;
    }
    let id = field(r, RECORD_COLUMNS.id)?.text.trim() || `line${r.line}`;
    if (seen.has(id)) {
      warn(
        'records.duplicate-id',
        `${where}: id 「${id}」 was used before in this file; this record is ${id}@${r.line}`,
      );
      id = `${id}@${r.line}`;
    }
    seen.add(id);
    const headlineCell = field(r, RECORD_COLUMNS.headline);
    const punctuatedHeadline = headlineCell && punctuated(headlineCell);
    // A record printed in traditional characters in a file of simplified ones is read in simplified ones, its
    // headline with it (too short to tell alone); one for one, so offsets stay.
    const simplified = toSimplified(text.text);
    if (simplified) traditional.push(id);
    const body = simplified ? { text: simplified.text, map: text.map } : text;
    const headline = simplified && punctuatedHeadline
      ? { text: simplify(punctuatedHeadline.text), map: punctuatedHeadline.map }
      : punctuatedHeadline;
    const lead = stripLead(linesOf(body));
    const block = cleanBlock(`${stem}:${id}`, file, headline ? linesOf(headline) : [], lead.body, lead.reporters);
    const issue = recordIssue(r, where, warn);
    if (Object.keys(issue).length > 0) block.issue = issue;
    if (block.rawEnd === 0) Object.assign(block, { rawStart: r.rawStart, rawEnd: r.rawStart });
    blocks.push(block);
  }
  if (marks) messages.push(punctuationRead(file, marks));
  if (traditional.length) {
    const n = traditional.length;
    const ids = `${traditional.slice(0, 5).join(', ')}${n > 5 ? ', …' : ''}`;
    const text = `${file}: ${n} record${n === 1 ? '' : 's'} printed in traditional characters read in simplified ` +
      `ones (${ids})`;
    messages.push({ level: 'info', code: 'records.script', file, text });
  }
  return blocks;
}
