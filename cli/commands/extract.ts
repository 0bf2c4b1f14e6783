// `kg extract`: mentions of people, titles, organisations, enterprises and places; `--jsonl` is the contract external evaluations use.
import { createInterface } from 'node:readline';
import { extract, type Mention } from '../../ingest/extract/index.ts';
import { extractChunks } from '../../ingest/extract/pool.ts';
import { EXIT, type Command } from '../command.ts';
import { ingestAll, printMessages, writeJson } from './ingest.ts';
import { INPUT_OPTIONS, INPUT_USAGE, inputsFrom } from '../inputs.ts';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'find people, titles, organisations, enterprises and places',
  usage: `
Usage: kg extract --jsonl [--jurisdiction 永康市]     (JSON lines on stdin → JSON lines on stdout)
       kg extract <file|folder>... [--json OUT] [--format F] [--manifest FILE] [--jurisdiction J]

--jsonl reads one {"id": "...", "text": "..."} per line and writes one line per input:
{"id": "...", "mentions": [{"text", "kind", "start", "end"}]}, kind one of person, title, organization,
enterprise, place; start inclusive, end exclusive, JavaScript string (UTF-16) offsets into the given text, so
text === input.slice(start, end). Titles also carry "jurisdiction" (what a bare 市 means comes from --jurisdiction).
Persons may carry "surnameOnly" (胡 in 胡老) or "doctrine" (邓小平 in 邓小平理论): printed as names, left out of
the graph.
A line that is not such JSON gets {"id": null, "error": "..."} and the rest goes on.

With files or folders: ingest them, then extract from every article's headline and text (a bare 市 is the
article's jurisdiction: its manifest's, or --jurisdiction's; without one it stays as printed).

  --json OUT         write {"articles": [{id, mentions}]} (files mode)
${INPUT_USAGE}
`,
  options: {
    jsonl: { type: 'boolean', default: false },
    json: { type: 'string' },
    ...INPUT_OPTIONS,
  },
  async run({ values, positionals }) {
    const options = values.jurisdiction ? { jurisdiction: String(values.jurisdiction) } : {};
    if (values.jsonl) return extractJsonl(options);
    if (positionals.length === 0) {
      console.error('kg extract: give --jsonl (stdin) or files/folders to read');
      return EXIT.usage;
    }
    const given = inputsFrom('extract', values, positionals);
    if (!given) return EXIT.usage;
    const { articles, summary } = ingestAll(given.inputs, given.read);
    printMessages(summary.messages, false);
    const rows = articles.map((a) => {
      const own = a.issue?.jurisdiction ? { jurisdiction: a.issue.jurisdiction } : {};
      return { id: a.id, mentions: extract(a.text, own).output, headlineMentions: extract(a.headline, own).output };
    });
    const counts = new Map<string, number>();
    for (const r of rows) for (const m of r.mentions) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
    if (values.json) writeJson(String(values.json), { articles: rows });
    console.log(`kg extract: ${rows.length} articles; mentions: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`);
    return summary.failed > 0 ? EXIT.partial : EXIT.ok;
  },
};

const CHUNK = 1000;

type Row = { id: unknown; text?: string; error?: string };

async function extractJsonl(options: { jurisdiction?: string }): Promise<number> {
  // Read everything first when stdin is a file or pipe of modest size, so the pool is used only when it pays.
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const rows: Row[] = [];
  for await (const line of rl) {
    if (line.trim() === '') continue;
    rows.push(parseLine(line));
  }
  async function* chunks(): AsyncIterable<string[]> {
    for (let k = 0; k < rows.length; k += CHUNK) yield rows.slice(k, k + CHUNK).map((r) => r.text ?? '');
  }
  let k = 0;
  await extractChunks(chunks(), options, (results) => {
    let out = '';
    for (const mentions of results) {
      const row = rows[k++]!;
      if (row.error !== undefined) out += JSON.stringify({ id: row.id, error: row.error }) + '\n';
      else out += JSON.stringify({ id: row.id, mentions: mentions.map(contractMention) }) + '\n';
    }
    process.stdout.write(out);
  }, rows.length);
  return EXIT.ok;
}

function parseLine(line: string): Row {
  let input: { id?: unknown; text?: unknown };
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `not JSON: ${(e as Error).message}` };
  }
  if (typeof input?.text !== 'string') return { id: input?.id ?? null, error: 'no "text" string' };
  return { id: input.id, text: input.text };
}

function contractMention({ text, kind, start, end, jurisdiction, surnameOnly, doctrine }: Mention) {
  return {
    text, kind, start, end,
    ...(jurisdiction ? { jurisdiction } : {}),
    ...(surnameOnly ? { surnameOnly } : {}),
    ...(doctrine ? { doctrine } : {}),
  };
}
