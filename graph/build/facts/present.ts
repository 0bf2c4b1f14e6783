// Those listed as present (`出席会议的党外人士还有陈竺、万钢…`, `出席开幕式的国际贵宾有：…`): they attended what it names.
import { groupStart, suiteAlong } from './bind.ts';
import type { Group, SentenceContext } from './context.ts';
import type { Mention } from '../../../ingest/extract/types.ts';
import type { Sentence } from '../sentences.ts';
import { DAY_WORDS, PREDICATES } from './lexicon.ts';

/**
 * The verb of presence, what was attended (up to 的 or a second verb joined by 并), who (党外人士, 领导同志) and 有.
 * `陪同X访华的有` lists a guest's suite, who attended nothing the story holds.
 */
const PRESENT_WERE = new RegExp(
  // (据约旦媒体透露，参加此次会议的代表包括…: as the media tell it, and 包括 for 有.)
  // (根据白宫发布的名单，出席习特会的中方代表团成员有…: by a list published.)
  '^(?:根?据[^，。；]{1,20}(?:透露|报道|称|名单)[，,])?' +
    // (“中国-东盟省市长对话”今天举行，出席会议的外方代表包括…: after the clause that says the meeting was held.)
    '(?:[^，。；：]{2,60}?(?:举行|召开|开幕|举办)[，,])?' +
    // (首先，向大家介绍出席新闻发布会的领导和嘉宾，他们是：…: a press conference's chair introducing them.)
    '(?:(?:首先[，,])?(?:向[^，。；：]{1,6})?介绍)?' +
    // (郴州此次参加电视问政节目的官员分别为…: the place and the occasion first.)
    '(?:[^，。；：]{0,6}?(?:此次|这次|本次))?' +
    // (观看演出的还有…: the audience of the story's performance.)
    // (见证仪式的包括…: those who witnessed it.)
    // (昨晚出席晚宴者，包括…: the day first.)
    `(?:${DAY_WORDS})?` +
    '(出席|参加|列席|观看|见证)((?:(?![的并])[^，。；：]){1,24})(?:并[^，。；：的]{1,6})?' +
    // (出席交流活动的澳门特区行政、立法、司法机构主要负责人包括…: who, described at length.)
    // (昨晚出席晚宴者，包括…: those who did, as Singapore's and Malaysia's papers print them.)
    '(?:的[^，。；：的]{0,30}?|者[，,]?)(?:(?:还|共)?有|包括|分别(?:为|是)|[，,](?:他们|她们)是)[：:]?',
);

/** Those present by the word for them, the event left unsaid (出席者包括…, 与会嘉宾有…). */
const PRESENT_WHO = new RegExp(
  // (出席宾主还有…: hosts and guests alike.)
  // (陪同出席者包括…: those who came with the guest of the story's call.)
  // (参与官员包括行政长官李家超、…: the officials taking part.)
  // (记者会出席者包括…: the occasion named first.)
  // (美方参与人员有…: one side's.)
  // (当晚冠盖云集，宾客如云，出席嘉宾有…: after clauses that set the scene.)
  '^(?:[^。；：“”]{2,40}[，,])?(?:(?:[^，。；：的“”]{2,8}(?:会|式|礼|宴)|[^，。；：的“”]{1,3}方)?(?:陪同)?' +
    '(出席|参加|与会|到会|参与)' +
    '(?:者|人士|嘉宾|贵宾|来宾|领导|宾主|官员|人员)' +
    // (出席作陪的，有…: those who kept the host's guests company.)
    '|((?:出席|在场)?作陪)的[，,]?' +
    // (当晚嘉宾包括…: the guests of the evening the story tells.)
    '|(?:当晚|当天|当日|是次|是晚|昨晚|席间)的?(嘉宾|贵宾|来宾)' +
    // (在主席台就座的中泰长官，侨团首长，各国代表团团长有：…: seated on the rostrum, of kinds listed with commas, which
    // the seats' predicate does not reach.)
    // (在主席台就座的领导同志有：…: or by their kind alone.)
    '|(在主席台(?:前排)?就座)的[^。；：]{0,30}?(?:，[^。；：]{0,30}?)?' +
    // (接见时在座的有：…; 接见时在座的，有…: those seated in at the talks the story tells.)
    '|((?:会见|接见|会谈|会晤)时在座)的[，,]?)(?:还|共)?(?:有|包括)[：:]?' +
    // (美国方面，陪同拜登出席的是五名官员：…; 陪同习近平的也是五名官员：…: a leader's side at talks, listed.)
    '|^(?:[^，。；：]{1,8}方面[，,])?(陪同)[^，。；：的]{1,12}?(?:出席|参加)?的(?:也|还)?(?:是|有)' +
    '(?:[^，。；：的]{0,6}?(?:官员|人员|人))?[：:]' +
    // (今天我们请来了…黄华康，…雷文忠，请他们…: those a press conference's chair introduces.)
    '|^(?:今天|今天的发布会上?|本场发布会)?[，,]?(?:我们)?(请来了|邀请到了)',
);

/** A demonstrative before the name (出席这次全会的有): the name is the story's. */
const DEMONSTRATIVE = /^(?:这次|此次|本次|今天的|当天的)/;

/** One described by what he attended (出席开工仪式的菲律宾总统马科斯表示), opening a clause. */
// (列席会议的县人大常委会主任周立富、县政协副主席韦正锋分别谈了各自感受: seated in, or taking part, as well.)
// (正在日内瓦出席第三次世界议长大会的…吴邦国: where he is, before it.)
const ATTENDING_WHO = /(?:^|[，；])(?:正在[^，。；：的]{1,10}?)?(出席|列席|参加)((?:(?![的并])[^，。；：]){1,24})的/g;

export interface Present {
  word: string;
  /** What they attended, as printed after the verb. */
  name: string;
  at: number;
  groups: Group[];
  /** Described by it: he attended it only if it is an event the story reports. */
  described?: boolean;
  /** Named as those it honoured (晋升上将军衔的军官是：): they attended the story's ceremony. */
  honoured?: boolean;
  /** Named as a visitor's party (随同…调研的有): they attended the story's visit. */
  suite?: boolean;
  /** A guest's suite (陪同来访的有): where the story tells no visit, they came to the talks. */
  guests?: boolean;
  /** A team's or delegation's members, listed (团员包括…): where the story tells no visit, at the story's event. */
  members?: boolean;
  /** Of a suite, those described as the delegation's deputy heads: they led its visit. */
  led?: ReadonlySet<Mention>;
  /** Named as those present, the event unnamed (出席者包括…): they attended the story's. */
  story?: boolean;
}

/** Those the sentence describes by what they attended: the group right after `出席X的` (and its titles). */
export function describedPresent(ctx: SentenceContext): Present[] {
  if (ctx.retrospect) return [];
  const out: Present[] = [];
  for (const m of ctx.text.slice(ctx.s.start, ctx.speechFrom).matchAll(ATTENDING_WHO)) {
    const end = ctx.s.start + m.index + m[0].length;
    // (列席会议的县人大常委会主任周立富: a level the title was read without.)
    const level = /[省市县区镇乡]/.test(ctx.text[end] ?? '') ? 1 : 0;
    const g = ctx.groups.find((x) => groupStart(ctx, x) === end || groupStart(ctx, x) === end + level);
    const at = end - 1 - m[2]!.length;
    if (g) out.push({ word: m[1]!, name: m[2]!, at, groups: [g], described: true });
  }
  return out;
}

/**
 * A visitor's party, listed (…，随同李春城前来二重调研的有…; 陪同调研的还有…): they went on the story's visit, a clause
 * of their own. Not a guest's suite on a state visit (陪同X访华的有), which is no visit the story reports.
 */
const VISIT_WORDS = PREDICATES.filter((p) => p.object === 'visit' && !p.followedBy).flatMap((p) => [...p.words]);
/** Words of meeting guests, which a host's suite attends as talks. */
const MEETING_GUESTS = '会面|会见|会谈|会晤';
const AT_MEETING = new RegExp(MEETING_GUESTS);
const SUITE_WERE = new RegExp(
  // (陪同陈炳德访问的有…: a leader's suite abroad.)
  // (陪同来访的有…: a guest's party, received with him.)
  // (陪同安华展开工作访问者包括…; 陪同出行的包括…: those who went, and 包括 for 有.)
  // (今天随同院长前来的还有秘书长刘玉山、…: those who came with the visitor.)
  // (陪同岑智明台长会面的有…: those with a host at a meeting with guests, at its talks.)
  `(?:^|，)(?:${DAY_WORDS})?(?:随同|陪同)[^，。；：的]{0,24}?(?:${VISIT_WORDS.join('|')}|访问|来访|出行|前来|${MEETING_GUESTS})` +
    '[^，。；：的]{0,12}' +
    // (陪同王忠林步行调研、实地考察的，有…: a comma before them.)
    '(?:的(?:人员)?[，,]?|者)(?:还|共)?(?:有|包括)[：:]?',
);

/** A visiting team's members, listed (调研组成员还包括…陈传阔中将，…赵兴发中将等): they went on its visit. */
// (…到访狮子山郊野公园，随行包括李家超、文体旅局长杨润雄…: those going with him, too.)
// (房峰辉此访主要随行人员有：…: the suite of the visit just told.)
// (访问团的还有荣誉会长李德兴，…: the rest of the party, after its leader was named.)
// (团员包括：…: a delegation's members by their own word.)
const TEAM_WERE = new RegExp('(?:^|，)(?:(?:[^，。；：的]{0,8}(?:组|团|代表团)(?:其他|其余)?)?成员|团员|' +
  '(?:[^，。；：的]{0,6}(?:此访|此行))?(?:主要)?随行(?:人员)?|[^，。；：的]{0,6}(?:组|团)的(?=还))(?:还)?(?:包括|有)[：:]?');

/**
 * A leader's suite, or a delegation's members, flying with him (王沪宁、栗战书等陪同人员同机抵达; …等陪同人员同机离京;
 * …王沪宁，…蔡奇同机抵达; 担任中央代表团副团长的…苗华一同走下舷梯).
 */
// (曾培炎、盛华仁等代表团成员同机返回: flying home with him.)
const SUITE_FLEW = /同机(?:抵达|离京|离开北京|返回|回国|回京)|一同走下舷梯/;
/** The delegation's deputy heads, so described (担任中央代表团副团长的…): they led its visit with its head. */
const DEPUTIES_WERE = /担任[^，。；：]{0,30}?副团长的/;
/** Those described as escorting it after them (，陪同出席活动的…何立峰): the suite, not the delegation's heads. */
const ESCORTS_AFTER = /[，,]陪同[^，。；：]{0,20}?的/;

/** The deputy heads a suite's sentence describes so, up to the escorts described after them. */
function deputies(ctx: SentenceContext): { led?: Set<Mention> } {
  const deputy = DEPUTIES_WERE.exec(ctx.s.text);
  if (!deputy) return {};
  const from = ctx.s.start + deputy.index;
  const escorts = ESCORTS_AFTER.exec(ctx.s.text.slice(deputy.index));
  const to = escorts ? from + escorts.index : ctx.s.end;
  const led = ctx.mentions.filter((m) => m.kind === 'person' && m.start > from && m.end <= to);
  return led.length ? { led: new Set(led) } : {};
}

/** Those named after `和随行的`, up to the comma (胡锦涛和随行的…王刚，在…陪同下…): they went on his visit. */
function alongWith(ctx: SentenceContext): Present | undefined {
  const span = suiteAlong(ctx);
  if (!span) return undefined;
  const groups = ctx.groups.filter((g) => g.start >= span[0] && g.end <= span[1]);
  return groups.length ? { word: '随行', name: '', at: ctx.s.start, groups, suite: true } : undefined;
}

/** The people the sentence lists as present, if it opens so. */
export function presentIn(ctx: SentenceContext): Present | undefined {
  if (ctx.retrospect) return undefined;
  const flew = SUITE_FLEW.exec(ctx.s.text);
  if (flew) {
    const groups = ctx.groups.filter((g) => g.start < ctx.s.start + flew.index);
    return groups.length ? { word: '陪同', name: '', at: ctx.s.start, groups, suite: true, ...deputies(ctx) } : undefined;
  }
  const along = alongWith(ctx);
  if (along) return along;
  const escorts = SUITE_WERE.exec(ctx.s.text);
  const team = escorts ? null : TEAM_WERE.exec(ctx.s.text);
  const suite = escorts ?? team;
  if (suite) {
    const groups = ctx.groups.filter((g) => g.start >= ctx.s.start + suite.index + suite[0].length);
    const guests = suite[0].includes('来访') || AT_MEETING.test(suite[0]);
    // (Only names listed right after the word: 考察团成员包括39名…委员，…王凤超任考察团顾问 tells their posts instead.)
    const listed = team && groups[0]?.start === ctx.s.start + team.index + team[0].length;
    const members = listed && /成员|团员/.test(team[0]) ? { members: true } : {};
    if (groups.length === 0) return undefined;
    return { word: '随同', name: '', at: ctx.s.start, groups, suite: true, guests, ...members };
  }
  const who = PRESENT_WHO.exec(ctx.s.text);
  if (who) {
    const groups = ctx.groups.filter((g) => g.start >= ctx.s.start + who[0].length);
    const word = who.slice(1).find((w) => w !== undefined)!;
    return groups.length ? { word, name: '', at: ctx.s.start, groups, story: true } : undefined;
  }
  const m = PRESENT_WERE.exec(ctx.s.text);
  if (!m) return undefined;
  const after = ctx.s.start + m[0].length;
  const groups = ctx.groups.filter((g) => g.start >= after);
  const name = m[2]!.replace(DEMONSTRATIVE, '');
  const at = ctx.s.start + m[0].indexOf(m[1]!) + m[1]!.length + m[2]!.length - name.length;
  return groups.length ? { word: m[1]!, name, at, groups } : undefined;
}

/** Those a ceremony honoured, listed (这次晋升上将军衔的军官是：…; 被授予…的是：). */
const HONOURED_WERE =
  /^(?:这次|此次|本次)?(?:晋升|晋衔|被授予|获授|受到表彰|受表彰)[^，。；：]{1,16}的[^，。；：的]{0,10}?(?:是|有)[：:]/;

/** The people the sentence lists as those the story's ceremony honoured, if it opens so. */
export function honouredIn(ctx: SentenceContext): Present | undefined {
  if (ctx.retrospect) return undefined;
  const m = HONOURED_WERE.exec(ctx.s.text);
  if (!m) return undefined;
  const groups = ctx.groups.filter((g) => g.start >= ctx.s.start + m[0].length);
  return groups.length ? { word: '晋升', name: '', at: ctx.s.start, groups, honoured: true } : undefined;
}

/**
 * A transcript's speaker label for its chair (`主持人 侯雄飞：`), or the label alone with the chair's titles and name on
 * the next line (`主持人：` / `省委宣传部副部长…叶雄彪`): he chaired the story's press conference or meeting.
 */
export function labelledChair(ctx: SentenceContext, before: Sentence | undefined): Group | undefined {
  if (ctx.retrospect) return undefined;
  const own = CHAIR_LABEL.exec(ctx.s.text);
  const alone = before !== undefined && CHAIR_LABEL_ALONE.test(before.text);
  if (!own && !alone) return undefined;
  const from = ctx.s.start + (own?.[0].length ?? 0);
  const g = ctx.groups.find((x) => x.start >= from);
  if (!g || g.persons.length !== 1) return undefined;
  // (Titles only before the name; the name closes the line or its label.)
  const rest = ctx.text.slice(g.end, ctx.s.end);
  return /^[：:]?$/.test(rest) && !/[，。；]/.test(ctx.text.slice(from, g.start)) ? g : undefined;
}
const CHAIR_LABEL = /^主持人[ 　]*[：:]?[ 　]*/;
const CHAIR_LABEL_ALONE = /^主持人[ 　]*[：:]$/;
