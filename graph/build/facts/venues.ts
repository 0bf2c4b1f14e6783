// Where an event was held, printed before its name (在人民大会堂北大厅举行欢迎仪式, 出席在旧金山举行的…会议), for the
// events no other stage placed.
import type { Mention } from '../../../ingest/extract/types.ts';
import type { Sentence } from '../sentences.ts';
import { placeTarget } from './events.ts';
import type { EventFact } from './types.ts';

/** 在X(为Y)(隆重)举行(的) right before the name: group 1 is where, up to a verb of the agent's (在珀斯共同出席…举行的). */
const HELD_AT_BEFORE = /在([^，。；“”就为]{2,20}?)(?:[就为][^，。；在]{1,20}?)?(?:隆重|联合|共同)?(?:举行|召开)了?的?$/;
const AGENTS_VERB = /共同出席|出席|参加|主持|会见|同|与/;

/** Adds to each event with no place the places and bodies printed in 在…举行 right before its name in its sentence. */
export function venuesBefore(
  text: string,
  events: readonly EventFact[],
  ss: readonly Sentence[],
  mentions: readonly Mention[],
): void {
  for (const e of events) {
    if (e.places.length > 0 || !e.printed) continue;
    const s = ss.find((x) => x.start === e.sentenceStart);
    const at = s ? text.indexOf(e.printed, s.start) : -1;
    if (!s || at < 0 || at >= s.end) continue;
    const m = HELD_AT_BEFORE.exec(text.slice(s.start, at));
    if (!m) continue;
    const from = s.start + m.index + 1;
    const verb = m[1]!.search(AGENTS_VERB);
    const to = from + (verb < 0 ? m[1]!.length : verb);
    for (const x of mentions) {
      // (A one-character place only right after 在: 在京举行.)
      const long = x.end - x.start > 1 || x.start === from;
      const where = ['place', 'organization', 'enterprise'].includes(x.kind) && x.start >= from && x.end <= to && long;
      if (where && !e.places.some((t) => t.name === x.text)) e.places.push(placeTarget(x.kind, x.text));
    }
  }
}
