// Which form a file is in, told from its content alone: JSON Lines, CSV, clean paragraphs, or OCR lines.
import { displayWidth, endsSentence } from '../normalise/punctuation.ts';
import { csvHeader } from './csv.ts';
import { markedHeadline } from './articles.ts';
import type { Detection } from './types.ts';

export const DETECT_DEFAULTS = {
  /** Non-blank lines looked at. */
  sampleLines: 300,
  /** Share of sampled lines that must be JSON objects for JSON Lines. */
  jsonShare: 0.8,
  /** A line at least this wide (CJK cells) is a paragraph or a run of OCR text, never a headline. */
  longLine: 30,
  /** Clean text: at least this share of the lines are long … */
  longShare: 0.3,
  /** … and at least this share of the long lines end a sentence (OCR breaks lines mid-sentence). */
  longEndShare: 0.7,
  /** Clean text too: nearly every line ends a sentence (OCR breaks lines mid-sentence), whatever their width. */
  endShare: 0.8,
  /** OCR pages: the median line is at most this wide … */
  ocrMedianWidth: 24,
  /** … and at most this share of lines end a sentence. */
  ocrEndShare: 0.35,
  /**
   * Neither: lines wider than OCR columns of which this share end a sentence, the first set apart by a blank line,
   * are a short web story (a headline and a paragraph or two, captions standing alone), read as articles, not joined
   * as OCR lines.
   */
  wideEndShare: 0.25,
} as const;

/** The form of a decoded file, from its first lines. */
export function detectForm(raw: string): Detection {
  const d = DETECT_DEFAULTS;
  const lines = sampleLines(raw, d.sampleLines);
  if (lines.length === 0) return { form: 'pages', reason: 'no text', certain: false };
  const objects = lines.filter(isJsonObject).length;
  if (objects / lines.length >= d.jsonShare)
    return { form: 'jsonl', reason: `${objects} of ${lines.length} lines are JSON objects`, certain: true };
  const header = csvHeader(lines[0]!);
  if (header) return { form: 'csv', reason: `a header row naming ${header.join(', ')}`, certain: true };

  const widths = lines.map(displayWidth).sort((a, b) => a - b);
  const median = widths[widths.length >> 1]!;
  const long = lines.filter((l) => displayWidth(l) >= d.longLine);
  const longEnding = long.filter(endsSentence).length;
  const ending = lines.filter(endsSentence).length;
  const marked = lines.filter((l) => markedHeadline(l) !== undefined).length;
  const share = (n: number, of: number) => `${Math.round((100 * n) / Math.max(1, of))} %`;
  const paragraphs = long.length >= lines.length * d.longShare && longEnding >= long.length * d.longEndShare;
  if (paragraphs || ending >= lines.length * d.endShare) {
    const why = paragraphs
      ? `paragraph lines: ${share(longEnding, long.length)} of ${long.length} long lines end a sentence`
      : `${share(ending, lines.length)} of the lines end a sentence`;
    return { form: 'articles', reason: marked > 0 ? `${why}; ${marked} marked headlines` : why, certain: true };
  }
  if (median <= d.ocrMedianWidth && ending <= lines.length * d.ocrEndShare) {
    return {
      form: 'pages',
      reason: `short lines broken mid-sentence (median ${median} characters, ${share(ending, lines.length)} end one)`,
      certain: true,
    };
  }
  if (median > d.ocrMedianWidth && ending >= lines.length * d.wideEndShare && headlineApart(raw)) {
    return {
      form: 'articles',
      reason:
        `lines wider than OCR columns (median ${median} characters, ${share(ending, lines.length)} end a sentence)`,
      certain: false,
    };
  }
  return {
    form: 'pages',
    reason:
      `neither paragraphs nor OCR lines (median ${median} characters, ` +
      `${share(ending, lines.length)} end a sentence)`,
    certain: false,
  };
}

/** The first line stands apart, a blank line after it, as a web page's title does (OCR lines run on with none). */
function headlineApart(raw: string): boolean {
  return /^\ufeff?[ \t\u3000]*\S[^\r\n]*(?:\r\n|\n|\r)[ \t\u3000]*(?:\r\n|\n|\r)/.test(raw);
}

function sampleLines(raw: string, max: number): string[] {
  const out: string[] = [];
  for (const line of raw.replace(/^\ufeff/, '').split(/\r\n|\n|\r/)) {
    const t = line.trim();
    if (t) out.push(t);
    if (out.length >= max) break;
  }
  return out;
}

function isJsonObject(line: string): boolean {
  if (line[0] !== '{') return false;
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}
