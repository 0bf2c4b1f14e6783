// The input forms kg reads: OCR'd pages, clean headline-and-body text, one article per file, JSON Lines and CSV.
import type { Block, Page, StageResult } from '../types.ts';

export type FormId = 'pages' | 'articles' | 'article' | 'jsonl' | 'csv';

/** What `--format` accepts: a form, or `auto` to pick one per file from its content. */
export type FormChoice = FormId | 'auto';

export interface Form {
  id: FormId;
  /** What the form is, for `--help` and messages. */
  description: string;
  /** The file's articles as blocks (headline, text, offsets into the raw text), before dating. */
  read: (page: Page) => StageResult<Block[]>;
}

/** The form picked for a file and why (`certain: false`: nothing told, pages by default). */
export interface Detection {
  form: FormId;
  reason: string;
  certain: boolean;
}
