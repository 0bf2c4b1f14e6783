// Normalise stage: raw page text to clean OCR lines (trimmed, doubled bold collapsed, dates unspaced) and the paragraph joiner.
import type { Message, Page, StageResult } from '../types.ts';
import { concat, inserted, track, trim, type Tracked } from '../text/tracked.ts';
import { collapseDoubled } from './doubled.ts';
import { normaliseDateSpaces } from './dates.ts';
import { removePinyinGlosses } from './glosses.ts';
import { removeAlignmentSpaces } from './padding.ts';
import { endsSentence } from './punctuation.ts';

export interface Line {
  text: Tracked;
  /** 1-based line number in the raw file. */
  lineNo: number;
  /** The raw line began with whitespace (in these pages: the start of an OCR region). */
  indented: boolean;
  /** Blank lines dropped just before this one. */
  blankBefore: number;
  /** The line was OCR-doubled bold text and has been collapsed. */
  doubled: boolean;
  /** Raw offset of the line's terminator (or of the end of the file). */
  rawEnd: number;
}

export interface NormalisedPage {
  page: Page;
  lines: Line[];
  /**
   * True when indentation marks OCR regions (rare, as in these pages), false when it marks every paragraph
   * (as in typeset text with 　　 indents), where it says nothing about article boundaries.
   */
  indentMarksRegions: boolean;
}

/** Above this share of indented lines, indentation is paragraph style, not a region marker. */
const REGION_INDENT_MAX_SHARE = 0.1;

export interface NormaliseOptions {
  /** Collapse OCR-doubled bold lines (OCR pages only: clean text has none, and its short lines are headlines). */
  doubled?: boolean;
}

export function normalise(page: Page, options: NormaliseOptions = {}): StageResult<NormalisedPage> {
  const collapse = options.doubled ?? true;
  const messages: Message[] = [];
  const lines: Line[] = [];
  const raw = page.raw;
  let blank = 0;
  let lineNo = 0;
  let indentedCount = 0;
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (;;) {
    const m = re.exec(raw);
    const end = m ? m.index : raw.length;
    lineNo++;
    const whole = track(raw, start, end);
    const trimmed = trim(whole);
    if (trimmed.text.length === 0) {
      blank++;
    } else {
      const indented = /^[\s\u3000]/.test(whole.text.replace(/^\ufeff/, ''));
      if (indented) indentedCount++;
      const d = collapse ? collapseDoubled(trimmed) : { text: trimmed, doubled: false };
      if (d.doubled) {
        messages.push({
          level: 'info',
          code: 'normalise.doubled',
          file: page.file,
          offset: trimmed.map[0],
          text: `${page.file}:${lineNo}: OCR-doubled text collapsed to 「${d.text.text}」`,
        });
      }
      lines.push({
        text: removeAlignmentSpaces(removePinyinGlosses(normaliseDateSpaces(d.text))),
        lineNo,
        indented,
        blankBefore: blank,
        doubled: d.doubled,
        rawEnd: end,
      });
      blank = 0;
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  const indentMarksRegions = lines.length > 0 && indentedCount <= Math.max(1, lines.length * REGION_INDENT_MAX_SHARE);
  return { output: { page, lines, indentMarksRegions }, messages };
}

/**
 * Join OCR lines into paragraphs: a line broken mid-sentence continues on the next (names split as `群` / `升集团`
 * rejoin), a line that ends a sentence ends its paragraph. Paragraphs are separated by `\n` (mapped to the raw line end).
 */
export function joinLines(lines: readonly Line[], options: { breakBefore?: (line: Line, prev: Line) => boolean } = {}): Tracked {
  const parts: Tracked[] = [];
  lines.forEach((line, i) => {
    parts.push(line.text);
    const next = lines[i + 1];
    if (next && (endsSentence(line.text.text) || options.breakBefore?.(next, line))) parts.push(inserted('\n'));
  });
  return normaliseDateSpaces(concat(parts));
}

/** Join headline lines with a space (a headline's lines are often parallel phrases). */
export function joinHeadline(lines: readonly Line[]): Tracked {
  const parts: Tracked[] = [];
  lines.forEach((line, i) => {
    if (i > 0) parts.push(inserted(' '));
    parts.push(line.text);
  });
  return concat(parts);
}

