import { CORPORA, corpusPath, partOf, readRows, goldSpans, predictedSpans } from '../ingest/extract/eval/datasets.ts';
import { extract } from '../ingest/extract/index.ts';
import { loadModel } from '../ingest/extract/model/tagger.ts';
const model = loadModel(process.env.MODEL ?? '/tmp/kgx/trainonly.bin.gz')!;
const alone = process.env.ALONE === '1';
import { spansOf, tagSentence } from '../ingest/extract/model/tagger.ts';
const which = process.argv[2] ?? 'PD';
const kindF = process.argv[3] ?? 'person';
const corpus = which === 'PD' ? CORPORA[1]! : CORPORA[0]!;
const rows = partOf(readRows(corpusPath(corpus)), corpus.parts.validation);
let fp = 0, fn = 0, tp = 0;
const fpRules = new Map<string, number>();
for (const row of rows) {
  const out: any[] = alone ? spansOf(row.text, tagSentence(model, row.text)).map((s: any) => ({ ...s, rule: 'tagger' })) : extract(row.text, { model }).output;
  const pred = out.flatMap((m) => predictedSpans([m], corpus).map((s) => ({ ...s, rule: m.rule + (m.kind === 'title' ? '/title' : '') })));
  const gold = goldSpans(row, corpus).filter((g) => g.kind === kindF);
  const p = pred.filter((s) => s.kind === kindF);
  const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
  const gk = new Set(gold.map(key)), pk = new Set(p.map(key));
  for (const s of p) if (gk.has(key(s))) tp++; else { fp++; fpRules.set(s.rule!, (fpRules.get(s.rule!) ?? 0) + 1); console.log('FP', s.rule, row.text.slice(s.start, s.end), '|', row.text.slice(Math.max(0, s.start - 8), s.end + 8)); }
  for (const s of gold) if (!pk.has(key(s))) { fn++; const o = out.find((m) => m.start < s.end && m.end > s.start); console.log('FN', row.text.slice(s.start, s.end), '|', o ? `${o.kind}:${o.text}:${o.rule}` : '-', '|', row.text.slice(Math.max(0, s.start - 8), s.end + 8)); }
}
console.log({ tp, fp, fn, p: tp / (tp + fp), r: tp / (tp + fn) }, fpRules);
