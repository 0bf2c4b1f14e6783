// State-visit welcomes: `X在…举行仪式，欢迎Y对我国进行国事访问`, `X为Y举行欢迎宴会`: X held the ceremony or banquet
// (CHAIRED), Y its guest.
import { groupStart } from './bind.ts';
import { clauseSubject, type Group, type SentenceContext } from './context.ts';

/** What a host holds to welcome guests or see them off: a ceremony, a banquet, a farewell. */
const WELCOMES = '(?:仪式|宴会|晚宴|午宴|国宴|饯行活动)';
/** The host's clause holding a ceremony or a banquet, then 欢迎 and its guest. */
const WELCOME = new RegExp(`举行(?:了)?(?:隆重(?:的)?)?(?:欢迎)?(${WELCOMES})[，,]?(?:热烈)?欢迎`);

export interface Welcome {
  host: Group;
  /** The guest named after 欢迎; none when the guests are named later (欢迎出席…的国际贵宾。他们是：…). */
  guest?: Group;
  /** 欢迎仪式, or the banquet's noun as printed (宴会). */
  name: string;
}

/**
 * A welcome ceremony or banquet in the sentence: its host is the sentence's subject (titles, then a name, before
 * it), its guest the first person after 欢迎, in the same clause.
 */
export function welcomeIn(ctx: SentenceContext): Welcome | undefined {
  const m = WELCOME.exec(ctx.text.slice(ctx.s.start, ctx.speechFrom));
  if (!m) return undefined;
  const at = ctx.s.start + m.index;
  const after = at + m[0].length;
  const host = clauseSubject(ctx, at);
  const guest = ctx.groups.find(
    (g) => groupStart(ctx, g) >= after && !/[，。；：]/.test(ctx.text.slice(after, g.start)),
  );
  const name = m[1] === '仪式' ? '欢迎仪式' : m[1]!;
  if (!host || (!guest && m[1] === '仪式')) return undefined;
  return { host, ...(guest ? { guest } : {}), name };
}

/**
 * `出席X和Y共同举行的隆重欢迎仪式`, `出席…施瓦布主持的午餐会`: the hosts named in the clause that describes what is
 * attended.
 */
const HELD_BY = new RegExp(
  `出席([^，。；]{1,60}?)(?:共同)?(?:举行的((?:隆重的?)?(?:欢迎)?${WELCOMES})|(主持)的([^，。；的]{0,20}?(?:会议|会|论坛)))`,
);

/** A ceremony or banquet attended, held by hosts the sentence names (欧尔班共同举行的…欢迎仪式): they held it. */
export function heldByIn(ctx: SentenceContext): HeldFor | undefined {
  const m = HELD_BY.exec(ctx.text.slice(ctx.s.start, ctx.speechFrom));
  if (!m) return undefined;
  const from = ctx.s.start + m.index + 2;
  // 穆罕默德代表国王萨勒曼举行, 阿赫努什首相以穆罕默德六世国王名义举行: the one it is held for is no host.
  const to = from + m[1]!.replace(/(?:代表|以).*$/, '').length;
  const hosts = ctx.groups.filter((g) => g.start >= from && g.end <= to);
  if (hosts.length === 0) return undefined;
  const host = { ...hosts[0]!, persons: hosts.flatMap((g) => g.persons), end: hosts.at(-1)!.end };
  const name = (m[2] ?? m[4]!).replace(/^隆重的?/, '');
  return { host, guests: [], name, at: to, ...(m[3] ? { role: m[3] } : {}) };
}

/** `为Y举行(了)欢迎宴会`: the guests between 为 and the verb, the ceremony or banquet after it. */
const HELD_FOR = new RegExp(`为([^，。；]{1,60}?)举行(?:了)?((?:[^，。；的]{1,8}的)?(?:隆重的?)?(?:欢迎|迎宾)?${WELCOMES})`);

export interface HeldFor {
  host: Group;
  guests: Group[];
  /** The ceremony or banquet as printed (欢迎宴会). */
  name: string;
  at: number;
  /** How the host is said to hold it, if not 举行 (主持). */
  role?: string;
}

/** A ceremony or banquet held for someone (`习近平和夫人彭丽媛为迪亚斯-卡内尔和夫人奎斯塔举行了欢迎宴会`). */
export function heldForIn(ctx: SentenceContext): HeldFor | undefined {
  const m = HELD_FOR.exec(ctx.text.slice(ctx.s.start, ctx.speechFrom));
  if (!m) return undefined;
  const mark = ctx.s.start + m.index;
  // Where it was held may stand before the verb (为Y在利雅得王宫举行): the guests end before it.
  const place = [...m[1]!.matchAll(/(?<![正现存])在/g)].at(-1);
  const verb = mark + 1 + (place ? place.index : m[1]!.length);
  // The host is the clause's subject (穆罕默德代表国王萨勒曼为…: 穆罕默德, not the one he stands for).
  const host = clauseSubject(ctx, mark);
  if (!host) return undefined;
  const guests = ctx.groups.filter((g) => g.start > mark && g.end <= verb);
  // (独具特色的迎宾仪式: what it was like is no part of its name.)
  return guests.length ? { host, guests, name: m[2]!.replace(/^.*的/, '').replace(/^隆重/, ''), at: verb } : undefined;
}
