// Synthetic corpus generator: any number of megabytes of OCR-damaged pages of a county daily, an issue-date manifest,
// and the truth of what was planted (.truth.jsonl: hidden, so kg does not read it as input), from a seed: the same corpus on every machine.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mulberry32 } from '../../viewer/src/core/metrics/random.ts';
import { draft, photo, type Context } from './articles.ts';
import { classifieds, continuation, render } from './layout.ts';
import { TOWNS } from './pools.ts';
import type { PageTruth } from './truth.ts';
import { makeWorld } from './world.ts';

export interface CorpusOptions {
  out: string;
  megabytes: number;
  seed?: number;
  /** Folder of real OCR pages whose sentences fill the articles (default: the project's seeds/). */
  seeds?: string;
  firstYear?: number;
}

export interface CorpusStats {
  bytes: number;
  pages: number;
  articles: number;
  firstIssue: string;
  lastIssue: string;
}

const SEEDS = new URL('../../seeds/', import.meta.url);
/** Sentences naming people, titles or bylines are no filler: the truth would not know them. */
const NOT_FILLER = /书记|市长|主任|局长|部长|主席|委员|领导|记者|同志|董事长|经理|代表|摄|指出|强调|要求|表示|认为|介绍|说|参加|出席|主持|陪同|调研|一行|来到|随后|看望|会见|慰问|个人|记功|院长|每到一处|交谈|公司|集团|报讯|紧接|电话|[0-9]{5,}|□/;

/** Clauses of the real pages' sentences (lines joined, OCR breaks removed) that name nobody. */
export function fillerClauses(dir: string | URL): string[] {
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(new URL(f, dir instanceof URL ? dir : `file://${dir}/`), 'utf8').replace(/\s+/g, '');
    for (const m of text.matchAll(/[^。！？]{12,90}[。！？]/g)) {
      if (NOT_FILLER.test(m[0]) || /^[，、；：”）]/.test(m[0])) continue;
      for (const clause of m[0].slice(0, -1).split(/[，；]/)) if (clause.length >= 4 && !/[“”《》（）]/.test(clause)) out.add(clause);
    }
  }
  return [...out];
}

/** Filler sentences: two to four real clauses recombined (the seeds' vocabulary, far more sentences than they hold). */
function fillerSentence(rnd: () => number, clauses: readonly string[]): string {
  const k = 2 + Math.floor(rnd() * 3);
  return Array.from({ length: k }, () => clauses[Math.floor(rnd() * clauses.length)]!).join('，') + '。';
}

export function generateCorpus(options: CorpusOptions): CorpusStats {
  const rnd = mulberry32(options.seed ?? 1);
  const target = options.megabytes * 1e6;
  const firstYear = options.firstYear ?? 2015;
  const years = Math.ceil(options.megabytes / 14) + 1;
  const world = makeWorld(rnd, firstYear, years, 300 + 150 * years);
  const clauses = fillerClauses(options.seeds ?? SEEDS);
  if (clauses.length < 50) throw new Error(`corpus: too few filler clauses in ${options.seeds ?? SEEDS}`);
  const filler = { next: () => fillerSentence(rnd, clauses) };
  mkdirSync(options.out, { recursive: true });
  const truth = openSync(join(options.out, '.truth.jsonl'), 'w');
  const manifest: Record<string, { issueDate: string; page: number }> = {};
  const meetings = { executive: 1 };
  const stats: CorpusStats = { bytes: 0, pages: 0, articles: 0, firstIssue: '', lastIssue: '' };
  const day = 86_400_000;
  try {
    for (let t = Date.UTC(firstYear, 0, 2); stats.bytes < target; t += day) {
      const issue = new Date(t);
      if (issue.getUTCDay() === 0) continue; // no Sunday issue
      const issueDate = issue.toISOString().slice(0, 10);
      stats.firstIssue ||= issueDate;
      stats.lastIssue = issueDate;
      for (let page = 1; page <= 4 && stats.bytes < target; page++) {
        const file = `${issueDate.slice(0, 4)}/${issueDate}_p${page}.txt`;
        const lines: string[] = [];
        const pageTruth: PageTruth = { file, issueDate, articles: [] };
        const size = 2200 + Math.floor(rnd() * 1100);
        const ctx = (): Context => ({ rnd, world, event: new Date(t - (rnd() < 0.8 ? 1 : 2) * day), issue, filler, meetings });
        if (page === 2 && rnd() < 0.2) lines.push(...continuation(rnd, Array.from({ length: 4 }, filler.next).join('')), '');
        if (rnd() < 0.5) {
          const p = photo(ctx());
          lines.push(...render(rnd, p));
          pageTruth.articles.push(p.truth);
        }
        while (lines.join('').length < size) {
          const d = draft(ctx());
          lines.push(...render(rnd, d));
          pageTruth.articles.push(d.truth);
        }
        if (page === 4 && rnd() < 0.3) lines.push(...classifieds(rnd, world.enterprises, TOWNS));
        const text = lines.join('\n') + '\n';
        const path = join(options.out, file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
        writeSync(truth, JSON.stringify(pageTruth) + '\n');
        manifest[file] = { issueDate, page };
        stats.bytes += Buffer.byteLength(text);
        stats.pages++;
        stats.articles += pageTruth.articles.length;
      }
    }
  } finally {
    closeSync(truth);
  }
  writeFileSync(
    join(options.out, 'manifest.json'),
    JSON.stringify({ description: `synthetic corpus, seed ${options.seed ?? 1}, ${options.megabytes} MB`, newspaper: '永康日报', jurisdiction: '永康市', chain: ['永康市', '金华市', '浙江省'], files: manifest }, null, 1) + '\n',
  );
  return stats;
}

/** The planted truth, page by page. */
export function* readTruth(dir: string): Generator<PageTruth> {
  for (const line of readFileSync(join(dir, '.truth.jsonl'), 'utf8').split('\n')) if (line) yield JSON.parse(line) as PageTruth;
}
