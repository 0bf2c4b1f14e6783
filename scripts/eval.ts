// `npm run eval`: scores the extractor against the hand-annotated seed gold and, when present, ../shared/data/cluener_train.jsonl.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestInputs, readInputs, type Article } from '../ingest/index.ts';
import { extract } from '../ingest/extract/index.ts';
import { emptyScores, score, spansOfStrings, table, type Span } from '../ingest/extract/eval/score.ts';
import type { MentionKind } from '../ingest/extract/types.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLUENER = process.env.CLUENER ?? join(ROOT, '..', 'shared', 'data', 'cluener_train.jsonl');

/** CLUENER labels as kg's kinds (game, movie, book and scene have none). */
const CLUENER_KINDS: Record<string, MentionKind> = {
  name: 'person',
  position: 'title',
  company: 'enterprise',
  government: 'organization',
  organization: 'organization',
  address: 'place',
};

export function evalSeeds(): string {
  const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/seeds.json'), 'utf8')) as Record<string, Partial<Record<MentionKind, string[]>>>;
  const articles: Article[] = [];
  ingestInputs(readInputs([join(ROOT, 'seeds')]), {}, (a) => articles.push(...a));
  const scores = emptyScores();
  for (const a of articles) {
    if (a.kind === 'classifieds') continue;
    score(scores, extract(a.text).output, spansOfStrings(a.text, gold[a.id] ?? {}));
  }
  return table(`Seeds: ${articles.filter((a) => a.kind !== 'classifieds').length} articles, hand-annotated gold (tests/fixtures/gold/seeds.json)`, scores);
}

export function evalCluener(path: string): string {
  const scores = emptyScores();
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const row = JSON.parse(line) as { text: string; label: Record<string, Record<string, [number, number][]>> };
    const cps = Array.from(row.text);
    const utf16 = (cp: number) => cps.slice(0, cp).join('').length;
    const gold: Span[] = [];
    for (const [label, ents] of Object.entries(row.label ?? {})) {
      const kind = CLUENER_KINDS[label];
      if (!kind) continue;
      for (const spans of Object.values(ents)) for (const [s, e] of spans) gold.push({ kind, start: utf16(s), end: utf16(e + 1) });
    }
    score(scores, extract(row.text).output, gold);
  }
  return table(`CLUENER2020 train split (${lines.length} sentences, strict span match; Xu et al. 2020, arXiv:2001.04351)`, scores);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(evalSeeds() + '\n');
  if (existsSync(CLUENER)) console.log(evalCluener(CLUENER));
  else console.log(`CLUENER: ${CLUENER} not found, skipped (set CLUENER=path to score it)`);
}
