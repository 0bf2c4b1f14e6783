// Those a sentence lists before the word of attendance that closes it, however the list is set out (…，…；…等出席仪式。).
import type { Binding } from './bind.ts';
import { ENVOY_OF, notDone, type Found, type SentenceContext } from './context.ts';
import type { Mention } from '../../../ingest/extract/types.ts';
import { DISCUSSIONS_JOINED } from './lexicon.ts';

/** The closing word: attendance, perhaps with its aspect, then only what was attended (出席仪式, 参加了会议). */
const CLOSING_WORD = /^(?:出席|参加|列席|到会|与会)了?$/;
/** Or speaking, each in turn (…、…等来自全市统一战线各领域的8位同志作交流发言). */
const CLOSING_SPEECH = /发言$/;
/** A plan told before the closing word (将出席, 拟参加). */
const PLANNED = /(?<![上中少大])将(?!军)|拟/;
/** After it, up to the sentence's or the list's end: the event's name or kind at most, no clause of its own. */
const CLOSING_REST = /^[^，。；：！？“”、]{0,16}(?:[。！？；]|\s*$)/;
/**
 * Between a name and the closing word, what makes the name no one present: someone he stood for, sent or invited
 * (受…委托, 代表…, 邀请), whom something was done to or for (向, 为, 对, 给), whose words or letter were read (讲话,
 * 贺信), who escorted or led others there (陪同下, 带领下).
 */
const NOT_PRESENT = /委托|委派|邀请|[向为对给]|讲话|指示|批示|贺信|贺电|致信|陪同下|带领下|率领下|名义/;
/**
 * Before a name in its clause: one who sent, invited or presided over others (受…, 应…, 由…); not the same characters
 * inside a word (酒店供应链分会荣誉会长孙仁飞, 理由, 接受), nor past a comma, however printed.
 */
const SENT_BY = /(?:(?<![接享感遭承深忍])受|(?<![供适响反对答相感效顺回呼])应|(?<![理自缘来经])由)[^，,。；;]*$/;

/**
 * The binding of the sentence's closing word of attendance, widened to every person listed before it that no other
 * act of the sentence claims: a list set out with commas, semicolons, bodies and kinds between its names
 * (`省政府参事李卫星，海西州人大常委会主任王让太，…以及…周本加，…社会各界人士出席此次开幕式`) is one list of those present,
 * whatever its separators. Where no binding holds the word, those listed (two or more) make one.
 */
export function withWholeList(ctx: SentenceContext, bound: readonly Binding[]): Binding[] {
  let out = bound;
  for (const f of ctx.predicates) out = closingList(ctx, out, f);
  return [...out];
}

/** The list closed by `f`, a word of attendance or of speech that ends its sentence or its part up to a semicolon. */
function closingList(ctx: SentenceContext, bound: readonly Binding[], f: Found): readonly Binding[] {
  // (…梁良参加接待和交流座谈: or joining the discussion its word names.)
  const attended = f.pred.rel === 'ATTENDED' && (CLOSING_WORD.test(f.word) || DISCUSSIONS_JOINED.includes(f.word));
  const spoke = f.pred.rel === 'ADDRESSED' && CLOSING_SPEECH.test(f.word);
  if (!(attended || spoke) || f.start >= ctx.speechFrom) return bound;
  if (!CLOSING_REST.test(ctx.text.slice(f.end, ctx.s.end)) || ctx.retrospect) return bound;
  // (…仪式在县文化中心举行，…许俊松，…葛少青，县领导王庆武、…出席仪式；市图书联盟…参加: each part up to its semicolon.)
  const from = Math.max(ctx.s.start, ctx.text.lastIndexOf('；', f.start) + 1);
  // (…杜达、…范明政将出席论坛: a plan, whoever is listed; not the 将 of a general's rank, 少将.)
  const planned = PLANNED.test(ctx.text.slice(ctx.s.start, f.start));
  if (notDone(ctx.text, f, ctx.s.start, ctx.s.start, ctx.mentions) || planned) return bound;
  const named = (b: Binding) => [...b.agent.persons, ...(b.partner?.persons ?? [])];
  const claimed = new Set(bound.flatMap((b) => named(b).map((m) => m.start)));
  const listed = ctx.mentions.filter((m) => m.kind === 'person' && m.start >= from && m.end <= f.start &&
    !claimed.has(m.start) && present(ctx, m, f.start));
  if (listed.length === 0) return bound;
  const own = bound.find((b) => b.found === f);
  if (!own) {
    if (listed.length < 2) return bound;
    const agent = { persons: listed, start: listed[0]!.start, end: listed.at(-1)!.end, listed: true };
    return [...bound, { found: f, agent }];
  }
  const persons = [...own.agent.persons, ...listed].sort((a, b) => a.start - b.start);
  const agent = { ...own.agent, persons, start: Math.min(own.agent.start, persons[0]!.start) };
  return bound.map((b) => (b === own ? { ...b, agent } : b));
}

/** What may follow a name in a list before the next item: his rank of address, an aside in brackets. */
const AFTER_NAME = /^(?:同志|先生|女士|博士|教授|院士|阁下|夫妇)?(?:（[^（）]{1,20}）|\([^()]{1,40}\))?/;
/** What goes on with a list after an item: a mark, a joiner, 等, or the closing word itself. */
const LIST_GOES_ON = /^(?:[、，,；;和及与]|以及|等|$)/;

/**
 * An item of a list: the name, perhaps its post and an aside after it, then a list mark or the closing word (not a
 * name read in pieces, 安长|明特地带来, nor one whose post a 的 follows, 习近平主席的…).
 */
function itemOfList(ctx: SentenceContext, m: Mention, to: number): boolean {
  const post = ctx.mentions.find((t) => t.kind === 'title' && t.start === m.end);
  let at = post ? post.end : m.end;
  at += AFTER_NAME.exec(ctx.text.slice(at, to))?.[0].length ?? 0;
  return LIST_GOES_ON.test(ctx.text.slice(at, to));
}

/** A person listed before the closing word who was there: no other act, nothing sent or done for him, between. */
function present(ctx: SentenceContext, m: Mention, to: number): boolean {
  if (m.surnameOnly || m.doctrine || !itemOfList(ctx, m, to)) return false;
  // (习近平主席特别代表、…韩正: whose envoy someone is.)
  if (ENVOY_OF.test(ctx.text.slice(m.end, m.end + 8))) return false;
  if (ctx.predicates.some((p) => p.start >= m.end && p.start < to)) return false;
  // (宋彬局长会见青浦区区长杨小菁、副区长孙挺一行来访，…参加: the object of an act before him in his clause.)
  if (ctx.predicates.some((p) => p.end <= m.start && !/[，；]/.test(ctx.text.slice(p.end, m.start)))) return false;
  if (NOT_PRESENT.test(ctx.text.slice(m.end, to))) return false;
  const before = ctx.text.slice(ctx.s.start, m.start);
  // (本报柏林5月29日电（记者王怀成）: a reporter in the dateline's brackets.)
  return !SENT_BY.test(before) && !/[（(][^（）()]*$/.test(before);
}
