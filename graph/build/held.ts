// Facts held back until a streaming build has seen every article: kept on disk, so that holding them costs no memory.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleFacts } from './facts/types.ts';

/**
 * Articles' facts as JSON lines in a temporary file, read back in input order, in batches of whole pages of about
 * `size` articles; `close` removes the file.
 */
export class HeldFacts {
  private dir: string | undefined;
  private fd: number | undefined;

  add(f: ArticleFacts): void {
    if (this.fd === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'kg-held-'));
      this.fd = openSync(join(this.dir, 'facts.jsonl'), 'w');
    }
    writeSync(this.fd, `${JSON.stringify(f)}\n`);
  }

  async *batches(size: number): AsyncGenerator<ArticleFacts[]> {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    const input = createReadStream(join(this.dir!, 'facts.jsonl'), 'utf8');
    const lines = createInterface({ input, crlfDelay: Infinity });
    let batch: ArticleFacts[] = [];
    for await (const line of lines) {
      const f = JSON.parse(line) as ArticleFacts;
      if (batch.length >= size && f.article.file !== batch.at(-1)!.article.file) {
        yield batch;
        batch = [];
      }
      batch.push(f);
    }
    if (batch.length > 0) yield batch;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
