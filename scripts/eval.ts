// `npm run eval`: extraction scored on the seeds' hand gold and on the held-out parts of CLUENER and People's Daily;
// role edges scored on 10 hand-annotated 新闻联播 items.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestInputs, readInputs, type Article } from '../ingest/index.ts';
import { extract } from '../ingest/extract/index.ts';
import {
  emptyScores, score, spansOfStrings, table, type GoldStrings, type Scores,
} from '../ingest/extract/eval/score.ts';
import {
  CORPORA, corpusPath, corpusPresent, ownConvention, partOf, readRows, type Corpus,
} from '../ingest/extract/eval/datasets.ts';
import {
  corpusTable, extractor, f1Row, measure, prRow, summaryHeader, taggerAlone,
} from '../ingest/extract/eval/measure.ts';
import { loadModel } from '../ingest/extract/model/tagger.ts';
import { rolesTable, scoreRoles, type GoldItem } from '../graph/build/eval/roles.ts';
import { existsSync } from 'node:fs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The seeds are pages of 永康日报: a bare 市 there is 永康市. */
const SEEDS_JURISDICTION = '永康市';

export function seedScores(): { articles: number; scores: Scores } {
  const goldFile = join(ROOT, 'tests/fixtures/gold/seeds.json');
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, GoldStrings>;
  const articles: Article[] = [];
  ingestInputs(readInputs([join(ROOT, 'seeds')]), {}, (a) => articles.push(...a.filter((x) => x.kind !== 'classifieds')));
  const scores = emptyScores();
  for (const a of articles) {
    const found = ownConvention(extract(a.text, { jurisdiction: SEEDS_JURISDICTION }).output);
    score(scores, found, spansOfStrings(a.text, gold[a.id] ?? {}));
  }
  return { articles: articles.length, scores };
}

export interface HeldOut {
  corpus: Corpus;
  sentences: number;
  both: Scores;
  rules: Scores;
  alone: Scores | undefined;
}

/** The shipped extractor on a corpus's held-out part: rules + tagger, rules only, the tagger alone. */
export function heldOut(corpus: Corpus): HeldOut {
  const rows = partOf(readRows(corpusPath(corpus)), corpus.parts.heldOut);
  const tagger = loadModel();
  return {
    corpus,
    sentences: rows.length,
    both: measure(corpus, rows, extractor(true)),
    rules: measure(corpus, rows, extractor(false)),
    alone: tagger ? measure(corpus, rows, taggerAlone(tagger)) : undefined,
  };
}

/** Rows of the README's table for one corpus. */
export function summaryRows(h: HeldOut): string[] {
  const [from, to] = h.corpus.parts.heldOut;
  const what = `${h.corpus.name} held-out ${Math.round((to - from) * 100)} % (${h.sentences} sentences), F1`;
  const rows = [f1Row(`${what}, rules + tagger`, h.corpus, h.both), f1Row('same, rules only', h.corpus, h.rules)];
  if (h.alone) rows.push(f1Row('same, tagger alone', h.corpus, h.alone));
  return rows;
}

function main(): void {
  const seeds = seedScores();
  const title = `Seeds: ${seeds.articles} articles, hand-annotated gold (tests/fixtures/gold/seeds.json)`;
  console.log(table(title, seeds.scores) + '\n');
  const summary = [summaryHeader(), prRow(`seeds, hand-annotated (${seeds.articles} articles), P / R`, seeds.scores)];
  for (const corpus of CORPORA) {
    if (!corpusPresent(corpus)) {
      console.log(`${corpus.name}: ${corpusPath(corpus)} not found, skipped (set KG_DATA=folder to score it)\n`);
      continue;
    }
    const h = heldOut(corpus);
    const what = `${corpus.name} (${corpus.cite}), held-out part (${h.sentences} sentences, strict span match)`;
    console.log(corpusTable(corpus, `${what}, rules + tagger`, h.both) + '\n');
    console.log(corpusTable(corpus, `${what}, rules only`, h.rules) + '\n');
    if (h.alone) console.log(corpusTable(corpus, `${what}, tagger alone`, h.alone) + '\n');
    summary.push(...summaryRows(h));
  }
  console.log('Summary (the README\'s table)\n\n' + summary.join('\n'));
  console.log('\n' + roleEdges());
}

/** Role edges (CHAIRED, LED, ATTENDED, ADDRESSED, MET) of the hand-annotated 新闻联播 items, with their dates. */
function roleEdges(): string {
  const corpus = join(process.env.KG_DATA ?? join(ROOT, '..', 'shared', 'data'), 'xinwen_lianbo_dev');
  if (!existsSync(join(corpus, 'manifest.json'))) return `Role edges: ${corpus} not found, skipped`;
  const sets: [string, string][] = [
    ['xinwen-items.json', 'development items: the rules were shaped on them'],
    ['xinwen-items-fresh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-tenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eleventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-twelfth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-thirteenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fourteenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fifteenth.json', 'annotated before kg was run on them; no rule changed after'],
    ['xinwen-items-sixteenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventeenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eighteenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-nineteenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-twentieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-twenty-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-twenty-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-twenty-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-twenty-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-twenty-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-twenty-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-twenty-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-twenty-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-twenty-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-thirtieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-thirty-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-thirty-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-thirty-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-thirty-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-thirty-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-thirty-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-thirty-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-thirty-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-thirty-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fortieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-forty-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-forty-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-forty-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-forty-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-forty-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-forty-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-forty-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-forty-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-forty-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fiftieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fifty-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fifty-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fifty-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fifty-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fifty-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fifty-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fifty-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fifty-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-fifty-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-sixtieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-sixty-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-sixty-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-sixty-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-sixty-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-sixty-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-sixty-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-sixty-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-sixty-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-sixty-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventy-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventy-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventy-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventy-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventy-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventy-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventy-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventy-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-seventy-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eightieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eighty-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eighty-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eighty-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eighty-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eighty-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eighty-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eighty-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eighty-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-eighty-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-ninetieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-ninety-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-ninety-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-ninety-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-ninety-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-ninety-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-ninety-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-ninety-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-ninety-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-ninety-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundredth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-third.json', 'annotated before kg was run on them; kg unchanged after'],
    ['xinwen-items-hundred-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-seventh.json', 'annotated before kg was run on them; kg unchanged after'],
    ['xinwen-items-hundred-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-tenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-eleventh.json', 'annotated before kg was run on them; kg unchanged after'],
    ['xinwen-items-hundred-twelfth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-thirteenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fourteenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fifteenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-sixteenth.json', 'annotated before kg was run on them; kg unchanged after'],
    ['xinwen-items-hundred-seventeenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-eighteenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-nineteenth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-twentieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-twenty-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-twenty-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-twenty-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-twenty-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-twenty-fifth.json', 'annotated before kg was run on them; kg unchanged after'],
    ['xinwen-items-hundred-twenty-sixth.json', 'annotated before kg was run on them; kg unchanged after'],
    ['xinwen-items-hundred-twenty-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-twenty-eighth.json', 'annotated before kg was run on them; kg unchanged after'],
    ['xinwen-items-hundred-twenty-ninth.json', 'annotated before kg was run on them; kg unchanged after'],
    ['xinwen-items-hundred-thirtieth.json', 'annotated before kg was run on them; kg unchanged after'],
    ['xinwen-items-hundred-thirty-first.json', 'annotated before kg was run on them; kg unchanged after'],
    ['xinwen-items-hundred-thirty-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-thirty-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-thirty-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-thirty-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-thirty-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-thirty-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-thirty-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-thirty-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fortieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-forty-first.json', 'annotated before kg was run on them; no change after'],
    ['xinwen-items-hundred-forty-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-forty-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-forty-fourth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-forty-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-forty-sixth.json', 'annotated before kg was run on them'],
    ['xinwen-items-hundred-forty-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-forty-eighth.json', 'annotated before kg was run on them'],
    ['xinwen-items-hundred-forty-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fiftieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fifty-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fifty-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fifty-third.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fifty-fourth.json', 'annotated before kg was run on them'],
    ['xinwen-items-hundred-fifty-fifth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fifty-sixth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fifty-seventh.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fifty-eighth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-fifty-ninth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-sixtieth.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-sixty-first.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-sixty-second.json', 'annotated before kg was run on them; the rules changed after'],
    ['xinwen-items-hundred-sixty-third.json', 'the 11 short items left and 9 long ones; the rules changed after'],
    ['xinwen-items-hundred-sixty-fourth.json', 'ten long items; the rules changed after'],
    ['xinwen-items-hundred-sixty-fifth.json', 'ten long items; the rules changed after'],
    ['xinwen-items-hundred-sixty-sixth.json', 'ten long items; the rules changed after'],
    ['xinwen-items-hundred-sixty-seventh.json', 'six long items; the rules changed after'],
    ['xinwen-items-hundred-sixty-eighth.json', 'three long items; the rules changed after'],
  ];
  return sets
    .map(([file, what]) => {
      const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold', file), 'utf8')) as { items: GoldItem[] };
      const where = `tests/fixtures/gold/${file}; ${what}`;
      const title = `Role edges of ${gold.items.length} hand-annotated 新闻联播 items (${where})`;
      return rolesTable(scoreRoles(gold.items, corpus), title);
    })
    .join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
