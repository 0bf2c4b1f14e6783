// One file from bytes to dated articles: decode → its form's reader (OCR pages: normalise → split) → dates, pure.
import type { Article, Encoding, IssueInfo, Message, RawFile, StageResult } from './types.ts';
import { decode } from './decode/index.ts';
import { readForm, type FormChoice, type FormId } from './forms/index.ts';
import { dates } from './dates/index.ts';

export interface PageOptions {
  encoding?: Encoding | 'auto';
  issue?: IssueInfo;
  /** The file's form, or `auto` (default) to tell it from the content. */
  form?: FormChoice;
}

/** One file from bytes to dated articles. Never throws on bad text: problems come back as messages. */
export function ingestPage(
  input: RawFile,
  options: PageOptions = {},
): StageResult<Article[]> & { encoding?: Encoding; form?: FormId } {
  const decoded = decode(input, options.encoding ? { encoding: options.encoding } : {});
  if (!decoded.output) return { output: [], messages: decoded.messages };
  const page = options.issue ? { ...decoded.output, issue: options.issue } : decoded.output;
  const messages: Message[] = [...decoded.messages];
  try {
    const blocks = readForm(page, options.form);
    const dated = dates(blocks.output, input.file, options.issue);
    messages.push(...blocks.messages, ...dated.messages);
    return { output: dated.output, messages, encoding: page.encoding, form: blocks.form };
  } catch (e) {
    // A defect of kg's own met on this text: the file is reported, the other files go on.
    const text = `${input.file}: reading failed (${(e as Error).message}); the file is skipped, please report it`;
    messages.push({ level: 'error', code: 'ingest.failed', file: input.file, offset: 0, text });
    return { output: [], messages, encoding: page.encoding };
  }
}
