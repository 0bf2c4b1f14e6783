// Who did what in one sentence: each predicate bound to the group of people it follows (its agent), or to the agent of
// the predicate it is joined to (出席并致辞); plans, denials, attributive uses (率领的代表团) and reported speech bind none.
import type { Mention } from '../../../ingest/extract/types.ts';
import { INVITATION, sortLongestFirst, wordAt, wordEndingAt } from '../../../ingest/extract/lexicon/words.ts';
import { POSTS_AFTER_NAME } from '../../../ingest/extract/lexicon/titles.ts';
import {
  notDone, PARTY, PARTY_CLOSED, unnamedOfficials, withoutTitles, type Found, type Group, type SentenceContext,
} from './context.ts';
import { meetingAt } from './events.ts';
import { printedStart } from './holds.ts';
import {
  COURTESY_CALLS,
  DAY_OPENING,
  DAY_PART,
  DAY_WORDS,
  EMBEDDED_ENDS,
  GOING_VERBS,
  HOLDING_VERBS,
  MANNER_PHRASE,
  MEETING_NOUNS,
  MUTUAL_MET,
  NOUN_AFTER,
  NOUN_AFTER_VISIT,
  OBJECT_VERBS,
  PARTNER_WORDS,
  PLACE_IN_PICTURE,
  REPORTED_BY,
  TIME_AFTER,
  FORE_WORDS,
  VERB_JOINERS,
} from './lexicon.ts';

export interface Binding {
  found: Found;
  agent: Group;
  /** 同X举行会谈: the partner group, the guest (MET); 同X共同主持: a co-agent. */
  partner?: Group;
  /** Joined to the predicate before it (并讲话): that one's binding. */
  joinedTo?: Binding;
  /** 同马克龙共同出席: the host, who alone does what is joined after it unless it says both (并发表致辞). */
  host?: Group;
  /** Talks told as the scene of what follows (在会见X时，Y表示): news the lead may already have given. */
  scene?: true;
  /** Done by the subject of the sentences before (…。主持召开…座谈会): the agent stands at the verb. */
  carried?: true;
}

/** Nouns before a speech predicate that make it a noun (重要讲话, 主旨演讲, 的致辞): nothing was said here. */
const NOUN_MODIFIERS = ['的', '重要', '主旨', '书面', '新年', '视频', '贺信', '这篇', '此次'];

/** 同 / 与 / 跟 as "with" (同X举行会谈), not inside 同时, 同志, 与会, 参与…: a partner's phrase starts there. */
// (李强同日另在大连会见…: 同日, the same day, is no partner's mark; 同日本首相, 同日方 are.)
// (在北京先后和…鄂竟平、…陈雷座谈: 和 after 先后 or 分别 is "with" too.)
const PARTNER_MARK =
  /(?<![共相协参陪随一不如认赞合会连])(?:同(?!日(?![本方]))|[与跟]|(?<=先后|分别)和)(?![时志意样等期步会此其类比])/;
const PARTNER_MARKS = new RegExp(PARTNER_MARK.source, 'g');

const COMPANY = /^(?:夫妇|夫人)?[同与和](?:各国|中外|外方)?(?:贵宾|嘉宾|来宾|外宾|客人)们?/;
/**
 * Partners told by kind, not named, right before what they did together (同出席…对话会的主要国际经济机构负责人共同
 * 会见记者): the agent did it, with them.
 */
const UNNAMED_PARTNERS = new RegExp(
  // (…陪同下，联同油尖旺区议员、…关爱队代表探访…: Hong Kong's word for together with, before a longer list.)
  /(?:[同与](?:[^，。；]{1,40}的)?[^，。；的]{0,16}|联同[^，。；的]{1,30}?)/.source +
    /(?:负责人|代表|嘉宾|来宾|领导人|专家|企业家|官员|议员|PEOPLE)们?(?=(?:共同|一同|一起)?$)/
      // (校领导吴光林、孙进与新生一同观看了晚会: people of a place or a school by their kind.)
      .source.replace('PEOPLE', '群众|师生|学生|新生|校友|职工|员工|干部|村民|居民|市民|观众|官兵|党员|青少年|志愿者'),
);
const SENT_TO = new RegExp(
  // (代表中华全国总工会、…中华全国台湾同胞联谊会向大会致贺词: on whose behalf, however many.)
  '^(?:代表[^，。；“”向]{1,160})?[^，。；]{0,12}?(?:以[^，。；向]{1,8}方式)?向[^，。；“”]{2,80}?(?:发表)?(?:书面|视频)?$',
);
export const OTHERS_LISTED = new RegExp(
  // (A list of bodies may be long: 国家发展改革委、工业和信息化部、…商务部等有关部门主要负责同志.)
  // (…李希、韩正和大会主席团成员在主席台就座: the members of a body, after 和.)
  (
    // (…李海瓒等政要，以及…负责人，国际和地区组织代表、来自100多个国家的驻华使节、…代表共约600余人参加: kinds
    // listed with 、 too, and their count.)
    // (夏智伦，…黄星亮及来自全省96所高校的109位…负责人，以及…党校全体人员参加: those counted by their kind after 及,
    // all of a staff.)
    // (…以及旅居巴塞罗那的各社团代表、侨领代表近一百多人: up to their count in all, where one closes them.)
    '^(?:(?:，以及|，|以及|、)(?:[^，。；：]{1,100}COUNT|' +
    // (…祝善忠、澳大利亚、泰国等国驻成都总领事、…媒体等代表逾700人出席: envoys by their posts, too.)
    // (…沈颖，以及多名政治职务担任者也出席: Singapore's and Malaysia's office holders.)
    '[^，。；：]{1,100}?(?:负责同志|负责人|同志|代表|嘉宾|贵宾|来宾|领导人|全体人员|使节|总领事|官员|政要|职务担任者|志愿者|专家|学者' +
      '|COUNT)等?)' +
    '|[及和][^，。；：]{1,40}?COUNT|[及和][^，。；：]{1,40}?[0-9０-９]+(?:多|余)?位[^，。；：]{0,16}?(?:负责人|代表|干部)' +
    // (…相自成及重庆市、…、新疆自治区等7省市自治区领导出席: those of places listed, then their kind.)
    // (…辛华及区委各督导组组长、副组长，…各街道党工委书记参加会议: heads by their post, every one of a kind.)
    '|[和及][^，。；：的]{1,60}?(?:成员|代表|负责同志|负责人|领导人|领导|官员|政要|人士|州长|省长|市长|总督|组长|书记)' +
    '|(?:共约|共|约)COUNT' +
    // (…王章来，正厅级老干部代表，部分在职市厅级领导出席: leaders by their rank alone, an item of their own.)
    // (…陈武，中国和东盟各国多个部委的部长、东盟秘书处副秘书长等出席: officials by their posts alone, closing the list.)
    '|，[^，。；：]{1,80}?(?:部长|秘书长|主席|大使|使节|官员|首脑|负责同志)等$' +
    // (…滕伟毅，省水利厅、…、省消防救援总队分管领导，16个州（市）政府分管领导参加: or those of bodies listed.)
    '|[，、](?!在)[^，。；：的向同与为对给把]{1,80}?领导(?:同志|干部)?(?=，|$)' +
    // (…李太福，各乡镇党委书记及分管教育副职，…，受表彰的先进个人及…全体干部职工共240余人参加: others of any kind,
    // closed by their count in all.)
    // (…等逾400人出席: more than a count.)
    '|(?:，[^，。；：]{1,40}){1,8}?(?:共约|共|约|等(?:逾|超过|近))COUNT' +
    // (…唐建国，以及市司法局，市农委，各兄弟县市区…的领导和相关工作人员和…方阵参加: others after 以及, up to the verb.)
    // (…黄镇，以及首都各方面的人士应邀出席了招待会: or people of standing.)
    // (…李蒙，中共中央办公厅、国务院办公厅，各民主党派中央…，以及省级政协负责同志等出席: bodies listed before them.)
    // (…李嘉颖，以及住中山的省政协委员和市政协常委在主席台就座: members by their body.)
    '|(?:，[^，。；：“”]{1,40}){0,8}?，以及[^。；：“”]{1,150}?' +
    '(?:领导|人员|负责人|负责同志|代表|干部|群众|方阵|人士|委员(?!会)|常委(?!会)|专家|学者|志愿者|嘉宾)等?(?=应邀$|$))+'
  )
    // (…秦刚，以及俄罗斯联邦政府7位副总理等出席: a count of officials by their post; 伊维拉和…约120位企业家参加.)
    // (…曾凡远，4200多名新生以及220多名校友一同观看了晚会: a count of people by 名, before what they did together.)
    .replaceAll(
      'COUNT',
      '[0-9０-９一二三四五六七八九十百千两]+(?:多|余)?(?:人(?![民员士大才口])|位[^，。；：]{1,8}?(?=等|$)' +
        '|名[^，。；：]{1,12}?(?=$|以及|一同|一起|共同))',
    ),
);

/** A list closed by 等 ends at `from`, with what the group took after it (等区工管委领导|班子成员，: read on). */
function closedByDeng(ctx: SentenceContext, from: number): boolean {
  const g = ctx.groups.find((x) => x.end === from && x.persons.length > 0);
  return g ? ctx.text.slice(g.persons.at(-1)!.end, from).includes('等') : ctx.text[from - 1] === '等';
}

/** What the named are, after their closing 等, before a comma (等两国官员，). */
// (郑荣文、郭庆生、李新华等区工管委领导班子成员，27个开工项目业主代表参加活动: the members of a body.)
// (…何恒等3位老书记，先后上台分享…: those named by their post.)
const KIND_AFTER_DENG =
  /^[^，。；：“”的]{0,24}(?:官员|代表|人士|嘉宾|负责人|负责同志|领导人|同志|政要|成员|领导|书记|干部|专家|委员|校长)(?=[，,])/;

/** The same, right before a going (等自治区主要官员前往…). */
const KIND_BEFORE_GOING = new RegExp(KIND_AFTER_DENG.source.replace('(?=[，,])', ''));

/** A list of officials closed by 等 and their kind (等区领导, 等市四套班子领导), as its group ends. */
const KIND_CLOSED = /等[^，。；：“”的]{0,8}?(?:官员|负责人|负责同志|领导同志|领导|干部)$/;
/** A party led, then what it inspected, up to the visit's verb (带领电商科一行3人，对洋县…项目进行了). */
const INSPECTED_BY_PARTY = new RegExp(`^(?:带领|率领|率)[^，。；：“”的]{1,30}?${PARTY}[，,]对[^，。；：“”]{2,40}?(?:进行|开展)了?$`);

/** `between` without what the named are after their closing 等, nor 应邀 after the comma that closes them. */
function withoutKindAfterDeng(between: string): string {
  const rest = between.replace(KIND_AFTER_DENG, '').replace(KINDS_COUNTED_AFTER_DENG, '');
  // (…菲切少将等加拿大军政官员…，应邀出席了招待会: invited, after the comma that closes the list.)
  return /^[，,]应邀$/.test(rest) ? '' : rest;
}

/** Kinds joined after 等, counted in all, before a comma (等加拿大军政官员和各界人士以及华侨华人200多人，). */
const KINDS_COUNTED_AFTER_DENG = new RegExp(
  '^[^，。；：“”的]{0,60}?(?:官员|代表|人士|嘉宾|华侨华人|侨胞|群众|人员|同志)' +
    '(?:[0-9０-９一二三四五六七八九十百千]+(?:多|余)?(?:人|位|名))?(?=[，,](?:应邀)?$)',
);

/**
 * Text that may stand between an agent and its verb: no clause break (but an apposition `作为…代表，`), no 的, no
 * partner phrase (its verbs are the partner's: 同来华出席…的佐科), no other person, nothing too long.
 */
function cleanBetween(ctx: SentenceContext, from: number, to: number): boolean {
  // (欧渤芊大使慰问…, …杨健（左一）与嘉宾…出席: a post printed after the name the tagger read, where he stands in a photo.)
  const printed = ctx.text.slice(from, to).replace(ADDRESS_POST, '').replace(PLACE_IN_PICTURE, '');
  // (张士明…率分行信贷管理部以及相关支行的负责人拜访了…: those taken along, by their office, right before the verb.)
  // (…习近平和夫人抵达河内，开始对越南进行国事访问: a spouse taken along, unnamed.)
  let between = printed.replace(SPOUSE_UNNAMED, '').replace(MANNER_PHRASE, '').replace(PEOPLE_TAKEN, '')
    .replace(SUITE_ALONG_CLAUSE, '');
  // (蔡奇7日上午，代表习近平总书记和党中央看望…: the day after the subject, then on whose behalf, right before the
  // verb; whoever is named there is no agent.)
  const behalf = BEHALF_AFTER_DAY.test(between);
  if (behalf) between = '';
  // (作为…代表，; 代表党中央、国务院，: on whose behalf, set off by a comma.)
  // (李作成担任演习总导演，出席…: the part he plays in it, likewise.)
  const apposition = /^(?:作为|代表|担任)[^，。；的]{1,20}，/.exec(between);
  if (apposition) between = between.slice(apposition[0].length);
  between = between.slice(whenWhereSetOff(ctx, between, to));
  // (…等领导在吴葵光同志遗体前肃立默哀; …等，在哀乐声中缓步来到万里同志的遗体前: the deceased named where the mourners
  // stand, and the dirge they came in to.)
  const body = AT_THE_BODY.exec(ctx.text.slice(from, to));
  const bodyFrom = body ? from + body.index : -1;
  const bodyTo = body ? bodyFrom + body[0].length : -1;
  if (body) between = between.replace(body[0], '');
  // Others listed after the named, without names (张国清，以及…有关部门负责同志应邀到会; 陈希，各民主党派中央…负责人，
  // 中央有关部门负责同志参加活动), are part of the subject;
  // so is a comma before what they did in turn (郝明金，…徐留平，先后代表…致贺词).
  // (比格德利、优素福等两国官员，以及…代表应邀出席: what the named are, closed by 等, then the others.)
  if (closedByDeng(ctx, from)) between = withoutKindAfterDeng(between);
  // (…李静一行，到敖包苏木推进…; 习近平、…韩正等，同首都各界群众欢聚一堂: a party or a list set off by a comma.)
  if (between === '，' && PARTY_CLOSED.test(ctx.text.slice(Math.max(0, from - 6), from))) between = '';
  // (解放军总参谋长陈炳德，同到访的…马伦会谈: the sentence's subject, set off by a comma, as Hong Kong papers print it.)
  // (…彭清华，在会见审计署审计长刘家义时表示: the frame of when he spoke opens right before the verb.)
  if (/^，在?$/.test(between) && subjectOpens(ctx, from)) between = '';
  const listed = between.replace(OTHERS_LISTED, '');
  between = listed.slice(unnamedOfficials(listed)).replace(OTHERS_LISTED, '').replace(/^，(?=先后|分别|一同|一起|共同)/, '');
  // (…杨喜春，以及县委办…等相关部门单位负责人，督查了…: the comma that closes a long subject before its verb.)
  if (between === '，' && listed.length < printed.length) between = '';
  // Guests told by kind, not named (习近平夫妇同贵宾们共同观看…), are company, not a partner who did it instead.
  between = between.replace(COMPANY, '').replace(UNNAMED_PARTNERS, '');
  // One of many (包括叙利亚外长梅克达德在内的阿盟22个成员国代表参会) did what they all did.
  between = between.replace(/^等?在内的(?=[^，。；的“”]{1,24}$)/, '');
  // So are the named first of a larger group told after 等 (托卡耶夫、…潘基文等来自60多个国家和地区的1500多位…代表参加).
  if (ctx.text[from - 1] === '等') between = between.replace(LARGER_GROUP, '');
  // Or joined after the last by 和 (…格奥尔基耶娃和来自50多个国家和地区的1500多位…代表参加).
  else if (LARGER_GROUP.test(between.slice(1)) && between[0] === '和') between = '';
  // (程昆以《积极探索创新，努力参与…品牌建设》为题，做了大会发言: the title a speech was given under.)
  between = between.replace(/^以[“《][^“”《》]{1,60}[”》]为题[，,]?/, '');
  // What a speech was about (围绕学习贯彻习近平总书记…精神作了发言) names no agent and holds no predicate of its own.
  // (就关于提请审议…草案的议案作了说明, 结合分管领域和地方的工作作了发言: the topic may hold its own 的).
  // (李建刚对…召开的…会议精神作了传达: what he passed on.)
  // (…张晓刚就标准化改革与创新作专题讲座: before a speech made, whatever the topic ends with.)
  // (镇长徐思达对…等方面存在的薄弱环节提出了明确的整改要求: whatever the tasks were set for, before they are.)
  const spoken = /^(?:作|做|发表)/.test(ctx.text.slice(to, to + 2))
    ? /^(?:围绕|就)[^，。；：“”]{1,40}$/.exec(between)
    : /^提出[^，。；]{0,6}要求/.test(ctx.text.slice(to, to + 12)) ? /^(?:对|就|围绕)[^，。；：]{1,60}$/.exec(between) : null;
  const topic = (/^(?:围绕|就|结合|对)[^，。；：“”]{1,60}?(?:精神|问题|情况|草案|议案|议题|安排|事项|事宜|工作|实际)(?=[^，。；的]{0,3}$)/
    .exec(between) ?? TOPIC_OF_TALKS.exec(between) ?? TOPICS_LISTED.exec(between) ?? spoken)?.[0] ?? '';
  const topicEnd = to - between.length + topic.length;
  // A name in quotes is a noun, where it stands (在“中立之友小组”成员国议会领导人会议上发表视频致辞).
  between = between.slice(topic.length).replace(/“[^“”，。；]{1,20}”/g, '名');
  between = withoutMannerOrTime(between);
  // Where a meeting was held, inside where he spoke (在曼谷举行的…峰会上发表…演讲): its 的 is the meeting's.
  between = between.replace(/在[^，。；的]{1,24}?(?:召开|举行)的(?=[^，。；的]{2,40}(?:上|期间)$)/, '在');
  // Where it was done may hold 与 in its name (在柬埔寨皇家法律与经济大学毕业典礼上发表演讲): no partner phrase.
  const where = /在[^，。；：的同跟]{2,40}(?:上|期间)$/.exec(between)?.[0] ?? '';
  const partner = PARTNER_MARK.test(withoutNames(ctx, from, to, between.slice(0, between.length - where.length)));
  if (between.length > 40 || /[，。；：！？“”]|的/.test(between) || partner) return false;
  // 为出席…的元首夫妇举行宴会: what follows 为 is done by those it is for; 镇政府由王尧镇长带队: what follows 由 does it.
  if (between.endsWith('为') || between.endsWith('由')) return false;
  if (hasObjectVerb(between)) return false;
  // Whom someone urges to act (督促指导相关单位党委召开…) acts, not he; 督促检查 is his own inspection.
  if (/(?:督促|责成|敦促)[^，。；]{2,}$/.test(between)) return false;
  const named = (m: Mention) => m.kind === 'person' && m.start >= from && m.end <= to && m.start >= topicEnd &&
    !(m.start >= bodyFrom && m.end <= bodyTo);
  return behalf || !ctx.mentions.some(named);
}
/** A spouse along, unnamed, right after the agent (和夫人, 偕夫人). */
const SPOUSE_UNNAMED = /^(?:和|偕|携|与)夫人(?=[^、和及]|$)/;
/** Where mourners stand, before the deceased's body (在…同志遗体前, 缓步来到…同志的遗体前). */
const AT_THE_BODY = /(?:在哀乐声中)?(?:(?:缓步|缓缓)?(?:来到|走到)|在)[^，。；：“”在]{1,20}?(?:同志|先生|女士)?的?遗(?:体|像)前/;

/** Only the subject, with its titles, stands between the sentence's start and `to`: no clause, no predicate. */
function subjectOpens(ctx: SentenceContext, to: number): boolean {
  // (同日，中组部副部长齐玉，出席了…: the day may open the sentence.)
  // (…；中组部副部长齐玉，出席了…: or a semicolon close the clause before.)
  const from = ctx.s.start + ctx.text.slice(ctx.s.start, to).lastIndexOf('；') + 1;
  // (省委书记骆惠宁，省长李小鹏，参加…: officials listed with commas are one subject.)
  const g = ctx.groups.find((x) => x.end === to && x.start >= from);
  const head = ctx.text.slice(from, g ? groupStart(ctx, g) : to).replace(DAY_OPENING, '');
  return !/[，。；：]/.test(head) && !ctx.predicates.some((p) => p.start >= from && p.start < to) &&
    ctx.mentions.some((m) => m.kind === 'person' && m.end === to);
}

/** Topics listed up to 等 right before the verb (分别就加快绿色低碳转型发展、…、保护传承传统戏曲等发言). */
// (…胡四一着重就落实“三农”政策、…等发言: what they dwelt on.)
const TOPICS_LISTED = /^(?:分别|先后)?(?:着重|重点|主要)?(?:围绕|就)[^，。；：“”]{2,80}、[^，。；：“”]{2,40}等$/;

/** `between` without how the act was received or when it came, right after the agent: no object of the verb. */
function withoutMannerOrTime(between: string): string {
  return (
    between
      // (与宋涛11月16日以视频会议的形式进行了磋商: how, after the day.)
      .replace(DAY_BEFORE_HOW, '')
      .replace(MANNER_PHRASE, '')
      // (在此间的稻香楼国宾馆会见: where, as a dispatch says "here".)
      .replace(/^在(?:此间|当地|本地)的(?=[^，。；的]{2,16}$)/, '在')
      // (在位于俄罗斯阿穆尔州的东方航天发射场会晤: where the place lies.)
      .replace(/^在位于[^，。；“”的]{1,24}的(?=[^，。；的]{2,20}$)/, '在')
      // (在热烈的掌声中发表了重要讲话, 在哀乐声中; 在坦诚、友好的气氛中举行了会谈: the mood of talks.)
      .replace(/^(?:[0-9０-９]{1,2}日)?在[^，。；“”]{1,16}?(?:声|气氛|氛围)中/, '')
      // A clause of time (在听取讲解和讨论后发表了重要讲话): what was heard there is no object either.
      .replace(/^在[^，。；的]{2,30}?后(?=[^，。；]{0,6}$)/, '')
      // (陈燮君在随后的致辞中表示: when his own speech came.)
      .replace(OWN_LATER_ALONE, '')
      // (…就两国关系进行了一个多小时的会谈; 进行了长达两个小时的会晤: how long the talks lasted.)
      .replace(/((?:进行|举行)了?)(?:长达|约)?[0-9０-９一二两三四五六七八九十几半多个余]{1,6}(?:小时|分钟)的$/, '$1')
      // (举行了有意义的、建设性的会谈; 先后进行了小范围和大范围的会谈: what the talks were like.)
      .replace(/((?:进行|举行)了?)(?:[^，。；：“”的]{1,12}的、?){1,3}$/, '$1')
  );
}
/** The day before how it was done (11月16日以视频会议的形式). */
const DAY_BEFORE_HOW = /^(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:[上下]午|晚|晚间)?(?=以|通过|采取|采用)/;
/** When one's own speech came, up to it (在随后的致辞中). */
const OWN_LATER = /在(?:随后|稍后|其后|之后|接下来|当天)的$/;
const OWN_LATER_ALONE = new RegExp(`^${OWN_LATER.source}`);

/**
 * How much of `between` (which ends at `to`) is the day and the place set off by a comma (习近平23日上午在北京航天飞行
 * 控制中心，同…航天员…天地通话); none where that clause has a verb of its own (在…金牛宾馆举行宴会，欢迎出席…的).
 */
function whenWhereSetOff(ctx: SentenceContext, between: string, to: number): number {
  const clause = WHEN_WHERE_CLAUSE.exec(between)?.[0] ?? '';
  const at = to - between.length;
  if (!clause || hasObjectVerb(clause) || HOLDING_VERBS.some((v) => clause.includes(v))) return 0;
  return ctx.predicates.some((p) => p.start >= at && p.start < at + clause.length) ? 0 : clause.length;
}

/** `text`, found between `from` and `to`, with the names of places and bodies there masked (来同里镇考察: no 同). */
function withoutNames(ctx: SentenceContext, from: number, to: number, text: string): string {
  const named = ctx.mentions.filter((m) => m.kind !== 'person' && m.kind !== 'title' && m.start >= from && m.end <= to);
  return named.reduce((b, m) => b.replaceAll(m.text, '名'), text);
}

/** The day and the place after the subject, set off by a comma before the verb's clause. */
// (习近平今（23日）早上，在…，与…: the day, set off by its own comma, as Hong Kong papers print it.)
const CLAUSE_DAY = `(?:[今昨]?（[0-9０-９]{1,2}日）|[0-9０-９]{1,2}日|${DAY_WORDS})?(?:${DAY_PART})?`;
const WHEN_WHERE_CLAUSE = new RegExp(`^${CLAUSE_DAY}[，,]?在[^，。；：的“”]{2,24}[，,](?=[^，。；：]*$)`);

/** Those a list closed by 等 belongs to, told by where they come from (来自60多个国家和地区的1500多位…代表). */
// (…王在希和海峡两岸的嘉宾出席: the kind alone after 的.)
const LARGER_GROUP = /^(?:来自)?[^，。；：“”]{1,40}的[^，。；：“”的]{0,30}(?:代表|嘉宾|来宾|贵宾|人士|客人|学者)$/;

/** Those taken along by their office, the whole of what stands before the verb (率…支行的负责人). */
// (苏琼率相关镇处和…等部门负责人，对…工作进行现场督办: set off by a comma before the verb's own clause.)
// (王东明，率领新一届省委常委会成员，在成都新华宾馆与媒体记者见面: the members of a body, set off by commas.)
const PEOPLE_TAKEN =
  /^[，,]?(?:率领|带领|率(?!领))(?!的)[^，。；：“”]{2,40}?(?:负责人|负责同志|干部|工作人员|人员|专家|成员|代表团)(?:$|[，,](?=[^，。；：“”]{1,40}$))/;

/** Those who go along with the subject, named right after it (胡锦涛和随行的…王刚，): his suite, no agents. */
const SUITE_ALONG_CLAUSE = /^和随行的[^。；：“”]{2,80}?[，,](?=[^，。；：]*(?:陪同下|$))/;

/** Where the subject's suite is named (…和随行的…温家宝，…曾庆红，在…陪同下), up to the comma that closes it. */
export function suiteAlong(ctx: SentenceContext): [number, number] | undefined {
  const at = ctx.s.text.indexOf('和随行的');
  const m = at < 0 ? undefined : SUITE_ALONG_CLAUSE.exec(ctx.s.text.slice(at));
  return m ? [ctx.s.start + at + 4, ctx.s.start + at + m[0].length] : undefined;
}

/** A post printed after a name (张卫东大使, 王岐山副主席). */
// (陈国忠副巡视员带领…, 刘琳厅长、邓冈副厅长: a department's posts too, once the name is read; the name rules do not
// read names before them, where a department's name may stand, 公安局长.)
const DEPARTMENT_POSTS_AFTER_NAME = ['市长', '县长', '区长', '省长', '厅长', '局长', '处长', '司长', '院长', '校长', '主任', '行长']
  .flatMap((p) => [p, `副${p}`]).concat(['巡视员', '副巡视员', '调研员', '董事长', '总经理']);
export const ADDRESS_POST = new RegExp(
  `^(?:${sortLongestFirst([...POSTS_AFTER_NAME, ...DEPARTMENT_POSTS_AFTER_NAME]).join('|')})`,
);

/** Together with others by kind, perhaps set off by a comma (及相关部门同志一道，). */
const ALONG_WITH_OTHERS = /^(?:(?:及|和|以及)[^，。；：]{1,20}?(?:同志|人员|负责人|干部))?(?:一道|一同|一起)[，,]?/;

/** The day after the subject, then on whose behalf, right before the verb (蔡奇7日上午，代表习近平总书记…). */
// (曹雪涛受马晓伟主任委托出席磋商: entrusted by another, named there.)
const BEHALF_AFTER_DAY = new RegExp(
  // (镇长魏彪受镇人民政府委托，作政府工作报告: set off by a comma.)
  // (李智勇受中央领导同志的委派，宣布了…: whose, with 的.)
  `^(?:[0-9０-９]{1,2}日|${DAY_WORDS})?(?:${DAY_PART})?[，,]?(?:代表[^，。；的“”]{1,20}|受[^，。；“”]{1,20}?(?:委托|委派|指派)[，,]?)$`,
);
/** A clause's end or a time right before (…，; 3日; 下午; 当天). */
const TIME_OR_CLAUSE_END = new RegExp(`(?:[，,]|[0-9０-９]日|${DAY_PART}|${DAY_WORDS})$`);

const GOING_WHEN = new RegExp(
  // (李克强于当地时间12日下午乘专机抵达莫斯科: the local time of a visit abroad.)
  `^于?(?:当地时间)?(?:(?:\\d{1,2}月)?\\d{1,2}日|${DAY_WORDS}|近日|日前)?(?:（[^）]{1,12}）)?(?:${DAY_PART})?`,
);

const BEHALF_BEFORE_GOING = /^(?:[，,]?受[^，。；的“”]{1,20}?(?:委托|委派|指派)[，,]?)?(?:代表[^，。；的“”]{1,20}[，,])?/;

/** A journey's leg just finished, before the going (在结束了对冰岛的访问之后，5日下午乘专机抵达…). */
const AFTER_FINISHING = /^在?(?:结束|完成)了?[^，。；：“”]{1,30}?(?:之后|以后|后)[，,]?/;

/** What a going was in light of, before it (结合全国文明城市创建工作，). */
// (…张海宏带队，联合市消防救援局，赴…; 方国华带队，围绕“创优营商环境”，到…: with whom, on what, set off too.)
export const IN_LIGHT_OF = /^(?:结合|围绕|联合|会同|针对)(?:“[^“”。；]{1,30}”|[^，。；：“”]){1,30}?[，,]/;

/** How soon or how purposely one went (还参观…; 先后深入…; 立即赶赴…). */
// (张茅抽时间前往…医院: time taken out for it.)
const GOING_ADVERBS = /^(?:还|又|先后|相继|专程|特地|特意|专门|首先|随后|随即|其后|接着|然后|立即|马上|连夜|当即|迅速|抽时间|抽空)+/;

/**
 * A leader who goes somewhere first keeps the next clause's predicate (胡积合先后到A、B、C，走访慰问…): clauses of going,
 * with nothing but places between, may stand between him and it.
 */
function goingBetween(
  ctx: SentenceContext,
  from: number,
  to: number,
  verbs: readonly string[] = GOING_VERBS,
  abroad = false,
): boolean {
  // When may stand before the going (习近平4月3日上午来到…公园，参加…), and an adverb (还参观…展，看望…; 先后深入…);
  // what is seen may be named in quotes.
  // How they went may come first (集体乘车，来到…).
  // (刘旭光一行11人，来我市…: the party counted, and a comma before their going.)
  // (率南湖区各民主党派、新联会负责人…一行12人来杨浦: those he led, listed, then his party.)
  // (梁振英7月10日上午率政府官员前赴深圳，在五洲宾馆与…: the day before those he led.)
  // (廖长友结合全国文明城市创建工作，带领…，到…进行调研: what it was in light of, set off by a comma.)
  const day = GOING_WHEN.exec(ctx.text.slice(from, to))![0].length;
  const when = day + (IN_LIGHT_OF.exec(ctx.text.slice(from + day, to))?.[0].length ?? 0);
  // (陈国忠副巡视员带领…人员，到惠安调研: his post of address before those he led.)
  const post = ADDRESS_POST.exec(ctx.text.slice(from + when, to))?.[0].length ?? 0;
  const led = LED_ALONG.exec(ctx.text.slice(from + when + post, to))?.[0] ?? '';
  // (…张晖等区领导，来到…检查: those named closed by their kind, set off by a comma as a party is.)
  const kindClosed = closedByDeng(ctx, from) && KIND_CLOSED.test(ctx.text.slice(Math.max(0, from - 8), from));
  const party = PARTY_CLOSED.test(ctx.text.slice(Math.max(0, from - 6), from)) || PARTY_CLOSED.test(led) || kindClosed;
  // (欧渤芊大使赴…驻地，慰问…: his post of address after the name the tagger read.)
  const start = from + (led ? when + post + led.length : 0);
  // (张庆黎、…等自治区主要官员前往班禅行宫，看望…: what the named are, after their closing 等, before the going.)
  const kind = closedByDeng(ctx, from) ? KIND_BEFORE_GOING.exec(ctx.text.slice(start, to)) : null;
  const afterKind = kind && wordAt(verbs, ctx.text.slice(start + kind[0].length, to), 0) ? kind[0].length : 0;
  const between = ctx.text.slice(start + afterKind, to).replace(ADDRESS_POST, '').replace(SPOUSE_UNNAMED, '')
    .replace(PARTY_OPENS, '')
    .replace(party ? /^[，,]/ : /^$/, '')
    // (吴海燕与县领导王昱、刘长远及相关部门同志一道，到…督导: together, set off by a comma.)
    // (杜金卿一行组成执法检查组，到我市…进行执法检查: the team the party made up, before its going.)
    // (刘琳厅长、邓冈副厅长以及…负责人等组成调研组，赴三明市调研: others by kind in the team too.)
    .replace(/^(?:(?:及|和|以及)[^，。；：“”]{1,30}?等)?(?:组成|成立)[^，。；：“”]{1,12}?[组团队][，,]?/, '')
    // (习近平受胡锦涛总书记委托，代表党中央、国务院，于…专程奔赴…灾区，慰问…: on whose behalf he went.)
    .replace(AFTER_FINISHING, '').replace(BEHALF_BEFORE_GOING, '').replace(GOING_WHEN, '')
    // (王成国围绕“…”民生保障商品物资供应，到商超、市场进行专题调研: what it was about, set off by a comma.)
    .replace(IN_LIGHT_OF, '').replace(ALONG_WITH_OTHERS, '').replace(GOING_ADVERBS, '')
    .replace(/^(?:集体|一起|一同)?(?:乘车|乘机|驱车|步行|乘坐[^，。；]{1,8})[，,]?/, '').replace(MANNER_PHRASE, '')
    // (…胡富国缓步来到刘泽民同志遗体前肃立默哀: the pace of the going.)
    .replace(/^(?:缓步|缓缓|快步|徒步)(?=来到|走进|走到|前往|到)/, '')
    // (…乘专机抵达莫斯科，…进行国事访问: a leader's flight abroad, before a state visit only: what else he flew to do
    // is still to come.)
    // (房峰辉13日下午率团离京，对美国进行正式友好访问: or the delegation he leads out.)
    .replace(abroad ? /^(?:乘(?:专|包)机|率[^，。；：“”的]{0,16}?团)/ : /^$/, '')
    // (郭兴文同志冒着凛冽寒风来到…: the weather braved on the way.)
    .replace(/^(?:冒雨|冒雪|冒着[^，。；]{1,8}?|顶着[^，。；]{1,8}?|迎着[^，。；]{1,8}?)(?=来到|前往|深入|赴|到)/, '')
    // (来我省进行为期五天的考察, 进行为期五天的学习考察, 进行了没有事前通知的信访工作专项督查: how long it lasted, how
    // it was done.)
    .replace(/(?:进行|开展|展开)了?[^，。；的]{1,10}的[^，。；的“”]{0,8}$/, '')
    // (来到田间地头…，就落实科学发展观、…加强党的建设进行调查研究: what the research was on, after the going.)
    .replace(/[，,](?:就|围绕)[^，。；：“”]{2,60}?(?:进行|开展)?了?$/, '，')
    // (围绕“发展数字经济，推动产业转型”开展专题调研: a quoted theme may hold a comma.)
    .replace(/“[^“”。；]{1,40}”|《[^《》，。；]{1,40}》/g, '名');
  // (蒋丽带领电商科一行3人，对洋县…项目进行了督导检查: a party led, then what it inspected, its going untold.)
  const inspected = INSPECTED_BY_PARTY.test(ctx.text.slice(from + when + post, to));
  if (to - from > 120 || !(wordAt(verbs, between, 0) || (party && between.startsWith('来')) || inspected)) return false;
  if (/[。；：！？“”]/.test(between) || (between.includes('的') && !placesDescribed(ctx, from, to))) return false;
  // (先后来到困难群众李四、王五家中: those whose homes are gone to stand in the going.)
  // (…来到王晴晴委员工作室和孟苑实地调研: whoever is named in the going's own clause is where it went.)
  const ownClause = (g: Group) => !/[，,]/.test(ctx.text.slice(from, g.start));
  // (…人员，到惠安调研: a name right after the going is where it went.)
  const gone = (g: Group) => '到赴来'.includes(ctx.text[g.start - 1] ?? '-');
  const agents = ctx.groups.filter(
    (g) =>
      g.start >= from && g.end <= to && !inObject(ctx, g) && !ownClause(g) && !gone(g) && !(abroad && inviting(ctx, g)),
  );
  return !agents.some((g) => g.persons.length > 0);
}

/** Who invited the subject, in a clause of its own (…离开北京，应俄罗斯联邦总统普京邀请，对俄罗斯进行国事访问). */
function inviting(ctx: SentenceContext, g: Group): boolean {
  return /^应[^，。；]*$/.test(ctx.text.slice(clauseStart(ctx, g.start), g.start)) &&
    /^[^，。；]*邀请[，,]/.test(ctx.text.slice(g.end, ctx.s.end));
}

/**
 * The leader and those he took along, named right before the visit's verb or its going (江洪率…李博平、…徐春雷等来我县
 * 调研; …率…解晓波、…傅茂昌及各界别政协委员19人视察), as one party.
 */
function partyTakenAlong(ctx: SentenceContext, f: Found, taken: (x: Group) => boolean): Group | undefined {
  const along = ctx.groups.filter((x) => x.end <= f.start && taken(x));
  const last = along.at(-1);
  if (!last || !(cleanBetween(ctx, last.end, f.start) || goingBetween(ctx, last.end, f.start))) return undefined;
  const first = along.find((x) => clauseStart(ctx, x.start) === clauseStart(ctx, last.start))!;
  const leader = ctx.groups.filter((x) => x.end <= groupStart(ctx, first) && !taken(x)).at(-1);
  if (!leader) return undefined;
  const persons = [...leader.persons, ...along.filter((x) => x.start >= first.start).flatMap((x) => x.persons)];
  return { ...leader, persons, end: last.end };
}

/** A leader's word of taking along, then those taken, up to one of them (率市政府副秘书长…). */
// (Not those escorting them: 率…负责人由中科院陈竺副院长…陪同下.)
const TAKEN_ALONG = /(?:带领|率领|带着|率)(?:(?!来|到|赴|前往|深入|走进|由|在)[^，。；：“”的]){0,30}$/;

/** Whom a leader took along (带领有关部门负责人深入A、B，实地督导…), up to the going. */
// (…苏家杰先后率香港青少年及澳门乡亲、同乡会会员，回到清远开展考察: at once or in turn, a comma before the going.)
// (…杨生荣率分院科技处和兰州近代物理所的专家一行6人到山东考察调研: 的 before the kind of those taken.)
export const LED_ALONG = new RegExp(
  // (率市局人事科、项目办等有关领导组成的开学工作督查组一行深入…: the team those he took along made up.)
  ('^(?:先后|分别|共同)?(?:带领|率领|带着|率)(?:[^，。；：“”的]|的(?=[^，。；：“”的]{0,6}PEOPLE)|(?<=组成)的){2,40}?[，,]?' +
    '(?=赶赴|深入|来到|回到|前往|前赴|赴|到|来)').replace('PEOPLE', '(?:专家|干部|负责人|负责同志|同志|人员|代表|成员|师生)'),
);

/** What is done at a place named right before it (…江苏省进行为期五天的学习考察). */
const PLACE_THEN_VISIT = /^(?:(?:进行|开展|展开)了?(?:为期[^，。；的]{1,8}的)?(?:学习|专题|实地)?)?$/;

/** Every 的 from `from` to `to` describes a place named right after it (来到浙江对口支援的青海海西…自治州). */
function placesDescribed(ctx: SentenceContext, from: number, to: number): boolean {
  const named = (k: number) => ctx.mentions.some((m) => m.start === k + 1 && m.kind === 'place');
  // (赴全国人大推广的基层人大联络站建设和代表活动先进示范县江苏睢宁县考察学习: what a place is known for, before its
  // name, right before the visit's verb; none of it done by anyone there.)
  const first = ctx.text.indexOf('的', from);
  const going = from + Math.max(...GOING_VERBS.map((v) => ctx.text.slice(from, first).lastIndexOf(v)));
  // (…赴毗邻上海的浙江省和江苏省进行为期五天的学习考察: what is done there told after the place.)
  const placeLast = ctx.mentions.some(
    (m) => m.kind === 'place' && m.end <= to && PLACE_THEN_VISIT.test(ctx.text.slice(m.end, to)),
  );
  const doneThere = ctx.predicates.some((p) => p.start > going && p.start < to);
  const people = ctx.mentions.some((m) => m.kind === 'person' && m.start > going && m.end <= to);
  if (going >= from && placeLast && !doneThere && !people) return true;
  // (参观位于八乡的少年警讯永久活动中心: where the place lies.)
  const lies = (k: number) => /位于[^，。；的]{1,12}$/.test(ctx.text.slice(from, k));
  for (let k = ctx.text.indexOf('的', from); k >= 0 && k < to; k = ctx.text.indexOf('的', k + 1)) {
    if (!named(k) && !lies(k)) return false;
  }
  return true;
}

/**
 * Talks held with a side no name stands for (哈尼亚…与埃及方面就…举行会谈, 同美方举行会谈), from 同 to the verb: group 1 is
 * the side.
 */
export const SIDE_TALKS = new RegExp(
  // (与参加第十一届世界自由区组织大会的国外自由区代表举行会谈: the side described by what it came for.)
  '^[同与跟](?:[^，。；、“”的]{2,30}的)?([^，。；、“”的]{1,12}?(?:方面|方|政府|当局|官员|代表团|代表|高官))' +
    '(?:就[^。；]{1,60}?)?' +
    // (与越南代表团举行了工作会谈: the talks' kind between the verbs.)
    '(?:(?:举行|进行)了?[^，。；、“”的同与跟]{0,4})?$',
);

/** Where talks with an unnamed side are told, between the agent and the verb (…在开罗与埃及方面…举行会谈), or -1. */
export function sideTalksAt(ctx: SentenceContext, f: Found, from: number): number {
  if (f.pred.rel !== 'MET' || !MUTUAL_MET.includes(f.word)) return -1;
  const between = ctx.text.slice(from, f.start);
  const at = between.search(/[同与跟][^同与跟]*$/);
  if (at < 0 || !SIDE_TALKS.test(between.slice(at))) return -1;
  return namedIn(ctx, from + at, f.start) ? -1 : from + at;
}

/** 举行 and the name of the talks held (举行第四次中欧环境与气候): no clause break, no 的. */
const NAMED_TALKS_BEFORE = /^(?:[0-9０-９]{1,2}日)?(?:在[^，。；的同与]{1,12})?举行了?第?[^，。；的]{1,24}$/;

/** A person is named between the two offsets. */
function namedIn(ctx: SentenceContext, from: number, to: number): boolean {
  return ctx.mentions.some((m) => m.kind === 'person' && m.start >= from && m.end <= to);
}

/** What closes an escort clause: 陪同下, or 随行 before a comma (在丁薛祥、…等负责人随行，考察…). */
const ESCORT_CLOSES = '(?:陪同下|随行(?=[，,]))';

/** What follows escorts named before 陪同下: others by kind (及…等有关部门), then 的. */
// (由中科院陈竺副院长、生命科学与生物技术局、…等部门负责人陪同下: his post, then bodies listed.)
// (Not 在 or 由: a name before them is the one escorted, 习近平在陈吉宁陪同下.)
const ESCORTS_BEFORE = new RegExp(
  // (…刘伟及市港口与口岸局、锦州海关等部门领导的陪同下: bodies listed after the joiner too.)
  '^(?:(?![在由])[^，。；：“”、]){0,6}?(?:(?:及|和|以及)[^，。；：“”、]{1,16}?)?(?:、[^，。；：“”、在由]{1,16}?){0,6}' +
    // (在丁薛祥、…何立峰等中央有关部门负责人随行，考察…: those who went along, after 在.)
    '(?:等[^，。；：“”]{0,12}?)?的?' + ESCORT_CLOSES,
);

/** The group closest before the predicate whose text up to it is clean. */
/** The group names where a visit went or was done, not who led it. */
function whereItWent(ctx: SentenceContext, f: Found, g: Group): boolean {
  // (刘旭光一行先后来到王晴晴委员工作室和孟苑实地调研: what is named where the visit went did not lead it.)
  if (WENT_TO.test(ctx.text.slice(clauseStart(ctx, g.start), g.start))) return true;
  // (…张云龙到安马大营二号地施工现场进行了调研指导: a name read right after another's 到 is where he went.)
  // (…一行12人来杨浦考察调研: one name the tagger alone read right after a going is where it went.)
  const taggerPlace = g.persons.length === 1 && g.persons[0]!.rule === 'tagger';
  const after = '到赴来'.includes(ctx.text[g.start - 1] ?? '-');
  // (陈国忠副巡视员带领…人员，到惠安调研: a name right after the going of one named before it is where he went.)
  const goerBefore = ctx.groups.some((x) => x.end <= g.start - 1);
  if (after && (ctx.groups.some((x) => x.end === g.start - 1) || taggerPlace || goerBefore)) return true;
  // (调研组一行在川渝高竹新区胡家梁子观景平台参观: a name the tagger alone read inside where it was done.)
  return taggerPlace && /在[^，。；]{1,12}$/.test(ctx.text.slice(clauseStart(ctx, g.start), g.start)) &&
    !/陪同|带领|率领/.test(ctx.text.slice(g.end, f.start));
}

function closestGroup(ctx: SentenceContext, f: Found): Group | undefined {
  // A group inside what is learnt or heard (围绕学习贯彻习近平总书记…精神作了发言) is no agent: the one before it may be.
  // (李克强在…谢索帕拉陪同下，…参观…，并出席…: the escort is no agent of what the one escorted did.)
  // (廖飞在州政府秘书长邓锦光及州发改等有关部门陪同下: others by kind may follow the escorts.)
  const escort = (g: Group) => {
    const after = f.word === '陪同' || f.word === '随行' ? '' : ctx.text.slice(g.end, g.end + 90);
    return (after.includes('陪同下') || after.includes('随行')) && escortsNamed(ctx, g, after);
  };
  // (在镇党委书记石岩和组织委员彭巍的陪同下: the escorts, named right before 的, escorted the story's visitor.)
  if (escortedBy(ctx, f)) return escortsOf(ctx, f);
  // (观光团在该会理事长叶伯昆及…温世宏科长的率领下前来…考察: those named after 在 led the party.)
  if (ledUnder(ctx, f) || chairedUnder(ctx, f)) return leadersUnder(ctx, f);
  const went = (g: Group) => f.pred.rel === 'LED' && whereItWent(ctx, f, g);
  // (江洪率市政府副秘书长李博平、…等来我县调研: those taken along did not lead it; who took them did.)
  const takenAlong = (g: Group) => {
    const from = clauseStart(ctx, g.start);
    const lead = TAKEN_ALONG.exec(ctx.text.slice(from, groupStart(ctx, g)));
    return lead !== null && ctx.groups.some((x) => x.start >= from && x.end <= from + lead.index);
  };
  const party = f.pred.rel === 'LED' ? partyTakenAlong(ctx, f, takenAlong) : undefined;
  if (party) return party;
  // (…离开北京，应…普京邀请，对俄罗斯进行国事访问: who invited the leader is no agent of his visit.)
  const invites = (g: Group) => f.pred.kind === 'state visit' && inviting(ctx, g);
  const led = (g: Group) => f.pred.rel === 'LED' && takenAlong(g);
  // (…高校和鲤城、丰泽、洛江、泉港、泉州开发区主要负责人: names in a list that goes on with places are places; not
  // 苗丰、城关镇班子成员; nor one whose post vouches for him: …执行主任祝善忠、澳大利亚、泰国等国驻成都总领事.)
  const placeListed = (k: number) =>
    ctx.mentions.some((m) => m.kind === 'place' && m.start === k && ctx.text[m.end] === '、');
  const places = (g: Group) => ctx.text[g.end] === '、' && placeListed(g.end + 1) && groupStart(ctx, g) === g.start;
  const before = ctx.groups.filter(
    (g) => g.end <= f.start && !inObject(ctx, g) && !escort(g) && !went(g) && !led(g) && !invites(g) && !places(g),
  );
  const g = before.at(-1);
  // (…的…俞正声，25日下午率中央代表团…: the sentence's subject, then the day, set off by a comma.)
  const from = g ? g.end + (subjectThenDay(ctx, g) ? 1 : 0) : 0;
  // (夏宝龙昨日下午抵达本澳，展开为期六天的考察调研行程: arriving starts a visit, not a meeting, which it may precede.)
  const going = f.pred.object === 'visit' ? ARRIVING : GOING_VERBS;
  const abroad = f.pred.kind === 'state visit';
  if (g && (cleanBetween(ctx, from, f.start) || goingBetween(ctx, from, f.start, going, abroad))) return g;
  if (g && listedSubject(ctx, g) && cleanBetween(ctx, g.end + 1, f.start)) return g;
  // (…王岐山等到…医院为江泽民同志送别: whom it was done for, right before the verb, stands between.)
  const last = ctx.groups.filter((x) => x.end <= f.start).at(-1);
  const nextTo = last && last !== g && /^[^，。；：]{0,4}$/.test(ctx.text.slice(last.end, f.start));
  const forAt = nextTo ? forWhom(ctx, last) : -1;
  if (g && forAt > g.end && (cleanBetween(ctx, g.end, forAt) || goingBetween(ctx, g.end, forAt))) return g;
  if (g && escortedGoing(ctx, g, f)) return g;
  if (g && teamLedBy(ctx, g, f)) return withDeputy(ctx, withHead(ctx, g));
  // (同蒂默曼斯举行第四次中欧环境与气候高层对话: the talks' name, after 举行, may hold a 与 of its own.)
  const namedTalks = g && f.pred.rel === 'MET' && NAMED_TALKS_BEFORE.test(ctx.text.slice(g.end, f.start));
  if (g && namedTalks && !namedIn(ctx, g.end, f.start)) return g;
  const side = g ? sideTalksAt(ctx, f, g.end) : -1;
  if (g && side >= 0 && cleanBetween(ctx, g.end, side)) return g;
  // A speech sent to a meeting (以视频方式向在…举行的…开幕式致辞): what it was sent to stands between.
  if (g && f.pred.rel === 'ADDRESSED' && SENT_TO.test(ctx.text.slice(g.end, f.start))) return g;
  // So does what a wreath is laid at (马克龙向位于…的戴高乐将军雕像敬献花环).
  // (…汪锋等领导人先后向许涤新同志诀别: in turn.)
  // (张振香副书记和…侯立功共同为云泰·城市书房揭牌: for what is opened.)
  const rite = /^(?:[0-9０-９]{1,2}日)?(?:先后|依次|一一|共同|一起|一同)?[向为][^，。；“”]{1,30}$/;
  if (g && f.pred.object === 'rite' && rite.test(ctx.text.slice(g.end, f.start))) {
    return g;
  }
  return eachOnBehalf(ctx, f) ?? hostBeforePartner(ctx, f);
}

/**
 * 同X座谈: the agent stands before the partner phrase, whatever X is (西门子等11家德国企业负责人).
 * (习近平还同中亚五国元首共同会见了记者: the hosts of a press meeting, with others no name stands for.)
 */
function hostBeforePartner(ctx: SentenceContext, f: Found): Group | undefined {
  const mark = f.pred.partner || f.pred.kind === 'press conference' ? partnerMark(ctx, f) : -1;
  const host = mark < 0 ? undefined : ctx.groups.filter((x) => x.end <= mark).at(-1);
  // (习近平和…李希，23日中午在人民大会堂同…记者亲切见面: the sentence's subject, then when, set off by a comma.)
  const dayAfter = host && subjectThenDay(ctx, host) ? 1 : 0;
  return host && cleanBetween(ctx, host.end + dayAfter, mark) ? host : undefined;
}

/**
 * People listed each with the body they stand for, then what each did (王勇代表全国政协，郑建邦代表民革中央，…，分别向
 * 孙中山先生塑像敬献花篮): all of them, one clause each, the last right before 分别.
 */
function eachOnBehalf(ctx: SentenceContext, f: Found): Group | undefined {
  const clause = ctx.text.slice(ctx.s.start, f.start);
  // (…王红代表中国国民党革命委员会北京市委员会，向孙中山先生像敬献了花篮: 向 alone, without 分别, too.)
  const tail = /代表[^，。；：的]{1,24}[，,](?:分别(?:向[^，。；：]{1,40}?)?|向[^，。；：]{1,40}?)$/.exec(clause);
  if (!tail) return undefined;
  const groups: Group[] = [];
  let end = ctx.s.start + tail.index;
  for (let g = ctx.groups.filter((x) => x.end <= end).at(-1); g && g.end === end; ) {
    groups.unshift(g);
    const start = groupStart(ctx, g);
    // (…代表北京市政府，民革中央副主席、民革北京市委会主委王红代表…: a post kg did not read may stand before him.)
    const link = EACH_LINK.exec(ctx.text.slice(ctx.s.start, start));
    if (start === ctx.s.start || !link) break;
    end = start - link[0].length;
    g = ctx.groups.filter((x) => x.end <= end).at(-1);
  }
  // (在肃穆庄严的中山堂内，夏宝龙代表全国政协，…: where, opening the sentence.)
  const opening = ctx.text.slice(ctx.s.start, groups[0] ? groupStart(ctx, groups[0]) : ctx.s.start);
  if (groups.length < 2 || !/^(?:在[^，。；：]{1,20}[，,])?$/.test(opening)) return undefined;
  return { persons: groups.flatMap((g) => g.persons), start: groups[0]!.start, end: groups.at(-1)!.end, listed: false };
}

/** On whose behalf the one before acted, then a comma, then posts printed before the next (代表北京市政府，民革中央副主席、). */
const EACH_LINK = /代表[^，。；：的]{1,24}[，,][^，。；：的“”]{0,24}$/;

/**
 * A list of several, each with his posts, opens the sentence and a comma closes it before the verb (…省政协秘书长张心骥，
 * 在主席台前排就座).
 */
function listedSubject(ctx: SentenceContext, g: Group): boolean {
  if (g.persons.length < 3 || ctx.text[g.end] !== '，') return false;
  return !/[，。；：]/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, g)).replace(REPORTED_BY, ''));
}

/** The group opens its sentence and a comma, then the day, follow it. */
function subjectThenDay(ctx: SentenceContext, g: Group): boolean {
  if (!DAY_AFTER_COMMA.test(ctx.text.slice(g.end, g.end + 14))) return false;
  // (中评社香港6月4日电/据新华社报道，…韩正，昨日在中南海会见…: whose report it is may open the sentence.)
  return !/[，。；：]/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, g)).replace(REPORTED_BY, ''));
}
// (吴邦国，当地时间十日下午在白宫会见…: the local time abroad, the day in words.)
const DAY_AFTER_COMMA = new RegExp(`^，(?:当地时间)?(?:(?:\\d{1,2}月)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日|${DAY_WORDS})`);

/**
 * `李克强在…陪同下，在暹粒参观…，并出席…`: the escort clause, then where he went, stand between him and the verb; a short
 * clause of his own may come first (习近平走下列车，在…陪同下，先后考察了…).
 */
function escortedGoing(ctx: SentenceContext, g: Group, f: Found): boolean {
  const own = OWN_CLAUSE.exec(ctx.text.slice(g.end, f.start))?.[0].length ?? 0;
  if (own > 0 && !ctx.text.startsWith('和随行的', g.end) && namedIn(ctx, g.end, g.end + own)) return false;
  const escorted = ESCORTED.exec(ctx.text.slice(g.end + own, f.start));
  if (!escorted) return false;
  const from = g.end + own + escorted[0].length;
  const place = GOING_PLACE.exec(ctx.text.slice(from, f.start))?.[0].length ?? 0;
  // (…潘志峰一行在…王思彤陪同下来常州学习考察: a party's bare 来, as after the party itself.)
  const party = PARTY_CLOSED.test(ctx.text.slice(g.start, g.end));
  // (…肖千，在…陪同下，于1月31日抵达棉兰，对北苏门答腊省进行为期3天的访问: arriving, before a visit.)
  const going = f.pred.object === 'visit' ? ARRIVING : GOING_VERBS;
  return cleanBetween(ctx, from + place, f.start) || goingBetween(ctx, from + place, f.start, going) ||
    (party && goingBetween(ctx, from + place, f.start, PARTY_GOING));
}
// (…吴荣法一行，在…的陪同下，到德清调研: a party set off by a comma before its escorts.)
// (…等部门有关负责人由中科院陈竺副院长、…等部门负责人陪同下参观了我所: 由 for 在.)
// (习近平就在…赵乐际、…袁纯清等陪同下，赶赴…: an adverb of time before 在.)
// (习近平8日在四川省委书记王晓晖…陪同下: the day before it.)
const ESCORTED = new RegExp(
  `^[，,]?(?:于?(?:[0-9０-９]{1,2}(?:[、至][0-9０-９]{1,2})?(?:两|三)?日|${DAY_WORDS})(?:${DAY_PART})?)?` +
    // (在丁薛祥、…何立峰等中央有关部门负责人随行，考察…: those who went along, the same.)
    // (许正宇则在…杨蕙心陪同下: while another went elsewhere; 蔡若莲博士则在…: a doctor's style after the name.)
    '(?:博士|教授)?(?:就|便|即|又|也|则)?[在由][^。；！？“”]{1,80}?' + ESCORT_CLOSES + '[，,]?',
);
/**
 * A short clause of the subject's own before an escort clause (走下列车，), or those he took along (宋恩华率省科技厅、
 * …等部门有关负责人由…陪同下参观).
 */
const OWN_CLAUSE = new RegExp(
  // (吴英毅3月7日抵达布里斯本，在…宋文城的陪同下，出席…: where he arrived, first.)
  '^(?:[^，。；的“”]{2,8}[，,]|(?:率领|带领|率)[^，。；：“”]{2,60}?[，,]?|和随行的[^。；：“”]{2,80}?[，,]' +
    '|[^，。；的“”]{0,12}?(?:抵达|到达|飞抵)[^，。；的“”]{1,16}[，,])' +
    '(?=(?:就|便|即|又|也)?[在由][^。；！？“”]{1,80}?陪同下)',
);
const GOING_PLACE = new RegExp(`^在[^，。；的]{1,10}?(?=${GOING_VERBS.join('|')})`);

/** Where the partner phrase of a predicate done with someone starts (同 / 与 / 跟 in its clause), else -1. */
export function partnerMark(ctx: SentenceContext, f: Found): number {
  // (同列席…的全国人大代表，结合审议…的报告，进行座谈交流: a topic set off by commas stands between.)
  // (吴海燕与县领导王昱、刘长远…一道，到…督导: together, then a comma before the going; one character for one.)
  const before = ctx.text.slice(ctx.s.start, f.start).replace(/(一道|一同|一起)[，,](?=[^，。；：]*$)/, '$1 ');
  const topic = TOPIC_BETWEEN.exec(before)?.[0].length ?? 0;
  const clause = before.slice(0, before.length - topic).match(/[^，。；：]*$/)![0];
  const found = [...clause.matchAll(PARTNER_MARKS)].at(-1);
  return found ? f.start - topic - clause.length + found.index : -1;
}
const TOPIC_BETWEEN = /[，,](?:结合|围绕|就)[^，。；：]{2,60}[，,](?:进行了?)?$/;
/**
 * A topic of two parts right after the partner, before the talks' verb: what stands between them (…与…法利赫先生就扩大
 * 双方原油贸易，开展炼化…等领域合作进行了会谈).
 */
const TOPIC_OF_TALKS = /^就[^，。；：“”]{2,60}[，,][^，。；：“”]{2,60}?(?=(?:进行|举行)了?$)/;

/** The start of a group with the titles printed right before its first name (国家主席习近平 starts at 国). */
export function groupStart(ctx: SentenceContext, g: Group): number {
  let at = g.start;
  for (;;) {
    const t = ctx.mentions.find(
      // (Titles joined by 、 or 兼: 苏丹主权委员会主席兼武装部队总司令布尔汉.)
      (m: Mention) => m.kind === 'title' && (m.end === at || (m.end === at - 1 && /[、\s兼]/.test(ctx.text[at - 1]!))),
    );
    if (!t) return at;
    // A former post's state before its marker (法国前总理菲永: 法国, 前, 总理) is the title's too.
    at = printedStart(ctx.text, ctx.mentions, t);
    // So is the body a bare post is held in, printed right before it (中国载人航天工程办公室主任助理季启明).
    const organ = ctx.mentions.find((m) => (m.kind === 'organization' || m.kind === 'enterprise') && m.end === at);
    if (organ && (!t.organ || t.organ === organ.text)) at = organ.start;
  }
}

/**
 * 同/与 X 举行会谈: the group before the partner word is the host, X the partner. Between the word and X stand X's
 * descriptors, whatever kg made of them (同沙特王储兼首相穆罕默德, 同古共中央政治局委员、中央组织书记莫拉莱斯), or a
 * relative clause (同来华出席…并进行国事访问的印度尼西亚总统佐科): the last partner word in X's clause is the one.
 */
function hostOfPartner(ctx: SentenceContext, partner: Group): Group | undefined {
  const at = groupStart(ctx, partner);
  // 和到访的匈牙利总统诺瓦克会谈: a guest's visit described between the partner word and him.
  const visiting = VISITING_GUEST.exec(ctx.text.slice(Math.max(ctx.s.start, at - 8), at))?.[0].length ?? 0;
  // (张伟陪同省委书记王宁在我市调研: 陪同 escorts, its 同 is no "with".)
  const escorting = /[陪随]同$/.test(ctx.text.slice(Math.max(0, at - visiting - 2), at - visiting));
  const word = escorting ? undefined : wordEndingAt(PARTNER_WORDS, ctx.text, at - visiting);
  let mark = word ? at - visiting - word.length : at;
  if (mark === at) {
    const before = ctx.text.slice(Math.max(ctx.s.start, at - 80), at);
    const found = [...before.matchAll(PARTNER_MARKS)].at(-1);
    if (!found || /[，。；：]/.test(before.slice(found.index))) return undefined;
    mark = at - before.length + found.index;
    // Another person between them is the partner, unless named inside the relative clause (陪同阮富仲访华的).
    const inside = (m: Mention) => m.kind === 'person' && m.start > mark && m.end <= at;
    if (ctx.text[at - 1] !== '的' && ctx.mentions.some(inside)) return undefined;
  }
  const host = ctx.groups.filter((g) => g.end <= mark).at(-1);
  // (会见了…苏鲁尔，…谢里夫，并与…拉德旺共同主持…: the last named before a joined clause is the one met, no host.)
  if (host && /^[，,](?:并|还|随后|又)/.test(ctx.text.slice(host.end, mark))) return undefined;
  // 莱希今天抵达大马士革，并与…巴沙尔·阿萨德举行了会谈: the host went there first. (Arriving to attend, 抵达…，出席…,
  // tells a purpose, so 抵达 goes before talks only.)
  return host && (cleanBetween(ctx, host.end, mark) || goingBetween(ctx, host.end, mark, ARRIVING)) ? host : undefined;
}
const ARRIVING = sortLongestFirst([...GOING_VERBS, '抵达', '离开北京', '离京']);
const VISITING_GUEST = /(?:到访|来访|访华)的$/;

/** The previous binding's predicate is joined to this one by 并 / 还 …, nothing but its object between them. */
function joinedAfter(ctx: SentenceContext, prev: Binding | undefined, f: Found): Binding | undefined {
  // A discussion held with someone during a visit (调研…并与企业负责人座谈) is part of it, no event of its own.
  if (!prev || (f.pred.partner && f.pred.rel !== 'MET' && prev.found.pred.object === 'visit')) return undefined;
  if (prev.found.pred.rel === 'MET' && describesGuest(ctx, f)) return undefined;
  // (在…谢索帕拉陪同下，参观…，并出席…: what follows an escort is done by the one escorted.)
  if (prev.found.word === '陪同' && ctx.text[prev.found.end] === '下') return undefined;
  // (抵达巴黎，开始对法国进行正式访问，并出席…峰会: what a state visit is for is still to come as it starts.)
  if (prev.found.pred.kind === 'state visit') return undefined;
  const between = ctx.text.slice(prev.found.end, f.start);
  if (between.length > 60 || /[。；！？]/.test(between)) return undefined;
  // Where it was done may stand between the joiner and the verb (调研，并在沈阳主持召开座谈会; 并在29日上午召开的全国公安
  // 工作会议上讲话).
  // So may the partner phrase of a predicate done with someone (并同他们座谈交流).
  const mark = f.pred.partner ? partnerMark(ctx, f) : -1;
  // And the adverb of a joint act (会见马沙蒂莱，并共同主持召开…).
  const verb = (mark >= 0 ? mark : f.start) - (wordEndingAt(TOGETHER_OR_EACH, ctx.text, f.start)?.length ?? 0);
  // (并代表中共中央致贺词: on whose behalf, too.)
  // (并代表中共中央、国务院致贺词: on behalf of bodies listed with 、.)
  // (并就能源转型作引导发言: what it was about, too.)
  const place = /(?:(?:在|于)[^，。；、在于并]{1,30}|代表[^，。；并]{1,24}|(?:就|围绕)[^，。；、并就]{1,30})$/
    .exec(ctx.text.slice(prev.found.end, verb));
  const at = verb - (place?.[0].length ?? 0);
  const found = wordEndingAt(VERB_JOINERS, ctx.text, at) ?? wordEndingAt(VERB_JOINERS, ctx.text, at - 1)
    // 在主持学习时发表了重要讲话: the speech is the main verb, given while chairing or attending.
    ?? (f.pred.rel === 'ADDRESSED' && ctx.text[at - 1] === '时' && ctx.text[prev.found.start - 1] === '在' ? '时' : undefined);
  // 先后考察: one after another, not after the verb before.
  const joiner = found === '后' && /先后$/.test(ctx.text.slice(0, at).replace(/[，,]$/, '')) ? undefined : found;
  // A person between them in the object of a verb, the previous predicate's own included (宣读习近平总书记贺信并致辞),
  // does not break the join.
  // So do the guests of talks, named in its clause (会见南非副总统马沙蒂莱，并…), when no other predicate comes between.
  const guest = (m: Mention) => guestOf(ctx, prev, m) && !predicateBetween(ctx, prev.found, f);
  const named = ctx.mentions.filter((m) => m.kind === 'person' && m.start >= prev.found.end && m.end <= f.start);
  const agentBetween = (m: Mention) =>
    !hasObjectVerb(ctx.text.slice(prev.found.start, m.start)) && !guest(m);
  // 参加会见，出席报告会并讲话: a comma alone joins the next predicate of the same agent, also after the guests of talks
  // (分别会见…首相弗里登、副首相贝泰尔，出席…论坛并致辞).
  const lastGuest = named.at(-1);
  const objectEnd = lastGuest && guest(lastGuest) ? lastGuest.end : 0;
  // (出席会议，分别作工作报告: the meeting attended, then each one's speech; not 在…陪同下，先后考察, the escort's.)
  // (看望慰问铁路建设和运营一线职工，出席开通运营仪式: a visit's object, then a meeting attended; not a going, 飞抵银川，
  // 出席…, which tells what the trip is for.)
  const visitThenMeeting = prev.found.pred.object === 'visit' && !prev.found.pred.precededBy &&
    prev.found.pred.kind !== 'event' && f.pred.rel === 'ATTENDED' && f.pred.object === 'meeting' &&
    !ARRIVING.some((w) => ctx.text.slice(prev.found.end, f.start).includes(w));
  const withObject = (prev.found.pred.object === 'meeting' && f.pred.rel === 'ADDRESSED') || visitThenMeeting;
  const object = withObject ? '[^，。；：“”]{0,30}?' : '';
  // (会见了…崔龙海，在18日会见了…李洙墉: the next day's, set off by a comma.)
  const commaOnly = new RegExp(`^${object}[，,](?:分别|先后|并)?${NEXT_DAY}$`).test(
    ctx.text.slice(Math.max(prev.found.end, objectEnd), f.start),
  );
  // (分别率团出席会议: those who led their parties there attended it too.)
  const ledThere = LED_THERE.includes(prev.found.word) && prev.found.end === f.start && f.pred.rel === 'ATTENDED';
  // (劳红武到会致贺词, 到会讲话, 王海桦同志出席讲话: came to the meeting and spoke, no joiner between.)
  const cameAndSpoke = (prev.found.word === '到会' || prev.found.word === '出席') && prev.found.end === f.start &&
    f.pred.rel === 'ADDRESSED';
  // (慰问受灾群众、看望受伤人员: the acts of one visit, listed.)
  const visits = prev.found.pred.object === 'visit' && f.pred.object === 'visit';
  const listed = visits && /^[^，。；：“”、]{1,20}、$/.test(between);
  return (joiner || commaOnly || ledThere || cameAndSpoke || listed) && !named.some(agentBetween) ? prev : undefined;
}
const LED_THERE = ['率团', '率队', '带队', '带团'];
/** A day after the comma that joins two predicates (，在18日会见了…; ，次日上午出席…). */
const NEXT_DAY = `(?:(?:在|于)?(?:当地时间)?(?:[0-9０-９]{1,2}日|次日|${DAY_WORDS})(?:${DAY_PART})?)?`;

/** Adverbs right before a speech that give it to each of those who acted (并分别致辞, 并共同发表…). */
const BOTH_BEFORE = /(?:分别|共同|一同|先后)$/;

/** Adverbs of an act done together, between a joiner and its verb (并共同主持). */
const TOGETHER = ['共同', '一同', '一起'];
/** The same, or each in turn (并分别致辞). */
const TOGETHER_OR_EACH = [...TOGETHER, '分别'];

/** A person named in the clause of talks after its verb: a guest (会见南非副总统马沙蒂莱). */
function guestOf(ctx: SentenceContext, b: Binding, m: { start: number }): boolean {
  return b.found.pred.rel === 'MET' && !/[，。；：]/.test(ctx.text.slice(b.found.end, m.start));
}

/** Another predicate stands between two (会见A，同B举行会谈并共同主持…: the joint act is the second's). */
function predicateBetween(ctx: SentenceContext, a: Found, b: Found): boolean {
  // (会见了正在出席…香山论坛的缅甸国防部长盛温，并集体会见…: one that describes the guest is none.)
  const describing = (p: Found) => /^[^，。；]*的/.test(ctx.text.slice(p.end, b.start));
  return ctx.predicates.some((p) => p.start >= a.end && p.end <= b.start && !describing(p));
}

/**
 * Who does a predicate joined to talks together (会见马沙蒂莱，并共同主持召开…, 与X举行会谈，并共同主持…): the hosts and
 * the guests, named in the talks' clause or as their partner; else the talks' agent.
 */
function jointAgent(ctx: SentenceContext, prev: Binding, f: Found): Group {
  if (prev.found.pred.rel !== 'MET' || !wordEndingAt(TOGETHER, ctx.text, f.start)) return prev.agent;
  const guests = prev.partner
    ? [prev.partner]
    : ctx.groups.filter((g) => g.start >= prev.found.end && g.end <= f.start && guestOf(ctx, prev, g));
  const persons = [...prev.agent.persons, ...guests.flatMap((g) => g.persons)];
  return guests.length === 0 ? prev.agent : { ...prev.agent, persons };
}

/** 会见来华进行国事访问并出席…峰会的塔吉克斯坦总统拉赫蒙: the predicate is in a clause describing the guest named after 的. */
function describesGuest(ctx: SentenceContext, f: Found): boolean {
  const rest = ctx.text.slice(f.end, ctx.s.end).match(/^[^，。；：]*/)![0];
  const of = rest.lastIndexOf('的');
  const guest = (m: Mention) => m.kind === 'person' && m.start > f.end + of && m.end <= f.end + rest.length;
  return of >= 0 && ctx.mentions.some(guest);
}

/**
 * An invitation in the clause before a predicate (邀请巴沙尔出席, 邀请各国领导人参会); one accepted (应李强邀请出席) names
 * the host, not who attends; 应邀请出席 is attending.
 */
// (Not one that describes a guest: 与应商务部邀请来访的美国商务部长罗斯举行会谈.)
const INVITED_TO = /(?<!应)邀请[^，。；的]{0,16}$/;

/** What others did, told inside the subject's clause: reported on, welcomed, thanked. */
function othersDid(ctx: SentenceContext, f: Found, clause: string): boolean {
  // 媒体对…开幕和习近平主席致辞进行关注报道: what is reported on is the object of the report, told by others.
  const reportedOn = /对[^，。；]{0,40}$/.test(ctx.text.slice(ctx.s.start, f.start));
  if (reportedOn && /^(?:进行|作了?|予以)[^，。；]{0,6}(?:报道|评论|解读|转载|宣传)/.test(clause)) return true;
  // 欢迎艾立克森省长再次率团访问我省, 欢迎各位企业家到我市考察: the visit of the guests welcomed, not the host's;
  // 欢迎塞迪略出席北京奥运会开幕式: nor their coming to attend, told as a welcome.
  const welcomed = f.pred.rel === 'LED' || f.pred.rel === 'ATTENDED';
  if (welcomed && WELCOMED_VISITOR.test(ctx.text.slice(ctx.s.start, f.start))) return true;
  // 对各友城代表团来常参加…开幕式表示热烈欢迎: what those welcomed or thanked did, not the one who welcomes them.
  return reportedOn && /表示[^，。；]{0,6}(?:欢迎|感谢|祝贺|赞赏|敬意|谢意)/.test(clause);
}

/** Who those at a meeting are, after 与会 (与会代表, 参会嘉宾). */
const PRESENT_AS = /^(?:代表|人员|嘉宾|来宾|领导|专家|学者|单位|各方|国家|企业|同志|委员)/;

/** 欢迎 as a verb, then whom it welcomes up to their visit's verb (not 欢迎仪式, 欢迎宴会, 欢迎会). */
const WELCOMED_VISITOR = /欢迎(?![仪宴会词辞晚酒])[^，。；]{1,24}(?:再次|首次|专程|前来|来|到|赴)?$/;

/** 峰会召开前, 会见之际: the predicate sets the time of another report; not 前 opening a word or a title (前总统). */
function stillToCome(ctx: SentenceContext, f: Found): boolean {
  const word = wordAt(TIME_AFTER, ctx.text, f.end);
  if (word !== '前') return word !== undefined;
  return !wordAt(FORE_WORDS, ctx.text, f.end) && !ctx.mentions.some((m) => m.start === f.end + 1);
}

/** Talks counted or pointed at (与张德江和王光亚两场会面都未有谈及, 此次会晤): named, not held there. */
function countedTalks(ctx: SentenceContext, f: Found): boolean {
  return f.pred.rel === 'MET' && TALKS_COUNTED.test(ctx.text.slice(Math.max(ctx.s.start, f.start - 2), f.start));
}
const TALKS_COUNTED = /(?:[一两二三四五六七八九十几数多]场|[这此本该那首]次|[这那]场)$/;

/** A predicate made a noun by what follows it (主持人, 参会人员, 团拜会, 调研形式, 主持公道, 座谈会). */
function namedByWhatFollows(ctx: SentenceContext, f: Found): boolean {
  // 主持人, 参加团: a noun; 主持团拜会: a verb and its meeting.
  // (走访慰问人民子弟兵: 人 opening the people visited, no noun of the verb.)
  // (调研人防工程, 视察人武部, 检查人口普查: a body or a task opened by 人.)
  const people = /^人(?:民|员|们|大|士|才|群|防|武|社|口|力)/.test(ctx.text.slice(f.end, f.end + 2));
  if (NOUN_AFTER.includes(ctx.text[f.end] ?? '') && !people && !wordAt(MEETING_NOUNS, ctx.text, f.end)) return true;
  // 各国与会代表团团长, 参会人员: those at a meeting, named by it.
  if (/^(?:与会|参会|到会)$/.test(f.word) && PRESENT_AS.test(ctx.text.slice(f.end, f.end + 2))) return true;
  // 团拜会: a new year's gathering, no call paid.
  if (COURTESY_CALLS.test(f.word) && ctx.text[f.start - 1] === '团') return true;
  // (督察工作领导小组成员单位要主动配合: a body named by the work it oversees.)
  if (f.pred.object === 'visit' && /^工作(?:领导小组|专班|小组|组|办公室)/.test(ctx.text.slice(f.end, f.end + 6))) return true;
  if (f.pred.object === 'visit' && OFFICE_AFTER.test(ctx.text.slice(f.end, f.end + 2))) return true;
  // (拉马福萨率外长潘多尔，陪同部长…等在舷梯旁热情迎接: the minister in attendance, a post.)
  if (f.word === '陪同' && ctx.text.startsWith('部长', f.end)) return true;
  // 明查暗访方式, 调研形式: how something is done, named by the act.
  if (/^(?:方式|形式)/.test(ctx.text.slice(f.end, f.end + 2))) return true;
  // (通过敬献花圈、作出指示批示等不同形式，对他们的牺牲表示哀悼: the forms of a tribute, none of them done there.)
  const manner = /(?:通过|以|采取|采用)[^，。；]{0,16}$/.test(ctx.text.slice(Math.max(ctx.s.start, f.start - 16), f.start));
  if (manner && /^[^，。；]{0,16}?(?:方式|形式)/.test(ctx.text.slice(f.end, f.end + 20))) return true;
  // 主持公道, 主持正义: to uphold justice, an idiom, no meeting chaired.
  if (f.pred.rel === 'CHAIRED' && /^(?:公道|正义)/.test(ctx.text.slice(f.end, f.end + 2))) return true;
  // 座谈会 is a noun; 座谈 with no one to hold it with is no discussion held (but those gathered at the story's
  // happening may be gathered among themselves: …等老同志们欢聚一堂).
  const alone = partnerMark(ctx, f) < 0 && f.pred.object !== 'story';
  if (f.pred.partner && (ctx.text[f.end] === '会' || alone)) return true;
  return false;
}

/** The kinds of those at a meeting, after 与会 (与会专家, 与会代表). */
const ATTENDEES_KIND = /^(?:专家|代表|人员|嘉宾|领导|同志|委员|学者)/;

/** A predicate used as a noun (重要讲话精神, 习近平的致辞, 新闻发言人, 考察团) or a time still to come (峰会召开前). */
function nounUse(ctx: SentenceContext, f: Found): boolean {
  // (洪银兴、…王民等与会专家就…建言献策: those named, of those at the meeting.)
  if (f.word === '与会' && ctx.text[f.start - 1] === '等' && ATTENDEES_KIND.test(ctx.text.slice(f.end, f.end + 2))) {
    return false;
  }
  if (namedByWhatFollows(ctx, f)) return true;
  // 表示深切慰问, 致以诚挚慰问: sympathy expressed, no visit.
  if (EXPRESSED.test(ctx.text.slice(Math.max(ctx.s.start, f.start - 14), f.start))) return true;
  // 邀请出席…的外方领导人夫人, 邀请巴沙尔出席今年年底…的大会: what one is invited to do is not yet done, and not by
  // the one who invites.
  if (INVITED_TO.test(ctx.text.slice(ctx.s.start, f.start))) return true;
  const clause = ctx.text.slice(f.end, ctx.s.end).match(/^[^，。；]*/)![0];
  // (…尤传萍带领部分领导班子陪同检查: those taken along to escort someone else's visit lead none.)
  // (…王珂副检察长带领职务犯罪侦查部、民事行政检察部…等负责同志陪同了调研: however many the offices.)
  // (Not one escorted: 庄光明带领…余洪等领导在…周朴华陪同下来我校检查.)
  if ((f.word === '带领' || f.word === '率领') && /^[^，。；]{0,60}?陪同(?!下)/.test(clause)) return true;
  // (…的带领下，来到园区调研: the visit's words follow the comma; 在…的带领下，尽最大努力…: a leading, no visit.)
  const under = ledUnder(ctx, f) ? ctx.text.slice(f.end + 1, ctx.s.end).match(/^[，,]?([^，。；]*)/)![1]! : undefined;
  if (under !== undefined && !VISIT_AHEAD.test(under)) return true;
  if (f.pred.object === 'visit' && under === undefined && noVisit(ctx, f, clause)) return true;
  if (stillToCome(ctx, f)) return true;
  // 在西安主持中国—中亚峰会前夕, 出席…之际: the time of another report, after the predicate's object.
  if (/(?:前夕|之际)$/.test(clause)) return true;
  if (othersDid(ctx, f, clause)) return true;
  // 观看仪仗队分列式, 观看演示: watching is attending a performance or a meeting named after it, or, bare (一同观看。),
  // the story's.
  if (/观看/.test(f.word) && clause.length > 0 && !meetingAt(ctx.text, f.end, f.end + clause.length)) return true;
  // 外交部就习近平主席出席…开幕式举行中外媒体吹风会: what a meeting is held about is no happening of the story.
  if (/就[^，。；]{0,20}$/.test(ctx.text.slice(ctx.s.start, f.start)) && /(?:举行|召开)/.test(clause)) return true;
  // (王宪魁对客人前来参加哈尔滨国际冰雪节…表示欢迎: what others did, welcomed or thanked for.)
  const welcomed = /对[^，。；]{0,30}$/.test(ctx.text.slice(ctx.s.start, f.start));
  if (welcomed && WELCOMED_FOR.test(ctx.text.slice(f.end, ctx.s.end))) return true;
  // (许群杰还就做好督导配合、信息公开等工作提出了要求: the topic of what is asked, not what is done.)
  if (/就[^，。；]{0,24}$/.test(ctx.text.slice(ctx.s.start, f.start)) && TOPIC_CLOSED.test(clause)) return true;
  // 结束出席…回国: the attending is over, told as the time of what follows.
  if (ctx.text.slice(Math.max(ctx.s.start, f.start - 2), f.start) === '结束') return true;
  if (summedUp(ctx, f, clause)) return true;
  // 向大会召开表示祝贺, 呼吁安理会召开紧急会议, 祝贺中共二十大成功召开: a meeting or a council convenes, not the
  // person before it.
  if (f.word === '召开' && /(?:会|大|成功|胜利|顺利)$/.test(ctx.text.slice(Math.max(ctx.s.start, f.start - 2), f.start)))
    return true;
  // 主持编辑《…》, 主持起草: directing a work, no meeting.
  if (f.pred.rel === 'CHAIRED' && /^(?:编辑|编写|编纂|起草|审定|修订|设计|研制|研发|制定)/.test(ctx.text.slice(f.end, f.end + 2)))
    return true;
  if (escortingNothing(ctx, f)) return true;
  if (f.pred.leadOnly && ctx.s.start > 0) return true;
  const before = ctx.text.slice(ctx.s.start, f.start);
  // (座谈了此次视察活动的体会, 对这次视察工作的重视: the visit told already, named as a thing; no visit of their own.)
  if (f.pred.object === 'visit' && /(?:此次|这次|本次|该次|上次)$/.test(before)) return true;
  // (在…新闻发言人孙业礼作简要介绍后，习近平发表了重要讲话: one's words told as the time of another's.)
  if (f.pred.rel === 'ADDRESSED' && /^后[，,]/.test(ctx.text.slice(f.end)) && /在[^，。；]*$/.test(before)) return true;
  // (陈燮君在随后的致辞中表示: his own speech, told by when it came.)
  const ownLater = ctx.text[f.end] === '中' && OWN_LATER.test(ctx.text.slice(ctx.s.start, f.start));
  return (
    !ownLater &&
    f.pred.rel === 'ADDRESSED' &&
    !/^[发作]/.test(f.word) &&
    wordEndingAt(NOUN_MODIFIERS, ctx.text, f.start) !== undefined
  );
}

/**
 * 主持召开5场座谈会, 陪同习近平主席出席多场活动: happenings counted are summed up, no one day's happening; so are some
 * of many (分别参加了…一些团组的审议和讨论).
 */
function summedUp(ctx: SentenceContext, f: Found, clause: string): boolean {
  if (/^[一二三四五六七八九十两多数\d]+(?:场|次|轮|批)/.test(ctx.text.slice(f.end, f.end + 6))) return true;
  // (Not inside a post: 会见中央宣传部分管日常工作的副部长.)
  const titles = ctx.mentions.filter((m) => m.kind === 'title');
  const some = /^了?[^，。；]{0,30}(?:一些|部分|若干|多个)[^，。；的]{0,6}的/;
  if (some.test(withoutTitles(ctx.text, f.end, ctx.s.end, titles))) return true;
  return f.pred.object === 'story' && COUNTED.test(clause);
}

/** What closes an object of welcome or thanks set by 对 (对客人前来参加…表示欢迎). */
const WELCOMED_FOR = /^[^。；！？]{0,60}?表示(?:热烈|诚挚|衷心|真诚|热情)?(?:的)?(?:欢迎|感谢|祝贺|谢意)/;

/** What closes a topic set by 就 (就…等工作提出要求), no other verb joined before it (就…进行调研并提出要求). */
const TOPIC_CLOSED = /^[^，。；并]{0,24}?(?:提出|作出|作了|发表|强调|讲话|发言)/;

/** Escorting or being present, told so that it names none of the story's events. */
function escortingNothing(ctx: SentenceContext, f: Found): boolean {
  // 陪同访问, 全程陪同: accompanying a whole visit, none of the story's events in particular.
  if (f.pred.object === 'story' && /^(?:访问|来访|出访|访华)/.test(ctx.text.slice(f.end, f.end + 2))) return true;
  if (f.word === '陪同' && ctx.text.slice(Math.max(ctx.s.start, f.start - 2), f.start) === '全程') return true;
  // 在共和国卫队的陪同下前往…: being escorted, no act of the subject's, unless the escorts are named right before.
  if (escortedBy(ctx, f) && !escortsOf(ctx, f)) return true;
  // 与会各方, 陪同人员, 出席嘉宾: those present, named by their presence.
  if (PRESENCE_WORDS.includes(f.word) && PRESENT_PEOPLE.test(ctx.text.slice(f.end, f.end + 4))) return true;
  // 在宝马公司董事长齐普策陪同下参观了…: accompanying a tour of sights is no part in the story's events (but a party's
  // tour is its visit: …率…负责人由…陪同下参观了我所).
  const tour = ctx.predicates.some((p) => p.word === '参观');
  const sights = tour ? /^下[，,]?(?:观看|游览|欣赏|品尝)/ : /^下[，,]?(?:参观|观看|游览|欣赏|品尝)/;
  return f.word === '陪同' && sights.test(ctx.text.slice(f.end, f.end + 4));
}

/** A visit's verb that tells no visit: a study, a check-up, a team led at work, a frame, a summary. */
function noVisit(ctx: SentenceContext, f: Found, clause: string): boolean {
  if (f.pred.kind === 'condolence visit' && NOUN_AFTER_VISIT.includes(ctx.text[f.end] ?? '')) return true;
  // (…章志军…接待此次视察调研活动: a visit received, the visitors'.)
  if (/(?:接待|迎接|配合)了?(?:此次|这次|本次)?$/.test(ctx.text.slice(Math.max(ctx.s.start, f.start - 6), f.start))) {
    return true;
  }
  // (为钱正英同志送别，并慰问其亲属: the mourners comfort the family at the farewell, no visit of its own.)
  const mourning = /送别|吊唁|悼念|告别/.test(ctx.text.slice(ctx.s.start, f.start));
  if (f.pred.kind === 'condolence visit' && mourning && /^了?其(?:亲属|家属|遗属)/.test(ctx.text.slice(f.end))) return true;
  // (出席茶话会，并看望在座台胞: greeting those in the room at what he attended, no visit; not 来到各分组讨论地点，慰问
  // 参会的政协委员, a round of the groups.)
  if (f.pred.kind === 'condolence visit' && /^了?(?:在座|在场)/.test(ctx.text.slice(f.end))) return true;
  // 调研发现, 调研成果: a study and what it found, no visit (察看重点项目 looks over a site).
  const study = wordAt(STUDY_AFTER, ctx.text, f.end);
  // (调研重点项目, 督导重点企业: the key sites visited, not where a study puts its weight.)
  const sites = study === '重点' && KEY_SITES.test(ctx.text.slice(f.end + 2, f.end + 4));
  if (study && !sites && !/[察查]看$/.test(f.word)) return true;
  // (吴锐成主任对调研提出三点要求: what his demands are about, the object of 对.)
  const demanded = ctx.text[f.start - 1] === '对' && /^(?:工作)?提出/.test(ctx.text.slice(f.end));
  if (f.pred.object === 'visit' && demanded) return true;
  // 为她做了检查, 作出深刻检查: a check-up or a self-criticism made; 经过调研: what a decision followed. No visit.
  if (MADE_OR_AFTER.test(ctx.text.slice(Math.max(ctx.s.start, f.start - 6), f.start))) return true;
  // 带领研发团队进行实验: leading a team at work; a leader's visit names where it goes or what it inspects.
  // (习近平带领…李强、…李希，专程从北京前往陕西延安，瞻仰…: those led, then where they went, a clause on.)
  // (张伯松带领区直有关部门负责人，深入园区一线调研企业: those led named by their office, then the visit.)
  const ledOnly = ctx.groups.some((g) => g.end === f.end + clause.length) || LED_PEOPLE.test(clause);
  // (…带队，先后拜会国家卫生健康委…: leading, then where, a clause on.)
  const next = ledOnly || clause === '';
  // (带领市政协委员，在…刘伟及…等部门领导的陪同下，先后来到…: past who escorted them; 带队，联合…，赴…: with whom.)
  const rest = () => ctx.text.slice(f.end + clause.length + 1, ctx.s.end).replace(ESCORTS_CLAUSE, '')
    .replace(IN_LIGHT_OF, '');
  const goesOn = next ? rest().match(/^[^，。；]*/)![0] : '';
  if (f.pred.kind === 'event' && !VISIT_AHEAD.test(clause) && !VISIT_AHEAD.test(goesOn)) return true;
  // 在调研中发现, 在调研中搞形式主义: the course of visits at large, a frame of what is told, no visit of its own.
  // (…参加了视察活动。视察中，代表们…: opening its sentence too.)
  const framing = ctx.text[f.start - 1] === '在' || f.start === ctx.s.start;
  if (framing && ctx.text[f.end] === '中') return true;
  // 在刚开年的这两个月里，…就走访了60多家企业: visits told over a span of time are a summary, no one day's visit.
  return SPAN_OF_TIME.test(ctx.text.slice(ctx.s.start, f.start));
}

/**
 * After a visit's verb, a team or an office named by what it does (考察小组, 检查分局; 锦州边防检查站, 海关检查科: a station
 * or a section, not 考察科技企业).
 */
const OFFICE_AFTER = /^(?:小组|分局|大队|支队|总队|中队|站|科(?![技学研普]))/;

/** Words of presence that make a noun of the people after them (与会各方, 陪同人员). */
const PRESENCE_WORDS = ['与会', '参会', '到会', '列席', '出席', '陪同'];
const PRESENT_PEOPLE = /^(?:各方|人员|嘉宾|人士|者|客人|代表(?![大团会]))/;

/** A span of time that what follows happened over (这两个月里, 三年来, 近10天间). */
const SPAN_OF_TIME = /(?:[两三四五六七八九十几]|\d+)个?(?:月|年|周|星期|天)(?:里|来|间|中)/;

/** A clause that counts what was done (出席多场活动, 参加了20多场会见). */
const COUNTED = /(?:出席|参加|主持|举行)了?[一二三四五六七八九十两多数\d]+(?:场|次|项)/;

/** What follows 调研 / 考察 when it is a study, not a visit (调研发现, 调研成果, 考察报告). */
const STUDY_AFTER = ['发现', '表明', '显示', '成果', '报告', '结果', '课题', '情况', '重点', '任务', '方案'];
/** What 重点 qualifies when the visit goes to the key ones (重点项目, 重点企业). */
const KEY_SITES = /^(?:项目|企业|工程|园区|区域|单位|场所|部位|行业|领域|村)/;
/**
 * Before a visit's verb: a check made (做了检查, 作出检查), what came after it (经过调研, 经过考察学习), or a habit
 * (每到一处考察).
 */
// (Not the 作 of 工作: 开展工作检查 is an inspection.)
// (…代表县委常委班子作对照检查: a self-examination against the standard, at a meeting of the party's life.)
const MADE_OR_AFTER = /(?:(?<!工)[做作](?:了|出)?(?:对照|深刻|自我)?|经过|每[^，。；]{0,3}|对照)$/;
/** What a 带领 / 率领 clause names when it is a visit or a delegation (率团访问, 带队赴…督查). */
const VISIT_AHEAD =
  // (分别带队深入基层，与辖区居民亲切交谈: going among those served is a visit; 深入学习 is no going.)
  // (…等一行带领…服务小分队走进边关: going into a place too.)
  new RegExp(
    // (乡亲一行34人在理事长陈玉群女士的率领下，返乡开展交流省亲活动: a homecoming, a party's visit too.)
    // (吴建平带队，深入长沙开展…专项督察: supervising on the spot.)
    '调研|考察|视察|检查|督查|督察|督导|察看|指导|走访|慰问|看望|访问|出访|前往|赴|到|来到|走进|抵达|飞抵|代表团|考察团|访问团|出席|参加' +
      '|返乡|回乡|寻根|省亲' +
      '|拜会|拜访|深入(?:基层|一线|企业|社区|农村|乡村|园区|车间|田间|工地|现场|群众)',
  );
/** A clause of who escorted the party, after those led (在…刘伟…等部门领导的陪同下，). */
const ESCORTS_CLAUSE = /^[在由][^。；！？“”]{1,80}?陪同下[，,]?/;
/** Those a leader takes along, named by their office rather than by name (有关部门负责人, 班子成员). */
// (李铁民带领市政协委员，先后来到…: the body's members.)
const LED_PEOPLE = /(?:负责人|负责同志|主要领导|班子成员|成员|干部|工作人员|人员|专家|委员|代表)$/;

/** Verbs that express a feeling a predicate then names (表示深切慰问, 致以亲切慰问, 转达诚挚问候). */
const EXPRESSED = /(?:表示|致以|转达)(?:[^，。；]{0,10})$/;

/**
 * A verb whose object may hold a past happening, outside the name of a campaign (中央学习贯彻…主题教育领导小组组长蔡奇:
 * a body named after the campaign, not what is learned).
 */
function hasObjectVerb(text: string): boolean {
  // (学习会由支部书记杨维东主持: a study meeting, no studying of anything.)
  const rest = text.replace(CAMPAIGN, '').replace(/学习(?=会|班|小组|中心组)/g, '');
  return OBJECT_VERBS.some((v) => rest.includes(v));
}
// (党史学习教育第十二巡回指导组成员张善玉, 室学习实践活动领导小组副组长石立刚: a campaign named by what it studies.)
const CAMPAIGN =
  /(?:学习贯彻|学习)[^，。；、“”]{0,40}?(?:主题教育|专题教育|实践活动|学习教育)|(?:党史|四史|党纪|党章党规)学习教育/g;

/** A party, counted or not, or a list's 等, opening what follows a group (…考察团一行8人莅临…). */
const PARTY_OPENS = new RegExp(`^(?:${PARTY}|等)`);
const PARTY_THEN_OF = new RegExp(`^(?:${PARTY})?的`);

// (…中央代表团19日上午飞抵银川: the day with no 于, its hour, and how the team flew.)
const TEAM_THEN = new RegExp(
  `^(?:${PARTY})?(?:[，,]?于?[^，。；]{1,16}?日(?:至[^，。；]{1,10}?日)?(?:上午|中午|下午|晚上?)?)?(?:乘(?:专机|包机|飞机)|飞)?`,
);

/** 由X带领的…检查组, 以X为团长的…访问团: a team named by who leads it. */
export const LED_TEAM =
  // (…为组长的省安委会全国“两会”期间安全生产明督暗查组: a quoted word inside the team's name.)
  new RegExp(
    // (由…白建坤，巡视员何天喜，…等部门负责人组成的调研组一行6人: the team they make up, its first named at its head.)
    '^(?:先生|女士|同志)?(?:带领|率领|带队|率队|[为任]副?(?:团长|组长)|担任副?(?:团长|组长)|(?:担?任|为)(?:队长|领队)' +
      '|组成)' +
      '的“?(?:“[^“”，。；]{1,12}”|[^，。；：的“”]){1,40}?(?:组|团|队)”?',
  );

/**
 * 由财政部部长助理胡静林带领的国家防总…检查组到湖北检查: the team's leader led its visit; 以…吴建新为团长…的中山市代表团
 * 一行22人出席了开幕式: he was where it was.
 */
function teamLedBy(ctx: SentenceContext, g: Group, f: Found): boolean {
  const deputy = deputyAfter(ctx, g);
  const team = LED_TEAM.exec(ctx.text.slice(g.end + deputy, f.start));
  // (由…彭建勋任组长的…督察组一行; 副局长彭建勋带队的督察组一行, the leader opening the clause.)
  const before = ctx.text.slice(clauseStart(ctx, g.start), groupStart(ctx, g)).replace(DAY_OPENING, '');
  if (!team || !(/[由以][^，。；：]{0,40}$/.test(before) || before === '')) return false;
  const named = g.end + deputy + team[0].length;
  // (…访问团于10月14日来江苏访问, …送行团一行抵疆: the party and the day may follow the team.)
  const then = named + (TEAM_THEN.exec(ctx.text.slice(named))?.[0].length ?? 0);
  // (…参访团一行25人，在…仲宏斌的陪同下来望江县参观访问: and who escorted it.)
  const escorted = ESCORTED.exec(ctx.text.slice(then))?.[0].length ?? 0;
  const from = then + escorted;
  // (A party's going after its escorts may be a bare 来, as right after the party: 陪同下来望江县, …调查组在…陪同下
  // 来同里镇视察; so may a team's, …带队的…专题调研组来我旗调研.)
  const went = goingBetween(ctx, from, f.start, PARTY_GOING);
  // (…率领的市委、市政府检查组今起在全市各县（市）区开展工作检查: when and where the team does it.)
  const doing = new RegExp(
    `^(?:今起|${DAY_WORDS}|近日|日前|[0-9０-９]{1,2}日(?:起)?)?在[^，。；：的]{1,40}?(?:开展|进行)了?[^，。；：的]{0,6}$`,
  );
  // (…代表团一行6人于…对朝鲜进行友好访问: where a delegation's state visit went.)
  const abroad = f.pred.kind === 'state visit' && /^对[^，。；对将]{1,16}$/.test(ctx.text.slice(from, f.start));
  if (f.pred.rel !== 'LED') return from === f.start && f.pred.rel === 'ATTENDED';
  return from === f.start || went || goingBetween(ctx, from, f.start) || doing.test(ctx.text.slice(from, f.start)) ||
    goingAbout(ctx, from, f.start) || abroad;
}

const PARTY_GOING = [...GOING_VERBS, '来'];

/** The team's head, then its deputy (以…吴建新为团长、…苏伟强为副团长的…代表团): how far the deputy's phrase runs. */
function deputyAfter(ctx: SentenceContext, head: Group): number {
  return DEPUTY_AFTER.exec(ctx.text.slice(head.end, head.end + 40))?.[0].length ?? 0;
}
const DEPUTY_AFTER = /^(?:为|担?任)(?:团长|组长|领队)[，,、][^，。；：]{1,30}?(?=(?:为|担?任)副(?:团长|组长)的)/;

/** The team's head with his deputy named after him: both led it. */
function withDeputy(ctx: SentenceContext, head: Group): Group {
  const to = head.end + deputyAfter(ctx, head);
  const deputies = ctx.groups.filter((x) => x.start > head.end && x.end <= to);
  if (deputies.length === 0) return head;
  return { ...head, persons: [...head.persons, ...deputies.flatMap((x) => x.persons)], end: deputies.at(-1)!.end };
}

/** A team's deputy head with its head named before him (以…陈文清为组长，…李祖可为副组长的…督查组): both led it. */
function withHead(ctx: SentenceContext, deputy: Group): Group {
  const head = ctx.groups.filter((x) => x.end <= deputy.start).at(-1);
  if (!head) return deputy;
  // (The second's description as kg read it may hold a place or a body: 、香港湖南联谊总会会长周群飞.)
  const between = ctx.text.slice(head.end, groupStart(ctx, deputy)).replace(/^([^，,、]+[，,、])[^，。；：、“”]{0,20}$/, '$1');
  if (!HEAD_THEN_DEPUTY.test(between)) return deputy;
  return { ...deputy, persons: [...head.persons, ...deputy.persons], start: head.start };
}
// (由…张晓明担任领队、…周群飞担任团长的…考察团: its leader and its head.)
const HEAD_THEN_DEPUTY = /^(?:为|担?任)(?:团长|组长|领队)[，,、]$/;

/** A going, then what it is about (…调研组莅临我市，就派驻机构的职能定位…进行调研): the going's visit. */
function goingAbout(ctx: SentenceContext, from: number, to: number): boolean {
  const comma = ctx.text.indexOf('，', from);
  if (comma < 0 || comma > to) return false;
  return /^，就[^。；：“”]{1,80}?(?:进行|开展)了?$/.test(ctx.text.slice(comma, to)) && goingBetween(ctx, from, comma);
}

/** A verb of going, then where, up to a name: the name is part of where (先后来到王晴晴委员工作室和孟苑). */
const WENT_TO = /(?:来到|前往|深入|走进|先后到)[^，。；：]*$/;

/** Where the clause holding `at` starts: after the last comma, stop or colon before it, or at the sentence. */
function clauseStart(ctx: SentenceContext, at: number): number {
  let from = at;
  while (from > ctx.s.start && !/[，。；：]/.test(ctx.text[from - 1]!)) from--;
  return from;
}

/** The escorts named before 的陪同下, others by kind perhaps after them (李爱玲及…开发区相关领导的陪同下). */
function escortsOf(ctx: SentenceContext, f: Found): Group | undefined {
  const g = ctx.groups.filter((x) => x.end <= f.start).at(-1);
  return g && escortsNamed(ctx, g, ctx.text.slice(g.end, f.end + 1)) ? g : undefined;
}

/** The group escorts, by what follows it (`after`) up to 陪同下. */
export function escortsNamed(ctx: SentenceContext, g: Group, after: string): boolean {
  if (ESCORTS_BEFORE.test(after)) return true;
  // (在市政府副秘书长温颂钧，市局指挥中心、政治处等部门负责人的陪同下: bodies by kind after a comma, inside 在…下.)
  const opened = /在[^，。；：“”]{0,30}$/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, g)));
  return opened && ESCORTS_AFTER_COMMA.test(after);
}
const ESCORTS_AFTER_COMMA = /^[，,](?![在由])[^，。；：“”]{1,30}?等[^，。；：“”]{0,12}?的?陪同下/;

/**
 * `在…的率领下`: 率领 or 带领 between 的 and 下, those before 的 leading a party told by its kind; the 的 may be left
 * out after a name (在北京市政府高级顾问戴均良带领下).
 */
const ledUnder = (ctx: SentenceContext, f: Found): boolean =>
  (f.word === '率领' || f.word === '带领') && ctx.text[f.end] === '下' &&
  (ctx.text[f.start - 1] === '的' || ctx.groups.some((g) => g.end === f.start));

/** `在张传林的主持下，举行选举大会`: the one named before 主持下 chaired what the sentence holds. */
const chairedUnder = (ctx: SentenceContext, f: Found): boolean =>
  f.word === '主持' && /^下(?![午旬月])/.test(ctx.text.slice(f.end, f.end + 2)) &&
  (ctx.text[f.start - 1] === '的' || ctx.groups.some((g) => g.end === f.start));

/** The groups named between 在 and 的率领下, as one (理事长叶伯昆及…温世宏科长). */
function leadersUnder(ctx: SentenceContext, f: Found): Group | undefined {
  const at = ctx.text.lastIndexOf('在', f.start);
  if (at < clauseStart(ctx, f.start)) return undefined;
  const gs = ctx.groups.filter((g) => g.start > at && g.end <= f.start);
  if (gs.length === 0) return undefined;
  return { persons: gs.flatMap((g) => g.persons), start: gs[0]!.start, end: gs.at(-1)!.end, listed: false };
}

/** `在…的陪同下`: 陪同 before 下 (的 or not), those named before it escorting the one the sentence is about. */
export const escortedBy = (ctx: SentenceContext, f: Found): boolean => f.word === '陪同' && ctx.text[f.end] === '下';

/** A place named after a person, right after the name (李敬和家中, 王晴晴委员工作室). */
const PLACE_OF_PERSON = /^和?(?:家|(?:委员|代表|书记|劳模|大师|技能大师|名师|专家)?工作室)/;

/** The group stands in the object of a verb of its clause (传达学习…毛光烈来永调研…): it is no agent here. */
function inObject(ctx: SentenceContext, g: Group): boolean {
  // After 向 / 对 / 给 a group is whom something is done to (向江泽民同志亲属表示深切慰问); not after a word ending in
  // 对 (州应对新冠肺炎疫情应急指挥部副指挥长蒋刚: a body's name the title runs into).
  if (/(?:[向给]|(?<![应针面相绝反核比])对)$/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, g)))) return true;
  // (胡锦涛和随行的…王刚，在…陪同下: those who go along with the subject, not its agent.)
  const suite = suiteAlong(ctx);
  if (suite && g.start >= suite[0] && g.end <= suite[1]) return true;
  // (曹雪涛受马晓伟主任委托出席磋商: on whose behalf, not who went.)
  const entrusted = /^[^，。；]{0,6}?(?:委托|委派|指派)/.test(ctx.text.slice(g.end));
  if (entrusted && /受$/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, g)))) return true;
  if (forWhom(ctx, g) >= 0) return true;
  // 钱正英同志生前友好也前往送别: the deceased, whose friends and family are named, did nothing.
  // (…各界人士在孙中山先生塑像前肃立默哀: so is one honoured before his statue or tomb.)
  const honoured =
    /^(?:同志|先生|女士)?(?:(?:在[^，。；]{1,3})?(?:生前|亲属|家属|遗属|遗体|遗像)|(?:塑像|铜像|雕像|画像|墓|陵墓)(?:前|碑))/;
  if (honoured.test(ctx.text.slice(g.end))) return true;
  if (onBehalfOf(ctx, groupStart(ctx, g))) return true;
  const from = clauseStart(ctx, groupStart(ctx, g));
  const before = ctx.text.slice(from, groupStart(ctx, g));
  // 走进回迁居民李敬和家中看望: someone whose home is gone into is where the visit went.
  // (先后来到王晴晴委员工作室: a studio named after whom it serves, as a home is.)
  const home = PLACE_OF_PERSON.test(ctx.text.slice(g.end));
  if (home && [...GOING_VERBS, '走进'].some((v) => before.includes(v))) return true;
  // (考察组一行赴习近平总书记“两山理论”发源地…参观: one named right after a going verb names where it went.)
  if (/(?:来到|前往|前赴|赶赴|奔赴|赴|走进)$/.test(before)) return true;
  // (李源潮前往国会大厦吊唁李光耀并瞻仰遗容: the one mourned did nothing.)
  if (/(?:吊唁|悼念|缅怀|祭奠|追悼)$/.test(before)) return true;
  // 马克龙向位于香榭丽舍大街的戴高乐将军雕像敬献花环: inside what the subject turns to, after its 向.
  const subjectBefore = ctx.groups.some((o) => o !== g && o.end <= from + before.length && o.start >= from);
  // (Not a 向 inside the subject's name: 副市长郭向阳在…石岩的陪同下.)
  const subjectEnd = Math.max(from, ...ctx.groups.filter((o) => o.end <= groupStart(ctx, g)).map((o) => o.end));
  const afterSubject = ctx.text.slice(subjectEnd, groupStart(ctx, g));
  if (subjectBefore && /向[^，。；、“”]{1,20}$/.test(afterSubject)) return true;
  // (副镇长单忠武就5月7日杨开、三江村级建制村民大会相关事宜进行安排部署: inside the topic the subject set.)
  // (Not 就 as an adverb before where or with whom: 习近平就在…赵乐际、…等陪同下.)
  if (subjectBefore && /就(?![在由])[^，。；“”同与跟和]{1,40}$/.test(afterSubject)) return true;
  // (Up to the name: a campaign's name may run into the body named after it, 中央…主题教育领导小组组长蔡奇; a post
  // that holds a verb is none, 全国政协文史和学习委员会副主任叶小文.)
  const titles = ctx.mentions.filter((m) => m.kind === 'title');
  return hasObjectVerb(withoutTitles(ctx.text, from, g.start, titles));
}

/**
 * Where the 为 stands before a group for whom something is done (为江泽民同志送别, 为中国客人举行…), or -1. Words that
 * end in 为 (作为, 成为, 认为, 被誉为) name what one is, not for whom.
 */
function forWhom(ctx: SentenceContext, g: Group): number {
  const at = groupStart(ctx, g) - 1;
  if (ctx.text[at] !== '为' || at <= ctx.s.start) return -1;
  return /[作成认因以称誉视选任改分更较最尤极]/.test(ctx.text[at - 1]!) ? -1 : at;
}

/**
 * 代表 as a verb right before a group: on whose behalf the subject acts (蔡奇7日上午，代表习近平总书记和党中央看望…;
 * 穆罕默德代表沙特国王萨勒曼主持峰会). After a noun it is one who stands for others (无党派人士代表席南华发言).
 */
function onBehalfOf(ctx: SentenceContext, at: number): boolean {
  // (…陈迈一行来温，代表中国侨联、中国侨联主席万立骏慰问…: bodies named first, the name last of those represented.)
  const bodies = BODIES_REPRESENTED.exec(ctx.text.slice(Math.max(ctx.s.start, at - 60), at))?.[0].length ?? 0;
  at -= bodies;
  if (ctx.text.slice(at - 2, at) !== '代表') return false;
  const before = ctx.text.slice(ctx.s.start, at - 2);
  const timeOrClause = before === '' || TIME_OR_CLAUSE_END.test(before);
  return timeOrClause || ctx.mentions.some((m) => m.kind === 'person' && m.end === at - 2);
}

const BODIES_REPRESENTED = /(?<=代表)(?:[^，。；：“”、]{2,20}、){1,3}$/;

/** The predicate's clause goes on to name something (…参加审议时的指示精神): it is part of a noun, not a happening. */
/** What follows a topic introduced by 就: its kind, then what was said about it (…工作分别作了讲话). */
const SPOKEN_ABOUT = /^[^，。；：“”]{0,12}?(?:工作|问题|情况|事项)(?:等)?(?:分别|先后)?(?:作了?|进行了?|发表了?)[^，。；]{0,4}(?:讲话|发言|说明|部署)/;

function embedded(ctx: SentenceContext, f: Found): boolean {
  // 发表题为《…》的重要讲话: the speech is named after its verb, nothing is inside it.
  if (f.word.endsWith('题为')) return false;
  // (陆浩、副组长翟青就做好督察工作分别作了讲话: the work a speech is about, no visit.)
  const about = /就[^，。；：“”]{0,10}$/.test(ctx.text.slice(ctx.s.start, f.start));
  if (about && SPOKEN_ABOUT.test(ctx.text.slice(f.end, ctx.s.end))) return true;
  // Up to a second predicate joined by 并: 出席并发表题为《…》的重要讲话 names the speech, not what 出席 is part of.
  // (主持会议并传达了…会议精神: the spirit is what the second act conveys.)
  const rest = ctx.text.slice(f.end, ctx.s.end).match(/^[^，。；：]*/)![0].replace(/并(?:且)?(?:发表|作)[^]*$/, '')
    // (出席会议并分别传达有关精神: each conveying his part.)
    .replace(/并(?:且)?(?:分别|先后)?(?:传达|宣读|通报|学习)了?[^，。；的]*$/, '')
    // A meeting held to study a spirit (传达学习党的二十大精神会议) is what is attended, not what is studied.
    // (…党代会精神理论研讨会, …精神暨廉政工作会议: the meeting's kind may come a few words on.)
    .replace(/精神(?=(?:专题|理论|暨[^，。；的]{1,8})?(?:会议|座谈会|研讨班|研讨会|培训班|读书班|报告会|宣讲会|学习会|大会))/g, '');
  // (此访也是习近平主席今年出席多边峰会的“收官作”: the act named, as what a thing is, by a quoted noun after 的.)
  if (/^[^，。；：]{2,30}的“[^“”]{1,8}”$/.test(rest)) return true;
  // What a lecture expounds is a spirit (宣讲党的二十大精神): its object, not a clause that names something.
  // (Nor is what is conveyed to a meeting: 传达学习…全会精神.)
  // (传达了习近平总书记在…上发表的重要讲话精神: the speech whose spirit is conveyed, too.)
  const conveyed = ['精神', '的讲话', '的指示', '的重要讲话'];
  const ends = /宣讲|传达/.test(f.word) ? EMBEDDED_ENDS.filter((w) => !conveyed.includes(w)) : EMBEDDED_ENDS;
  // (率“铸牢中华民族共同体意识 构筑中华民族共有精神家园”调研组: a team's theme in quotes names nothing done.)
  const unquoted = rest.replace(/“[^“”]{1,40}”/g, '名');
  return ends.some((w) => unquoted.includes(w));
}

/**
 * A clause opened by the predicate and closed by 的 right before officials (…张升民，陪同出席活动的…何立峰，…王小洪等同机
 * 抵达): it describes them, and they did it.
 */
function describedAfter(ctx: SentenceContext, f: Found): Group | undefined {
  // (A list goes on: a name right before the comma. Not 首都各界群众…，送别敬爱的江泽民同志: whom they saw off.)
  const listed = ctx.mentions.some((m) => m.kind === 'person' && m.end === f.start - 1);
  if (f.pred.rel !== 'ATTENDED' || !listed || !/[，,；]/.test(ctx.text[f.start - 1] ?? '')) return undefined;
  const of = ctx.text.slice(f.end, ctx.s.end).match(/^[^，。；：“”]{0,20}?的/)?.[0].length;
  if (of === undefined) return undefined;
  return ctx.groups.find((g) => g.start > f.end && groupStart(ctx, g) === f.end + of);
}

/**
 * Who a predicate's own words say did it: 'none' where it is a noun, attributive (率领的代表团, 主持的会议, 同出席…的负责人)
 * or in another's clause; the one after 由 where it chairs what follows 的 (由…徐光春主持的两省座谈会); one described
 * after it (…，陪同出席活动的…何立峰).
 */
function describedBy(ctx: SentenceContext, f: Found): Group | 'none' | undefined {
  // (在主席台就座的还有：…: who did it follows, after the colon.)
  // (…金燕光率领一行7人的代表团: the party counted before 的.)
  const attributive = PARTY_THEN_OF.test(ctx.text.slice(f.end, f.end + 12)) && !listedAfter(ctx, f);
  const chair = attributive ? chairedBy(ctx, f) : undefined;
  if (chair) return chair;
  const none = nounUse(ctx, f) || countedTalks(ctx, f) || attributive || embedded(ctx, f) || describesPartner(ctx, f) ||
    insideGuestsDescription(ctx, f);
  return none ? 'none' : describedAfter(ctx, f);
}

/** 由X主持的两省座谈会: the meeting named after 的 was chaired by the one after 由. */
function chairedBy(ctx: SentenceContext, f: Found): Group | undefined {
  if (f.pred.rel !== 'CHAIRED' || ctx.text[f.end] !== '的') return undefined;
  const g = ctx.groups.find((x) => x.end === f.start && x.persons.length > 0);
  // (预备会议是刘少奇委员长主持的。: who chaired what the sentence opens with, as the clause ends.)
  if (!g) return undefined;
  const cleft = ctx.text[groupStart(ctx, g) - 1] === '是' && /^的(?:[。，；]|$)/.test(ctx.text.slice(f.end, f.end + 2));
  // (参加了…参谋长阿兹林中校主持的欢迎午宴: the meeting others went to, chaired by the one named before 主持的.)
  const attended = /(?:出席|参加|列席)了?[^，。；：“”的]{0,12}$/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, g)));
  return ctx.text[groupStart(ctx, g) - 1] === '由' || cleft || attended ? g : undefined;
}

/** 会见了陪同里夫斯来华出席…对话的…贝利: a predicate of the clause describing the guest, after the verb of meeting. */
function insideGuestsDescription(ctx: SentenceContext, f: Found): boolean {
  const clauseStart = ctx.s.start + ctx.text.slice(ctx.s.start, f.start).search(/[^，。；：]*$/);
  const met = ctx.predicates.some((p) => p.pred.rel === 'MET' && p.start >= clauseStart && p.end <= f.start &&
    /^(?:会见|接见|会晤)/.test(p.word));
  return met && describesGuest(ctx, f);
}

/** A predicate right after 同 / 与, in a clause that goes on to 的 (同出席…对话会的…负责人): it describes the partner. */
function describesPartner(ctx: SentenceContext, f: Found): boolean {
  // (Not 共同出席, nor a name ending in 同: 董保同作了….)
  const before = ctx.text.slice(Math.max(ctx.s.start, f.start - 2), f.start);
  const named = ctx.mentions.some((m) => m.end === f.start);
  // (魏宏…向出席“海科会”的海外知名专家表示欢迎: whom he turned to, described by what they came for.)
  return !named && /(?<![共一协相等会])[同与]$|(?<![面方])[向对]$/.test(before) &&
    /^[^，。；：]{1,40}的/.test(ctx.text.slice(f.end, ctx.s.end));
}

/**
 * Every predicate of the sentence that someone did, with who did it. `carried`: the subject of the sentences before,
 * for a sentence that opens with its verb (…走访看望基层干部群众。主持召开五级人大代表座谈会); `protagonist`: the lead's,
 * for talks told as a scene with both sides (在同…会谈时，双方同意…).
 */
export function bindings(ctx: SentenceContext, carried?: Group, protagonist?: Group): Binding[] {
  const out: Binding[] = [];
  /** Each group's first predicate, and whether it happened (将出席 did not: nor what is joined to it). */
  const mainOf = new Map<Group, Binding | 'not done'>();
  let last: Binding | 'not done' | undefined;
  for (const f of ctx.predicates) {
    const described = describedBy(ctx, f);
    if (described === 'none') continue;
    const withHim = described ? { found: f, agent: described }
      : last === 'not done' ? undefined
      : (pronounPartner(ctx, f, last) ?? sceneTalks(ctx, f, carried ?? protagonist) ?? pronounHost(ctx, f, carried));
    if (withHim) {
      out.push((last = withHim));
      continue;
    }
    // (韩正会见泰国公主诗琳通并出席…庆祝活动: the guest just met, then 并, leaves the next act to the host.)
    const near = closestGroup(ctx, f);
    const closest = near && last && last !== 'not done' && guestThenJoined(ctx, last, near, f) ? undefined : near;
    const found = closest ?? openingSubject(ctx, f) ?? alsoListed(ctx, f) ?? listSentence(ctx, f);
    if (!found && out.length === 0 && mainOf.size === 0 && carried && opensWithVerb(ctx, f)) {
      last = carriedBinding(ctx, f, carried);
      if (last !== 'not done') out.push(last);
      mainOf.set(carried, last);
      continue;
    }
    const g = found && agentOf(ctx, f, found) ? found : undefined;
    // …进行正式友好访问，在拉巴特会见首相阿赫努什: talks in a later clause with no subject of their own are held by the
    // sentence's subject, who did the clause before.
    const done = () => !notDone(ctx.text, f, g!.end, g!.end, ctx.mentions);
    if (g && !closest && mainOf.has(g) && mainOf.get(g) !== 'not done' && done()) {
      out.push((last = { found: f, agent: g }));
      continue;
    }
    // (川普率领代表团，到新加坡总统府会见…李显龙; 张三率领代表团到深圳市出席…仪式: what the leader did where he led
    // them, as well as leading them.)
    if (g && closest && ledThere(ctx, mainOf.get(g), f) && done()) {
      out.push((last = { found: f, agent: g }));
      continue;
    }
    if (g && !mainOf.has(g)) {
      const b = firstOfGroup(ctx, f, g, last, mainOf);
      mainOf.set(g, b);
      if (b !== 'not done') out.push(b);
      last = b;
      continue;
    }
    // What is joined to a plan is planned too (将出席…并发表讲话).
    const joined = last === 'not done' ? undefined : joinedAfter(ctx, last, f);
    if (joined && !notDone(ctx.text, f, joined.found.end, joined.found.end, ctx.mentions)) {
      // 同马克龙共同出席…闭幕式，并发表…重要致辞: the speech is the host's, unless both are said to give it (分别致辞).
      const both = BOTH_BEFORE.test(ctx.text.slice(Math.max(0, f.start - 2), f.start));
      const hostSpeaks = joined.host && f.pred.rel === 'ADDRESSED' && !both;
      const agent = hostSpeaks ? joined.host! : jointAgent(ctx, joined, f);
      last = {
        found: f,
        agent: ownGuests(ctx, f) ? hostsOnly(ctx, joined, agent) : agent,
        ...(joined.partner && !ownGuests(ctx, f) && partnerMark(ctx, f) < joined.found.end
          ? { partner: joined.partner } : {}),
        joinedTo: joined,
      };
      out.push(last);
    }
  }
  return withoutTripsPurpose(out);
}

/** The group's first act took others along (率领代表团), and f is what it did where it went, no visit of its own. */
function ledThere(ctx: SentenceContext, main: Binding | 'not done' | undefined, f: Found): boolean {
  if (!main || main === 'not done' || !LEADING_WORDS.includes(main.found.word) || f.pred.rel === 'LED') return false;
  const between = ctx.text.slice(main.found.start, f.start);
  return goingBetween(ctx, main.found.start, f.start, GOING_VERBS) || LED_ALONG.test(between) ||
    (f.pred.rel === 'ATTENDED' && LED_TO_ATTEND.test(between));
}
/** A delegation led to a meeting (申长雨率中国政府代表团出席会议, 率…代表团在德国波恩出席了…): its leader was there. */
const LED_TO_ATTEND = /^(?:率领|带领|率)[^，。；：“”的]{1,30}?(?:代表团|团)(?:一行)?(?:在[^，。；：“”的]{1,20})?$/;
const LEADING_WORDS = ['率领', '带领', '率团', '率'];

/** A meeting joined to talks that names its own guests after its verb (…会谈，并会见国家杜马五大党团负责人). */
function ownGuests(ctx: SentenceContext, f: Found): boolean {
  return f.pred.rel === 'MET' && f.word.startsWith('会见') && /^了?[^，。；：、]{2,}/.test(ctx.text.slice(f.end, ctx.s.end));
}

/** Of those who met with a partner (同墨参议长阿门塔…举行座谈，并会见…), the hosts: named before the partner word. */
function hostsOnly(ctx: SentenceContext, joined: Binding, agent: Group): Group {
  const mark = partnerMark(ctx, joined.found);
  const hosts = mark < 0 ? [] : agent.persons.filter((p) => p.start < mark);
  return hosts.length > 0 && hosts.length < agent.persons.length ? { ...agent, persons: hosts } : agent;
}

/**
 * What a leader's trip is for, told in the sentence that starts it (…抵达阿德莱德，开始对澳大利亚进行正式访问，并同
 * 阿尔巴尼斯总理举行…会晤): still to come, none of it done by him that day.
 */
function withoutTripsPurpose(out: Binding[]): Binding[] {
  // (抵达莫斯科访问，与…举行会谈: a visit told by its bare word is under way; what follows is done on it.)
  const trips = out.filter((b) => b.found.pred.kind === 'state visit' && b.found.word !== '访问');
  const his = (b: Binding, t: Binding) => b.agent.persons.some((p) => t.agent.persons.some((q) => q.text === p.text));
  return out.filter((b) => !trips.some((t) => b !== t && b.found.start > t.found.start && his(b, t)));
}

/** A group's first predicate, with the partner it names, or 'not done' where it or its host only plans it. */
function firstOfGroup(
  ctx: SentenceContext,
  f: Found,
  g: Group,
  last: Binding | 'not done' | undefined,
  mainOf: ReadonlyMap<Group, Binding | 'not done'>,
): Binding | 'not done' {
  // 李强将会见…，同朔尔茨总理共同主持…: what the host plans, he plans with his partner too, named or left to the clause
  // before.
  const host = hostOfPartner(ctx, g);
  const hostless = !host && last === 'not done' && partnerBefore(ctx, g);
  const hostPlans = hostless || mainOf.get(host ?? g) === 'not done';
  // …访问，在拉巴特会见首相阿赫努什，与众议长阿拉米…分别会谈: a partner opening a later clause is met by whoever did
  // the clause before.
  const done = last && last !== 'not done' ? last : undefined;
  // (…访问新西兰，分别同新西兰议长布朗利，优先党领袖…彼得斯，…卡特等深入交流: partners listed with commas.)
  const chain = host || partnerBefore(ctx, g) || !(f.pred.partner || f.pred.rel === 'MET') ? [] : partnerChain(ctx, g);
  const partner = chain.length > 1 ? { ...g, persons: chain.flatMap((x) => x.persons), start: chain[0]!.start } : g;
  const before = host || (!partnerBefore(ctx, g) && chain.length < 2) ? undefined
    : done && done.agent !== g ? done.agent : joinedSubject(ctx, partner);
  // (李克强将于明天（四月一日）同…米歇尔、…冯德莱恩以视频方式举行…会晤: the plan may stand far back in the clause.)
  const planned = notDone(ctx.text, f, g.end, ctx.s.start, ctx.mentions);
  return hostPlans || planned ? 'not done' : partnered(ctx, f, partner, before);
}

/**
 * The groups of a partner list set off by commas, each with what it is (…，分别同A，B，C等深入交流), from the one
 * after 同 up to `g`; none where `g` closes no such list.
 */
function partnerChain(ctx: SentenceContext, g: Group): Group[] {
  const chain = [g];
  for (;;) {
    const first = chain[0]!;
    if (partnerBefore(ctx, first)) return chain;
    const prev = ctx.groups.filter((x) => x.end <= first.start).at(-1);
    if (!prev) return [];
    const between = ctx.text.slice(prev.end, groupStart(ctx, first));
    const acts = (p: Found) =>
      p.start >= prev.end && p.end <= first.start && !NOUN_AFTER.includes(ctx.text[p.end] ?? '');
    if (!/^[，,][^，。；：“”]{0,30}$/.test(between) || ctx.predicates.some(acts)) return [];
    chain.unshift(prev);
  }
}

/** The group found may do the predicate: not named in another's object or party, nor before 由 and its doer. */
function agentOf(ctx: SentenceContext, f: Found, g: Group): boolean {
  // (…负责人，镇政府由王尧镇长带队: who does it is named after 由, whether read or not.)
  // (Not 由 inside a word: 与国外自由区代表举行会谈.)
  if (/(?<![自理经缘事来])由[^，。；]{1,20}$/.test(ctx.text.slice(g.end, f.start))) return false;
  return !inObject(ctx, g) && !othersParty(ctx, f, g);
}

/** A party's going is the party's, never that of someone named before it (…向万钢一行来渝表示欢迎). */
function othersParty(ctx: SentenceContext, f: Found, g: Group): boolean {
  return f.pred.unlessLater === true && ctx.groups.some((x) => x.start >= g.end && x.end <= f.start);
}

/**
 * 在主席台就座的还有：A、B、…, 参加座谈的有我会会长黄大柯，…: those listed after it did what the clause before it says (not
 * 的有关…, 的有效…).
 */
// (参加活动的市领导有…: those listed told by their kind first.)
// (在典礼上讲话的，还有湖北省省长张体学，…: set off by a comma.)
const ALSO_LISTED = new RegExp(
  /^[^。；：]{0,24}?的(?:还)?有[：:]|^[^。；：，]{0,24}?的KIND(?:还)?有(?:[：:]|(?![关效力序利益的所些点时]))|^(?:人员|同志)?[：:]/
    .source
    // (一同前来检查的南通市教育局领导还有…: those of a body named; 应邀出席今天启动仪式的领导和来宾有：…: two kinds.)
    .replaceAll('KIND', '(?:(?:[省市县区镇乡]|[^，。；：的]{2,12}?[局委厅办部院])?(?:领导同志|领导|嘉宾|来宾|负责同志|代表)' +
      '(?:和(?:嘉宾|来宾|代表))?)?[，,]?'),
);

/** The words up to those listed after the predicate; without a colon, only where no one is named before it. */
function listedAfter(ctx: SentenceContext, f: Found): RegExpExecArray | null {
  const also = ALSO_LISTED.exec(ctx.text.slice(f.end, ctx.s.end));
  // (随同李春城前来二重调研的有…, 陪同佐科访华的有…: those listed went with one named; his visit is told elsewhere.)
  const named = also && ctx.groups.some((g) => g.end <= f.end + also[0].length);
  return also && (/[：:]$/.test(also[0]) || !named) ? also : null;
}

function alsoListed(ctx: SentenceContext, f: Found): Group | undefined {
  const also = listedAfter(ctx, f);
  if (!also || ctx.groups.some((g) => g.end <= f.start)) return undefined;
  const after = ctx.groups.filter((g) => g.start >= f.end + also[0].length);
  if (after.length === 0) return undefined;
  return { persons: after.flatMap((g) => g.persons), start: after[0]!.start, end: after.at(-1)!.end, listed: true };
}

/** The group is the guest of the talks just bound, and the next predicate is joined right after it (…诗琳通并出席). */
function guestThenJoined(ctx: SentenceContext, last: Binding, g: Group, f: Found): boolean {
  if (last.found.pred.rel !== 'MET' || g.start < last.found.end) return false;
  return guestOf(ctx, last, g) && /^[，,]?(?:并|随后)$/.test(ctx.text.slice(g.end, f.start));
}

/**
 * A sentence that is one long list of those present, officials named with their posts, then offices and others by kind
 * over commas and semicolons, up to its only verb (市委副书记、市长许立全，…检察长王卫东，市政协各位副主席、…；住潍省里
 * 的老同志，…；…负责同志及社会各界人士代表出席茶话会): every one named was there.
 */
function listSentence(ctx: SentenceContext, f: Found): Group | undefined {
  if (f.pred.rel !== 'ATTENDED' || f.start > ctx.speechFrom || ctx.predicates.some((p) => p.start < f.start)) {
    return undefined;
  }
  const named = ctx.groups.filter((g) => g.end <= f.start && !inObject(ctx, g));
  const first = named[0];
  if (!first || named.length !== ctx.groups.filter((g) => g.end <= f.start).length) return undefined;
  // Only the day, or the day and where, before the first name (昨日上午，…).
  if (!/^(?:[^，。；：“”]{1,20}[，,])?$/.test(ctx.text.slice(ctx.s.start, groupStart(ctx, first)))) return undefined;
  const after = ctx.text.slice(named.at(-1)!.end, f.start);
  // (Not a clause of the last one's own before it: 李强察看…展示，并与企业负责人座谈.)
  if (after.length > 300 || !/^(?:[，；、]|等|及|以及|和)/.test(after) || /[“”：]|并|与|同(?!志)/.test(after)) return undefined;
  if (!LIST_CLOSES.test(after)) return undefined;
  return { ...first, persons: named.flatMap((g) => g.persons), end: named.at(-1)!.end, listed: true };
}
/** The others listed after the last name close with their kind, right before the verb (…代表, …负责同志等, 欢聚一堂). */
const LIST_CLOSES = /(?:代表|负责人|负责同志|同志|人士|领导|干部|群众|嘉宾|来宾|委员|成员|官兵|师生|老干部)(?:等)?(?:[0-9０-９]+(?:多|余)?人)?$/;

/** The clause before a meeting chaired with no subject of its own: attending, or looking into something. */
const CLAUSE_BEFORE_CHAIR = /(?:出席|参加|检查|调研|考察|视察|察看|查看|听取)[^，。；]*[，,]$/;

/**
 * Talks in a clause with no subject of its own, only where and how before the verb (…访问葡萄牙，在里斯本分别会见…),
 * are held by the subject that opens the sentence, when no one else is named between them.
 */
function openingSubject(ctx: SentenceContext, f: Found): Group | undefined {
  // 应摩洛哥众议长阿拉米邀请，赵乐际…: who invited opens the sentence, not its subject.
  const invitation = INVITATION_OPENS.exec(ctx.text.slice(ctx.s.start, ctx.s.end))?.[0].length ?? 0;
  const first = ctx.groups.find((g) => g.start >= ctx.s.start + invitation);
  if (!first || first.end > f.start) return undefined;
  const before = ctx.text.slice(ctx.s.start, f.start);
  const clause = before.match(/[^，。；：]*$/)![0];
  // Only talks, and a visit joined as the last of the subject's clauses (…巡视展馆，听取汇报，并实地考察了…): in a life
  // told over years (…亲自谋划部署，多次主持…) the clauses are not one day's.
  // So are speeches each gave on a topic, after the clause that names the speakers (刘宁、…郑志明等5位代表…发表了意见，
  // 分别就…等问题发言).
  const spokeEach = f.pred.rel === 'ADDRESSED' && EACH_ON_TOPIC.test(clause);
  // And a meeting held or attended after what the subject did first (李希详细了解…情况，并召开…座谈会), but not after
  // an arrival, which tells what he came for (抵达巴黎，开始对法国进行正式访问，并出席…峰会).
  // (…出席…交接仪式，主持监交仪式并讲话: so is one chaired in the next clause, with no word between.)
  // (…检查全国高考工作，…听取了…汇报，主持全国高考工作调度视频会议并讲话: or after what he looked into.)
  const chairedNext = clause === '' && f.pred.rel === 'CHAIRED' && CLAUSE_BEFORE_CHAIR.test(before);
  // (陈家壮在会上逐条重申了…规定，并作总结讲话: a speech too, where it joins no predicate before.)
  const firstSpeech = f.pred.rel === 'ADDRESSED' && !ctx.predicates.some((p) => p.end <= f.start);
  const heldAfter = (f.pred.rel === 'CHAIRED' || f.pred.rel === 'ATTENDED' || firstSpeech) &&
    (ACT_JOINED.test(clause) || chairedNext) && !before.includes('抵达');
  // (…赶往…，来到…安置点…，代表党中央、国务院慰问受灾群众: the visit on someone's behalf where he went.)
  const onBehalf = BEHALF_CLAUSE.test(clause) && WENT_BEFORE.test(before.slice(0, before.length - clause.length));
  const visitAfter = f.pred.object === 'visit' && (VISIT_JOINED.test(clause) || onBehalf);
  if (f.pred.rel !== 'MET' && !spokeEach && !visitAfter && !heldAfter) return undefined;
  // …党的十八大以来，先后三次和航天员亲切通话，会见…: clauses after a span of years or a count of times are no day's.
  if (OVER_TIME.test(before)) return undefined;
  const opens =
    clause.length < f.start - ctx.s.start &&
    (ADVERBIAL_ONLY.test(clause) || VISIT_JOINED.test(clause) || spokeEach || (visitAfter && onBehalf));
  // (…吊唁李光耀并瞻仰遗容，会见了…: one named as what another act is done to stands in no one's way.)
  const objects = ctx.groups.filter((g) => g.start >= first.end && g.end <= f.start && inObject(ctx, g));
  const between = (m: Mention) => m.kind === 'person' && m.start >= first.end && m.end <= f.start &&
    !objects.some((g) => m.start >= g.start && m.end <= g.end);
  return opens && !ctx.mentions.some(between) ? first : undefined;
}

/** Each on a topic of their own, before a speech (分别就…等问题发言, 分别围绕…作了发言). */
const EACH_ON_TOPIC = /^分别(?:就|围绕)[^，。；：“”]{2,80}(?:问题|方面|工作|议题|情况|建议)(?:等)?(?:作了?|进行了?)?$/;

/** A visit joined to what the subject did before it in the sentence (并实地考察, 随后深入). */
const VISIT_JOINED = /^(?:并|随后|还|又)(?:实地|深入|专门)?$/;
/** On whose behalf, the whole clause before a visit (代表党中央、国务院). */
const BEHALF_CLAUSE = /^代表[^，。；：“”]{1,20}$/;
/** Where the subject went, in the clause right before (来到转移群众临时安置点…，). */
const WENT_BEFORE = /(?:来到|赶往|赶赴|前往|深入)[^，。；：]{1,60}[，,]$/;
/** A meeting's verb joined the same way (并召开, 随后出席). */
const ACT_JOINED = /^(?:并|随后|还)$/;

const OVER_TIME = /(?:以来|年来)[，,]|(?<![第届])(?:[一二三四五六七八九十两几多]|\d+)次(?![会全])/;

/** Who a lead is about: the agent of its first act, else its first group after any invitation (应…邀请，李希…访问). */
export function leadSubject(ctx: SentenceContext, bound: readonly Binding[]): Group | undefined {
  const invitation = INVITATION_OPENS.exec(ctx.text.slice(ctx.s.start, ctx.s.end))?.[0].length ?? 0;
  return bound.find((b) => !b.carried)?.agent ?? ctx.groups.find((g) => g.start >= ctx.s.start + invitation);
}

/** Adverbs that may open a clause before its verb (随后，在里斯本分别会见). */
// (麦卡锡等国会议员不顾…，执意会见…: how the subject went on to act.)
const CLAUSE_ADVERBS = ['随后', '并', '还', '又', '同时', '其间', '执意', '专程', '特意', '亲自', '再次'];
const ADVERBIAL_ONLY = new RegExp(`^(?:在[^，。；]{1,15}?|${CLAUSE_ADVERBS.join('|')})*(?:分别|先后)?$`);
/** The invitation that opens a sentence (应摩洛哥众议长阿拉米邀请，): whoever it names is no subject. */
const INVITATION_OPENS = new RegExp(`^[^，。；]{0,20}${INVITATION.source}`);

/**
 * The subject of the sentences before doing this sentence's first verb: its people, standing at the verb (the group's
 * offsets are this sentence's, so nothing reads across the full stop).
 */
function carriedBinding(ctx: SentenceContext, f: Found, carried: Group): Binding | 'not done' {
  if (notDone(ctx.text, f, ctx.s.start, ctx.s.start, ctx.mentions)) return 'not done';
  return { found: f, agent: { ...carried, start: f.start, end: f.start }, carried: true };
}

/** What closes a clause of time (考察期间，, 在听取代表发言后，): its verbs are no one's act of the day. */
const TIME_CLAUSE_END = /(?:期间|之际|以来|后|前|时)/;
const CLOSES_IN_TIME = new RegExp(`${TIME_CLAUSE_END.source}$`);

/** What may open a sentence before its verb when the subject is the one before (他, 随后，, 在…，, 还). */
const OPENING_ADVERBIALS = new RegExp(
  // (他昨晚在出席…时: 在 right before the verb.)
  `^(?:[他她]|在[^，。；]{0,30}?，?|[^，。；]{1,20}?${TIME_CLAUSE_END.source}，|` +
    `(?:${[...CLAUSE_ADVERBS, '当天', '同日', '此外', '也', '先后', '分别', '亲自'].join('|')})，?` +
    // (17日，他出席了晚宴; 他昨日率领…访问…; 他于周六在古晋出席…: the day, before or after him.)
    `|于?(?:[0-9０-９一二三四五六七八九十]{1,3}日|${DAY_WORDS}|前天|[本上]?周[一二三四五六日]|星期[一二三四五六日天])` +
    `(?:${DAY_PART})?，?` +
    // (随后来到东峤镇主持召开座谈会: the carried subject's going, then what it did there.)
    '|(?:来到|前往|赴|到|深入)[^，。；的]{2,16}?，?)*$',
);

/** People a predicate makes a noun of (与会代表, 出席会议的…成员): they are the subject, not the predicate's. */
const PEOPLE_AFTER = /^(?:同志|代表|人员|嘉宾|人士|者|各方|委员|成员|客人)/;

/**
 * The sentence's first predicate comes before anyone is named, after adverbials only, and is its verb: not inside a
 * clause of time (在听取代表发言后，), not made a noun (与会代表) or a relative clause (出席高峰论坛的外国元首).
 */
function opensWithVerb(ctx: SentenceContext, f: Found): boolean {
  if (ctx.retrospect || ctx.mentions.some((m) => m.kind === 'person' && m.start < f.start)) return false;
  const before = ctx.text.slice(ctx.s.start, f.start);
  const head = before.match(/[^，。；：]*$/)![0];
  const clause = head + ctx.text.slice(f.start, ctx.s.end).match(/^[^，。；：]*/)![0];
  // (他昨晚在出席…举行的…晚宴时，也赠送了…: when he said or did it, he was there.)
  const attendingWhen = /^[^，。；]{0,8}?在(?:受邀|应邀)?(?:出席|参加)[^，。；]{2,40}时$/.test(clause);
  if (!attendingWhen && (/^在.*(?:后|中|上)$/.test(clause) || CLOSES_IN_TIME.test(clause))) return false;
  // (会见巴巴科夫时赵乐际表示: the verb sets the time for the one named after it, who did it.)
  const when = clause.indexOf('时', head.length + f.word.length);
  const at = f.start - head.length + when + 1;
  if (when > 0 && ctx.mentions.some((m) => m.kind === 'person' && m.start === at)) return false;
  // (陪同安华展开工作访问者包括…: those who did it are named after it.)
  if ((clause.includes('的') && !attendingWhen) || /者(?:还|共)?(?:有|包括)/.test(clause)) return false;
  // 讲话高瞻远瞩: a speech spoken of opens the sentence; one made is 作报告, 发表讲话.
  if (f.word === '与会' || (f.pred.rel === 'ADDRESSED' && f.word.length < 3)) return false;
  return OPENING_ADVERBIALS.test(before) && !PEOPLE_AFTER.test(ctx.text.slice(f.end, f.end + 2));
}

/** The group is the partner of a 同 / 与 opening its clause (，同朔尔茨总理共同主持). */
function partnerBefore(ctx: SentenceContext, g: Group): boolean {
  const before = ctx.text.slice(ctx.s.start, groupStart(ctx, g)).match(/[^，。；：]*$/)![0];
  // (…期间，应约同美国副总统哈里斯简短交谈: at the other's request.)
  // (…出席峰会，并同…总统穆罕默德举行会谈: a joiner first.)
  // (…，在莫斯科与国家杜马主席沃洛金、…分别举行会谈: where, first.)
  return /^(?:并|还|随后|又)?(?:在[^，。；：同与跟的]{1,12})?(?:应约|应邀)?(?:分别)?[同与跟]/.test(before);
}

/**
 * The sentence's first group, when the partner's clause is joined to its by 并 and nothing but its acts stands between
 * (卢卡申科3日访问阿联酋，并与阿联酋总统穆罕默德举行会晤): a subject kg knows no predicate of, going on to talks.
 */
function joinedSubject(ctx: SentenceContext, g: Group): Group | undefined {
  const first = ctx.groups[0];
  const clause = ctx.text.slice(ctx.s.start, groupStart(ctx, g)).match(/[^，。；：]*$/)![0];
  if (!first || first === g || !/^(?:并|还|随后)?[同与](?!时)/.test(clause)) return undefined;
  const between = ctx.text.slice(first.end, groupStart(ctx, g) - clause.length);
  // (拜登20日访问乌克兰首都基辅，与乌总统泽连斯基举行会谈: a bare 与 only right after the visit's clause.)
  // (王毅前晚以视像方式，与…博雷利会晤: or after how the talks were held, set off by a comma.)
  // (林定国…早上拜访最高人民检察院，与检察长应勇会面: a call paid first.)
  const setOff = /(?:访问|抵达|到访|拜访|拜会)[^，。；]*[，,]$/.test(between) || howSetOff(between);
  if (!/^(?:并|还|随后)/.test(clause) && !setOff) return undefined;
  const clauseStart = g.start - clause.length;
  const others = ctx.mentions.some((m) => m.kind === 'person' && m.start >= first.end && m.end <= clauseStart);
  // (在结束对…访问，并同…举行…会晤后，乘包机回国: a journey's end, told as the time of the return.)
  return /[。；：]|结束/.test(between) || others ? undefined : first;
}

/** How talks were held, the whole of what stands after the subject and the day, set off by a comma (以视像方式，). */
function howSetOff(between: string): boolean {
  const rest = between.replace(/^[^，。；]{0,12}?(?=以|通过|采取|采用)/, '');
  const how = MANNER_PHRASE.exec(rest)?.[0];
  return how === rest && /[，,]$/.test(rest);
}

/** 并同其举行会见: talks with someone the clause just named. */
const PRONOUN_PARTNER = /(?:并|还|随后)?[同与和]其$/;

/**
 * `出席巴西新任总统卢拉就职仪式并同其举行会见`: a MET predicate joined to the previous one, its partner 其, is the previous
 * agent's talks with the last person named since that predicate.
 */
function pronounPartner(ctx: SentenceContext, f: Found, last: Binding | undefined): Binding | undefined {
  if (f.pred.rel !== 'MET' || !last) return undefined;
  const mark = PRONOUN_PARTNER.exec(ctx.text.slice(Math.max(ctx.s.start, f.start - 4), f.start));
  if (!mark) return undefined;
  const at = f.start - mark[0].length;
  const partner = ctx.groups.filter((g) => g.start >= last.found.end && g.end <= at && g !== last.agent).at(-1);
  return partner ? { found: f, agent: last.agent, partner } : undefined;
}

/** A clause of talks closed by 时 (在会见卢拉时，会见莫特利时，在同阿卜杜拉齐格会谈时): the scene of the next. */
const SCENE = /^(?:在[^，。；]{0,20}?)?(?:会见|会晤|[同与])[^，。；]{2,40}时[，,]$/;

/**
 * Talks told as the scene of what their host did next (在会见巴西总统卢拉时，李希转达…): the host is the group opening
 * the clause after 时; the guest is named in the scene, after 会见 or as the partner of 同.
 */
function sceneTalks(ctx: SentenceContext, f: Found, subject?: Group): Binding | undefined {
  if (f.pred.rel !== 'MET') return undefined;
  const after = ctx.text.slice(f.end, Math.min(ctx.s.end, f.end + 42)).search(/时[，,]/);
  const close = f.end + after;
  if (after < 0 || /[，。；]/.test(ctx.text.slice(f.end, close))) return undefined;
  const clauseStart = ctx.text.slice(ctx.s.start, f.start).search(/[^，。；：]*$/) + ctx.s.start;
  if (!SCENE.test(ctx.text.slice(clauseStart, close + 2))) return undefined;
  // 在同…莫拉莱斯会谈时，双方同意…: both sides, the host being the subject of the sentences before or of the lead.
  const both = subject && /^(?:双方|两国|两党|他|她)/.test(ctx.text.slice(close + 2, close + 4));
  const host =
    ctx.groups.find((g) => groupStart(ctx, g) === close + 2) ??
    (both ? { ...subject!, start: close + 2, end: close + 2 } : undefined);
  if (!host) return undefined;
  const partner = ctx.groups.filter((g) => g.start > clauseStart && g.end <= f.start).at(-1);
  return { found: f, agent: host, ...(partner ? { partner } : {}), scene: true };
}

/** A pronoun opening a clause, then the partner (较后，他应邀与李强进行双边会谈; …行程，她先后与韩正和何立峰会面). */
const PRONOUN_HOST = /(?:^|[，,])[他她](?:应邀|应约|随后|先后|分别|还|也|又|并)*[同与](?:大陆|中国|中方)?$/;

/**
 * Talks held by one a pronoun stands for, before the partner: the last named before that clause in the sentence, or
 * the one the sentences before were about.
 */
function pronounHost(ctx: SentenceContext, f: Found, carried?: Group): Binding | undefined {
  if (f.pred.rel !== 'MET' || !MUTUAL_MET.includes(f.word)) return undefined;
  const before = ctx.groups.filter((g) => g.end <= f.start);
  const partner = before.at(-1);
  if (!partner) return undefined;
  const at = groupStart(ctx, partner);
  const clause = PRONOUN_HOST.exec(ctx.text.slice(ctx.s.start, at));
  if (!clause || notDone(ctx.text, f, partner.end, ctx.s.start, ctx.mentions)) return undefined;
  const pronoun = ctx.s.start + clause.index + (/^[，,]/.test(clause[0]) ? 1 : 0);
  const named = before.at(-2);
  const host = named ?? (carried ? { ...carried, start: pronoun, end: pronoun + 1 } : undefined);
  return host ? { found: f, agent: host, partner, ...(named ? {} : { carried: true as const }) } : undefined;
}

/** 同X举行会谈: the host before 同 meets X; 同X共同主持 / 与X共同会见: both do it. */
function partnered(ctx: SentenceContext, f: Found, g: Group, earlier?: Group): Binding {
  const host = hostOfPartner(ctx, g) ?? earlier;
  if (!host) return { found: f, agent: g };
  if (f.pred.rel === 'MET' && MUTUAL_MET.includes(f.word)) return { found: f, agent: host, partner: g };
  if (f.pred.guestMet && visitingGuest(ctx, f, g)) return { found: f, agent: host, partner: g };
  return { found: f, agent: { ...host, persons: [...host.persons, ...g.persons], end: g.end }, host };
}

/**
 * The partner of a discussion is a named guest on a visit (与来访的…郭伟勋一行进行座谈, 与来津调研的…阿东一行座谈): the
 * hosts sit down with him as they would receive him, a meeting; a forum's partners told by kind (同企业负责人座谈) are
 * its participants.
 */
function visitingGuest(ctx: SentenceContext, f: Found, g: Group): boolean {
  if (g.persons.length === 0) return false;
  const mark = partnerMark(ctx, f);
  // (周建清分别与…总领事阿扎姆焦恩·马恩苏洛夫、…总领事路易斯·卡尔沃…座谈交流: each in turn, one talk each.)
  if (ctx.text.slice(Math.max(ctx.s.start, mark - 2), mark) === '分别') return true;
  const rest = ctx.text.slice(g.persons.at(-1)!.end, f.start);
  const party = /^(?:等)?一行/.test(rest);
  // (与中国进出口银行董事长吴富林座谈, 与国开行福建省分行党委书记、行长曾丽卿座谈: one or two named heads, no others by
  // kind after them: a meeting with them.)
  // (…周继军与…副总经理赵大春在北京座谈, 与…进行座谈: where, or the verb's helper, between them.)
  // (…马相忠与王光庆围绕主题宣传、媒体融合…进行座谈交流: what it was about, too.)
  const few = g.persons.length <= 2 && FEW_BETWEEN.test(rest) && /^(?:进行了?)?(?:座谈(?:交流)?|交流座谈)$/.test(f.word);
  return party || few || VISITING.test(ctx.text.slice(mark, f.start));
}
const FEW_BETWEEN = /^(?:在[^，。；、的]{1,10})?(?:(?:围绕|就)[^，。；]{1,40}?)?(?:进行)?$/;
const VISITING = /来访|到访|[来到赴][^，。；的]{0,8}(?:调研|考察|访问|视察|检查|指导|慰问)的/;
