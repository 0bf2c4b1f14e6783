// A deputy joining his own delegation's session (`李强来到他所在的云南代表团，同代表们一起审议政府工作报告`): he attended it.
import { clauseSubject, type Group, type SentenceContext } from './context.ts';

/** His delegation, then what it did with him: 同代表们一起审议, 参加讨论. */
const JOINED = /(?:他|她)?所在的([^，。；]{2,30}?代表团)[，,]?(?:(?:同|与|和)代表们一起|参加)(审议|讨论)/;

export interface DelegationSession {
  member: Group;
  /** The session's name: the delegation and what it did (`云南代表团审议`). */
  name: string;
  at: number;
}

/** The session in the sentence and its member: the sentence's subject, before 所在的 with no clause break. */
export function delegationSessionIn(ctx: SentenceContext): DelegationSession | undefined {
  const m = JOINED.exec(ctx.text.slice(ctx.s.start, ctx.speechFrom));
  if (!m) return undefined;
  const at = ctx.s.start + m.index;
  const member = clauseSubject(ctx, at);
  const delegation = m[1]!.replace(/^.*的/, '');
  return member ? { member, name: delegation + m[2]!, at: at + m[0].length } : undefined;
}
