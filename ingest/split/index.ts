// Split stage: a normalised page into blocks (news, photo captions, classifieds, continuations, fragments) with headlines and bylines.
import type { ArticleKind, Message, OffsetRuns, StageResult } from '../types.ts';
import type { Line, NormalisedPage } from '../normalise/index.ts';
import { joinHeadline, joinLines } from '../normalise/index.ts';
import { endsSentence } from '../normalise/punctuation.ts';
import { slice, toRuns, trim, type Tracked } from '../text/tracked.ts';
import { findPhotoCredit, findTrailingCredit, parseBylineLine, parseLead } from './credits.ts';
import { assignHeadlines } from './headlines.ts';
import { continuationMark, looksLikeHeadline, segment, type Segment } from './segments.ts';

/** An article without its dates (the dates stage adds them). */
export interface Block {
  id: string;
  file: string;
  kind: ArticleKind;
  headline: string;
  reporters: string[];
  text: string;
  offsets: OffsetRuns;
  headlineOffsets: OffsetRuns;
  rawStart: number;
  rawEnd: number;
  /** The page the story continues from (`（紧接1版）`), for continuations. */
  continuedFrom?: string;
}

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

/** Phone numbers: mobiles and 6–8 digit local numbers, as classifieds print them. */
const PHONE = /(?<!\d)(?:1[3-9]\d{9}|\d{6,8})(?!\d)/g;

export function split(page: NormalisedPage): StageResult<Block[]> {
  const file = page.page.file;
  const messages: Message[] = [];
  const pieces = segment(page).flatMap(toPieces);

  // Headlines: every unit goes to the article whose text it echoes.
  const bodies = pieces.flatMap((p, i) => (p.type === 'body' ? [{ body: p.body, position: i }] : []));
  const candidates = bodies.filter((b) => b.body.kind !== 'classifieds' && b.body.kind !== 'fragment');
  const units: { lines: Line[]; position: number; piece: number }[] = [];
  pieces.forEach((p, i) => {
    if (p.type === 'headline') p.units.forEach((lines) => units.push({ lines, position: i, piece: i }));
  });
  const assigned = assignHeadlines(
    units.map((u) => joinHeadline(u.lines).text),
    candidates.map((c) => ({ text: c.body.text.text, position: c.position })),
    (u) => adjacentCandidates(units[u]!.position, candidates.map((c) => c.position)),
  );
  // A unit no article claims follows its neighbour in the same headline stack, if that one was claimed.
  const owner = assigned.map((a) => a.article);
  units.forEach((u, k) => {
    if (owner[k] !== -1) return;
    const prev = k > 0 && units[k - 1]!.piece === u.piece ? owner[k - 1] : -1;
    const next = k + 1 < units.length && units[k + 1]!.piece === u.piece ? assigned[k + 1]!.article : -1;
    owner[k] = prev !== -1 && prev !== undefined ? prev : next;
  });
  const orphans: Body[] = [];
  units.forEach((u, k) => {
    const o = owner[k]!;
    if (o >= 0) candidates[o]!.body.headline.push(...u.lines);
    else {
      const text = joinLines(u.lines);
      orphans.push({ kind: 'fragment', text, reporters: [], lines: u.lines, headline: [] });
      messages.push({
        level: 'warning',
        code: 'split.headline-orphan',
        file,
        offset: u.lines[0]!.text.map[0],
        text: `${file}:${u.lines[0]!.lineNo}: headline 「${text.text}」 matches no article on the page; kept as a fragment`,
      });
    }
  });

  // Bylines: to the story they head, or else to the story of the headline they follow.
  pieces.forEach((p, i) => {
    if (p.type !== 'byline') return;
    const next = pieces[i + 1];
    const prev = pieces[i - 1];
    let target: Body | undefined;
    if (next?.type === 'body' && next.body.kind === 'news' && next.body.reporters.length === 0) target = next.body;
    else if (prev?.type === 'headline') {
      const o = owner[units.findLastIndex((u) => u.piece === i - 1)];
      if (o !== undefined && o >= 0) target = candidates[o]!.body;
    } else if (prev?.type === 'body' && prev.body.kind !== 'classifieds' && prev.body.reporters.length === 0) target = prev.body;
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

  // Reading order: bodies where they stand, orphan headline fragments after the stack they came from.
  const ordered: Body[] = [];
  pieces.forEach((p, i) => {
    if (p.type === 'body') ordered.push(p.body);
    if (p.type === 'headline') {
      for (const o of orphans) if (units.some((u) => u.piece === i && u.lines === o.lines)) ordered.push(o);
    }
  });
  const stem = file.replace(/\.[^./\\]+$/, '');
  const blocks = ordered.map((b, n) => toBlock(b, `${stem}:${n + 1}`, file));
  return { output: blocks, messages };
}

function adjacentCandidates(position: number, candidatePositions: readonly number[]): number[] {
  const before = candidatePositions.findLastIndex((p) => p < position);
  const after = candidatePositions.findIndex((p) => p > position);
  return [before, after].filter((i) => i >= 0);
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
  // Classified ads are one per line or two; their lines are not sentences to rejoin.
  const text = trim(kind === 'classifieds' ? joinLines(kept, { everyLine: true }) : joinLines(kept));
  kind ??= inferKind(text.text);
  return { kind, text, reporters, lines: input, headline: [], ...(continuedFrom ? { continuedFrom } : {}) };
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
  let rawStart = Infinity;
  let rawEnd = -Infinity;
  for (const l of [...b.lines, ...b.headline]) {
    for (const m of l.text.map) {
      if (m < 0) continue;
      if (m < rawStart) rawStart = m;
      if (m + 1 > rawEnd) rawEnd = m + 1;
    }
  }
  return {
    id,
    file,
    kind: b.kind,
    headline: headline?.text ?? '',
    reporters: [...new Set(b.reporters)],
    text: b.text.text,
    offsets: toRuns(b.text.map),
    headlineOffsets: headline ? toRuns(headline.map) : [],
    rawStart: Number.isFinite(rawStart) ? rawStart : 0,
    rawEnd: Number.isFinite(rawEnd) ? rawEnd : 0,
    ...(b.continuedFrom ? { continuedFrom: b.continuedFrom } : {}),
  };
}
