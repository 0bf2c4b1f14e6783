// Both sides named as one (两国元首, 两国总理共同会见记者): the two who met in the story, else the first two who speak next.
import type { Mention } from '../../../ingest/extract/types.ts';
import { wordAt } from '../../../ingest/extract/lexicon/words.ts';
import type { Sentence } from '../sentences.ts';
import type { Found, Group, SentenceContext } from './context.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import type { MetFact } from './types.ts';

/** The leaders of both sides as one subject, right before what they did together. */
// (两国元首分别举行小范围会见和大范围会谈: talks held, by kind, between the subject and the verb.)
const BOTH_SIDES =
  /(?:两国|双方|中[^\s，。；]{1,3}两国)(?:元首|总理|首相|总统|领导人)(?:还|又|随后)?(?:共同|一同|一起|分别)?(?:举行了?[^，。；]{0,12})?$/;

/** The same, the subject of an earlier clause joined by 并 (两国总理共同见证签署…文件，并共同会见记者). */
const BOTH_SIDES_JOINED = new RegExp(`${BOTH_SIDES.source.slice(0, -1)}[^。；：]*?，并(?:共同|一同|一起)?$`);

/** A predicate done together whose subject is both sides (会谈后，两国总理共同会见了记者): its phrase, else undefined. */
export function bothSidesBefore(ctx: SentenceContext, f: Found): { start: number; end: number } | undefined {
  const clause = ctx.text.slice(ctx.s.start, f.start).match(/[^，。；：]*$/)![0];
  const m = BOTH_SIDES.exec(clause);
  if (m) return { start: f.start - m[0].length, end: f.start };
  const before = ctx.text.slice(ctx.s.start, f.start);
  const joined = BOTH_SIDES_JOINED.exec(before);
  return joined ? { start: ctx.s.start + joined.index, end: f.start } : undefined;
}

/**
 * Who both sides are: the host and guest of the story's last talks before `at`, else the two who last did something
 * together (`李强和德国总理朔尔茨共同出席…`), else the first two people who open a later sentence of the story by
 * speaking (`李克强表示，…` `朔尔茨表示，…`), else an earlier one.
 */
export function bothSides(
  text: string,
  at: { start: number; end: number },
  before: { met: readonly MetFact[]; together: readonly string[] },
  later: readonly Sentence[],
  mentions: readonly Mention[],
  earlier: readonly Sentence[] = [],
): Group | undefined {
  const persons = mentions.filter((m) => m.kind === 'person');
  const talks = before.met.at(-1);
  // (…两国元首还共同会见了记者, near the story's end: the two who spoke before it.)
  const speakers = () => {
    const after = speakersAfter(text, later, persons);
    return after.length === 2 ? after : speakersAfter(text, earlier, persons);
  };
  const names = talks ? [talks.host, talks.guest] : before.together.length === 2 ? before.together : speakers();
  if (names.length < 2) return undefined;
  const found = names.map((n) => persons.find((p) => p.text === n)).filter((p): p is Mention => p !== undefined);
  return found.length === 2 ? { persons: found, start: at.start, end: at.end, listed: false } : undefined;
}

function speakersAfter(text: string, later: readonly Sentence[], persons: readonly Mention[]): string[] {
  const names: string[] = [];
  for (const s of later) {
    const p = persons.find((m) => m.start === s.start);
    if (p && wordAt(SPEECH_VERBS, text, p.end) && !names.includes(p.text)) names.push(p.text);
    if (names.length === 2) break;
  }
  return names;
}
