// The event grammar as data: verbs and phrases of political news → relation, role and the event they make or name.
import type { EventKind } from '../../model/types.ts';
import { sortLongestFirst } from '../../../ingest/extract/lexicon/words.ts';

/** What a person does to an event (or, MET, to another person) by a predicate. */
export type Relation = 'CHAIRED' | 'LED' | 'ATTENDED' | 'ADDRESSED' | 'MET';

/**
 * What the predicate's object is: `meeting` (a meeting named after it, else the story's own), `talks` (the story's
 * talks: 参加会见), `visit` (the predicate itself is a visit, its places after or before it), `person` (MET: the
 * guests after it, or its partner before it: 同X举行会谈), `story` (the story's happening: 陪同, bare 出席), `made`
 * (the predicate makes its event: 会见记者 is a press conference; with `partner`, 同X座谈 a 座谈会 with X).
 */
export type ObjectKind = 'meeting' | 'talks' | 'visit' | 'person' | 'story' | 'made' | 'rite';

export interface Predicate {
  words: readonly string[];
  rel: Relation;
  object: ObjectKind;
  /** The event a visit, talks or `made` predicate makes. */
  kind?: EventKind;
  /** `made`: the name of the event it makes (座谈 → 座谈会). */
  label?: string;
  /** Done with someone named in a partner phrase right before it (同X座谈): its agent stands before 同. */
  partner?: boolean;
  /** `made`, with a partner: what the partner phrase must name for the predicate to make its event (记者). */
  partnerIs?: RegExp;
  /** `made`, with a partner: a named guest visiting (同来访的X一行座谈) is met, not joined at a forum. */
  guestMet?: true;
  /** A word too short to stand alone (率: 效率, 坦率) is a predicate only where what follows it matches. */
  followedBy?: RegExp;
  /** …or only where what precedes it in its sentence matches (到 after 一行: a party's going). */
  precededBy?: RegExp;
  /** Only where no later predicate of its relation in the sentence names the act better (一行来我市考察: 考察). */
  unlessLater?: true;
  /** `story`: only where the story told a visit led (`visit`: 全程陪同), or none (`meeting`: 传达…精神). */
  storyIs?: 'visit' | 'meeting';
  /** The role as a reader names it, where the words are only its verb (提出了 …意见建议 → 提出意见建议). */
  role?: string;
  /** Only in the story's first sentence: told later, the act is background to another happening. */
  leadOnly?: true;
}

/** A visit abroad by its kind (进行国事访问): a state visit. */
export const STATE_VISITS: readonly string[] = [
  '进行国事访问', '进行正式访问', '进行正式友好访问', '进行友好访问', '进行工作访问', '进行访问',
  // (展开一天的工作访问: Singapore's and Malaysia's word for 进行.)
  '展开国事访问', '展开正式访问', '展开工作访问', '展开访问',
  // (前往日本进行为期六天的正式访问: how long it lasts between the verb and the kind.)
  '国事访问', '正式访问', '正式友好访问', '友好访问', '工作访问',
];

/**
 * A speech delivered, by its verb, its kind and its noun (发表主旨讲话, 发表了重要讲话, 作主旨发言, 发表书面讲话): one
 * word each, so that a joined predicate (…大会，并发表主旨讲话) starts right after its joiner.
 */
// (做了大会发言: 做 for 作, as local papers often print it.)
const SPEECHES_DELIVERED: readonly string[] = ['发表', '发表了', '作', '作了', '做', '做了'].flatMap((verb) =>
  // 引导: the lead-in remarks that open a working dinner's discussion (就能源转型作引导发言); the kinds a meeting's
  // speeches are told by (出席并作动员讲话, 作交流发言, 作表态发言, 作大会发言).
  [
    ...['', '重要', '主旨', '特别', '书面', '电视', '视频', '即席', '简短', '总结', '引导', '热情洋溢的'],
    ...['动员', '部署', '交流', '大会', '主题', '共同', '表态', '典型', '专题', '辅导', '点评'],
    // (率中国政府代表团出席会议，并作一般性发言: a delegation's statement to an assembly's general debate.)
    '一般性',
  ].flatMap((kind) =>
    // (安华在东博会开幕礼发表演说: 演说, as Malaysian and Taiwanese papers print it.)
    ['讲话', '演讲', '演说', '致辞', '发言', '祝酒辞', '祝酒词'].map((noun) => verb + kind + noun),
  ),
);

/**
 * A report, a briefing or the work laid out, given to a meeting by its verb and how or of what it was given (就…进行了
 * 汇报, 做了详细的汇报, 吴应建就营造林…作了专项汇报, 就中考考务具体工作作了布置): one word each.
 */
const REPORTS_GIVEN: readonly string[] = ['作', '作了', '做', '做了', '进行', '进行了'].flatMap((verb) =>
  ['', '详细', '详细的', '详尽', '详尽的', '简要', '简要的', '全面', '全面的', '重点', '专题', '专项', '工作', '具体']
    .flatMap((how) =>
    ['汇报', '介绍', '布置', '讲解'].map((what) => verb + how + what),
  ),
);

/** An address by its occasion (致开幕词, 致欢迎辞, 致贺词), in both spellings of 辞. */
// (王震致悼词 at a memorial; 副省长胡云致推介辞 at a fair's opening.)
const ADDRESSES_DELIVERED: readonly string[] = [
  // (崔天凯大使…向出席招待会的华侨华人朋友致新春贺辞: a new year's, by the lunar calendar too.)
  // (张亚东致公祭词 at a rite for martyrs; 新任总董…致就职辞 at an association's inauguration.)
  ...['开幕', '闭幕', '欢迎', '答谢', '答', '祝酒', '贺', '新年贺', '新春贺', '悼', '推介', '祝', '公祭', '祭', '就职', '颁奖'],
].flatMap((kind) => ['词', '辞'].flatMap((noun) => [`致${kind}${noun}`, `致了${kind}${noun}`]));

/** The work laid out to a meeting (作工作部署, 做了重要工作部署, 进行了全面部署): by one who leads it. */
const WORK_LAID_OUT: readonly string[] = [
  ...['作', '作了', '做', '做了'].flatMap((verb) =>
    ['', '重要', '全面'].flatMap((kind) => ['工作部署', '工作布置', '动员部署'].map((what) => verb + kind + what)),
  ),
  // (卜繁钢对各工作组下一阶段工作进行了部署; 鲁荣锋对信访稳定重点工作作出部署.)
  ...['作', '作了', '做', '做了', '进行', '进行了', '作出', '作出了', '做出', '做出了'].flatMap((verb) =>
    ['全面部署', '部署', '工作部署'].map((what) => verb + what)),
  // (张冰旭同志就村级换届工作做了全面细致的安排: the work arranged, by how.)
  ...['作了', '做了', '作出', '作出了', '做出了', '进行了'].flatMap((verb) =>
    ['', '全面', '具体', '详细', '全面细致的', '具体的', '详细的'].map((how) => `${verb}${how}安排`)),
];

/** A report made, by its kind (作工作报告, 作了辅导报告, 作专题报告, 作宣讲报告). */
const REPORTS_MADE: readonly string[] = ['作', '作了', '做', '做了'].flatMap((verb) =>
  // (蔡晓星书记做动员报告: the report that opens a campaign.)
  // (陆士桢教授作了首场报告: the first of a series.)
  // (陈焕春、王金南作主旨报告: a congress's keynotes; 特邀报告, 学术报告 likewise.)
  ['', '工作', '政府工作', '常委会工作', '主题', '专题', '辅导', '专题辅导', '学习辅导', '形势', '宣讲', '动员', '首场', '一场',
    '主旨', '特邀', '学术'].map((kind) => `${verb}${kind}报告`),
);

/** Joining a visit's discussion, by its verb (参加调研座谈, 参加接待和交流座谈): attendance at a 座谈会. */
export const DISCUSSIONS_JOINED: readonly string[] = [
  '参加调研座谈会', '参加调研座谈', '参加交流座谈', '参加接待和交流座谈', '参加座谈交流',
];

/** A lecture given (作专题讲座, 作了辅导讲座): at a study session, a speech. */
const LECTURES_GIVEN: readonly string[] = ['作', '作了', '做', '做了'].flatMap((verb) =>
  ['', '专题', '辅导', '学习'].map((kind) => `${verb}${kind}讲座`),
);

/**
 * Views exchanged with a named counterpart (分别同新西兰议长布朗利，…卡特等深入交流): talks; with those told by kind
 * (与人大代表深入交流) they are part of a visit, no talks.
 */
export const VIEWS_EXCHANGED: readonly string[] = [
  '深入交流', '进行深入交流', '进行了深入交流', '深入交换意见', '交换意见', '进行交流', '进行了交流',
];

/** MET verbs both sides do together: a partner before them (同X举行会谈) is the guest; before 会见 a co-host. */
export const MUTUAL_MET = [
  '举行会谈', '举行了会谈', '举行会见', '举行了会见', '举行会晤', '举行了会晤', '举行视频会晤', '会谈', '会晤', '通电话', '视频通话',
  '通话', '通过电话',
  // (胡锦涛星期六和布什通了电话: the call as foreign press tells it.)
  '通了电话',
  // A leader's call with astronauts in orbit (同神舟十二号航天员聂海胜、刘伯明、汤洪波天地通话).
  '天地通话',
  // (分别同…奥云额尔登、…巴特策策格等会见会谈: both, with each.)
  '会见会谈', '会见并会谈',
  '会面交谈', '会面', '进行了简短会见', '进行简短会见', '进行了会见', '进行会见', '举行简短会见', '举行了简短会见',
  '简短会见', '举行简短会谈', '举行了简短会谈',
  // (郝林娜与骆家辉大使进行了短暂的会晤; …与…米利班德视频会见.)
  ...['进行了', '进行', '举行了', '举行', ''].flatMap((verb) =>
    ['短暂的', '短暂', '简短的'].flatMap((how) => ['会晤', '会见', '会谈'].map((talk) => verb + how + talk)),
  ),
  '视频会见', '视频会谈', '视频会晤', '举行视频会见', '举行视频会谈', '进行视频会见', '进行视频会谈',
  // A leader's short talk with another on the side of a summit (应约同美国副总统哈里斯简短交谈).
  '简短交谈', '进行简短交谈',
  // A farewell talk before leaving (同越共中央总书记阮富仲和夫人吴氏敏话别).
  '话别',
  // A dialogue held with a named counterpart (同蒂默曼斯举行第四次中欧环境与气候高层对话); 对话会 is a forum.
  '举行对话', '进行对话', '高层对话', '战略对话', '高级别对话', '财金对话', '经贸对话',
  // Consultations between two counterparts (曹雪涛副主任与劳特巴赫部长举行对口磋商); 政府磋商 is a named meeting.
  '举行磋商', '举行对口磋商', '进行磋商', '进行对口磋商', '进行了磋商', '举行了磋商', '进行了对口磋商',
  // A summit held with named partners by video (和默克尔、马克龙举行三方视像峰会); 峰会 alone is a meeting attended.
  ...['举行', '举行了', ''].flatMap((verb) =>
    ['三方', '双边', ''].flatMap((sides) => ['视频峰会', '视像峰会'].map((s) => verb + sides + s)),
  ),
  '视像会晤', '举行视像会晤', '视像会谈', '举行视像会谈', '视像会见',
  // Two leaders' summit talks, as Taiwan, Hong Kong and the Japanese and Korean press name them (和日本首相岸田文雄举行
  // 高峰会; 同…举行首脑会谈).
  ...['举行', '举行了'].flatMap((verb) => ['高峰会', '首脑会谈', '首脑会晤', '峰会会谈'].map((talk) => verb + talk)),
  // (他应邀与李强进行双边会谈: talks between two sides, so called.)
  ...['进行了', '进行', '举行了', '举行', ''].flatMap((verb) => ['会谈', '会晤'].map((talk) => verb + '双边' + talk)),
  // (…苗得雨同…德罗比宁，举行新一轮中俄外交政策磋商: named by their subject.)
  '外交政策磋商', '政治磋商', '战略磋商', '外交磋商', '领事磋商',
  // A talk held with a named counterpart (就美中关系与谢锋进行交谈); 交谈 alone is a leader's chat with those he visits.
  '进行交谈', '进行了交谈',
  ...VIEWS_EXCHANGED,
];

/** Not a visit named right after (…滕永忠全程陪同视察活动: 陪同视察, whatever the story led). */
const NO_VISIT_AFTER = /^(?!视察|调研|考察|检查|督查|参观|慰问|看望|走访)/;

/** Visits others may escort, join or go along with (陪同调研, 参与检查, 随同督察). */
export const ESCORTED_VISITS = ['调研', '考察', '视察', '看望', '慰问', '检查', '督查', '督察', '督导', '参观', '走访', '巡查',
  '巡视', '巡考',
  // (区领导潘军、潘恩华、李士权等参加学习考察: a delegation's study tour.)
  '学习考察', '考察学习'];

/** Escorting a whole visit (陪同访问, 随同出访): the story's visit, if it tells one. */
export const WHOLE_VISIT_ESCORTS = ['陪同', '随同'].flatMap((how) => ['访问', '出访'].map((visit) => how + visit));

/** A part of the day, perhaps with its hour (上午, 晚上, 早晨七时四十分): printed after the day. */
export const DAY_PART =
  '(?:[上中下]午|晚上?|早上|早晨|清晨|凌晨|傍晚)(?:[0-9０-９一二三四五六七八九十]{1,3}时(?:[0-9０-９一二三四五六七八九十]{1,3}分)?)?';

/** A party, perhaps counted (刘旭光一行11人, 督查组一行人). */
export const PARTY_WORD = '一行(?:[0-9０-９一二三四五六七八九十]{0,3}人)?';

/** Longest first where one word starts another (主持召开 before 主持): `matchAt` tries longer words first. */
/** An oath taken, led or repeated at a ceremony (宣誓, 领誓, 跟诵誓词). */
export const OATHS_TAKEN = ['进行了宪法宣誓', '进行宪法宣誓', '宣誓就职', '宣誓', '领誓', '领诵誓词', '跟诵誓词', '诵读誓词', '宣读誓词'];

export const PREDICATES: readonly Predicate[] = [
  { words: ['主持召开', '主持举行', '主持'], rel: 'CHAIRED', object: 'meeting' },
  // 在X的监誓下: who oversaw the story's oath, told before it was taken.
  { words: ['的监誓下'], rel: 'ATTENDED', object: 'story' },
  { words: ['召开', '召集'], rel: 'CHAIRED', object: 'meeting' },
  {
    words: [
      ...['参加会见', '参加接见', '参加会谈', '参加会晤', '参加上述活动', '参加上述会见', '参加有关活动', '出席上述活动'],
      ...['参加了会见', '参加了会谈', '参加了接见'],
      '出席有关活动',
      // 张又侠陪同接见: the escort of a reception is at it, not at the visit it fell in.
      '陪同接见',
      '陪同会见',
      // Local papers' officials present, seated in (副市长张春香会见时在座, 会谈时在座).
      '会见时在座', '会面时在座', '会晤时在座',
      '会谈时在座',
    ],
    rel: 'ATTENDED',
    object: 'talks',
  },
  // (会见时，…总领事安蓝，省政府秘书长李小敏及有关方面负责人在座: seated in, as the clause ends; not 在座的各位.)
  { words: ['在座'], rel: 'ATTENDED', object: 'talks', followedBy: /^(?:[。，；]|$)/ },
  // (省委常委、省委秘书长王嘉毅一同会见。: with the host, no guest named after it: present at the talks.)
  { words: ['一同会见', '一起会见', '一同会谈', '一同接见'], rel: 'ATTENDED', object: 'talks', followedBy: /^(?:[。；]|$)/ },
  { words: ['出席', '参加', '列席', '参会', '与会', '到会'], rel: 'ATTENDED', object: 'meeting' },
  // A meeting a superior or a supervising group guides, there (参加并指导了省委班子的专题民主生活会, 来到兰考指导…民主
  // 生活会, 到会指导); not work guided (指导防汛工作).
  {
    words: ['参加并指导了', '参加并指导', '指导了', '指导'],
    rel: 'ATTENDED',
    object: 'meeting',
    // (Not others guided to hold one: 督促指导相关单位党委召开专题民主生活会.)
    followedBy: /^(?![^，。；]*?(?:召开|开好|举行|开展))[^，。；：“”]{2,40}?(?:生活会|会议|大会|座谈会)(?=[，。；]|$)/,
  },
  // (副县长余志民亲临这次大会指导工作: came in person to the meeting it names; 亲临考察 is a visit of his own.)
  {
    words: ['亲临'],
    rel: 'ATTENDED',
    object: 'meeting',
    followedBy: /^(?:了)?(?:这次|此次|本次|今天的)?[^，。；、]{0,16}?(?:大会|会议|仪式|典礼|开幕式|座谈会|活动)/,
  },
  // (…方明、刘艳等在石首分会场参加学习。: the story's study session, as the clause ends.)
  { words: ['参加学习', '参加了学习'], rel: 'ATTENDED', object: 'story', followedBy: /^(?:[。，；]|$)/ },
  // Watching a trial or a sitting from the public seats (省人大代表余敏辉、刘红丽受邀旁听庭审活动): there.
  { words: ['旁听了', '旁听'], rel: 'ATTENDED', object: 'meeting' },
  // (西雅尔多参与会议后表示: took part in the story's meeting; 参与 alone is any taking part.)
  { words: ['参与会议'], rel: 'ATTENDED', object: 'story' },
  // Present at the story's occasion in person, or at its main venue (莫尔古洛夫亦亲临现场; 王晓、林新长…在主会场，…在分
  // 会场参会), as the clause ends.
  {
    // (…柯文哲、…吴欣盈等人都有到场。: came to it, as Taiwan's press says.)
    // (县委书记石玉华，…张燕到场观看。: came to watch it.)
    // (…阿披实等政要悉数到场: all of them.)
    // (…署长蔡孟良、…理事长林永承等长官、贵宾莅临，向…选手献上祝福: graced it with their presence.)
    words: ['亲临现场', '莅临现场', '到场祝贺', '到场观看', '在主会场', '有到场', '悉数到场', '到场', '莅临'],
    rel: 'ATTENDED',
    object: 'story',
    followedBy: /^(?:[。，；]|$)/,
  },
  // 观看演出, 一同观看: the audience of a performance the sentence names (a film or a drill watched is none).
  { words: ['一同观看', '共同观看', '观看了', '观看'], rel: 'ATTENDED', object: 'meeting' },
  {
    words: [
      // (…臧志军，…杨联继一同检查: going along on the visit, by its own verb; 一同参观 is a tour of their own.)
      ...['一同', '一起'].flatMap((how) => ESCORTED_VISITS.filter((v) => v !== '参观').map((verb) => how + verb)),
      // (一同前来检查的…领导还有…: come along on it.)
      ...['一同前来', '一起前来', '随同前来'].flatMap((how) => ESCORTED_VISITS.map((verb) => how + verb)),
      '一同出席',
      '陪同',
      // (…黄娟等相关领导负责陪同: charged with escorting it.)
      '负责陪同',
      // (…副总裁薄启亮…陪同访问和调研: escorting a visit abroad, the going along of one.)
      ...WHOLE_VISIT_ESCORTS,
      // Escorting a visit, joining it (…校长肖武以及八都党委政府主要负责同志参与调研), going along with its leader
      // (检察长李丽随同调研; 县领导陈光良、欧阳卫华、韩凌飞随同督察).
      ...['陪同', '参与', '随同', '参加'].flatMap((how) => ESCORTED_VISITS.map((verb) => how + verb)),
    ],
    rel: 'ATTENDED',
    object: 'story',
  },
  // Those who sign for each side at the story's signing (韩广杰与副区长陈允璨分别代表双方签约; …在协议上签字).
  {
    words: ['代表双方签约', '代表双方签字', '代表双方签署', '代表双方签订', '代表双方在协议上签字', '代表双方在协议上签约'],
    rel: 'ATTENDED',
    object: 'story',
  },
  // Hosts who received the visitors by their kind (排气管单元总监陈洪泉、工厂副总经理兰瑞林热情接待了来宾).
  {
    words: ['热情接待了', '热情接待', '接待了', '接待'],
    rel: 'ATTENDED',
    object: 'story',
    // (…张德祥、副院长章志军…接待此次视察调研活动: the visit they received, by its kind.)
    // (…等校领导在…接待了张主任一行: a party by its leader.)
    followedBy: new RegExp(
      '^(?:来宾|客人|贵宾|嘉宾|考察团|调研组|代表团|访问团|检查组|督导组|[^，。；的]{0,8}?一行' +
        '|(?:此次|这次|本次)[^，。；]{0,6}(?:视察|调研|考察|检查|督查))',
    ),
  },
  // Otherwise, a guest received by name (副省长梁黎明女士接待了古巴共和国驻上海总领事…): the host met him.
  {
    words: ['热情接待了', '热情接待', '接待了', '接待'],
    rel: 'MET',
    object: 'person',
    kind: 'talks',
    followedBy: /^(?![室处站厅中工能量人])/,
  },
  // Those a leader's visit took along (副区长谢晖，区工信局局长邓婷等随行), not those who travel with him (随行记者).
  // (…副镇长李强、镇“美丽家园”办公室龙利华陪行。: escorting, as the sentence ends.)
  // (县委常委、副县长唐承威，相关县直单位和乡镇负责人随同。)
  { words: ['随行', '陪行', '随同'], rel: 'ATTENDED', object: 'story', followedBy: /^(?:[，。；]|$)/ },
  { words: ['集体会见', '分别会见', '共同会见', '会见', '接见'], rel: 'MET', object: 'person', kind: 'talks' },
  // (出席金砖国家外长正式会晤。会晤由南非外长西苏鲁主持: the meeting named again, chaired by one, is no talks.)
  { words: ['会晤'], rel: 'MET', object: 'person', kind: 'talks', followedBy: /^(?!由)/ },
  // A courtesy call (在京拜会国家发展改革委主任…): the one called on receives the caller (see COURTESY_CALLS).
  // (驻日本大使吴江浩往见日本外务事务次官森健良: an envoy's call, in the diplomatic word.)
  { words: ['拜会了', '拜会', '拜访了', '拜访', '往见'], rel: 'MET', object: 'person', kind: 'talks' },
  {
    // 会晤 alone is with the first list (X会晤Y); held together, it is here (同X举行会晤).
    words: MUTUAL_MET.filter((w) => w !== '会晤'),
    rel: 'MET',
    object: 'person',
    kind: 'talks',
  },
  // The hosts of a press conference speak at it (习近平同马克龙会谈后共同会见记者); those present attend it.
  {
    words: [
      '共同会见中外记者',
      '共同会见了中外记者',
      '共同会见记者',
      '共同会见了记者',
      '会见中外记者',
      '会见记者',
      '会见了记者',
      '共同会见媒体记者',
      // (…举行中澳总理年度会晤并共见记者: the short form.)
      '共见记者',
    ],
    rel: 'ADDRESSED',
    object: 'made',
    kind: 'press conference',
    label: '会见记者',
  },
  // 同X座谈(交流): a discussion its agent holds with X (同德国企业负责人座谈交流); not 座谈会, a noun.
  {
    words: [
      '进行座谈交流', '座谈交流', '进行座谈', '座谈',
      // (并与…企业家代表进行了交流座谈.)
      '进行了座谈交流', '进行了交流座谈', '进行交流座谈', '交流座谈', '进行了座谈',
    ],
    rel: 'ATTENDED',
    object: 'made',
    kind: 'forum',
    label: '座谈会',
    partner: true,
    guestMet: true,
  },
  // The discussion held on a visit, joined by those received (…一行来我局调研…，…副局长宋培杰及…负责同志参加调研座谈):
  // a 座谈会, not the going that 参加调研 would be.
  {
    words: DISCUSSIONS_JOINED,
    rel: 'ATTENDED',
    object: 'made',
    kind: 'forum',
    label: '座谈会',
  },
  // Trees planted by officials with the public, the activity unnamed (…陈敏尔，…孙志刚在…公园，与干部群众一起义务植树):
  // the day's planting, attended (not 参加首都义务植树活动, named by its noun).
  {
    words: ['义务植树'],
    rel: 'ATTENDED',
    object: 'story',
    followedBy: /^(?:[，。；]|$)/,
  },
  // A banquet its host gives for the guests named after it (周恩来总理在…楼外楼菜馆设便宴招待…副总理吴巴瑞).
  {
    words: ['设宴招待', '设便宴招待', '设宴款待', '设便宴款待', '设宴欢迎', '设宴宴请'],
    rel: 'CHAIRED',
    object: 'made',
    kind: 'ceremony',
    label: '宴会',
  },
  // 同X集体谈话: a leader's talk with a body's new leadership, where he speaks and others are present.
  {
    // (镇党委书记胡盛云与全体…候选人进行了集体谈心谈话: a talk with candidates before an election.)
    words: ['集体谈话', '集体谈心谈话', '进行了集体谈心谈话', '进行集体谈心谈话', '谈心谈话', '进行了谈心谈话'],
    rel: 'ATTENDED',
    object: 'made',
    kind: 'meeting',
    label: '集体谈话',
    partner: true,
  },
  // 同中外记者见面: leaders meeting the press, an occasion they attend (not 与…人士见面 on a trip, told in passing).
  {
    words: ['亲切见面', '见面'],
    rel: 'ATTENDED',
    object: 'made',
    kind: 'press conference',
    label: '见面会',
    partner: true,
    partnerIs: /记者|媒体|新闻界/,
  },
  // A party lecture given (到联系点讲授专题党课, 为党员讲党课): its speaker addresses it.
  {
    words: ['讲授专题党课', '讲专题党课', '讲授党课', '讲党课', '上专题党课', '讲了专题党课', '讲了一堂专题党课'],
    rel: 'ADDRESSED',
    object: 'made',
    kind: 'meeting',
    label: '党课',
  },
  // Requirements laid down, a report made at the story's meeting (副县长郑进武就健康扶贫工作提出具体要求; …陈松华汇报我县武装
  // 工作形势): its speakers; on a visit, the host's account to the visitor, or the visitor's words to those visited.
  {
    words: [
      '提出要求', '提出了要求', '提出具体要求', '提出了具体要求', '提出明确要求', '提出了明确要求',
      // (镇长徐思达对…提出了明确的整改要求; 提出三点要求: what was required, and how many points.)
      ...['', '了'].flatMap((le) => ['明确的', '整改', '明确的整改', '两点', '三点', '四点', '几点'].map((k) => `提出${le}${k}要求`)),
    ],
    rel: 'ADDRESSED',
    object: 'story',
    storyIs: 'meeting',
  },
  // A mobilisation given at the story's meeting (…督察组组长马中平…分别作了讲话，四川省委书记彭清华进行了进驻动员): its
  // speaker.
  {
    words: [
      ...['进行', '进行了', '作', '作了', '做', '做了'].flatMap((v) => ['动员', '动员部署', '进驻动员', '再动员'].map((k) => v + k)),
      // (…总指挥长汪莹纯发布动员令，要求…: the order given in a speech.)
      ...['发布', '发布了', '下达', '下达了', '发出', '发出了'].map((v) => `${v}动员令`),
    ],
    rel: 'ADDRESSED',
    object: 'story',
    storyIs: 'meeting',
    followedBy: /^(?:[，。；]|$)/,
  },
  // A lecture told by its count, at the story's meeting (…李续宗为老同志们上了一堂心理健康知识讲座, …胡依仁为老同志们
  // 讲授了一堂主题教育党课).
  { words: ['讲授了一堂', '上了一堂'], rel: 'ADDRESSED', object: 'story', followedBy: /^[^，。；“”]{0,16}(?:讲座|党课)/ },
  // Experience shared, views given at the story's meeting (…等3位老书记，先后上台分享工作经验; …等高层次人才代表结合工作
  // 实际，纷纷表示…): its speakers; on a visit, what those visited say.
  {
    words: ['上台分享', '作经验分享', '作了经验分享', '进行经验分享', '进行了经验分享', '纷纷表示'],
    rel: 'ADDRESSED',
    object: 'story',
    storyIs: 'meeting',
  },
  // 为X送别: mourners at a leader's farewell (…等到医院为江泽民同志送别), a rite of its own; X is the deceased, not a partner.
  { words: ['送别'], rel: 'ATTENDED', object: 'made', kind: 'ceremony', label: '送别' },
  // (省委书记阮成发、代省长王予波…并共同见证签约: witnesses of a signing attend it; 见证 alone is most often a figure,
  // 见证了…变化.)
  {
    words: ['共同见证签约', '一同见证签约', '见证签约', '共同见证了签约', '见证了签约'],
    rel: 'ATTENDED',
    object: 'made',
    kind: 'ceremony',
    label: '签约仪式',
  },
  // Hong Kong's word for officiating as a guest of honour (李家超出席主礼并致辞, 麦美娟担任主礼嘉宾): present at the story's
  // occasion, which the sentence does not name.
  {
    words: ['出席主礼', '担任主礼嘉宾', '出任主礼嘉宾', '任主礼嘉宾', '担任主礼人'],
    rel: 'ATTENDED',
    object: 'story',
    followedBy: /^(?:[。，；并]|$)/,
  },
  // (…梁唐青仪，大紫荆勋贤李业广主礼，…出席同庆; 开幕典礼由…李家超和马会主席利子厚主礼: officiating, the verb alone.)
  {
    words: ['主礼'],
    rel: 'ATTENDED',
    object: 'story',
    followedBy: /^(?:[。，；并]|$)/,
  },
  // 参加谈话: present at the story's talk (…集体谈话。石泰峰、李干杰参加谈话。).
  { words: ['参加谈话', '参加了谈话'], rel: 'ATTENDED', object: 'story' },
  // 同各界人士欢聚一堂: those gathered with others at the story's reception are there; so are those gathered, listed
  // (市领导韩正、杨雄…和叶公琦…等老同志们欢聚一堂).
  { words: ['欢聚一堂', '齐聚一堂', '共聚一堂'], rel: 'ATTENDED', object: 'story', partner: true },
  // (龚俊强董事长、…陈旭成主任等企业家代表就…提出了很好的意见, 王民等与会专家就…建言献策: views offered to the story's
  // meeting; not on a visit, where those received say what they need.)
  {
    words: ['提出了', '提出'],
    rel: 'ADDRESSED',
    object: 'story',
    storyIs: 'meeting',
    followedBy: /^[^，。；]{0,10}?(?:意见建议|意见和建议|很好的意见|宝贵意见|宝贵的意见)/,
    role: '提出意见建议',
  },
  { words: ['建言献策'], rel: 'ADDRESSED', object: 'story', storyIs: 'meeting' },
  // 作了关于…的报告 / 说明 / 汇报: what follows names the report, not the meeting it was made at.
  { words: ['作了关于', '作关于'], rel: 'ADDRESSED', object: 'story' },
  // (…龙红山作了《加快推进…》的主题报告, 吴伟仁院士作《深空探测…》专题报告: a report named by its title, made to the
  // meeting the story is about.)
  {
    words: ['作《', '作了《', '做《', '做了《'],
    rel: 'ADDRESSED',
    object: 'story',
    followedBy: /^[^》。；]{1,60}》的?[^，。；《》]{0,8}(?:报告|讲座|讲话|发言|演讲|辅导)/,
  },
  // 在会上宣读了…贺信: whoever reads a letter or a decision out at a meeting is there.
  { words: ['宣读了', '宣读'], rel: 'ATTENDED', object: 'story' },
  // (市委书记覃卫国下达开工令: the order given at a groundbreaking, the story's.)
  { words: ['下达开工令', '下达开工动员令', '下达了开工令'], rel: 'ATTENDED', object: 'story' },
  // (中央组织部常务副部长沈跃跃宣布中央决定; 新区党群工作部副部长蒋超宣布干部任免决定: announcing appointments to the
  // meeting convened for them.)
  {
    words: [
      '宣布中央', '宣布了中央', '宣布省委', '宣布了省委', '宣布市委', '宣布了市委', '宣布县委', '宣布了县委',
      '宣布干部任免', '宣布了干部任免', '宣布任免', '宣布了任免', '宣布任职', '宣布了任职', '宣布人事任免',
    ],
    rel: 'ATTENDED',
    object: 'story',
    followedBy: /^[^，。；]{0,40}?(?:决定|任免|任职|通知|批复)/,
  },
  // 在会上传达习近平重要指示并讲话: so is whoever conveys an instruction to it.
  { words: ['在会上传达'], rel: 'ATTENDED', object: 'story' },
  // (李建刚对…会议精神作了传达, 宋依佳传达了…讲话: conveyed to the story's meeting, whatever meeting the spirit is of;
  // not 传达学习, the meeting's own act, 主持召开…会议，传达学习…精神.)
  { words: ['作了传达', '作传达', '进行了传达', '进行传达', '传达了'], rel: 'ADDRESSED', object: 'story' },
  // (…茅临生和…姚克，分别向老同志传达…会议精神: a meeting's spirit passed on by one at the story's meeting; not 传达学习,
  // what the meeting did.)
  // On a visit, instructions passed on to those visited (张国清向基层干部群众传达…指示精神) are part of it.
  { words: ['传达'], rel: 'ADDRESSED', object: 'story', followedBy: /^(?!学习)[^，。；]{2,60}?精神/, storyIs: 'meeting' },
  // (…朱明义等有关负责同志全程陪同: the whole of a visit the story told led; at a meeting, a journey of days, no one
  // event: …黎怀忠全程陪同.)
  { words: ['全程陪同', '一路陪同'], rel: 'ATTENDED', object: 'story', storyIs: 'visit', followedBy: NO_VISIT_AFTER },
  // Those who looked over a site with the leader whose visit the story told (市领导陈锡明、叶华一同察看。).
  {
    words: ['一同察看', '一起察看', '一同查看', '一起查看', '一同检查', '一同视察'],
    rel: 'ATTENDED',
    object: 'story',
    storyIs: 'visit',
    followedBy: /^(?:[，。；]|$)/,
  },

  // 国务院总理李强监誓: who oversees an oath is at its ceremony.
  { words: ['监誓'], rel: 'ATTENDED', object: 'story' },
  // So are those who take it, lead it or repeat it (蒋崇华向宪法庄重宣誓。; 由…马荣界领誓; …沈春耀跟诵誓词。), as the clause
  // ends (not 宣誓仪式, 宣誓人).
  {
    words: OATHS_TAKEN,
    rel: 'ATTENDED',
    object: 'story',
    followedBy: /^(?:[。，；！]|$)/,
  },
  // Present to watch the story's ceremony, or to keep the host's guests company (…张博雅均在场观礼。; …丁懋时在场作陪。).
  {
    words: ['在场观礼', '到场观礼', '现场观礼', '应邀观礼', '观礼', '在场作陪', '出席作陪', '作陪'],
    rel: 'ATTENDED',
    object: 'story',
    followedBy: /^(?:[。，；]|$)/,
  },
  // Seated on the rostrum of the story's meeting (石泰峰、…、杨震在主席台前排就座).
  // (…执行主席李鸿忠、…刘奇在主席台执行主席席就座.)
  {
    words: [
      ...['在主席台前排就座', '在主席台执行主席席就座', '在主席台就座', '执行主席席就座', '主席台就座'],
      // (…常务主席侯红、高建军…在大会主席台前排就座; 在主席台上就座.)
      ...['在大会主席台前排就座', '在大会主席台就座', '在主席台上就座', '在主席台前排就坐', '在主席台就坐'],
    ],
    rel: 'ATTENDED',
    object: 'story',
  },
  // Answering the press at the story's press conference (王毅就…回答中外记者提问).
  // (胡衡华作主题发布并回答记者提问, 田川出席并回答了记者提问.)
  {
    words: [
      '回答中外记者提问', '回答中外记者的提问', '回答记者提问', '回答了记者提问', '回答记者的提问', '回答了记者的提问',
      '回答记者问', '答记者问', '回答媒体提问', '回答了媒体提问',
    ],
    rel: 'ADDRESSED',
    object: 'story',
  },
  // Starting the story's fair or ceremony together (…高广滨，共同按动农博会启动按钮; …等领导嘉宾共同启动仪式); opening
  // it by curtain, ribbon or gong (…衣庆焘共同为购物节活动启幕, 共同剪彩, …张房有…共同敲响开市锣), or raising its
  // curtain (李家超局长、…与…程况明局长一同为研讨会拉开序幕).
  {
    words: [
      '共同按动', '按动', '共同启动', '共同启幕', '启幕', '共同剪彩', '剪彩', '共同敲响开市锣', '敲响开市锣', '鸣锣开市',
      '拉开序幕', '拉开了序幕', '揭开序幕', '揭开了序幕',
    ],
    rel: 'ATTENDED',
    object: 'story',
    // (在剪彩仪式上讲了话: the ceremony's name, no ribbon cut.)
    followedBy: /^(?!仪式|典礼|活动)/,
  },
  // Lighting the flame of the story's ceremony (易炼红点燃火种盆, 点燃主火炬).
  { words: ['点燃火种盆', '点燃火种', '点燃主火炬', '点燃火炬', '点燃圣火'], rel: 'ATTENDED', object: 'story' },
  // Walking onto the rostrum of the story's ceremony (…等步入主席台，向观众挥手致意).
  { words: ['步入主席台', '走上主席台', '登上主席台'], rel: 'ATTENDED', object: 'story' },
  // Watching a drill, a contest or a show held (…负责同志现场观摩演习; 观摩了…技能竞赛): present at it.
  {
    words: ['现场观摩了', '现场观摩', '观摩了', '观摩'],
    rel: 'ATTENDED',
    object: 'meeting',
    // (Not a list of what was done, 聆听…讲座、…观摩火箭发射等活动.)
    followedBy: /^了?[^，。；、等]{0,16}?(?:演习|演练|比赛|竞赛|大赛|展演|活动)(?:[，。；]|$)/,
  },
  // Guiding the story's meeting from above (镇党委副书记王奖信、组织委员张金莉指导会议), as the clause ends: present at it.
  { words: ['指导会议'], rel: 'ATTENDED', object: 'story', followedBy: /^(?:[。，；]|$)/ },
  // Coming to where the story's event is held (与尹力…来到活动现场，一起观看…): attending it.
  { words: ['来到活动现场', '来到会场', '步入会场'], rel: 'ATTENDED', object: 'story' },
  // Baskets or wreaths laid at a rite the story reported (全国政协举行仪式纪念…。王勇…分别向…塑像敬献花篮).
  {
    words: ['敬献花篮', '敬献了花篮', '敬献花圈', '敬献了花圈', '敬献花环', '献花篮', '献花圈', '献花环'],
    rel: 'ATTENDED',
    object: 'rite',
  },
  // The officiants of a rite of offering the story reported (…春季祭典。…由副县长林建荣擔任主祭，…等人共同陪祭;
  // 恭读祭文): there, whoever leads it.
  {
    words: ['担任主祭官', '担任主祭人', '担任主祭', '共同陪祭', '陪祭', '恭读祭文', '宣读祭文'],
    rel: 'ATTENDED',
    object: 'rite',
  },
  // Mourners at the farewell the story reported (…遗体告别仪式在太原举行。…骆惠宁，…缓步来到…遗体前肃立默哀).
  // (…汪锋等领导人先后向许涤新同志诀别: the last farewell, in turn.)
  { words: ['肃立默哀', '默哀致敬', '三鞠躬', '诀别', '遗体告别'], rel: 'ATTENDED', object: 'rite' },
  // A plaque unveiled at the rite the story reported (…揭牌仪式在京举行。…共同为中心揭牌).
  // (…兰海滨、张朝德向石林县授牌; 梁振英将区旗授予…: a plaque, a banner or a ribbon cut at it, too.)
  { words: ['共同揭牌', '揭牌', '揭幕', '授牌', '授旗', '剪彩', '共同剪彩'], rel: 'ATTENDED', object: 'rite' },
  // A guest reviewing the guard of honour at the welcome held for him (俄方在机场举行隆重迎宾仪式。…习近平检阅…仪仗队).
  { words: ['检阅了', '检阅'], rel: 'ATTENDED', object: 'rite' },
  // (医务卫生局局长卢宠茂…探访居于海怡半岛的双老长者: Hong Kong's word for a call on the needy.)
  { words: ['看望慰问', '走访慰问', '慰问', '看望', '探访'], rel: 'LED', object: 'visit', kind: 'condolence visit' },
  // At a meeting of self-criticism, one's own examination told to it (代表常委会党组作对照检查): no inspection.
  // (…分别联系自身思想实际…进行了个人对照检查: each his own.)
  {
    words: ['作', '作了', '做', '做了', '进行', '进行了'].flatMap((v) => ['', '个人'].map((whose) => `${v}${whose}对照检查`)),
    rel: 'ADDRESSED',
    object: 'story',
  },
  // (在第135届广交会企业馆巡馆: touring an exhibition's halls.)
  // (实地察看…进展情况: looking over a site as the day's act; 现场办公: working on site to settle its problems, not the
  // 现场办公会 held there; 巡河: a river chief's patrol; 巡林, a forest chief's.)
  {
    words: [
      '现场指导', '督查', '督导', '检查', '视察', '暗访', '巡馆', '实地察看', '现场察看', '实地查看', '巡河', '巡湖', '巡林',
      // (国家督查组一行人莅临…项目工地实地考核…工作: an assessment made on the spot.)
      '实地考核',
      // (…对我市全面禁止河道采砂工作进行现场督办: supervising a task's progress on the spot.)
      '现场督办',
      // (来邮察看…险情后，又专程前往湖西督察防汛工作: supervising on the spot.)
      '督察',
      // (巡查组在组长曲俊义带领下对昌黎县开展…安全生产巡查: a tour of inspection.)
      '巡查',
      // (行政院长苏贞昌今天抵马访视: Taiwan's word for an official's visit of inspection.)
      '访视',
    ],
    rel: 'LED',
    object: 'visit',
    kind: 'inspection',
  },
  // (…李雅君带队对部分考点进行了巡视, 一同参加巡考: a tour of the examination halls, of a site; not the party's
  // inspection rounds as a thing, 巡视整改, 巡视反馈意见, 巡视工作领导小组, nor a walk round an exhibition before or after
  // the occasion it serves, 开幕式前，韩正巡视博览会展馆; 丁薛祥巡视…前沿技术展.)
  {
    words: ['巡视', '巡考'],
    rel: 'LED',
    object: 'visit',
    kind: 'inspection',
    followedBy: new RegExp(
      '^(?!整改|反馈|组|员|办|机构|制度|利剑|全覆盖|成果|发现|意见|情况|问题|工作(?:领导|动员|会议|组|专班|条例))' +
        '(?![^，。；]{0,16}?(?:博览会|(?<![发进开拓扩])展(?![开示望现])))',
    ),
  },
  { words: ['现场办公'], rel: 'LED', object: 'visit', kind: 'inspection', followedBy: /^(?!会)/ },
  // Petitioners received by a leader on his reception day (接待来访群众): an occasion he leads.
  {
    words: ['接待来访群众', '接待了来访群众', '接待信访群众', '接访'],
    rel: 'LED',
    object: 'made',
    kind: 'event',
    label: '接待来访群众',
  },
  { words: ['调研', '考察', '走访'], rel: 'LED', object: 'visit', kind: 'research visit' },
  // (…在省委书记张学忠等陪同下，来到田间地头…进行调查研究: research done on the spot, said in full.)
  { words: ['进行调查研究', '开展调查研究'], rel: 'LED', object: 'visit', kind: 'research visit' },
  // A visit paid to the paper's own place (柬埔寨国王西哈莫尼来访我市, …一行到访我县): the visitor led it.
  {
    words: ['来访', '到访'],
    rel: 'LED',
    object: 'visit',
    kind: 'research visit',
    followedBy: /^了?(?:我|本)(?:市|省|区|县|州|旗|盟|镇|乡|街道|村|校|院|所|局|厂|公司|集团)/,
  },
  // A visit paid, told done (张援远大使访问了新西兰北岛中部的新普利茅斯, 相继访问了波兰、波黑和罗马尼亚): he led it.
  {
    words: ['相继访问', '先后访问', '访问'],
    rel: 'LED',
    object: 'visit',
    kind: 'research visit',
    followedBy: /^了(?![^，。；]{0,6}(?:网站|网页|页面|主页|数据库))/,
  },
  // A party's tour, told by its purpose (参访团一行来望江县参观访问, 来河源市观光考察).
  { words: ['参观访问', '参观考察', '观光考察', '考察访问'], rel: 'LED', object: 'visit', kind: 'research visit' },
  {
    words: ['带队', '带领', '率队', '率领', '率团'],
    rel: 'LED',
    object: 'visit',
    kind: 'event',
    // (马里总统杜尔率领高级官员到机场迎接: a welcome at the airport, no visit led.)
    followedBy: /^(?![^，。；]{0,16}(?:迎接|欢迎|送行|送别|迎候))/,
  },
  // 率…代表团: a delegation led on a visit (率中共代表团访问越南, 率我市党政代表团赴深圳市学习考察).
  {
    words: ['率'],
    rel: 'LED',
    object: 'visit',
    kind: 'event',
    // (率“铸牢中华民族共同体意识 构筑中华民族共有精神家园”调研组: the team named by its theme in quotes.)
    followedBy: /^(?:“[^“”。；]{1,40}”)?[^，。；：、“”的]{0,16}(?:代表团|考察团|访问团|慰问团|工作组|调研组|督导组|检查组)/,
  },
  // 率有关部门在黑龙江指导…, 率国务院工作组赶赴…: 率 alone is too short a word (效率, 率先) to stand by itself.
  {
    words: ['率国务院有关部门', '率中央有关部门', '率有关部门', '率国务院工作组', '率中央工作组', '率工作组'],
    rel: 'LED',
    object: 'visit',
    kind: 'event',
  },
  {
    words: [
      ...SPEECHES_DELIVERED,
      '视频致辞',
      // 代表…领导班子汇报了…情况: a report made to the meeting (not 听取汇报, the hearer's).
      '汇报了',
      // 郝明金、蔡达峰…介绍调研成果: at a consultation, the parties present what they found.
      '介绍调研成果',
      '作了说明和报告',
      // (…副主任李忠杰作大会总结: the meeting summed up by one who speaks at its close.)
      '作大会总结', '作了大会总结', '作会议总结', '作了会议总结',
      // (最后，副局长盛战对本次会议进行了总结: the summing up, by its verb alone.)
      '作总结', '作了总结', '做总结', '做了总结', '进行了总结', '进行总结',
      // 分别就有关议题作了传达和说明: what was passed on and explained, each in turn.
      '作了传达和说明',
      '作了说明',
      '作说明',
      // (巡视组组长刘维佳，副组长王新光…反馈了专项巡视情况: an inspection's findings told to the meeting.)
      '反馈了', '作了反馈', '进行了反馈', '作反馈', '进行反馈',
      // 宋元明通报调查安排、提出工作要求: a meeting's business laid out by one who leads it.
      '通报了',
      '通报',
      // 许宏才向会议作了…审查结果报告: a report to the meeting, whatever it is named.
      '向会议作了',
      '向会议作',
      '向大会作了',
      '向大会作',
      // 作题为《…》的学习讲座 / 报告 / 讲话: what it is named comes after.
      '作了题为',
      '作题为',
      '做了题为',
      '做题为',
      '发表了题为',
      '发表题为',
      '讲话',
      // (党委书记吴国春在剪彩仪式上讲了话: the verb parted by its aspect.)
      '讲了话',
      '致辞',
      '致词',
      ...ADDRESSES_DELIVERED,
      ...REPORTS_MADE,
      ...LECTURES_GIVEN,
      ...WORK_LAID_OUT,
      // (省长王凯作工作安排, …就相关工作进行了安排部署: the work laid out to the meeting by one who leads it.)
      // (…就“今冬明春”森林防火工作做出了安排部署.)
      ...['作', '作了', '进行', '进行了', '作出', '作出了', '做出', '做出了', '做了']
        .flatMap((verb) => ['工作安排', '安排部署', '部署安排'].map((what) => verb + what)),
      // (镇长米厚章讲意见: a county meeting's closing words by its leader.)
      '讲意见',
      // (会议邀请…专家张江华作专题辅导: a lecture given to the meeting.)
      '作专题辅导', '作了专题辅导', '作辅导', '作了辅导',
      ...REPORTS_GIVEN,
      // (区委副书记闫启东，…王书平分别安排有关工作: the work laid out, each his part.)
      ...['安排', '安排部署', '部署'].flatMap((verb) => ['有关工作', '相关工作'].map((what) => verb + what)),
      '发言',
      '演讲',
      '宣讲',
    ],
    rel: 'ADDRESSED',
    object: 'meeting',
  },
];

/**
 * Characters that continue a meeting noun into a place or a post (人民大会堂, 会议室, 会址, 议会议长) or into talks (举行工作
 * 会谈, 工作会晤, 工作会见: no 工作会): no meeting ends there.
 */
// (立法会议员宣誓仪式: a member of the council, no meeting.)
// (“中心”理事长刘良讲座教授致开幕辞: a chair professor, no lecture.)
export const NOUN_CONTINUES = ['堂', '厅', '室', '场', '址', '楼', '中心', '馆', '长', '谈', '晤', '见', '员', '教授'];

/** Nouns that end a meeting's or ceremony's name, longest first (`常委会会议` before `会议`). */
export const MEETING_NOUNS: readonly string[] = [
  '常委会（扩大）会议',
  // (县委书记申文霞主持召开县委常委（扩大）会: the committee's sitting widened, in brackets.)
  '常委（扩大）会议',
  '常委（扩大）会',
  '常委(扩大)会议',
  '常委(扩大)会',
  '常委会扩大会议',
  '常委会会议',
  '常务会议',
  '扩大会议',
  '主席会议',
  '委员长会议',
  // Taiwan's Yuans in session (立法院院会, 行政院院会).
  '院院会',
  '全体会议',
  '集体学习',
  '集体谈话',
  '专题学习',
  '工作例会',
  '例会',
  // The party's meetings of self-criticism (专题民主生活会, 所在党支部组织生活会).
  '民主生活会',
  '组织生活会',
  '座谈会',
  // The sessions' joint group meetings (科协、科技界委员联组会).
  '联组会议',
  '联组会',
  '恳谈会',
  '视频会议',
  // (参加黄冈市春节调度视频会: a video conference by its short name; not 视频会见, 视频会晤.)
  '视频会',
  '电视电话会议',
  // (组织召开…动员电视电话会: its short name.)
  '电视电话会',
  '现场会',
  // A government's working meetings (市长办公会议, 现场办公会, 项目调度会, 年度务虚会).
  '办公会议',
  '办公会',
  // Local governments' working meetings by what they do (市长碰头会, 全市经济运行分析会, 项目协调会, 现场观摩会,
  // 理论学习中心组学习会, 年终述职会, 警示教育会).
  '碰头会',
  '分析会',
  '协调会',
  '会商会',
  // A dispatch held by consultation over video (防汛视频会商调度, 会商调度会).
  '会商调度',
  '观摩会',
  '点评会',
  '讲评会',
  '总结会',
  '启动会',
  '通报会',
  '培训会',
  '学习会',
  '专题会',
  '述职会',
  '评议会',
  '约谈会',
  '教育会',
  '誓师会',
  '表彰会',
  '评审会',
  '论证会',
  '说明会',
  // Problems an inspection found, handed over to those who must fix them (巡视约谈交办会).
  '交办会',
  '介绍会',
  '联谊会',
  // A court's hearing of a case, watched from the public seats (旁听…受贿案庭审).
  '庭审',
  // Gatherings to thank, to see off or over a meal (新年答谢会, 欢送会, 中秋节联谊餐会, 茶会).
  '答谢会',
  '欢送会',
  '餐会',
  '茶会',
  '调度会',
  '务虚会',
  '推进会',
  '动员会',
  '部署会',
  '工作会',
  // An inspection's findings told to those inspected (巡视反馈会, 督察我市情况反馈会), and meetings to brief, lay out,
  // press or sign (情况通气会, 工作布置会, 重点工作督办会, 项目签约会, 政策宣讲会, 专题询问质询会, 征求意见会).
  '反馈会',
  '通气会',
  '布置会',
  '督办会',
  '签约会',
  '宣讲会',
  '质询会',
  '征求意见会',
  // The river and forest chiefs' yearly sittings (2022年总河长会, 林长会).
  '河长会',
  '湖长会',
  '林长会',
  '交流会',
  '对话会',
  // A dialogue two governments hold under a name (共同主持第六次中巴外长战略对话, 第11次中英经济财金对话).
  '战略对话',
  '财金对话',
  '经贸对话',
  '高层对话',
  '高级别对话',
  '报告会',
  '汇报会',
  '研讨班',
  '讲座',
  // A party lecture, chaired by one and given by another (镇长欧阳昌华主持党课，梅宏主任…讲授党课).
  '党课',
  '协商会',
  // Parties' dialogues, held again and again (第十一届中英政党对话在伦敦举行).
  '政党对话',
  '政府磋商',
  '战略磋商',
  '培训班',
  '读书班',
  '研讨会',
  '新闻发布会',
  '记者招待会',
  '记者会',
  '发布会',
  '吹风会',
  // A parliament's hearing (在法国国民议会举行的听证会上说).
  '听证会',
  // Business leaders' round tables (中澳工商界首席执行官圆桌会).
  '圆桌会议',
  '圆桌会',
  '见面会',
  // A book's or a plan's presentation (…阿拉伯文版推介会, 新书首发式) and a match of partners (项目对接会).
  '推介会',
  '宣介会',
  '首发式',
  '启动式',
  '对接会',
  '洽谈会',
  '分享会',
  '招待会',
  '茶话会',
  '团拜会',
  '联欢会',
  '音乐会',
  '晚会',
  '文艺演出',
  '演出',
  // Contests and their openings (第二届职业技能大赛9月16日在天津开幕。…出席开幕式).
  '大赛',
  // A contest's round by its stage (出席总决赛并为获奖代表队颁奖, 观看决赛).
  '总决赛',
  '决赛',
  '主场活动',
  '庆祝活动',
  // Rites of remembrance (公祭活动, 祭扫活动, 烈士纪念日…纪念活动).
  '纪念活动',
  '公祭活动',
  '祭扫活动',
  '悼念活动',
  '祭奠活动',
  // A summit's programme for the leaders' spouses (二十国集团领导人峰会领导人配偶活动).
  '配偶活动',
  // A celebration of an opening (开航庆典, 通车庆典).
  '庆典',
  '欢迎宴会',
  // A welcome for a visiting party (市长刘海军出席欢迎会).
  '欢迎会',
  '宴会',
  '晚宴',
  // A spring banquet and a new year's gathering, as overseas Chinese bodies and Hong Kong print them (春宴, 春茗, 团拜).
  '春宴',
  '春茗',
  '团拜',
  // A body's annual banquet (外国驻华武官团举行2013年年宴) and a drinks reception (国庆招待酒会).
  '年宴',
  '酒会',
  '晚餐会',
  '午餐会',
  '早餐会',
  '午宴',
  '国宴',
  '纪念大会',
  '表彰大会',
  '大会',
  // A party committee's plenary session by its sitting (市委十三届十次全会, 二十届三中全会).
  '次全会',
  '中全会',
  '会议',
  '峰会',
  // The General Assembly's debate of heads of state (第78届联合国大会一般性辩论).
  '一般性辩论',
  // Ministers' meetings by their short names (二十国集团外长会, 北约防长会).
  '外长会',
  '防长会',
  '财长会',
  '部长会',
  // A summit of leaders by its sitting (金砖国家领导人第十五次会晤), not talks (同X举行会晤).
  '领导人会晤',
  // Foreign ministers' and officials' sittings of a group of states (金砖国家外长正式会晤, 中阿合作论坛高官会).
  '外长会晤',
  '外长正式会晤',
  '高官会',
  '次会晤',
  '定期会晤',
  '非正式会晤',
  '论坛',
  '年会',
  '常委会',
  '开幕式',
  '闭幕式',
  // (在东博会开幕礼发表演说: 开幕礼, as Singapore and Malaysia print it.)
  '开幕礼',
  '闭幕礼',
  '结业式',
  '开幕会',
  '闭幕会',
  '颁奖仪式',
  '签字仪式',
  '欢迎仪式',
  '升旗仪式',
  '仪式',
  // A military parade (举行阅兵式庆祝建军节, 红场阅兵).
  '阅兵式',
  '阅兵',
  '典礼',
  // Rites of mourning and of offering (陶峙岳同志追悼会, 忠烈祠春季祭典, 黄帝故里拜祖大典; Taiwan's 张俊雄告别式).
  '追悼会',
  '告别式',
  '祭典',
  '大典',
  '公祭活动',
  '纪念活动',
  // A day's observance (2023年中国品牌日活动, 国家安全教育日活动; “军事日”活动, named in quotes).
  '日活动',
  '日”活动',
  // A host's farewell to a state guest (出席匈牙利总理欧尔班和夫人举行的饯行活动).
  '饯行活动',
  '饯行宴会',
  // Happenings named by what they mark or do (70周年活动, 首都义务植树活动, 主题活动); a bare 活动 names none.
  '周年活动',
  '植树活动',
  '主题活动',
  '启动活动',
  '迎新春活动',
  // Happenings held as a series for one occasion (县公安局举办系列活动庆祝…警察节; 宣传周系列活动).
  '系列活动',
  // A project's ceremonies held as happenings (27个项目集中开工活动, 重大项目集中签约活动, 揭牌活动).
  '开工活动',
  '签约活动',
  '竣工活动',
  '投产活动',
  '揭牌活动',
  // Exchanges and get-togethers a body organises for delegations (赴港澳工作交流活动, 台胞联谊活动).
  '交流活动',
  '联谊活动',
  // Drills and exercises held, watched by officials (…联合举行…实战化演习; 开展2024全市地震应急响应演练，…周瀚出席).
  '演习',
  '演练',
  // Happenings held to show, drill, preach or serve (普查入户登记观摩活动, 应急演练活动, 宣讲活动, 捐赠活动).
  '观摩活动',
  '演练活动',
  '宣讲活动',
  '宣传活动',
  '义诊活动',
  '志愿服务活动',
  '捐赠活动',
  // A programme named in book marks (第16期《阳光问廉》活动) and officials questioned on television (电视问政): held
  // before an audience, attended by the officials who answer and those who watch.
  '》活动',
  '电视问政节目',
  '电视问政',
  '问政节目',
  // A political consultative conference's oversight tour (开展…水污染治理专项民主监督).
  '民主监督',
  '博览会',
  // Contests held, opened and watched by officials (全市消防比武竞赛…举行, 职业技能大赛开幕式, 篮球锦标赛).
  '竞赛',
  '大赛',
  '比武',
  '锦标赛',
  // Games and their openings (杭州第四届亚洲残疾人运动会22日晚在杭州隆重开幕).
  '运动会',
  '亚运会',
  '亚残运会',
  '奥运会',
  '冬奥会',
  '残奥会',
  '冬残奥会',
  '大运会',
  '全运会',
  // Festivals a government holds, opened by its officials (第二十三届中国（宁波象山）开渔节…举行); not holidays (植树节).
  '开渔节',
  '艺术节',
  '文化节',
  '旅游节',
  '电影节',
  '音乐节',
  '戏剧节',
  '美食节',
  // Ethnic and seasonal festivals a county or a prefecture holds and opens (第四届彝族火把节…隆重举行, 苗族姊妹节,
  // “壮族三月三·八桂嘉年华”), and fairs of lanterns and temples; not holidays (春节, 中秋节).
  '火把节', '泼水节', '姊妹节', '歌节', '狂欢节', '嘉年华', '丰收节', '风筝节', '啤酒节', '采摘节', '桃花节', '樱花节',
  '油菜花节', '灯会', '庙会', '歌会', '大联欢',
  // Weeks of events opened as one (香港航运周…正式展开，开幕礼由…主持; 网络安全宣传周).
  '宣传周', '活动周', '文化周', '艺术周', '科技周', '航运周', '时装周',
  '展览会',
  // Exhibitions by what they show (习近平访朝两周年纪念图片展, 成就展), opened and visited by officials.
  '图片展',
  '摄影展',
  '书画展',
  '成就展',
  '交易会',
  '进博会',
  '服贸会',
  '广交会',
  '审议',
  '分组讨论',
  '代表团讨论',
  '联组讨论',
  '小组讨论',
];

/**
 * Predicates only where what precedes them in the sentence says so: words too common to stop an event's name or a
 * description anywhere else (到, 来, 收看), so kept out of PREDICATES' word lists.
 */
/** A team's head and deputies, named before their post (以李耿坚为团长, 由李家超担任团长，陈国基…担任副团长). */
const HEADS = ['为', '担任', '任'].flatMap((verb) => ['团长', '组长'].map((post) => verb + post));
const DEPUTY_HEADS = HEADS.map((w) => w.replace(/(?=[团组]长)/, '副'));
/** Both, the role words of a team's head and deputies. */
export const TEAM_HEADS: ReadonlySet<string> = new Set([...HEADS, ...DEPUTY_HEADS]);
/**
 * Not a team or body named after its head, told as such elsewhere (以陈文清为组长，李祖可为副组长的省委督查组来我市;
 * 成立以县长X为组长的领导小组).
 */
const NO_BODY_AFTER = /^(?![^。；]{0,60}?的[^，。；]{0,16}(?:组|团|队|专班|指挥部|委员会))/;

export const PRECEDED_PREDICATES: readonly (Predicate & { precededBy: RegExp })[] = [
  // The guest of honour at the story's occasion (人力部长林瑞生是晚会主宾。).
  {
    words: ['主宾'],
    rel: 'ATTENDED',
    object: 'story',
    precededBy: /(?:是|为|担任|作为)(?:晚会|晚宴|宴会|活动|酒会|典礼|仪式)?$/,
    followedBy: /^(?:[。，；]|$)/,
  },
  // Those who sign for each side at a signing (李小鹏、刘小明代表部省双方签署协议; 蔡武与…李斌代表双方在协议文本上签字)
  // are at it.
  {
    words: ['签署', '签订', '签字', '签约'],
    rel: 'ATTENDED',
    object: 'made',
    kind: 'ceremony',
    label: '签约仪式',
    // (孙保红、…万德普耶分别代表两国政府在移交证书上签字: each for his side, named by kind.)
    // (陈春代表县人民政府分别与企业代表签订合作协议: for one side, with the other.)
    precededBy: new RegExp(
      '(?:分别)?代表(?:[^，。；：“”的]{0,8}双方|两[国市省][^，。；：“”的]{0,4}' +
        '|[^，。；：“”的]{2,16}?(?:分别)?(?:与|同)[^，。；：“”的]{1,20}?)(?:在[^，。；：“”]{1,16}上)?$',
    ),
  },
  // (…陈松华汇报我县武装工作形势: a report made at the story's meeting; not one made to someone, 向普京汇报…进展.)
  {
    words: ['汇报'],
    rel: 'ADDRESSED',
    object: 'story',
    storyIs: 'meeting',
    precededBy: /(?:^|[，；：])[^，；：向]*$/,
    followedBy: /^[^，。；“”]{2,30}?(?:情况|形势|进展|工作)(?:[，。；]|$)/,
  },
  // (…沈伟应邀作了《老干部工作业务知识和相关政策》专题讲座: a lecture given under its title, at the story's meeting.)
  {
    words: ['专题讲座', '辅导讲座', '讲座', '专题报告', '辅导报告'],
    rel: 'ADDRESSED',
    object: 'story',
    precededBy: /(?:作|做)了?《[^《》]{1,40}》$/,
  },
  // (宣城市委书记孔晓宏宣布…运动会开幕: declaring it open, at its opening, the story's: 李强宣布博览会开幕 is at the
  // opening ceremony reported, not at the expo; not joined to one's attending, 出席开幕式并宣布…, told already.)
  {
    words: ['宣布'],
    rel: 'ATTENDED',
    object: 'story',
    precededBy: /(?<!并)$/,
    // (宣布合肥新桥国际机场建成正式通航, 宣布正式开通, 宣布“第七届…博览会开幕”: what is opened, perhaps in quotes.)
    // (宣布…工程开工并按启开工按钮: what he did next joined by 并.)
    // (宣布开工动员令, 宣布起航: the order that starts works or a fleet.)
    followedBy: new RegExp(
      // (宣布列车发车, 宣布…首航: a first train or flight sent off.)
      '^“?[^，。；：“”]{0,40}?”?(?:开幕|闭幕|开通|通车|通航|开工|启动|开业|投产|起航|开航|开渔|发车|首航|开行)(?:动员)?令?”?' +
        '(?:[。，；！并]|$)',
    ),
  },
  // (市长李四为获奖代表颁发荣誉证书, 向获奖者颁发证书: one who hands over a certificate or an award is at the story's
  // happening; not named by 向 or 为, whom a named agent's act goes to is not read yet.)
  {
    words: ['颁发了', '颁发', '颁授', '授予了'],
    rel: 'ATTENDED',
    object: 'story',
    precededBy: /[向为][^，。；：“”]{1,30}$/,
    // (孟建柱向14名警官颁发命令状: a promotion's order, a medal or a colour handed over at a ceremony.)
    followedBy: /^[^，。；]{0,20}?(?:证书|奖牌|奖杯|奖状|奖金|证|牌匾|锦旗|聘书|荣誉称号|命令状|勋章|奖章|军旗|旗帜)/,
  },
  // The head of the story's team leads its visit; its deputies go on it.
  { words: HEADS, rel: 'LED', object: 'story', precededBy: /(?:以|由)[^，。；]{2,40}$/, followedBy: NO_BODY_AFTER },
  {
    words: DEPUTY_HEADS,
    rel: 'ATTENDED',
    object: 'story',
    precededBy: /(?:以|由|[，,])[^，。；]{2,40}$/,
    followedBy: NO_BODY_AFTER,
  },
  // A meeting followed from a branch venue (市长徐曙海在镇江分会场收听收看会议): attended where it is relayed.
  // (…县四大班子领导在县纪委会议室收听收看会议: or in a room of its own.)
  { words: ['收听收看', '收看'], rel: 'ATTENDED', object: 'meeting', precededBy: /(?:分会场|会议室|视频会场)$/ },
  // Looking over a place gone to for it (来邮察看…塌方险情): an inspection; 察看 alone is often a moment of a visit
  // told in passing.
  {
    words: ['察看了', '察看'],
    rel: 'LED',
    object: 'visit',
    kind: 'inspection',
    precededBy: /(?:来|到|赴)[^，。；、的]{1,4}$/,
  },
  // Guiding on a place gone to (莅临我院贤官分院指导…工作, 到县气象局指导工作): an inspection; not guidance received
  // (得到…指导).
  {
    words: ['指导'],
    rel: 'LED',
    object: 'visit',
    kind: 'inspection',
    precededBy: /(?:莅临|来到|深入|(?<![受得达感遇])到)[^，。；、的]{1,12}$/,
  },
  // Going somewhere to match up with it (县长章文静…赴凤台县对接结对帮扶…工作): the visit of a paired place's leaders.
  {
    words: ['对接'],
    rel: 'LED',
    object: 'visit',
    kind: 'research visit',
    precededBy: /(?:赴|前往)[^，。；、的]{2,10}$/,
  },
  // A party's tour of an exhibition, a works or a site (宋健同志一行…来到…，参观正在这里举行的…巡回展; 宋恩华率…负责人
  // 由…陪同下参观了我所); a leader's own 参观 on a visit or at a meeting is part of what he is there for, no visit.
  {
    words: ['参观'],
    rel: 'LED',
    object: 'visit',
    kind: 'research visit',
    precededBy: /(?:一行|率领?|带领)[^。；！？]{0,120}$/,
  },
  // A leader's visit abroad, by its kind, told as he arrives or leaves (乘专机抵达加拉加斯，开始对委内瑞拉进行国事访问;
  // 乘专机离开北京，…对俄罗斯和德国进行国事访问): a state visit he led. Not one planned (将对…), ended (结束对…) or a
  // guest's described (来华进行国事访问的).
  {
    words: STATE_VISITS,
    rel: 'LED',
    object: 'visit',
    kind: 'state visit',
    // (以陈全国为团长的中共干部代表团一行6人于…对朝鲜进行友好访问: a delegation's, named by its head.)
    precededBy: new RegExp(
      // (乘专机离开北京前往日本进行为期六天的正式访问: going there to pay it.)
      // (首相安华前往中国展开一天的工作访问: gone to pay it, told as done; not 将前往, a plan.)
      '(?:(?:抵达|离开北京|离京|乘专机|乘包机)[^。；]{0,160}?(?:(?:[，,]|开始|并)对|赴|前往)|(?<![将拟要备划])前往' +
        `|为团长的[^，。；：的]{1,30}?团(?:${PARTY_WORD})?(?:[，,]?于[^，。；]{1,24}?日)?对)` +
        '[^，。；对赴将]{1,16}$',
    ),
  },
  // An official's visit paid to a place, its kind unsaid, told as the story opens (大使肖千…对北苏门答腊省进行为期3天的
  // 访问): led. Not a plan (将对…进行访问), a visit ended (结束对…的访问), nor one told later in a story of another
  // happening (本月12日，叙利亚外长梅克达德对沙特进行了访问: background).
  {
    words: ['访问'],
    rel: 'LED',
    object: 'visit',
    kind: 'research visit',
    precededBy: /(?<![将拟要束成])对[^，。；对赴将的]{1,16}进行了?(?:为期[^，。；的]{1,8}的)?$/,
    followedBy: /^(?!的|团|者|学者)/,
    leadOnly: true,
  },
  // (中国国家主席胡锦涛抵达非洲国家马里访问: arriving there to visit, the visit's kind unsaid.)
  {
    words: ['访问'],
    rel: 'LED',
    object: 'visit',
    kind: 'state visit',
    precededBy: /(?:抵达|飞抵)[^，。；对赴将的进]{1,16}$/,
    followedBy: /^(?:[，。；]|$)/,
  },
  // (镇人大主席陶峰来到退休干部和社区困难党员家中，关切地了解…: going into homes is a visit to those who live there.)
  {
    words: ['家中'],
    rel: 'LED',
    object: 'visit',
    kind: 'condolence visit',
    // (Not a party's going, a visit of its own: 魏曰高一行先后到…郭彩霞等人家中.)
    precededBy: new RegExp(`(?<!${PARTY_WORD}[，,]?(?:先后)?)(?:来到|走进|深入|前往|先后到)[^，。；：“”]{1,30}$`),
    unlessLater: true,
  },
  // A party's going is its visit, whatever it went to do (…李静一行，到敖包苏木推进…工作; 一行来我院交流座谈).
  {
    words: ['来到', '前往', '抵达', '莅临', '来', '到', '赴', '抵'],
    rel: 'LED',
    object: 'visit',
    kind: 'research visit',
    // (…为团长的…访问团于10月14日来江苏访问, …为团长的广东省送行团一行抵疆: a delegation named by who heads it goes
    // as a party does.)
    precededBy: new RegExp(
      `(?:${PARTY_WORD}|为副?(?:团长|组长)的[^，。；：的]{1,30}?[团组]”?` +
        // (…为团长的中央代表团19日上午飞抵银川: the day and its hour, then how it flew.)
        `(?:${PARTY_WORD})?(?:[，,]?于?[^，。；]{1,16}?日(?:${DAY_PART})?)?` +
        '(?:乘(?:专机|包机|飞机)|飞)?)' +
        // (…范以环一行在…周铭敏等领导的陪同下莅临: and who escorted it.)
        '[，,]?(?:在[^。；！？“”]{1,60}?陪同下[，,]?)?(?:先后|专程)?$',
    ),
    unlessLater: true,
  },
];

/** Event kinds by the noun that names the event. */
export const KIND_BY_NOUN: readonly (readonly [RegExp, EventKind])[] = [
  [/视频会议?|电视电话会议?/, 'video conference'],
  [/记者会|记者招待会|新闻发布会|吹风会/, 'press conference'],
  [/座谈会|恳谈会|圆桌会|论坛|交流会|研讨会|对话会|政党对话|峰会|年会|会晤$|推介会|宣介会|对接会|洽谈会|分享会/, 'forum'],
  [/仪式|典礼|庆典|(?:开工|签约|竣工|投产|揭牌)活动|公祭|告别式|开幕式|闭幕式|结业式|首发式|启动式|招待会|宴会|晚宴|午宴|国宴|餐会|饯行|阅兵/,
    'ceremony'],
  [/博览会|展览会|图片展|摄影展|书画展|成就展|交易会|进博会|服贸会|广交会/, 'exhibition'],
  // Drills and exercises (…联合救援演习, 综合执法演练): happenings, no sittings.
  [/(?:演习|演练)(?:活动)?$/, 'event'],
];

/** Words before a predicate that make it a plan, a wish, a denial or a habit, not a report (将出席, 未参加, 多次调研). */
export const NOT_DONE = [
  '将于',
  '将要',
  '即将',
  '将',
  '拟',
  '计划',
  '准备',
  '预计',
  '有望',
  '未能',
  // (因为生病而无法出席这项仪式, 身在国外而不克出席: kept away.)
  '无法',
  '不能',
  '不克',
  '未',
  '没有',
  '不再',
  '不',
  // Done many times or once long ago: no one day's happening (多次实地调研, 曾主持).
  '多次',
  '屡次',
  '曾多次',
  '曾经',
  '曾',
];

/** Words that open with 不 or 未 and deny nothing (不断深化, 不仅, 不少, 未来): no 不 or 未 of NOT_DONE. */
export const NOT_NEGATING = [
  '不断', '不仅', '不少', '不同', '不久', '不远', '不停', '不懈', '不时', '不但', '不论', '不管',
  // (就…存在的问题和不足进行调研: shortcomings looked into, no act undone.)
  '不足', '不够', '不良', '不平衡', '不充分', '不规范', '不到位',
  // (就未来5年工会工作安排作了汇报: the years ahead, no act undone.)
  '未来', '未成年',
];

/** The day told by its word, as news prints it (今天, 昨日, 当天): a pattern's alternatives. */
// (梁振英昨午到港澳办: the day and its part in one word, as Hong Kong papers print it; 今晨, 昨晚 on the mainland too.)
export const DAY_WORDS = '今天|今日|昨天|昨日|当天|当日|今晨|昨晨|今午|昨午|今晚|昨晚';

/** The day a sentence may open with before its subject (21日，X在…上表示; 12月21日上午，; 当天，). */
export const DAY_OPENING = new RegExp(
  `^(?:当地时间)?(?:(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日|${DAY_WORDS}|同日|近日|日前)(?:${DAY_PART})?[，,]`,
);

/** Whose report a sentence retells, opening it (`中评社香港6月4日电/据新华社报道，`, `据悉，`). */
export const REPORTED_BY = /^(?:[^，。；：“”]{2,20}电[／/\s]*)?据[^，。；：“”]{0,20}(?:报道|消息|透露|悉)[，,]/;

/** Words after which the rest of a sentence is what someone said, not what happened (X表示，…会见…). */
export const SPEECH_VERBS = [
  '表示',
  '指出',
  '强调',
  '认为',
  '说',
  '称',
  '介绍',
  '回忆',
  '希望',
  '表明',
  '宣布',
  '提出',
  '要求',
  '呼吁',
];

/**
 * Words of what someone felt or came to see, closed by a comma (会议代表深刻感到，习主席亲自决策在延安召开…): what follows
 * is their thought, no happening told, though no one spoke it.
 */
export const THOUGHT_VERBS = ['深刻感到', '感到', '深切感到', '深深感到', '体会到', '认识到', '一致认为', '深感', '坚信', '相信'];

/**
 * Verbs whose object may hold a whole past happening (传达学习…毛光烈来永调研…精神, 理解把握…参加审议时的指示精神): a person
 * after one of them in the same clause is part of that object, not the agent of this sentence.
 */
export const OBJECT_VERBS = [
  '传达学习',
  '传达',
  '学习贯彻',
  '学习',
  '贯彻',
  '贯彻落实',
  '理解把握',
  '把握',
  '领会',
  '听取',
  '审议',
  '观看',
  '回顾',
  // A book, a film or a report tells of what happened (生动讲述了习近平总书记考察调研期间…).
  '讲述',
  '记述',
  '记录',
  '展现',
  '再现',
  '收录',
  // What is read out, passed on or presented is someone else's (宣读习近平总书记贺信, 转达习近平主席的问候,
  // 向大使介绍着企业参加进博会的成绩).
  '介绍',
  '宣读',
  '转达',
  '转交',
  // Whom a body chooses for an act to come (会议推举汪洋在…上作常委会工作报告): a decision, no act yet.
  '推举',
  // Whom a letter answers or is sent to (复信参加“艺汇丝路”访华采风活动的…艺术家代表): they acted, not the writer.
  '复信',
  '回信',
  '致信',
  '致函',
  '推选',
  // Whom a body backs for what is to come (一致同意支持总统普京作为候选人参加明年…的总统选举).
  '支持',
];

/** After a predicate, words that show its clause names something (…审议时的指示精神): no happening of this sentence. */
// (从深刻认识习近平总书记考察贵州的重大政治意义…作了宣讲: what an act means, spoken of.)
export const EMBEDDED_ENDS = ['时的', '期间的', '中的', '上的', '时所作', '精神', '的讲话', '的指示', '的重要讲话', '意义'];

/** Words that join two predicates of one agent (出席并致辞, 主持会议并讲话). */
export const VERB_JOINERS = ['并', '并且', '后', '随后', '还', '又', '同时', '期间'];

/** How a visit was made, before its verb (以“四不两直”方式暗访, 采取明查暗访方式，深入…检查): no object of it. */
// (…王长连等市领导，分两路率北京市春节慰问团…: the parties they split into.)
// (以新任发言人的身份首次亮相蓝厅: in what capacity.)
// (…带领副局长王涛、…，冒着酷暑，先后深入到…检查: the weather they went in.)
export const MANNER_PHRASE =
  /^(?:(?:以|采取|采用|通过)[^，。；]{1,16}?(?:方式|形式|身份)|[，,]?兵?分[两三四五六]路|[，,]?(?:冒着|顶着|迎着|不顾)[^，。；]{1,8}?(?=[，,]))[，,]?/;

/** Calls paid on someone (拜会, 拜访): he is the host of the talks, the caller his guest; not 团拜会, a meeting. */
export const COURTESY_CALLS = /^(?:拜(?:会|访)|往见)/;

/** Where one stands in a photograph, in brackets after the name in a caption (梁振英（前排左二）、张炳良（右一）). */
export const PLACE_IN_PICTURE = /^（(?:[前后中]排|第[一二三四]排)?(?:[左右]起?[一二三四五六七八九十]|中|居中|左|右)）/;

/**
 * Verbs of going that may stand between a leader and the predicate of the next clause (X先后到A、B，走访慰问…; 莅, an
 * official's arriving: …带队的市委督导组莅清，督察…).
 */
export const GOING_VERBS = [
  '先后来到', '先后到', '来到', '回到', '前往', '前赴', '深入', '莅临', '莅', '赴', '到', '参观',
  // Appearing somewhere for the first time (郭嘉昆6日首次亮相外交部蓝厅，主持当日例行记者会).
  '首次亮相', '亮相',
  // Hurrying there (专程奔赴陕西地震灾区，慰问…; 连夜赶赴…).
  '赶赴', '奔赴', '赶往', '赶到', '飞赴',
  // Setting out (22日启程赴浙江省和江苏省进行…学习考察).
  '启程赴', '启程前往',
];

/** Verbs by which a body or a list of officials holds an event (市委常委会召开会议, 等市领导…开展公祭活动). */
// (27日在中华医事科技大学办理颁奖典礼: 办理, as Taiwan's press says it.)
export const HOLDING_VERBS = ['召开', '举行', '举办', '开展', '进行', '办理'];


/** Characters that make a predicate the head of a noun (发言人, 讲话稿, 考察团, 检查组). */
export const NOUN_AFTER = ['人', '稿', '者', '厅', '室', '团', '组', '词'];
/** The same after a visit of sympathy only (慰问金, 慰问品): elsewhere a name may start with them (出席金砖…). */
// (锦州边防检查站, 科学考察站: a station named after what it does.)
export const NOUN_AFTER_VISIT = ['金', '品', '信', '电', '站'];

/**
 * Words after a predicate that put it still to come (峰会召开前, 会见之际): it only sets the time of another report.
 * 时 and 后 do not: 在广西考察时强调, 会谈后 report what happened.
 */
export const TIME_AFTER = ['之前', '之际', '前'];

/** Words that open with 前 and are no time (会见前来出席…的, 视察前线部队, 会见前任总统): the verb's object follows. */
export const FORE_WORDS = ['前来', '前往', '前去', '前线', '前沿', '前哨', '前任'];

/**
 * Words after a guest's name that make someone else the guest: his kin (会见任弼时同志亲属, 会见X家属), or whoever is
 * his (会见了…布尔汉派出的代表, 会见普京的特使).
 */
export const KIN_AFTER = [
  '同志亲属', '同志家属', '同志遗孀', '先生亲属', '先生家属', '女士亲属', '女士家属', '亲属', '家属', '遗孀', '子女', '后人', '后代',
  '夫人',
  '派出的', '派遣的', '委派的', '的',
];

/** Between a host and a partner: 同 / 与 / 和 X 举行会谈. */
export const PARTNER_WORDS = ['同', '与', '和', '跟'];

/** What ends a group received with no one named (会见全国公安工作会议代表, 会见中国驻外使节): its hosts are there. */
export const GROUPS_RECEIVED = [
  '代表', '团', '组', '成员', '干部', '嘉宾', '同志', '专家', '人员', '人士', '朋友', '官兵', '师生',
  '学生', '青年', '获得者', '获奖者', '企业家', '负责人', '领导人', '队伍', '使节', '运动员', '模范',
  // Officials and others received by their kind (会见出席中美省州长见面会的两国省州长, 会见海外侨胞).
  '官员', '政要', '议员', '州长', '省长', '市长', '客商', '侨胞', '华侨', '院士', '学者', '校友', '工作者',
  // Visitors by the courtesy of their reception (会见来宾, 会见了外宾).
  '来宾', '客人', '外宾', '贵宾', '宾客',
  // Compatriots home from abroad or from Taiwan, received as fellow townsmen (会见并宴请乡亲一行).
  '乡亲', '台胞', '侨领',
  // People received by what they do or won (会见了…运动员和教练员, 会见航天员, 会见劳模代表, 会见奥运健儿).
  '员', '健儿', '英模', '劳模', '选手', '冠军', '战士', '职工', '员工', '群众', '志愿者', '老同志',
  '科学家', '教师',
];

/**
 * What an open phrase of speaking (发表题为, 作了关于, 向大会作了) delivered, read after it outside the quoted title
 * (发表题为《…》的主旨讲话: 主旨讲话), so that the role names the address, not the words before its title.
 */
export const SPEECH_NOUNS: readonly string[] = sortLongestFirst([
  '主旨讲话', '重要讲话', '讲话', '主旨演讲', '重要演讲', '演讲', '主旨演说', '演说', '工作报告', '辅导报告', '报告', '说明', '汇报', '致辞', '专题讲座', '讲座',
]);
