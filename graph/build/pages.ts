// One job of a streaming build: whole pages from disk to facts (read → ingest → extract → facts), timed; runs in workers.
import { statSync } from 'node:fs';
import { ingestFile, type FileReport, type InputFile } from '../../ingest/files.ts';
import type { Encoding, IssueInfo, Message } from '../../ingest/types.ts';
import type { ArticleFacts } from './facts.ts';
import { pageFacts, type BuildOptions } from './index.ts';

export interface PageJob {
  input: InputFile;
  issue?: IssueInfo;
  /** The file's size on disk, as the build measured it when it planned the jobs. */
  bytes: number;
}

export interface PagesOptions extends BuildOptions {
  encoding?: Encoding | 'auto';
}

export interface PageResult {
  report: FileReport;
  messages: Message[];
  /** Facts with their articles' offset maps dropped (the evidence already carries raw offsets): less to copy between threads. */
  facts: ArticleFacts[];
  bytes: number;
  /** Milliseconds spent reading and ingesting (decode → normalise → split → dates), then extracting and finding facts. */
  ms: { ingest: number; facts: number };
}

export function runPage(job: PageJob, options: PagesOptions = {}): PageResult {
  const t0 = performance.now();
  const { report, messages, articles } = ingestFile(job.input, job.issue, options.encoding ? { encoding: options.encoding } : {});
  const t1 = performance.now();
  const facts = pageFacts(articles, options).map((f) => ({ ...f, article: { ...f.article, offsets: [], headlineOffsets: [] } }));
  return { report, messages, facts, bytes: job.bytes, ms: { ingest: t1 - t0, facts: performance.now() - t1 } };
}

export function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
