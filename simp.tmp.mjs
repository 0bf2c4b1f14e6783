// scratch: a gold file's names read in simplified characters where its article is printed in traditional ones
import { readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const [goldPath, jsonlPath, outPath] = process.argv.slice(2);
const g = JSON.parse(readFileSync(goldPath, 'utf8'));
const trad = new Set();
for (const line of readFileSync(jsonlPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line); const t = a.text; const c = conv(t);
  let n = 0; for (let k = 0; k < t.length; k++) if (t[k] !== c[k]) n++;
  if (n >= 20 && n >= 0.03 * t.length) trad.add(a.id);
}
// A traditional article's names in simplified characters; any other's in both (kg reads a file as a whole).
for (const it of g.items) {
  for (const e of it.edges) {
    for (const k of ['person', 'other']) {
      if (!e[k]) continue;
      const c = conv(e[k]);
      e[k] = trad.has(it.id) ? c : c === e[k] ? e[k] : `${e[k]}|${c}`;
    }
  }
}
writeFileSync(outPath, JSON.stringify(g));
