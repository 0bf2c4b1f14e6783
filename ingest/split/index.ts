// Split stage: a normalised page into blocks (news, photo captions, classifieds, continuations, fragments) with headlines and bylines.
import type { ArticleKind, Block, Message, StageResult } from '../types.ts';
import type { Line, NormalisedPage } from '../normalise/index.ts';
import { joinHeadline, joinLines } from '../normalise/index.ts';
import { endsSentence } from '../normalise/punctuation.ts';
import { rawSpan, slice, toRuns, trim, type Tracked } from '../text/tracked.ts';
import { findPhotoCredit, findTrailingCredit, parseBylineLine, parseLead } from './credits.ts';
import { assignHeadlines, bigramSet } from './headlines.ts';
import { continuationMark, looksLikeHeadline, segment, type Segment } from './segments.ts';

type Piece =
  | { type: 'byline'; names: string[]; line: Line }
  | { type: 'body'; body: Body }
  | { type: 'headline'; units: Line[][] };

interface Body {
  kind: ArticleKind;
  text: Tracked;
  reporters: string[];
  lines: Line[];
  headline: Line[];
  continuedFrom?: string;
}

/** Stories on each side of a headline stack that may claim it: a page holds a dozen or two; a huge file is no page. */
const HEADLINE_WINDOW = 8;

/** Phone numbers: mobiles and 6–8 digit local numbers, as classifieds print them. */
const PHONE = /(?<!\d)(?:1[3-9]\d{9}|\d{6,8})(?!\d)/g;

export function split(page: NormalisedPage): StageResult<Block[]> {
  const file = page.page.file;
  const messages: Message[] = [];
  const pieces = segment(page).flatMap(toPieces);

  // Headlines: every unit goes to the article near it whose text it echoes.
  const candidates = pieces.flatMap((p, i) => (p.type === 'body' && p.body.kind !== 'classifieds' && p.body.kind !== 'fragment' ? [{ body: p.body, position: i }] : []));
  const grams = candidates.map((c) => bigramSet(c.body.text.text));
  const orphansAt = new Map<number, Body[]>();
  const stackOwner = new Map<number, Body | undefined>();
  let cursor = 0;
  pieces.forEach((p, i) => {
    if (p.type !== 'headline') return;
    while (cursor < candidates.length && candidates[cursor]!.position < i) cursor++;
    const lo = Math.max(0, cursor - HEADLINE_WINDOW);
    const hi = Math.min(candidates.length, cursor + HEADLINE_WINDOW);
    const adjacent = [cursor - 1 - lo, cursor - lo].filter((k) => k >= 0 && k < hi - lo);
    const owners = assignHeadlines(p.units.map((u) => joinHeadline(u).text), grams.slice(lo, hi), adjacent).map((a) => a.article);
    // A unit no article claims follows its neighbour in the same stack, if that one was claimed.
    const filled = owners.map((o, k) => (o >= 0 ? o : (owners[k - 1] ?? -1) >= 0 ? owners[k - 1]! : (owners[k + 1] ?? -1)));
    p.units.forEach((lines, k) => {
      const o = filled[k]!;
      if (o >= 0) {
        candidates[lo + o]!.body.headline.push(...lines);
        return;
      }
      const text = joinLines(lines);
      orphansAt.set(i, [...(orphansAt.get(i) ?? []), { kind: 'fragment', text, reporters: [], lines, headline: [] }]);
      messages.push({
        level: 'warning',
        code: 'split.headline-orphan',
        file,
        offset: lines[0]!.text.map[0],
        text: `${file}:${lines[0]!.lineNo}: headline 「${text.text}」 matches no article near it; kept as a fragment`,
      });
    });
    const last = filled.at(-1)!;
    stackOwner.set(i, last >= 0 ? candidates[lo + last]!.body : undefined);
  });

  // Bylines: to the story they head, or else to the story of the headline they follow.
  pieces.forEach((p, i) => {
    if (p.type !== 'byline') return;
    const next = pieces[i + 1];
    const prev = pieces[i - 1];
    let target: Body | undefined;
    if (next?.type === 'body' && next.body.kind === 'news' && next.body.reporters.length === 0) target = next.body;
    else if (prev?.type === 'headline') target = stackOwner.get(i - 1);
    else if (prev?.type === 'body' && prev.body.kind !== 'classifieds' && prev.body.reporters.length === 0) target = prev.body;
    if (target) target.reporters.push(...p.names);
    else
      messages.push({
        level: 'warning',
        code: 'split.byline-orphan',
        file,
        offset: p.line.text.map[0],
        text: `${file}:${p.line.lineNo}: byline 「${p.line.text.text}」 belongs to no story on the page`,
      });
  });

  // Reading order: bodies where they stand, orphan headline fragments where their stack stood.
  const ordered = pieces.flatMap((p, i) => (p.type === 'body' ? [p.body] : orphansAt.get(i) ?? []));
  const stem = file.replace(/\.[^./\\]+$/, '');
  const blocks = ordered.map((b, n) => toBlock(b, `${stem}:${n + 1}`, file));
  return { output: blocks, messages };
}

function toPieces(seg: Segment): Piece[] {
  const lines = seg.lines;
  if (seg.start === 'byline') return [{ type: 'byline', names: parseBylineLine(lines[0]!.text.text) ?? [], line: lines[0]! }];
  if (seg.start === 'classifieds') return [{ type: 'body', body: makeBody(seg, lines, 'classifieds') }];
  const last = lines.at(-1)!.text.text;
  if (findPhotoCredit(last)) return [{ type: 'body', body: makeBody(seg, lines) }];

  const lastEnd = lines.findLastIndex((l) => endsSentence(l.text.text) || findTrailingCredit(l.text.text) !== undefined);
  if (lastEnd === -1) {
    const opensStory = seg.start === 'lead' || seg.start === 'continuation' || seg.start === 'date';
    if (!opensStory && lines.every((l) => looksLikeHeadline(l.text.text))) return [{ type: 'headline', units: headlineUnits(lines) }];
    return [{ type: 'body', body: makeBody(seg, lines) }];
  }
  const run = lines.slice(lastEnd + 1);
  if (run.length > 0 && run.every((l) => looksLikeHeadline(l.text.text))) {
    return [
      { type: 'body', body: makeBody(seg, lines.slice(0, lastEnd + 1)) },
      { type: 'headline', units: headlineUnits(run) },
    ];
  }
  return [{ type: 'body', body: makeBody(seg, lines) }];
}

/** A stack of headline lines splits into units at blank lines: each unit is scored on its own. */
function headlineUnits(lines: Line[]): Line[][] {
  const units: Line[][] = [];
  lines.forEach((l, i) => {
    if (i === 0 || l.blankBefore > 0) units.push([]);
    units.at(-1)!.push(l);
  });
  return units;
}

function makeBody(seg: Segment, input: Line[], forced?: ArticleKind): Body {
  const lines = input.map((l) => ({ ...l }));
  const reporters: string[] = [];
  let kind: ArticleKind | undefined = forced;
  let continuedFrom: string | undefined;
  const first = lines[0]!;
  const lead = seg.start === 'lead' ? parseLead(first.text.text) : undefined;
  if (lead) {
    reporters.push(...lead.names);
    first.text = trim(slice(first.text, lead.length));
    kind ??= 'news';
  }
  const cont = seg.start === 'continuation' ? continuationMark(first.text.text) : null;
  if (cont) {
    continuedFrom = cont[0].replace(/[^\d一二三四五六七八九十]/g, '');
    first.text = trim(slice(first.text, cont[0].length));
    kind ??= 'continuation';
  }
  const last = lines.at(-1)!;
  const photo = forced ? undefined : findPhotoCredit(last.text.text);
  const credit = photo ?? (forced ? undefined : findTrailingCredit(last.text.text));
  if (credit) {
    reporters.push(...credit.names);
    last.text = trim(slice(last.text, 0, credit.index));
    if (photo) kind ??= 'photo';
  }
  const kept = lines.filter((l) => l.text.text.length > 0);
  const text = trim(kind === 'classifieds' ? joinLines(kept, { breakBefore: startsAd }) : joinLines(kept));
  kind ??= inferKind(text.text);
  return { kind, text, reporters, lines: input, headline: [], ...(continuedFrom ? { continuedFrom } : {}) };
}

/** Classified ads: each starts with its 4-digit number (`8425招会计`) or stands under a short heading (`套房转让`). */
function startsAd(line: Line, prev: Line): boolean {
  const isHeading = (l: Line) => l.text.text.length <= 8 && !/\d/.test(l.text.text);
  return /^\d{4}/.test(line.text.text) || isHeading(line) || isHeading(prev);
}

/** A block with no lead or marker: classifieds by their phone numbers, news if it reads as prose, else a fragment. */
function inferKind(text: string): ArticleKind {
  const phones = (text.match(PHONE) ?? []).length;
  const lines = Math.max(1, text.length / 15);
  if (phones >= 2 && phones / lines > 0.2) return 'classifieds';
  const sentences = (text.match(/[。！？]/g) ?? []).length;
  return text.length >= 60 && sentences >= 2 ? 'news' : 'fragment';
}

function toBlock(b: Body, id: string, file: string): Block {
  const headline = b.headline.length > 0 ? joinHeadline(b.headline) : undefined;
  return {
    id,
    file,
    kind: b.kind,
    headline: headline?.text ?? '',
    reporters: [...new Set(b.reporters)],
    text: b.text.text,
    offsets: toRuns(b.text.map),
    headlineOffsets: headline ? toRuns(headline.map) : [],
    ...rawSpan([...b.lines, ...b.headline].map((l) => l.text)),
    ...(b.continuedFrom ? { continuedFrom: b.continuedFrom } : {}),
  };
}
