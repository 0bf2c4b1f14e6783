// `kg ingest`: news files to articles as JSON (the article contract read by external checks).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ingestInputs, type Article, type IngestSummary, type Inputs, type Message, type ReadOptions } from '../../ingest/index.ts';
import { EXIT, type Command } from '../command.ts';
import { INPUT_OPTIONS, INPUT_USAGE, inputsFrom } from '../inputs.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read news files (OCR pages, clean text, JSON Lines, CSV), write clean dated articles as JSON',
  usage: `
Usage: kg ingest <file|folder>... [--json OUT] [--format F] [--encoding ENC] [--manifest FILE] [--verbose]

Reads news files (*.txt, *.jsonl, *.ndjson, *.csv in folders, or files named) and writes
{"articles": [{id, file, kind, headline, reporters, text, dates, offsets, ...}], "files": [...], "messages": [...]}.

  --json OUT     write the articles to OUT (default: print a summary only)
${INPUT_USAGE}
  --verbose      print every message, not only warnings and errors

Exit code 0 when every file was read, 1 when some failed (the rest is still written), 2 on a usage error.
`,
  options: {
    json: { type: 'string' },
    ...INPUT_OPTIONS,
    verbose: { type: 'boolean', default: false },
  },
  run({ values, positionals }) {
    if (positionals.length === 0) {
      console.error('kg ingest: name at least one file or folder (try `kg ingest seeds`)');
      return EXIT.usage;
    }
    const given = inputsFrom('ingest', values, positionals);
    if (!given) return EXIT.usage;
    const { articles, summary } = ingestAll(given.inputs, given.read);
    printMessages(summary.messages, Boolean(values.verbose));
    if (values.json) writeJson(String(values.json), { articles, files: summary.files, messages: summary.messages });
    printSummary(articles, summary, values.json as string | undefined);
    return summary.failed > 0 || summary.files.length === 0 ? EXIT.partial : EXIT.ok;
  },
};

export function ingestAll(inputs: Inputs, read: ReadOptions) {
  const articles: Article[] = [];
  const summary = ingestInputs(inputs, read, (a) => articles.push(...a));
  return { articles, summary };
}

export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(data, null, 1) + '\n');
}

export function printMessages(messages: readonly Message[], verbose: boolean): void {
  for (const m of messages) if (verbose || m.level !== 'info') console.error(`${m.level}: ${m.text}`);
}

export function printSummary(articles: readonly Article[], summary: IngestSummary, out?: string): void {
  const ok = summary.files.length - summary.failed;
  const blocks = tally(articles.map((a) => a.kind)) || 'none';
  console.log(`kg ingest: ${ok} of ${summary.files.length} files read, ${summary.failed} failed; ${describeForms(summary)}; ${articles.length} blocks (${blocks})${out ? ` → ${out}` : ''}`);
}

/** `read as 642 articles, 5 pages`: how many files were read in each form. */
export function describeForms(summary: IngestSummary): string {
  const forms = tally(summary.files.flatMap((f) => (f.form ? [f.form] : [])));
  return forms ? `read as ${forms}` : 'nothing read';
}

function tally(xs: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
