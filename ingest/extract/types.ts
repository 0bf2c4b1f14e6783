// Types of the extract stage: mentions with exact UTF-16 spans into the text they were found in.

export type MentionKind = 'person' | 'title' | 'organization' | 'enterprise' | 'place';

export const MENTION_KINDS: readonly MentionKind[] = ['person', 'title', 'organization', 'enterprise', 'place'];

export interface Mention {
  text: string;
  kind: MentionKind;
  /** Inclusive start, exclusive end, UTF-16 offsets: `text === input.slice(start, end)`. */
  start: number;
  end: number;
  /** Titles: the jurisdiction the post belongs to (永康市 for a bare 市 in a Yongkang paper, 金华市 for 金华市副市长). */
  jurisdiction?: string;
  /** Titles: the organ as printed (委, 人大常委会, 纪委) and the post (书记, 常务副市长). */
  organ?: string;
  post?: string;
  /** Titles: printed after 时任 / 原 / 曾任, held before the article's date. */
  former?: true;
  /** Which rule found it (for explaining and debugging). */
  rule?: string;
}

export interface ExtractOptions {
  /** What a bare 市 (or the paper's own level) means: 永康市 in 永康日报. */
  jurisdiction?: string;
  /** Use the shipped statistical tagger after the rules (default true; false = rules only). */
  model?: boolean;
}

export const DEFAULT_EXTRACT_OPTIONS = { jurisdiction: '永康市', model: true } as const;
