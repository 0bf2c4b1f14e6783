// Speakers at a meeting known by where they spoke (`X在座谈会上缅怀…强调`, `X在主持讲话中表示`), by the report a
// meeting heard from them (`会议听取了X作的…汇报`) or by their words after hearing others (`在听取代表发言后，X说`).
import { wordAt } from '../../../ingest/extract/lexicon/words.ts';
import { groupStart, type Binding } from './bind.ts';
import { describedFrom, describedOpening, type Group, type SentenceContext } from './context.ts';
import { meetingAt } from './events.ts';
import { DAY_OPENING, DAY_PART, DAY_WORDS, SPEECH_NOUNS, SPEECH_VERBS } from './lexicon.ts';

/** `在…上`, `在…中`: where someone spoke, right after his name. */
// (口岸委副主任陆晓建会议上要求…: the meeting by its noun alone, no 在.)
const SPOKE_IN = /^在([^，。；]{1,30}?)(?:上|中)|^(会议|大会)上/;
/** Who or where held the meeting, before its name (法国国民议会举行的, 在纽约召开的). */
const HELD_WHERE = /^[^，。；的]{1,24}?(?:召开|举行)的(?=[^，。；]{2,})/;
/** `在主持…时`: the meeting he chaired when he said it (普京在主持召开经济问题会议时说). */
const SPOKE_CHAIRING = /^在主持(?:召开)?([^，。；]{1,30}?)时/;
/**
 * `在参加…时`, `在…出席…时`: the meeting he took part in when he said it (汪洋同志17日上午在参加党的二十大西藏代表团讨论时
 * 指出; 绍伊古今天（4月28日）在印度首都新德里出席…会议时表示; 武维华参加海南代表团审议时说); not an activity, where words are no address (在参加首都义务
 * 植树活动时强调).
 */
// (何立峰同志在中央金融系统代表团讨论时说: a delegation's session named without 参加.)
const SPOKE_ATTENDING =
  /^(?:在(?:[^，。；]{1,12}?)?)?(?:受邀|应邀)?(?:参加|出席)([^，。；]{1,30}?)(?<!活动)时|^在([^，。；]{1,24}代表团(?:讨论|审议))时/;
/**
 * The same opening the sentence, before its subject; without 在 only a meeting's noun (会议上，X要求…): 实际上，
 * 基础上 are no place.
 */
// (开幕式上，…鲁春丛院长发布…; 交接仪式上，…: a ceremony's too.)
// (会上首先由新区教育局汪巍局长介绍…: who spoke first, after 由, the comma left out.)
const SPOKE_IN_FIRST = new RegExp(
  '^在([^，。；]{1,30}?)(?:上|中)[，,]?$|^([^，。；]{0,28}?(?:会议|大会|全会|座谈会|论坛|峰会|会|仪式|开幕式|闭幕式|典礼))' +
    '上(?:[，,]|(?=首先|随后|接着|最后|由))(?:首先|随后|接着|最后)?由?$',
);
/** A day opening the sentence right before where something was said (24日在…上，). */
const DAY_BEFORE_PLACE = new RegExp(`^(?:当地时间)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:${DAY_PART})?[，,]?(?=在)`);
/**
 * Nouns of a speech: 在讲话中表示 says he spoke, at the story's meeting; a speech or report named by more than its kind
 * (在党的二十大报告中提出, 在新年贺词中) is a text he is quoted from, given elsewhere.
 */
const SPEECH_NOUN = /^(?:重要|主旨|书面|视频|开幕|闭幕|总结|工作|主持)?(?:讲话|致辞|致词|报告|发言|演讲)$|^会$/;
/**
 * A speech verb, perhaps after what the speaker did there first (缅怀了…，强调); what he read out or passed on alone
 * (尹力在开幕式上宣读了习近平主席的贺信) is no speech of his.
 */
const SAID = new RegExp(
  `^[^。；]{0,40}?(?:${SPEECH_VERBS.join('|')})|^[^。；]{0,40}?(?:缅怀|回顾|宣读|传达)[^。；]{0,80}?(?:${SPEECH_VERBS.join('|')})`,
);

export interface Speaker {
  group: Group;
  /** The meeting named where he spoke, else undefined: the story's own. */
  meeting?: { name: string; start: number; end: number };
  /** The meeting counts only if the article reports it (generic, or already one of its events). */
  known?: boolean;
  /** What he did there, if not a speech (作报告). */
  role?: string;
  /** Known only as one who spoke where others spoke: a meeting's, never a visit's or talks' (在听取…发言后指出). */
  amongSpeakers?: boolean;
  /** One who briefed the press: only at a press conference the story reports. */
  briefing?: boolean;
  /** Known to be there by hearing reports at it (会上，X听取了…汇报): present, no speech. */
  attended?: true;
}

/**
 * Hearing reports, right after the subject (听取了…汇报, 认真听取…), or an act only one present does: making public,
 * presenting, unveiling, handing over (开幕式上，…鲁春丛院长发布…成果; 交接仪式上，…王新伟将…会旗传递至…).
 */
const HEARD_THERE = new RegExp(
  '^(?:认真|仔细|详细)?听取|^(?:正式)?(?:发布|颁发|颁奖|授牌|授旗|揭牌|揭幕)' +
    '|^(?:为|向)[^，。；]{1,30}?(?:颁奖|颁发|授牌|授旗|揭牌|揭幕)|^将[^，。；]{1,30}?(?:传递|交接|移交|递交|交给|交到)',
);

/** A meeting that hears a report (`会议听取了`, `委员长会议听取和讨论了`): the reporters follow. */
const HEARS =
  // (会议研究确定了…；听取了…刘奇分别作的…汇报: the meeting's next clause, its subject left out; so a sentence that
  // opens with it, 听取了…蔡达峰作的…报告, or a clause after the meeting's, 会议审议了…，听取了…廖岷…作的…报告.)
  // (全会…审议通过了李希同志代表中央纪委常委会所作的…工作报告: a report the meeting adopted, made to it.)
  /(?:^|会|会议|会上|全会|；|^(?:会议|会上|全会)[^。；]*?[，,])(?:还|首先|先后|分别|并|同时)?(?:听取(?:和讨论|和审议|审议)?|审议通过)(?:了)?/g;
/** After a reporter's name: his report (`作的`, `受国务院委托作的`, `关于…的汇报`). */
// (李希同志代表中央纪委常委会所作的…报告: on whose behalf, after 同志.)
const REPORT_MADE = /^(?:同志)?(?:代表[^，。；的]{1,20}?)?(?:受[^，。；]{1,12}委托)?(?:分别|所)?作的/;
const REPORT_AFTER = new RegExp(`${REPORT_MADE.source}|^关于`);
/** Having heard others speak (在认真听取代表发言后，): the one who speaks next spoke at their meeting. */
const HEARD =
  // (在会议完成有关表决事项后，栗战书指出: the business done, the chair speaks.)
  /^在(?:认真)?听取[^，。；]{1,40}?发言后[，,]?|^在会议完成[^，。；]{1,20}?后[，,]?/;

/**
 * The sentence's subjects who spoke at a meeting (named, or the story's when only a speech is named), unless a
 * speech predicate of theirs already says so.
 */
export function speakersAt(ctx: SentenceContext, bound: readonly Binding[]): Speaker[] {
  const out: Speaker[] = [];
  if (ctx.retrospect) return out;
  for (const g of ctx.groups) {
    if (bound.some((b) => b.agent === g && b.found.pred.rel === 'ADDRESSED')) continue;
    // Inside someone's words (李希表示，…。习近平主席在论坛开幕式上提出…): a speech he recalls, none reported.
    if (g.start >= ctx.speechFrom) continue;
    // (开幕式上，中国工业互联网研究院鲁春丛院长发布…; 会上，副市长、晋中市公安局局长戎劲光介绍了…: his bodies and
    // posts before his name.)
    const before = ctx.text.slice(ctx.s.start, describedFrom(ctx, groupStart(ctx, g)));
    const rest = ctx.text.slice(g.end, ctx.s.end);
    // The sentence's subject only, where he spoke printed after him or opening the sentence (在座谈会上，X强调).
    // (24日在…举行的…纪念活动上，欧洲央行行长拉加德表示: the day may open the sentence before where.)
    const day = DAY_BEFORE_PLACE.exec(before)?.[0].length ?? 0;
    let chairing: RegExpExecArray | null = null;
    // (启动仪式上，大足区市场监管局副局长康华君强调: a place before his body that his titles do not take in.)
    const opening = SPOKE_IN_FIRST.exec(before.slice(day)) ??
      SPOKE_IN_FIRST.exec(before.slice(day).replace(/(?<=[，,])[^，。；：“”、]{1,8}$/, ''));
    // (…召开全国安全生产电视电话会议，…李强在会上强调: a subject opening the clause after the meeting held, too.)
    const afterHeld = !opening && /(?:召开|举行)[^，；]*[，；]$/.test(before);
    // (李强5日在…会议上强调: the day may stand between him and where; 魏家祥是昨晚受邀出席…晚宴时，这么指出: so may 是
    // of the press that tells when he said it.)
    const cleft = /^是(?=[^，。；]{2,40}?时)/.test(rest) ? 1 : 0;
    const dayAfter = cleft + (DAY_AFTER_NAME.exec(rest.slice(cleft))?.[0].length ?? 0);
    const there = rest.slice(dayAfter);
    const place =
      opensSentence(before) || afterHeld || describedSubject(ctx, before) || describedOpening(ctx, g)
        ? // (在参加中共界委员小组讨论时说: the 中 of a name is no 在…中; chairing and attending are read first.)
          ((chairing = SPOKE_CHAIRING.exec(there)) ?? SPOKE_ATTENDING.exec(there) ?? SPOKE_IN.exec(there))
        : opening;
    const done = doneThere(opening ? rest : there.slice(place?.[0].length ?? 0), opening !== null);
    if (!place || !done) continue;
    const where = place[1] ?? place[2]!;
    const from = opening
      ? ctx.s.start + day + (place[1] !== undefined ? 1 : 0)
      : g.end + dayAfter + place[0].indexOf(where);
    // (在法国国民议会举行的听证会上说: where the meeting was held is no part of its name.)
    const heldAt = HELD_WHERE.exec(where)?.[0].length ?? 0;
    const meeting = meetingAt(ctx.text, from + heldAt, from + where.length);
    // Opening the sentence, a meeting is often one recalled (在庆祝改革开放40周年大会上，习近平总书记指出): only the
    // article's own happenings count there.
    // (With its day printed, 24日在…纪念活动上, it is that day's.)
    // (在随后召开的灾情汇报会上: held next, the story's own too.)
    const next = /^(?:随后|随即|接着|紧接着|之后|当天|当晚|当日)(?:召开|举行)的/.test(where);
    const known = opening && day === 0 && !next ? { known: true } : {};
    const listened = done.act ? { attended: true as const, role: done.act } : {};
    if (meeting && !/^(?:会见|会谈|会晤)/.test(meeting.name)) out.push({ group: g, meeting, ...known, ...listened });
    // 在讲话中表示: the story's meeting; a report or a session opening the sentence may be a document or another day.
    // 在主持学习时强调: what he chaired, named by its act only, is the story's meeting.
    else if (!opening && (SPEECH_NOUN.test(where) || place === chairing) && !wordAt(['会见', '会谈'], where, 0)) {
      out.push({ group: g });
    }
    // (…召开了座谈会…。会上，…戎劲光介绍了…: the meeting last held, the story's or one held during it.)
    else if (opening && where === '会' && !meeting) out.push({ group: g, amongSpeakers: true, ...listened });
  }
  return out;
}

/**
 * What the speaker's clause says he did there: spoke (the empty act), or an act only one present does (听取, 发布); none
 * where it is a plan (在会上将…, 要…; not the 要 of 重要 or 主要) or a speech spoken of (在峰会上的重要讲话).
 */
function doneThere(said: string, opening: boolean): { act?: string } | undefined {
  // (在随后召开的灾情汇报会上，姜力听取了孙雪涛…的汇报: one who heard reports there, opening the sentence, attended.)
  const heard = opening && HEARD_THERE.test(said);
  if (!SAID.test(said) && !heard) return undefined;
  // (将会旗传递至…: 将 of what is handed over, no plan.)
  const handed = heard && /^将/.test(said);
  // (要求要以改革创新精神…: what he demanded, no plan of his.)
  if (!handed && /^[^，。；]{0,6}?(?:将|(?<![重主需求])要(?!求)|拟)|^[^，。；]{0,2}的/.test(said)) return undefined;
  if (!heard || SAID.test(said)) return {};
  return { act: HEARD_THERE.exec(said)![0].replace(/^(?:为|向|将)[^，。；]*?(?=[^，。；]{2}$)/, '') };
}

/** A paragraph set at a meeting (在先进制造业发展座谈会上，…): those who speak later in it spoke there. */
const SCENE_OPENS = /^在([^，。；]{2,30}?)上[，,]/;
/** A sentence that opens with what its subject said (李强指出，). */
const OPENS_SAYING = new RegExp(`^(?:${SPEECH_VERBS.join('|')})[，,：:]`);

/**
 * Who speaks, opening a later sentence of a paragraph set at a meeting the story reports (在先进制造业发展座谈会上，
 * 来自全国各地的8家企业负责人谈了情况和建议。李强指出，…): he spoke at it.
 */
export function speakersInScene(ctx: SentenceContext): Speaker[] {
  if (ctx.retrospect) return [];
  const paragraph = ctx.text.lastIndexOf('\n', ctx.s.start - 1) + 1;
  const scene = paragraph < ctx.s.start ? SCENE_OPENS.exec(ctx.text.slice(paragraph, ctx.s.start)) : null;
  if (!scene) return [];
  const meeting = meetingAt(ctx.text, paragraph + 1, paragraph + 1 + scene[1]!.length);
  if (!meeting || /^(?:会见|会谈|会晤)/.test(meeting.name)) return [];
  const opens = (g: Group) => leadsClause(ctx, g) && OPENS_SAYING.test(ctx.text.slice(g.end, ctx.s.end));
  return ctx.groups.filter(opens).map((group) => ({ group, meeting, known: true }));
}

/** The day printed after a name, before where he was (李强5日在…上, 普京1日在主持…时, 菲永近日在…上). */
const DAY_AFTER_NAME = new RegExp(`^(?:[0-9０-９]{1,2}日|近日|日前|${DAY_WORDS})(?:（[^）]{1,12}）)?(?:${DAY_PART})?`);

/** Only the day, if anything, stands before the subject (21日，普京在国防部扩大会议上表示). */
function opensSentence(before: string): boolean {
  return /^[，\s]*$/.test(before.replace(DAY_OPENING, ''));
}

/** The sentence's first group, in its first clause (whatever body or ordinal its titles run back over). */
function leadsClause(ctx: SentenceContext, g: Group): boolean {
  return g === ctx.groups[0] && !/[，。；：]/.test(ctx.text.slice(ctx.s.start, g.start));
}

/**
 * A subject described before his title, no one else named there (当天新就任的联大主席弗朗西斯在开幕致辞中呼吁): the
 * sentence's subject still.
 */
function describedSubject(ctx: SentenceContext, before: string): boolean {
  const described = /[^，。；“”、]{1,10}的$/.exec(before);
  const from = ctx.s.start + (described?.index ?? 0);
  const named = ctx.mentions.some((m) => m.start >= from && m.start < ctx.s.start + before.length);
  return !!described && !named && opensSentence(before.slice(0, described.index));
}

/** Reporters a meeting heard (`会议听取了全国人大常委会秘书长刘奇作的…汇报`): each addressed it. */
export function reportersHeard(ctx: SentenceContext): Speaker[] {
  const out: Speaker[] = [];
  if (ctx.retrospect) return out;
  const head = ctx.text.slice(ctx.s.start, ctx.speechFrom);
  for (const m of head.matchAll(HEARS)) {
    const from = ctx.s.start + m.index + m[0].length;
    // Reports heard one after another, a clause each (分别听取了…丛斌作的…报告，主任委员李飞作的…报告), to the sentence's end.
    const until = ctx.s.end;
    const subject = ctx.text.slice(ctx.s.start, ctx.s.start + m.index + m[0].length);
    // (A clause after the meeting's own, 会议审议了…，听取了: the story's meeting, not one named by its verbs.)
    const named = m[0].startsWith('；') || /[，,]/.test(m[0])
      ? undefined
      : meetingAt(ctx.text, ctx.s.start, ctx.s.start + subject.search(/(?:还|首先|先后|分别|并|同时)?(?:听取|审议通过)/));
    // (审议通过了…习近平总书记关于…重要思想: what a meeting adopts names its reporter only as the one who made it.)
    const after = m[0].includes('审议通过') ? REPORT_MADE : REPORT_AFTER;
    for (const g of ctx.groups) {
      if (g.start < from || g.end > until || !after.test(ctx.text.slice(g.end, until))) continue;
      out.push({ group: g, role: '作报告', ...(named ? { meeting: named } : {}) });
    }
  }
  return out;
}

/** A press conference held, its noun as printed (举行新闻发布会, 举行了记者会). */
const PRESS_HELD = /举行(?:了)?((?:新闻)?(?:发布会|记者会|吹风会|见面会))/;
/** What a spokesperson does right after his name (介绍，表示). */
const SPOKESPERSON_SAYS = /^(?:介绍|表示|说|指出|宣布|回答)/;

/**
 * A spokesperson named after a press conference is held (举行新闻发布会，大会发言人王超介绍), or holding it: he spoke at
 * it.
 */
export function spokespeopleAt(ctx: SentenceContext): Speaker[] {
  const held = ctx.retrospect ? null : PRESS_HELD.exec(ctx.text.slice(ctx.s.start, ctx.speechFrom));
  if (!held) return [];
  const start = ctx.s.start + held.index + held[0].length - held[1]!.length;
  const meeting = { name: held[1]!, start, end: start + held[1]!.length };
  const spokesman = (g: Group) => ctx.text.slice(groupStart(ctx, g), g.start).endsWith('发言人');
  const after = (g: Group) => g.start > meeting.end && SPOKESPERSON_SAYS.test(ctx.text.slice(g.end, g.end + 2));
  // (…新闻发言人孙业礼今天下午在人民大会堂举行新闻发布会: the subject who holds it, in one clause.)
  const holds = (g: Group) =>
    g.end < meeting.start && leadsClause(ctx, g) && !/[，。；：]/.test(ctx.text.slice(g.end, meeting.start));
  return ctx.groups
    .filter((g) => spokesman(g) && (after(g) || holds(g)))
    .map((group) => ({ group, role: '发言人', meeting, known: true }));
}

/** What a briefer does right after his name (介绍，; 介绍说; 解读了…部分). */
const BRIEFER_SAYS = /^(?:也|还)?(?:介绍说?|表示|说|指出|解读了?|回答|通报)/;
/** A topic clause before a briefer's title (围绕…的战略部署，中央改革办…穆虹介绍说). */
const TOPIC_FIRST = /^(?:围绕|关于|针对|就)[^。；：]{2,60}?[，,]/;

/**
 * An official who opens a paragraph by what he told, his post before his name (中央政策研究室主任江金权介绍，…): one who
 * briefed the story's press conference, if that is what the story reports (`spoke` checks).
 */
export function briefersAt(ctx: SentenceContext): Speaker[] {
  if (ctx.retrospect || ctx.s.start === 0 || ctx.text[ctx.s.start - 1] !== '\n') return [];
  const first = ctx.groups[0];
  if (!first || first.persons.length !== 1 || first.start >= ctx.speechFrom) return [];
  const start = groupStart(ctx, first);
  const before = ctx.text.slice(ctx.s.start, start).replace(TOPIC_FIRST, '');
  if (start === first.start || /[，。；：“”]/.test(before) || !BRIEFER_SAYS.test(ctx.text.slice(first.end, ctx.s.end))) {
    return [];
  }
  return [{ group: first, amongSpeakers: true, briefing: true, role: '介绍' }];
}

/** A meeting's speakers counted (`15位常委作大会发言`, `13位政协委员作大会发言`, `12位委员作了发言`). */
export const SPEAKERS_COUNTED =
  // (14位政协常委围绕“构建高水平社会主义市场经济体制”作大会发言: what they spoke on may stand between.)
  /[0-9０-９一二三四五六七八九十]+位[^，。；“]{0,6}?(?:围绕“[^”]{1,40}”)?(?:作|进行)了?(?:大会)?发言/;
/** A member by his post after the name, for whom he speaks, then what he said (`张雪樵常委代表民革中央提出`). */
const MEMBER_SAID = new RegExp(`^(?:常委|委员|代表)(?:代表[^，。；]{2,16}?)?(?:${SPEECH_VERBS.join('|')}|建议)[，,：:]`);

/**
 * After a meeting's speakers are counted, each member told by what he said, opening his clause (…；曹卫星常委代表民盟
 * 中央表示，…): one of them.
 */
export function membersWhoSpoke(ctx: SentenceContext): Speaker[] {
  if (ctx.retrospect) return [];
  return ctx.groups
    .filter((g) => g.persons.length === 1 && MEMBER_SAID.test(ctx.text.slice(g.persons[0]!.end, ctx.s.end)))
    .filter((g) => g.start === ctx.s.start || /[；;。]/.test(ctx.text[groupStart(ctx, g) - 1] ?? '。'))
    .map((group) => ({ group, amongSpeakers: true, role: '发言' }));
}

/** What members share at a study session (`等5位同志结合…，交流了…的认识和体会`, `…就…精神谈了体会`): each spoke there. */
const SHARED = /^(?:等[0-9０-９一二三四五六七八九十]+位同志)?[^。；]{0,30}?(?:交流了|谈了)[^。；]{0,60}?(?:体会|心得|感悟)/;

/** Members opening the sentence who shared what they learned (刘国中、李干杰…等5位同志…交流了…体会): among speakers. */
export function sharersAt(ctx: SentenceContext): Speaker[] {
  const g = ctx.groups[0];
  if (ctx.retrospect || !g || g.start >= ctx.speechFrom) return [];
  if (!opensSentence(ctx.text.slice(ctx.s.start, groupStart(ctx, g)))) return [];
  return SHARED.test(ctx.text.slice(g.end, ctx.s.end)) ? [{ group: g, amongSpeakers: true, role: '发言' }] : [];
}

/** A brief description before a name opening its sentence, no mark in it (市政协, 共青团, 海关). */
export const BRIEF_OPENING = /^[^，。；：“”、]{0,12}$/;

/**
 * Speaking in turn, each (分别 / 先后 / 依次 / 相继), by a verb of speech or of what was said later in the sentence
 * (…分别结合本部门…，就…做了发言; …等委员分别座谈了此次视察活动的体会感受; …先后介绍了…).
 */
const IN_TURN = /^[^，。；]{0,12}?(?:分别|先后|依次|相继|逐一)/;
const SPOKE_IN_TURN = new RegExp(
  '^[^。；]{0,80}?(?:[作做]了?[^，。；]{0,6}?发言|发言|介绍了|谈了|座谈了|交流了|汇报了|[作做]了?[^，。；]{0,6}?汇报|建言献策|畅谈)',
);

/** Those listed opening the sentence who spoke in turn (…、…分别…做了发言): among speakers, each. */
export function speakersInTurn(ctx: SentenceContext): Speaker[] {
  const g = ctx.groups[0];
  if (ctx.retrospect || !g || g.start >= ctx.speechFrom || g.persons.length < 2) return [];
  const before = ctx.text.slice(ctx.s.start, groupStart(ctx, g));
  if (!opensSentence(before) && !BRIEF_OPENING.test(before)) return [];
  const rest = ctx.text.slice(g.end, ctx.s.end);
  const turn = IN_TURN.exec(rest);
  if (!turn || !SPOKE_IN_TURN.test(rest.slice(turn[0].length))) return [];
  // (Not the object of an act before the turn: 会见了…，…分别介绍了.)
  if (ctx.predicates.some((p) => p.start < g.end + turn[0].length)) return [];
  return [{ group: g, amongSpeakers: true, role: '发言' }];
}

/** One who speaks right after hearing others' speeches (`在听取代表发言后，王沪宁说`, `李强在听取…发言后指出`). */
export function listenersWhoSpoke(ctx: SentenceContext, carried?: Group): Speaker[] {
  if (ctx.retrospect) return [];
  const lead = HEARD.exec(ctx.s.text);
  // (…参加了…联组会。在听取委员发言后，他说: the subject the sentences before were about.)
  const pronoun = lead && carried ? /^(?:他|她)/.exec(ctx.s.text.slice(lead[0].length)) : null;
  if (pronoun && SAID.test(ctx.s.text.slice(lead![0].length + 1))) return [{ group: carried!, amongSpeakers: true }];
  for (const g of ctx.groups) {
    const before = ctx.text.slice(ctx.s.start, groupStart(ctx, g));
    const rest = ctx.text.slice(g.end, ctx.s.end);
    const heard = lead && before === lead[0] ? '' : opensSentence(before) ? HEARD.exec(rest)?.[0] : undefined;
    if (heard === undefined || !SAID.test(rest.slice(heard.length))) continue;
    return [{ group: g, amongSpeakers: true }];
  }
  return [];
}

/**
 * Phrases of speaking that print their address's title or topic before the address (发表题为, 作了关于, 向大会作了, 作了《…》
 * 的主题报告).
 */
const OPEN_SPEECH = /^(?:发表了?|[作做]了?)(?:题为|关于)$|^向(?:会议|大会)作了?$|^[作做]了?《$/;

/**
 * The role a predicate's words give: as printed, but an open phrase of speaking is completed by the address read
 * after it, outside the quoted title, in its clause (发表题为《…》的主旨讲话 → 发表主旨讲话, 作了关于…的说明 → 作说明).
 */
export function spokenRole(text: string, word: string, end: number): string {
  if (!OPEN_SPEECH.test(word)) return word;
  // (作了《…》的主题报告: the word opens the title.)
  let quoted = word.endsWith('《') ? 1 : 0;
  for (let i = end; i < text.length && i < end + 160; i++) {
    const c = text[i]!;
    if (/[。；]/.test(c)) break;
    if (c === '《' || c === '“') quoted++;
    else if ((c === '》' || c === '”') && quoted > 0) quoted--;
    const noun = quoted === 0 ? wordAt(SPEECH_NOUNS, text, i) : undefined;
    if (noun) return (word.startsWith('发表') ? '发表' : '作') + noun;
  }
  return word;
}
