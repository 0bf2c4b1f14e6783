// Clean digital text: several articles per file, each a headline and its body (database exports, web archives,
// transcripts). Items are told by the file's own layout: marked headlines, the item gap, or short headline lines.
import type { Block, Message, Page, StageResult } from '../types.ts';
import { normalise, type Line } from '../normalise/index.ts';
import { displayWidth, endsSentence } from '../normalise/punctuation.ts';
import { slice, type Tracked } from '../text/tracked.ts';
import { parseLead } from '../split/credits.ts';
import { cleanBlock, stripLead } from './paragraphs.ts';

export const ARTICLES_DEFAULTS = {
  /** A headline is at most this wide (CJK cells): transcripts print headlines of 100 characters and more. */
  maxHeadlineWidth: 160,
  /** A sub-headline inside an item (a bulletin's story) is at most this wide. */
  maxSubheadWidth: 60,
  /** The gap that separates items must be followed by a headline this often. */
  itemGapHeadlineShare: 0.8,
  /** A lead standing alone on its line (`央视网消息（新闻联播）：`) is at most this wide. */
  maxLeadLineWidth: 30,
} as const;

/** A line that is wholly a marked headline: `### 标题`, `【标题】`, `标题：…`. Returns the headline's span in the line. */
export function markedHeadline(line: string): { start: number; end: number } | undefined {
  const hashes = /^#{1,6}[ \t\u3000]*(?=\S)/.exec(line);
  if (hashes) return { start: hashes[0].length, end: line.length };
  if (line.length > 2 && line[0] === '【' && closingBracket(line) === line.length - 1)
    return { start: 1, end: line.length - 1 };
  const label = /^(?:标题|题目)[：:][ \t\u3000]*(?=\S)/.exec(line);
  if (label) return { start: label[0].length, end: line.length };
  return undefined;
}

/** Where the 【 opening the line closes (brackets nest: `【【专栏】标题】`), or -1. */
function closingBracket(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '【') depth++;
    else if (line[i] === '】' && --depth === 0) return i;
  }
  return -1;
}

/** A line that may head an item: it ends no sentence or clause, and is not a paragraph's width. */
function headlineLike(s: string): boolean {
  return !endsSentence(s) && spokenHeadline(s);
}

/**
 * A line that heads an item where the layout sets it apart (a blank line after it): one sentence at most, so an
 * exclaiming or asking headline counts (`踏上新征程，向着新的奋斗目标，出发！`, `这个假期去哪？看什么？`).
 */
function spokenHeadline(s: string): boolean {
  return !/。./.test(s) && !/[。，,；;：:、]$/.test(s) && displayWidth(s) <= ARTICLES_DEFAULTS.maxHeadlineWidth;
}

/**
 * A headline standing in running text (a bulletin's story, an item of a file without blank lines): no sentence or
 * clause mark but colons (`国际人士：…`), not a bracketed date or note (`（2024年4月18日）`), not a
 * numbered point (`一、`, `1.`). Inside an item (`short`), at most a short headline's width.
 */
function headlineInText(s: string, short: boolean): boolean {
  if (!headlineLike(s) || (short && displayWidth(s) > ARTICLES_DEFAULTS.maxSubheadWidth)) return false;
  if (/[，,；;。！？]/.test(s)) return false;
  return (
    !/^[（(【[].*[）)】\]]$/.test(s) &&
    !/^(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])/.test(s)
  );
}

/** Where items start: at marked headlines, else after the item gap, else at short headline lines before a paragraph. */
export function itemStarts(lines: readonly Line[]): { starts: number[]; by: string } {
  const texts = lines.map((l) => l.text.text);
  const marked = texts.flatMap((t, i) => (markedHeadline(t) ? [i] : []));
  if (marked.length > 0) return { starts: withFirst(marked), by: `${marked.length} marked headlines` };
  const gap = itemGap(lines);
  if (gap !== undefined) {
    const starts = lines.flatMap((l, i) => (i > 0 && l.blankBefore >= gap ? [i] : []));
    return { starts: withFirst(starts), by: `items separated by ${gap} blank lines` };
  }
  const blanks = lines.some((l, i) => i > 0 && l.blankBefore > 0);
  const starts = lines.flatMap((l, i) => {
    const next = texts[i + 1];
    if (!next || !headlineInText(texts[i]!, false) || headlineInText(next, false)) return [];
    const prev = texts[i - 1];
    const opens = !prev || (blanks ? l.blankBefore > 0 : endsSentence(prev) || parseLead(prev)?.length === prev.length);
    return opens ? [i] : [];
  });
  return { starts: withBodies(withFirst(starts), texts), by: 'short headline lines before their paragraphs' };
}

/**
 * Starts whose item before holds prose: a headline, a blank line, then a byline or a subtitle over the story
 * (`…论坛开幕仪式在西安举行`, blank, `法治日报全媒体记者 董凡超 孙立昊洋`, the story) is one item, not a headline alone.
 */
function withBodies(starts: readonly number[], texts: readonly string[]): number[] {
  const out: number[] = [];
  for (const s of starts) {
    const from = out.at(-1);
    if (from === undefined || texts.slice(from, s).some((t) => !headlineLike(t))) out.push(s);
  }
  return out;
}

const withFirst = (starts: number[]): number[] => (starts[0] === 0 ? starts : [0, ...starts]);

/**
 * The blank-line count that separates items, where the layout has one: the smallest gap after which a headline-like
 * line stands nearly always (a transcript: 0 between paragraphs, 1 after the headline, 2 between items).
 */
function itemGap(lines: readonly Line[]): number | undefined {
  const gaps = [
    ...new Set(
      lines
        .slice(1)
        .map((l) => l.blankBefore)
        .filter((g) => g > 0),
    ),
  ].sort((a, b) => a - b);
  return gaps.find((g) => {
    const after = lines.filter((l, i) => i > 0 && l.blankBefore === g);
    const heads = after.filter((l) => headlineLike(l.text.text)).length;
    return heads >= after.length * ARTICLES_DEFAULTS.itemGapHeadlineShare && !headlineOnlyItem(lines, g);
  });
}

/**
 * The gap parts a one-story file's headline from the rest of its own stack (a web page's title, a blank line, a
 * subtitle `增强历史自觉…`, `李邑飞主持会议`, then the story): two items, the first of headline lines only. (A day of
 * transcripts may hold an empty item, `undefined`, among its stories: those are items all the same.)
 */
function headlineOnlyItem(lines: readonly Line[], gap: number): boolean {
  const starts = lines.flatMap((l, i) => (i > 0 && l.blankBefore >= gap ? [i] : []));
  return starts.length === 1 && lines.slice(0, starts[0]).every((l) => headlineLike(l.text.text));
}

interface Story {
  headline: Tracked[];
  body: Tracked[];
  section?: string;
  reporters: string[];
}

/** One item: its headline lines (those before the first blank line, when they read as headlines), then its body. */
function itemStory(lines: readonly Line[]): Story {
  const first = lines[0]!;
  const mark = markedHeadline(first.text.text);
  if (mark)
    return {
      headline: [slice(first.text, mark.start, mark.end)],
      body: lines.slice(1).map((l) => l.text),
      reporters: [],
    };
  const n = lines.findIndex((l, i) => i > 0 && l.blankBefore > 0);
  const head = n > 0 ? lines.slice(0, n) : [];
  if (head.length > 0 && head.every((l) => spokenHeadline(l.text.text))) {
    const sub = subtitleLines(lines, n);
    return { headline: lines.slice(0, n + sub).map((l) => l.text), body: lines.slice(n + sub).map((l) => l.text),
      reporters: [] };
  }
  const one = headlineLike(first.text.text) && lines.length > 1 ? 1 : 0;
  return { headline: lines.slice(0, one).map((l) => l.text), body: lines.slice(one).map((l) => l.text), reporters: [] };
}

/**
 * Short lines that go on with the headline after its blank line, before the story's first paragraph (a subtitle,
 * `李邑飞主持会议`): one or two, each no clause and no lead, with prose after them.
 */
function subtitleLines(lines: readonly Line[], from: number): number {
  let k = 0;
  while (k < 2 && from + k + 1 < lines.length && headlineInText(lines[from + k]!.text.text, true) &&
    !parseLead(lines[from + k]!.text.text)) k++;
  return k > 0 && endsSentence(lines[from + k]!.text.text) ? k : 0;
}

function withoutLead(story: Story): Story {
  const { body, reporters } = stripLead(story.body);
  return { ...story, body, reporters: [...story.reporters, ...reporters] };
}

/**
 * A bulletin (`国内联播快讯`): an item whose body opens with a short headline and its paragraph, and holds two or
 * more such, is a run of short stories, each under its own headline; it splits into them. An item whose body opens
 * with prose stays whole, even if short unpunctuated lines stand in it later (a quoted decision's title, a date line).
 */
function bulletinStories(story: Story): Story[] {
  const b = story.body.map((t) => t.text);
  const isHead = (j: number) => headlineInText(b[j]!, true) && j + 1 < b.length && endsSentence(b[j + 1]!);
  if (b.length < 2 || !isHead(0)) return [story];
  const starts = b.flatMap((_, j) => (isHead(j) ? [j] : []));
  if (starts.length < 2) return [story]; // one story under a title of its own (a communiqué): the item is the story
  const section = story.headline.map((t) => t.text).join(' ');
  return starts.map((s, k) => ({
    headline: [story.body[s]!],
    body: story.body.slice(s + 1, starts[k + 1] ?? b.length),
    reporters: [],
    ...(section ? { section } : {}),
  }));
}

/** `articles`: every item of the file, bulletins split into their stories. */
export function readArticles(page: Page): StageResult<Block[]> {
  const { output, messages } = normalise(page, { doubled: false });
  const lines = output.lines;
  if (lines.length === 0) return { output: [], messages };
  const { starts } = itemStarts(lines);
  const stories = starts.flatMap((s, k) => {
    const item = withoutLead(itemStory(lines.slice(s, starts[k + 1] ?? lines.length)));
    return bulletinStories(item);
  });
  return { output: storyBlocks(page.file, stories, messages), messages };
}

/** `article`: the whole file is one article, its first line the headline. */
export function readArticle(page: Page): StageResult<Block[]> {
  const { output, messages } = normalise(page, { doubled: false });
  const lines = output.lines;
  if (lines.length === 0) return { output: [], messages };
  const mark = markedHeadline(lines[0]!.text.text);
  const headline = mark ? slice(lines[0]!.text, mark.start, mark.end) : lines[0]!.text;
  const story = withoutLead({
    headline: lines.length > 1 ? [headline] : [],
    body: lines.slice(lines.length > 1 ? 1 : 0).map((l) => l.text),
    reporters: [],
  });
  return { output: storyBlocks(page.file, [story], messages), messages };
}

function storyBlocks(file: string, stories: readonly Story[], messages: Message[]): Block[] {
  const stem = file.replace(/\.[^./\\]+$/, '');
  const blocks: Block[] = [];
  for (const s of stories) {
    if (s.body.length === 0 && s.headline.length === 0) continue;
    const block = cleanBlock(`${stem}:${blocks.length + 1}`, file, s.headline, s.body, s.reporters);
    if (s.section) block.section = s.section;
    if (s.body.length === 0) {
      messages.push({
        level: 'warning',
        code: 'articles.no-body',
        file,
        offset: block.rawStart,
        text: `${file}: headline 「${block.headline}」 has no body; kept as a fragment`,
      });
    }
    blocks.push(block);
  }
  return blocks;
}
