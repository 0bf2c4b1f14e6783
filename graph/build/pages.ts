// One job of a streaming build: whole pages from disk to facts (read → ingest → extract → facts), timed; runs in workers.
import { statSync } from 'node:fs';
import { ingestFile, type FileReport, type InputFile, type ReadOptions } from '../../ingest/files.ts';
import type { IssueInfo, Message } from '../../ingest/types.ts';
import type { ArticleFacts } from './facts/index.ts';
import { pageFacts } from './index.ts';

export interface PageJob {
  input: InputFile;
  issue?: IssueInfo;
  /** The file's size on disk, as the build measured it when it planned the jobs. */
  bytes: number;
}

/** How files are read: their encoding and form (both `auto` by default). */
export type PagesOptions = ReadOptions;

export interface PageResult {
  report: FileReport;
  messages: Message[];
  /** Facts with their articles' offset maps dropped (the evidence already carries raw offsets): less to copy between threads. */
  facts: ArticleFacts[];
  /** Articles read but left out because extraction or fact finding failed on them (reported in `messages`). */
  failedArticles: number;
  bytes: number;
  /** Milliseconds spent reading and ingesting (decode → normalise → split → dates), then extracting and finding facts. */
  ms: { ingest: number; facts: number };
}

export function runPage(job: PageJob, options: PagesOptions = {}): PageResult {
  const t0 = performance.now();
  const { report, messages, articles } = ingestFile(job.input, job.issue, options);
  const t1 = performance.now();
  const found = pageFacts(articles);
  const facts = found.facts.map((f) => ({ ...f, article: { ...f.article, offsets: [], headlineOffsets: [] } }));
  const ms = { ingest: t1 - t0, facts: performance.now() - t1 };
  return { report, messages: [...messages, ...found.messages], facts, failedArticles: articles.length - facts.length, bytes: job.bytes, ms };
}

export function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
