// A party received, told from the guests' side (…代表团，受到X、Y等热情接待): X and Y met the party's leader.
import { groupStart } from './bind.ts';
import type { Group, SentenceContext } from './context.ts';

/** 受到, the hosts, then how they received the party (热情接待, 亲切会见, 的亲切接见). */
const RECEIVED_BY = /受到([^，。；：“”]{2,60}?)(?:等)?(?:的)?(?:热情|亲切|热烈|隆重)?(接待|会见|接见)/;

/** A party named before 受到 by its kind, its leader told in the story (代表团, 考察团, 一行). */
const PARTY_BEFORE = /(?:团|组|一行)[^。；]{0,40}$/;

export interface Received {
  /** The hosts, named between 受到 and the verb. */
  hosts: Group;
  /** The guests named before 受到 in the sentence (由刘艺良率领的代表团); none when only the party's kind is. */
  guests: Group[];
  /** Only the party's kind stands before 受到: its leaders are the story's last visit's. */
  party: boolean;
  word: string;
  at: number;
}

/** The reception the sentence tells from the guests' side, if any. */
export function receivedIn(ctx: SentenceContext): Received | undefined {
  const text = ctx.text.slice(ctx.s.start, ctx.speechFrom);
  const m = RECEIVED_BY.exec(text);
  if (!m) return undefined;
  const at = ctx.s.start + m.index;
  const from = at + 2;
  const to = from + m[1]!.length;
  const inside = ctx.groups.filter((g) => g.start >= from && g.end <= to + 1);
  if (inside.length === 0) return undefined;
  const hosts = { ...inside[0]!, persons: inside.flatMap((g) => g.persons), end: inside.at(-1)!.end };
  // (Whoever is named before 受到, in no clause of his own doing something else: the guests.)
  const acted = (g: Group) =>
    ctx.predicates.some((p) => p.start > g.end && p.start < at && ctx.text[p.end] !== '的');
  const guests = ctx.groups.filter((g) => g.end <= at && !acted(g));
  const party = guests.length === 0 && PARTY_BEFORE.test(ctx.text.slice(ctx.s.start, at));
  if (guests.length === 0 && !party) return undefined;
  return { hosts, guests, party, word: m[2]!, at: groupStart(ctx, hosts) };
}
