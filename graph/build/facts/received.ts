// A party received, told from the guests' side (…代表团，受到X、Y等热情接待): X and Y met the party's leader; a call
// paid on a host after 向 (向…敏昂莱递交国书): he received the caller.
import { escortedBy, escortsNamed, groupStart } from './bind.ts';
import type { Group, SentenceContext } from './context.ts';

/** 受到, the hosts, then how they received the party (热情接待, 亲切会见, 的亲切接见). */
const RECEIVED_BY = /受到([^。；：“”]{2,100}?)(?:等)?(?:的)?(?:热情|亲切|热烈|隆重)?(接待|会见|接见)/;
/** 获 or 得到 for 受到, only before 的 (…代表团，昨日到访本报，获本报董事长、社长张国良，副总编辑刘曼军的热情接待). */
const RECEIVED_AS = /(?:得到|获得|获)([^。；：“”]{2,100}?)(?:等)?的(?:热情|亲切|热烈|隆重)?(接待|会见|接见)/;

/** A party named before 受到 by its kind, its leader told in the story (代表团, 考察团, 一行). */
const PARTY_BEFORE = /(?:团|组|一行)[^。；]{0,40}$/;

export interface Received {
  /** The hosts, named first between 受到 and the verb. */
  hosts: Group;
  /** Those named after a comma that follows the hosts: present at the reception. */
  present: Group[];
  /** The guests named before 受到 in the sentence (由刘艺良率领的代表团); none when only the party's kind is. */
  guests: Group[];
  /** Only the party's kind stands before 受到: its leaders are the story's last visit's. */
  party: boolean;
  word: string;
  at: number;
  /** The guests called on the hosts (递交国书, 辞行): the event is named by them. */
  calling?: true;
}

/** The reception the sentence tells from the guests' side, if any. */
export function receivedIn(ctx: SentenceContext): Received | undefined {
  const text = ctx.text.slice(ctx.s.start, ctx.speechFrom);
  const m = RECEIVED_BY.exec(text) ?? RECEIVED_AS.exec(text);
  if (!m) return undefined;
  const at = ctx.s.start + m.index;
  const from = at + m[0].indexOf(m[1]!);
  const to = from + m[1]!.length;
  // Hosts listed over commas, each part naming one (…，副理事长余健楚、黄国胜，…): not a clause of its own (受到各方重视，
  // 市长李四会见…).
  if (!hostsOnly(ctx, from, to)) return undefined;
  const inside = ctx.groups.filter((g) => g.start >= from && g.end <= to + 1);
  if (inside.length === 0) return undefined;
  // (受到会长马有礼，副理事长余健楚、黄国胜，…等热情接待: the first named the host, those after a comma present with him;
  // 受到陈伟南、张成雄等热情接待: one list, each a host.)
  const persons = inside.flatMap((g) => g.persons);
  const cut = persons.findIndex((p, k) => k > 0 && /[，,]/.test(ctx.text.slice(persons[k - 1]!.end, p.start)));
  const first = cut < 0 ? persons : persons.slice(0, cut);
  const hosts = { ...inside[0]!, persons: first, end: first.at(-1)!.end };
  const after = cut < 0 ? [] : persons.slice(cut);
  const rest = after.length > 0 ? [{ ...inside[0]!, persons: after, start: after[0]!.start, end: after.at(-1)!.end }]
    : [];
  // (Whoever is named before 受到, in no clause of his own doing something else: the guests.)
  // (…黄先耀在珠海市台港澳事务局长邹桦陪同下，一行于日前到访…，受到…: being escorted is no act; the escorts no guests.)
  const acted = (g: Group) =>
    ctx.predicates.some((p) => p.start > g.end && p.start < at && ctx.text[p.end] !== '的' && !escortedBy(ctx, p));
  const escort = (g: Group) => escortsNamed(ctx, g, ctx.text.slice(g.end, at));
  const guests = ctx.groups.filter((g) => g.end <= at && !acted(g) && !escort(g));
  const party = guests.length === 0 && PARTY_BEFORE.test(ctx.text.slice(ctx.s.start, at));
  if (guests.length === 0 && !party) return undefined;
  return { hosts, present: rest, guests, party, word: m[2]!, at: groupStart(ctx, hosts) };
}

/**
 * A call paid to present credentials or take leave, the one called on after 向 (大使马珈向缅甸领导人敏昂莱递交国书,
 * 王文天大使…向柬埔寨国会主席坤淑达薇女士辞行): he received the caller. Not a plan (将向…递交国书).
 */
const CALLED_ON = /向([^，。；：“”]{2,60}?)(?:(?:递交|呈递|呈交)了?(?:国书副本|国书|领事委任书|委任书)|辞行)/;

/** The call the sentence tells with its host after 向, if any: the clause's subject is the guest. */
export function calledOnIn(ctx: SentenceContext): Received | undefined {
  const m = CALLED_ON.exec(ctx.text.slice(ctx.s.start, ctx.speechFrom));
  if (!m) return undefined;
  const at = ctx.s.start + m.index;
  const from = at + 1;
  const to = from + m[1]!.length;
  const inside = ctx.groups.filter((g) => g.start >= from && g.end <= to);
  const guest = ctx.groups.find((g) => g.end <= at && !/[，。；：]/.test(ctx.text.slice(g.end, at)));
  if (inside.length !== 1 || !guest || /将|拟|计划|准备/.test(ctx.text.slice(guest.end, at))) return undefined;
  // (…马珈向…敏昂莱递交国书: one host in the span, and no act of the guest's own between him and 向.)
  if (ctx.predicates.some((p) => p.start >= guest.end && p.start < to)) return undefined;
  const word = m[0].slice(1 + m[1]!.length).replace('了', '');
  const hosts = inside[0]!;
  return { hosts, present: [], guests: [guest], party: false, word, at: groupStart(ctx, guest), calling: true };
}

/** Every part of the hosts' span between commas names someone or his post, and no predicate stands in it. */
function hostsOnly(ctx: SentenceContext, from: number, to: number): boolean {
  if (ctx.predicates.some((p) => p.start >= from && p.start < to)) return false;
  let start = from;
  for (const part of ctx.text.slice(from, to).split(/[，,]/)) {
    const end = start + part.length;
    const named = (m: { kind: string; start: number; end: number }) =>
      (m.kind === 'person' || m.kind === 'title') && m.start >= start && m.end <= end + 1;
    if (!ctx.mentions.some(named)) return false;
    start = end + 1;
  }
  return true;
}
