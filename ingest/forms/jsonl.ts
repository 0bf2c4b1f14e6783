// JSON Lines: one article per line, `{"id", "headline", "text", "issueDate" | "date", "newspaper", "page"}`.
// String values are decoded with their raw offsets; a character written as an escape (`\n`, `\u4e60`) maps nowhere.
import type { Block, Message, Page, StageResult } from '../types.ts';
import type { Tracked } from '../text/tracked.ts';
import { recordBlocks, type RawRecord } from './records.ts';

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The JSON string starting at raw[at] (its opening quote): decoded text, offsets, and where it ends. */
function readString(raw: string, at: number): { value: Tracked; end: number } {
  let text = '';
  const map: number[] = [];
  let i = at + 1;
  while (raw[i] !== '"') {
    if (raw[i] !== '\\') {
      text += raw[i];
      map.push(i++);
      continue;
    }
    const e = raw[i + 1]!;
    const ch = e === 'u' ? String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)) : ESCAPES[e]!;
    text += ch;
    map.push(-1);
    i += e === 'u' ? 6 : 2;
  }
  return { value: { text, map }, end: i + 1 };
}

const skipSpace = (raw: string, i: number): number => {
  while (i < raw.length && /\s/.test(raw[i]!)) i++;
  return i;
};

/** Past the value starting at raw[i] (any JSON value; the line already parsed, so it is well formed). */
function skipValue(raw: string, i: number): number {
  if (raw[i] === '"') return readString(raw, i).end;
  if (raw[i] !== '{' && raw[i] !== '[') {
    while (i < raw.length && !/[,}\]\s]/.test(raw[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (;;) {
    const c = raw[i];
    if (c === '"') {
      i = readString(raw, i).end;
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    i++;
    if (depth === 0) return i;
  }
}

/** The top-level fields of the well-formed object at raw[start]: strings decoded, other values as printed. */
export function objectFields(raw: string, start: number): Map<string, Tracked> {
  const fields = new Map<string, Tracked>();
  let i = skipSpace(raw, start + 1);
  while (raw[i] === '"') {
    const key = readString(raw, i);
    i = skipSpace(raw, skipSpace(raw, key.end) + 1); // past the colon
    const end = skipValue(raw, i);
    const value: Tracked =
      raw[i] === '"'
        ? readString(raw, i).value
        : { text: raw.slice(i, end), map: Array.from({ length: end - i }, (_, k) => i + k) };
    if (raw[i] !== 'n' || raw.slice(i, end) !== 'null') fields.set(key.value.text.toLowerCase(), value);
    i = skipSpace(raw, end);
    if (raw[i] === ',') i = skipSpace(raw, i + 1);
  }
  return fields;
}

/** Every line of the file that is a JSON object becomes a record; other lines are reported with their line number. */
export function readJsonl(page: Page): StageResult<Block[]> {
  const messages: Message[] = [];
  const records: RawRecord[] = [];
  const raw = page.raw;
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let lineNo = 1; ; lineNo++) {
    const m = re.exec(raw);
    const end = m ? m.index : raw.length;
    const line = raw.slice(start, end).replace(/^\ufeff/, '');
    if (line.trim()) {
      const at = start + (raw.slice(start, end).length - line.length) + (line.length - line.trimStart().length);
      const record = parseLine(raw, line, at, lineNo, page.file, messages);
      if (record) records.push(record);
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  return { output: recordBlocks(page.file, records, messages), messages };
}

function parseLine(
  raw: string,
  line: string,
  at: number,
  lineNo: number,
  file: string,
  messages: Message[],
): RawRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    const text = `${file}:${lineNo}: malformed JSON line (${(e as Error).message}); skipped`;
    messages.push({ level: 'error', code: 'jsonl.malformed', file, offset: at, text });
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    messages.push({
      level: 'error',
      code: 'jsonl.shape',
      file,
      offset: at,
      text: `${file}:${lineNo}: not a JSON object; skipped`,
    });
    return undefined;
  }
  return { line: lineNo, rawStart: at, fields: objectFields(raw, at) };
}
