// One page from bytes to dated articles: decode → normalise → split → dates, pure.
import type { Article, Encoding, IssueInfo, RawFile, StageResult } from './types.ts';
import { decode } from './decode/index.ts';
import { normalise } from './normalise/index.ts';
import { split } from './split/index.ts';
import { dates } from './dates/index.ts';

export interface PageOptions {
  encoding?: Encoding | 'auto';
  issue?: IssueInfo;
}

/** One page from bytes to dated articles. Never throws on bad text: problems come back as messages. */
export function ingestPage(input: RawFile, options: PageOptions = {}): StageResult<Article[]> & { encoding?: Encoding } {
  const decoded = decode(input, options.encoding ? { encoding: options.encoding } : {});
  if (!decoded.output) return { output: [], messages: decoded.messages };
  const page = options.issue ? { ...decoded.output, issue: options.issue } : decoded.output;
  const normalised = normalise(page);
  const blocks = split(normalised.output);
  const dated = dates(blocks.output, input.file, options.issue);
  return {
    output: dated.output,
    messages: [...decoded.messages, ...normalised.messages, ...blocks.messages, ...dated.messages],
    encoding: page.encoding,
  };
}
