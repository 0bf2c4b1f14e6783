// State-visit welcomes: `X在…举行仪式，欢迎Y对我国进行国事访问`: X held the welcome ceremony (CHAIRED), Y its guest.
import { groupStart } from './bind.ts';
import type { Group, SentenceContext } from './context.ts';

/** The host's clause holding a ceremony, then 欢迎 and its guest. */
const WELCOME = /举行(?:了)?(?:隆重(?:的)?)?(?:欢迎)?仪式[，,]?(?:热烈)?欢迎/;

export interface Welcome {
  host: Group;
  guest: Group;
}

/**
 * A welcome ceremony in the sentence: its host is the sentence's subject (titles, then a name, before the ceremony),
 * its guest the first person after 欢迎, in the same clause.
 */
export function welcomeIn(ctx: SentenceContext): Welcome | undefined {
  const m = WELCOME.exec(ctx.text.slice(ctx.s.start, ctx.speechFrom));
  if (!m) return undefined;
  const at = ctx.s.start + m.index;
  const after = at + m[0].length;
  const host = ctx.groups.find((g) => g.end <= at && !/[，。；：]/.test(ctx.text.slice(g.end, at)));
  const guest = ctx.groups.find(
    (g) => groupStart(ctx, g) >= after && !/[，。；：]/.test(ctx.text.slice(after, g.start)),
  );
  return host && guest ? { host, guest } : undefined;
}
