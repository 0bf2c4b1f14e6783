// The 新闻联播 dev corpus as the tests read it: its items from the files' documented layout (not from kg's reader),
// and the check that each item became one article with its headline, no article spanning two items.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../ingest/types.ts';
import { ROOT } from './helpers.ts';

export const XINWEN = join(ROOT, '..', 'shared', 'data', 'xinwen_lianbo_dev');
/** `test(name, { skip: XINWEN_SKIP }, …)`: the corpus is not committed; CI has it beside the project. */
export const XINWEN_SKIP: string | false = existsSync(join(XINWEN, 'manifest.json'))
  ? false
  : `${XINWEN} is absent (CI has it): skipped`;

export function xinwenDays(): string[] {
  return XINWEN_SKIP
    ? []
    : readdirSync(XINWEN)
        .filter((f) => /^\d{8}\.txt$/.test(f))
        .sort();
}

/** One news item as the layout prints it: headline, a blank line, paragraphs one per line; items apart by 2 blanks. */
export interface Item {
  start: number;
  end: number;
  headline: string;
  body: string[];
  /** A bulletin (国内联播快讯): its body opens with a short story's own headline line, then that story's paragraph. */
  bulletin: boolean;
}

const ENDS_SENTENCE = /[。！？!?…][”’」』）)"']*$/;
const ENDS_CLAUSE = /[，。；：,;:、]$/;

export function layoutItems(raw: string): Item[] {
  const items: Item[] = [];
  for (const m of raw.matchAll(/[^\n][\s\S]*?(?=\n\n\n+|\n*$)/g)) {
    const lines = m[0].split('\n');
    const headline = lines[0]!.trim();
    const body = lines
      .slice(1)
      .map((l) => l.trim())
      .filter(Boolean);
    const b = body.length > 0 && /[：:]$/.test(body[0]!) && body[0]!.length <= 30 ? body.slice(1) : body;
    const bulletin =
      b.length >= 2 && !ENDS_SENTENCE.test(b[0]!) && !ENDS_CLAUSE.test(b[0]!) && ENDS_SENTENCE.test(b[1]!);
    items.push({ start: m.index, end: m.index + m[0].length, headline, body, bulletin });
  }
  return items;
}

export interface Verdict {
  total: number;
  /** Items that became exactly one article with their headline (a bulletin also when split into its stories). */
  ok: number;
  wrong: { item: Item; articles: string[] }[];
  /** Articles whose span crosses an item boundary. */
  crossing: Article[];
}

/** Judge one file's articles against its items. */
export function judge(items: readonly Item[], articles: readonly Article[]): Verdict {
  const within = (a: Article, it: Item) => a.rawStart >= it.start && a.rawEnd <= it.end;
  const v: Verdict = {
    total: items.length,
    ok: 0,
    wrong: [],
    crossing: articles.filter((a) => !items.some((it) => within(a, it))),
  };
  for (const item of items) {
    const inside = articles.filter((a) => within(a, item));
    const one = inside.length === 1 && inside[0]!.headline === item.headline;
    const stories = item.bulletin && inside.length >= 2 && inside.every((a) => item.body.includes(a.headline));
    if (one || stories) v.ok++;
    else v.wrong.push({ item, articles: inside.map((a) => a.headline) });
  }
  return v;
}

export function addVerdicts(a: Verdict, b: Verdict): Verdict {
  return {
    total: a.total + b.total,
    ok: a.ok + b.ok,
    wrong: [...a.wrong, ...b.wrong],
    crossing: [...a.crossing, ...b.crossing],
  };
}

export const NO_VERDICT: Verdict = { total: 0, ok: 0, wrong: [], crossing: [] };
