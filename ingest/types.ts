// Types at the ingest boundaries: pages in, articles out, messages on the side.

/** A problem or oddity met while ingesting, located by file and raw offset. Never an exception. */
export interface Message {
  level: 'info' | 'warning' | 'error';
  /** Stable machine-readable code, e.g. `decode.binary`, `normalise.doubled`. */
  code: string;
  file: string;
  /** UTF-16 offset into the decoded raw text, when the message is about one place. */
  offset?: number;
  text: string;
}

/** The result of every ingest stage: its output plus the messages it produced. */
export interface StageResult<T> {
  output: T;
  messages: Message[];
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** One file as read from disk. */
export interface RawFile {
  /** Path relative to the ingest root (the name used everywhere else). */
  file: string;
  bytes: Uint8Array;
}

/** A decoded page: `raw` is the whole file as text; every offset in kg points into it. */
export interface Page {
  file: string;
  encoding: Encoding;
  /** True when the file started with a byte-order mark (kept as U+FEFF at raw[0]). */
  bom: boolean;
  raw: string;
  /** Issue metadata from the manifest, when it has an entry for this file. */
  issue?: IssueInfo;
}

/** What `seeds/manifest.json` may say about one file. */
export interface IssueInfo {
  /** ISO date `YYYY-MM-DD`. */
  issueDate?: string;
  newspaper?: string;
  page?: number;
  /** The jurisdiction that a bare `市` means in this paper, e.g. 永康市; `中国` for a national source. */
  jurisdiction?: string;
  /**
   * The paper's jurisdiction and those above it, innermost first (`永康市`, `金华市`, `浙江省`): where one official's
   * career runs. Its first entry is the jurisdiction.
   */
  chain?: string[];
}

/**
 * Compact map from normalised text back into the raw text: each run `[textStart, rawStart, length]`
 * says text[textStart + i] came from raw[rawStart + i] for 0 <= i < length. Offsets are UTF-16 units.
 */
export type OffsetRuns = Array<[number, number, number]>;

export type ArticleKind = 'news' | 'photo' | 'classifieds' | 'continuation' | 'fragment';

/** What is known of a date: the most precise first. */
export type DatePrecision =
  | 'day' // 2017-09-30
  | 'month' // 2017-09
  | 'year' // 2017
  | 'month-day' // --09-30: year unknown
  | 'month-only' // --09: year unknown, no day
  | 'day-only'; // ---08: year and month unknown

export interface ArticleDate {
  /** ISO 8601 (partial where unknown): `2017-09-30`, `2017-09`, `2017`, `--09-30`, `--09`, `---08`. */
  value: string;
  precision: DatePrecision;
  /** The date as it stands in the normalised text, time of day included (`3月15日下午`). */
  text: string;
  /** Span in the article's `text`. */
  start: number;
  end: number;
  /** `event`: the date the article's lead gives for its happening; `mention`: any other date. */
  role: 'event' | 'mention';
  /** Where the year came from, when the value has one. */
  yearSource?: 'explicit' | 'manifest' | 'inferred' | 'relative';
  /** 上午 / 下午 / 晚上 …, when printed. */
  timeOfDay?: string;
}

export interface Article {
  /** Stable id: `<file stem>:<n>`, n counting blocks on the page from 1 in reading order. */
  id: string;
  file: string;
  kind: ArticleKind;
  headline: string;
  reporters: string[];
  /** Normalised body: OCR line breaks joined, paragraphs separated by `\n`, bylines and credits removed. */
  text: string;
  dates: ArticleDate[];
  /** Map from `text` back into the raw file. */
  offsets: OffsetRuns;
  /** Map from `headline` back into the raw file (the joining spaces map nowhere). */
  headlineOffsets: OffsetRuns;
  /** Span of the block in the raw file (first and one-past-last raw offset it draws on). */
  rawStart: number;
  rawEnd: number;
  /** Continuations only: the page the story continues from (`（紧接1版）` → `1`). */
  continuedFrom?: string;
  /** Stories of a bulletin: the heading they stood under (`国内联播快讯`). */
  section?: string;
  issue?: IssueInfo;
}

/**
 * An article as the split stage leaves it, before the dates stage. `issue` is set only by forms whose records carry
 * their own (a JSON line's `issueDate`): it overrides the file's manifest entry.
 */
export type Block = Omit<Article, 'dates'>;
