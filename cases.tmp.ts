// scratch: facts for candidate cases, printed as spec rows
import { readFileSync } from 'node:fs';
import { extract } from './ingest/extract/index.ts';
import { textArticle } from './tests/helpers.ts';
import { graphMentions } from './graph/build/index.ts';
import { articleFacts } from './graph/build/facts/index.ts';
const cases: [string, string][] = JSON.parse(readFileSync('/tmp/cases.json', 'utf8'));
for (const [what, text] of cases) {
  const f = articleFacts(textArticle(text), graphMentions(extract(text).output));
  const label = (n: number) => f.events[n]!.label;
  const out = [
    ...f.roles.map((r) => `${r.rel} ${r.person} ${label(r.event)} (${r.role}${r.rank ? ` #${r.rank}` : ''})`),
    ...f.met.map((m) => `MET ${m.host}>${m.guest} ${m.role}`),
    ...[...new Set(f.visits.map((v) => `VISITED ${v.person} ${v.target.name}`))],
  ].sort();
  console.log(JSON.stringify([what, text, undefined, out]));
}
