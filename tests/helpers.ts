// Shared test helpers: the seed pages, ingesting them, running the kg command, and checking that offsets map back into the raw text.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import {
  ingestInputs,
  ingestPage,
  issueFor,
  parseManifest,
  readInputs,
  type Article,
  type IssueInfo,
} from '../ingest/index.ts';
import { pageFacts } from '../graph/build/index.ts';
import { fullWidthOf } from '../ingest/text/fullwidth.ts';
import { Namesakes } from '../graph/build/namesakes.ts';
import { neo4jOptionsFromEnv } from '../graph/stores/neo4j/index.ts';
import type { Neo4jOptions } from '../graph/stores/types.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEEDS = join(ROOT, 'seeds');
export const SEED_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

/** The kg command line (embedded store: NEO4J_URI cleared; `env` added), run in `cwd`: `kgIn(dir)('build', SEEDS, '--db', db)`. */
export const CLI = join(ROOT, 'cli/bin.mjs');
/**
 * A child that has written nothing by then hung as it started: seen once in CI, asleep in Node 20's module-hook
 * start-up with none of kg's code loaded. It is run once more, so that such a hang costs minutes rather than the run;
 * one that wrote something and ran this long fails, its time-out its error.
 */
const HUNG_MS = 600_000;
export function kgIn(cwd: string, env: Record<string, string> = {}) {
  const options = {
    cwd, encoding: 'utf8' as const, env: { ...process.env, NEO4J_URI: '', ...env }, maxBuffer: 1 << 28,
    timeout: HUNG_MS, killSignal: 'SIGKILL' as const,
  };
  return (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], options);
    if ((r.error as NodeJS.ErrnoException | undefined)?.code !== 'ETIMEDOUT' || r.stdout || r.stderr) return r;
    console.warn(`kg ${args.join(' ')}: wrote nothing in ${HUNG_MS / 1000} s, hung as it started; killed, run again`);
    return spawnSync(process.execPath, [CLI, ...args], options);
  };
}

export function seedBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SEEDS, file)));
}

/** The seeds' manifest entry for a file: 永康日报, its jurisdiction and chain (no issue dates: they are not known). */
export function seedIssue(file: string): IssueInfo | undefined {
  const path = join(SEEDS, 'manifest.json');
  return issueFor(parseManifest(readFileSync(path, 'utf8'), path).output, file);
}

export function ingestSeed(file: string): Article[] {
  const issue = seedIssue(file);
  return ingestPage({ file, bytes: seedBytes(file) }, issue ? { issue } : {}).output;
}

/** A news article made directly from its text (no page read): for the stages after ingest. */
export function textArticle(text: string, extra: Partial<Article> = {}): Article {
  const base: Article = {
    id: 't:1', file: 't.txt', kind: 'news', headline: '', reporters: [], text, dates: [], offsets: [],
    headlineOffsets: [], rawStart: 0, rawEnd: text.length,
  };
  return { ...base, ...extra };
}

/**
 * Every run of every offset map points at the same characters in the raw text, a half-width mark among Chinese words
 * read as its full-width form (`,` as `，`) and a curly quote typed the wrong way round as set right (`ingest/text/
 * fullwidth.ts`).
 */
export function assertOffsetsMapBack(raw: string, article: Article): void {
  const reversed = (c: string, r: string) => (c === '“' && r === '”') || (c === '”' && r === '“');
  const printed = (text: string, from: string) =>
    Array.from(text, (c, k) => (c === fullWidthOf(from[k]!) || reversed(c, from[k]!) ? from[k] : c)).join('');
  for (const [field, runs] of [['text', article.offsets], ['headline', article.headlineOffsets]] as const) {
    const text = field === 'text' ? article.text : article.headline;
    let covered = 0;
    for (const [ts, rs, len] of runs) {
      assert.ok(rs >= 0 && rs + len <= raw.length, `${article.id} ${field} run out of the raw text`);
      const inRaw = raw.slice(rs, rs + len);
      assert.equal(printed(text.slice(ts, ts + len), inRaw), inRaw, `${article.id} ${field} run [${ts},${rs},${len}]`);
      covered += len;
    }
    // Only inserted joins (paragraph breaks, spaces between headline lines) may be left unmapped.
    const inserted = (text.match(field === 'text' ? /\n/g : / /g) ?? []).length;
    assert.ok(covered >= text.length - inserted, `${article.id} ${field}: ${text.length - covered} characters unmapped`);
  }
}

/** The article whose text contains `phrase` (exactly one must). */
export function articleWith(articles: readonly Article[], phrase: string): Article {
  const found = articles.filter((a) => a.text.includes(phrase));
  assert.equal(found.length, 1, `exactly one article should contain 「${phrase}」, found ${found.map((a) => a.id).join(', ') || 'none'}`);
  return found[0]!;
}

export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** The Neo4j the Neo4j suites use (`npm run test:neo4j` starts one): they clear kg's labels, so never a real database. */
export function neo4jUnderTest(): Neo4jOptions {
  const options = neo4jOptionsFromEnv();
  if (!options) throw new Error('tests: NEO4J_URI is not set; `npm run test:neo4j` starts Neo4j and runs this suite');
  return options;
}

/**
 * The articles of a folder a streaming build stores last, after its other pages (they name someone bare who may be
 * titled abroad later: `Namesakes.take`), so that a build killed mid-way may hold their pages but for them.
 */
export function heldToTheEnd(folder: string): Set<string> {
  const held = new Set<string>();
  const namesakes = new Namesakes();
  ingestInputs(readInputs([folder]), {}, (page) => {
    for (const f of namesakes.take(pageFacts(page).facts).later) held.add(`article:${f.article.id}`);
  });
  return held;
}
