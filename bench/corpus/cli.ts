// `npm run corpus -- --mb 10 --out DIR [--seed N]`: write a synthetic corpus (pages, manifest.json, .truth.jsonl).
import { parseArgs } from 'node:util';
import { generateCorpus } from './index.ts';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '10' }, out: { type: 'string', default: 'out/corpus' }, seed: { type: 'string', default: '1' } } });
const t = performance.now();
const stats = generateCorpus({ out: values.out!, megabytes: Number(values.mb), seed: Number(values.seed) });
console.log(`corpus: ${stats.pages} pages, ${stats.articles} articles, ${(stats.bytes / 1e6).toFixed(1)} MB, issues ${stats.firstIssue} → ${stats.lastIssue}, in ${((performance.now() - t) / 1000).toFixed(1)} s → ${values.out}`);
