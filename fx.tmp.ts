// scratch: facts of a text (argv or stdin)
import { readFileSync } from 'node:fs';
import { extract } from './ingest/extract/index.ts';
import { textArticle } from './tests/helpers.ts';
import { graphMentions } from './graph/build/index.ts';
import { articleFacts } from './graph/build/facts/index.ts';
import { toFullWidth } from './ingest/text/fullwidth.ts';
const raw = process.argv[2] ?? readFileSync(0, 'utf8');
process.stdout.on('error', () => {});
const text = toFullWidth(raw)?.text ?? raw;
const j = process.env.J;
const f = articleFacts(textArticle(text), graphMentions(extract(text, j ? { jurisdiction: j } : {}).output));
const label = (n: number) => f.events[n]!.label;
for (const r of f.roles) console.log(`${r.rel} ${r.person} ${label(r.event)} (${r.role}${r.rank ? ` #${r.rank}` : ''})`);
for (const m of f.met) console.log(`MET ${m.host}>${m.guest} ${m.role}`);
for (const v of new Set(f.visits.map((v) => `VISITED ${v.person} ${v.target.name}`))) console.log(v);
