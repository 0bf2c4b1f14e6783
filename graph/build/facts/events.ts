// Events of one article: meetings named in it (as printed and by a canonical name a reader recognises, with their
// series), meetings a body holds, talks and visits; one event per name within the article.
import type { Article } from '../../../ingest/types.ts';
import { DATELINE } from '../../../ingest/dates/index.ts';
import { sortLongestFirst, wordAt, wordEndingAt } from '../../../ingest/extract/lexicon/words.ts';
import { KNOWN_PLACES } from '../../../ingest/extract/lexicon/places.ts';
import type { EventKind } from '../../model/types.ts';
import { evidenceOf, type Sentence } from '../sentences.ts';
import {
  DAY_WORDS, HOLDING_VERBS, KIND_BY_NOUN, MEETING_NOUNS, NOUN_AFTER, NOUN_CONTINUES, PREDICATES,
} from './lexicon.ts';
import type { EventFact, Target } from './types.ts';

const NOUNS = sortLongestFirst([...MEETING_NOUNS]);
/** Words a meeting's name never runs back over: the verbs before it, joiners, particles. */
// 座谈 and the like also run inside names (座谈交流会): they stop none; so do the baskets of a rite's name
// (烈士纪念日向人民英雄敬献花篮仪式).
const STOPPING = PREDICATES.filter((p) => !p.partner && p.object !== 'rite');
const PREDICATE_WORDS = sortLongestFirst(STOPPING.flatMap((p) => [...p.words]));
const NAME_STOPS = sortLongestFirst([
  ...STOPPING.flatMap((p) => p.words),
  // (纪念北京冬奥会成功举办一周年系列活动启动仪式…举行: 举办 runs inside names, as the time since it.)
  ...HOLDING_VERBS.filter((v) => v !== '举办'),
  // 宣布本届大运会开幕: who declares a meeting open names none of it.
  '宣布',
  '在',
  '和',
  '与',
  '及',
  '并',
  '的',
  '于',
]);
/** The word no name runs back over that ends at `at`, but for the 作 of 工作 (巡察工作动员部署会议: no 作动员 there). */
function nameStopEndingAt(text: string, at: number): string | undefined {
  const stop = wordEndingAt(NAME_STOPS, text, at);
  return stop?.startsWith('作') && text[at - stop.length - 1] === '工' ? undefined : stop;
}
/** Verbs a meeting's full name is printed after (出席第十届部长级会议开幕式, 召开…会议). */
const MEETING_VERBS = sortLongestFirst([...STOPPING.flatMap((p) => p.words), ...HOLDING_VERBS]);
/**
 * Right after a verb of holding, the time since (纪念北京冬奥会成功举办一周年系列活动): no holding told, part of a name
 * (举行建校90周年庆祝大会 holds one).
 */
// (隆重举行150周年庆典: an anniversary's occasion, named after it, is held.)
const SINCE_HELD =
  '(?![一二三四五六七八九十百两\\d]{1,3}(?:周年(?![^，。；]{0,8}?(?:庆典|大会|晚会|典礼|仪式|招待会|酒会))|年来)|以来|之际)';
const HOLDING_ALL = new RegExp(`(?:${HOLDING_VERBS.join('|')})(?!的)${SINCE_HELD}`, 'g');
/** Words before a verb of holding that make the meeting one agreed on or planned, not held (同意举行, 将于…召开). */
// (推动召开…国际和平会议, 呼吁召开: a meeting called for.)
const PLANNED =
  /(?:关于|同意|决定|商定|将于|将在|将|拟于|拟|计划|准备|筹备|期待|希望|愿|推动|呼吁|倡议|主张|敦促|建议)[^，。；]{0,4}$|将于|拟于/;
/** Congratulating on a meeting's holding (祝贺…大会成功召开), in the clause before its name. */
const CONGRATULATED = /祝贺|贺信|贺电|致贺/;
/**
 * A decision opening the sentence: what follows it is decided on, not held (全会决定，…大会于…召开); with approval
 * (经党中央批准，…研讨班…举办) it is held.
 */
const DECIDED = /^(?!经)[^，。；]{0,12}(?:决定|同意|商定)[，：:]/;
const SUMMED = /^[\d一二三四五六七八九十百千两几数]+多?[场项期次个]|、|等|多场|多项|各类/;
/**
 * 举办 is said of what is offered, congratulated on or done as a means as often as of what was held: held here only
 * by a subject, with no plan or offer before it in its sentence (中方将出台…，举办…主题活动), no 成功 / 通过 / 借助 / 首次 right before it
 * (祝贺中方成功举办…, 通过举办读书班…等方式), and no means or occasion after the name (…等形式, …的契机).
 */
function hostedHere(text: string, s: Sentence, verbAt: number, held: { name: string; end: number }): boolean {
  // (举办110多场报告会, 举办论坛、…仪式和多项主题活动: many happenings summed, no one event.)
  if (SUMMED.test(held.name)) return false;
  const before = s.text.slice(0, verbAt);
  // (批示指出，…。举办全国残疾人职业技能大赛…，有利于…: holding named as a deed, no one holding it.)
  if (before.trim() === '') return false;
  if (/将|愿|拟|计划|准备|打算|倡议|欢迎|支持|继续/.test(before)) return false;
  if (/(?:成功|通过|借助|首次|从|在于|用于)(?:了)?$/.test(before.match(/[^，。；：]*$/)![0])) return false;
  return !/^(?:、[^，。；]*)?(?:等)?(?:[^，。；]{0,6}(?:方式|形式))|^的?契机/.test(text.slice(held.end, s.end));
}
/** 将 opening what is to be held, some words before the verb (组成人员将围绕七个专题进行分组讨论). */
const TO_BE_HELD = /将[^，。；将]{0,10}$/;
/** Urging others to hold a meeting, in the clause before the verb of holding. */
const URGED = /督促|责成|敦促/;
/** Bodies stationed in a place its one character names (在京单位, 在沪企业, 在华机构). */
const BODIES_STATIONED = '[京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘青宁新港澳台华](?:单位|企业|机构|高校|院所|部队)';
// (中央在沪单位审计工作会议, 在华企业座谈会: bodies "in" a place by its one-character name are part of a name.)
const HELD_INSIDE = new RegExp(`${HOLDING_VERBS.join('|')}|在(?!${BODIES_STATIONED})`);
const HELD_BEFORE = new RegExp(`^.*(?:${HOLDING_VERBS.join('|')})${SINCE_HELD}`);
/** A meeting's sittings that a story names without the meeting (主持开幕会). */
// (开幕礼, 闭幕礼: Hong Kong's, Taiwan's and Malaysia's words for them.)
const SESSIONS = ['开幕会', '闭幕会', '开幕式', '闭幕式', '开幕礼', '闭幕礼', '结业式', '全体会议', '联组会议'];
/** The ceremonies that open or close a meeting: its sittings, not events of their own. */
const OPENING_OR_CLOSING = /(?<=.)(?:开幕式|闭幕式|开幕会|闭幕会|开幕礼|闭幕礼)(?:暨.+)?$/;
/** Events with sittings of their own: meetings, forums, exhibitions (not talks, visits or ceremonies). */
const SESSION_OF: readonly EventKind[] = ['meeting', 'forum', 'exhibition', 'video conference'];
/** Kinds of a visit: no meeting that 会议 alone can mean. */
export const VISIT_KINDS: readonly EventKind[] = ['research visit', 'inspection', 'condolence visit', 'state visit'];
/** A sentence that starts by placing itself before, after or during the story's meeting. */
const AROUND_MEETING = /^(?:会前|会后|会议期间|会间|会上)/;
/** Days a held meeting's name may be followed by (22日至23日, 4日上午). */
const DAYS =
  '(?:(?:\\d{1,2}月)?\\d{1,2}日(?:至(?:\\d{1,2}月)?\\d{1,2}日)?(?:[上下]午|晚|全天)?' +
  // 今天（10月21日）: the day by its word and its date in brackets.
  `|(?:${DAY_WORDS})(?:（[^）]{1,12}）)?(?:[上下]午|晚)?` +
  // (就职典礼上午于总统府及府前举行: a part of the day alone.)
  '|[上下]午|晚间|晚上)?';
/**
 * An occasion named for what it marks, held as the sentence opens (中国南极秦岭站开站活动7日举行): a bare 活动 later
 * in the story is it.
 */
// (9月18日，第18个“全民国防教育日”暨防空警报试鸣系列宣传活动在东湖公园西门广场举行: after its day, a quoted name in it.)
// (中新社南宁4月22日电 (蒋雪林 韦佳秀)2023年…大联欢活动21日下午在广西南宁举行: after a dateline and its reporters.)
const OPENING_ACTIVITY = new RegExp(
  `^(?:${DATELINE.source.slice(1)})?` +
    '(?:(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:[上下]午|晚)?[，,])?' +
    `((?:[^，。；、的“”]|“[^“”，。；]{1,20}”){4,40}?活动)${DAYS}(?:在[^，。；]{1,20}?)?(?:举行|举办)`,
);
/** A delegation's name, holding no one's act of going to it (金华市委书记朱重烈参加永康代表团审议). */
const DELEGATION = '((?:(?!参加|出席|列席|来到|到|在|同)[^，。；、的“”：]){2,24}代表团)';
/**
 * A delegation deliberating, its subject as the sentence opens (解放军和武警部队代表团5日下午分组审议政府工作报告): the
 * delegation's deliberation is the event its members speak at.
 */
const DELIBERATING = new RegExp(
  `^(?:[^，。；：]{0,16}：)?(?:出席[^，。；：]{2,12}的)?${DELEGATION}(?:${DAYS}|连日来)` +
    '(?:开始|继续)?(?:分组|全体会议|在[^，。；]{1,16}?)?(审议|讨论)(?![^，。；]{0,6}(?:时|中|的))',
);
/** A meeting that is held itself: its name, then when, how (以视频方式) and where (在京), then the verb. */
const ITSELF = new RegExp(
  // …全体会议，于2022年10月23日在北京举行: a communiqué's 于 and year.
  // …代表大会圆满完成各项议程，3日上午…闭幕: a closing's formula may stand before its day.
  // …代表大会在选举产生新一届中央委员会…后，22日上午在人民大会堂胜利闭幕: what it did before, then the day.
  // (…活动启动仪式暨“人道的力量·红十字故事汇”在…举行: another held with it, in quotes.)
  // (…学习报告会（第六期商丘大讲堂）举行: an aside in brackets after the name.)
  // (由…筹备的“…周年酒会”在…举行: the name in quotes.)
  `(${NOUNS.join('|')})(?!${NOUN_CONTINUES.join('|')})”?(?:（[^（）。；，]{1,16}）)?(?:暨“[^“”。；]{1,30}”)?` +
    '(?:，?于(?:\\d{4}年)?)?' +
    // (…代表大会圆满完成各项预定议程后闭幕: the business done, no comma.)
    '(?:(?:圆满|胜利)?完成了?各项(?:预定)?议程(?:后|，)|，?在[^。；]{2,160}?后，)?' +
    // (…互联网之光博览会，昨天上午在桐乡乌镇开幕: the day set off by a comma.)
    `(?:，(?=${DAY_WORDS}|\\d{1,2}[月日]))?${DAYS}(?:以[^，。；]{1,12}?(?:方式|形式))?` +
    // (…周年酒会假香港香格里拉酒店隆重举行: Hong Kong's 假座, where.)
    '(?:(?:在|于|假座?)[^，。；]{1,20}?|[^，。；的并同与]{0,8}?)(?:召开|举行|举办|开班(?!式)|结业(?!式)|复会|开幕(?![会式])|闭幕(?![会式]))' +
    // 纪念北京冬奥会成功举办一周年…: the time since a meeting was held, not its holding.
    '(?![^，。；]{0,4}(?:周年|以来|之际))',
);

/** Meetings a body holds again and again: their canonical name is a series a query can follow. */
const RECURRING =
  /(?:常务会议|常委会(?:会议|扩大会议)?|主席会议|委员长会议|全体会议|集体学习|专题学习|专题讲座|党组会议|办公会议|例会|专题会议|定期会晤)$/;
/** A name that says only what kind of meeting it was (会议, 座谈会, 主席会议): it needs its body or its story. */
const DETERMINERS = '(?:该|此次|这次|本次|本届|上述|了|这个)';
const GENERIC = new RegExp(`^${DETERMINERS}?(?:${NOUNS.join('|')})$`);
/** The day a meeting was held, read before its name (主持当日例行记者会; 今天是杭州亚运会…). */
const DAY_BEFORE_NAME = /^(?:当日|当天|今日|今天|昨日|昨天)(?:的|是|距离)?(?=\p{Script=Han}{2})/u;
/**
 * Numbers of a session or sitting and the year, which a series does not keep (第八十五次, 十四届, 2023年, 2024中关村论坛,
 * 2023级新生开学典礼: the year's intake).
 */
// (新一轮中瑞外长级战略对话: a new round of one.)
const ORDINALS =
  /第?[一二三四五六七八九十百零〇两\d]+(?:次|届|期|轮|场|讲)|^新一轮|\d{4}年(?:度)?|^\d{4}级?(?=\p{Script=Han})|（[^）]*）/gu;

/** 并 (or 并且) starting a second predicate of the same agent (…会议并讲话), not 并 inside a word (并网发电). */
function joinedVerbAt(text: string, i: number): boolean {
  if (text[i] !== '并') return false;
  // (并共同主持…, 并分别会见…: an adverb of a joint act may stand before the verb.)
  const adverb = /^(?:且)?(?:共同|一同|一起|分别|先后)?/.exec(text.slice(i + 1, i + 4))![0].length;
  const next = i + 1 + adverb;
  return (
    wordAt(PREDICATE_WORDS, text, next) !== undefined || /^(?:发表|作|在|于|同|与|向|宣布)/.test(text.slice(next, next + 2))
  );
}

export function eventKindOf(name: string, fallback: EventKind): EventKind {
  for (const [re, kind] of KIND_BY_NOUN) if (re.test(name)) return kind;
  return wordEndingAt(NOUNS, name, name.length) ? 'meeting' : fallback;
}

export function isGeneric(name: string): boolean {
  return GENERIC.test(name);
}

/** The name without its sitting's numbers: 国务院第X次常务会议 → 国务院常务会议. */
export function canonicalName(printed: string): string {
  // A session's sitting is known by the body's name and the sitting's (全国政协…会议第二次全体会议 → 全国政协全体会议).
  // (…全体会议暨闭幕式: the sitting, whose closing it also was.)
  // (…丰收节系列活动——第二十三届中国（宁波象山）开渔节: a series' part, after its dash, is the event.)
  // (第五届“阿拉伯艺术节”: a name read up to its noun, inside its quotes, loses the quote it opened with.)
  // (“奋楫扬帆正当时——第十八届、第十九届中国电影华表奖颁奖典礼: sittings listed, their numbers gone with their 、.)
  const c = printed.replace(/“(?=[^“”]*$)/, '').replace(/^[^“”]*——(?=[^“”]{2,}$)/, '')
    .replace(ORDINALS, '').replace(/^、+/, '').replace(DAY_BEFORE_NAME, '').replace(/(?<=会议)暨(?:开幕式|闭幕式)$/, '')
    .replace(/^(?:在|于)[^，。]*?(?:召开|举行)的/, '').replace(/^(?:(?:隆重|盛大|热烈|庄重)(?:而|的)?)+/, '')
    .replace(/会议(?=全体会议$|联组会议$|开幕会$|闭幕会$)/, '')
    // A meeting's numbered sitting is that meeting (…主席团常务主席会议第一次会议 → …主席团常务主席会议).
    .replace(/会议会议$/, '会议')
    // A series' numbered sitting is that series (…系列报告会第二场报告会 → …系列报告会).
    .replace(/(报告会|座谈会|论坛|讲座)\1$/, '$1');
  // A body's formal name, as the short one its meetings are known by (中国人民政治协商会议全国委员会会议 → 全国政协会议).
  const short = FORMAL_NAMES.reduce((name, [formal, known]) => name.replace(formal, known), c);
  return short.length >= 2 ? short : printed;
}

/** Bodies' formal names and the short names their meetings go by, the longer first. */
const FORMAL_NAMES: readonly [RegExp, string][] = [
  [/^中国人民政治协商会议全国委员会常务委员会/, '全国政协常委会'],
  [/^中国人民政治协商会议全国委员会/, '全国政协'],
  [/^全国人民代表大会常务委员会/, '全国人大常委会'],
  [/^(?:中华人民共和国)?全国人民代表大会/, '全国人大'],
];

/**
 * The meeting named from `from` up to the last meeting noun before the clause ends, a joined verb (并) or `limit`
 * (`出席二十国集团领导人第十八次峰会第三阶段会议并发言`); a phrase starting `在…举行的` keeps what it names.
 */
export function meetingAt(
  text: string,
  from: number,
  limit: number,
): { name: string; start: number; end: number } | undefined {
  let stop = from;
  // (A headline's parts stand apart by spaces: 参加追悼大会 蔡奇主持大会 names 追悼大会.)
  while (stop < limit && !/[，。；：！？\s]/.test(text[stop]!) && !joinedVerbAt(text, stop)) {
    // A name in quotes may hold a comma (召开“统筹城乡融合发展，全面推进乡村振兴”专题协商会).
    const close = text[stop] === '“' ? text.indexOf('”', stop) : -1;
    stop = close > stop && close < Math.min(limit, stop + 40) ? close + 1 : stop + 1;
  }
  let end = -1;
  // (作了题为《全面贯彻落实六中全会精神》的工作报告: a meeting named inside a title's brackets is none held.)
  const inTitle = (i: number) => /《[^》]*$/.test(text.slice(from, i));
  for (let i = from + 1; i <= stop; i++) {
    if (wordEndingAt(NOUNS, text, i) && !/[的之]$/.test(text.slice(from, i)) && !wordAt(NOUN_CONTINUES, text, i) &&
      !inTitle(i)) end = i;
  }
  // An activity named in quotes (出席“投资中国”首场标志性活动): a bare 活动 names none, a quoted name does.
  const quotedActivity = /“[^“”]{2,16}”[^，。；“”的]{0,8}活动/.exec(text.slice(from, stop));
  if (end < 0 && quotedActivity) end = from + quotedActivity.index + quotedActivity[0].length;
  // (在沙巴国际会展中心举行开斋节门户开放活动: one held, named by what it is, right after the verb of holding.)
  // (Nor one planned, 习近平主席将分别为…举行国事活动.)
  const planned = /(?:将|拟|计划|准备)[^，。；]*$/.test(text.slice(Math.max(0, from - 80), from));
  const heldActivity = !planned && /(?:举行|举办)$/.test(text.slice(Math.max(0, from - 2), from))
    // (Not one held to greet a visitor: 当地华人华侨举行舞狮活动迎接李强总理.)
    // (Nor activities counted, 约30项冰雪赛事活动, 多种活动: many, no one event.)
    ? /^了?(?![约多数几各诸0-9一二三四五六七八九十两百千万])[^，。；：、“”的了]{2,14}活动(?![^，。；]{0,2}(?:中心|室|场所|基地|迎接|欢迎|欢送))/
      .exec(text.slice(from, stop))
    : null;
  if (end < 0 && heldActivity) end = from + heldActivity[0].length;
  // (召开征兵工作定兵会: a meeting named by a kind no list holds, right after 召开, up to where its clause ends; not a
  // body's name, 召开协会…, nor talks.)
  const convened = end < 0 && /召开$/.test(text.slice(Math.max(0, from - 2), from)) &&
    /^了?[^，。；：、“”的了]{1,20}?(?<![协学商工联委社团总分理董事部])会$/.test(text.slice(from, stop));
  if (convened) end = stop;
  if (end < 0) return undefined;
  let start = from;
  // (向出席招待会的华侨华人朋友致新春贺辞: those present at it are described; its name has no verb of presence.)
  const held = /^(?:了|在[^，。；]{1,24}?(?:召开|举行)的|(?:出席|参加|列席)(?=[^，。；]{2}))/.exec(text.slice(from, end));
  if (held) start += held[0].length;
  // A name runs back to the last 的 before it (他所在的福建代表团审议): what precedes modifies it; nor over a verb of
  // holding (…夫妇举行欢迎仪式和欢迎宴会: 欢迎仪式和欢迎宴会).
  // (参加所在党支部组织生活会: 所在, his own, names no meeting.)
  const name = afterLastOf(text.slice(start, end)).replace(HELD_BEFORE, '').replace(/^了/, '').replace(/^所在/, '');
  return name ? { name, start: end - name.length, end } : undefined;
}

/** A ceremony of welcome by either word. */
const WELCOME_CEREMONY = /(?:欢迎|迎宾)仪式$/;

/** The 的 at i is the party's own (党的二十大, 党的十九届, 党的建设): it stands inside a name (全军党的建设会议). */
function partysOwn(text: string, i: number): boolean {
  return text[i - 1] === '党' && /^(?:[一二三四五六七八九十]+(?:大|届)|建设|领导)/.test(text.slice(i + 1, i + 6));
}

/** What follows a phrase's last 的, but for a name's own (传达学习党的二十大精神会议: 党的二十大). */
function afterLastOf(phrase: string): string {
  for (let i = phrase.lastIndexOf('的'); i >= 0; i = phrase.lastIndexOf('的', i - 1)) {
    if (!partysOwn(phrase, i)) return phrase.slice(i + 1);
    if (i === 0) break;
  }
  return phrase;
}

/**
 * The meetings a name lists, each ending in a meeting's noun (第25次中国－东盟领导人会议、第25次东盟与中日韩领导人会议;
 * 中央政治局常委会会议和中央政治局会议), with their offsets in it; one name that only holds 和 is one
 * (全国网络安全和信息化工作会议), and so is a sitting of them all (…博览会和…峰会开幕式).
 */
export function listedMeetings(name: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  if (SESSIONS.some((w) => name.endsWith(w))) return [{ name, at: 0 }];
  let from = 0;
  for (let i = 1; i < name.length - 1; i++) {
    if (!'、和及'.includes(name[i]!) || !wordEndingAt(NOUNS, name, i) || i - from < 4) continue;
    out.push({ name: name.slice(from, i), at: from });
    from = i + 1;
  }
  if (out.length === 0 || name.length - from < 4) return [{ name, at: 0 }];
  return [...out, { name: name.slice(from), at: from }];
}

/**
 * The body a meeting's name opens with, less its party group (市政府党组会议 → 市政府): the body of a meeting named after
 * it by its kind alone (…和常务会议); undefined where no more than the meeting's noun is printed.
 */
export function bodyOfMeeting(printed: string): string | undefined {
  // (市政府党组会议暨理论学习中心组学习会议: the first of a joint sitting's names.)
  const name = printed.split('暨')[0]!;
  const noun = wordEndingAt(NOUNS, name, name.length);
  const body = noun ? name.slice(0, name.length - noun.length).replace(/(?:党组|党委|党工委)(?:（扩大）)?$/, '') : '';
  return body.length >= 2 ? body : undefined;
}

/** The delegations a shared head follows (香港、澳门代表团审议): places listed with 、 before it. */
const SHARED_HEAD = /^(代表团|团组)/;

/**
 * The meetings of places listed before one head (十四届全国人大一次会议香港、澳门代表团审议 → 香港代表团审议,
 * 澳门代表团审议), for an act done at each (分别参加): each named in full, at its place's offset in the name.
 */
export function sharedHeadMeetings(name: string): { name: string; at: number }[] {
  const parts = name.split('、');
  if (parts.length < 2) return [];
  const last = parts.at(-1)!;
  const lastPlace = wordAt(KNOWN_PLACES, last, 0);
  if (!lastPlace || !SHARED_HEAD.test(last.slice(lastPlace.length))) return [];
  const firstPlace = KNOWN_PLACES.find((p) => parts[0]!.endsWith(p));
  if (!firstPlace || parts.slice(1, -1).some((p) => !KNOWN_PLACES.includes(p))) return [];
  const prefix = parts[0]!.slice(0, parts[0]!.length - firstPlace.length);
  const head = last.slice(lastPlace.length);
  const places = [firstPlace, ...parts.slice(1, -1), lastPlace];
  let at = prefix.length;
  return places.map((place) => {
    const item = { name: prefix + place + head, at };
    at += place.length + 1;
    return item;
  });
}

/** A sentence set at a meeting held that day (在17日举行的…代表大会上，与会者…): the meeting was held. */
const SCENE_HELD = new RegExp(
  `^(?:据[^，。；]{1,20}报道[，,])?在((?:[0-9０-９]{1,2}日|${DAY_WORDS})?(?:[上下]午|晚)?(?:在[^，。；的]{1,10})?(?:召开|举行)的)`,
);

function sceneHeld(text: string, s: Sentence): { name: string; start: number; end: number } | undefined {
  const m = SCENE_HELD.exec(s.text);
  if (!m) return undefined;
  const from = s.start + m[0].length;
  const rest = /^[^，。；]{2,40}?(?=上[，,]|期间[，,])/.exec(text.slice(from, s.end));
  const named = rest ? meetingAt(text, from, from + rest[0].length) : undefined;
  return named && !isGeneric(canonicalName(named.name)) ? named : undefined;
}

/** A meeting held lately, where the story's news was learnt (记者从日前召开的…会上获悉). */
const LEARNT_AT =
  /^[^，。；]{0,12}?从(?:日前|近日|近期|昨天|昨日|今天|[0-9０-９]{1,2}日)?(?:召开|举行)的([^，。；]{2,40}?)上(了解到|获悉|获知|得知)/;

/** What the sentence opens with as held, no verb of holding before it: a scene, an occasion, a delegation's session. */
function openingHeld(
  text: string,
  s: Sentence,
): { name: string; start: number; end: number; verbEnd?: number } | undefined {
  const scene = sceneHeld(text, s);
  if (scene) return scene;
  const activity = OPENING_ACTIVITY.exec(s.text);
  // (国家主席习近平致信祝贺…庆祝活动: a greeting sent to it, no part of its name.)
  if (activity && !/致信|致电|致贺|祝贺|出席|参加|主持/.test(activity[1]!)) {
    const start = s.start + activity[0].indexOf(activity[1]!);
    // (…大联欢活动21日下午在广西南宁举行: dated by the day between its name and its verb.)
    return { name: activity[1]!, start, end: start + activity[1]!.length, verbEnd: s.start + activity[0].length };
  }
  // (笔者从日前召开的…工作部署会上了解到，…: the meeting the story was learnt at, held lately.)
  const learnt = LEARNT_AT.exec(s.text);
  const at = learnt ? s.start + learnt[0].length - learnt[1]!.length - 1 - learnt[2]!.length : 0;
  const named = learnt ? meetingAt(text, at, at + learnt[1]!.length) : undefined;
  if (named && named.end === at + learnt![1]!.length) return named;
  const deliberating = DELIBERATING.exec(s.text);
  if (!deliberating) return undefined;
  const start = s.start + deliberating[0].indexOf(deliberating[1]!);
  return { name: deliberating[1]! + deliberating[2]!, start, end: start + deliberating[1]!.length };
}

/** The meeting after the first verb of holding that has one (进行了调研，召开座谈会: the second). */
function meetingAfterVerb(text: string, s: Sentence): ReturnType<typeof meetingAt> {
  for (const m of s.text.matchAll(HOLDING_ALL)) {
    const before = s.text.slice(Math.max(0, m.index - 12), m.index);
    if (PLANNED.test(before.slice(-6)) || TO_BE_HELD.test(before)) continue; // 双方同意举行…会议
    // (丁薛祥将于6月17日至21日赴布鲁塞尔欧盟总部举行…对话: the plan may stand further back in the clause.)
    if (/将于|拟于|即将/.test(before.split(/[，。；]/).at(-1)!)) continue;
    // 督促…相关单位党委召开专题民主生活会: what others are urged to hold.
    if (URGED.test(s.text.slice(0, m.index).split(/[，。；：]/).at(-1)!)) continue;
    const after = meetingAt(text, s.start + m.index + m[0].length, s.end);
    if (m[0] === '举办' && after && !hostedHere(text, s, m.index, after)) continue;
    // …进行国事访问的国家主席习近平在王宫举行欢迎仪式: a name holds no verb of holding and no 在.
    // 组织开展…办法（试行）、…意见、全国政协重要会议: what is carried out (开展, 进行) is no list ending in a meeting.
    // (组织开展“升国旗、唱国歌”活动: a list inside a quoted name is the name's own.)
    const listed = after && /开展|进行/.test(m[0]) && after.name.replace(/“[^“”]*”/g, '').includes('、');
    // 同法国总统马克龙举行非正式会晤: talks held with someone, which the MET verb makes; no meeting of its own.
    // (同…蒂默曼斯举行第四次中欧环境与气候高层对话: a dialogue, likewise.)
    const talks = after && /(?:会晤|对话)$/.test(after.name) && /[同与][^，。；]{1,30}$/.test(s.text.slice(0, m.index));
    if (after && !HELD_INSIDE.test(after.name) && !listed && !talks) return after;
  }
  return undefined;
}

/**
 * A held meeting: a body (or nobody) 召开/举行 a meeting (`…召开国务院常务会议`), or a meeting 召开/举行/开幕 itself
 * (`市委常委会召开会议`: the meeting is the standing committee's, `…会议在京举行`).
 */
export function heldMeeting(
  text: string,
  s: Sentence,
): { name: string; start: number; end: number; verbEnd?: number } | undefined {
  const after = meetingAfterVerb(text, s);
  // 市委昨天召开常委会议: a meeting named by its kind alone is its holder's, the body the clause opens with.
  if (after && HOLDER_NAMED.test(after.name)) return bodysMeeting(text, s, after, 2) ?? after;
  if (after && !isGeneric(canonicalName(after.name))) return after;
  const opening = after ? undefined : openingHeld(text, s);
  if (opening) return opening;
  const byBody = after && bodysMeeting(text, s, after);
  if (byBody) return byBody;
  const itself = ITSELF.exec(s.text);
  if (!itself || PLANNED.test(itself[0])) return after;
  // 热烈祝贺中国共产党第二十次全国代表大会成功召开: a meeting congratulated on, held before the story; 全会决定，…
  // 大会于2022年10月16日在北京召开: one decided on, held after it.
  const before = s.text.slice(0, itself.index);
  if (CONGRATULATED.test(before.split(/[，。；：]/).at(-1)!) || DECIDED.test(before)) return after;
  // (蔡奇向大会召开表示热烈的祝贺: the congratulation may follow.)
  if (CONGRATULATED.test(s.text.slice(itself.index + itself[0].length).split(/[，。；：]/)[0]!)) return after;
  let end = s.start + itself.index + itself[1]!.length;
  const nounStart = end - itself[1]!.length;
  // The first noun may end inside a longer one (工作会|议) or be followed by another (中关村论坛|年会): the name runs
  // to the last one's end.
  for (;;) {
    const next = wordAt(NOUNS, text, end);
    if (end < s.end && (wordEndingAt(NOUNS, text, end + 1)?.length ?? 0) > 1) end++;
    else if (next && !wordAt(NOUN_CONTINUES, text, end + next.length)) end += next.length;
    else break;
  }
  // (中国生态文明论坛十堰年会: a forum's yearly sitting, named by its place or year.)
  end += /^(?:\d{4}|[\u4e00-\u9fff]{2,3})年会/.exec(text.slice(end, s.end))?.[0].length ?? 0;
  // (宣传周启动仪式, 文化节开幕式: a week's or a festival's launch, the rite held.)
  if (text[end - 1] === '周' || text[end - 1] === '节') {
    end += /^(?:启动|开幕|闭幕)(?:仪式|式|典礼)/.exec(text.slice(end, s.end))?.[0].length ?? 0;
  }
  // (国家主席习近平向第14届中美旅游高层对话开幕致信: whom a letter is sent to, not 向人民英雄敬献花篮仪式.)
  const letter = LETTER_AFTER.test(s.text.slice(itself.index + itself[0].length));
  const start = nameStart(text, s, nounStart, end, letter);
  // (新华网北京12月12日电全国政协视察工作座谈会12日在京闭幕: a dateline run on, no space after it.)
  // (本报讯（中国青年报·中青在线记者 林智仁）福建省学生联合会…代表大会: a bracket closed with none opened in the name
  // ends an aside before it.)
  const name = text.slice(start, end).replace(DATELINE_BEFORE, '').replace(/^[^（()）]*[）)]/, '')
    .replace(/^(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚)?/, '');
  // Dated by the days printed between its name and its verb (…会议7月14日至15日在京召开).
  const verbEnd = s.start + itself.index + itself[0].length;
  if (!name) return after;
  // A session holds one of its sittings (全国政协十四届二次会议7日上午…举行第二次全体会议): the sitting is the event.
  const sitting = after && after.start >= verbEnd && SESSIONS.some((w) => after.name.endsWith(w)) ? after.name : '';
  return { name: name + sitting, start: end - name.length, end, verbEnd };
}

/**
 * Where a meeting's name, its first noun at `from`, starts: back to the clause's start, or to a word no name runs over
 * (习近平总书记在|十四届全国人大一次会议); 和, 与, 及 and verbs that also make nouns stop it only where the clause goes on
 * before them (全国网络安全和信息化工作会议, 发展新质生产力调研协商座谈会 are one name). `letter`: the meeting is one a
 * letter is sent to (向…开幕致信).
 */
function nameStart(text: string, s: Sentence, from: number, end: number, letter: boolean): number {
  // (由…筹备的“2023年熊猫巴斯和平友好论坛”: a name in quotes is read whole, whatever words it holds.)
  const opened = text[end] === '”' ? text.lastIndexOf('“', end) : -1;
  let start = opened >= s.start && !text.slice(opened + 1, end).includes('”') ? opened : from;
  while (start > s.start && !/[，。；：、\s]/.test(text[start - 1]!)) {
    // (赵县“迎新春、叙情谊、话发展”2026年…座谈会: a slogan in quotes before the name is read whole.)
    const open = text[start - 1] === '”' ? text.lastIndexOf('“', start - 1) : -1;
    if (open >= s.start && start - open <= 40 && !/[。；]/.test(text.slice(open, start))) {
      start = open;
      continue;
    }
    if (letter && text[start - 1] === '向') break;
    const stop = nameStopEndingAt(text, start);
    const inName = stop && (JOINING.has(stop) || NOMINAL_VERBS.has(stop));
    // A verb that makes a noun with what follows (宣讲团, 考察组) is part of the name (中央宣讲团报告会).
    const noun = stop && PREDICATE_WORDS.includes(stop) && NOUN_AFTER.includes(text[start]!);
    // 学习贯彻党的二十大精神中央宣讲团动员会: the party's own 的, where the name runs on to the sentence's start (not
    // to a list's last item: 新进中央委员会的委员、候补委员和…党的二十大精神研讨班).
    const opening = () => !/[、，的]/.test(text.slice(s.start, start - 2)) && clauseStartBefore(text, s, start - 1);
    if (stop === '的' && partysOwn(text, start - 1) && opening()) {
      start--;
      continue;
    }
    // (…各界庆祝中华人民共和国成立七十五周年酒会: the 和 of a republic joins nothing.)
    const republic = stop === '和' && text.slice(start - 2, start + 1) === '共和国';
    if (stop && !noun && !republic && !(inName && clauseStartBefore(text, s, start - stop.length))) break;
    start--;
  }
  return start;
}

/** A letter sent to the meeting's holding (…开幕致信, 致贺信). */
const LETTER_AFTER = /^(?:致(?:贺)?信|致贺电|发来贺信)/;

const DATELINE_BEFORE = /^[^，。；\s]{2,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日电/;

/** Bodies that hold meetings known by their name (中共中央政治局会议, 中央党的建设工作领导小组会议, 市委常委会议). */
const HOLDING_BODIES = /(?:政治局|常务委员会|委员会|领导小组|工作小组|书记处|党组|军委|主席团|[省市县区州镇乡]委|党委|政府|中央)$/;
/**
 * Meetings a body's kind of sitting names, which need the body before them (常委会议, 常务会议, 第三次全体会议, 党组扩大
 * 会议): `市委昨天召开常委会议` is the city committee's.
 */
const HOLDER_NAMED = new RegExp(
  `^(?:第[一二三四五六七八九十百零〇0-9０-９]+次)?(?:常委会议|常委扩大会议|常务会议|全体会议|党组会议|党组扩大会议|` +
    `主任会议|主席会议|委员长会议|扩大会议)$`,
);
const HOLDING_AT_END = new RegExp(`(?:${HOLDING_VERBS.join('|')})了?$`);
/** When and where between a body and its verb of holding (3日, 今天, 在京; 今天也: as another body did). */
const WHEN_WHERE = new RegExp(`(?:(?:${DAYS}|${DAY_WORDS}|日前|近日)(?:也|还|亦|同时)?|也|还|亦)(?:在[^，。；]{1,10})?$`);

/** The topic between a body and its verb of holding (就…, 围绕…). */
const HELD_ON = /(?:就|围绕)[^，。；就]{2,40}$/;

/**
 * A meeting named only by its kind, held by a body that opens the clause, is named by that body:
 * `中央党的建设工作领导小组3日召开会议` → 中央党的建设工作领导小组会议, `主席会议举行了第三次集体学习` → 主席会议第三次集体学习.
 */
function bodysMeeting(
  text: string,
  s: Sentence,
  after: { name: string; start: number; end: number },
  shortest = 3,
): { name: string; start: number; end: number } | undefined {
  const before = text.slice(s.start, after.start).match(/[^，。；：]*$/)![0].replace(HOLDING_AT_END, '');
  // What it met on may stand before the verb (中共中央政治局6月30日下午就…新境界进行第六次集体学习).
  const body = before.replace(HELD_ON, '').replace(WHEN_WHERE, '');
  // The kind ends what is held (举行常委会组成人员…专题讲座 holds no 常委会).
  if (body.length < shortest || body.length > 24 || !/^(?:[，。；：！？]|并|$)/.test(text.slice(after.end, after.end + 1)))
    return undefined;
  const meetingBody = wordEndingAt(NOUNS, body, body.length) !== undefined;
  // A body named as a meeting holds no bare 会议 (市委常委会召开会议: ITSELF names it 市委常委会), but its sittings.
  const holder = HOLDING_BODIES.test(body);
  if (canonicalName(after.name) === '会议') return holder && !meetingBody ? named(body + '会议') : undefined;
  return holder || meetingBody ? named(body + after.name) : undefined;

  function named(name: string) {
    return { name, start: after.start, end: after.end };
  }
}

/** Conjunctions that join two words of one name as often as two names. */
const JOINING = new Set(['和', '与', '及']);
/** Verbs of visits that also name what a meeting is for (调研协商座谈会, 考察报告会). */
const NOMINAL_VERBS: ReadonlySet<string> = new Set(
  STOPPING.filter((p) => p.object === 'visit').flatMap((p) => p.words.filter((w) => w.length === 2)),
);

/** Nothing but name characters from the clause's start to `at`: no verb, no 在, no other stop. */
function clauseStartBefore(text: string, s: Sentence, at: number): boolean {
  for (let k = at; k > s.start && !/[，。；：、\s]/.test(text[k - 1]!); k--) {
    const stop = nameStopEndingAt(text, k);
    if (stop && !JOINING.has(stop) && !NOMINAL_VERBS.has(stop)) return false;
  }
  return true;
}

/**
 * A later sentence that tells of an event again, up to `at` (its name, verb or people): it may print the day a span or
 * a month left open (近日在宁夏考察。…6月19日…到银川市调研; 7月5日至7日，习近平在…陪同下).
 */
export function namedAgain(event: EventFact, s: Sentence, at: number): void {
  if (s.start <= event.sentenceStart || event.namedAgain?.some((m) => m.sentenceStart === s.start)) return;
  (event.namedAgain ??= []).push({ sentenceStart: s.start, at });
}

/** A day or a span of days printed (9月20日至21日, 11月28日至12月2日, 24日下午): [month or 0, day, month or 0, day]. */
const PRINTED_DAYS = /(?:(\d{1,2})月)?(\d{1,2})日(?:至(?:(\d{1,2})月)?(\d{1,2})日)?/g;
type Days = [number, number, number, number];

function daysIn(text: string): Days[] {
  return [...text.matchAll(PRINTED_DAYS)].map((m) => {
    const month = Number(m[1] ?? 0);
    return [month, Number(m[2]), Number(m[3] ?? month), Number(m[4] ?? m[2])];
  });
}

/** The day (month 0 where none is printed) falls within the span. */
function within([month, day]: Days, [m1, d1, m2, d2]: Days): boolean {
  if (month > 0 && m1 > 0) return month * 32 + day >= m1 * 32 + d1 && month * 32 + day <= m2 * 32 + d2;
  // (28日 or 1日 within 11月28日至12月2日: a span over a month's end.)
  return m2 !== m1 ? day >= d1 || day <= d2 : day >= d1 && day <= d2;
}

/**
 * A visit told on a day outside every day its event's sentences print (…9月20日至21日…在浙江考察。9月24日下午，在返京途中，
 * …来到枣庄市考察): another visit. A sentence without a day, or an event without one, is the same visit.
 */
export function anotherDay(text: string, event: EventFact, s: Sentence, at: number): boolean {
  const own = daysIn(text.slice(s.start, at))[0];
  if (!own) return false;
  const starts = [event.sentenceStart, ...(event.namedAgain ?? []).map((m) => m.sentenceStart)];
  const spans = starts.flatMap((from) => daysIn(text.slice(from, text.indexOf('。', from) + 1 || text.length)));
  if (spans.length === 0) return false;
  return !spans.some((span) => within(own, span));
}

/**
 * A short name of three characters or more whose every character stands in order in the full one, both ending alike
 * (大运会 for 世界大学生夏季运动会, 党代会 for …全国代表大会).
 */
function shortFormOf(short: string, full: string): boolean {
  if (short.length < 3 || full.length <= short.length || full.at(-1) !== short.at(-1)) return false;
  // Nor is a list of meetings (首届中阿、中海峰会) the full name of one of them.
  if (/[并、和及与]/.test(full)) return false;
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A short form of a longer name (晋衔仪式 for 中央军委晋升上将军衔仪式): the same meeting noun, and its words before it
 * taken in order from the longer's (a Chinese abbreviation keeps characters of its full form).
 */
function abbreviates(short: string, full: string): boolean {
  const noun = wordEndingAt(NOUNS, short, short.length);
  if (!noun || short.length - noun.length < 2 || full.length <= short.length || !full.endsWith(noun)) return false;
  // A name that runs over a verb (会谈并共同主持…会议) is a reading gone wrong, not a fuller name.
  // Nor is a list of meetings (首届中阿、中海峰会) the fuller name of one of them.
  if (wordAt(PREDICATE_WORDS, full, 0) || /[并、和及与]/.test(full)) return false;
  let at = 0;
  for (const ch of short.slice(0, -noun.length)) {
    at = full.indexOf(ch, at) + 1;
    if (at === 0 || at > full.length - noun.length) return false;
  }
  return true;
}

/** The verbs of a visit, by which a headline names it. */
const VISIT_VERBS = PREDICATES.filter((p) => p.object === 'visit').flatMap((p) => [...p.words]);

/** The article's events and their identity: one per canonical name (and one per talks or visit). */
export class Events {
  readonly list: EventFact[] = [];

  constructor(private readonly article: Article) {}

  /** The event this name names in the article, made the first time. */
  meeting(printed: string, s: Sentence, at: number): EventFact {
    // 其就职仪式, 该论坛, 本届亚洲残疾人运动会: a determiner points back to an event already named.
    const back = /^(?:其|该|此|本届|本次|此次|这次)(.{2,})$/.exec(printed)?.[1];
    const named = back && this.list.find((e) => e.printed.endsWith(back) && e.eventKind !== 'talks');
    if (named) return named;
    const label = canonicalName(printed);
    // 博览会开幕式 (or 博览会开幕式暨…论坛) and 博览会 in one story: the opening of a meeting is that meeting.
    const stem = label.replace(OPENING_OR_CLOSING, '');
    // (论坛开幕式 after 第四届中俄能源商务论坛: the opening of the story's forum, named by its noun alone.)
    const byNoun = (e: EventFact) => stem !== label && NOUNS.includes(stem) && e.label.endsWith(stem);
    const known = this.list.find(
      (e) =>
        e.eventKind !== 'talks' &&
        (e.label === label || e.label.replace(OPENING_OR_CLOSING, '') === stem || byNoun(e)),
    );
    // A state guest has one welcome (欢迎仪式, then 习近平夫妇为贵宾举行唐朝传统迎宾仪式): told again in more words.
    const welcome = WELCOME_CEREMONY.test(label) ? this.list.find((e) => WELCOME_CEREMONY.test(e.label)) : undefined;
    const full =
      known ??
      welcome ??
      this.list.find((e) => e.eventKind !== 'talks' && (abbreviates(label, e.label) || shortFormOf(label, e.label)));
    if (full) {
      namedAgain(full, s, at);
      return full;
    }
    return this.add(label, printed, s, at, eventKindOf(printed, 'meeting'));
  }

  /**
   * The meeting the headline reports held (`全国政协十四届二次会议闭幕`, `中共中央政治局常务委员会召开会议`): what a bare
   * 会议 means when the lead names none in a form kg reads.
   */
  private headlineMeeting(): string | undefined {
    const text = this.article.headline.split(/\s+/)[0] ?? '';
    const held = heldMeeting(text, { start: 0, end: text.length, text });
    return held && !isGeneric(canonicalName(held.name)) ? held.name : undefined;
  }

  /**
   * The headline's meeting, for a bare 出席 when the text names none it reads (`俄罗斯举行列宁格勒保卫战胜利纪念活动`:
   * 27日举行活动…普京…出席活动): told where the role is.
   */
  fromHeadline(s: Sentence): EventFact | undefined {
    const name = this.headlineMeeting();
    return name ? this.meeting(name, s, s.start) : undefined;
  }

  /** The event already made for this name, if any. */
  named(printed: string): EventFact | undefined {
    const label = canonicalName(printed);
    return this.list.find((e) => e.label === label || e.printed === printed);
  }

  /** An event a predicate makes (会见记者, 同X座谈 → 座谈会): one per name in the article, named again by it. */
  made(label: string, printed: string, s: Sentence, at: number, kind: EventKind): EventFact {
    return this.list.find((e) => e.label === label && e.eventKind === kind) ?? this.add(label, printed, s, at, kind);
  }

  add(label: string, printed: string, s: Sentence, at: number, kind: EventKind): EventFact {
    const e: EventFact = {
      local: this.list.length,
      label,
      printed,
      sentenceStart: s.start,
      at,
      eventKind: kind,
      evidence: evidenceOf(this.article, s),
      places: [],
      heldBy: [],
    };
    if (RECURRING.test(label)) e.series = label;
    // 会前，丁薛祥到…调研: done on the day of the meeting the story reports.
    const around = AROUND_MEETING.test(s.text);
    const meeting = around ? this.list.filter((x) => SESSION_OF.includes(x.eventKind)).at(-1) : undefined;
    if (meeting) e.datedAs = meeting.datedAs ?? { sentenceStart: meeting.sentenceStart, at: meeting.at };
    this.list.push(e);
    return e;
  }

  /** The story's own happening: the first event its lead sentence reports, in reading order. */
  main(lead: Sentence): EventFact | undefined {
    const ofLead = this.list
      .filter((e) => e.sentenceStart === lead.start && e.eventKind !== 'talks')
      .sort((a, b) => a.at - b.at);
    // (中国－中亚峰会…成功举行，习近平同…共同会见记者 under 习近平同中亚五国元首共同会见记者: the one the headline names.)
    const headline = this.article.headline;
    // A visit is named by its verb (李克强考察…并主持召开座谈会 names both: the first stands).
    const verb = (e: EventFact) => VISIT_VERBS.find((v) => e.label.includes(v) && headline.includes(v));
    const named = ofLead.filter((e) => headline.includes(e.label) || headline.includes(e.printed) || verb(e));
    return named.length === 1 ? named[0] : ofLead[0];
  }

  /** The event a sentence without its own refers to: the story's, else the last one reported before it. */
  current(lead: Sentence, s: Sentence): EventFact | undefined {
    return this.main(lead) ?? this.list.filter((e) => e.sentenceStart <= s.start).at(-1);
  }

  /**
   * A generic name refers to the story's event (会议 alone), or (座谈会, 开幕式) to an event of that kind the article
   * names, a fuller name it prints after a verb, or else stands as it is.
   */
  resolveGeneric(name: string, lead: Sentence, s: Sentence, at: number): EventFact | undefined {
    const noun = canonicalName(name).replace(new RegExp(`^${DETERMINERS}`), '');
    // (…慰问受灾群众。当晚，张国清主持召开会议: a visit is no meeting; the meeting is one of its own.)
    const current = this.current(lead, s);
    // (Nor is a leader's going of no named kind: …率有关部门负责同志赶赴梅州市指导…工作。当晚，…主持召开会议.)
    const going = (e: EventFact) => VISIT_KINDS.includes(e.eventKind) || e.eventKind === 'event';
    const main = current && going(current) ? undefined : current;
    // (中国共产党第二十次全国代表大会在京闭幕 习近平主持大会: a bare 大会 is the one the headline names.)
    const headlined = noun === '大会' && !main && /大会$/.test(this.headlineMeeting() ?? '');
    // (举行…毕业典礼暨学位授予仪式，…出席大会: a ceremony of the whole body is its assembly.)
    const assembly = (e: EventFact) => SESSION_OF.includes(e.eventKind) || /典礼|庆典/.test(e.printed);
    if (noun === '会议' || (noun === '大会' && main && assembly(main)) || headlined) {
      // (…调研世界旅游联盟总部，并召开工作座谈会。…张旭主持会议: during a visit, the meeting it held.)
      const held = current && !main && noun === '会议' ? this.heldDuring(s) : undefined;
      return main ?? held ?? this.meeting(this.headlineMeeting() ?? noun, s, at);
    }
    // (…召开职工政治理论学习会议。学习会由…主持: 会 for 会议, the same meeting.)
    const ends = (e: EventFact) => e.printed.endsWith(noun) || (noun.endsWith('会') && e.printed.endsWith(`${noun}议`));
    const same = this.list.find((e) => ends(e) && e.eventKind !== 'talks');
    if (same) return same;
    // (伊朗最高领袖哈梅内伊也参加了悼念活动: an activity named by its kind alone is the story's, where it has one.)
    if (noun.endsWith('活动') && main) return main;
    // (组织开展“升国旗、唱国歌”活动。…出席仪式: a bare ceremony is the story's activity, held as one.)
    if (noun === '仪式' && main && /活动$/.test(main.printed)) return main;
    const fuller = this.fullerName(noun);
    if (fuller) return this.meeting(fuller, s, at);
    // 主持开幕会 with no name: the opening session of the story's meeting is that meeting.
    if (SESSIONS.includes(noun) && main && SESSION_OF.includes(main.eventKind)) return main;
    return this.meeting(noun, s, at);
  }

  /** The last meeting or forum told up to this sentence: what a bare 会议 names during a visit. */
  private heldDuring(s: Sentence): EventFact | undefined {
    const sitting = (e: EventFact) => e.eventKind === 'meeting' || e.eventKind === 'forum';
    return this.list.filter((e) => e.sentenceStart <= s.start && sitting(e)).at(-1);
  }

  /**
   * The first longer name ending in this noun that the article prints after a verb that names meetings
   * (`出席第十届部长级会议开幕式` gives 第十届部长级会议开幕式 for 开幕式).
   */
  private fullerName(noun: string): string | undefined {
    const text = this.article.text;
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
      let start = at;
      while (
        start > 0 &&
        at - start < 30 &&
        !/[，。；：、“”\s]/.test(text[start - 1]!) &&
        !nameStopEndingAt(text, start)
      )
        start--;
      if (!wordEndingAt(MEETING_VERBS, text, start) || wordAt(NOUN_CONTINUES, text, at + noun.length)) continue;
      const name = text.slice(start, at + noun.length);
      // 列席或旁听了大会: particles and conjunctions stand in no name.
      if (/[了或着过]/.test(name)) continue;
      if (name.length > noun.length + 1 && !GENERIC.test(canonicalName(name))) return name;
    }
    return undefined;
  }
}

export function placeTarget(kind: string, name: string): Target {
  return { kind: kind === 'enterprise' ? 'Enterprise' : kind === 'organization' ? 'Organization' : 'Place', name };
}
