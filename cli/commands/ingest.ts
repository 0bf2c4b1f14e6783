// `kg ingest`: pages to articles as JSON (the article contract read by external checks).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ingestInputs, parseEncoding, readInputs, type Article, type IngestSummary, type Message } from '../../ingest/index.ts';
import { EXIT, type Command } from '../command.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read OCR pages, write clean dated articles as JSON',
  usage: `
Usage: kg ingest <file|folder>... [--json OUT] [--encoding auto|utf-8|gbk|gb18030|utf-16] [--manifest FILE] [--verbose]

Reads OCR'd newspaper pages (*.txt in folders, or files named), and writes
{"articles": [{id, file, kind, headline, reporters, text, dates, offsets, ...}], "files": [...], "messages": [...]}.

  --json OUT        write the articles to OUT (default: print a summary only)
  --encoding ENC    force an encoding instead of detecting UTF-8 / UTF-16 / GB18030 per file
  --manifest FILE   issue dates and newspaper per file (default: manifest.json in the folder)
  --verbose         print every message, not only warnings and errors

Exit code 0 when every file was read, 1 when some failed (the rest is still written), 2 on a usage error.
`,
  options: {
    json: { type: 'string' },
    encoding: { type: 'string' },
    manifest: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
  run({ values, positionals }) {
    if (positionals.length === 0) {
      console.error('kg ingest: name at least one file or folder (try `kg ingest seeds`)');
      return EXIT.usage;
    }
    const encoding = encodingOption('ingest', values.encoding);
    if (!encoding) return EXIT.usage;
    const { articles, summary } = ingestAll(positionals, encoding, values.manifest as string | undefined);
    printMessages(summary.messages, Boolean(values.verbose));
    if (values.json) writeJson(String(values.json), { articles, files: summary.files, messages: summary.messages });
    printSummary(articles, summary, values.json as string | undefined);
    return summary.failed > 0 || summary.files.length === 0 ? EXIT.partial : EXIT.ok;
  },
};

export function ingestAll(paths: string[], encoding: ReturnType<typeof parseEncoding>, manifest?: string) {
  const inputs = readInputs(paths, manifest);
  const articles: Article[] = [];
  const summary = ingestInputs(inputs, encoding ? { encoding } : {}, (a) => articles.push(...a));
  return { articles, summary };
}

/** `--encoding`: absent is auto-detection; an unknown name is reported (undefined back: a usage error). */
export function encodingOption(command: string, value: unknown): NonNullable<ReturnType<typeof parseEncoding>> | 'auto' | undefined {
  if (value === undefined) return 'auto';
  const encoding = parseEncoding(String(value));
  if (!encoding) console.error(`kg ${command}: unknown encoding ${String(value)} (auto, utf-8, gbk, gb18030, utf-16le, utf-16be)`);
  return encoding ?? undefined;
}

export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(data, null, 1) + '\n');
}

export function printMessages(messages: readonly Message[], verbose: boolean): void {
  for (const m of messages) if (verbose || m.level !== 'info') console.error(`${m.level}: ${m.text}`);
}

export function printSummary(articles: readonly Article[], summary: IngestSummary, out?: string): void {
  const kinds = new Map<string, number>();
  for (const a of articles) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
  const byKind = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
  const ok = summary.files.length - summary.failed;
  console.log(`kg ingest: ${ok} of ${summary.files.length} files read, ${summary.failed} failed; ${articles.length} blocks (${byKind || 'none'})${out ? ` → ${out}` : ''}`);
}
