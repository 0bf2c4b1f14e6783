// Punctuation of a decoded text: half-width marks among Chinese words (`县长张三,副县长李四`, as NFKC-normalised exports
// and many web pages print them) read as the full-width ones Chinese is printed with, corner quotes (`「…」`) as curly
// ones and curly ones typed the wrong way round around a name (`召开”…“座谈会`) as opened and closed, one for one, so
// that every offset into the file stays exact; kg's rules read lists, clauses, brackets and quoted names by the marks
// of mainland print.

import type { Tracked } from './tracked.ts';
import type { Message } from '../types.ts';

/**
 * Half-width mark → full-width one. A full stop only between Chinese characters, or after one at its line's end
 * (`隆重举行.中美官员`, `共襄盛举. 本次`): elsewhere `.` is a decimal point or an abbreviation's.
 */
const FULL_WIDTH: Record<string, string> = {
  ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。',
  // Corner quotes (Hong Kong, Macao and Taiwan print `「…」`): the curly ones kg's rules read, wherever they stand.
  '「': '“', '」': '”', '『': '‘', '』': '’',
};
const MARKS = /[,;:?!().「」『』]/;
/** Quotes to set right: a line whose first curly quote closes, after a Han character (`召开”…“座谈会`). */
const QUOTES_TO_SET = /(?:^|\n)[^“”\n]*\p{Script=Han}”/u;
const CORNER_QUOTES = /[「」『』]/;

/** The full-width form of a half-width mark kg reads so, or undefined. */
export const fullWidthOf = (c: string): string | undefined => FULL_WIDTH[c];

/** A Han character, or a mark of Chinese writing (full-width forms, CJK punctuation, curly quotes). */
function chinese(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff5e) || (code >= 0x2018 && code <= 0x201d) || code === 0x2026 || code === 0x00b7
  );
}

/** A Han character (no mark). */
const han = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const SPACE = new Set([0x20, 0x09, 0xa0]);

/** The code of the character next to `i` in direction `step`, across spaces on its line; NaN at a line's end. */
function neighbour(text: string, i: number, step: 1 | -1): number {
  for (let k = i + step; k >= 0 && k < text.length; k += step) {
    const c = text.charCodeAt(k);
    if (!SPACE.has(c)) return c === 0x0a || c === 0x0d ? NaN : c;
  }
  return NaN;
}

/**
 * Whether the mark at `i` stands among Chinese words: a Chinese character on either side (`日,县委`, `GDP,增长`), but
 * not between figures (`1,200`, `10:30`), and a colon, question or exclamation mark only after one (`时间:`).
 */
function amongChinese(text: string, i: number): boolean {
  const before = neighbour(text, i, -1);
  const after = neighbour(text, i, 1);
  if (isDigit(before) && isDigit(after)) return false;
  const mark = text[i]!;
  // (&amp;市委书记, &#12290;: an entity's closing semicolon.)
  if (mark === ';' && /&#?[a-zA-Z0-9]{1,8}$/.test(text.slice(Math.max(0, i - 10), i))) return false;
  if (mark === ':' || mark === '?' || mark === '!') return chinese(before);
  // (等等...: an ellipsis typed as dots stays.)
  const dots = text[i - 1] === '.' || text[i + 1] === '.';
  if (mark === '.') return han(before) && (han(after) || Number.isNaN(after)) && !dots;
  return chinese(before) || chinese(after);
}

/**
 * The text with half-width marks among Chinese words in full width, and how many changed; undefined where none did.
 * Brackets change in pairs (`(记者 林瑶)`, `通知(2019)`): both where either stands among Chinese words.
 */
export function toFullWidth(raw: string): { text: string; changed: number } | undefined {
  const marks = MARKS.test(raw);
  const quotes = QUOTES_TO_SET.test(raw);
  if (!marks && !quotes) return undefined;
  const out = raw.split('');
  const open: { at: number; chinese: boolean }[] = [];
  let changed = 0;
  const set = (i: number) => {
    out[i] = fullWidthOf(raw[i]!)!;
    changed++;
  };
  // A bracket left open at its line's end changes alone, where it stands among Chinese words.
  const flush = () => {
    for (const pair of open) if (pair.chinese) set(pair.at);
    open.length = 0;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (fullWidthOf(c) === undefined) {
      if (c === '\n') flush();
      continue;
    }
    if (c === '(') open.push({ at: i, chinese: amongChinese(raw, i) });
    else if (c === ')') {
      const pair = open.pop();
      if (pair && (pair.chinese || amongChinese(raw, i))) {
        set(pair.at);
        set(i);
      } else if (!pair && amongChinese(raw, i)) set(i);
    } else if (CORNER_QUOTES.test(c) || amongChinese(raw, i)) set(i);
  }
  flush();
  if (quotes) changed += quotesPaired(raw, out);
  return changed ? { text: out.join(''), changed } : undefined;
}

/**
 * Curly quotes typed the wrong way round (`召开”同心庆双节“座谈会`, as some web pages print them), set as mainland print
 * opens and closes them: a closing quote where none is open on its line, right after a Han character, and an opening
 * one after it with a name between; how many changed. Not a quote closed from the line before, then another opened
 * (`…继续。”他说，“…`, `靠企业自身。”“多`).
 */
function quotesPaired(raw: string, out: string[]): number {
  let changed = 0;
  for (const line of raw.matchAll(/[^\n]+/g)) {
    const from = line.index;
    let open = 0;
    const lineEnd = from + line[0].length;
    for (let i = from; i < lineEnd; i++) {
      if (out[i] === '“') open++;
      else if (out[i] === '”' && open > 0) open--;
      else if (out[i] === '”') {
        // (Looked for only as far as a name runs, not to the file's end.)
        const near = out.slice(i + 1, Math.min(lineEnd, i + 41)).indexOf('“');
        const end = near < 0 ? -1 : i + 1 + near;
        const named = end - i > 2 && !/[”，。；：！？]/.test(raw.slice(i + 1, end));
        if (!named || !han(raw.charCodeAt(i - 1))) continue;
        out[i] = '“';
        out[end] = '”';
        changed += 2;
        i = end;
      }
    }
  }
  return changed;
}

/** A record's field (a CSV cell, a JSON string) with its marks in full width, each character where it came from. */
export function fullWidthField(t: Tracked): { value: Tracked; changed: number } {
  const out = toFullWidth(t.text);
  return out ? { value: { text: out.text, map: t.map }, changed: out.changed } : { value: t, changed: 0 };
}

/** The message that says a file's marks were read in full width. */
export function punctuationRead(file: string, changed: number): Message {
  const text =
    `${file}: half-width punctuation among Chinese words, corner quotes and reversed ones read as mainland print sets ` +
    `them (${changed} marks)`;
  return { level: 'info', code: 'input.punctuation', file, text };
}
