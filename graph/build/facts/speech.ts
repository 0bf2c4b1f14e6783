// Speakers at a meeting known by where they spoke (`X在座谈会上缅怀…强调`, `X在主持讲话中表示`): they addressed it.
import { wordAt } from '../../../ingest/extract/lexicon/words.ts';
import { groupStart, type Binding } from './bind.ts';
import type { Group, SentenceContext } from './context.ts';
import { meetingAt } from './events.ts';
import { SPEECH_VERBS } from './lexicon.ts';

/** `在…上`, `在…中`: where someone spoke, right after his name. */
const SPOKE_IN = /^在([^，。；]{1,30}?)(?:上|中)/;
/** Nouns of a speech: 在讲话中表示 says he spoke, at the story's meeting. */
const SPEECH_NOUN = /(?:讲话|致辞|报告|发言|演讲|会)$/;
/** Verbs of what a speaker did there before saying it (缅怀了…，强调). */
const SAID = new RegExp(`^[^。；]{0,40}?(?:${[...SPEECH_VERBS, '缅怀', '回顾', '宣读'].join('|')})`);

export interface Speaker {
  group: Group;
  /** The meeting named where he spoke, else undefined: the story's own. */
  meeting?: { name: string; start: number; end: number };
}

/**
 * The sentence's subjects who spoke at a meeting (named, or the story's when only a speech is named), unless a
 * speech predicate of theirs already says so.
 */
export function speakersAt(ctx: SentenceContext, bound: readonly Binding[]): Speaker[] {
  const out: Speaker[] = [];
  for (const g of ctx.groups) {
    if (bound.some((b) => b.agent === g && b.found.pred.rel === 'ADDRESSED')) continue;
    if (!/^[，\s]*$/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, g)))) continue; // the sentence's subject only
    const rest = ctx.text.slice(g.end, ctx.s.end);
    const place = SPOKE_IN.exec(rest);
    if (!place || !SAID.test(rest.slice(place[0].length))) continue;
    const from = g.end + 1;
    const meeting = meetingAt(ctx.text, from, from + place[1]!.length);
    if (meeting && !/^(?:会见|会谈|会晤)/.test(meeting.name)) out.push({ group: g, meeting });
    else if (SPEECH_NOUN.test(place[1]!) && !wordAt(['会见', '会谈'], place[1]!, 0)) out.push({ group: g });
  }
  return out;
}
