// State-visit welcomes: `X在…举行仪式，欢迎Y对我国进行国事访问`, `X为Y举行欢迎宴会`: X held the ceremony or banquet
// (CHAIRED), Y its guest.
import { groupStart } from './bind.ts';
import { clauseSubject, type Group, type SentenceContext } from './context.ts';

/** What a host holds to welcome guests or see them off: a ceremony, a banquet, a farewell. */
const WELCOMES = '(?:仪式|宴会|晚宴|午宴|国宴|饯行活动)';
/** The host's clause holding a ceremony or a banquet, then 欢迎 and its guest; or a banquet given for him. */
const WELCOME = new RegExp(
  `举行(?:了)?(?:隆重(?:的)?)?(?:欢迎)?(${WELCOMES})[，,]?(?:热烈)?欢迎` +
    // (哈莉玛总统…在总统府设宴，款待来新访问的…查尔斯王子: a banquet given, its guest named after it.)
    '|设(?:便)?宴(?:[，,]?(?:款待|招待|宴请)|[，,]欢迎)',
);

export interface Welcome {
  host: Group;
  /** The guest named after 欢迎; none when the guests are named later (欢迎出席…的国际贵宾。他们是：…). */
  guest?: Group;
  /** 欢迎仪式, or the banquet's noun as printed (宴会). */
  name: string;
  /** How the host gave it, if not by 举行 (设宴款待). */
  role?: string;
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
  const name = m[1] === '仪式' ? '欢迎仪式' : (m[1] ?? '宴会');
  if (!host || (!guest && m[1] === '仪式')) return undefined;
  return { host, ...(guest ? { guest } : {}), name, ...(m[1] ? {} : { role: m[0].replace(/[，,]/, '') }) };
}

/** Words of how grand a ceremony was (隆重盛大欢迎仪式, 隆重的欢迎仪式): no part of its name. */
const GRAND = '(?:(?:隆重|盛大|热烈|庄重)(?:而|的)?)*';

/**
 * `出席X和Y共同举行的隆重欢迎仪式`, `出席…施瓦布主持的午餐会`: the hosts named in the clause that describes what is
 * attended.
 */
const HELD_BY = new RegExp(
  // (…在巴厘岛神鹰广场举行的二十国集团领导人峰会欢迎晚宴: what the banquet is for may stand before it.)
  `出席([^，。；]{1,60}?)(?:共同)?(?:举行的(${GRAND}[^，。；的“”]{0,16}?(?:欢迎)?${WELCOMES})` +
    `|(主持)的([^，。；的]{0,20}?(?:会议|会|论坛)))`,
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
  const name = (m[2] ?? m[4]!).replace(new RegExp(`^${GRAND}`), '');
  return { host, guests: [], name, at: to, ...(m[3] ? { role: m[3] } : {}) };
}

/** `…授予“友谊勋章”，并举行隆重颁授仪式`: a ceremony or banquet held as the subject's next act. */
const HELD_JOINED = new RegExp(
  `并(?:在[^，。；的]{1,12}?)?举行(?:了)?(?:隆重(?:的)?)?([^，。；的“”]{0,6}${WELCOMES})(?![^，。；]{0,4}欢迎)`,
);

/** A ceremony held as what the sentence's subject did next: its host is that subject. */
export function heldJoinedIn(ctx: SentenceContext): HeldFor | undefined {
  const m = HELD_JOINED.exec(ctx.text.slice(ctx.s.start, ctx.speechFrom));
  if (!m) return undefined;
  const at = ctx.s.start + m.index;
  const host = ctx.groups.find((g) => g.end <= at);
  if (!host) return undefined;
  // (向阮富仲授予“友谊勋章”，并举行…颁授仪式: who is decorated is the ceremony's guest.)
  const award = AWARDED_TO.exec(ctx.text.slice(host.end, at));
  const from = host.end + (award?.index ?? 0);
  const guests = award ? ctx.groups.filter((g) => g.start >= from && g.end <= from + award[0].length) : [];
  return { host, guests, name: m[1]!, at: at + m[0].length };
}
const AWARDED_TO = /向[^，。；]{1,40}?(?:授予|颁授|颁发)/;

/** How a ceremony or banquet was held, no part of its name (隆重欢迎仪式, 盛大欢迎晚宴). */
const HOW_HELD = '(?:隆重|盛大|热烈|丰盛|正式|简短)';
/** `为Y举行(了)欢迎宴会`: the guests between 为 and the verb, the ceremony or banquet after it. */
const HELD_FOR = new RegExp(
  `为([^，。；]{1,60}?)举行(?:了)?((?:[^，。；的]{1,8}的)?(?:${HOW_HELD}的?)?(?:欢迎|迎宾)?${WELCOMES})` +
    // (举行欢迎仪式和欢迎宴会: two held at once.)
    `(?:(?:和|及)((?:欢迎|迎宾)?${WELCOMES}))?`,
);
/** `为Y饯行`: a farewell given to guests, told by its verb alone. */
const FAREWELL_FOR = /为([^，。；]{1,60}?)(饯行)/;
/** Guests told by who they are, named later if at all (为出席…的中亚国家元首夫妇, 为贵宾). */
const GUESTS_BY_KIND = /(?:夫妇|贵宾|嘉宾|来宾|外宾|元首|领导人|客人)们?$/;

export interface HeldFor {
  host: Group;
  guests: Group[];
  /** The ceremony or banquet as printed (欢迎宴会). */
  name: string;
  at: number;
  /** How the host is said to hold it, if not 举行 (主持). */
  role?: string;
  /** A second ceremony or banquet held at once (欢迎仪式和欢迎宴会). */
  also?: string;
  /** The guests are told by who they are, not named (为出席…的元首夫妇): they may be named as they arrive. */
  guestsByKind?: boolean;
}

/** A ceremony or banquet held for someone (`习近平和夫人彭丽媛为迪亚斯-卡内尔和夫人奎斯塔举行了欢迎宴会`). */
export function heldForIn(ctx: SentenceContext): HeldFor | undefined {
  const clause = ctx.text.slice(ctx.s.start, ctx.speechFrom);
  // (武契奇和夫人塔玛拉在…和平别墅为习近平和夫人彭丽媛饯行: a farewell given, its verb the event.)
  const m = HELD_FOR.exec(clause) ?? FAREWELL_FOR.exec(clause);
  if (!m) return undefined;
  const mark = ctx.s.start + m.index;
  // Where it was held may stand before the verb (为Y在利雅得王宫举行): the guests end before it.
  const place = [...m[1]!.matchAll(/(?<![正现存])在/g)].at(-1);
  const verb = mark + 1 + (place ? place.index : m[1]!.length);
  // The host is the clause's subject (穆罕默德代表国王萨勒曼为…: 穆罕默德, not the one he stands for).
  const host = clauseSubject(ctx, mark);
  // (中午李克强会在人民大会堂…为…举行欢迎宴会: one the host will give.)
  if (!host || /^[^，。；]{0,8}?(?:将|拟|会(?=在|于|为))/.test(ctx.text.slice(host.end, mark))) return undefined;
  const guests = ctx.groups.filter((g) => g.start > mark && g.end <= verb);
  const byKind = guests.length === 0 && GUESTS_BY_KIND.test(ctx.text.slice(mark + 1, verb));
  if (!guests.length && !byKind) return undefined;
  // (独具特色的迎宾仪式: what it was like is no part of its name.)
  const name = m[2]!.replace(/^.*的/, '').replace(new RegExp(`^${HOW_HELD}`), '');
  return { host, guests, name, at: verb, ...(m[3] ? { also: m[3] } : {}), ...(byKind ? { guestsByKind: true } : {}) };
}

/** Receptions, parties and banquets a host gives for an occasion, not for a guest (国庆招待会, 新春茶话会). */
const RECEPTIONS = '(?:招待会|酒会|宴会|晚宴|午宴|茶话会|联欢会|团拜会)';
/** `X在…举行招待会，庆祝…`: the host's own clause holds it, and it ends the clause (not 举行的招待会). */
const RECEPTION_HELD = new RegExp(
  `(?:在[^，。；为]{1,30}?)?举(?:行|办)(?:了)?(?:${HOW_HELD}的?)?([^，。；的“”为]{0,10}?${RECEPTIONS})(?=[，。；]|$)`,
);

/** A reception the sentence's subject gives (驻法兰克福总领事王顺卿在…举行招待会，庆祝…): he held it. */
export function receptionIn(ctx: SentenceContext): HeldFor | undefined {
  const m = RECEPTION_HELD.exec(ctx.text.slice(ctx.s.start, ctx.speechFrom));
  if (!m) return undefined;
  const at = ctx.s.start + m.index;
  // (拉马福萨在总统官邸为习近平举行欢迎宴会: the one it is held for is no host.)
  if (/为[^，。；]*$/.test(ctx.text.slice(ctx.s.start, at))) return undefined;
  const host = clauseSubject(ctx, at);
  // (习近平同贵宾们共同前往元功门举行欢迎宴会: held with others, as the sentence's own holding tells.)
  if (!host || host.listed || /[同与]/.test(ctx.text.slice(host.end, at))) return undefined;
  const name = m[1]!.replace(new RegExp(`^${HOW_HELD}`), '');
  return { host, guests: [], name, at: at + m[0].length };
}

/** Those named as they arrive (托卡耶夫、…米尔济约耶娃陆续抵达), a few sentences after a welcome held for guests by kind. */
export const ARRIVING = /(?:陆续|先后|相继)?(?:抵达|到达|到场)[。！]?$/;
