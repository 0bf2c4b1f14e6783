// `npm run eval`: scores the extractor against the hand-annotated seed gold and, when present, ../shared/data/cluener_train.jsonl.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestInputs, readInputs, type Article } from '../ingest/index.ts';
import { extract } from '../ingest/extract/index.ts';
import {
  emptyScores, score, spansOfStrings, table, type GoldStrings, type Span,
} from '../ingest/extract/eval/score.ts';
import type { MentionKind } from '../ingest/extract/types.ts';
import { loadModel, spansOf, tagSentence } from '../ingest/extract/model/tagger.ts';

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
  const goldFile = join(ROOT, 'tests/fixtures/gold/seeds.json');
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, GoldStrings>;
  const articles: Article[] = [];
  ingestInputs(readInputs([join(ROOT, 'seeds')]), {}, (a) => articles.push(...a));
  const scores = emptyScores();
  for (const a of articles) {
    if (a.kind === 'classifieds') continue;
    const found = extract(a.text, { jurisdiction: SEEDS_JURISDICTION }).output;
    score(scores, found, spansOfStrings(a.text, gold[a.id] ?? {}));
  }
  return table(`Seeds: ${articles.filter((a) => a.kind !== 'classifieds').length} articles, hand-annotated gold (tests/fixtures/gold/seeds.json)`, scores);
}

/** The seeds are pages of 永康日报: a bare 市 there is 永康市. */
const SEEDS_JURISDICTION = '永康市';

type ClueRow = { text: string; label: Record<string, Record<string, [number, number][]>> };

/** CLUENER's code-point spans (end inclusive) as kg spans (UTF-16, end exclusive). */
function goldSpans(row: ClueRow): Span[] {
  const cps = Array.from(row.text);
  const utf16 = (cp: number) => cps.slice(0, cp).join('').length;
  const gold: Span[] = [];
  for (const [label, ents] of Object.entries(row.label ?? {})) {
    const kind = CLUENER_KINDS[label];
    if (!kind) continue;
    for (const spans of Object.values(ents)) for (const [s, e] of spans) gold.push({ kind, start: utf16(s), end: utf16(e + 1) });
  }
  return gold;
}

/** The tagger is trained on the first 90 % of the file (scripts/train-ner.ts): only the last 10 % is fair to score. */
export const HELD_OUT = 0.1;

export function evalCluener(path: string, options: { model?: boolean } = {}): string {
  const scores = emptyScores();
  const all = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const lines = all.slice(Math.floor(all.length * (1 - HELD_OUT)));
  for (const line of lines) {
    const row = JSON.parse(line) as ClueRow;
    score(scores, extract(row.text, options).output, goldSpans(row));
  }
  const what = options.model === false ? 'rules only' : 'rules + tagger';
  return table(`CLUENER2020, held-out last 10 % of the train split (${lines.length} sentences, strict span match, ${what}; Xu et al. 2020, arXiv:2001.04351)`, scores);
}

/** The tagger alone, for comparison. */
function tagger(path: string): string {
  const model = loadModel();
  if (!model) return 'tagger: no model file';
  const scores = emptyScores();
  const all = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  for (const line of all.slice(Math.floor(all.length * (1 - HELD_OUT)))) {
    const row = JSON.parse(line) as ClueRow;
    score(scores, spansOf(row.text, tagSentence(model, row.text)), goldSpans(row));
  }
  return table('CLUENER2020 held-out, tagger alone', scores);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(evalSeeds() + '\n');
  if (existsSync(CLUENER)) console.log(evalCluener(CLUENER) + '\n\n' + evalCluener(CLUENER, { model: false }) + '\n\n' + tagger(CLUENER));
  else console.log(`CLUENER: ${CLUENER} not found, skipped (set CLUENER=path to score it)`);
}
