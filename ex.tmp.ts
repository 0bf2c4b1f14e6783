// scratch: mentions of a text
import { readFileSync } from 'node:fs';
import { extract } from './ingest/extract/index.ts';
const text = process.argv[2] ?? readFileSync(0, 'utf8');
const j = process.env.J;
for (const m of extract(text, j ? { jurisdiction: j } : {}).output) {
  const x = m as unknown as Record<string, unknown>;
  console.log(m.kind, m.text, m.start, [x.post, x.organ, x.jurisdiction, x.former, x.rule].filter(Boolean).join(' '));
}
