// Cut a page's lines into segments at the marks that start something new: region indents, bylines, leads, continuations, credits.
import type { Line, NormalisedPage } from '../normalise/index.ts';
import { clauseMarks, displayWidth, endsSentence } from '../normalise/punctuation.ts';
import { findPhotoCredit, findTrailingCredit, parseBylineLine, parseLead } from './credits.ts';

export type SegmentStart =
  | 'page'
  | 'region'
  | 'byline'
  | 'lead'
  | 'continuation'
  | 'classifieds'
  | 'date'
  | 'after-credit';

export interface Segment {
  start: SegmentStart;
  lines: Line[];
}

const CONTINUATION = /^[（(]\s*(?:紧接|上接|接上|接)\s*第?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]\s*/;
const CLASSIFIEDS_HEADER = /^(?:分类信息|分类广告|信息超市)$/;
/** A news brief or photo caption opening with its date: `7日，`, `5月27日，`, `3月15日下午，`. */
const DATE_START = /^(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|中午|晚上?|凌晨|早上)?[，,]/;
/** Words after which a line-initial date is the same sentence going on, not a new story. */
const DATE_CONTINUES = /(?:\d|[年月于在至到的和及与、，,])$/;

export function continuationMark(text: string): RegExpExecArray | null {
  return CONTINUATION.exec(text);
}

export function segment(page: NormalisedPage): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let closeCurrent = false;
  page.lines.forEach((line, i) => {
    const s = line.text.text;
    const prev = page.lines[i - 1];
    const inClassifieds = current?.start === 'classifieds';
    let start: SegmentStart | undefined;
    if (parseBylineLine(s)) start = 'byline';
    else if (parseLead(s)) start = 'lead';
    else if (CONTINUATION.test(s)) start = 'continuation';
    else if (CLASSIFIEDS_HEADER.test(s)) start = inClassifieds ? undefined : 'classifieds';
    else if (page.indentMarksRegions && line.indented) start = 'region';
    else if (inClassifieds) start = undefined;
    else if (closeCurrent) start = 'after-credit';
    else if (prev && isDateStart(s, prev)) start = 'date';
    if (i === 0 && (!start || start === 'region')) start = 'page';

    if (start || !current) {
      current = { start: start ?? 'page', lines: [] };
      segments.push(current);
    }
    current.lines.push(line);
    // A byline or a credit closes what it belongs to; the next line starts afresh.
    closeCurrent =
      current.start === 'byline' ||
      (!inClassifieds && !parseLead(s) && (findPhotoCredit(s) !== undefined || findTrailingCredit(s) !== undefined));
  });
  return segments;
}

function isDateStart(s: string, prev: Line): boolean {
  if (!DATE_START.test(s)) return false;
  const p = prev.text.text;
  if (parseLead(p) || DATE_CONTINUES.test(p)) return false;
  return endsSentence(p) || looksLikeHeadline(p);
}

/** A line shaped like a headline: short, not a sentence end, at most one clause mark. */
export function looksLikeHeadline(s: string): boolean {
  return !endsSentence(s) && !s.includes('。') && clauseMarks(s) <= 1 && displayWidth(s) <= 40;
}
