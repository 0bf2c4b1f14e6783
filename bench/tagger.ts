// Extraction speed with two tagger models: extract() over the latest days of 新闻联播, the models alternated in one
// process, best of N each (prints seconds, MB/s and the ratio new / old).
// Usage: node --import tsx bench/tagger.ts OLD.bin.gz [NEW.bin.gz = shipped] [--mb 2] [--runs 3]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../ingest/extract/index.ts';
import { loadModel, MODEL_PATH, type Tagger } from '../ingest/extract/model/tagger.ts';
import { DATA_DIR } from '../ingest/extract/eval/datasets.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { mb: { type: 'string', default: '2' }, runs: { type: 'string', default: '3' } },
});
const [oldPath, newPath = MODEL_PATH] = positionals;
if (!oldPath) {
  console.error('bench/tagger: usage: bench/tagger.ts OLD.bin.gz [NEW.bin.gz] [--mb 2] [--runs 3]');
  process.exit(2);
}
const dir = join(DATA_DIR, 'xinwen_lianbo_dev');
let files: string[];
try {
  files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().reverse();
} catch {
  console.log(`bench/tagger: skipped, ${dir} not found`);
  process.exit(0);
}

/** The latest days' paragraphs up to the size asked for. */
const paragraphs: string[] = [];
let bytes = 0;
for (const f of files) {
  if (bytes >= Number(args.mb) * 1e6) break;
  const text = readFileSync(join(dir, f), 'utf8');
  bytes += Buffer.byteLength(text);
  paragraphs.push(...text.split('\n').filter((l) => l.trim()));
}

function load(path: string): Tagger {
  const t = loadModel(path);
  if (!t) throw new Error(`bench/tagger: cannot read the model ${path}`);
  return t;
}
const models: [string, Tagger][] = [['old', load(oldPath)], ['new', load(newPath)]];
const best = new Map<string, number>();
for (let run = 0; run < Number(args.runs); run++) {
  for (const [name, tagger] of models) {
    const t0 = performance.now();
    for (const p of paragraphs) extract(p, { model: tagger });
    const s = (performance.now() - t0) / 1000;
    best.set(name, Math.min(best.get(name) ?? Infinity, s));
  }
}
console.log(`${(bytes / 1e6).toFixed(1)} MB of 新闻联播 (${paragraphs.length} paragraphs), best of ${args.runs}`);
for (const [name] of models) {
  const s = best.get(name)!;
  console.log(`${name.padEnd(4)} ${s.toFixed(2)} s  ${(bytes / 1e6 / s).toFixed(2)} MB/s`);
}
console.log(`new / old: ${(best.get('new')! / best.get('old')!).toFixed(2)}`);
