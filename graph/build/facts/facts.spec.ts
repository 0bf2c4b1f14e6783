// The event grammar, table-driven: a story's text → who chaired, led, attended, addressed and met what, and what must
// not become an edge. Half in the shapes of county papers, half in those of national and foreign-affairs news.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../ingest/extract/index.ts';
import { textArticle } from '../../../tests/helpers.ts';
import { graphMentions } from '../index.ts';
import { articleFacts } from './index.ts';

/** `REL person event-label (role, #rank)`, `MET host>guest role`, `VISITED person place`. */
function factsOf(text: string, jurisdiction?: string): string[] {
  const article = textArticle(text);
  const f = articleFacts(article, graphMentions(extract(text, jurisdiction ? { jurisdiction } : {}).output));
  const label = (n: number) => f.events[n]!.label;
  return [
    ...f.roles.map((r) => `${r.rel} ${r.person} ${label(r.event)} (${r.role}${r.rank ? ` #${r.rank}` : ''})`),
    ...f.met.map((m) => `MET ${m.host}>${m.guest} ${m.role}`),
    ...[...new Set(f.visits.map((v) => `VISITED ${v.person} ${v.target.name}`))],
  ].sort();
}

const COUNTY = '永康市';

/** [what it shows, text, jurisdiction, expected facts]. */
const CASES: [string, string, string | undefined, string[]][] = [
  // County papers.
  [
    'a chair of a named meeting',
    '9月30日，市委书记金政主持召开市各套班子月度工作例会。',
    COUNTY,
    ['CHAIRED 金政 市各套班子月度工作例会 (主持召开)'],
  ],
  [
    'the canonical name of a sitting',
    '9月29日，市长朱志杰主持召开市十七届政府第12次常务会议。',
    COUNTY,
    ['CHAIRED 朱志杰 市政府常务会议 (主持召开)'],
  ],
  ['a body holds a meeting: no chair', '8日，市委常委会召开会议，审议有关文件。', COUNTY, []],
  [
    "a guest's titles broken by a comma, and an official seated in at the reception (会见时在座)",
    '8月20日，市委书记李洪慈，市长杨大勇会见上海电气集团党委委员、副总裁，上海电气新能源发展公司董事长金孝龙。' +
      '李洪慈对金孝龙一行表示欢迎。李子罡会见时在座。',
    undefined,
    [
      'ATTENDED 李子罡 会见上海电气新能源发展公司董事长金孝龙 (会见时在座)', 'MET 李洪慈>金孝龙 会见', 'MET 杨大勇>金孝龙 会见',
    ],
  ],
  [
    "local governments' working meetings by what they do (碰头会, 分析会, 学习会) and a plenum by its sitting",
    '15日，市长查俊主持召开市长碰头会。副市长叶林参加会议。16日，市长查俊出席全市经济运行分析会并讲话。' +
      '17日，市委书记王强主持召开市委理论学习中心组学习会。18日，市委书记王强主持召开市委十三届十次全会。',
    COUNTY,
    [
      'ADDRESSED 查俊 全市经济运行分析会 (讲话)', 'ATTENDED 叶林 市长碰头会 (参加)', 'ATTENDED 查俊 全市经济运行分析会 (出席)',
      'CHAIRED 查俊 市长碰头会 (主持召开)', 'CHAIRED 王强 市委全会 (主持召开)',
      'CHAIRED 王强 市委理论学习中心组学习会 (主持召开)',
    ],
  ],
  [
    'those led named by their office, then the visit after a comma; a companion one (一同参加)',
    '3月1日，区委书记张伯松带领区直有关部门负责人，深入园区一线调研企业。区领导郑燕平一同参加。',
    COUNTY,
    ['ATTENDED 郑燕平 深入园区一线调研企业 (参加 #1)', 'LED 张伯松 深入园区一线调研企业 (带领)'],
  ],
  [
    'a team led to inspect key projects (带队督导重点项目); those taken along (等随行), not reporters (随行记者)',
    '5月11日下午，区委书记王广部带队督导重点项目建设推进情况。副区长谢晖、区工信局局长邓婷等随行。' +
      '王广部向随行记者介绍情况。',
    COUNTY,
    [
      'ATTENDED 谢晖 带队督导重点项目建设推进情况 (随行 #1)', 'ATTENDED 邓婷 带队督导重点项目建设推进情况 (随行 #2)',
      'LED 王广部 带队督导重点项目建设推进情况 (带队)',
    ],
  ],
  [
    'firms listed where a visit went, one of them a firm by its ending: every one visited',
    '7月19日上午，市委书记王现坤到开发区调研在建项目，先后到金瓯医疗、汇丰兽药、冀雅电子等项目建设现场。',
    COUNTY,
    [
      'LED 王现坤 到开发区调研在建项目 (调研)', 'VISITED 王现坤 冀雅电子', 'VISITED 王现坤 汇丰兽药',
      'VISITED 王现坤 金瓯医疗',
    ],
  ],
  [
    'a meeting named by its kind alone after another is its body\'s (市政府党组会议和常务会议)',
    '24日，市长吴开华主持召开市政府党组会议暨理论学习中心组学习会议和常务会议，传达学习重要讲话精神。',
    COUNTY,
    ['CHAIRED 吴开华 市政府党组会议暨理论学习中心组学习会议 (主持召开)', 'CHAIRED 吴开华 市政府常务会议 (主持召开)'],
  ],
  [
    'officials received by their kind (省州长); those present listed with others named by their posts (和…州长及…总督)',
    '2月17日，国家副主席习近平和美国副总统拜登在洛杉矶共同会见出席中美省州长见面会的两国省州长。' +
      '江苏省委书记罗志军，湖北省委书记李鸿忠等省区负责人和美国加利福尼亚州、佛蒙特州、蒙大拿州、伊利诺伊州、' +
      '夏威夷州州长及北马里亚纳群岛（塞班）总督参加了会见。',
    undefined,
    [
      'ATTENDED 习近平 会见出席中美省州长见面会的两国省州长 (共同会见 #1)',
      'ATTENDED 拜登 会见出席中美省州长见面会的两国省州长 (共同会见 #2)',
      'ATTENDED 李鸿忠 会见出席中美省州长见面会的两国省州长 (参加了会见 #2)', 'ATTENDED 罗志军 会见出席中美省州长见面会的两国省州长 (参加了会见 #1)',
    ],
  ],
  [
    'a visitor going on as 他 after a sentence of his; the firms in a place gone to, after its 的',
    '2月1日，省长龚正到济南市调研民营企业发展等工作。龚正十分关心民营企业发展。' +
      '他来到莱阳市的龙大食品集团、鲁花集团两家大型民营企业，走进生产车间。他指出，要坚守在企业一线。',
    undefined,
    [
      'LED 龚正 到济南市调研民营企业发展等工作 (调研)', 'VISITED 龚正 济南市', 'VISITED 龚正 莱阳市', 'VISITED 龚正 鲁花集团',
      'VISITED 龚正 龙大食品集团',
    ],
  ],
  [
    "主持会议 after a body held a briefing (介绍会): the story's meeting",
    '19日，市政协举行市情介绍会，向港澳委员介绍我市发展情况。市政协主席李明主持会议。',
    COUNTY,
    ['CHAIRED 李明 市情介绍会 (主持)'],
  ],
  [
    "主持会议 refers to the story's meeting",
    '3月15日下午，市委常委会召开（扩大）会议。市委书记章旭升主持会议。',
    COUNTY,
    ['CHAIRED 章旭升 市委常委会 (主持)'],
  ],
  [
    'a led research visit and where it went',
    '7日下午，市委书记金政调研我市医疗器械产业发展情况。金政一行先后来到邦立医药、鼎昌工贸。',
    COUNTY,
    ['LED 金政 调研我市医疗器械产业发展情况 (调研)', 'VISITED 金政 邦立医药', 'VISITED 金政 鼎昌工贸'],
  ],
  [
    "a leader listed before a visit's attendee",
    '7日下午，市委书记金政调研我市医疗器械产业发展情况。市领导吕群勇参加调研。',
    COUNTY,
    ['ATTENDED 吕群勇 调研我市医疗器械产业发展情况 (参加调研 #1)', 'LED 金政 调研我市医疗器械产业发展情况 (调研)'],
  ],
  [
    '带队 and 陪同',
    '5月28日，金华市副市长张新宇带队到我市调研工业经济。副市长李浩锋陪同。',
    COUNTY,
    ['ATTENDED 李浩锋 带队到我市调研工业经济 (陪同)', 'LED 张新宇 带队到我市调研工业经济 (带队)'],
  ],
  [
    'an inspection led with officials',
    '9月30日，市长朱志杰带领相关部门负责人督查节前安全生产工作。市委常委、常务副市长胡积合参加。',
    COUNTY,
    [
      'ATTENDED 胡积合 带领相关部门负责人督查节前安全生产工作 (参加)',
      'LED 朱志杰 带领相关部门负责人督查节前安全生产工作 (带领)',
    ],
  ],
  [
    'going first, then the predicate in the next clause',
    '5月26日，市委副书记胡积合先后到市自然资源和规划局、市第一人民医院，走访慰问科技工作者代表。',
    COUNTY,
    [
      'LED 胡积合 走访慰问科技工作者代表 (走访慰问)',
      'VISITED 胡积合 市第一人民医院',
      'VISITED 胡积合 市自然资源和规划局',
    ],
  ],
  [
    'a visit, then a forum the leader convenes',
    '3月14日下午，市委书记章旭升赴我市部分企业走访，并召开座谈会。市领导胡勇春、李浩锋参加。',
    COUNTY,
    [
      'ATTENDED 李浩锋 赴我市部分企业走访 (参加 #2)',
      'ATTENDED 胡勇春 赴我市部分企业走访 (参加 #1)',
      'CHAIRED 章旭升 座谈会 (召开)',
      'LED 章旭升 赴我市部分企业走访 (走访)',
    ],
  ],
  [
    'officials listed as such at a ceremony',
    '朱志杰、陈美蓉、朱世道等市各套班子领导前往烈士陵园，开展烈士纪念日公祭活动。',
    COUNTY,
    [
      'ATTENDED 朱世道 烈士纪念日公祭活动 (参加 #3)',
      'ATTENDED 朱志杰 烈士纪念日公祭活动 (参加 #1)',
      'ATTENDED 陈美蓉 烈士纪念日公祭活动 (参加 #2)',
    ],
  ],
  [
    'attending a video conference from a branch venue',
    '9月30日，全省安全生产视频会议召开。市委常委、常务副市长胡积合在我市分会场参加会议。',
    COUNTY,
    ['ATTENDED 胡积合 全省安全生产视频会议 (参加)'],
  ],
  [
    'a past visit being studied is no visit',
    '2月13日上午，市委常委会召开扩大会议，传达学习省专家委员会主任毛光烈来永调研指导工作有关精神。',
    COUNTY,
    [],
  ],
  [
    'attending while a speech is studied: embedded, no edge',
    '会议要求，全面理解把握金华市长邢志宏参加永康代表团审议时的指示精神。',
    COUNTY,
    [],
  ],
  [
    'a chair and a speech at one meeting',
    '12日，市长胡勇春主持召开市政府常务会议并讲话。',
    COUNTY,
    ['ADDRESSED 胡勇春 市政府常务会议 (讲话)', 'CHAIRED 胡勇春 市政府常务会议 (主持召开)'],
  ],
  [
    '出席并讲话 goes to the meeting named',
    '市委书记章旭升出席全市经济工作会议并讲话。',
    COUNTY,
    ['ADDRESSED 章旭升 全市经济工作会议 (讲话)', 'ATTENDED 章旭升 全市经济工作会议 (出席)'],
  ],
  ['a plan is no attendance', '市长朱志杰将出席明天的招商推介会。', COUNTY, []],
  ['a denial is no attendance', '因公务原因，市长朱志杰未出席会议。', COUNTY, []],
  [
    '会议由X主持: the passive chair',
    '全市工作推进会昨天召开。会议由副市长李浩锋主持。',
    COUNTY,
    ['CHAIRED 李浩锋 全市工作推进会 (主持)'],
  ],
  ['a speech noun is no speech', '会议传达学习了习近平总书记重要讲话精神。', COUNTY, []],
  ['a spokesman is no speech', '会议确定，副市长李浩锋为新闻发言人。', COUNTY, []],
  [
    'a list of attendees ranked',
    '朱志杰、陈美蓉、朱世道出席开幕式。',
    COUNTY,
    ['ATTENDED 朱世道 开幕式 (出席 #3)', 'ATTENDED 朱志杰 开幕式 (出席 #1)', 'ATTENDED 陈美蓉 开幕式 (出席 #2)'],
  ],
  [
    '列席 is attending',
    '市委常委会召开会议。市人大常委会主任徐华清列席会议。',
    COUNTY,
    ['ATTENDED 徐华清 市委常委会 (列席)'],
  ],
  [
    'those present listed with commas after another verb\'s clause, the last described as a leader (县领导)',
    '县委书记陆明主持召开县委常委会议。县长张永出席会议，县人大常委会主任孙进、县政协主席周泉，县领导储开列席会议。',
    COUNTY,
    [
      'ATTENDED 储开 县委常委会议 (列席 #3)', 'ATTENDED 周泉 县委常委会议 (列席 #2)', 'ATTENDED 孙进 县委常委会议 (列席 #1)',
      'ATTENDED 张永 县委常委会议 (出席)', 'CHAIRED 陆明 县委常委会议 (主持召开)',
    ],
  ],
  [
    'officials seated in, listed with commas after 会见时 (在座); not 在座的同志',
    '省长梁保华在南京会见了瑞典东约特兰省省长艾立克森一行。会见时，瑞典驻上海总领事安蓝，省政府秘书长李小敏及有关方面负责人在座。' +
      '他对在座的同志说。',
    COUNTY,
    [
      'ATTENDED 安蓝 会见瑞典东约特兰省省长艾立克森 (在座 #1)', 'ATTENDED 李小敏 会见瑞典东约特兰省省长艾立克森 (在座 #2)',
      'MET 梁保华>艾立克森 会见',
    ],
  ],
  [
    'a visitor\'s party listed in a clause of the visit\'s sentence (随同…调研的有)',
    '6月25日，省委副书记李春城率队到二重进行工作调研，随同李春城前来二重调研的有省委副秘书长朱以庄、省发改委主任唐利民。',
    COUNTY,
    [
      'ATTENDED 唐利民 率队到二重进行工作调研 (随同 #2)', 'ATTENDED 朱以庄 率队到二重进行工作调研 (随同 #1)',
      'LED 李春城 率队到二重进行工作调研 (率队)',
    ],
  ],
  [
    'a list of those present goes on past members named by their group (其他中心组成员)',
    '8月10日，学校召开党委中心组学习会。党委书记胡龙廷，其他中心组成员王爽、马小兵及党政办工作人员参加会议。',
    COUNTY,
    [
      'ATTENDED 王爽 党委中心组学习会 (参加 #2)', 'ATTENDED 胡龙廷 党委中心组学习会 (参加 #1)',
      'ATTENDED 马小兵 党委中心组学习会 (参加 #3)',
    ],
  ],
  [
    'what those welcomed did is not the welcoming host\'s (对…来常参加…开幕式表示欢迎)',
    '市委书记阎立对各友城代表团来常参加花博会开幕式表示欢迎。市委书记阎立对代表团一行来常考察表示感谢。',
    COUNTY,
    [],
  ],
  [
    'a name that is also a country\'s army, right after a post (县委书记韩军)',
    '9月18日，县委召开常委会议。县委书记韩军主持会议。',
    COUNTY,
    ['CHAIRED 韩军 县委常委会议 (主持)'],
  ],
  [
    'a name ending in 有 before a list\'s 等 (市长陈新有等陪同)',
    '省委副书记李春城到二重调研。德阳市委书记李向志、市长陈新有等陪同调研。',
    COUNTY,
    [
      'ATTENDED 李向志 到二重调研 (陪同调研 #1)', 'ATTENDED 陈新有 到二重调研 (陪同调研 #2)', 'LED 李春城 到二重调研 (调研)',
    ],
  ],
  [
    'a delegation received by its kind: its 代表 opens no guest\'s name (代表团并合影)',
    '市委书记阎立、代市长费高云会见了荷兰蒂尔堡市等友好城市代表团并合影留念。',
    COUNTY,
    [
      'ATTENDED 费高云 会见荷兰蒂尔堡市等友好城市代表团 (会见 #2)', 'ATTENDED 阎立 会见荷兰蒂尔堡市等友好城市代表团 (会见 #1)',
    ],
  ],
  [
    'escorts named before 的陪同下 attended the visit; a guard unnamed did nothing (在…的陪同下)',
    '2月9日下午，县人大副主任闫业忠在镇党委书记石岩和组织委员彭巍的陪同下，到李康河村慰问老党员。' +
      '总统在共和国卫队的陪同下前往广场。',
    COUNTY,
    [
      'ATTENDED 彭巍 慰问老党员 (陪同 #2)', 'ATTENDED 石岩 慰问老党员 (陪同 #1)', 'LED 闫业忠 慰问老党员 (慰问)',
      'VISITED 闫业忠 李康河村',
    ],
  ],
  [
    'the visit of guests welcomed is theirs, not the host\'s (欢迎…率团访问我省); a welcome banquet is a meeting',
    '省长梁保华会见了瑞典东约特兰省省长艾立克森一行。梁保华欢迎艾立克森省长再次率团访问我省。' +
      '市委书记张三欢迎各位企业家到我市考察。市委书记张三在欢迎宴会上致辞。',
    COUNTY,
    ['ADDRESSED 张三 欢迎宴会 (致辞)', 'MET 梁保华>艾立克森 会见'],
  ],
  [
    'a party counted and set off by a comma goes on a visit told with its topic in 《》 (一行11人，来我市就《…》进行考察调研)',
    '10月18日，省政协副主席刘旭光一行11人，来我市就贯彻落实《关于加强和改进新时代市县政协工作的意见》进行考察调研。' +
      '市政协主席秦晓东等陪同活动。',
    COUNTY,
    ['ATTENDED 秦晓东 考察调研 (陪同)', 'LED 刘旭光 考察调研 (考察)'],
  ],
  [
    'those named where a visit went did not lead it (来到王晴晴委员工作室和孟苑; 李四、王五家中)',
    '刘旭光一行先后来到王晴晴委员工作室实地调研。县委书记张伟先后来到困难群众李四、王五家中走访慰问。',
    COUNTY,
    [
      'LED 刘旭光 先后来到王晴晴委员工作室实地调研 (调研)',
      'LED 张伟 先后来到困难群众李四、王五家中走访慰问 (走访慰问)',
    ],
  ],
  [
    'officials of a campaign\'s team named by it (党史学习教育…指导组成员), given names doubled (张媛媛), 王向前 whole',
    '5月25日，区党工委举行专题学习研讨会。陈晓华主持会议。市委党史学习教育第十二巡回指导组成员张善玉、张媛媛到会指导。' +
      '省人大常委会研究室主任王向前带队来鼎城调研。',
    COUNTY,
    [
      'ATTENDED 张善玉 专题学习研讨会 (到会 #1)', 'ATTENDED 张媛媛 专题学习研讨会 (到会 #2)',
      'CHAIRED 陈晓华 专题学习研讨会 (主持)', 'LED 王向前 带队来鼎城调研 (带队)',
    ],
  ],
  [
    'a team named by who leads it (由…带领的…检查组到湖北检查), its members listed (调研组成员还包括…)',
    '5月9日，由财政部部长助理胡静林带领的国家防总检查组到湖北检查防汛抗旱工作。副省长郭有明陪同检查。' +
      '检查组成员还包括水利部副部长陈传阔等。',
    COUNTY,
    [
      'ATTENDED 郭有明 到湖北检查防汛抗旱工作 (陪同检查)',
      'ATTENDED 陈传阔 到湖北检查防汛抗旱工作 (随同)',
      'LED 胡静林 到湖北检查防汛抗旱工作 (检查)', 'VISITED 胡静林 湖北',
    ],
  ],
  [
    'witnesses of a signing attend it (共同见证签约); 见证了…变化 is a figure',
    '省委书记阮成发、代省长王予波会见王兆耀一行，并共同见证签约。这片土地见证了巨大变化。',
    COUNTY,
    [
      'ATTENDED 王予波 签约仪式 (共同见证签约 #2)', 'ATTENDED 阮成发 签约仪式 (共同见证签约 #1)',
      'MET 王予波>王兆耀 会见', 'MET 阮成发>王兆耀 会见',
    ],
  ],
  [
    'leading a party among those served is a visit (分别带队深入基层); 深入学习 is none',
    '春节前夕，镇领导黄诚、俞红分别带队深入基层，与辖区居民亲切交谈。县委书记张伟带领班子成员深入学习贯彻党的二十大精神。',
    COUNTY,
    ['LED 俞红 分别带队深入基层 (带队)', 'LED 黄诚 分别带队深入基层 (带队)'],
  ],
  [
    'a name before 一同 is read short of it (韦韬一同调研: 韦韬)',
    '1月30日，省政协主席吴存荣到太原市政协机关进行调研。太原市委书记韦韬一同调研。',
    COUNTY,
    [
      'ATTENDED 韦韬 到太原市政协机关进行调研 (一同调研)', 'LED 吴存荣 到太原市政协机关进行调研 (调研)',
      'VISITED 吴存荣 太原市政协',
    ],
  ],
  [
    'a condolence visit to a home',
    '春节前夕，市委书记章旭升走访慰问困难党员。',
    COUNTY,
    ['LED 章旭升 走访慰问困难党员 (走访慰问)'],
  ],
  ['a quoted sentence is no report', '他说：“我曾多次主持召开这样的座谈会。”', COUNTY, []],
  ["a reporter's byline verbs are no roles", '记者张三、李四参加了采访。', COUNTY, []],
  ['视察 is an inspection', '省委书记易炼红视察我市五金产业。', COUNTY, ['LED 易炼红 视察我市五金产业 (视察)']],
  [
    '检查 after a date and a place',
    '10日，副市长李浩锋在古山镇检查防汛工作。',
    COUNTY,
    ['LED 李浩锋 在古山镇检查防汛工作 (检查)', 'VISITED 李浩锋 古山镇'],
  ],
  [
    '作报告 at a plenary',
    '市长胡勇春在市人代会全体会议上作政府工作报告。',
    COUNTY,
    ['ADDRESSED 胡勇春 市人代会全体会议 (作政府工作报告)'],
  ],
  [
    "a recurring meeting without its body takes the chair's",
    '市委书记章旭升主持召开常委会会议。',
    COUNTY,
    ['CHAIRED 章旭升 常委会会议 (主持召开)'],
  ],
  [
    '两人共同主持',
    '市长胡勇春与东阳市长王建国共同主持联席会议。',
    COUNTY,
    ['CHAIRED 王建国 联席会议 (主持)', 'CHAIRED 胡勇春 联席会议 (主持)'],
  ],
  [
    'a doctrine named after a leader is nobody',
    '会议强调，要坚持以习近平新时代中国特色社会主义思想为指导。',
    COUNTY,
    [],
  ],
  ['参加 a deliberation', '金华市委书记朱重烈参加永康代表团审议。', COUNTY, ['ATTENDED 朱重烈 永康代表团审议 (参加)']],
  ['会见 at county level', '市委书记章旭升会见来永考察的浙江大学副校长王立忠。', COUNTY, ['MET 章旭升>王立忠 会见']],
  ['致辞 at a ceremony named before', '开工仪式上，副市长李浩锋致辞。', COUNTY, ['ADDRESSED 李浩锋 开工仪式 (致辞)']],
  ['a meeting opening the sentence without 在, then a demand made there (要求 is no plan)',
    '伊朗民防组织常设委员会20日举行会议。会议上，伊朗武装部队总参谋长巴盖里要求各执行机构加强防御准备工作。', undefined,
    ['ADDRESSED 巴盖里 伊朗民防组织常设委员会会议 (讲话)']],
  ['in fact (实际上) is no place anyone spoke', '市政府召开常务会议。实际上，副市长李浩锋表示要抓落实。', COUNTY, []],
  ['a check-up made (做了检查) is no inspection', '得知老人发热，医生伍玉霞专程上门为她做了检查。', undefined, []],
  ['what a decision followed (经过考察学习) is no visit', '村民陈望慧经过考察学习，决定发展玫瑰种植。', undefined, []],
  ['a habit (每到一处考察) is no visit', '习近平总书记每到一处考察，牵挂的都是百姓的安危冷暖。', undefined, []],
  ['where a study puts its weight (调研重点) is no visit', '今年，汪小帆委员把调研重点放在博士生培养上。', undefined, []],
  ['an inspection of a firm is one', '副市长李浩锋对企业进行了检查。', COUNTY, ['LED 李浩锋 对企业进行了检查 (检查)']],
  ['what was done during a visit is no part of its name', '今年5月，习近平总书记在河北黄骅考察时还专门察看了旱碱麦。',
    undefined, ['LED 习近平 在河北黄骅考察 (考察)', 'VISITED 习近平 河北']],
  ['a meeting\'s numbered sitting is that meeting',
    '政协第十四届全国委员会第一次会议主席团常务主席会议第一次会议8日下午在北京举行，全国政协主席王沪宁主持会议。', undefined,
    ['CHAIRED 王沪宁 政协全国委员会会议主席团常务主席会议 (主持)']],
  ['a meeting congratulated on is held before the story: those present at the talks attend no such meeting',
    '12月30日下午，国家主席习近平在北京同俄罗斯总统普京举行视频会晤。普京表示，热烈祝贺中国共产党第二十次全国代表大会' +
    '成功召开。王毅、何立峰等参加活动。', undefined, [
      'ATTENDED 何立峰 同俄罗斯总统普京会晤 (参加 #2)', 'ATTENDED 王毅 同俄罗斯总统普京会晤 (参加 #1)',
      'MET 习近平>普京 举行视频会晤',
    ]],
  ['sympathy expressed some words after 致以 is no visit',
    '在“五一”国际劳动节到来之际，习近平总书记代表党中央向全国广大劳动群众致以节日祝贺和诚挚慰问。', undefined, []],
  ['a report named by more than its kind is a text quoted, not a speech at the story\'s meeting',
    '世界互联网大会开幕。习近平总书记在党的二十大报告中提出，要加快建设网络强国。', undefined, []],
  ['a bare speech (在讲话中表示) is at the story\'s meeting', '市长李浩锋出席会议。李浩锋在讲话中表示，要抓落实。', COUNTY,
    ['ADDRESSED 李浩锋 会议 (讲话)', 'ATTENDED 李浩锋 会议 (出席)']],
  ['on the eve of chairing (主持…前夕) is the time of another report',
    '习近平总书记17日在西安主持中国—中亚峰会前夕，专门听取陕西省委和省政府工作汇报。', undefined, []],
  ['a communiqué\'s meeting held on days after 于; one a decision sets is not held; a report explained to the plenum',
    '中国共产党第十九届中央委员会第七次全体会议，于2022年10月9日至12日在北京举行。中央委员会总书记习近平作了重要讲话。' +
    '全会决定，中国共产党第二十次全国代表大会于2022年10月16日在北京召开。' +
    '习近平就党的十九届中央委员会向中国共产党第二十次全国代表大会的报告讨论稿向全会作了说明。', undefined, [
      'ADDRESSED 习近平 中国共产党中央委员会全体会议 (作了重要讲话)', 'ADDRESSED 习近平 中国共产党中央委员会全体会议 (作了说明)',
    ]],
  ['held with approval (经…批准) is held', '经党中央批准，中央纪委委员研讨班23日至25日在京举办。中央纪委书记李希在研讨班开班式上强调，要坚定信心。',
    undefined, ['ADDRESSED 李希 中央纪委委员研讨班 (讲话)']],
  ['a meeting named in quotes holds a comma', '全国政协12日在京召开“统筹城乡融合发展，全面推进乡村振兴”专题协商会，' +
    '全国政协主席王沪宁出席会议并讲话。', undefined, [
      'ADDRESSED 王沪宁 “统筹城乡融合发展，全面推进乡村振兴”专题协商会 (讲话)',
      'ATTENDED 王沪宁 “统筹城乡融合发展，全面推进乡村振兴”专题协商会 (出席)',
    ]],
  ['a task of research (考察任务) is no visit', '考察队搭乘“雪龙2”号出发，执行北冰洋和加克洋中脊两大区域科学考察任务。', undefined, []],
  ['nor when it happened', '习近平在福建访问期间先后两次深入军营村调研。', undefined, [
    'LED 习近平 先后两次深入军营村调研 (调研)', 'VISITED 习近平 福建',
  ]],
  ['陪同下: the companions attend', '在市长胡勇春陪同下，考察组参观了企业展厅。', COUNTY, []],
  ['听取发言 is no speech of the listener', '市委书记章旭升在听取大家发言后作了讲话。', COUNTY, []],
  [
    'one person chairs and attends: the chair stands',
    '市长胡勇春出席并主持全市安全生产工作会议。',
    COUNTY,
    ['ATTENDED 胡勇春 全市安全生产工作会议 (出席)', 'CHAIRED 胡勇春 全市安全生产工作会议 (主持)'],
  ],
  [
    '走访 with places listed',
    '副市长李浩锋走访了步阳集团、王力安防。',
    COUNTY,
    ['LED 李浩锋 走访步阳集团、王力安防 (走访)', 'VISITED 李浩锋 步阳集团', 'VISITED 李浩锋 王力安防'],
  ],
  [
    '召开 with a person subject',
    '市长胡勇春召开专题会议，研究部署疫情防控工作。',
    COUNTY,
    ['CHAIRED 胡勇春 专题会议 (召开)'],
  ],
  // National and foreign-affairs news.
  [
    "a premier chairs the State Council's executive meeting",
    '国务院总理李强1月5日主持召开国务院常务会议，研究发展银发经济。',
    undefined,
    ['CHAIRED 李强 国务院常务会议 (主持召开)'],
  ],
  [
    "a sitting's number is not in the series",
    '中共中央政治局常委、国务院总理李强主持召开国务院第三十次常务会议。',
    undefined,
    ['CHAIRED 李强 国务院常务会议 (主持召开)'],
  ],
  [
    'a president meets a foreign president',
    '国家主席习近平在人民大会堂会见马尔代夫总统穆伊兹。',
    undefined,
    ['MET 习近平>穆伊兹 会见'],
  ],
  [
    'the guest after a relative clause',
    '国务院总理李强8日在杭州会见来华出席第十九届亚运会闭幕式的乌兹别克斯坦总理阿里波夫。',
    undefined,
    ['MET 李强>阿里波夫 会见'],
  ],
  [
    'talks with a partner',
    '国家主席习近平同哈萨克斯坦总统托卡耶夫举行会谈。',
    undefined,
    ['MET 习近平>托卡耶夫 举行会谈'],
  ],
  ['a phone call', '国家主席习近平应约同德国总统施泰因迈尔通电话。', undefined, ['MET 习近平>施泰因迈尔 通电话']],
  [
    '分别会见: one talks event per guest',
    '王岐山还分别会见新任副总统阿尔克明和时任副总统莫朗。',
    undefined,
    ['MET 王岐山>莫朗 分别会见', 'MET 王岐山>阿尔克明 分别会见'],
  ],
  [
    'officials present at talks attend them',
    '国家副主席韩正19日在京会见巴西众议长里拉。王毅、何立峰参加会见。',
    undefined,
    [
      'ATTENDED 何立峰 会见巴西众议长里拉 (参加会见 #2)',
      'ATTENDED 王毅 会见巴西众议长里拉 (参加会见 #1)',
      'MET 韩正>里拉 会见',
    ],
  ],
  [
    "a delegation's leader is the guest, not a visit's leader",
    '蔡奇在北京会见由越共中央书记处书记黎怀忠率领的代表团。',
    undefined,
    ['MET 蔡奇>黎怀忠 会见'],
  ],
  [
    '出席并发表主旨演讲',
    '国家副主席韩正出席2022年创新经济论坛开幕式并发表主旨演讲。',
    undefined,
    ['ADDRESSED 韩正 创新经济论坛开幕式 (发表主旨演讲)', 'ATTENDED 韩正 创新经济论坛开幕式 (出席)'],
  ],
  [
    "出席并致辞 with no name: the story's event",
    '第三届“一带一路”高峰论坛互联互通高级别论坛在京举办。丁薛祥出席并致辞。',
    undefined,
    [
      // The label drops the edition (第三届): the forum's series; the printed name keeps it.
      'ADDRESSED 丁薛祥 “一带一路”高峰论坛互联互通高级别论坛 (致辞)',
      'ATTENDED 丁薛祥 “一带一路”高峰论坛互联互通高级别论坛 (出席)',
    ],
  ],
  [
    '主持会议并讲话',
    '中共中央政治局委员、中央组织部部长李干杰主持会议并讲话。',
    undefined,
    ['ADDRESSED 李干杰 会议 (讲话)', 'CHAIRED 李干杰 会议 (主持)'],
  ],
  [
    'a title after the name',
    '十三届全国人大常委会第三十八次会议在京闭幕。栗战书委员长主持会议。',
    undefined,
    ['CHAIRED 栗战书 全国人大常委会会议 (主持)'],
  ],
  [
    "a closing sentence chairs the story's forum",
    '全国政协召开双周协商座谈会。孙春兰主持座谈会。',
    undefined,
    ['CHAIRED 孙春兰 双周协商座谈会 (主持)'],
  ],
  [
    'a list of leaders attends',
    '李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席座谈会。',
    undefined,
    [
      'ATTENDED 丁薛祥 座谈会 (出席 #5)',
      'ATTENDED 李强 座谈会 (出席 #1)',
      'ATTENDED 李希 座谈会 (出席 #6)',
      'ATTENDED 王沪宁 座谈会 (出席 #3)',
      'ATTENDED 蔡奇 座谈会 (出席 #4)',
      'ATTENDED 赵乐际 座谈会 (出席 #2)',
    ],
  ],
  [
    'a plan: 将于…出席…并发表讲话',
    '国家主席习近平将于7月4日以视频方式出席上海合作组织成员国元首理事会会议并发表重要讲话。',
    undefined,
    [],
  ],
  [
    "a meeting recalled in speech is not today's",
    '韩正表示，习近平主席同博鲁阿尔特总统去年11月在旧金山成功会晤。',
    undefined,
    [],
  ],
  ['a past meeting in a first-person quote', '习近平说：“我多次会见访华的匈牙利领导人。”', undefined, []],
  [
    '在…会谈时，X表示: the talks still happened',
    '国家主席习近平在同俄罗斯总统普京会谈时表示，中俄关系不断发展。',
    undefined,
    ['MET 习近平>普京 会谈'],
  ],
  [
    '共同主持 with a foreign co-chair',
    '国务院副总理丁薛祥15日在北京同俄罗斯副总理诺瓦克共同主持中俄能源合作委员会第二十次会议。',
    undefined,
    ['CHAIRED 丁薛祥 中俄能源合作委员会会议 (主持)', 'CHAIRED 诺瓦克 中俄能源合作委员会会议 (主持)'],
  ],
  [
    '共同会见 others: co-hosts meet no one named; both are at the talks',
    '国务院总理李克强与德国总理朔尔茨共同会见中德经济界代表并座谈交流。',
    undefined,
    ['ATTENDED 李克强 会见中德经济界代表 (共同会见 #1)', 'ATTENDED 朔尔茨 会见中德经济界代表 (共同会见 #2)'],
  ],
  [
    'a foreign president attends a ceremony',
    '印尼总统佐科出席全容量并网发电仪式。',
    undefined,
    ['ATTENDED 佐科 全容量并网发电仪式 (出席)'],
  ],
  [
    'a foreign host meets a foreign guest',
    '伊朗议会议长卡利巴夫23日在德黑兰会见了到访的俄罗斯国家杜马主席沃洛金。',
    undefined,
    ['MET 卡利巴夫>沃洛金 会见'],
  ],
  ['a speech noun in a title of a work is no speech', '《求是》杂志发表习近平总书记的重要讲话。', undefined, []],
  ['a spokesman appointed is no speech', '会议确定，全国政协常委刘结一为新闻发言人。', undefined, []],
  [
    '考察 with the province',
    '习近平总书记近日在四川考察。',
    undefined,
    ['LED 习近平 在四川考察 (考察)', 'VISITED 习近平 四川'],
  ],
  [
    'a premier attends a summit abroad',
    '当地时间9月10日上午，国务院总理李强在印度新德里出席二十国集团领导人第十八次峰会第三阶段会议并发言。',
    undefined,
    ['ADDRESSED 李强 二十国集团领导人峰会第三阶段会议 (发言)', 'ATTENDED 李强 二十国集团领导人峰会第三阶段会议 (出席)'],
  ],
  [
    'a politburo meeting chaired by the general secretary',
    '中共中央政治局召开会议。中共中央总书记习近平主持会议。',
    undefined,
    ['CHAIRED 习近平 中共中央政治局会议 (主持)'],
  ],
  [
    "a chair's body names a bare sitting",
    '全国政协主席汪洋主持第八十五次主席会议。',
    undefined,
    ['CHAIRED 汪洋 全国政协主席会议 (主持)'],
  ],
  ['双方 and 领导人 are nobody', '会谈后，两国领导人共同见证了合作文件的签署。', undefined, []],
  ['会见记者 meets no one named', '会后，三国领导人共同会见记者。', undefined, []],
  ["a vice-premier attends talks' signing", '国务院副总理刘鹤参加会见。', undefined, []],
  [
    'a delegation visit led abroad',
    '中共中央政治局委员、中央外办主任王毅率团出席第五十九届慕尼黑安全会议。',
    undefined,
    ['LED 王毅 率团出席第五十九届慕尼黑安全会议 (率团)'],
  ],
  [
    'a welcome banquet and its speech',
    '国家主席习近平和夫人彭丽媛举行宴会。习近平发表致辞。',
    undefined,
    // (A host holds his banquet: he and his wife held it.)
    ['ADDRESSED 习近平 宴会 (发表致辞)', 'CHAIRED 习近平 宴会 (举行)', 'CHAIRED 彭丽媛 宴会 (举行)'],
  ],
  [
    '出席 a ceremony before the speech verb of others',
    '中共中央政治局常委、中央书记处书记蔡奇出席大会并讲话。',
    undefined,
    ['ADDRESSED 蔡奇 大会 (讲话)', 'ATTENDED 蔡奇 大会 (出席)'],
  ],
  [
    'a guest named bare before 第一副总理 in the slot of talks, after those met in turn',
    '国务院副总理丁薛祥访问哈萨克斯坦，分别会见哈萨克斯坦总统托卡耶夫、总理斯迈洛夫，同斯克利亚尔第一副总理举行会谈。',
    undefined,
    ['MET 丁薛祥>斯克利亚尔 举行会谈', 'MET 丁薛祥>托卡耶夫 分别会见', 'MET 丁薛祥>斯迈洛夫 分别会见'],
  ],
  [
    'speakers named in one clause speak each on a topic in the next (分别就…等问题发言); 不断 denies nothing',
    '习近平17日上午在参加广西代表团讨论时强调，要团结奋斗。' +
      '广西代表团刘宁、蓝天立等5位代表结合实际对报告发表了意见，分别就保护好桂林山水、不断深化自主创新等问题发言。',
    undefined,
    [
      'ADDRESSED 刘宁 广西代表团讨论 (发言)',
      'ADDRESSED 蓝天立 广西代表团讨论 (发言)',
      'ADDRESSED 习近平 广西代表团讨论 (讲话)',
      'ATTENDED 习近平 广西代表团讨论 (参加)',
    ],
  ],
  [
    'how he went is no part of a visit\'s name (马不停蹄地 also denies nothing)',
    '全国政协委员叶聪就马不停蹄地走访科研院所、民营科技型企业等。',
    undefined,
    ['LED 叶聪 走访科研院所、民营科技型企业等 (走访)', 'VISITED 叶聪 科研院所'],
  ],
  [
    'a site the tagger reads as a name among where he went (来到…艾提尕尔清真寺…等调研) leads nothing',
    '在喀什，王沪宁来到喀什古城、艾提尕尔清真寺、疏附县阿亚格曼干村等调研。',
    undefined,
    ['LED 王沪宁 来到喀什古城、艾提尕尔清真寺、疏附县阿亚格曼干村等调研 (调研)', 'VISITED 王沪宁 喀什'],
  ],
  [
    'talks a speaker recalls as the time of an accord (会晤期间达成的共识) are no talks of the story',
    '全国人大常委会委员长赵乐际20日下午在人民大会堂同巴西众议长里拉举行会谈。\n' +
      '赵乐际表示，立法机构交往是中巴关系的重要组成部分。习近平主席同卢拉总统会晤期间达成的一项重要共识，就是推动两国立法机构保持经常联系。',
    undefined,
    ['MET 赵乐际>里拉 举行会谈'],
  ],
  [
    'one who speaks in a paragraph set at the story\'s meeting spoke at it; a visit\'s name ends befo' +
      're 并 and the next act',
    '21日至22日，国务院总理李强在湖南调研并主持召开先进制造业发展座谈会。\n' +
      '在先进制造业发展座谈会上，来自全国各地的8家企业负责人谈了情况和建议。李强指出，实体经济是我国经济的根基所在。',
    undefined,
    [
      'ADDRESSED 李强 先进制造业发展座谈会 (讲话)', 'CHAIRED 李强 先进制造业发展座谈会 (主持召开)', 'LED 李强 在湖南调研 (调研)',
      'VISITED 李强 湖南',
    ],
  ],
  [
    'the day between a speaker and where he spoke (24日在…上表示); what a chair said while chairing (在主持…时说)',
    '匈牙利外交部长西雅尔多24日在欧盟外长会上表示，绝大多数欧盟国家仍支持向乌克兰提供武器。' +
      '俄罗斯总统普京1日在主持召开经济问题会议时说，西方加剧对俄制裁的实际效果是进行了自我惩罚。',
    undefined,
    ['ADDRESSED 普京 经济问题会议 (讲话)', 'ADDRESSED 西雅尔多 欧盟外长会 (讲话)', 'CHAIRED 普京 经济问题会议 (主持召开)'],
  ],
  [
    'a speech with no event of its own is at the lead\'s meeting, not at the visit before it',
    '习近平总书记6日下午看望参加全国政协十四届一次会议的民建、工商联界委员，并参加联组会发表重要讲话。\n' +
      '全国政协委员曾毓群围绕如何占领全球新能源产业制高点第一个发言。',
    undefined,
    [
      'ADDRESSED 曾毓群 联组会 (发言)', 'ATTENDED 习近平 联组会 (参加)',
      'LED 习近平 看望参加全国政协十四届一次会议的民建、工商联界委员 (看望)',
    ],
  ],
  [
    'what someone presents (介绍着企业参加进博会的成绩) is no act of his',
    '在葡萄牙一家家庭清洁品牌的展位，企业负责人贡萨洛正在兴奋地向葡萄牙驻华大使介绍着企业参加进博会的惊人成绩。',
    undefined,
    [],
  ],
  [
    'a closing\'s formula before its day; a Tibetan name after a title; titled people listed with commas each attend',
    '第十一次全国归侨侨眷代表大会圆满完成各项议程，3日上午在北京人民大会堂闭幕。' +
      '中共中央政治局委员、中央统战部部长石泰峰，全国人大常委会副委员长洛桑江村，全国政协副主席咸辉出席大会。',
    undefined,
    [
      'ATTENDED 咸辉 全国归侨侨眷代表大会 (出席 #3)', 'ATTENDED 洛桑江村 全国归侨侨眷代表大会 (出席 #2)',
      'ATTENDED 石泰峰 全国归侨侨眷代表大会 (出席 #1)',
    ],
  ],
  [
    'a grand ceremony held by the one named before it (出席…马克龙举行的隆重盛大欢迎仪式): its host, its name without the grandeur',
    '当地时间5月6日下午，正在法国进行国事访问的国家主席习近平在巴黎出席法国总统马克龙举行的隆重盛大欢迎仪式。',
    undefined,
    ['ATTENDED 习近平 欢迎仪式 (出席)', 'CHAIRED 马克龙 欢迎仪式 (举行)'],
  ],
  [
    'a former post with its state before the name; a hearing held by a parliament where he spoke (近日在…举行的听证会上说)',
    '法国前总理弗朗索瓦·菲永近日在法国国民议会举行的听证会上说，美国西方的单边制裁害人害己。',
    undefined,
    ['ADDRESSED 弗朗索瓦·菲永 听证会 (讲话)'],
  ],
  [
    'a list\'s last name before a comma and others told by kind (…、何立峰，中央有关部门负责人出席); a short meeting',
    '中共中央8月31日在中南海召开党外人士座谈会。丁薛祥、陈希、王毅、何立峰，中央有关部门负责人出席座谈会。' +
      '随后，李强同扎帕罗夫举行简短会见。',
    undefined,
    [
      'ATTENDED 丁薛祥 党外人士座谈会 (出席 #1)', 'ATTENDED 何立峰 党外人士座谈会 (出席 #4)',
      'ATTENDED 王毅 党外人士座谈会 (出席 #3)', 'ATTENDED 陈希 党外人士座谈会 (出席 #2)', 'MET 李强>扎帕罗夫 举行简短会见',
    ],
  ],
  [
    'the chair of a meeting reported in the sentence before speaks as 他 (他强调，): he spoke at it',
    '5月17日至18日，国务院总理李强在山东调研。\n' +
      '调研中，李强主持召开座谈会，听取山东省有关部门、部分市县和企业负责人发言。他强调，推动经济运行持续回升向好。',
    undefined,
    [
      'ADDRESSED 李强 座谈会 (讲话)', 'CHAIRED 李强 座谈会 (主持召开)', 'LED 李强 在山东调研 (调研)', 'VISITED 李强 山东',
    ],
  ],
  [
    'a round table; a body printed before a bare post (…办公室主任助理季启明) is part of who speaks at the scene',
    '国务院总理李强同澳大利亚总理阿尔巴尼斯共同出席第七届中澳工商界首席执行官圆桌会并致辞。' +
      '神舟十五号载人飞行任务新闻发布会在酒泉卫星发射中心举行。\n' +
      '发布会上，中国载人航天工程办公室主任助理季启明介绍了神舟十五号载人飞行任务相关情况。',
    undefined,
    [
      'ADDRESSED 季启明 神舟十五号载人飞行任务新闻发布会 (讲话)', 'ADDRESSED 李强 中澳工商界首席执行官圆桌会 (致辞)',
      'ATTENDED 李强 中澳工商界首席执行官圆桌会 (出席 #1)', 'ATTENDED 阿尔巴尼斯 中澳工商界首席执行官圆桌会 (出席 #2)',
    ],
  ],
  [
    'a name the tagger cuts one short of what a speaker does (罗培|新作了讲解) is read whole',
    '12月20日上午，国务院进行第五次专题学习。国务院总理李强主持专题学习。华东政法大学教授罗培新作了讲解。',
    undefined,
    ['ADDRESSED 罗培新 国务院专题学习 (作了讲解)', 'CHAIRED 李强 国务院专题学习 (主持)'],
  ],
  [
    'those listed who each passed on and explained (分别就有关议题作了传达和说明); one named and others by count (X和…约120位企业家参加)',
    '政协第十三届全国委员会第八十三次主席会议12日在京召开。全国政协主席汪洋主持会议并讲话。' +
      '中共中央政治局委员、中央统战部部长石泰峰，全国政协副主席张庆黎、李斌等分别就有关议题作了传达和说明。' +
      '国务院总理李强27日在天津出席世界经济论坛全球企业家对话会。世界贸易组织总干事伊维拉和来自20多个国家和地区的约120位企业家参加。',
    undefined,
    [
      'ADDRESSED 张庆黎 政协全国委员会主席会议 (作了传达和说明)', 'ADDRESSED 李斌 政协全国委员会主席会议 (作了传达和说明)',
      'ADDRESSED 汪洋 政协全国委员会主席会议 (讲话)', 'ADDRESSED 石泰峰 政协全国委员会主席会议 (作了传达和说明)',
      'ATTENDED 伊维拉 世界经济论坛全球企业家对话会 (参加)', 'ATTENDED 李强 世界经济论坛全球企业家对话会 (出席)',
      'CHAIRED 汪洋 政协全国委员会主席会议 (主持)',
    ],
  ],
  [
    'a speech joined on behalf of bodies listed with 、 (并代表中共中央、国务院致贺词)',
    '中国工商业联合会第十三次全国代表大会12月11日在北京开幕。中共中央政治局常委李强出席开幕会，并代表中共中央、国务院致贺词。',
    undefined,
    ['ADDRESSED 李强 中国工商业联合会全国代表大会 (致贺词)', 'ATTENDED 李强 中国工商业联合会全国代表大会 (出席)'],
  ],
  [
    'places listed where he went, closed by 等地, are places, not a leader (许昌)',
    '赵乐际先后到周口、许昌、郑州等地调研，深入社区。',
    undefined,
    ['LED 赵乐际 先后到周口、许昌、郑州等地调研 (调研)', 'VISITED 赵乐际 周口', 'VISITED 赵乐际 许昌', 'VISITED 赵乐际 郑州'],
  ],
  [
    'places\' deliberations under one head, attended each in turn (分别参加…香港、澳门代表团审议)',
    '中共中央政治局常委赵乐际7日上午分别参加了十四届全国人大一次会议香港、澳门代表团审议。',
    undefined,
    ['ATTENDED 赵乐际 全国人大会议澳门代表团审议 (参加)', 'ATTENDED 赵乐际 全国人大会议香港代表团审议 (参加)'],
  ],
  [
    'one deliberation of two places, attended together, stays one',
    '中共中央政治局常委赵乐际7日上午参加了十四届全国人大一次会议香港、澳门代表团联组审议。',
    undefined,
    ['ATTENDED 赵乐际 全国人大会议香港、澳门代表团联组审议 (参加)'],
  ],
  [
    'attending a deliberation, then what he said: words he addressed to it',
    '中共中央政治局委员王毅在参加广西代表团审议时说，我完全赞同。',
    undefined,
    ['ADDRESSED 王毅 广西代表团审议 (讲话)', 'ATTENDED 王毅 广西代表团审议 (参加)'],
  ],
  [
    'a vice-chairman attends a forum, a member speaks',
    '全国政协副主席咸辉出席座谈会。委员谷树忠发言。',
    undefined,
    ['ADDRESSED 谷树忠 座谈会 (发言)', 'ATTENDED 咸辉 座谈会 (出席)'],
  ],
  [
    'presented by 由…主持 at a ceremony',
    '敬献花篮仪式由中共中央政治局委员、北京市委书记尹力主持。',
    undefined,
    ['CHAIRED 尹力 敬献花篮仪式 (主持)'],
  ],
  [
    'a head of state is met in a hall',
    '国家副主席韩正在北京会见美国星巴克公司创始人霍华德·舒尔茨。',
    undefined,
    ['MET 韩正>霍华德·舒尔茨 会见'],
  ],
  [
    'a call with a foreign minister',
    '中共中央政治局委员、外交部长王毅应约同美国国务卿布林肯通电话。',
    undefined,
    ['MET 王毅>布林肯 通电话'],
  ],
  ['talks, then signing witnessed', '会谈后，习近平和通伦共同见证了双方签署的合作文件。', undefined, []],
  [
    "a summit's convening is the time of a statement",
    '委内瑞拉外长希尔与古巴外长罗德里格斯16日在欧盟—拉共体峰会召开前表示反对制裁。',
    undefined,
    [],
  ],
  ['kin received are no meeting with the dead', '会前，蔡奇等领导同志会见了任弼时同志亲属。', undefined, []],
  ['a hall is no meeting', '全国政协委员王宁9日上午在人民大会堂发言。', undefined, []],
  [
    'two guests with their titles joined by 和, and an official present who has no surname kg lists',
    '全国人大常委会委员长赵乐际9日下午在人民大会堂同巴哈马众议长德沃和参议长阿德利举行会谈。铁凝参加会谈。',
    undefined,
    ['MET 赵乐际>德沃 举行会谈', 'MET 赵乐际>阿德利 举行会谈', 'ATTENDED 铁凝 同巴哈马众议长德沃、参议长阿德利会谈 (参加会谈)'],
  ],
  [
    'a meeting held with its days between name and verb; bare 出席并讲话 and 主持会议 are the story\'s',
    '2024年对台工作会议22日至23日在京召开。王沪宁出席并讲话。王毅主持会议。',
    undefined,
    ['ADDRESSED 王沪宁 对台工作会议 (讲话)', 'ATTENDED 王沪宁 对台工作会议 (出席)', 'CHAIRED 王毅 对台工作会议 (主持)'],
  ],
  [
    'talks with 其: the person the clause just named; a guest met is no ceremony\'s attendant',
    '国家副主席王岐山在巴西利亚出席巴西新任总统卢拉就职仪式并同其举行会见。',
    undefined,
    ['ATTENDED 王岐山 巴西新任总统卢拉就职仪式 (出席)', 'MET 王岐山>卢拉 举行会见'],
  ],
  [
    'the opening session of the story\'s meeting is that meeting; a speaker there addressed it',
    '政协第十四届全国委员会常务委员会第七次会议4日上午在京开幕。全国政协主席王沪宁主持开幕会。李鸿忠在会上缅怀了他的一生，强调要学习。',
    undefined,
    ['ADDRESSED 李鸿忠 政协全国委员会常务委员会会议 (讲话)', 'CHAIRED 王沪宁 政协全国委员会常务委员会会议 (主持)'],
  ],
  ['a year summed up is no day\'s visit', '这一年，习近平总书记深入港口、边疆等地考察调研。', undefined, []],
  ['visits made many times are no one visit', '今年，市委书记金政多次深入企业调研。', COUNTY, []],
  ['sympathy expressed to kin is no visit, and whom it is expressed to is no agent',
    '习近平、李强等党和国家领导同志，向江泽民同志亲属表示深切慰问。', undefined, []],
  ['last year\'s research is no happening of the issue\'s day', '去年年初，梁倩娟在走访调研时发现，农机种类少。', undefined, []],
  ['leading a team at work is no visit', '眼下，33岁的工程师孙芝茵正带领着研发团队进行装置联合调试。', COUNTY, []],
  ['a study and what it found is no visit', '市农科所所长郭进考调研发现，在同一地块，亩产差异大。', COUNTY, []],
  ['talks held a while ago are no talks of the day', '习近平主席不久前同李显龙总理在曼谷线下会晤。', undefined, []],
  [
    'a name before a date keeps its given name; two provinces visited, no province a person',
    '国务院副总理丁薛祥3日上午在北京调研。国务院总理李强11月14日至16日在黑龙江、吉林调研。',
    undefined,
    [
      'LED 丁薛祥 在北京调研 (调研)',
      'LED 李强 在黑龙江、吉林调研 (调研)',
      'VISITED 丁薛祥 北京',
      'VISITED 李强 吉林',
      'VISITED 李强 黑龙江',
    ],
  ],
  ['a year told of is no day\'s happening', '2017年，李闯带队参加国际特种兵勇士竞赛。', undefined, []],
  ['someone whose home is visited is no visitor', '市委书记金政走进困难群众李敬和家中看望。', COUNTY, []],
  [
    'whose letter is read out is no speaker: the reader spoke',
    '海峡论坛大会在厦门举行。全国政协主席王沪宁出席，宣读习近平总书记贺信并致辞。',
    undefined,
    ['ADDRESSED 王沪宁 海峡论坛大会 (致辞)', 'ATTENDED 王沪宁 海峡论坛大会 (出席)', 'ATTENDED 王沪宁 海峡论坛大会 (宣读)'],
  ],
  [
    'a banquet given in a king\'s name is an event of its own',
    '访摩期间，全国人大常委会委员长赵乐际出席了阿赫努什首相以穆罕默德六世国王名义举行的晚宴。',
    undefined,
    ['ATTENDED 赵乐际 晚宴 (出席)'],
  ],
  [
    'a state visit\'s welcome: the host held the ceremony, the guest attended it, as did those named after',
    '国家主席习近平3日下午在人民大会堂北大厅举行仪式，欢迎坦桑尼亚联合共和国总统萨米娅·苏卢胡·哈桑对我国进行国事访问。王毅等出席欢迎仪式。',
    undefined,
    ['ATTENDED 王毅 欢迎仪式 (出席)', 'ATTENDED 萨米娅·苏卢胡·哈桑 欢迎仪式 (欢迎)', 'CHAIRED 习近平 欢迎仪式 (举行仪式)'],
  ],
  [
    'officials with their titles listed with commas and closed by 等 are one list; without 等 a comma parts them',
    '欢迎仪式在人民大会堂举行。国务委员王毅，国务院副总理何立峰等出席欢迎仪式。国家主席习近平会见美国总统拜登，国务卿布林肯参加会见。',
    undefined,
    [
      'ATTENDED 何立峰 欢迎仪式 (出席 #2)',
      'ATTENDED 王毅 欢迎仪式 (出席 #1)',
      'ATTENDED 布林肯 会见美国总统拜登 (参加会见)',
      'MET 习近平>拜登 会见',
    ],
  ],
  [
    'the one who invites others to attend did not attend',
    '国家主席习近平夫人彭丽媛邀请出席高峰论坛的外方领导人夫人参观中国工艺美术馆。',
    undefined,
    [],
  ],
  ['a book tells of visits: none happened here', '该书生动讲述了习近平总书记考察调研期间的故事。', undefined, []],
  [
    'a speaker of a parliament is no meeting (议会|议长)',
    '全国人大常委会委员长赵乐际同阿拉伯议会议长欧舒米举行会谈。郑建邦参加。',
    undefined,
    ['ATTENDED 郑建邦 同阿拉伯议会议长欧舒米会谈 (参加)', 'MET 赵乐际>欧舒米 举行会谈'],
  ],
  [
    'a visit is named without its days',
    '国务院总理李强3月18日至20日在福建调研。',
    undefined,
    ['LED 李强 在福建调研 (调研)', 'VISITED 李强 福建'],
  ],
  [
    'the opening ceremony of the story\'s forum is the forum; a list\'s name keeps a character names seldom hold',
    '2024中关村论坛年会25日在北京开幕。丁薛祥出席开幕式并致辞。石泰峰、张春贤、魏凤和、刘奇葆等出席。',
    undefined,
    [
      'ADDRESSED 丁薛祥 中关村论坛年会 (致辞)',
      'ATTENDED 丁薛祥 中关村论坛年会 (出席)',
      'ATTENDED 刘奇葆 中关村论坛年会 (出席 #4)',
      'ATTENDED 张春贤 中关村论坛年会 (出席 #2)',
      'ATTENDED 石泰峰 中关村论坛年会 (出席 #1)',
      'ATTENDED 魏凤和 中关村论坛年会 (出席 #3)',
    ],
  ],
  [
    'the hosts of a joint press conference spoke at it; those present attended it',
    '国家主席习近平在北京同俄罗斯总统普京会谈后共同会见记者。蔡奇、王毅等出席。',
    undefined,
    [
      'ADDRESSED 习近平 会见记者 (共同会见记者)',
      'ADDRESSED 普京 会见记者 (共同会见记者)',
      'ATTENDED 王毅 会见记者 (出席 #2)',
      'ATTENDED 蔡奇 会见记者 (出席 #1)',
      'MET 习近平>普京 会谈',
    ],
  ],
  [
    '同X座谈 is a 座谈会 its agent attended; speaking after hearing the others addresses it',
    '国务院总理李强在广州同外国企业家代表座谈交流。李强在听取大家发言后表示，中国开放的大门会越开越大。吴政隆参加座谈会。',
    undefined,
    ['ADDRESSED 李强 座谈会 (讲话)', 'ATTENDED 吴政隆 座谈会 (参加)', 'ATTENDED 李强 座谈会 (座谈交流)'],
  ],
  [
    'a discussion joined to a visit is part of it',
    '李强在河南调研，并与科研人员座谈。',
    undefined,
    ['LED 李强 在河南调研 (调研)', 'VISITED 李强 河南'],
  ],
  [
    'a reporter a meeting heard addressed it',
    '十四届全国人大常委会第十次会议26日在北京举行。会议听取了最高人民法院院长张军作的关于人民法院工作情况的报告。',
    undefined,
    ['ADDRESSED 张军 全国人大常委会会议 (作报告)'],
  ],
  [
    'a meeting opening the sentence is recalled unless the story reports it',
    '在庆祝改革开放40周年大会上，习近平总书记指出，改革开放是重要法宝。',
    undefined,
    [],
  ],
  ['meetings counted are summed up', '习近平总书记亲自主持召开5场座谈会，听取意见建议。', undefined, []],
  ['accompanying someone to many events is summed up', '彭丽媛教授陪同习近平主席出席多场活动。', undefined, []],
  ['a wish is not done', '我期待同习近平主席共同主持领导人对话会。', undefined, []],
  ['talks held last year are recalled', '习近平主席去年同维克拉马辛哈总统举行会晤。', undefined, []],
  [
    'where a joined predicate was done may stand after the joiner; the meeting opening a sentence is the story\'s',
    '丁薛祥在辽宁调研，并在沈阳主持召开座谈会。在座谈会上，丁薛祥强调，要加强科技创新。',
    undefined,
    [
      'ADDRESSED 丁薛祥 座谈会 (讲话)',
      'CHAIRED 丁薛祥 座谈会 (主持召开)',
      'LED 丁薛祥 在辽宁调研 (调研)',
      'VISITED 丁薛祥 沈阳',
      'VISITED 丁薛祥 辽宁',
    ],
  ],
  [
    'a county meeting hears a deputy mayor report',
    '市人大常委会召开第十二次会议。会议听取了副市长李浩锋作的关于全市安全生产工作情况的报告。',
    COUNTY,
    ['ADDRESSED 李浩锋 市人大常委会 (作报告)'],
  ],
  [
    'a county leader holds a discussion with entrepreneurs and speaks after them',
    '市委书记金政同企业家代表座谈交流。金政在听取大家发言后指出，要优化营商环境。',
    COUNTY,
    ['ADDRESSED 金政 座谈会 (讲话)', 'ATTENDED 金政 座谈会 (座谈交流)'],
  ],
  [
    'a guest named bare between 同 and the talks is a person',
    '欢迎仪式后，国务院总理李强同朔尔茨举行会谈。吴政隆参加会谈。',
    undefined,
    ['ATTENDED 吴政隆 同朔尔茨会谈 (参加会谈)', 'MET 李强>朔尔茨 举行会谈'],
  ],
  [
    "a partner's titles joined by 兼 stand between 同 and his name",
    '国家主席习近平在利雅得同沙特王储兼首相穆罕默德举行会谈。',
    undefined,
    ['MET 习近平>穆罕默德 举行会谈'],
  ],
  [
    'a foreign name may start with 科 after a post; a place ending in a post makes no person (主席府)',
    '全国人大常委会委员长赵乐际同斯洛伐克国民议会议长科拉尔举行会谈。习近平在河内主席府同越南国家主席武文赏举行会谈。',
    undefined,
    ['MET 习近平>武文赏 举行会谈', 'MET 赵乐际>科拉尔 举行会谈'],
  ],
  [
    "a deputy at his delegation's session attended it and spoke after the deputies",
    '中共中央政治局常委王沪宁5日下午来到他所在的贵州代表团，同代表们一起审议政府工作报告。在听取代表发言后，王沪宁表示，完全赞成政府工作报告。',
    undefined,
    ['ADDRESSED 王沪宁 贵州代表团审议 (讲话)', 'ATTENDED 王沪宁 贵州代表团审议 (参加)'],
  ],
  [
    'a summit by its sitting is a meeting; what is done during it is joined to it',
    '国家主席习近平在约翰内斯堡出席金砖国家领导人第十五次会晤期间会见伊朗总统莱希。',
    undefined,
    ['ATTENDED 习近平 金砖国家领导人会晤 (出席)', 'MET 习近平>莱希 会见'],
  ],
  [
    "a study session held by 进行 is the State Council's series",
    '国务院以“推动高质量发展”为主题，进行第二次专题学习。国务院总理李强主持学习。',
    undefined,
    ['CHAIRED 李强 国务院专题学习 (主持)'],
  ],
  [
    'attending that is over (结束出席) is only the time of what follows',
    '习近平在结束出席峰会回国途中，在乌鲁木齐听取汇报。蔡奇出席汇报会。',
    undefined,
    ['ATTENDED 蔡奇 汇报会 (出席)'],
  ],
  [
    'whom a banquet is held for did what follows 为 (no one attended the summit here); the hosts held the banquet',
    '习近平和夫人彭丽媛为出席峰会的外国元首夫妇举行欢迎宴会。',
    undefined,
    ['CHAIRED 习近平 欢迎宴会 (举行)', 'CHAIRED 彭丽媛 欢迎宴会 (举行)'],
  ],
  [
    'a spouse is listed with her husband and named after the word for one',
    '国家主席习近平和夫人彭丽媛出席欢迎晚宴。',
    undefined,
    ['ATTENDED 习近平 欢迎晚宴 (出席 #1)', 'ATTENDED 彭丽媛 欢迎晚宴 (出席 #2)'],
  ],
  [
    'a leader of a party the lexicon does not list',
    '蔡奇在北京会见由日本公明党党首山口那津男率领的代表团。',
    undefined,
    ['MET 蔡奇>山口那津男 会见'],
  ],
  [
    'one who comes along on a condolence visit attended it',
    '市委书记金政走访慰问困难党员。市长朱志杰一同看望。',
    COUNTY,
    ['ATTENDED 朱志杰 走访慰问困难党员 (一同看望)', 'LED 金政 走访慰问困难党员 (走访慰问)'],
  ],
  [
    'a leader who comes to a place, then inspects: the inspection is named by its clause; 来到 is no part of his name',
    '市委书记金政来到市应急管理局，检查指导安全生产工作。',
    COUNTY,
    ['LED 金政 检查指导安全生产工作 (检查)', 'VISITED 金政 市应急管理局'],
  ],
  [
    'a held meeting is named over 和 back to its clause and dated by the days before its verb',
    '全国网络安全和信息化工作会议7月14日至15日在京召开。中共中央政治局常委蔡奇出席会议并讲话。石泰峰、何立峰出席会议。',
    undefined,
    [
      'ADDRESSED 蔡奇 全国网络安全和信息化工作会议 (讲话)',
      'ATTENDED 何立峰 全国网络安全和信息化工作会议 (出席 #2)',
      'ATTENDED 石泰峰 全国网络安全和信息化工作会议 (出席 #1)',
      'ATTENDED 蔡奇 全国网络安全和信息化工作会议 (出席)',
    ],
  ],
  [
    'talks with a group named by no one are an event; a bare 参加 after them is at them',
    '第十六届海峡论坛大会15日在厦门举行。王沪宁出席并致辞。大会开始前，王沪宁会见了参加论坛的台湾嘉宾代表。苏辉等参加。',
    undefined,
    [
      'ADDRESSED 王沪宁 海峡论坛大会 (致辞)',
      'ATTENDED 王沪宁 海峡论坛大会 (出席)',
      'ATTENDED 王沪宁 会见参加论坛的台湾嘉宾代表 (会见)',
      'ATTENDED 苏辉 会见参加论坛的台湾嘉宾代表 (参加)',
    ],
  ],
  [
    "a speech joined to attending talks is at the meeting it names; a name may end in 中",
    '中国援外医疗队派遣60周年纪念暨表彰大会29日在京举行。习近平会见会议代表。国务院副总理刘国中参加会见并在大会上讲话。',
    undefined,
    [
      'ADDRESSED 刘国中 中国援外医疗队派遣60周年纪念暨表彰大会 (讲话)',
      'ATTENDED 刘国中 会见会议代表 (参加会见)',
      'ATTENDED 习近平 会见会议代表 (会见)',
    ],
  ],
  [
    'a meeting agreed on is not held; a count is no name',
    '李强同米歇尔共同主持中国—欧盟领导人会晤。双方同意举行中欧高级别人文交流对话机制会议。吴政隆出席。' +
      '李强在京会见日本经济界访华团。日本主要企业负责人共200余人出席。',
    undefined,
    [
      'ATTENDED 吴政隆 中国—欧盟领导人会晤 (出席)',
      'ATTENDED 李强 会见日本经济界访华团 (会见)',
      'CHAIRED 李强 中国—欧盟领导人会晤 (主持)',
      'CHAIRED 米歇尔 中国—欧盟领导人会晤 (主持)',
    ],
  ],
  [
    'a comma joins the next predicate of the same agent',
    '颁奖报告会21日在京举行。李强会见获奖代表。李书磊参加会见，出席报告会并讲话。',
    undefined,
    [
      'ADDRESSED 李书磊 颁奖报告会 (讲话)',
      'ATTENDED 李书磊 会见获奖代表 (参加会见)',
      'ATTENDED 李书磊 颁奖报告会 (出席)',
      'ATTENDED 李强 会见获奖代表 (会见)',
    ],
  ],
  [
    'a ceremony or banquet held for guests: its hosts held it, its guests attended it; the host is the subject',
    '习近平和夫人彭丽媛在人民大会堂为古巴国家主席迪亚斯-卡内尔和夫人奎斯塔举行了欢迎宴会。' +
      '沙特王储兼首相穆罕默德代表国王萨勒曼为正在沙特进行国事访问的国家主席习近平在利雅得王宫举行欢迎仪式。',
    undefined,
    [
      'ATTENDED 奎斯塔 欢迎宴会 (应邀 #2)',
      'ATTENDED 习近平 欢迎仪式 (应邀)',
      'ATTENDED 迪亚斯-卡内尔 欢迎宴会 (应邀 #1)',
      'CHAIRED 习近平 欢迎宴会 (举行)',
      'CHAIRED 彭丽媛 欢迎宴会 (举行)',
      'CHAIRED 穆罕默德 欢迎仪式 (举行)',
    ],
  ],
  [
    'a session holds a sitting: the sitting is the event; others listed without names attend with the named',
    '全国政协十四届二次会议7日上午在人民大会堂举行第二次全体会议。王沪宁出席会议。' +
      '中共中央政治局委员、国务院副总理张国清，以及中共中央、国务院有关部门负责同志应邀到会听取发言。' +
      '会议由全国政协副主席沈跃跃主持。宁吉喆委员发言说，过去一年，我国经济回升向好。',
    undefined,
    [
      'ADDRESSED 宁吉喆 全国政协全体会议 (发言)',
      'ATTENDED 张国清 全国政协全体会议 (到会)',
      'ATTENDED 王沪宁 全国政协全体会议 (出席)',
      'CHAIRED 沈跃跃 全国政协全体会议 (主持)',
    ],
  ],
  [
    'officials listed with titles and commas opening a clause are one subject; after a verb a comma ends it',
    '国务院召开廉政工作会议。国务院副总理何立峰、张国清，国务委员吴政隆出席会议。',
    undefined,
    [
      'ATTENDED 何立峰 廉政工作会议 (出席 #1)',
      'ATTENDED 吴政隆 廉政工作会议 (出席 #3)',
      'ATTENDED 张国清 廉政工作会议 (出席 #2)',
    ],
  ],
  [
    'an official after a comma that follows the guest is no guest',
    '李强会见美国总统拜登，国务卿布林肯参加。',
    undefined,
    ['ATTENDED 布林肯 会见美国总统拜登 (参加)', 'MET 李强>拜登 会见'],
  ],
  [
    'what a speech was about names no speaker (围绕学习贯彻习近平总书记…精神作了发言); 作了讲解 is a lecture',
    '政协第十四届全国委员会第七次主席会议18日在北京召开。' +
      '沈跃跃、王勇、高云龙围绕学习贯彻习近平总书记近期重要讲话和重要指示精神作了发言。',
    undefined,
    [
      'ADDRESSED 沈跃跃 政协全国委员会主席会议 (作了发言)',
      'ADDRESSED 王勇 政协全国委员会主席会议 (作了发言)',
      'ADDRESSED 高云龙 政协全国委员会主席会议 (作了发言)',
    ],
  ],
  [
    '作了讲解 at a study session is a lecture',
    '8月21日下午，国务院进行第三次专题学习。国务院总理李强主持专题学习。中国工程院院士陈纯作了讲解。',
    undefined,
    ['ADDRESSED 陈纯 国务院专题学习 (作了讲解)', 'CHAIRED 李强 国务院专题学习 (主持)'],
  ],
  [
    'what the guest came to do (会见来华…并出席…的总统) is not the host\'s',
    '国务院总理李强17日在京会见来华进行国事访问并出席中国—中亚峰会的塔吉克斯坦总统拉赫蒙。',
    undefined,
    ['MET 李强>拉赫蒙 会见'],
  ],
  [
    'a bare 会议 that a body holds is named by the body',
    '中央党的建设工作领导小组3日召开会议。中共中央政治局常委、中央党的建设工作领导小组组长蔡奇主持会议并讲话。' +
      '李干杰、李书磊出席会议。',
    undefined,
    [
      'ADDRESSED 蔡奇 中央党的建设工作领导小组会议 (讲话)',
      'ATTENDED 李书磊 中央党的建设工作领导小组会议 (出席 #2)',
      'ATTENDED 李干杰 中央党的建设工作领导小组会议 (出席 #1)',
      'CHAIRED 蔡奇 中央党的建设工作领导小组会议 (主持)',
    ],
  ],
  [
    'a plan made with a partner (将同…共同主持) is no chairing, and 阿方 is a side, not a person',
    '中共中央政治局委员、外交部长王毅将同阿方主席、毛里塔尼亚外长马尔祖克共同主持会议。中方愿同阿方加强合作。',
    undefined,
    [],
  ],
  [
    'the speech a verb joined by 并 names does not make 出席 part of a noun, and is given there',
    '当地时间11月15日，二十国集团领导人第十七次峰会在印度尼西亚巴厘岛举行。' +
      '国家主席习近平出席并发表题为《共迎时代挑战 共建美好未来》的重要讲话。',
    undefined,
    ['ADDRESSED 习近平 二十国集团领导人峰会 (发表重要讲话)', 'ATTENDED 习近平 二十国集团领导人峰会 (出席)'],
  ],
  [
    'a study a meeting holds is named by it, and a lecture right after is given there',
    '政协第十四届全国委员会第十一次主席会议17日在北京召开。王沪宁主持并讲话。' +
      '主席会议举行了2023年第三次集体学习，主题是“推动金融高质量发展”。全国政协经济委员会副主任易纲应邀作报告。',
    undefined,
    [
      'ADDRESSED 王沪宁 政协全国委员会主席会议 (讲话)',
      'ADDRESSED 易纲 主席会议集体学习 (作报告)',
      'CHAIRED 王沪宁 政协全国委员会主席会议 (主持)',
    ],
  ],
  [
    '作了关于…的报告 is a report at the story\'s meeting; 关于召开…的决定 holds no meeting',
    '十四届全国人大常委会第二次会议24日上午在北京人民大会堂举行第一次全体会议。赵乐际委员长主持。' +
      '会议审议了关于召开十四届全国人大二次会议的决定草案。' +
      '受国务院委托，生态环境部部长黄润秋作了关于2022年度环境状况的报告。',
    undefined,
    ['ADDRESSED 黄润秋 全国人大常委会全体会议 (作报告)', 'CHAIRED 赵乐际 全国人大常委会全体会议 (主持)'],
  ],
  [
    '参加有关活动 attends every event reported before it (the talks, the banquet); accompanying a whole visit is none',
    '1月6日上午，国家主席习近平同来华进行国事访问的土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫举行会谈。' +
      '当天中午，习近平在人民大会堂金色大厅为谢尔达尔·别尔德穆哈梅多夫举行欢迎宴会。王毅、何立峰等参加有关活动。' +
      '土库曼斯坦副总理兼外长梅列多夫等6位内阁副总理陪同访问。',
    undefined,
    [
      'ATTENDED 何立峰 同土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫会谈 (参加有关活动 #2)',
      'ATTENDED 何立峰 欢迎宴会 (参加有关活动 #2)',
      'ATTENDED 王毅 同土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫会谈 (参加有关活动 #1)',
      'ATTENDED 王毅 欢迎宴会 (参加有关活动 #1)',
      'ATTENDED 谢尔达尔·别尔德穆哈梅多夫 欢迎宴会 (应邀)',
      'CHAIRED 习近平 欢迎宴会 (举行)',
      'MET 习近平>谢尔达尔·别尔德穆哈梅多夫 举行会谈',
    ],
  ],
  [
    'a speech 同年 is history; directing the editing of a book (主持编辑) chairs no meeting',
    '同年8月，江泽民在五届全国人大常委会第十五次会议上作关于在广东、福建两省设置经济特区的说明。' +
      '江泽民亲自主持编辑和逐篇审定《江泽民文选》。',
    undefined,
    [],
  ],
  [
    'reading out a letter at a meeting is being there, no speech; greetings read in turn after a comma are speeches',
    '全国工商联成立70周年庆祝大会24日在京举行。王沪宁出席并讲话。' +
      '中共中央政治局委员、中央统战部部长石泰峰在会上宣读了习近平的贺信。' +
      '全国人大常委会副委员长、民建中央主席郝明金，中华全国总工会党组书记、书记处第一书记徐留平，' +
      '先后代表各民主党派中央、人民团体致贺词。',
    undefined,
    [
      'ADDRESSED 王沪宁 全国工商联成立70周年庆祝大会 (讲话)',
      'ADDRESSED 徐留平 全国工商联成立70周年庆祝大会 (致贺词)',
      'ADDRESSED 郝明金 全国工商联成立70周年庆祝大会 (致贺词)',
      'ATTENDED 王沪宁 全国工商联成立70周年庆祝大会 (出席)',
      'ATTENDED 石泰峰 全国工商联成立70周年庆祝大会 (宣读了)',
    ],
  ],
  [
    'a meeting or a council convening (向大会召开表示祝贺, 呼吁安理会召开) is chaired by no one',
    '中国共产主义青年团第十九次全国代表大会19日在京开幕。蔡奇向大会召开表示热烈的祝贺。' +
      '巴勒斯坦总统阿巴斯呼吁联合国安理会召开紧急会议。',
    undefined,
    [],
  ],
  [
    'what members will hold (将围绕…进行分组讨论) is not held; a report after it is at the story\'s meeting',
    '政协第十四届全国委员会常务委员会第七次会议4日上午在京开幕。王沪宁主持开幕会。' +
      '政协常委会组成人员将围绕七个专题进行分组讨论。全国政协副主席兼秘书长王东峰等分别就有关议题作了说明和报告。',
    undefined,
    [
      'ADDRESSED 王东峰 政协全国委员会常务委员会会议 (作了说明和报告)',
      'CHAIRED 王沪宁 政协全国委员会常务委员会会议 (主持)',
    ],
  ],
  [
    'both sides as one (两国元首, 两国总理) are the two who met, did something together, or speak next',
    '习近平同法国总统马克龙举行会谈。会谈后，两国元首还共同会见了记者。蔡奇、王毅等参加上述活动。',
    undefined,
    [
      'ADDRESSED 习近平 会见记者 (共同会见了记者)',
      'ADDRESSED 马克龙 会见记者 (共同会见了记者)',
      'ATTENDED 王毅 会见记者 (参加上述活动 #2)',
      'ATTENDED 王毅 同法国总统马克龙会谈 (参加上述活动 #2)',
      'ATTENDED 蔡奇 会见记者 (参加上述活动 #1)',
      'ATTENDED 蔡奇 同法国总统马克龙会谈 (参加上述活动 #1)',
      'MET 习近平>马克龙 举行会谈',
    ],
  ],
  [
    'both sides known only by who speaks next at a press conference',
    '会谈后，两国总理共同会见了记者。李克强表示，中德两国应当增进战略互信。朔尔茨表示，德中经贸往来日益密切。',
    undefined,
    ['ADDRESSED 朔尔茨 会见记者 (共同会见了记者)', 'ADDRESSED 李克强 会见记者 (共同会见了记者)'],
  ],
  [
    'a plan (将于…赴阿联酋出席) may hold a date and a journey before its verb; a meeting held in reported speech is none',
    '习近平主席特别代表、中共中央政治局常委、国务院副总理丁薛祥将于11月30日至12月2日赴阿联酋出席世界气候行动峰会。' +
      '习近平最后强调，中国共产党近期举行了第二十次全国代表大会。王毅、何立峰等参加上述活动。',
    undefined,
    [],
  ],
  [
    'a presidium holds its meeting',
    '中国共产党第二十次全国代表大会主席团21日上午在人民大会堂举行第三次会议。习近平同志主持会议。',
    undefined,
    ['CHAIRED 习近平 中国共产党全国代表大会主席团会议 (主持)'],
  ],
  [
    'a course ends (结业) and its closing is the course\'s',
    '省部级主要领导干部专题研讨班19日下午在中央党校结业。李干杰主持结业式，李书磊出席结业式。',
    undefined,
    ['ATTENDED 李书磊 省部级主要领导干部专题研讨班 (出席)', 'CHAIRED 李干杰 省部级主要领导干部专题研讨班 (主持)'],
  ],
  [
    'a lecture named after 作题为 is an event of its own; a series of lectures is the body\'s (第七讲专题讲座)',
    '闭幕会后，十四届全国人大常委会举行第七讲专题讲座，赵乐际委员长主持。' +
      '国家发展和改革委员会党组成员、副主任李春临作了题为《当前经济形势》的讲座。',
    undefined,
    ['ADDRESSED 李春临 全国人大常委会专题讲座 (作讲座)', 'CHAIRED 赵乐际 全国人大常委会专题讲座 (主持)'],
  ],
  [
    'parties present their findings at a consultation; one who stands for a group is listed like one with a title',
    '新质生产力专题协商座谈会18日在京召开。王沪宁出席并讲话。' +
      '民建中央主席郝明金、全国工商联主席高云龙、无党派人士代表陶智介绍调研成果。石泰峰主持会议。',
    undefined,
    [
      'ADDRESSED 王沪宁 新质生产力专题协商座谈会 (讲话)',
      'ADDRESSED 郝明金 新质生产力专题协商座谈会 (介绍调研成果)',
      'ADDRESSED 陶智 新质生产力专题协商座谈会 (介绍调研成果)',
      'ADDRESSED 高云龙 新质生产力专题协商座谈会 (介绍调研成果)',
      'ATTENDED 王沪宁 新质生产力专题协商座谈会 (出席)',
      'CHAIRED 石泰峰 新质生产力专题协商座谈会 (主持)',
    ],
  ],
  [
    'a speech sent to a meeting by video (以视频方式向…开幕式致辞)',
    '12月15日晚，国家主席习近平以视频方式向在加拿大蒙特利尔举行的《生物多样性公约》第十五次缔约方大会' +
      '第二阶段高级别会议开幕式致辞。',
    undefined,
    ['ADDRESSED 习近平 《生物多样性公约》缔约方大会第二阶段高级别会议开幕式 (致辞)'],
  ],
  [
    'a report on arrangements (就…日程安排作了汇报); consultations of two governments, chaired by both',
    '十四届全国人大常委会第十六次委员长会议18日上午在北京人民大会堂举行。赵乐际委员长主持会议。' +
      '全国人大常委会秘书长刘奇就常委会第七次会议议程草案和日程安排作了汇报。',
    undefined,
    ['ADDRESSED 刘奇 全国人大常委会委员长会议 (作了汇报)', 'CHAIRED 赵乐际 全国人大常委会委员长会议 (主持)'],
  ],
  [
    'both sides as the subject of a clause before 并 (两国总理共同见证签署…，并共同会见记者)',
    '当地时间20日上午，国务院总理李强在柏林同德国总理朔尔茨共同主持第七轮中德政府磋商。' +
      '磋商后，两国总理共同见证签署多项双边合作文件，并共同会见记者。',
    undefined,
    [
      'ADDRESSED 朔尔茨 会见记者 (共同会见记者)',
      'ADDRESSED 李强 会见记者 (共同会见记者)',
      'CHAIRED 李强 中德政府磋商 (主持)',
      'CHAIRED 朔尔茨 中德政府磋商 (主持)',
    ],
  ],
  [
    'a plan goes on over commas to what the host will do with a partner (将会见…，同朔尔茨总理共同主持…)',
    '访德期间，李强将会见德国总统施泰因迈尔，同朔尔茨总理共同主持第七轮中德政府磋商，出席中德经济技术合作论坛。',
    undefined,
    [],
  ],
  [
    'one commissioned to speak (委托X向…会议作说明) has not spoken; 受…委托，X作了说明 has',
    '十四届全国人大常委会第七次会议29日下午在北京人民大会堂闭幕。赵乐际委员长主持闭幕会。' +
      '会议决定将修订草案提请十四届全国人大二次会议审议，并委托李鸿忠副委员长向十四届全国人大二次会议作说明。' +
      '受国务院委托，司法部部长贺荣作了说明。',
    undefined,
    ['ADDRESSED 贺荣 全国人大常委会会议 (作了说明)', 'CHAIRED 赵乐际 全国人大常委会会议 (主持)'],
  ],
  [
    'officials named, then others listed without names after commas, attend together',
    '习近平16日上午在人民大会堂同党外人士代表座谈。中共中央政治局委员、中央统战部部长石泰峰和中央组织部部长陈希，' +
      '各民主党派中央、全国工商联有关负责人，中央有关部门负责同志参加活动。',
    undefined,
    ['ATTENDED 石泰峰 座谈会 (参加 #1)', 'ATTENDED 陈希 座谈会 (参加 #2)', 'ATTENDED 习近平 座谈会 (座谈)'],
  ],
  [
    'talks in a clause with no subject of its own go to the sentence\'s subject; guests named bare before their posts',
    '应葡萄牙政府邀请，国家副主席韩正于当地时间5月7日至9日访问葡萄牙，在里斯本分别会见德索萨总统和科斯塔总理。',
    undefined,
    ['MET 韩正>德索萨 分别会见', 'MET 韩正>科斯塔 分别会见'],
  ],
  [
    'a body of a country whose short form ends in 国 (蒙古国家大呼拉尔); a consultation (远程协商会) is a meeting',
    '全国人大常委会委员长赵乐际25日在北京会见蒙古国家大呼拉尔副主席蒙赫巴特尔。' +
      '全国政协26日在京召开远程协商会，中共中央政治局常委、全国政协主席王沪宁主持会议。',
    undefined,
    ['CHAIRED 王沪宁 远程协商会 (主持)', 'MET 赵乐际>蒙赫巴特尔 会见'],
  ],
  [
    'guests listed then a crowd counted (以及…约1500人出席上述活动) attend together',
    '当地时间16日上午，国务院总理李强在达沃斯出席世界经济论坛2024年年会并发表特别致辞。' +
      '瑞士联邦主席阿姆赫德、新加坡总统尚达曼以及来自各国的政要、工商、学术、媒体等各界代表约1500人出席上述活动。',
    undefined,
    [
      'ADDRESSED 李强 世界经济论坛年会 (发表特别致辞)',
      'ATTENDED 尚达曼 世界经济论坛年会 (出席上述活动 #2)',
      'ATTENDED 李强 世界经济论坛年会 (出席)',
      'ATTENDED 阿姆赫德 世界经济论坛年会 (出席上述活动 #1)',
    ],
  ],
  [
    'talks told as the scene of a remark are talks with the guest; the same talks the lead told are not met twice',
    '国务院总理李强会见国际货币基金组织总裁格奥尔基耶娃。在会见格奥尔基耶娃时，李强表示，中方愿加强合作。' +
      '在同埃及参议长阿卜杜拉齐格会谈时，李强表示，近年来两国关系发展良好。',
    undefined,
    ['MET 李强>格奥尔基耶娃 会见', 'MET 李强>阿卜杜拉齐格 会谈'],
  ],
  [
    'a meeting that convened (二十大成功召开) has no chair; a state before 前 and a post does not break a list',
    '呼日勒苏赫祝贺中共二十大成功召开。7月2日，第十一届世界和平论坛开幕式在北京举行。' +
      '金砖国家新开发银行行长、巴西前总统罗塞芙，俄罗斯前联邦安全会议秘书伊万诺夫、印尼前外长维拉尤达等外国前政要出席。',
    undefined,
    [
      'ATTENDED 伊万诺夫 世界和平论坛开幕式 (出席 #2)',
      'ATTENDED 罗塞芙 世界和平论坛开幕式 (出席 #1)',
      'ATTENDED 维拉尤达 世界和平论坛开幕式 (出席 #3)',
    ],
  ],
  [
    'a verb of visits inside a meeting\'s name opening its clause (调研协商座谈会) is part of the name',
    '发展新质生产力调研协商座谈会18日在京召开。全国政协主席王沪宁出席并讲话。石泰峰主持会议。',
    undefined,
    [
      'ADDRESSED 王沪宁 发展新质生产力调研协商座谈会 (讲话)',
      'ATTENDED 王沪宁 发展新质生产力调研协商座谈会 (出席)',
      'CHAIRED 石泰峰 发展新质生产力调研协商座谈会 (主持)',
    ],
  ],
  [
    'a sentence opening with its verb is done by the subject before it; not a verb in a clause of time or a noun',
    '全国人大常委会委员长赵乐际21日至24日到广东调研。赵乐际深入企业、社区，走访看望基层干部群众。' +
      '在珠海市人大代表中心联络站，同基层人大代表亲切交流。主持召开五级人大代表座谈会，听取意见建议。' +
      '在听取代表发言后，他说，要做好立法工作。出席座谈会的代表表示，深受鼓舞。',
    undefined,
    [
      'ADDRESSED 赵乐际 五级人大代表座谈会 (讲话)',
      'CHAIRED 赵乐际 五级人大代表座谈会 (主持召开)',
      'LED 赵乐际 到广东调研 (调研)',
      'LED 赵乐际 到广东调研 (走访)',
      'VISITED 赵乐际 广东',
    ],
  ],
  [
    'talks told as a scene without 在 (会见X时，) are the host\'s talks with X',
    '全国人大常委会委员长赵乐际分别会见新加坡总理李显龙、巴巴多斯总理莫特利。会见莫特利时，赵乐际表示，中巴传统友谊深厚。',
    undefined,
    ['MET 赵乐际>李显龙 分别会见', 'MET 赵乐际>莫特利 分别会见'],
  ],
  [
    'what was done years ago (10年前，十年前的12月4日) is recalled, not reported',
    '国家主席习近平会见比利时首相德克罗。10年前，习近平主席访问比利时期间在布鲁日发表精彩演讲。' +
      '十年前的12月4日，习近平总书记主持中央政治局会议。',
    undefined,
    ['MET 习近平>德克罗 会见'],
  ],
  [
    'a list of guests with courtesies and descriptions kg reads only in part, closed by 及…N人, attends together',
    '在为此举行的招待会上，蔡方柏大使和欧洲委员会议长弗舍尔女士、阿尔萨斯大区区长兼下莱茵省省长帕特里斯·马涅埃、' +
      '斯特拉斯堡市市长罗朗·雷斯及法国各界人士二百五十余人出席。',
    undefined,
    [
      'ATTENDED 帕特里斯·马涅埃 招待会 (出席 #3)',
      'ATTENDED 弗舍尔 招待会 (出席 #2)',
      'ATTENDED 罗朗·雷斯 招待会 (出席 #4)',
      'ATTENDED 蔡方柏 招待会 (出席 #1)',
    ],
  ],
  [
    'partners opening a later clause are met by whoever did the clause before; partners listed are not a pair',
    '应摩洛哥众议长阿拉米邀请，中国全国人大常委会委员长赵乐际11日至14日对摩洛哥进行正式友好访问，在拉巴特会见首相阿赫努什，' +
      '与众议长阿拉米、代参议长哈宁分别会谈。',
    undefined,
    ['MET 赵乐际>阿拉米 会谈', 'MET 赵乐际>阿赫努什 会见', 'MET 赵乐际>哈宁 会谈'],
  ],
  [
    'a long name jieba lists as a noun (桥本龙太郎); a place listed after a place is no person (在吉隆坡和布城)',
    '日本首相桥本龙太郎在今天晚上同美国总统克林顿进行电话会谈。' +
      '国家副主席韩正应邀访问马来西亚，在吉隆坡和布城分别会见马来西亚最高元首阿卜杜拉、总理安瓦尔。',
    undefined,
    ['MET 桥本龙太郎>克林顿 会谈', 'MET 韩正>安瓦尔 分别会见', 'MET 韩正>阿卜杜拉 分别会见'],
  ],
  [
    'a meeting held by a manner (以线下和线上结合方式) keeps its name',
    '2022能源电力转型国际论坛9日以线下和线上结合方式在北京举行。国务院副总理韩正出席论坛并致辞。',
    undefined,
    ['ADDRESSED 韩正 能源电力转型国际论坛 (致辞)', 'ATTENDED 韩正 能源电力转型国际论坛 (出席)'],
  ],
  [
    'a speech joined over 并在…召开的…会议上 is given at that meeting; 参加接见 attends the reception',
    '习近平28日下午在北京会见全国公安工作会议代表。陈文清参加会见并在29日上午召开的全国公安工作会议上讲话。' +
      '王毅参加接见。',
    undefined,
    [
      'ADDRESSED 陈文清 全国公安工作会议 (讲话)',
      'ATTENDED 习近平 会见全国公安工作会议代表 (会见)',
      'ATTENDED 王毅 会见全国公安工作会议代表 (参加接见)',
      'ATTENDED 陈文清 会见全国公安工作会议代表 (参加会见)',
    ],
  ],
  [
    'leaders gathered with others at a reception (等同…欢聚一堂) attend it; talks as 会面交谈 with several partners',
    '全国政协12月30日上午在全国政协礼堂举行新年茶话会。党和国家领导人习近平、李强等同各界人士欢聚一堂。' +
      '与会期间，李克强应约分别同日本首相岸田文雄、韩国总统尹锡悦会面交谈。',
    undefined,
    [
      'ATTENDED 习近平 新年茶话会 (欢聚一堂 #1)',
      'ATTENDED 李强 新年茶话会 (欢聚一堂 #2)',
      'MET 李克强>尹锡悦 会面交谈',
      'MET 李克强>岸田文雄 会面交谈',
    ],
  ],
  [
    'games open themselves; who declares them open names none; titled speakers listed with commas speak in turn',
    '杭州第四届亚洲残疾人运动会22日晚在杭州隆重开幕。国务院副总理丁薛祥出席开幕式并宣布本届亚洲残疾人运动会开幕。' +
      '杭州第四届亚洲残疾人运动会组委会主席、浙江省省长王浩，杭州第四届亚洲残疾人运动会组委会主席、中国残疾人联合会主席' +
      '程凯先后致辞。',
    undefined,
    [
      'ADDRESSED 王浩 杭州亚洲残疾人运动会 (致辞)',
      'ADDRESSED 程凯 杭州亚洲残疾人运动会 (致辞)',
      'ATTENDED 丁薛祥 杭州亚洲残疾人运动会 (出席)',
    ],
  ],
  [
    'a dialogue (对话会) is a meeting; accompanying a whole journey (全程陪同) is no one event',
    '中共中央总书记、国家主席习近平15日在北京出席中国共产党与世界政党高层对话会。王毅、尹力等出席对话会。' +
      '越共中央书记处书记、中央对外部部长黎怀忠全程陪同。',
    undefined,
    [
      'ATTENDED 尹力 中国共产党与世界政党高层对话会 (出席 #2)',
      'ATTENDED 王毅 中国共产党与世界政党高层对话会 (出席 #1)',
      'ATTENDED 习近平 中国共产党与世界政党高层对话会 (出席)',
    ],
  ],
  [
    'accompanying a tour of sights is no part in an event; a meeting held a year ago names no meeting held today',
    '国务院总理李强会见巴伐利亚州州长索德尔。在宝马世界展示中心，李强在宝马公司董事长齐普策陪同下参观了智能网联汽车展区。' +
      '纪念北京冬奥会成功举办一周年系列活动启动仪式在北京首钢园举行。仪式现场，国际奥委会主席巴赫通过视频致辞。',
    undefined,
    ['ADDRESSED 巴赫 纪念北京冬奥会成功举办一周年系列活动启动仪式 (视频致辞)', 'MET 李强>索德尔 会见'],
  ],
  [
    'a meeting named by its kind alone takes a fuller name printed after a verb of meetings, not a bu' +
      'ilding or a clause',
    '十四届全国人大二次会议5日在北京人民大会堂开幕。2900多名全国人大代表出席或列席或旁听了大会。' +
      '执行主席赵乐际主持大会。',
    undefined,
    ['CHAIRED 赵乐际 全国人大会议 (主持)'],
  ],
  [
    'a banquet held to welcome guests named after 他们是：; hosts named in what is attended (X和Y共同举行的欢迎仪式)',
    '7月28日中午，国家主席习近平和夫人彭丽媛在四川省成都市金牛宾馆举行宴会，欢迎出席开幕式的国际贵宾。' +
      '他们是：印度尼西亚总统佐科、圭亚那总统阿里。' +
      '当地时间5月9日上午，国家主席习近平在布达佩斯出席匈牙利总统舒尤克和总理欧尔班共同举行的隆重欢迎仪式。',
    undefined,
    [
      'ATTENDED 习近平 欢迎仪式 (出席)',
      'ATTENDED 佐科 宴会 (他们是 #1)',
      'ATTENDED 阿里 宴会 (他们是 #2)',
      'CHAIRED 彭丽媛 宴会 (举行)',
      'CHAIRED 欧尔班 欢迎仪式 (举行)',
      'CHAIRED 习近平 宴会 (举行)',
      'CHAIRED 舒尤克 欢迎仪式 (举行)',
    ],
  ],
  [
    'a visit is named without what was done during it (在上海调研期间专门召开这次座谈会 → 在上海调研)',
    '习近平30日上午在上海主持召开深入推进长三角一体化发展座谈会并发表重要讲话。习近平在上海调研期间专门召开这次座谈会。',
    undefined,
    [
      'ADDRESSED 习近平 深入推进长三角一体化发展座谈会 (发表重要讲话)',
      'CHAIRED 习近平 深入推进长三角一体化发展座谈会 (主持召开)',
      'LED 习近平 在上海调研 (调研)',
      'VISITED 习近平 上海',
    ],
  ],
  ['speaking during talks addresses no meeting', '国家主席习近平同美国总统拜登举行会谈。王毅在会谈中表示，要加强沟通。', undefined, [
    'MET 习近平>拜登 举行会谈',
  ]],
  [
    'one named before 等 and a verb of a role attends the story; a speech delivered after 并 past a comma',
    '习近平6日视察东部战区机关，向官兵致以问候。张又侠等参加活动。' +
      '丁薛祥在京出席2023世界中文大会，并发表主旨讲话。',
    undefined,
    [
      'ADDRESSED 丁薛祥 世界中文大会 (发表主旨讲话)',
      'ATTENDED 丁薛祥 世界中文大会 (出席)',
      'ATTENDED 张又侠 视察东部战区机关 (参加)',
      'LED 习近平 视察东部战区机关 (视察)',
    ],
  ],
  [
    'happenings named by what they mark or do; going somewhere on a day, then what was done there',
    '国家副主席韩正在北京出席中英贸易“破冰之旅”70周年活动，宣读了国家主席习近平的贺信。' +
      '习近平4月3日上午来到北京市朝阳区温榆河公园，参加首都义务植树活动。' +
      '李希5月31日上午来到北京育英学校，看望慰问师生。',
    undefined,
    [
      'ATTENDED 习近平 首都义务植树活动 (参加)',
      'ATTENDED 韩正 中英贸易“破冰之旅”70周年活动 (出席)',
      'LED 李希 看望慰问师生 (看望慰问)',
      'VISITED 李希 北京育英学校',
    ],
  ],
  [
    'what is done together after talks is done by host and guest, not by guests of talks before other talks',
    '韩正3日在北京会见南非副总统马沙蒂莱，并共同主持召开中南国家双边委员会第八次全体会议。' +
      '赵乐际在北京与俄罗斯联邦委员会主席马特维延科举行会谈，并共同主持中俄议会合作委员会第八次会议。' +
      '丁薛祥分别会见哈萨克斯坦总统托卡耶夫、总理斯迈洛夫，同斯克利亚尔第一副总理举行会谈并共同主持中哈合作委员会会议。',
    undefined,
    [
      'CHAIRED 丁薛祥 中哈合作委员会会议 (主持)',
      'CHAIRED 斯克利亚尔 中哈合作委员会会议 (主持)',
      'CHAIRED 韩正 中南国家双边委员会全体会议 (主持召开)',
      'CHAIRED 赵乐际 中俄议会合作委员会会议 (主持)',
      'CHAIRED 马沙蒂莱 中南国家双边委员会全体会议 (主持召开)',
      'CHAIRED 马特维延科 中俄议会合作委员会会议 (主持)',
      'MET 丁薛祥>斯克利亚尔 举行会谈',
      'MET 丁薛祥>托卡耶夫 分别会见',
      'MET 丁薛祥>斯迈洛夫 分别会见',
      'MET 赵乐际>马特维延科 举行会谈',
      'MET 韩正>马沙蒂莱 会见',
    ],
  ],
  [
    'a group received with no one named: its host is at the talks; a name kg cannot read makes no such edge',
    '国家主席习近平4日在人民大会堂会见全国公安工作会议代表。习近平会见普京。',
    undefined,
    ['ATTENDED 习近平 会见全国公安工作会议代表 (会见)'],
  ],
  [
    'what is not one day\'s: talks after a span of years and a count of times; those present named by their presence',
    '习近平总书记对空间站建设高度关注，党的十八大以来，先后三次和航天员亲切通话，会见参研参试队伍。' +
      '习近平主席向APEC工商领导人峰会发表书面演讲，并在多个场合向APEC与会各方介绍中国式现代化。' +
      '国务委员兼国务院秘书长吴政隆等陪同人员同机离京。',
    undefined,
    ['ADDRESSED 习近平 APEC工商领导人峰会 (发表书面演讲)'],
  ],
  [
    'a statement on a bill at a sitting: the topic after 就 may hold its own 的',
    '十四届全国人大常委会第九次会议23日上午在北京人民大会堂举行第一次全体会议。赵乐际委员长主持。' +
      '国家统计局局长康义就关于提请审议统计法修正草案的议案作了说明。',
    undefined,
    ['ADDRESSED 康义 全国人大常委会全体会议 (作了说明)', 'CHAIRED 赵乐际 全国人大常委会全体会议 (主持)'],
  ],
  [
    'deputies listed by where they come from speak in turn; a report by its kind; whose envoy someone is acts not',
    '十四届全国人大一次会议解放军和武警部队代表团8日下午举行全体会议。会上，来自陆军的宛金杨代表、' +
      '来自海军的王亚茹代表依次发言。中共中央政治局委员、中央宣传部部长李书磊作了辅导报告。' +
      '国家主席习近平特别代表、国家副主席韩正应邀在伦敦出席查尔斯三世国王加冕仪式。',
    undefined,
    [
      'ADDRESSED 宛金杨 全体会议 (发言)',
      'ADDRESSED 李书磊 全体会议 (作了辅导报告)',
      'ADDRESSED 王亚茹 全体会议 (发言)',
      'ATTENDED 韩正 查尔斯三世国王加冕仪式 (出席)',
    ],
  ],
  [
    'a meeting held to study a spirit is attended, named with 党的二十大; talks with one whose post opens the slot',
    '李希26日出席中央纪委国家监委传达学习党的二十大精神会议并讲话。' +
      '在英期间，国家副主席韩正还分别与英国首相苏纳克进行了简短会见，与副首相道登举行了会见。',
    undefined,
    [
      'ADDRESSED 李希 中央纪委国家监委传达学习党的二十大精神会议 (讲话)',
      'ATTENDED 李希 中央纪委国家监委传达学习党的二十大精神会议 (出席)',
      'MET 韩正>苏纳克 进行了简短会见',
      'MET 韩正>道登 举行了会见',
    ],
  ],
  [
    'a speech named after its verb (发表题为《…》的重要讲话) is given at the meeting attended',
    '当地时间11月17日上午，亚太经合组织第三十次领导人非正式会议在美国旧金山莫斯科尼中心举行。' +
      '国家主席习近平出席会议并发表题为《坚守初心 团结合作 携手共促亚太高质量增长》的重要讲话。',
    undefined,
    [
      'ADDRESSED 习近平 亚太经合组织领导人非正式会议 (发表重要讲话)',
      'ATTENDED 习近平 亚太经合组织领导人非正式会议 (出席)',
    ],
  ],
  [
    'speakers listed each with a description ending in a part they play (研发创新团队负责人周黎) speak together',
    '“国家工程师奖”表彰大会19日在京召开。哈尔滨电气集团有限公司副总工程师覃大清、港珠澳大桥工程总工程师苏权科、' +
      '复兴号高速列车研发创新团队负责人周黎等获奖代表在会上作了发言。',
    undefined,
    [
      'ADDRESSED 周黎 “国家工程师奖”表彰大会 (作了发言)',
      'ADDRESSED 苏权科 “国家工程师奖”表彰大会 (作了发言)',
      'ADDRESSED 覃大清 “国家工程师奖”表彰大会 (作了发言)',
    ],
  ],
  [
    'passing on instructions and speaking at a meeting is an address (重要 is no plan); a speech spoken of is none',
    '中央政法工作会议7日至8日在北京召开。中共中央政治局委员、中央政法委书记陈文清在会上传达习近平重要指示并讲话，' +
      '表示要全面贯彻落实党的二十大精神。' +
      '中共中央书记处书记、公安部部长王小洪主持会议并作总结讲话。' +
      '习近平总书记在中央农村工作会议上的重要讲话在各地干部群众中引起热烈反响。',
    undefined,
    [
      'ADDRESSED 王小洪 中央政法工作会议 (作总结讲话)',
      'ADDRESSED 陈文清 中央政法工作会议 (讲话)',
      'ATTENDED 陈文清 中央政法工作会议 (在会上传达)',
      'CHAIRED 王小洪 中央政法工作会议 (主持)',
    ],
  ],
  [
    'after the guests of talks a comma joins the next act; talks told as a scene with both sides are the lead\'s',
    '6月20日至21日，国务院副总理丁薛祥访问卢森堡，分别会见首相弗里登、副首相贝泰尔，出席国际合作论坛并致辞。' +
      '在同古共中央政治局委员、中央组织书记莫拉莱斯会谈时，双方同意加强政治互信。' +
      '要推动召开更大规模、更有影响的国际和平会议。',
    undefined,
    [
      'ADDRESSED 丁薛祥 国际合作论坛 (致辞)',
      'ATTENDED 丁薛祥 国际合作论坛 (出席)',
      'MET 丁薛祥>莫拉莱斯 会谈',
      'MET 丁薛祥>弗里登 分别会见',
      'MET 丁薛祥>贝泰尔 分别会见',
    ],
  ],
  [
    'a tour of sights, then a visit; reports given in their own places are the story\'s 宣讲报告会, held 以…形式',
    '在闽期间，王沪宁还参观福州市“3820”战略工程实施30周年成就展，看望在福州的全国政协委员。' +
      '党的二十大精神中央宣讲团宣讲报告会5日以电视电话会议形式举行。' +
      '王晓晖还来到四川大学，与师生代表座谈交流。中央宣讲团成员林尚立在中国人民大学作宣讲报告。',
    undefined,
    [
      'ADDRESSED 林尚立 报告会 (作宣讲报告)',
      'ATTENDED 王晓晖 座谈会 (座谈交流)',
      'LED 王沪宁 看望在福州的全国政协委员 (看望)',
      'VISITED 王沪宁 福州',
      'VISITED 王沪宁 福州市',
    ],
  ],
  [
    'meetings listed one after another after the verb are each attended; a sitting of them all, or 和 in a name, is one',
    '国务院总理李强出席第26次中国—东盟（10+1）领导人会议、第26次东盟与中日韩（10+3）领导人会议。' +
      '习近平出席全国网络安全和信息化工作会议。李强出席第20届中国—东盟博览会和中国—东盟商务与投资峰会开幕式。' +
      '丁薛祥在天津会见新加坡副总理黄循财，并共同主持中新双边合作联委会第十九次会议和天津生态城联合协调理事会会议。',
    undefined,
    [
      'CHAIRED 丁薛祥 中新双边合作联委会会议 (主持)',
      'CHAIRED 丁薛祥 天津生态城联合协调理事会会议 (主持)',
      'CHAIRED 黄循财 中新双边合作联委会会议 (主持)',
      'CHAIRED 黄循财 天津生态城联合协调理事会会议 (主持)',
      'MET 丁薛祥>黄循财 会见',
      'ATTENDED 习近平 全国网络安全和信息化工作会议 (出席)',
      'ATTENDED 李强 东盟与中日韩领导人会议 (出席)',
      'ATTENDED 李强 中国—东盟博览会和中国—东盟商务与投资峰会开幕式 (出席)',
      'ATTENDED 李强 中国—东盟领导人会议 (出席)',
    ],
  ],
  [
    'talks held after arriving somewhere are the arrival\'s; arriving to attend is a purpose, no attendance',
    '伊朗总统莱希今天（5月3日）抵达叙利亚大马士革，并与叙利亚总统巴沙尔·阿萨德举行了会谈。' +
      '当地时间8月21日晚，国家主席习近平抵达约翰内斯堡，出席金砖国家领导人第十五次会晤。',
    undefined,
    ['MET 莱希>巴沙尔·阿萨德 举行了会谈'],
  ],
  [
    'the day may open the sentence before one who spoke where he names (21日，普京在…会议上表示)',
    '21日，俄罗斯总统普京在国防部扩大会议上表示，俄罗斯将完成特别军事行动的既定任务。',
    undefined,
    ['ADDRESSED 普京 国防部扩大会议 (讲话)'],
  ],
  [
    'a talk with a body\'s new leaders (同…集体谈话) is an event its partners report to (汇报了) and others attend '
      + '(参加谈话)',
    '习近平30日下午在中南海同全国妇联新一届领导班子成员集体谈话并发表重要讲话。' +
      '全国妇联主席谌贻琴代表全国妇联新一届领导班子汇报了下一步工作考虑。石泰峰、李干杰参加谈话。',
    undefined,
    [
      'ADDRESSED 习近平 集体谈话 (发表重要讲话)',
      'ADDRESSED 谌贻琴 集体谈话 (汇报了)',
      'ATTENDED 习近平 集体谈话 (集体谈话)',
      'ATTENDED 李干杰 集体谈话 (参加谈话 #2)',
      'ATTENDED 石泰峰 集体谈话 (参加谈话 #1)',
    ],
  ],
  [
    'a verb that makes a noun (宣讲团) and the party\'s own 的 (党的二十大) stand inside a meeting\'s name',
    '学习贯彻党的二十大精神中央宣讲团动员会30日在京召开，中共中央政治局常委蔡奇出席并讲话。',
    undefined,
    [
      'ADDRESSED 蔡奇 学习贯彻党的二十大精神中央宣讲团动员会 (讲话)',
      'ATTENDED 蔡奇 学习贯彻党的二十大精神中央宣讲团动员会 (出席)',
    ],
  ],
  [
    'an office\'s statement reports what happened (总统府发表声明说，A与B通电话); a person\'s words do not (普京说，)',
    '埃及总统府29日发表声明说，埃及总统塞西与土耳其总统埃尔多安通电话。' +
      '俄罗斯总统普京说，他曾与法国总统马克龙通电话。',
    undefined,
    ['MET 塞西>埃尔多安 通电话'],
  ],
  [
    'a guest\'s visit described between 和 and him (和到访的匈牙利总统诺瓦克会谈后表示) keeps the talks',
    '保加利亚总统拉德夫2日在首都索菲亚和到访的匈牙利总统诺瓦克会谈后表示，提供武器无益于解决冲突。',
    undefined,
    ['MET 拉德夫>诺瓦克 会谈'],
  ],
  [
    'reporters heard, each for his own report (袁曙宏、徐辉分别作的…报告)',
    '十四届全国人大常委会第七次会议25日上午在京举行第一次全体会议。赵乐际委员长主持。' +
      '会议听取了宪法法律委副主任委员袁曙宏、徐辉分别作的关于公司法修订草案审议结果的报告、关于慈善法修正草案审议结果的报告。',
    undefined,
    [
      'ADDRESSED 徐辉 全国人大常委会全体会议 (作报告)',
      'ADDRESSED 袁曙宏 全国人大常委会全体会议 (作报告)',
      'CHAIRED 赵乐际 全国人大常委会全体会议 (主持)',
    ],
  ],
  [
    'the opening of a meeting named by its kind (大会开幕式) is the meeting the story names; a joint group meeting '
      + '(联组会) is a meeting',
    '习近平8日上午会见第十届世界华侨华人社团联谊大会代表。' +
      '中央统战部部长石泰峰参加会见并在当天上午的大会开幕式上讲话。' +
      '中共中央政治局常委蔡奇参加了科协、科技界委员联组会。',
    undefined,
    [
      'ADDRESSED 石泰峰 世界华侨华人社团联谊大会 (讲话)',
      'ATTENDED 习近平 会见第十届世界华侨华人社团联谊大会代表 (会见)',
      'ATTENDED 石泰峰 会见第十届世界华侨华人社团联谊大会代表 (参加会见)',
      'ATTENDED 蔡奇 科协、科技界委员联组会 (参加)',
    ],
  ],
  [
    'a wife named by her husband (习近平夫人彭丽媛和齐塞克迪夫人丹尼丝) is listed with the other, her husband not',
    '会谈前，习近平为齐塞克迪举行欢迎仪式。习近平夫人彭丽媛和齐塞克迪夫人丹尼丝陪同参加欢迎仪式。',
    undefined,
    [
      'ATTENDED 丹尼丝 欢迎仪式 (陪同 #2)',
      'ATTENDED 彭丽媛 欢迎仪式 (陪同 #1)',
      'ATTENDED 齐塞克迪 欢迎仪式 (应邀)',
      'CHAIRED 习近平 欢迎仪式 (举行)',
    ],
  ],
  [
    'a wife named by her husband\'s post (习近平主席夫人彭丽媛) is listed with the officials after her',
    '国家主席习近平4日下午在人民大会堂北大厅举行仪式，欢迎菲律宾总统马科斯对我国进行国事访问。' +
      '习近平主席夫人彭丽媛，中共中央政治局委员、国务委员王毅等出席欢迎仪式。',
    undefined,
    [
      'ATTENDED 彭丽媛 欢迎仪式 (出席 #1)',
      'ATTENDED 王毅 欢迎仪式 (出席 #2)',
      'ATTENDED 马科斯 欢迎仪式 (欢迎)',
      'CHAIRED 习近平 欢迎仪式 (举行仪式)',
    ],
  ],
  [
    'a joint session (联组会议) is a sitting of its meeting',
    '十四届全国人大常委会第六次会议22日上午举行联组会议，李鸿忠副委员长主持会议并讲话。',
    undefined,
    ['ADDRESSED 李鸿忠 全国人大常委会联组会议 (讲话)', 'CHAIRED 李鸿忠 全国人大常委会联组会议 (主持)'],
  ],
  [
    'days gone by summed up (连日来，…参加联组会) are no one day\'s acts; 传达 at a meeting is speaking there',
    '连日来，习近平总书记参加江苏代表团审议，看望民建、工商联界委员并参加联组会。' +
      '2024年推动“四好农村路”高质量发展现场会29日在浙江绍兴召开。国务院副总理何立峰在会上传达了习近平重要指示并讲话。',
    undefined,
    [
      'ADDRESSED 何立峰 推动“四好农村路”高质量发展现场会 (讲话)',
      'ATTENDED 何立峰 推动“四好农村路”高质量发展现场会 (在会上传达)',
    ],
  ],
  [
    'each of those present in turn (出席会议，分别作工作报告); an opening (博览会开幕式) and its meeting are one event; '
      + 'a four-character item of a title\'s list (洛桑江村) is a name',
    '首届中国国际供应链促进博览会28日在北京开幕。国务院总理李强出席首届中国国际供应链促进博览会开幕式。' +
      '副委员长彭清华、洛桑江村、雪克来提·扎克尔出席会议，分别作工作报告。尹力参加上述活动。',
    undefined,
    [
      'ADDRESSED 彭清华 首届中国国际供应链促进博览会 (作工作报告)',
      'ADDRESSED 洛桑江村 首届中国国际供应链促进博览会 (作工作报告)',
      'ADDRESSED 雪克来提·扎克尔 首届中国国际供应链促进博览会 (作工作报告)',
      'ATTENDED 尹力 首届中国国际供应链促进博览会 (参加上述活动)',
      'ATTENDED 彭清华 首届中国国际供应链促进博览会 (出席 #1)',
      'ATTENDED 李强 首届中国国际供应链促进博览会 (出席)',
      'ATTENDED 洛桑江村 首届中国国际供应链促进博览会 (出席 #2)',
      'ATTENDED 雪克来提·扎克尔 首届中国国际供应链促进博览会 (出席 #3)',
    ],
  ],
  [
    'an escort (在…夫人吴氏敏陪同下) was at the story\'s event only if the one escorted was; a leader\'s escorts were',
    '习近平和阮富仲共同会见中越两国青年代表。彭丽媛在阮富仲夫人吴氏敏陪同下参观越南妇女博物馆。' +
      '在河内市委书记丁进勇陪同下，习近平来到河内。',
    undefined,
    [
      'ATTENDED 丁进勇 会见中越两国青年代表 (陪同)',
      'ATTENDED 习近平 会见中越两国青年代表 (共同会见 #1)',
      'ATTENDED 阮富仲 会见中越两国青年代表 (共同会见 #2)',
    ],
  ],
  [
    'a farewell held by the host (出席…欧尔班和夫人举行的饯行活动) is chaired by him and attended by the guests',
    '当地时间5月10日中午，国家主席习近平和夫人彭丽媛在布达佩斯应邀出席匈牙利总理欧尔班和夫人举行的饯行活动。',
    undefined,
    ['ATTENDED 彭丽媛 饯行活动 (出席 #2)', 'ATTENDED 习近平 饯行活动 (出席 #1)', 'CHAIRED 欧尔班 饯行活动 (举行)'],
  ],
  [
    'done again and again (连续五次在服贸会上发表视频致辞) is no one day\'s speech',
    '习近平主席连续五次在服贸会上发表视频致辞或向服贸会致贺信。',
    undefined,
    [],
  ],
  [
    'one present at talks (郑建邦参加) attends the talks the lead reports, not a meeting recalled since (今年6月，…会晤)',
    '全国人大常委会委员长赵乐际7日下午在人民大会堂同洪都拉斯国会主席雷东多举行会谈。' +
      '赵乐际表示，中洪建交开启了双边关系新篇章。今年6月，习近平主席和卡斯特罗总统举行历史性会晤。郑建邦参加。',
    undefined,
    [
      'ATTENDED 郑建邦 同洪都拉斯国会主席雷东多会谈 (参加)',
      'MET 习近平>卡斯特罗 会晤',
      'MET 赵乐际>雷东多 举行会谈',
    ],
  ],
  [
    'one present (韩正出席) after 分别会见 attends each of the talks',
    '国务院总理李克强12月22日在中南海紫光阁分别会见来京述职的香港特别行政区行政长官李家超和澳门特别行政区行政长官贺一诚。' +
      '国务院副总理韩正出席。',
    undefined,
    [
      'ATTENDED 韩正 会见澳门特别行政区行政长官贺一诚 (出席)',
      'ATTENDED 韩正 会见香港特别行政区行政长官李家超 (出席)',
      'MET 李克强>李家超 分别会见',
      'MET 李克强>贺一诚 分别会见',
    ],
  ],
  [
    'to uphold justice (主持公道) chairs nothing; this year\'s eve of a festival (今年春节前夕) is recalled',
    '阿拉伯、伊斯兰国家高度赞赏中方坚持原则、主持公道。' +
      '今年春节前夕，习近平总书记通过视频连线看望慰问基层干部群众。',
    undefined,
    [],
  ],
  [
    'a speech joined after a joint attendance is the host\'s (并发表重要致辞), both\'s when said so (并分别致辞)',
    '国家主席习近平同法国总统马克龙共同出席中法企业家委员会闭幕式，并发表重要致辞。' +
      '国务院总理李强同德国总理朔尔茨共同出席中德经济顾问委员会座谈会，并分别致辞。',
    undefined,
    [
      'ADDRESSED 习近平 中法企业家委员会闭幕式 (发表重要致辞)',
      'ADDRESSED 朔尔茨 中德经济顾问委员会座谈会 (致辞)',
      'ADDRESSED 李强 中德经济顾问委员会座谈会 (致辞)',
      'ATTENDED 习近平 中法企业家委员会闭幕式 (出席 #1)',
      'ATTENDED 朔尔茨 中德经济顾问委员会座谈会 (出席 #2)',
      'ATTENDED 李强 中德经济顾问委员会座谈会 (出席 #1)',
      'ATTENDED 马克龙 中法企业家委员会闭幕式 (出席 #2)',
    ],
  ],
  [
    'a day\'s observance (中国品牌日活动) is an event; a speech at a forum named right before its verb (并在…论坛致辞); '
      + 'the opening of the story\'s 活动 (出席活动开幕式) is that 活动',
    '5月13日，丁薛祥出席在上海举办的2023年中国品牌日活动，并在中国品牌发展国际论坛致辞。' +
      '首个全国生态日主场活动15日在浙江省湖州市举行。国务院副总理何立峰出席活动开幕式并讲话。',
    undefined,
    [
      'ADDRESSED 丁薛祥 中国品牌发展国际论坛 (致辞)',
      'ADDRESSED 何立峰 首个全国生态日主场活动 (讲话)',
      'ATTENDED 丁薛祥 中国品牌日活动 (出席)',
      'ATTENDED 何立峰 首个全国生态日主场活动 (出席)',
    ],
  ],
  [
    'a meeting held on a day told by its word and its date (峰会今天（10月21日）举行) is the meeting a bare 会议 names',
    '由埃及主持的巴勒斯坦问题峰会今天（10月21日）举行。埃及总统塞西、联合国秘书长古特雷斯等出席会议。' +
      '塞西在会上表示，此次会议旨在挽救和平进程。',
    undefined,
    [
      'ADDRESSED 塞西 巴勒斯坦问题峰会 (讲话)',
      'ATTENDED 古特雷斯 巴勒斯坦问题峰会 (出席 #2)',
      'ATTENDED 塞西 巴勒斯坦问题峰会 (出席 #1)',
    ],
  ],
  [
    'a habit (利用训练间隙，…走访调研) is no one day\'s visit',
    '利用训练间隙，全国政协委员王亚平在中小学走访调研中感到，应该更好地运用新技术。',
    undefined,
    [],
  ],
  [
    'a clause of time after the speaker (在听取讲解和讨论后) holds no object of his speech; 进行讲解 is a lecture; what '
      + 'a body met on (就…) stands between it and its meeting',
    '中共中央政治局6月30日下午就开辟马克思主义中国化时代化新境界进行第六次集体学习。' +
      '中共中央总书记习近平在主持学习时强调，要坚持好、运用好。' +
      '中央党校副校长李文堂就这个问题进行讲解，提出工作建议。习近平在听取讲解和讨论后发表了重要讲话。',
    undefined,
    [
      'ADDRESSED 习近平 中共中央政治局集体学习 (发表了重要讲话)',
      'ADDRESSED 习近平 中共中央政治局集体学习 (讲话)',
      'ADDRESSED 李文堂 中共中央政治局集体学习 (进行讲解)',
      'CHAIRED 习近平 中共中央政治局集体学习 (主持)',
    ],
  ],
  [
    'those listed as present (出席座谈会的党外人士还有…) attended it; a list item joined by 和 and a name ending in 和',
    '中共中央12月6日在中南海召开党外人士座谈会。习近平主持座谈会并发表重要讲话。' +
      '出席座谈会的党外人士还有高志强、林志和张秋云、周德和。',
    undefined,
    [
      'ADDRESSED 习近平 党外人士座谈会 (发表重要讲话)',
      'ATTENDED 周德和 党外人士座谈会 (出席 #4)',
      'ATTENDED 张秋云 党外人士座谈会 (出席 #3)',
      'ATTENDED 林志 党外人士座谈会 (出席 #2)',
      'ATTENDED 高志强 党外人士座谈会 (出席 #1)',
      'CHAIRED 习近平 党外人士座谈会 (主持)',
    ],
  ],
  [
    "guests listed as present at an opening attend the story's event; a guest's suite (陪同…访华的有) attends nothing",
    '大运会28日晚开幕。出席开幕式的国际贵宾有：印度尼西亚总统佐科、格鲁吉亚总理加里巴什维利。陪同佐科访华的有外交部长蕾特诺。',
    undefined,
    ['ATTENDED 佐科 大运会 (出席 #1)', 'ATTENDED 加里巴什维利 大运会 (出席 #2)'],
  ],
  [
    'after a sitting counts its speakers (12位常委作大会发言), each member told by what he said addressed it',
    '全国政协常委会第十次会议8日上午举行全体会议，12位常委作大会发言。全国政协主席王沪宁出席。' +
      '孙立平常委提出，要加强基础研究；艾尔肯·吐尼亚孜常委代表民族界表示，要促进团结。全国政协副主席石泰峰主持会议。',
    undefined,
    [
      'ADDRESSED 孙立平 全国政协常委会全体会议 (发言)',
      'ADDRESSED 艾尔肯·吐尼亚孜 全国政协常委会全体会议 (发言)',
      'ATTENDED 王沪宁 全国政协常委会全体会议 (出席)',
      'CHAIRED 石泰峰 全国政协常委会全体会议 (主持)',
    ],
  ],
  [
    "without the speakers counted, a member's words are no address",
    '全国政协常委会第十次会议8日上午举行全体会议。全国政协主席王沪宁出席。孙立平常委提出，要加强基础研究。',
    undefined,
    ['ATTENDED 王沪宁 全国政协常委会全体会议 (出席)'],
  ],
  [
    "a visit joined as the last of the subject's clauses (…，听取情况汇报，并实地考察了…)",
    '国家副主席韩正23日出席数字贸易博览会开幕式并致辞。开幕式前，韩正巡视博览会展馆，听取情况汇报，' +
      '并实地考察了一家数字企业。',
    undefined,
    [
      'ADDRESSED 韩正 数字贸易博览会开幕式 (致辞)',
      'ATTENDED 韩正 数字贸易博览会开幕式 (出席)',
      'LED 韩正 考察一家数字企业 (考察)',
    ],
  ],
  [
    "a book's presentation (推介会) is a meeting its speakers addressed",
    '新书推介会29日在阿布扎比举行。中国外文局局长杜占元在致辞中表示，这是权威读本。',
    undefined,
    ['ADDRESSED 杜占元 新书推介会 (致辞)'],
  ],
  [
    'where a meeting was held stands inside where he spoke (在曼谷举行的…峰会上发表…演讲)',
    '国家主席习近平应邀在曼谷举行的工商领导人峰会上发表题为《坚守初心》书面演讲。',
    undefined,
    ['ADDRESSED 习近平 工商领导人峰会 (发表演讲)'],
  ],
  [
    'one described by what he attended (出席开工仪式的…马科斯) attended it if the story holds it, not a summit to come',
    '大桥27日举行开工仪式。出席开工仪式的菲律宾总统马科斯表示，将深化合作。出席明年峰会的总统拉索表示，期待合作。',
    undefined,
    ['ATTENDED 马科斯 开工仪式 (出席)'],
  ],
  [
    '率有关部门 leads a visit; on whose behalf (代表党中央、国务院，) stands between him and it',
    '国务院副总理张国清代表党中央、国务院，5日至6日率有关部门在黑龙江指导支持抗洪抢险救灾工作。',
    undefined,
    ['LED 张国清 率有关部门在黑龙江指导支持抗洪抢险救灾工作 (率有关部门)', 'VISITED 张国清 黑龙江'],
  ],
  [
    'what a briefing is held about (就…出席…举行吹风会) and times counted (两次出席) are no act of the day',
    '外交部27日就习近平主席出席论坛开幕式举行中外媒体吹风会。习近平主席两次出席论坛部长会开幕式。',
    undefined,
    [],
  ],
  [
    'a toast given (发表祝酒辞) is a speech at the banquet; 现场指导 is an inspection led',
    '当晚，塞尔维亚总统武契奇在总统府为习近平举行欢迎宴会。在热烈的掌声中，习近平发表祝酒辞。' +
      '朝鲜国务委员长金正恩16日现场指导了卫星发射筹备委员会的工作。',
    undefined,
    [
      'ADDRESSED 习近平 欢迎宴会 (发表祝酒辞)',
      'ATTENDED 习近平 欢迎宴会 (应邀)',
      'CHAIRED 武契奇 欢迎宴会 (举行)',
      'LED 金正恩 现场指导卫星发射筹备委员会的工作 (现场指导)',
    ],
  ],
  [
    'a bare chair and who oversaw an oath after a ceremony held (…举行宪法宣誓仪式。李鸿忠主持并监誓。) are at it',
    '十四届全国人大常委会第二次会议26日上午在北京闭幕。赵乐际委员长主持闭幕会。' +
      '闭幕会后，全国人大常委会举行宪法宣誓仪式。李鸿忠主持并监誓。',
    undefined,
    [
      'ATTENDED 李鸿忠 宪法宣誓仪式 (监誓)',
      'CHAIRED 李鸿忠 宪法宣誓仪式 (主持)',
      'CHAIRED 赵乐际 全国人大常委会会议 (主持)',
    ],
  ],
  [
    'a time told from an earlier one (十多天后，) is a retold sequence, not the issue\'s day; 外长会 is a meeting',
    '3月20日，习近平主席抵达莫斯科。十多天后，习近平主席在人民大会堂举行仪式，欢迎法国总统马克龙访华。' +
      '俄罗斯外长拉夫罗夫2日在印度出席二十国集团外长会期间表示，俄方不能允许。',
    undefined,
    ['ATTENDED 拉夫罗夫 二十国集团外长会 (出席)'],
  ],
  [
    'on whose behalf (并代表中共中央致贺词) stands between a joiner and its speech',
    '中国民主促进会第十三次全国代表大会12月18日在北京开幕。中共中央政治局常委赵乐际出席开幕会并代表中共中央致贺词。',
    undefined,
    ['ADDRESSED 赵乐际 中国民主促进会全国代表大会 (致贺词)', 'ATTENDED 赵乐际 中国民主促进会全国代表大会 (出席)'],
  ],
  [
    'what media report on (对…习近平主席致辞进行关注报道) is no speech; a supreme leader (最高领袖) holds a foreign post',
    '2日，泰国多家媒体对中国服贸会开幕和习近平主席致辞进行关注报道。' +
      '伊朗最高领袖哈梅内伊30日在德黑兰会见到访的叙利亚总统巴沙尔·阿萨德。',
    undefined,
    ['MET 哈梅内伊>巴沙尔·阿萨德 会见'],
  ],
  [
    "someone's words quoted over sentences (“习近平总书记2014年考察江苏时…。…”) report no visit",
    '江苏代表周忠阳激动不已。“习近平总书记2014年考察江苏时首次提出全面从严治党。日子越过越红火。”代表们表示，要牢记嘱托。',
    undefined,
    [],
  ],
  [
    'the host named in what is attended (出席…施瓦布主持的午餐会) chaired it',
    '当地时间16日，国务院总理李强在达沃斯出席世界经济论坛主席施瓦布主持的午餐会，同跨国公司负责人进行交流。',
    undefined,
    ['ATTENDED 李强 午餐会 (出席)', 'CHAIRED 施瓦布 午餐会 (主持)'],
  ],
  [
    'a call with someone (与…通话, 与…通过电话商定) is talks',
    '土耳其国防部长阿卡尔24日在与俄罗斯国防部长绍伊古通话时表示，永久防止恐怖袭击。' +
      '巴基斯坦外长吉拉尼与伊朗外长阿卜杜拉希扬通过电话商定，两国大使返岗。',
    undefined,
    ['MET 吉拉尼>阿卜杜拉希扬 通过电话', 'MET 阿卡尔>绍伊古 通话'],
  ],
  [
    'a short form (晋衔仪式) of the story\'s ceremony (中央军委晋升上将军衔仪式) is that ceremony',
    '中央军委晋升上将军衔仪式28日在北京八一大楼举行。中央军委主席习近平出席晋衔仪式。中央军委副主席何卫东主持晋衔仪式。',
    undefined,
    ['ATTENDED 习近平 中央军委晋升上将军衔仪式 (出席)', 'CHAIRED 何卫东 中央军委晋升上将军衔仪式 (主持)'],
  ],
  [
    'talks held and a commission co-chaired (举行会谈并共同主持…会议): two events, no name over the verb',
    '国家副主席韩正6日在北京同巴西副总统阿尔克明举行会谈并共同主持中巴高层协调与合作委员会第七次会议。',
    undefined,
    [
      'CHAIRED 阿尔克明 中巴高层协调与合作委员会会议 (主持)',
      'CHAIRED 韩正 中巴高层协调与合作委员会会议 (主持)',
      'MET 韩正>阿尔克明 举行会谈',
    ],
  ],
  [
    'whom a meeting chooses for a report to come (会议推举…汪洋在…上作常委会工作报告) made none',
    '全国政协3月1日在京召开第八十五次主席会议。全国政协主席汪洋主持会议。' +
      '会议推举十三届全国政协主席汪洋在全国政协十四届一次会议上作常委会工作报告。',
    undefined,
    ['CHAIRED 汪洋 全国政协主席会议 (主持)'],
  ],
  [
    'how leaders went (集体乘车，) may stand before their going and what they did there',
    '首都义务植树活动3日举行。上午10时40分许，党和国家领导人习近平、李强、赵乐际等集体乘车，' +
      '来到北京市通州区潞城镇，同首都群众一起参加义务植树。',
    undefined,
    [
      'ATTENDED 习近平 首都义务植树活动 (参加 #1)',
      'ATTENDED 李强 首都义务植树活动 (参加 #2)',
      'ATTENDED 赵乐际 首都义务植树活动 (参加 #3)',
    ],
  ],
  [
    'a list goes on after a comma and 以及 (…，以及李作成同志出席会议); 和 closing a name before a comma is the name\'s',
    '中共中央总书记习近平24日下午出席军队领导干部会议。国务委员兼国防部长魏凤和，中央军委委员李尚福、刘振立，' +
      '以及李作成同志出席会议。',
    undefined,
    [
      'ATTENDED 习近平 军队领导干部会议 (出席)',
      'ATTENDED 刘振立 军队领导干部会议 (出席 #3)',
      'ATTENDED 李作成 军队领导干部会议 (出席 #4)',
      'ATTENDED 李尚福 军队领导干部会议 (出席 #2)',
      'ATTENDED 魏凤和 军队领导干部会议 (出席 #1)',
    ],
  ],
  [
    'a speaker opening the clause after the meeting held (…召开…会议，…李强在会上强调) addressed it',
    '1月26日下午，国务院召开全国安全生产电视电话会议，中共中央政治局常委、国务院总理李强在会上强调，要压紧压实责任。',
    undefined,
    ['ADDRESSED 李强 全国安全生产电视电话会议 (讲话)'],
  ],
  [
    'a sentence set at a meeting held that day (在17日举行的…代表大会上，) holds it; whom a body backs (支持…作为候选人参加…) '
      + 'attended nothing',
    '在17日举行的统一俄罗斯党第21次代表大会上，与会者一致同意支持俄罗斯总统普京作为候选人参加明年3月举行的总统选举。' +
      '普京当天在大会上发表讲话说，西方对俄罗斯的侵略逐年升级。',
    undefined,
    ['ADDRESSED 普京 统一俄罗斯党代表大会 (发表讲话)'],
  ],
  [
    'a lecture given at a study session (作专题讲座) is a speech at it',
    '国务院以“完整、准确、全面贯彻新发展理念”为主题，进行第一次专题学习。国务院总理李强主持学习。中国宏观经济研究院院长王昌林作专题讲座。',
    undefined,
    ['ADDRESSED 王昌林 国务院专题学习 (作专题讲座)', 'CHAIRED 李强 国务院专题学习 (主持)'],
  ],
  [
    'others counted by their post after the named (…秦刚，以及俄罗斯联邦政府7位副总理等出席) are part of the subject',
    '当地时间3月21日上午，国家主席习近平在莫斯科会见俄罗斯总理米舒斯京。蔡奇、王毅、秦刚，以及俄罗斯联邦政府7位副总理等出席。',
    undefined,
    [
      'ATTENDED 王毅 会见俄罗斯总理米舒斯京 (出席 #2)',
      'ATTENDED 秦刚 会见俄罗斯总理米舒斯京 (出席 #3)',
      'ATTENDED 蔡奇 会见俄罗斯总理米舒斯京 (出席 #1)',
      'MET 习近平>米舒斯京 会见',
    ],
  ],
  [
    'the audience of a performance (观看演出, 一同观看) attended it; watching a march-past (观看仪仗队分列式) is nothing',
    '中央军委慰问驻京部队老干部迎新春文艺演出29日在京举行。中共中央总书记、国家主席、中央军委主席习近平观看演出。' +
      '张又侠、何卫东一同观看。两国元首回到检阅台观看仪仗队分列式。',
    undefined,
    [
      'ATTENDED 习近平 中央军委慰问驻京部队老干部迎新春文艺演出 (观看)',
      'ATTENDED 何卫东 中央军委慰问驻京部队老干部迎新春文艺演出 (一同观看 #2)',
      'ATTENDED 张又侠 中央军委慰问驻京部队老干部迎新春文艺演出 (一同观看 #1)',
    ],
  ],
  [
    'a ceremony held for a guest with what it was like (举行独具特色的迎宾仪式); a written statement names no event',
    '当地时间5月7日晚，国家主席习近平抵达贝尔格莱德。武契奇在机场为习近平举行独具特色的迎宾仪式。习近平发表书面讲话。',
    undefined,
    ['ATTENDED 习近平 迎宾仪式 (应邀)', 'CHAIRED 武契奇 迎宾仪式 (举行)'],
  ],
  [
    "the party's own 的 in a meeting's name (全军党的建设会议) stands inside it",
    '全军党的建设会议7月20日至21日在京召开。中共中央政治局委员、中央军委副主席何卫东出席会议并讲话。',
    undefined,
    ['ADDRESSED 何卫东 全军党的建设会议 (讲话)', 'ATTENDED 何卫东 全军党的建设会议 (出席)'],
  ],
  [
    'a ceremony held as the next act (并举行隆重颁授仪式): the subject held it, who is decorated its guest; 致答辞 is a speech',
    '10月31日，国家主席习近平在北京人民大会堂向越共中央总书记阮富仲授予中华人民共和国“友谊勋章”，并举行隆重颁授仪式。' +
      '阮富仲致答辞。',
    undefined,
    ['ADDRESSED 阮富仲 颁授仪式 (致答辞)', 'ATTENDED 阮富仲 颁授仪式 (应邀)', 'CHAIRED 习近平 颁授仪式 (举行)'],
  ],
  [
    'a bare 参加 goes to the last event held a few sentences up in its paragraph (the banquet, not the ceremony before)',
    '国家主席习近平向阮富仲授予“友谊勋章”，并举行隆重颁授仪式。当晚，习近平在人民大会堂为阮富仲举行欢迎宴会。' +
      '习近平向阮富仲一一介绍中方出席宴会的领导同志。中共中央政治局常委李强、赵乐际参加。',
    undefined,
    [
      'ATTENDED 李强 欢迎宴会 (参加 #1)',
      'ATTENDED 赵乐际 欢迎宴会 (参加 #2)',
      'ATTENDED 阮富仲 欢迎宴会 (应邀)',
      'ATTENDED 阮富仲 颁授仪式 (应邀)',
      'CHAIRED 习近平 欢迎宴会 (举行)',
      'CHAIRED 习近平 颁授仪式 (举行)',
    ],
  ],
  [
    'what follows an escort clause (在…布迪陪同下，在万隆参观…，并出席…) is done by the one escorted',
    '当地时间6日下午，国务院总理李强在印尼统筹部长卢胡特，交通部长布迪陪同下，在万隆参观高铁展，并出席雅万高铁开通仪式。',
    undefined,
    [
      'ATTENDED 卢胡特 雅万高铁开通仪式 (陪同 #1)',
      'ATTENDED 布迪 雅万高铁开通仪式 (陪同 #2)',
      'ATTENDED 李强 雅万高铁开通仪式 (出席)',
    ],
  ],
  [
    'a welcome and a banquet held at once for guests told by kind, named as they arrive; a fuller wel' +
      'come is the same one',
    '5月18日晚，国家主席习近平和夫人彭丽媛在西安为出席峰会的中亚国家元首夫妇举行欢迎仪式和欢迎宴会。' +
      '哈萨克斯坦总统托卡耶夫、塔吉克斯坦总统拉赫蒙陆续抵达。习近平夫妇为贵宾举行唐朝传统迎宾仪式。',
    undefined,
    [
      'ATTENDED 托卡耶夫 欢迎仪式 (抵达 #1)',
      'ATTENDED 托卡耶夫 欢迎宴会 (抵达 #1)',
      'ATTENDED 拉赫蒙 欢迎仪式 (抵达 #2)',
      'ATTENDED 拉赫蒙 欢迎宴会 (抵达 #2)',
      'CHAIRED 习近平 欢迎仪式 (举行)',
      'CHAIRED 习近平 欢迎宴会 (举行)',
      'CHAIRED 彭丽媛 欢迎仪式 (举行)',
      'CHAIRED 彭丽媛 欢迎宴会 (举行)',
    ],
  ],
  [
    'a speech goes to the banquet held again in the sentence before; guests by kind are company (同贵宾们共同观看)',
    '习近平在西安为贵宾举行欢迎仪式和欢迎宴会。习近平同贵宾们共同前往元功门举行欢迎宴会。习近平发表欢迎致辞。' +
      '宴会后，习近平同贵宾们共同观看开幕式演出。',
    undefined,
    [
      'ADDRESSED 习近平 欢迎宴会 (致辞)',
      'ATTENDED 习近平 开幕式演出 (共同观看)',
      'CHAIRED 习近平 欢迎仪式 (举行)',
      // Held for the guests, then held with them (同贵宾们…举行欢迎宴会): told twice, one edge in the graph.
      'CHAIRED 习近平 欢迎宴会 (举行)',
      'CHAIRED 习近平 欢迎宴会 (举行)',
    ],
  ],
  [
    'an occasion named for what it marks, held as the sentence opens, is the bare 活动 attended later',
    '中国南极秦岭站开站活动7日举行，在北京设主会场。国务院副总理何立峰在北京主会场出席活动并讲话。',
    undefined,
    ['ADDRESSED 何立峰 中国南极秦岭站开站活动 (讲话)', 'ATTENDED 何立峰 中国南极秦岭站开站活动 (出席)'],
  ],
  [
    'leaders meeting the press (同中外记者见面), the subject set off from the day by a comma; not 与…人士见面',
    '习近平和李强、赵乐际，23日中午在人民大会堂同采访大会的中外记者亲切见面。习近平发表了重要讲话。' +
      '在英期间，韩正还与中英工商界人士见面。',
    undefined,
    [
      'ADDRESSED 习近平 见面会 (发表了重要讲话)',
      'ATTENDED 习近平 见面会 (亲切见面 #1)',
      'ATTENDED 李强 见面会 (亲切见面 #2)',
      'ATTENDED 赵乐际 见面会 (亲切见面 #3)',
    ],
  ],
  [
    'a short talk at the other side\'s request (…期间，应约同…哈里斯简短交谈) is talks with the sentence\'s subject',
    '当地时间11月19日，国家主席习近平在曼谷出席亚太经合组织领导人非正式会议期间，应约同美国副总统哈里斯简短交谈。',
    undefined,
    ['ATTENDED 习近平 亚太经合组织领导人非正式会议 (出席)', 'MET 习近平>哈里斯 简短交谈'],
  ],
  [
    'a 与 in the name of where a speech was given (皇家法律与经济大学) is no partner phrase',
    '柬埔寨首相洪森5日在柬埔寨皇家法律与经济大学毕业典礼上发表演讲时指出，北约有向亚太地区渗透的趋势。',
    undefined,
    ['ADDRESSED 洪森 柬埔寨皇家法律与经济大学毕业典礼 (发表演讲)'],
  ],
  [
    'a sentence in the first person is a speaker\'s words (我此次访德并同朔尔茨总理共同主持…): no chair',
    '李强表示，中国高度重视中德关系。我此次访德并同朔尔茨总理共同主持第七轮中德政府磋商。',
    undefined,
    [],
  ],
  [
    'a greeting sent on behalf of a long list (代表中华全国总工会、…向大会致贺词) is a speech at the meeting',
    '中国残疾人联合会第八次全国代表大会18日上午在北京人民大会堂开幕。全国妇联党组书记黄晓薇代表中华全国总工会、' +
      '共青团中央、中华全国妇女联合会、中国文学艺术界联合会、中国作家协会、中国科学技术协会向大会致贺词。',
    undefined,
    ['ADDRESSED 黄晓薇 中国残疾人联合会全国代表大会 (致贺词)'],
  ],
  [
    'the General Assembly\'s general debate is the event, not the Assembly; a press conference\'s spo' +
      'kesman spoke at it',
    '当地时间9月21日，国家副主席韩正在纽约联合国总部出席第78届联合国大会一般性辩论并发表讲话。' +
      '十四届全国人大一次会议今天（3月4日）举行新闻发布会，大会发言人王超介绍，本次大会将于3月5日上午开幕。',
    undefined,
    [
      'ADDRESSED 王超 全国人大会议新闻发布会 (发言人)',
      'ADDRESSED 韩正 联合国大会一般性辩论 (发表讲话)',
      'ATTENDED 韩正 联合国大会一般性辩论 (出席)',
    ],
  ],
  [
    'the meeting\'s words run to the paragraph\'s end: a visit they recall is no act of the story',
    '首都规划建设委员会全体会议11月24日在京召开。蔡奇出席会议并讲话。\n会议指出，党中央始终把首都规划建设摆在突出位置。' +
      '习近平总书记在北京、河北考察灾后恢复重建工作时作出重要指示。',
    undefined,
    ['ADDRESSED 蔡奇 首都规划建设委员会全体会议 (讲话)', 'ATTENDED 蔡奇 首都规划建设委员会全体会议 (出席)'],
  ],
  [
    'one who spoke after hearing others, told by a pronoun (在听取委员发言后，他说), is the subject before',
    '全国人大常委会委员长赵乐际参加了民盟、农工党界委员联组会。在听取委员发言后，他说，以习近平同志为核心的中共中央团结带领全党。',
    undefined,
    ['ADDRESSED 赵乐际 民盟、农工党界委员联组会 (讲话)', 'ATTENDED 赵乐际 民盟、农工党界委员联组会 (参加)'],
  ],
  [
    'reports heard a clause each (分别听取了…丛斌作的…报告，主任委员李飞作的…报告): each reporter spoke',
    '十三届全国人大常委会第37次会议27日上午在京举行第二次全体会议。栗战书委员长主持。会议分别听取了全国人大宪法法律委' +
      '副主任委员丛斌作的关于妇女权益保障法修订草案审议结果的报告，主任委员李飞作的关于黄河保护法草案审议结果的报告。',
    undefined,
    [
      'ADDRESSED 丛斌 全国人大常委会全体会议 (作报告)',
      'ADDRESSED 李飞 全国人大常委会全体会议 (作报告)',
      'CHAIRED 栗战书 全国人大常委会全体会议 (主持)',
    ],
  ],
  [
    'a farewell held as the next act, where it was held between (并在机场举行正式欢送仪式): its hosts held it',
    '马克龙和布丽吉特陪同习近平和彭丽媛离开图尔马莱山口返回塔布，并在机场举行正式欢送仪式。',
    undefined,
    [
      'ATTENDED 布丽吉特 正式欢送仪式 (陪同 #2)',
      'ATTENDED 马克龙 正式欢送仪式 (陪同 #1)',
      'CHAIRED 布丽吉特 正式欢送仪式 (举行)',
      'CHAIRED 马克龙 正式欢送仪式 (举行)',
    ],
  ],
  [
    'a sentence addressing the guest (习近平主席会见总理先生) is the host\'s words: no talks that 上述活动 takes in',
    '欢迎仪式后，李强同夏巴兹举行会谈。李强表示，中巴是全天候战略合作伙伴。习近平主席会见总理先生，为中巴关系发展作出' +
      '规划和指引。吴政隆参加上述活动。',
    undefined,
    ['ATTENDED 吴政隆 同夏巴兹会谈 (参加上述活动)', 'MET 李强>夏巴兹 举行会谈'],
  ],
  [
    'members told by what they proposed after a count of speakers with its topic between (14位政协常委围绕“…”作大会发言)',
    '政协第十四届全国委员会常务委员会第七次会议5日下午举行全体会议，14位政协常委围绕“构建高水平社会主义市场经济体制”' +
      '作大会发言。易纲常委建议，坚持深化市场化改革。王志刚常委提出，突出科技创新体系顶层设计。',
    undefined,
    [
      'ADDRESSED 易纲 政协全国委员会常务委员会全体会议 (发言)',
      'ADDRESSED 王志刚 政协全国委员会常务委员会全体会议 (发言)',
    ],
  ],
  [
    'a bare chair after the event its own sentence holds (…举行第十讲专题讲座，赵乐际委员长主持) chaired that event',
    '十四届全国人大常委会第九次会议26日上午在北京人民大会堂闭幕。赵乐际委员长主持闭幕会。闭幕会后，' +
      '十四届全国人大常委会举行第十讲专题讲座，赵乐际委员长主持。',
    undefined,
    ['CHAIRED 赵乐际 全国人大常委会专题讲座 (主持)', 'CHAIRED 赵乐际 全国人大常委会会议 (主持)'],
  ],
  [
    'talks told in the second sentence of a paragraph of someone\'s words are not among the activities 上述活动 takes in',
    '欢迎仪式后，李强同马拉佩会谈。\n李强表示，中国和巴新关系走在前列。习近平主席同马拉佩总理举行会晤，共同擘画' +
      '两国关系发展新蓝图。\n吴政隆参加上述活动。',
    undefined,
    ['ATTENDED 吴政隆 同马拉佩会谈 (参加上述活动)', 'MET 习近平>马拉佩 举行会晤', 'MET 李强>马拉佩 会谈'],
  ],
  [
    'a report heard in a meeting\'s next clause, its subject left out (…；听取了…刘奇分别作的…汇报)',
    '十四届全国人大常委会第一次委员长会议14日上午在北京人民大会堂举行。赵乐际委员长主持会议并讲话。会议研究确定了' +
      '副委员长联系专门委员会的分工；听取了全国人大常委会秘书长刘奇分别作的关于会议议程草案的汇报。',
    undefined,
    [
      'ADDRESSED 刘奇 全国人大常委会委员长会议 (作报告)',
      'ADDRESSED 赵乐际 全国人大常委会委员长会议 (讲话)',
      'CHAIRED 赵乐际 全国人大常委会委员长会议 (主持)',
    ],
  ],
  [
    'who holds a meeting with others (普京当天与…举行工作会议) chaired it; not a plan, nor a clause apart (德方愿同中方…，适时举行)',
    '俄罗斯总统普京当天与包括俄罗斯总检察长克拉斯诺夫、国防部长绍伊古等在内的关键部门负责人举行工作会议，讨论当前局势。' +
      '德国总理朔尔茨愿同中方加强沟通，适时举行新一轮两国政府磋商。',
    undefined,
    ['ATTENDED 克拉斯诺夫 工作会议 (参加 #1)', 'ATTENDED 绍伊古 工作会议 (参加 #2)', 'CHAIRED 普京 工作会议 (举行)'],
  ],
  [
    'whoever conveys an instruction at the meeting (在会上传达…并讲话) is there, and spoke',
    '全国旅游发展大会5月17日在京召开。中宣部部长李书磊在会上传达习近平重要指示并讲话。国务委员谌贻琴主持会议。',
    undefined,
    [
      'ADDRESSED 李书磊 全国旅游发展大会 (讲话)',
      'ATTENDED 李书磊 全国旅游发展大会 (在会上传达)',
      'CHAIRED 谌贻琴 全国旅游发展大会 (主持)',
    ],
  ],
  [
    'the chair\'s words after the votes (在会议完成有关表决事项后，栗战书指出) are a speech at the session',
    '十三届全国人大常委会第三十八次会议30日下午在北京人民大会堂闭幕。栗战书委员长主持会议。' +
      '在会议完成有关表决事项后，栗战书指出，要带头学习领会。',
    undefined,
    ['ADDRESSED 栗战书 全国人大常委会会议 (讲话)', 'CHAIRED 栗战书 全国人大常委会会议 (主持)'],
  ],
  [
    'the escort of a reception (张又侠陪同接见) is at the reception, not at the visit it fell in',
    '5月22日至24日，习近平在山东省委书记林武陪同下，先后来到日照、济南等地进行调研。' +
      '5月23日上午，习近平在济南亲切接见驻济南部队上校以上领导干部，并同大家合影留念。张又侠陪同接见。',
    undefined,
    [
      'ATTENDED 习近平 会见驻济南部队上校以上领导干部 (接见)',
      'ATTENDED 张又侠 会见驻济南部队上校以上领导干部 (陪同接见)',
      'ATTENDED 林武 调研 (陪同)',
      'LED 习近平 调研 (调研)',
      'VISITED 习近平 日照',
      'VISITED 习近平 济南',
    ],
  ],
  [
    'one of many (包括…梅克达德在内的…代表参会) attended; a speech at an event opening with its day (24日在…上，…表示)',
    '阿盟外长会17日在沙特西部城市吉达举行，包括叙利亚外长梅克达德在内的阿盟22个成员国代表参会。' +
      '24日在德国法兰克福举行的欧洲央行成立25周年纪念活动上，欧洲央行行长拉加德表示，首要任务是降低通胀。',
    undefined,
    ['ADDRESSED 拉加德 欧洲央行成立25周年纪念活动 (讲话)', 'ATTENDED 梅克达德 阿盟外长会 (参会)'],
  ],
  [
    'visits told as a habit (在考察中多次强调) are no one visit',
    '从盾构机总装车间再到汽车研发中心，习近平总书记在考察中多次强调，要加强关键核心技术的自主研发。',
    undefined,
    [],
  ],
  [
    'a short form of the story\'s event (本届大运会) is it, dated as it; others told by kind after a list (以及…贵宾)',
    '第三十一届世界大学生夏季运动会28日晚在四川省成都市隆重开幕。国家主席习近平出席开幕式并宣布本届大运会开幕。' +
      '蔡奇、丁薛祥，以及来自世界各地的领导人和贵宾出席开幕式。',
    undefined,
    [
      'ATTENDED 丁薛祥 世界大学生夏季运动会 (出席 #2)',
      'ATTENDED 习近平 世界大学生夏季运动会 (出席)',
      'ATTENDED 蔡奇 世界大学生夏季运动会 (出席 #1)',
    ],
  ],
  [
    'talks an office\'s side reports (…方面16日表示，…会见了…); the guest listed first is no one present at her talks',
    '俄罗斯克里姆林宫方面16日表示，俄总统普京当天在莫斯科会见了到访的朝鲜外务相崔善姬，俄外长拉夫罗夫等人参加会见。',
    undefined,
    ['ATTENDED 拉夫罗夫 会见朝鲜外务相崔善姬 (参加会见)', 'MET 普京>崔善姬 会见'],
  ],
  [
    'who oversees an oath (监誓) is at its ceremony',
    '国务院12月8日举行宪法宣誓仪式。国务院总理李强监誓。',
    undefined,
    ['ATTENDED 李强 宪法宣誓仪式 (监誓)'],
  ],
  [
    'talks told again by the pair (习近平和巴育举行会谈) are the talks told before: one event that 上述活动 takes in',
    '国家主席习近平在曼谷总理府同泰国总理巴育举行会谈。\n习近平和巴育举行会谈。\n会谈后，习近平出席巴育举行的宴会。\n' +
      '丁薛祥、王毅等参加上述活动。',
    undefined,
    [
      'ATTENDED 丁薛祥 同泰国总理巴育会谈 (参加上述活动 #1)',
      'ATTENDED 丁薛祥 宴会 (参加上述活动 #1)',
      'ATTENDED 习近平 宴会 (出席)',
      'ATTENDED 王毅 同泰国总理巴育会谈 (参加上述活动 #2)',
      'ATTENDED 王毅 宴会 (参加上述活动 #2)',
      'CHAIRED 巴育 宴会 (举行)',
      'MET 习近平>巴育 举行会谈',
    ],
  ],
  [
    'a paragraph a guest opens with congratulations (巴育热烈祝贺…，相信…) is his words: not among 上述活动',
    '习近平同泰国总理巴育举行会谈。\n巴育热烈祝贺中共二十大成功召开，相信中国将取得辉煌成就。习近平主席访问泰国并出席' +
      '亚太经合组织领导人非正式会议，是习近平主席首次来泰，意义重大。\n王毅等参加上述活动。',
    undefined,
    [
      'ATTENDED 习近平 亚太经合组织领导人非正式会议 (出席)',
      'ATTENDED 王毅 同泰国总理巴育会谈 (参加上述活动)',
      'MET 习近平>巴育 举行会谈',
    ],
  ],
  [
    'the years since a party congress (党的十八大后，…首次赴农村考察) are a look back, no visit of the day',
    '新的一年。\n党的十八大后，习近平总书记首次赴农村考察就来到阜平，进村入户看望困难群众。',
    undefined,
    [],
  ],
  [
    'one sent by a leader (布尔汉派出的代表) is met, not the leader',
    '沙特外交大臣费萨尔在利雅得会见了苏丹武装部队总司令布尔汉派出的代表。',
    undefined,
    [],
  ],
  [
    'a summit\'s programme for spouses is the event attended (…峰会领导人配偶活动), not the summit',
    '国家主席习近平夫人彭丽媛在巴厘岛出席印度尼西亚总统夫人伊莉亚娜组织的二十国集团领导人第十七次峰会领导人配偶活动。',
    undefined,
    ['ATTENDED 彭丽媛 二十国集团领导人峰会领导人配偶活动 (出席)'],
  ],
  [
    'a meeting held after what the subject did first (…了解…情况，并召开…座谈会) is his, and so are his words after',
    '李希14日到云南调研。\n在云南省纪委监委，李希详细了解推进情况，并召开部分省区纪委书记座谈会。他强调，要认真学习。',
    undefined,
    [
      'ADDRESSED 李希 部分省区纪委书记座谈会 (讲话)',
      'CHAIRED 李希 部分省区纪委书记座谈会 (召开)',
      'LED 李希 到云南调研 (调研)',
      'VISITED 李希 云南',
      'VISITED 李希 云南省纪委监委',
    ],
  ],
  [
    'the chair speaking after those heard at his meeting (…先后发言。李强感谢…，表示…) addressed it',
    '国务院总理李强1月24日下午主持召开座谈会，听取意见建议。\n座谈会上，民革中央主席郑建邦、民盟中央主席丁仲礼等先后' +
      '发言。\n李强感谢各民主党派对政府工作的关心支持，表示国务院将认真研究吸收大家的意见建议。',
    undefined,
    [
      'ADDRESSED 丁仲礼 座谈会 (发言)',
      'ADDRESSED 李强 座谈会 (讲话)',
      'ADDRESSED 郑建邦 座谈会 (发言)',
      'CHAIRED 李强 座谈会 (主持召开)',
    ],
  ],
  [
    'the chair\'s words count only at his meeting with others heard: his words after talks are no address',
    '李强会见澳大利亚总理阿尔巴尼斯。\n李强表示，中方愿同澳方加强合作。',
    undefined,
    ['MET 李强>阿尔巴尼斯 会见'],
  ],
  [
    'one who attended the summit the lead reports, his words after it (李克强表示) addressed it',
    '当地时间13日上午，国务院总理李克强在柬埔寨金边出席第17届东亚峰会。\n李克强表示，当前国际形势错综复杂。',
    undefined,
    ['ADDRESSED 李克强 东亚峰会 (讲话)', 'ATTENDED 李克强 东亚峰会 (出席)'],
  ],
  [
    'words at an activity attended (植树活动) are no address',
    '4月3日上午，习近平等来到北京市朝阳区，参加首都义务植树活动。\n习近平强调，绿化祖国要扩绿、兴绿、护绿并举。',
    undefined,
    ['ATTENDED 习近平 首都义务植树活动 (参加)'],
  ],
  [
    'words said on a meeting\'s sidelines (出席…外长会期间表示) go on as more of them, no address',
    '俄罗斯外长拉夫罗夫2日在印度出席二十国集团外长会期间表示，西方国家称这是无稽之谈。拉夫罗夫说，俄方不能允许西方' +
      '掩盖事实真相。',
    undefined,
    ['ATTENDED 拉夫罗夫 二十国集团外长会 (出席)'],
  ],
  [
    'each laying baskets on behalf of a body (A代表X，B代表Y，分别向…敬献花篮) attended the rite the story reported',
    '全国政协12日上午在北京中山公园中山堂举行仪式，纪念孙中山先生诞辰157周年。\n全国政协副主席王勇代表全国政协，' +
      '北京市副市长高朋代表北京市政府，分别向孙中山先生塑像敬献花篮。\n全国政协副主席兼秘书长王东峰主持仪式。',
    undefined,
    ['ATTENDED 王勇 仪式 (敬献花篮 #1)', 'ATTENDED 高朋 仪式 (敬献花篮 #2)', 'CHAIRED 王东峰 仪式 (主持)'],
  ],
  [
    'a guest\'s wreath at a monument is no part of his welcome ceremony, nor is he who met someone told of later',
    '赵乐际25日在北京分别会见多米尼克总理斯凯里特和俄罗斯国家杜马副主席巴巴科夫。\n斯凯里特25日下午前往北京天安门' +
      '广场，向人民英雄纪念碑敬献花圈。\n会见巴巴科夫时赵乐际表示，今年是中俄建交75周年。',
    undefined,
    ['MET 赵乐际>巴巴科夫 分别会见', 'MET 赵乐际>斯凯里特 分别会见'],
  ],
  [
    'an activity attended (出席活动) after a celebration held (举行开航庆典) is that celebration',
    '内图博士国际机场10日在安哥拉首都罗安达举行开航庆典。安哥拉总统洛伦索出席活动并为新机场揭牌。',
    undefined,
    ['ATTENDED 洛伦索 开航庆典 (出席)'],
  ],
  [
    'what a journey ended with (在结束出席…、出席…峰会后，回到北京) is the time of the return, not an act of the day',
    '9月10日晚，国务院总理李强在结束出席东亚合作领导人系列会议并对印度尼西亚进行正式访问、出席在印度举行的二十国' +
      '集团领导人第十八次峰会后，乘包机回到北京。',
    undefined,
    [],
  ],
  [
    'reports heard in a sentence that opens with 听取了, or after the meeting\'s clause (会议审议了…，听取了), are its',
    '十四届全国人大常委会第六次会议21日上午在京举行第二次全体会议。\n听取了全国人大常委会副委员长蔡达峰作的关于' +
      '检查科学技术进步法实施情况的报告。\n会议审议了国务院的综合报告，听取了财政部副部长廖岷受国务院委托作的专项报告。',
    undefined,
    ['ADDRESSED 廖岷 全国人大常委会全体会议 (作报告)', 'ADDRESSED 蔡达峰 全国人大常委会全体会议 (作报告)'],
  ],
  [
    'the guest of a welcome held by a side reviews its guard of honour: he attended it',
    '当地时间3月20日下午，国家主席习近平乘专机抵达莫斯科。\n俄方在机场举行隆重迎宾仪式。习近平检阅俄罗斯三军仪仗队' +
      '并观看分列式。',
    undefined,
    ['ATTENDED 习近平 迎宾仪式 (检阅)'],
  ],
  [
    'a meeting congratulated on its convening (向大会召开表示热烈的祝贺) is held nowhere new',
    '共青团第十九次全国代表大会19日上午在人民大会堂开幕。蔡奇向大会召开表示热烈的祝贺。蔡奇在致词中说，共青团坚持正确方向。',
    undefined,
    ['ADDRESSED 蔡奇 共青团全国代表大会 (致词)'],
  ],
  [
    'talks held with someone under a summit\'s noun (同马克龙举行非正式会晤) are the talks, no second event',
    '4月7日下午，国家主席习近平在广东省广州市松园同法国总统马克龙举行非正式会晤。\n王毅、秦刚等参加上述活动。',
    undefined,
    [
      'ATTENDED 王毅 同法国总统马克龙会晤 (参加上述活动 #1)',
      'ATTENDED 秦刚 同法国总统马克龙会晤 (参加上述活动 #2)',
      'MET 习近平>马克龙 会晤',
    ],
  ],
  [
    'seated on the rostrum attends the session; what the chair\'s speech recalls mid-paragraph is his words',
    '全国政协十四届二次会议10日上午在人民大会堂闭幕。会议由全国政协主席王沪宁主持。\n习近平、李强、李希、韩正等在主席台' +
      '就座。\n王沪宁在讲话中说，全国政协十四届二次会议是一次团结奋进的大会。中共中央总书记习近平等党和国家领导同志出席' +
      '大会开幕会和闭幕会，看望委员并参加联组讨论。全体委员认真学习。\n出席闭幕会的领导同志还有：马兴瑞、王毅等。',
    undefined,
    [
      'ADDRESSED 王沪宁 全国政协会议 (讲话)',
      'ATTENDED 习近平 全国政协会议 (在主席台就座 #1)',
      'ATTENDED 李希 全国政协会议 (在主席台就座 #3)',
      'ATTENDED 李强 全国政协会议 (在主席台就座 #2)',
      'ATTENDED 王毅 全国政协会议 (出席 #2)',
      'ATTENDED 韩正 全国政协会议 (在主席台就座 #4)',
      'ATTENDED 马兴瑞 全国政协会议 (出席 #1)',
      'CHAIRED 王沪宁 全国政协会议 (主持)',
    ],
  ],
  [
    'one who lays out a meeting\'s business (通报调查安排) addressed it',
    '6月25日上午，调查组在银川召开第一次全体会议。调查组组长、应急管理部副部长宋元明通报调查安排、提出工作要求。',
    undefined,
    ['ADDRESSED 宋元明 全体会议 (通报)'],
  ],
  [
    'a banquet\'s hosts named with where they held it (佐科和夫人伊莉亚娜在巴厘岛神鹰广场举行的…欢迎晚宴)',
    '当地时间11月15日晚，习近平和夫人彭丽媛出席印度尼西亚总统佐科和夫人伊莉亚娜在巴厘岛神鹰广场举行的二十国集团' +
      '领导人峰会欢迎晚宴。',
    undefined,
    [
      'ATTENDED 习近平 二十国集团领导人峰会欢迎晚宴 (出席 #1)',
      'ATTENDED 彭丽媛 二十国集团领导人峰会欢迎晚宴 (出席 #2)',
      'CHAIRED 伊莉亚娜 二十国集团领导人峰会欢迎晚宴 (举行)',
      'CHAIRED 佐科 二十国集团领导人峰会欢迎晚宴 (举行)',
    ],
  ],
  [
    'a leader\'s words after the meeting\'s business in his sentence (会议围绕…进行了讨论，习近平指出) addressed it',
    '当地时间11月19日上午，国家主席习近平在曼谷继续出席亚太经合组织第二十九次领导人非正式会议。\n会议围绕可持续贸易' +
      '和投资问题进行了讨论，习近平指出，自由和开放的贸易和投资是亚太经合组织的宗旨。',
    undefined,
    ['ADDRESSED 习近平 亚太经合组织领导人非正式会议 (讲话)', 'ATTENDED 习近平 亚太经合组织领导人非正式会议 (出席)'],
  ],
  [
    'a letter read out (在开幕式上宣读了…贺信) is attendance, no speech of the reader\'s',
    '5月25日晚，2023中关村论坛在京开幕。中共中央政治局委员、北京市委书记尹力在开幕式上宣读了习近平主席的贺信。',
    undefined,
    ['ATTENDED 尹力 中关村论坛 (宣读了)'],
  ],
  [
    'words said while taking part in a discussion (在参加…代表团讨论时指出) address it; at an activity they do not',
    '汪洋同志17日上午在参加党的二十大西藏代表团讨论时指出，习近平总书记所作的报告举旗定向。\n' +
      '习近平3日上午在参加首都义务植树活动时强调，清明前后正是植树的好时节。',
    undefined,
    [
      'ADDRESSED 汪洋 党的二十大西藏代表团讨论 (讲话)',
      'ATTENDED 习近平 首都义务植树活动 (参加)',
      'ATTENDED 汪洋 党的二十大西藏代表团讨论 (参加)',
    ],
  ],
  [
    'a report made to the meeting, whatever it is named (向会议作了…审查结果报告)',
    '十四届全国人大二次会议主席团8日下午举行第二次会议。主席团常务主席赵乐际主持会议。\n全国人大财政经济委员会' +
      '副主任委员许宏才向会议作了财政经济委员会关于预算草案的审查结果报告。',
    undefined,
    ['ADDRESSED 许宏才 全国人大会议主席团会议 (作报告)', 'CHAIRED 赵乐际 全国人大会议主席团会议 (主持)'],
  ],
  [
    'greetings by telephone (以电话等方式慰问) are no visit',
    '春节前夕，习近平等党和国家领导人分别以电话等方式慰问了胡锦涛、朱镕基等老同志。',
    undefined,
    [],
  ],
  [
    'names joined by 以及 inside a list of those present (巴特尔以及周铁农、齐续春等出席)',
    '民革第十四次全国代表大会8日在京开幕。石泰峰、孙春兰、张春贤、巴特尔以及周铁农、齐续春等出席开幕会。',
    undefined,
    [
      'ATTENDED 周铁农 民革全国代表大会 (出席 #5)',
      'ATTENDED 孙春兰 民革全国代表大会 (出席 #2)',
      'ATTENDED 巴特尔 民革全国代表大会 (出席 #4)',
      'ATTENDED 张春贤 民革全国代表大会 (出席 #3)',
      'ATTENDED 石泰峰 民革全国代表大会 (出席 #1)',
      'ATTENDED 齐续春 民革全国代表大会 (出席 #6)',
    ],
  ],
  [
    'words said while chairing (在主持学习时强调) are a speech at what he chaired',
    '中共中央政治局1月31日下午进行第二次集体学习。中共中央总书记习近平在主持学习时强调，加快构建新发展格局。',
    undefined,
    [
      'ADDRESSED 习近平 中共中央政治局集体学习 (讲话)',
      'CHAIRED 习近平 中共中央政治局集体学习 (主持)',
    ],
  ],
  [
    'a speech given while chairing (在主持学习时发表了重要讲话); speakers after the topic of their work (结合…工作作了发言)',
    '中共中央政治局1月31日下午进行第二次集体学习。尹力、刘国中、何立峰同志结合分管领域和地方的工作作了发言。习近平' +
      '在主持学习时发表了重要讲话。',
    undefined,
    [
      'ADDRESSED 习近平 中共中央政治局集体学习 (发表了重要讲话)',
      'ADDRESSED 何立峰 中共中央政治局集体学习 (作了发言)',
      'ADDRESSED 刘国中 中共中央政治局集体学习 (作了发言)',
      'ADDRESSED 尹力 中共中央政治局集体学习 (作了发言)',
      'CHAIRED 习近平 中共中央政治局集体学习 (主持)',
    ],
  ],
  [
    'a military parade is a ceremony its speakers address (举行阅兵式…莱希发表讲话)',
    '伊朗18日举行阅兵式庆祝伊朗建军节。伊朗总统莱希发表讲话表示，美军等外来势力对地区安全造成了威胁。',
    undefined,
    ['ADDRESSED 莱希 阅兵式 (发表讲话)'],
  ],
  [
    'those who walk onto the rostrum (…同辛格、巴赫等步入主席台) attend; a name before a foreign post (焦安亲王)',
    '第十九届亚洲运动会23日晚在杭州隆重开幕。19时58分，在乐曲声中，习近平和夫人彭丽媛，同亚奥理事会代理主席辛格' +
      '、国际奥委会主席巴赫等步入主席台，向观众挥手致意。出席开幕式的国际贵宾有：文莱苏丹代表苏弗里亲王、卡塔尔埃米尔代' +
      '表焦安亲王、约旦亲王费萨尔等王室代表。',
    undefined,
    [
      'ATTENDED 习近平 亚洲运动会 (步入主席台 #1)',
      'ATTENDED 巴赫 亚洲运动会 (步入主席台 #4)',
      'ATTENDED 彭丽媛 亚洲运动会 (步入主席台 #2)',
      'ATTENDED 焦安 亚洲运动会 (出席 #2)',
      'ATTENDED 苏弗里 亚洲运动会 (出席 #1)',
      'ATTENDED 费萨尔 亚洲运动会 (出席 #3)',
      'ATTENDED 辛格 亚洲运动会 (步入主席台 #3)',
    ],
  ],
  [
    'a Tibetan name before a role\'s verb (洛桑江村参加会见), not a village',
    '全国人大常委会委员长赵乐际10日在北京会见密克罗尼西亚联邦总统西米纳。洛桑江村参加会见。',
    undefined,
    [
      'ATTENDED 洛桑江村 会见密克罗尼西亚联邦总统西米纳 (参加会见)',
      'MET 赵乐际>西米纳 会见',
    ],
  ],
  [
    'the opening named by the forum\'s noun alone (论坛开幕式, then 开幕式) is the story\'s forum',
    '11月29日，第四届中俄能源商务论坛在北京和莫斯科两地举行。国务院副总理韩正出席论坛开幕式并致辞。俄罗斯联邦政府' +
      '副总理诺瓦克，俄罗斯石油公司总裁谢钦出席开幕式。谢钦宣读俄罗斯总统普京贺信并致辞。',
    undefined,
    [
      'ADDRESSED 谢钦 中俄能源商务论坛 (致辞)',
      'ADDRESSED 韩正 中俄能源商务论坛 (致辞)',
      'ATTENDED 诺瓦克 中俄能源商务论坛 (出席 #1)',
      'ATTENDED 谢钦 中俄能源商务论坛 (出席 #2)',
      'ATTENDED 谢钦 中俄能源商务论坛 (宣读)',
      'ATTENDED 韩正 中俄能源商务论坛 (出席)',
    ],
  ],
  [
    'visits told over a span of time (这两个月里…走访了60多家企业) are a summary; a day\'s visit to three firms is one',
    '在刚开年的这两个月里，工程师王胜就走访了60多家企业。3日上午，市委书记金政走访了3家企业。',
    undefined,
    ['LED 金政 走访3家企业 (走访)'],
  ],
  [
    'a speaker at a group discussion whose name holds 中 or 上 (在参加中共界委员小组讨论时说, 在参加上海代表团审议时说)',
    '参加全国政协十四届二次会议的委员们今天下午分组审议了政协常委会工作报告。全国政协副主席胡春华在参加中共界委员小组' +
      '讨论时说，完全赞成政府工作报告。全国政协副主席陈吉宁在参加上海代表团审议时说，完全赞同政府工作报告。',
    undefined,
    [
      'ADDRESSED 胡春华 中共界委员小组讨论 (讲话)',
      'ADDRESSED 陈吉宁 上海代表团审议 (讲话)',
      'ATTENDED 胡春华 中共界委员小组讨论 (参加)',
      'ATTENDED 陈吉宁 上海代表团审议 (参加)',
    ],
  ],
  [
    'the news as the media report it (媒体当天报道称，…前往巴赫穆特视察); a known name before a visit; a film of it i' +
      's no part of its name',
    '俄罗斯国防部长绍伊古当天召开保障工作会议。俄罗斯国防部同一天公布了绍伊古视察南顿涅茨克方向俄军的视频。乌克兰媒体' +
      '当天报道称，乌克兰武装部队指挥官霍连科前往巴赫穆特视察乌军。',
    undefined,
    [
      'CHAIRED 绍伊古 保障工作会议 (召开)',
      'LED 绍伊古 视察南顿涅茨克方向俄军 (视察)',
      'LED 霍连科 前往巴赫穆特视察乌军 (视察)',
      'VISITED 霍连科 巴赫穆特',
      'VISITED 霍连科 乌军',
    ],
  ],
  [
    'a dialogue held with a working lunch is a forum its guest addresses (出席…对话会暨工作午宴。习近平指出)',
    '当地时间11月16日中午，国家主席习近平在旧金山出席亚太经合组织领导人同东道主嘉宾非正式对话会暨工作午宴。\n习近' +
      '平指出，可持续发展是解决当前全球性问题的“金钥匙”。\n会议由美国总统拜登主持。',
    undefined,
    [
      'ADDRESSED 习近平 亚太经合组织领导人同东道主嘉宾非正式对话会暨工作午宴 (讲话)',
      'ATTENDED 习近平 亚太经合组织领导人同东道主嘉宾非正式对话会暨工作午宴 (出席)',
      'CHAIRED 拜登 亚太经合组织领导人同东道主嘉宾非正式对话会暨工作午宴 (主持)',
    ],
  ],
  [
    'on whose behalf a visit is paid (代表习近平总书记和党中央看望) names no agent; a deputy with his portfolio (分管' +
      '日常工作的副部长) in a list',
    '中共中央政治局常委、中央书记处书记蔡奇7日上午，代表习近平总书记和党中央看望文化界知名人士和科技专家。中共中央政' +
      '治局委员、中央组织部部长李干杰，中共中央政治局委员、中央宣传部部长李书磊，全国政协副主席、中央组织部分管日常工作' +
      '的副部长姜信治陪同看望。',
    undefined,
    [
      'ATTENDED 姜信治 看望文化界知名人士和科技专家 (陪同看望 #3)',
      'ATTENDED 李书磊 看望文化界知名人士和科技专家 (陪同看望 #2)',
      'ATTENDED 李干杰 看望文化界知名人士和科技专家 (陪同看望 #1)',
      'LED 蔡奇 看望文化界知名人士和科技专家 (看望)',
    ],
  ],
  [
    '代表 after a name is on behalf (穆罕默德代表…萨勒曼主持); after a group\'s noun it is one who stands for it (人士代表席南华)',
    '穆罕默德代表沙特国王萨勒曼主持峰会。无党派人士代表席南华也作了发言。',
    undefined,
    [
      'ADDRESSED 席南华 峰会 (作了发言)',
      'CHAIRED 穆罕默德 峰会 (主持)',
    ],
  ],
  [
    'a ministry tells what its minister did (俄国防部称，…视察了); a year\'s run of visits summed up (在今年的国内考察中) is no day\'s',
    '同一天，俄国防部称，俄国防部长绍伊古视察了俄特别军事行动前沿指挥部。党中央高度重视粮食安全，在今年的国内考察中，' +
      '习近平总书记来到种子实验室，调研种业创新成果展示。',
    undefined,
    ['LED 绍伊古 视察俄特别军事行动前沿指挥部 (视察)'],
  ],
  [
    'the EU\'s foreign-policy chief speaking at a ministers\' meeting (欧盟外交与安全政策高级代表博雷利11日在欧盟外长会上称)',
    '欧盟外交与安全政策高级代表博雷利11日在欧盟外长会上称，以色列的轰炸造成大量平民伤亡。',
    undefined,
    ['ADDRESSED 博雷利 欧盟外长会 (讲话)'],
  ],
  [
    'the course of visits at large (在调研中搞形式主义) is a frame, no visit; a day\'s visit is one',
    '贵州省政协原党组副书记、副主席周建琨在调研中搞形式主义、官僚主义，热衷舆论造势问题。4日，市委书记金政在我市调研。',
    undefined,
    ['LED 金政 在我市调研 (调研)'],
  ],
  [
    'lighting the flame of the story\'s ceremony (易炼红点燃火种盆) is attending it',
    '杭州第19届亚洲运动会火炬传递启动仪式8日在浙江省杭州市举行。在全场观众的期盼中，4名火种护卫护送火种、火炬入场' +
      '，浙江省委书记易炼红点燃火种盆。',
    undefined,
    ['ATTENDED 易炼红 杭州亚洲运动会火炬传递启动仪式 (点燃火种盆)'],
  ],
  [
    'someone\'s kin received (会见了霍英东先生亲属) is no meeting with him',
    '纪念霍英东先生诞辰100周年座谈会10日在京举行，全国政协主席王沪宁出席座谈会，并在会前会见了霍英东先生亲属。',
    undefined,
    ['ATTENDED 王沪宁 纪念霍英东先生诞辰100周年座谈会 (出席)'],
  ],
  [
    'an activity named in quotes is an event (出席“投资中国”首场标志性活动); those a letter answers did the act (复信参加…活动的…代表)',
    '国家副主席韩正26日在京出席“投资中国”首场标志性活动并致辞。近日，国家主席习近平复信参加“艺汇丝路”访华采风活' +
      '动的阿拉伯知名艺术家代表。',
    undefined,
    [
      'ADDRESSED 韩正 “投资中国”首场标志性活动 (致辞)',
      'ATTENDED 韩正 “投资中国”首场标志性活动 (出席)',
    ],
  ],
  [
    '上述活动 after a paragraph that opens on a later day takes that day\'s activities only, none here',
    '10月17日下午，国家主席习近平在人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。\n蔡奇、王毅参加会见。\n10月18' +
      '日上午，国家主席习近平夫人彭丽媛邀请外方领导人夫人参观中国工艺美术馆。\n印度尼西亚总统夫人伊莉亚娜，巴布亚新几内' +
      '亚总理夫人雷切尔等参加上述活动。',
    undefined,
    [
      'ATTENDED 王毅 会见乌兹别克斯坦总统米尔济约耶夫 (参加会见 #2)',
      'ATTENDED 蔡奇 会见乌兹别克斯坦总统米尔济约耶夫 (参加会见 #1)',
      'MET 习近平>米尔济约耶夫 会见',
    ],
  ],
  [
    'a farewell given by its verb (在…和平别墅为习近平和夫人彭丽媛饯行): its hosts and guests',
    '当地时间5月8日下午，在国家主席习近平即将结束对塞尔维亚国事访问之际，塞尔维亚总统武契奇和夫人塔玛拉在贝尔格莱德' +
      '和平别墅为习近平和夫人彭丽媛饯行。',
    undefined,
    [
      'ATTENDED 习近平 饯行 (应邀 #1)',
      'ATTENDED 彭丽媛 饯行 (应邀 #2)',
      'CHAIRED 塔玛拉 饯行 (举行)',
      'CHAIRED 武契奇 饯行 (举行)',
    ],
  ],
  [
    'a wreath laid at a general\'s statue (向…戴高乐将军雕像敬献花环): no plan in 将军, no agent in the statue; bei' +
      'ng escorted (在…的陪同下) is no act; the rite joined by 随后',
    '8日，法国总统马克龙向位于香榭丽舍大街的戴高乐将军雕像敬献花环，随后在共和国卫队的陪同下前往凯旋门参加纪念仪式，' +
      '向无名烈士纪念碑献花并默哀。',
    undefined,
    ['ATTENDED 马克龙 纪念仪式 (参加)'],
  ],
  [
    'a second official of the same state with a post alone (…参议长纳梅和众议长卡列), a name jieba reads as a measure word',
    '全国人大常委会委员长赵乐际30日在北京会见哥伦比亚国会主席兼参议长纳梅和众议长卡列。何维参加会见。',
    undefined,
    [
      'ATTENDED 何维 会见参议长纳梅、众议长卡列 (参加会见)',
      'MET 赵乐际>卡列 会见',
      'MET 赵乐际>纳梅 会见',
    ],
  ],
  [
    'each on behalf of a body, the last before 向 without 分别, one with a post kg did not read (…王红代表…，向孙中山先生像敬献了花篮)',
    '12日上午，首都各界人士会聚北京中山公园中山堂，举行简短而庄严的仪式，纪念孙中山先生逝世99周年。全国政协副主席' +
      '沈跃跃代表中国人民政治协商会议全国委员会，中央统战部副部长马利怀代表中共中央统战部，民革中央副主席、民革北京市委' +
      '会主委王红代表中国国民党革命委员会北京市委员会，向孙中山先生像敬献了花篮。',
    undefined,
    [
      'ATTENDED 沈跃跃 仪式 (敬献了花篮 #1)',
      'ATTENDED 王红 仪式 (敬献了花篮 #3)',
      'ATTENDED 马利怀 仪式 (敬献了花篮 #2)',
    ],
  ],
  [
    'answering the press (回答中外记者提问) at the story\'s press conference is addressing it',
    '十四届全国人大二次会议今天（3月7日）举行记者会，中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问。',
    undefined,
    ['ADDRESSED 王毅 全国人大会议记者会 (回答中外记者提问)'],
  ],
  [
    'one who attended the meeting of the sentence before speaks as 他 (…出席会议并当选会长。他表示)',
    '中国和平统一促进会十届一次理事大会11日在京召开。全国政协主席王沪宁出席会议并当选会长。他表示，要坚持大团结大联合。',
    undefined,
    [
      'ADDRESSED 王沪宁 中国和平统一促进会理事大会 (讲话)',
      'ATTENDED 王沪宁 中国和平统一促进会理事大会 (出席)',
    ],
  ],
  [
    'one heard after others at a meeting a paragraph is set at (在15日召开的座谈会上，…分别发言。在听取大家发言后，赵乐际指出), in' +
      ' a visit\'s story, dated by it',
    '中共中央政治局常委、全国人大常委会委员长赵乐际14日至15日在天津调研。\n在15日召开的座谈会上，8位人大代表分' +
      '别发言。在听取大家发言后，赵乐际指出，全国人大常委会向全国人民代表大会报告工作。',
    undefined,
    [
      'ADDRESSED 赵乐际 座谈会 (讲话)',
      'LED 赵乐际 在天津调研 (调研)',
      'VISITED 赵乐际 天津',
    ],
  ],
  [
    'words said while attending, with where and the day in brackets before (今天（4月28日）在…出席…会议时表示)',
    '俄罗斯国防部长绍伊古今天（4月28日）在印度首都新德里出席上海合作组织成员国国防部长会议时表示，美国在其他国家的' +
      '生物军事活动仍在继续。',
    undefined,
    [
      'ADDRESSED 绍伊古 上海合作组织成员国国防部长会议 (讲话)',
      'ATTENDED 绍伊古 上海合作组织成员国国防部长会议 (出席)',
    ],
  ],
  [
    'those the media list as present (据…透露，参加此次会议的代表包括…)',
    '巴勒斯坦和以色列高级安全官员今天在约旦南部城市亚喀巴举行会谈。据约旦媒体透露，参加此次会议的代表包括巴勒斯坦总情' +
      '报局局长法拉杰、以色列国家安全顾问哈内格比，以及约旦、埃及的代表等。',
    undefined,
    [
      'ATTENDED 哈内格比 会议 (参加 #2)',
      'ATTENDED 法拉杰 会议 (参加 #1)',
    ],
  ],
  [
    'one heard after others at the meeting he just chaired, in a visit\'s story (主持召开座谈会。在听取…发言后，李强指出)',
    '中共中央政治局常委、国务院总理李强6月7日至8日在辽宁调研。调研中，李强主持召开座谈会。在听取辽宁省有关部门、部' +
      '分市县和企业负责人发言后，李强指出，推动东北全面振兴。',
    undefined,
    [
      'ADDRESSED 李强 座谈会 (讲话)',
      'CHAIRED 李强 座谈会 (主持召开)',
      'LED 李强 在辽宁调研 (调研)',
      'VISITED 李强 辽宁',
    ],
  ],
  [
    'the first named of a larger group after 等 (…潘基文等来自60多个国家和地区的1500多位…代表参加) attended',
    '全国人大常委会委员长赵乐际28日在海南博鳌出席博鳌亚洲论坛2024年年会开幕式。哈萨克斯坦总统托卡耶夫、瑙鲁总统' +
      '阿迪昂、论坛理事长潘基文等来自60多个国家和地区的1500多位政界、工商界和智库学者代表参加。',
    undefined,
    [
      'ATTENDED 托卡耶夫 博鳌亚洲论坛年会开幕式 (参加 #1)',
      'ATTENDED 潘基文 博鳌亚洲论坛年会开幕式 (参加 #3)',
      'ATTENDED 赵乐际 博鳌亚洲论坛年会开幕式 (出席)',
      'ATTENDED 阿迪昂 博鳌亚洲论坛年会开幕式 (参加 #2)',
    ],
  ],
  [
    'a subject\'s clause, a comma, then how he went on (…不顾中方强烈反对，执意会见…), a name the tagger cut befor' +
      'e the clause\'s end (蔡英|文。)',
    '4月6日，美国国会众议长麦卡锡等国会议员不顾中方强烈反对和严正交涉，执意会见“过境”窜美的台湾地区领导人蔡英文。',
    undefined,
    ['MET 麦卡锡>蔡英文 会见'],
  ],
  [
    'a reporter the tagger cut one short before his commission (王本|强受国务院委托作的…报告)',
    '十三届全国人大常委会第三十八次会议28日下午举行第二次全体会议。会议听取了审计署副审计长王本强受国务院委托作的关' +
      '于2021年度中央预算执行和其他财政收支审计查出问题整改情况的报告。',
    undefined,
    ['ADDRESSED 王本强 全国人大常委会全体会议 (作报告)'],
  ],
  [
    'touring an exhibition\'s halls (在…交易会企业馆巡馆) is a visit led',
    '4月18日，国务院总理李强在第135届中国进出口商品交易会企业馆巡馆。',
    undefined,
    ['LED 李强 在第135届中国进出口商品交易会企业馆巡馆 (巡馆)'],
  ],
  [
    'a lead-in speech at a working dinner, about a topic after 并就 (dev corpus)',
    '当地时间22日晚，李强出席新全球融资契约峰会工作晚宴并就能源转型作引导发言。',
    undefined,
    [
      'ADDRESSED 李强 新全球融资契约峰会工作晚宴 (作引导发言)',
      'ATTENDED 李强 新全球融资契约峰会工作晚宴 (出席)',
    ],
  ],
  [
    'a session resumed (复会) is held that day; a UN envoy speaking at it (dev corpus)',
    '联合国大会乌克兰问题紧急特别会议22日复会。俄罗斯常驻联合国代表涅边贾在会上指出，与俄罗斯发生冲突的不是乌克兰。',
    undefined,
    ['ADDRESSED 涅边贾 联合国大会乌克兰问题紧急特别会议 (讲话)'],
  ],
  [
    'a speech recalled inside someone\'s words is none reported (dev corpus)',
    '李希表示，蒙古国是共建“一带一路”重要国家。习近平主席在论坛开幕式上提出八项行动，描绘了“实景图”。中方愿同蒙方' +
      '落实好两国元首重要共识。',
    undefined,
    [],
  ],
  [
    'officials who open their paragraphs by what they told briefed the story\'s press conference (dev corpus)',
    '中共中央今天上午举行新闻发布会，有关部门负责同志介绍解读党的二十大报告。\n中央政策研究室主任江金权介绍，报告是政' +
      '治宣言。\n围绕高质量发展的战略部署，国家发展改革委副主任穆虹介绍说，报告把高质量发展作为首要任务。\n中央宣传部副' +
      '部长孙业礼解读了报告中的理论创新部分，他说，报告深化了认识。',
    undefined,
    [
      'ADDRESSED 孙业礼 中共中央新闻发布会 (介绍)',
      'ADDRESSED 江金权 中共中央新闻发布会 (介绍)',
      'ADDRESSED 穆虹 中共中央新闻发布会 (介绍)',
    ],
  ],
  [
    'a sitting named by its kind alone is the body\'s that holds it, the day between them (a local paper\'s shape)',
    '市委昨天召开常委会议。市委书记张三主持会议。',
    undefined,
    ['CHAIRED 张三 市委常委会议 (主持)'],
  ],
  [
    'a party\'s standing committee meeting and a list of its leaders, one of them a name jieba holds as an idiom ' +
      '(People\'s Daily, 1998)',
    '民革中央今天召开常委会议。民革中央常务副主席周铁农，副主席李赣骝、童傅、厉无畏、钮小明，秘书长刘民复参加了会议。',
    undefined,
    [
      'ATTENDED 刘民复 民革中央常委会议 (参加 #6)',
      'ATTENDED 厉无畏 民革中央常委会议 (参加 #4)',
      'ATTENDED 周铁农 民革中央常委会议 (参加 #1)',
      'ATTENDED 李赣骝 民革中央常委会议 (参加 #2)',
      'ATTENDED 童傅 民革中央常委会议 (参加 #3)',
      'ATTENDED 钮小明 民革中央常委会议 (参加 #5)',
    ],
  ],
  [
    'a delegation met is its leader met, however jieba reads his name (dev corpus)',
    '全国人大常委会委员长赵乐际9日下午在人民大会堂会见美国国会参议院多数党领袖舒默率领的美国国会参议院两党代表团。',
    undefined,
    ['MET 赵乐际>舒默 会见'],
  ],
  [
    'an inspection framed by 在…时 is named by its verb, not by 在 (People\'s Daily, 1998)',
    '江泽民同志最近在视察部队时强调，军队要服从大局。',
    undefined,
    ['LED 江泽民 视察部队 (视察)'],
  ],
  [
    'one who opens a paragraph by what he told, in a story of no press conference, briefed none',
    '李强主持召开国务院常务会议。\n国家发展改革委副主任穆虹介绍，报告把高质量发展作为首要任务。',
    undefined,
    ['CHAIRED 李强 国务院常务会议 (主持召开)'],
  ],
  [
    'talks joined by 并 to a visit kg has no predicate for are the visitor\'s (dev corpus)',
    '白俄罗斯总统卢卡申科3日访问阿联酋，并与阿联酋总统穆罕默德举行会晤，讨论加强双边关系。',
    undefined,
    ['MET 卢卡申科>穆罕默德 举行会晤'],
  ],
  [
    'talks joined by ，并同 after attending a summit are the attender\'s',
    '习近平出席峰会，并同阿联酋总统穆罕默德举行会谈。',
    undefined,
    [
      'ATTENDED 习近平 峰会 (出席)',
      'MET 习近平>穆罕默德 举行会谈',
    ],
  ],
  [
    'a journey\'s end told with talks joined by 并 is no talks of the day',
    '6月20日晚，国务院总理李强在结束对澳大利亚进行正式访问，并同澳大利亚总理阿尔巴尼斯举行年度会晤后，乘包机回到北京。',
    undefined,
    [],
  ],
  [
    'a bare post after a foreign title is that state\'s, its transliterated holder named whole (dev corpus)',
    '由中国企业承建的绕城公路项目28日举行通车仪式，塞尔维亚总统武契奇、总理布尔纳比奇出席。',
    undefined,
    [
      'ATTENDED 布尔纳比奇 通车仪式 (出席 #2)',
      'ATTENDED 武契奇 通车仪式 (出席 #1)',
    ],
  ],
  [
    'the named, then a larger group joined by 和 and told by where they come from, attended (dev corpus)',
    '国务院总理李强30日上午在博鳌出席博鳌亚洲论坛2023年年会开幕式并发表主旨演讲。新加坡总理李显龙、国际货币基金' +
      '组织总裁格奥尔基耶娃和来自50多个国家和地区的1500多位政界、工商界和智库学者代表参加。',
    undefined,
    [
      'ADDRESSED 李强 博鳌亚洲论坛年会开幕式 (发表主旨演讲)',
      'ATTENDED 李强 博鳌亚洲论坛年会开幕式 (出席)',
      'ATTENDED 李显龙 博鳌亚洲论坛年会开幕式 (参加 #1)',
      'ATTENDED 格奥尔基耶娃 博鳌亚洲论坛年会开幕式 (参加 #2)',
    ],
  ],
  [
    'words said while taking part in a delegation\'s deliberation, without 在 (dev corpus)',
    '全国人大常委会副委员长武维华参加海南代表团审议时说，政府工作报告是一个好报告。',
    undefined,
    [
      'ADDRESSED 武维华 海南代表团审议 (讲话)',
      'ATTENDED 武维华 海南代表团审议 (参加)',
    ],
  ],
  [
    'one put in charge of convening a meeting (指定…负责召集) did not convene it (dev corpus)',
    '十三届全国人大常委会第一百三十一次委员长会议29日下午在京举行。栗战书委员长主持会议。会议听取了杨振武作的关于有' +
      '关情况的汇报，决定指定郑建闽负责召集协商选举会议。',
    undefined,
    ['CHAIRED 栗战书 全国人大常委会委员长会议 (主持)'],
  ],
  [
    '之 inside a given name: a member speaking for his party at a session (dev corpus)',
    '政协常务委员会第四次会议1日下午举行全体会议。符之冠常委代表台盟中央发言建议，建立健全生态产品价值实现机制。',
    undefined,
    ['ADDRESSED 符之冠 政协常务委员会全体会议 (发言)'],
  ],
  [
    'a visit told only as the time of words quoted in a feature, undated, is no visit of the issue\'s day (dev corpus)',
    '全国文化中心是党中央赋予北京的城市战略定位之一。习近平总书记在北京考察时强调，北京历史文化是中华文明源远流长的伟大见证。',
    undefined,
    [],
  ],
  [
    'the same opening the story with its day is the visit reported',
    '中共中央总书记习近平近日在北京考察时强调，北京历史文化是中华文明源远流长的伟大见证。',
    undefined,
    [
      'LED 习近平 在北京考察 (考察)',
      'VISITED 习近平 北京',
    ],
  ],
  [
    'a visit a few days before the issue (就在几天前) is none of its day (dev corpus)',
    '春节是中国最重要的传统节日。就在几天前，习近平总书记来到天津，看望慰问基层干部群众。',
    undefined,
    [],
  ],
  [
    'officers named as those a promotion ceremony honoured attended it (dev corpus)',
    '中央军委晋升上将军衔仪式28日在北京八一大楼举行。中央军委主席习近平出席晋衔仪式。这次晋升上将军衔的军官是：中央' +
      '军委政法委员会书记王仁华、国防大学校长肖天亮。',
    undefined,
    [
      'ATTENDED 习近平 中央军委晋升上将军衔仪式 (出席)',
      'ATTENDED 王仁华 中央军委晋升上将军衔仪式 (晋升 #1)',
      'ATTENDED 肖天亮 中央军委晋升上将军衔仪式 (晋升 #2)',
    ],
  ],
  [
    'a visit some time before the issue (前段时间) is none of its day (dev corpus)',
    '前段时间，来自法国的戴亮来到中国广州，实地调研体验了无人驾驶“空中出租车”。',
    undefined,
    [],
  ],
  [
    'a farewell talk (同…话别) is talks with those named; those who took part attended it (dev corpus)',
    '当地时间12月13日下午，在结束对越南进行国事访问即将启程回国之际，中共中央总书记、国家主席习近平同越共中央总书' +
      '记阮富仲话别。蔡奇、王毅、王小洪等参加。',
    undefined,
    [
      'ATTENDED 王小洪 同越共中央总书记阮富仲话别 (参加 #3)',
      'ATTENDED 王毅 同越共中央总书记阮富仲话别 (参加 #2)',
      'ATTENDED 蔡奇 同越共中央总书记阮富仲话别 (参加 #1)',
      'MET 习近平>阮富仲 话别',
    ],
  ],
  [
    'members who shared what they learned at a study session (等2位同志…交流了…体会) spoke there (dev corpus)',
    '3月30日下午，中共中央政治局就深入学习贯彻新思想进行第四次集体学习。中共中央总书记习近平在主持学习时强调，要不' +
      '断引向深入。中央政治局委员刘国中、李书磊等2位同志结合自身思想和工作实际，交流了学习贯彻新思想的认识和体会。',
    undefined,
    [
      'ADDRESSED 习近平 中共中央政治局集体学习 (讲话)',
      'ADDRESSED 刘国中 中共中央政治局集体学习 (发言)',
      'ADDRESSED 李书磊 中共中央政治局集体学习 (发言)',
      'CHAIRED 习近平 中共中央政治局集体学习 (主持)',
    ],
  ],
  [
    'what someone does in spare time (在训练间隙，…常来到…调研) is a habit, no one day\'s visit (dev corpus)',
    '随着空间站转入应用与发展新阶段，在训练间隙，王亚平常来到科研人员身边进行调研。',
    undefined,
    [],
  ],
  [
    'a group joined to a title by 和 (政协委员和特邀代表) is no person named 和特邀 (dev corpus)',
    '3月4日，全国政协十四届二次会议开幕。全国政协委员和特邀代表出席会议。王沪宁主持会议。',
    undefined,
    ['CHAIRED 王沪宁 全国政协会议 (主持)'],
  ],
  [
    'whom one invites to attend (邀请巴沙尔出席今年年底…的大会) has not attended, nor has the one who invites (dev corpus)',
    '阿联酋驻叙利亚大使馆临时代办努阿米14日在大马士革向叙利亚总统巴沙尔转交了阿联酋总统的邀请函，邀请巴沙尔出席今年' +
      '年底在迪拜举行的第28次缔约方大会。',
    undefined,
    [],
  ],
  [
    'one inviting others to a summit (卢拉邀请地区各国领导人参会) attends nothing yet (dev corpus)',
    '巴西计划于5月30日举行峰会，卢拉邀请地区各国领导人参会。',
    undefined,
    [],
  ],
  [
    'a speaker described before his title (当天新就任的联大主席弗朗西斯在开幕致辞中呼吁) spoke at the story\'s meeting (dev corpus)',
    '第78届联合国大会5日在纽约联合国总部开幕。当天新就任的联大主席弗朗西斯在开幕致辞中呼吁会员国用真正的多边主义精' +
      '神来解决全球面临的问题。',
    undefined,
    ['ADDRESSED 弗朗西斯 联合国大会 (讲话)'],
  ],
  [
    'a body named after a campaign (中央学习贯彻…主题教育领导小组组长蔡奇) holds no object of 学习贯彻: its head attends (dev corpus)',
    '学习贯彻新思想主题教育第一批总结暨第二批部署会议5日在京召开。中共中央政治局常委、中央学习贯彻习近平新时代中国特' +
      '色社会主义思想主题教育领导小组组长蔡奇出席会议并讲话。',
    undefined,
    [
      'ADDRESSED 蔡奇 学习贯彻新思想主题教育第一批总结暨第二批部署会议 (讲话)',
      'ATTENDED 蔡奇 学习贯彻新思想主题教育第一批总结暨第二批部署会议 (出席)',
    ],
  ],
  [
    'an official and a long list of bodies\' heads (刘国中，国家发展改革委、…商务部等有关部门主要负责同志到会) attend (dev corpus)',
    '十四届全国人大常委会第五次会议30日上午在北京人民大会堂举行联组会议。赵乐际委员长主持并讲话。国务院副总理刘国中' +
      '，国家发展改革委、工业和信息化部、财政部、自然资源部、水利部、农业农村部、商务部等有关部门主要负责同志到会听取意见、回答询问。',
    undefined,
    [
      'ADDRESSED 赵乐际 全国人大常委会联组会议 (讲话)',
      'ATTENDED 刘国中 全国人大常委会联组会议 (到会)',
      'CHAIRED 赵乐际 全国人大常委会联组会议 (主持)',
    ],
  ],
  [
    'a visit on another\'s behalf where the subject went (来到…，代表党中央、国务院慰问…); a meeting chaired that e' +
      'vening is no part of the visit (dev corpus)',
    '国务院副总理张国清于19日早率国务院工作组紧急赶赴地震灾区指导抗震救灾工作。张国清抵达当地后立即赶往受灾最重的积' +
      '石山县大河家镇，来到转移群众临时安置点和医院，代表党中央、国务院慰问受灾群众、看望受伤人员。当晚，张国清主持召开' +
      '会议，研究部署下一步抗震救灾工作。',
    undefined,
    [
      'CHAIRED 张国清 会议 (主持召开)',
      'LED 张国清 慰问受灾群众、看望受伤人员 (慰问)',
      'LED 张国清 慰问受灾群众、看望受伤人员 (看望)',
    ],
  ],
  [
    'the guest just met, then 并出席 (会见泰国公主诗琳通并出席…活动): the host attends, not the guest (dev corpus)',
    '6月5日，国家副主席韩正在北京会见泰国公主诗琳通并出席公主第50次访华庆祝活动。',
    undefined,
    [
      'ATTENDED 韩正 公主访华庆祝活动 (出席)',
      'MET 韩正>诗琳通 会见',
    ],
  ],
  [
    'partners told by kind with a describing clause (同出席…对话会的…负责人共同会见记者): the official spoke; 出席 ther' +
      'e is theirs, not an act (dev corpus)',
    '国务院总理李克强9日在安徽黄山同出席“1+6”圆桌对话会的主要国际经济机构负责人共同会见记者。李克强表示，此次对' +
      '话会传递了维护多边主义的信心。肖捷出席上述活动。',
    undefined,
    [
      'ADDRESSED 李克强 会见记者 (共同会见记者)',
      'ATTENDED 肖捷 会见记者 (出席上述活动)',
    ],
  ],
  [
    'with whom a tour was made is no part of its name (同与会外国领导人共同巡馆 → 巡馆) (dev corpus)',
    '11月5日，第六届进博会开幕。开幕式后，李强同与会外国领导人共同巡馆。',
    undefined,
    ['LED 李强 巡馆 (巡馆)'],
  ],
  [
    'a habit (李国伟代表一直忙着调研) is no one day\'s visit (dev corpus)',
    '在云南保山的非遗文创街，李国伟代表一直忙着调研，完善细化即将带到全国两会的意见建议。',
    undefined,
    [],
  ],
  [
    'a meeting held with partners, after where (9日在黄山市同…马尔帕斯、…举行…对话会): the host chaired it, the partn' +
      'ers attended (dev corpus)',
    '国务院总理李克强9日在安徽省黄山市同世界银行行长马尔帕斯、国际货币基金组织总裁格奥尔基耶娃举行第七次“1+6”圆' +
      '桌对话会。肖捷出席。',
    undefined,
    [
      'ATTENDED 格奥尔基耶娃 “1+6”圆桌对话会 (参加 #2)',
      'ATTENDED 肖捷 “1+6”圆桌对话会 (出席)',
      'ATTENDED 马尔帕斯 “1+6”圆桌对话会 (参加 #1)',
      'CHAIRED 李克强 “1+6”圆桌对话会 (举行)',
    ],
  ],
  [
    '未来 is the years ahead, not 未 (not yet): a report on them was made (就未来5年工会工作安排作了汇报) (dev corpus)',
    '习近平23日下午在中南海同总工会领导班子成员集体谈话并发表重要讲话。中华全国总工会主席王东明就未来5年工会工作安排作了汇报。',
    undefined,
    [
      'ADDRESSED 习近平 集体谈话 (发表重要讲话)',
      'ADDRESSED 王东明 集体谈话 (作了汇报)',
      'ATTENDED 习近平 集体谈话 (集体谈话)',
    ],
  ],
  [
    'how a banquet was held is no part of its name (为习近平和彭丽媛举行盛大欢迎晚宴): hosts and guests (dev corpus)',
    '当地时间5月6日下午，国家主席习近平在巴黎爱丽舍宫同法国总统马克龙举行会谈。当晚，马克龙和夫人布丽吉特在爱丽舍宫' +
      '为习近平和彭丽媛举行盛大欢迎晚宴。',
    undefined,
    [
      'ATTENDED 习近平 欢迎晚宴 (应邀 #1)',
      'ATTENDED 彭丽媛 欢迎晚宴 (应邀 #2)',
      'CHAIRED 布丽吉特 欢迎晚宴 (举行)',
      'CHAIRED 马克龙 欢迎晚宴 (举行)',
      'MET 习近平>马克龙 举行会谈',
    ],
  ],
  [
    'a spokesman who holds a press conference (新闻发言人孙业礼…举行新闻发布会) spoke at it (dev corpus)',
    '中国共产党第二十次全国代表大会新闻发言人孙业礼今天（10月15日）下午在人民大会堂举行新闻发布会，向中外记者介绍' +
      '二十大的议程及有关情况。孙业礼说，这是一次十分重要的大会。',
    undefined,
    ['ADDRESSED 孙业礼 新闻发布会 (发言人)'],
  ],
  [
    'a custom (…，党的十八大以来，每年春节前夕，…都会到…看望) and a year gone (…，2016年春节前夕，…来到这里看望) are no visit of the day (dev corpus)',
    '从塞外边陲到革命老区，党的十八大以来，每年春节前夕，习近平总书记都会到乡村、社区看望群众生活。神山村曾是贫困村，' +
      '2016年春节前夕，习近平总书记来到这里看望慰问乡亲们。',
    undefined,
    [],
  ],
  [
    'one described as attending (出席会议的…主席兼…总司令布尔汉称): titles joined by 兼 are his (dev corpus)',
    '9日，东非政府间发展组织在吉布提就苏丹问题召开特别峰会。出席会议的苏丹主权委员会主席兼武装部队总司令布尔汉称，解' +
      '决危机的首要任务是确认冲突双方的承诺。',
    undefined,
    ['ATTENDED 布尔汉 特别峰会 (出席)'],
  ],
  [
    'the report a story retells (报道说，金正恩7日视察了…) tells what happened; what he learned there is no part' +
      ' of the visit\'s name (dev corpus)',
    '据朝中社今天（9月8日）报道，朝鲜首艘战术核攻击潜艇6日下水，金正恩出席典礼。报道说，金正恩7日视察了该潜艇并了' +
      '解其武器系统和潜航作战能力。',
    undefined,
    [
      'ATTENDED 金正恩 典礼 (出席)',
      'LED 金正恩 视察该潜艇 (视察)',
    ],
  ],
  [
    'officials closed by 等 and what they are, then others (等两国官员，以及…代表应邀出席): the named attend (dev corpus)',
    '伊朗驻沙特大使馆6日在沙特首都利雅得举行重新开馆仪式。伊朗副外长比格德利、沙特副外交大臣优素福等两国官员，以及包' +
      '括中国在内的多国驻沙特使馆代表应邀出席了开馆仪式。',
    undefined,
    [
      'ATTENDED 优素福 重新开馆仪式 (出席 #2)',
      'ATTENDED 比格德利 重新开馆仪式 (出席 #1)',
    ],
  ],
  [
    'talks right after a visit\'s clause, with a bare 与 (访问乌克兰首都基辅，与…泽连斯基举行会谈) (dev corpus)',
    '美国总统拜登20日访问乌克兰首都基辅，与乌总统泽连斯基举行会谈，并宣布美国将向乌克兰提供5亿美元新“一揽子”军事支持。',
    undefined,
    ['MET 拜登>泽连斯基 举行会谈'],
  ],
  [
    'those who come with him to the event\'s site (与…尹力，…李书磊来到活动现场) attend it (dev corpus)',
    '2023年全国科技活动周启动式5月20日在京举办。中共中央政治局常委、国务院副总理丁薛祥出席启动式。上午9时30' +
      '分，启动式在北京市通州区绿心公园开始举行。丁薛祥与中共中央政治局委员、北京市委书记尹力，中共中央政治局委员、中央' +
      '宣传部部长李书磊来到活动现场，一起观看科技周活动宣传节目。',
    undefined,
    [
      'ATTENDED 丁薛祥 全国科技活动周启动式 (出席)',
      'ATTENDED 丁薛祥 全国科技活动周启动式 (来到活动现场 #1)',
      'ATTENDED 尹力 全国科技活动周启动式 (来到活动现场 #2)',
      'ATTENDED 李书磊 全国科技活动周启动式 (来到活动现场 #3)',
    ],
  ],
  [
    'a discussion held with partners, a topic set off by commas between (同…代表，结合审议…报告，进行座谈交流) (dev corpus)',
    '中共中央政治局常委、全国人大常委会委员长赵乐际31日同列席十四届全国人大常委会第五次会议的全国人大代表，结合审议' +
      '国务院关于确保粮食安全工作情况的报告，进行座谈交流。他强调，人大代表要发挥作用。李鸿忠主持座谈会。',
    undefined,
    [
      'ADDRESSED 赵乐际 座谈会 (讲话)',
      'ATTENDED 赵乐际 座谈会 (进行座谈交流)',
      'CHAIRED 李鸿忠 座谈会 (主持)',
    ],
  ],
  [
    'a post held once, as the time of what is told (在福建工作期间先后两次深入军营村调研), is a life recalled (dev corpus)',
    '为此，习近平同志在福建工作期间先后两次深入军营村调研，走进村民家中了解生产生活状况。',
    undefined,
    [],
  ],
  [
    'talks named between 举行 and their noun (同阿尔巴尼斯举行第九轮中澳总理年度会晤): the partner is a person met (dev corpus)',
    '欢迎仪式后，李强同阿尔巴尼斯举行第九轮中澳总理年度会晤。',
    undefined,
    ['MET 李强>阿尔巴尼斯 会晤'],
  ],
  [
    'mourners at a farewell: whom it is for (为X) stands between them and 送别, and is no agent',
    '习近平、李克强、王沪宁、韩正、蔡奇等到中国人民解放军总医院为江泽民同志送别。',
    undefined,
    [
      'ATTENDED 习近平 送别 (送别 #1)',
      'ATTENDED 李克强 送别 (送别 #2)',
      'ATTENDED 王沪宁 送别 (送别 #3)',
      'ATTENDED 蔡奇 送别 (送别 #5)',
      'ATTENDED 韩正 送别 (送别 #4)',
    ],
  ],
  [
    'the deceased, whose friends went to the farewell, did nothing; comforting the family is no visit of its own',
    '受中共中央委托，全国政协主席汪洋等28日到八宝山革命公墓为钱正英同志送别，并慰问其亲属。中央和国家机关有关部门负' +
      '责同志，钱正英同志在京生前友好等也前往送别。',
    undefined,
    ['ATTENDED 汪洋 送别 (送别)'],
  ],
  [
    '在场送别的同志: no one named, nothing done',
    '当灵车启动时，在场送别的同志悲痛肃立。首都各界群众纷纷来到沿途道路两旁，送别敬爱的江泽民同志。',
    undefined,
    [],
  ],
  [
    'a delegation deliberating as the story opens: its members who speak next address its session',
    '解放军和武警部队代表团6日继续分组审议政府工作报告。中共中央政治局委员、中央军委副主席张又侠指出，过去一年成就非凡。',
    undefined,
    ['ADDRESSED 张又侠 解放军和武警部队代表团审议 (讲话)'],
  ],
  [
    'a deliberation recalled (审议时的) holds no session of the story',
    '解放军和武警部队代表团审议时的讨论十分热烈。张又侠指出，过去一年成就非凡。',
    undefined,
    [],
  ],
  [
    'talks with a side no name stands for (与埃及方面, 同美方): the agent attended them; a named guest is met',
    '哈马斯政治局领导人哈尼亚20日在开罗与埃及方面就停火问题举行会谈。王毅同美方举行会谈，并会见美国国务卿布林肯。',
    undefined,
    [
      'ATTENDED 哈尼亚 同埃及方面会谈 (举行会谈)',
      'ATTENDED 王毅 同美方会谈 (举行会谈)',
      'MET 王毅>布林肯 会见',
    ],
  ],
  [
    'talks planned with a side are not held',
    '王毅将同美方举行会谈。',
    undefined,
    [],
  ],
  [
    'a dialogue held with a named counterpart is talks with him, whatever 与 its name holds',
    '国务院副总理丁薛祥4日下午在北京同欧盟委员会执行副主席蒂默曼斯举行第四次中欧环境与气候高层对话。',
    undefined,
    ['MET 丁薛祥>蒂默曼斯 高层对话'],
  ],
  [
    'a dialogue forum (对话会) stays a meeting, attended',
    '李强出席中国共产党与世界政党高层对话会。',
    undefined,
    ['ATTENDED 李强 中国共产党与世界政党高层对话会 (出席)'],
  ],
  [
    'a plan sent by video to a meeting with a long name: 将于 is the agent\'s, however far before the verb',
    '国家主席习近平将于12月15日以视频方式向《生物多样性公约》第十五次缔约方大会第二阶段高级别会议开幕式致辞。',
    undefined,
    [],
  ],
  [
    '作工作布置 at the story\'s conference is an address',
    '全国宣传思想文化工作会议10月7日至8日在京召开。中共中央政治局委员、中央宣传部部长李书磊作工作布置。',
    undefined,
    ['ADDRESSED 李书磊 全国宣传思想文化工作会议 (作工作布置)'],
  ],
  [
    'leaders listed with their posts and closed by 等…领导人, then 以及 those closed by 等…负责人: all attended',
    '国家主席习近平和沙特王储兼首相穆罕默德、埃及总统塞西等21个阿盟国家领导人以及阿拉伯国家联盟秘书长盖特等国际组织负责人出席峰会。',
    undefined,
    [
      'ATTENDED 习近平 峰会 (出席 #1)',
      'ATTENDED 塞西 峰会 (出席 #3)',
      'ATTENDED 盖特 峰会 (出席 #4)',
      'ATTENDED 穆罕默德 峰会 (出席 #2)',
    ],
  ],
  [
    'leaders listed with commas, each with state and post, closed by kinds listed with 、 (等20多国国家元首、政府首脑、高级代表)',
    '阿根廷总统费尔南德斯，智利总统博里奇，希腊总理高级代表、发展部部长斯克雷卡斯等20多国国家元首、政府首脑、高级代' +
      '表，以及联合国秘书长古特雷斯等国际组织负责人出席开幕式。',
    undefined,
    [
      'ATTENDED 博里奇 开幕式 (出席 #2)',
      'ATTENDED 古特雷斯 开幕式 (出席 #4)',
      'ATTENDED 斯克雷卡斯 开幕式 (出席 #3)',
      'ATTENDED 费尔南德斯 开幕式 (出席 #1)',
    ],
  ],
  [
    'members who 谈了体会 at a study session spoke there',
    '二十届中共中央政治局10月25日下午就学习贯彻党的二十大精神进行第一次集体学习。中共中央总书记习近平在主持学习时' +
      '强调，要全面学习。李强、赵乐际、王沪宁就深刻领会和贯彻落实党的二十大精神谈了体会。',
    undefined,
    [
      'ADDRESSED 习近平 中共中央政治局集体学习 (讲话)',
      'ADDRESSED 李强 中共中央政治局集体学习 (发言)',
      'ADDRESSED 王沪宁 中共中央政治局集体学习 (发言)',
      'ADDRESSED 赵乐际 中共中央政治局集体学习 (发言)',
      'CHAIRED 习近平 中共中央政治局集体学习 (主持)',
    ],
  ],
  [
    'a short clause of the leader\'s own (走下列车，) before the escort clause; the escorts are at that visit',
    '5月16日下午，在前往陕西途中，习近平走下列车，在山西省委书记蓝佛安、省长金湘军陪同下，先后考察了运城博物馆和运城盐湖。',
    undefined,
    [
      'ATTENDED 蓝佛安 考察运城博物馆和运城盐湖 (陪同 #1)',
      'ATTENDED 金湘军 考察运城博物馆和运城盐湖 (陪同 #2)',
      'LED 习近平 考察运城博物馆和运城盐湖 (考察)',
      'VISITED 习近平 陕西',
    ],
  ],
  [
    'a visit on a day outside the days the first one printed is another visit, with its own escorts; ' +
      'a day within them is the same',
    '9月20日至21日，习近平在浙江省委书记易炼红陪同下，先后来到金华、绍兴等地调研。9月24日下午，在返京途中，习' +
      '近平在山东省委书记林武陪同下来到枣庄市考察。',
    undefined,
    [
      'ATTENDED 易炼红 调研 (陪同)',
      'ATTENDED 林武 来到枣庄市考察 (陪同)',
      'LED 习近平 来到枣庄市考察 (考察)',
      'LED 习近平 调研 (调研)',
      'VISITED 习近平 枣庄市',
      'VISITED 习近平 绍兴',
      'VISITED 习近平 金华',
    ],
  ],
  [
    'a day within a span over a month\'s end (29日 in 11月28日至12月2日) is the same visit',
    '11月28日至12月2日，习近平在陈吉宁陪同下，先后来到金融机构等进行调研。29日下午，习近平到闵行区考察。',
    undefined,
    [
      'ATTENDED 陈吉宁 调研 (陪同)',
      'LED 习近平 调研 (考察)',
      'LED 习近平 调研 (调研)',
      'VISITED 习近平 闵行区',
    ],
  ],
  [
    'a news agency\'s report (朝中社今天还报道称，) retells what its leader did',
    '朝中社今天还报道称，朝鲜劳动党总书记、国务委员长金正恩视察了重要军工厂。',
    undefined,
    ['LED 金正恩 视察重要军工厂 (视察)'],
  ],
  [
    'a report the plenum adopted, made on a body\'s behalf (审议通过了X同志代表…所作的…报告): its reporter addressed it',
    '中国共产党第二十届中央纪律检查委员会第二次全体会议，于2023年1月9日至10日在北京举行。全会由中央纪律检查委' +
      '员会常务委员会主持。全会全面贯彻习近平新时代中国特色社会主义思想，研究部署2023年纪检监察工作，审议通过了李希' +
      '同志代表中央纪委常委会所作的《深入学习贯彻党的二十大精神》工作报告。',
    undefined,
    ['ADDRESSED 李希 中国共产党中央纪律检查委员会全体会议 (作报告)'],
  ],
  [
    'what a meeting adopts names no reporter by 关于 (习近平总书记关于…重要思想)',
    '政协全国委员会主席会议29日在京举行。会议审议通过了《关于开展学习调研活动的意见》，强调开展活动是深入贯彻落实习' +
      '近平总书记关于加强和改进人民政协工作重要思想的实际行动。',
    undefined,
    [],
  ],
  [
    'speakers listed with commas, a party\'s name in quotes among their posts',
    '南非非洲人国民大会主席、总统拉马福萨，俄罗斯统一俄罗斯党最高委员会主席格雷兹洛夫，哈萨克斯坦“阿玛纳特”党主席科' +
      '沙诺夫，多哥保卫共和联盟总司库、国民议会议长采冈等在对话会上致辞。',
    undefined,
    [
      'ADDRESSED 拉马福萨 对话会 (致辞)',
      'ADDRESSED 格雷兹洛夫 对话会 (致辞)',
      'ADDRESSED 科沙诺夫 对话会 (致辞)',
      'ADDRESSED 采冈 对话会 (致辞)',
    ],
  ],
  [
    'a headline\'s parts stand apart by spaces: 参加追悼大会 蔡奇主持大会 names the memorial, no second event',
    '央视网消息（新闻联播）：中共中央在人民大会堂隆重举行江泽民同志追悼大会。习近平、李克强等参加大会。\n江泽民同志追' +
      '悼大会在北京举行 李克强王岐山参加追悼大会 蔡奇主持大会',
    undefined,
    [
      'ATTENDED 习近平 江泽民同志追悼大会 (参加 #1)',
      'ATTENDED 李克强 江泽民同志追悼大会 (参加 #2)',
      'ATTENDED 王岐山 江泽民同志追悼大会 (参加)',
      'CHAIRED 蔡奇 江泽民同志追悼大会 (主持)',
    ],
  ],
  [
    'a press meeting held with others no name stands for (同中亚五国元首共同会见了记者): the host spoke there',
    '习近平还同中亚五国元首共同会见了记者。',
    undefined,
    ['ADDRESSED 习近平 会见记者 (共同会见了记者)'],
  ],
  [
    'hosts listed with 夫妇 (阮富仲夫妇、…武文赏夫妇) both held the banquet',
    '当晚，越共中央总书记阮富仲夫妇、越南国家主席武文赏夫妇共同为习近平和彭丽媛举行盛大欢迎宴会。',
    undefined,
    [
      'ATTENDED 习近平 欢迎宴会 (应邀 #1)',
      'ATTENDED 彭丽媛 欢迎宴会 (应邀 #2)',
      'CHAIRED 武文赏 欢迎宴会 (举行)',
      'CHAIRED 阮富仲 欢迎宴会 (举行)',
    ],
  ],
  [
    'those on the rostrum listed after 的还有： attended; the executive chairs\' seats are the rostrum\'s',
    '第十四届全国人民代表大会第二次会议5日上午在北京人民大会堂开幕。大会主席团常务主席、执行主席李鸿忠、王东明在主席' +
      '台执行主席席就座。在主席台就座的还有：马兴瑞、王毅、尹力，以及中央军委委员刘振立、张升民等。',
    undefined,
    [
      'ATTENDED 刘振立 全国人大会议 (在主席台就座 #4)',
      'ATTENDED 尹力 全国人大会议 (在主席台就座 #3)',
      'ATTENDED 张升民 全国人大会议 (在主席台就座 #5)',
      'ATTENDED 李鸿忠 全国人大会议 (在主席台执行主席席就座 #1)',
      'ATTENDED 王东明 全国人大会议 (在主席台执行主席席就座 #2)',
      'ATTENDED 王毅 全国人大会议 (在主席台就座 #2)',
      'ATTENDED 马兴瑞 全国人大会议 (在主席台就座 #1)',
    ],
  ],
  [
    'who sent greetings, listed after 的还有：, attended nothing',
    '向习近平主席致贺的还有：巴基斯坦总理夏巴兹、柬埔寨首相洪森。',
    undefined,
    [],
  ],
  [
    'a speaker at a delegation\'s discussion named without 参加 (在…代表团讨论时说)',
    '何立峰同志在中央金融系统代表团讨论时说，完全赞成。',
    undefined,
    ['ADDRESSED 何立峰 中央金融系统代表团讨论 (讲话)'],
  ],
  [
    'those a leader takes with him (带领…李强、…李希，前往…) go on the visit, named by where they went',
    '习近平带领中共中央政治局常委李强、赵乐际，专程从北京前往陕西延安，瞻仰延安革命纪念地。',
    undefined,
    [
      'ATTENDED 李强 专程从北京前往陕西延安 (带领 #1)',
      'ATTENDED 赵乐际 专程从北京前往陕西延安 (带领 #2)',
      'LED 习近平 专程从北京前往陕西延安 (带领)',
      'VISITED 习近平 陕西',
    ],
  ],
  [
    'an act named as what a thing is, by a quoted noun after 的, is no attendance',
    '此访也是习近平主席今年出席多边峰会的“收官作”。',
    undefined,
    [],
  ],
  [
    'others after 和 (…李希和大会主席团成员) are part of the subject',
    '第十四届全国人民代表大会第二次会议5日上午在北京人民大会堂开幕。习近平、李强、李希和大会主席团成员在主席台就座。',
    undefined,
    [
      'ATTENDED 习近平 全国人大会议 (在主席台就座 #1)',
      'ATTENDED 李希 全国人大会议 (在主席台就座 #3)',
      'ATTENDED 李强 全国人大会议 (在主席台就座 #2)',
    ],
  ],
  [
    'history told as the party\'s own (在杨家岭期间，我们党召开了第七次全国代表大会) holds no meeting those present attend',
    '在杨家岭期间，我们党召开了第七次全国代表大会，开展了延安整风运动。刘国中、陈希参加上述活动。',
    undefined,
    [],
  ],
  [
    'those named after 他们是：, the sentence before telling only that they sat on the rostrum, attend the st' +
      'ory\'s meeting',
    '中华人民共和国第十四届全国人民代表大会第一次会议，在圆满完成各项议程，产生新一届国家机构组成人员后，13日上午在' +
      '北京人民大会堂闭幕。闭幕会由大会执行主席赵乐际主持。十四届全国人大常委会委员长、副委员长、秘书长担任大会执行主席' +
      '，并在主席台前排就座。他们是：赵乐际、李鸿忠、王东明。',
    undefined,
    [
      'ATTENDED 李鸿忠 全国人大会议 (他们是 #2)',
      'ATTENDED 王东明 全国人大会议 (他们是 #3)',
      'ATTENDED 赵乐际 全国人大会议 (他们是 #1)',
      'CHAIRED 赵乐际 全国人大会议 (主持)',
    ],
  ],
  [
    'leaders listed with commas, closed by 等政要, then others and their count (…代表共约600余人参加)',
    '6月28日上午，和平共处五项原则发表70周年纪念大会在北京人民大会堂隆重举行。越南共产党中央原总书记农德孟，缅甸' +
      '前总统登盛，巴西前总统、新开发银行行长罗塞夫，韩国前总理李海瓒等政要，以及中共中央、全国人大、国务院、全国政协等' +
      '有关部门负责人，国际和地区组织代表、来自100多个国家的驻华使节、中外专家学者、友好人士、媒体和工商界代表共约600余人参加。',
    undefined,
    [
      'ATTENDED 农德孟 和平共处五项原则发表70周年纪念大会 (参加 #1)',
      'ATTENDED 李海瓒 和平共处五项原则发表70周年纪念大会 (参加 #4)',
      'ATTENDED 登盛 和平共处五项原则发表70周年纪念大会 (参加 #2)',
      'ATTENDED 罗塞夫 和平共处五项原则发表70周年纪念大会 (参加 #3)',
    ],
  ],
  [
    'a congress closing after a long clause of what it did (…在选举产生…后，22日上午…闭幕); 在热烈的掌声中 is a manner',
    '中国共产党第二十次全国代表大会在选举产生新一届中央委员会和中央纪律检查委员会，通过关于十九届中央委员会报告的决议' +
      '后，22日上午在人民大会堂胜利闭幕。习近平同志主持大会。大会完成各项议程后，习近平在热烈的掌声中发表了重要讲话。',
    undefined,
    [
      'ADDRESSED 习近平 中国共产党全国代表大会 (发表了重要讲话)',
      'CHAIRED 习近平 中国共产党全国代表大会 (主持)',
    ],
  ],
  [
    '参与会议 is attendance at the story\'s meeting; 参与 alone names no meeting (参与杭州亚运会的每一个人)',
    '欧盟外长会19日在布鲁塞尔举行。匈牙利外交部长西雅尔多参与会议后表示，欧盟制裁是失败的举措。辛格相信参与杭州亚运' +
      '会的每一个人都会收获美好记忆。',
    undefined,
    ['ATTENDED 西雅尔多 欧盟外长会 (参与会议)'],
  ],
  [
    'talks and a press meeting told only as 两国元首\'s: the two who speak in the story, host first',
    '欢迎仪式后，两国元首分别举行小范围会见和大范围会谈。习近平指出，中塞友谊历久弥坚。武契奇表示，中国是塞尔维亚最真' +
      '挚的朋友。两国元首还共同会见了记者。',
    undefined,
    [
      'ADDRESSED 习近平 会见记者 (共同会见了记者)',
      'ADDRESSED 武契奇 会见记者 (共同会见了记者)',
      'MET 习近平>武契奇 会见',
    ],
  ],
  [
    'both sides receiving others (两国总理会见了新西兰各界友好人士) hold no talks between them',
    '欢迎宴会前，两国总理会见了新西兰各界友好人士。李强表示，中新关系良好。拉克森表示，新方愿同中方合作。',
    undefined,
    [],
  ],
  [
    'a body whose post comes next is someone\'s, whose home one went to (来到中国社会科学院原副院长…刘国光家中) (dev corpus)',
    '2月7日，蔡奇看望文化界知名人士和科技专家。蔡奇首先来到中国社会科学院原副院长、经济学家刘国光家中，亲切询问老人身体情况。' +
      '随后，蔡奇来到中国航天科技集团看望科技专家。',
    undefined,
    ['LED 蔡奇 看望文化界知名人士和科技专家 (看望)', 'LED 蔡奇 看望文化界知名人士和科技专家 (看望)', 'VISITED 蔡奇 中国航天科技集团'],
  ],
  [
    'others joined unnamed after a list\'s last name, then the list goes on after a comma and 以及',
    '会议由南非总统拉马福萨主持，巴西总统卢拉、俄罗斯总统普京（线上）和60多位发展中国家领导人或代表，' +
      '以及联合国秘书长古特雷斯等国际组织负责人出席。',
    undefined,
    ['ATTENDED 卢拉 会议 (出席 #1)', 'ATTENDED 古特雷斯 会议 (出席 #3)', 'ATTENDED 普京 会议 (出席 #2)', 'CHAIRED 拉马福萨 会议 (主持)'],
  ],
  [
    'a group received with those who came with it (考察团一行): its host was there',
    '中共中央政治局委员、北京市市长贾庆林今天下午也在京会见了台湾经贸考察团一行。',
    undefined,
    ['ATTENDED 贾庆林 会见台湾经贸考察团一行 (会见)'],
  ],
  [
    "an officer's rank after his name is his, not a word between him and his verb",
    '中国人民解放军总政治部副主任周子玉上将今晚会见了参加研讨会的美国代表团。',
    undefined,
    ['ATTENDED 周子玉 会见参加研讨会的美国代表团 (会见)'],
  ],
  [
    'working talks (工作会谈) are talks, no 工作会 someone held',
    '中联部部长刘建超与越南代表团举行了工作会谈。外交部部长王毅同美国国务卿布林肯举行工作会晤。',
    undefined,
    ['ATTENDED 刘建超 同越南代表团会谈 (会谈)', 'MET 王毅>布林肯 会晤'],
  ],
  ['working talks (工作会见) are no 工作会 their host chaired', '中联部部长刘建超与越共代表团举行工作会见。', undefined, []],
  [
    'a meeting others are urged to hold is no one\'s chair; 督促检查 is an inspection',
    '市纪委书记许建华督促指导相关单位党委召开专题民主生活会。9日，市委书记张伟督促检查安全生产工作。',
    COUNTY,
    ['LED 张伟 督促检查安全生产工作 (检查)'],
  ],
  [
    'a plaque unveiled at the rite the story reported',
    '中国—东盟卫星遥感应用中心揭牌仪式12日在南宁举行。自治区主席蓝天立和东盟秘书长高金洪共同为中心揭牌。',
    undefined,
    ['ATTENDED 蓝天立 中国—东盟卫星遥感应用中心揭牌仪式 (揭牌 #1)', 'ATTENDED 高金洪 中国—东盟卫星遥感应用中心揭牌仪式 (揭牌 #2)'],
  ],
  ['a plaque unveiled with no rite reported: no event made up', '卡塔尔首相兼内政大臣哈立德为熊猫馆揭牌。', undefined, []],
  [
    "a name ends before a word that ends none (李红以“双随机”方式: 李红)",
    '12日，省长李红以“双随机”方式督查安全生产工作。',
    COUNTY,
    ['LED 李红 督查安全生产工作 (督查)'],
  ],
  [
    '率 + a delegation is a visit led (率我市党政代表团赴…学习考察; 率中共代表团…访问越南)',
    '4日，市委书记赵刚率我市党政代表团赴深圳市学习考察。应越共中央邀请，蔡奇率中共代表团于3日至6日访问越南。',
    COUNTY,
    [
      'LED 赵刚 赴深圳市学习考察 (率)',
      'LED 蔡奇 率中共代表团于3日至6日访问越南 (率)',
      'VISITED 蔡奇 越南',
      'VISITED 赵刚 深圳市',
    ],
  ],
  ['率 in a word is no leading (效率, 率先)', '市长李明率先垂范，提高效率，带头参加义务植树。', COUNTY, []],
  [
    'whom a leader took along stands between him and where he went (带领…深入A、B，实地督导)',
    '3日上午，县委书记王建国带领有关部门负责人深入城关镇、石桥乡，实地督导秋冬种工作。',
    COUNTY,
    ['LED 王建国 督导秋冬种工作 (督导)', 'VISITED 王建国 城关镇', 'VISITED 王建国 石桥乡'],
  ],
  [
    "a meeting's speeches by their kind (出席并作动员讲话, 作交流发言)",
    '12日，我市召开巡察工作动员部署会。市纪委书记许建华出席并作动员讲话，市委组织部部长陈红作交流发言。',
    COUNTY,
    [
      'ADDRESSED 许建华 巡察工作动员部署会 (作动员讲话)',
      'ADDRESSED 陈红 巡察工作动员部署会 (作交流发言)',
      'ATTENDED 许建华 巡察工作动员部署会 (出席)',
    ],
  ],
  [
    "a party lecture given, and a party branch's meeting attended as a member",
    '9日，市委书记张伟到联系点石桥村讲授专题党课。县委书记王刚以普通党员身份参加所在党支部组织生活会。',
    COUNTY,
    ['ADDRESSED 张伟 党课 (讲授专题党课)', 'ATTENDED 王刚 党支部组织生活会 (参加)'],
  ],
  [
    'the escort before 陪同 leads nothing: its 同 is no "with" (张伟陪同省委书记王宁在我市调研)',
    '9日，市委书记张伟陪同省委书记王宁在我市调研。',
    COUNTY,
    ['ATTENDED 张伟 在我市调研 (陪同)', 'LED 王宁 在我市调研 (调研)'],
  ],
  [
    'a manner in quotes holds no denial, nor names the visit (以“四不两直”方式暗访); the place inspected is visited',
    '12月3日，市委书记张伟以“四不两直”方式暗访城关镇安全生产工作。',
    COUNTY,
    ['LED 张伟 暗访城关镇安全生产工作 (暗访)', 'VISITED 张伟 城关镇'],
  ],
  [
    'a manner set off by a comma before going, and one named by a verb (明查暗访方式), stand between no agent and his act',
    '3日，市长李刚采取“四不两直”方式，深入城关镇检查安全生产工作。4日，副市长王强以明查暗访方式检查石柱镇食品安全工作。',
    COUNTY,
    [
      'LED 李刚 检查安全生产工作 (检查)',
      'LED 王强 检查石柱镇食品安全工作 (检查)',
      'VISITED 李刚 城关镇',
      'VISITED 王强 石柱镇',
    ],
  ],
  [
    'a lecture given on a tour where no meeting is reported is an event of its own, at the place printed (到…宣讲…精神)',
    '11月20日，市委书记张伟到城关镇宣讲党的二十大精神。次日，市长李刚在石柱镇作宣讲报告。',
    COUNTY,
    ['ADDRESSED 张伟 宣讲报告 (宣讲)', 'ADDRESSED 李刚 宣讲报告 (作宣讲报告)'],
  ],
  [
    'a courtesy call: the one called on is the host, the caller his guest (拜会); a 团拜会 is a meeting, no call',
    '10日，市委书记张伟在杭州拜会省发展改革委主任王东。2月3日，市委、市政府举行新春团拜会，市长李刚出席并讲话。',
    COUNTY,
    ['ADDRESSED 李刚 新春团拜会 (讲话)', 'ATTENDED 李刚 新春团拜会 (出席)', 'MET 王东>张伟 拜会'],
  ],
  [
    "members of the central lecture team, each lecturing in a province: one event each, at the speaker's places",
    '学习贯彻党的二十大精神中央宣讲团成员分别在广东、山西等地宣讲。\n中央宣讲团成员、中共中央政治局委员、广东省委书记' +
      '黄坤明今天在广州作宣讲报告。\n中央宣讲团成员、中央办公厅分管日常工作的副主任孟祥锋今天在山西太原宣讲党的二十大精神。',
    undefined,
    ['ADDRESSED 孟祥锋 宣讲报告 (宣讲)', 'ADDRESSED 黄坤明 宣讲报告 (作宣讲报告)'],
  ],
  [
    'a county leader works on site (现场办公), not at the 现场办公会 he holds; looks over a site (实地察看重点项目)',
    '4日，县委书记张华在城关镇现场办公。5日，县长王丽实地察看重点项目建设进展情况。6日，张华主持召开现场办公会。',
    COUNTY,
    [
      'CHAIRED 张华 现场办公会 (主持召开)',
      'LED 张华 在城关镇现场办公 (现场办公)',
      'LED 王丽 实地察看重点项目建设进展情况 (实地察看)',
      'VISITED 张华 城关镇',
    ],
  ],
  [
    "petitioners received on a leader's reception day, and a river chief's patrol, are occasions he leads",
    '5日，市长陈刚到信访局接待来访群众。7日，市委书记赵明开展巡河工作，详细了解河道治理情况。',
    COUNTY,
    [
      'LED 赵明 开展巡河工作 (巡河)',
      'LED 陈刚 接待来访群众 (接待来访群众)',
      'VISITED 陈刚 信访局',
    ],
  ],
  [
    'what is summed (累计接访) is no one day\'s act; a report at a place of its own where no meeting is reported is one',
    '三年来，县委书记张华累计接访群众600余批。18日，张华在县委党校作专题辅导报告。',
    COUNTY,
    ['ADDRESSED 张华 专题辅导报告 (作专题辅导报告)'],
  ],
  // Local news read in round DD (a presidium, project ceremonies, lists of posts, a party's going, a branch venue).
  [
    'a presidium seated on the rostrum, the chair a surname printed apart from 闫',
    '1月7日上午，开封市第十四届人民代表大会第五次会议开幕。大会主席团常务主席侯红、高建军、阎红心在大会' +
      '主席台前排就座。会议由大会主席团常务主席阎红心主持。',
    undefined,
    [
      'ATTENDED 侯红 开封市人民代表大会 (在大会主席台前排就座 #1)',
      'ATTENDED 阎红心 开封市人民代表大会 (在大会主席台前排就座 #3)',
      'ATTENDED 高建军 开封市人民代表大会 (在大会主席台前排就座 #2)',
      'CHAIRED 阎红心 开封市人民代表大会 (主持)',
    ],
  ],
  [
    'a list closed by 等 and a body\'s members, then others by kind, at a project\'s start',
    '7月18日上午，盐城经济技术开发区举行27个项目集中开工活动。区领导郑荣文、郭庆生、李新华等区工管委' +
      '领导班子成员，27个开工项目业主代表参加活动。',
    undefined,
    [
      'ATTENDED 李新华 27个项目集中开工活动 (参加 #3)',
      'ATTENDED 郑荣文 27个项目集中开工活动 (参加 #1)',
      'ATTENDED 郭庆生 27个项目集中开工活动 (参加 #2)',
    ],
  ],
  [
    'officials listed by their posts alone after those named',
    '12月7日，市委常委会赴歙县现场办公。市委书记凌云主持会议。市委副书记、市长何毅，市人大常委会主任肖' +
      '善武，市委常委，市政府有关副市长，省委督导组有关成员等出席会议。',
    undefined,
    [
      'ATTENDED 何毅 会议 (出席 #1)',
      'ATTENDED 肖善武 会议 (出席 #2)',
      'CHAIRED 凌云 会议 (主持)',
    ],
  ],
  [
    'to whom one reported, after an adverb, is no one listed',
    '2022年6月，习近平总书记首次来光谷考察。这一次，十年前就和总书记面对面汇报的马新强，再次向总书记' +
      '作了汇报。',
    undefined,
    [
      'LED 习近平 首次来光谷考察 (考察)',
    ],
  ],
  [
    'supervising on the spot; a place gone to to look over; 后 ends no visit\'s name',
    '15日上午，市纪委书记张爱军来邮察看淮江公路运堤段重大塌方险情后，又专程前往湖西督察防汛工作。市委书' +
      '记陈扬，市委常委、副市长杨学华陪同。',
    undefined,
    [
      'ATTENDED 杨学华 来邮察看淮江公路运堤段重大塌方险情 (陪同 #2)',
      'ATTENDED 陈扬 来邮察看淮江公路运堤段重大塌方险情 (陪同 #1)',
      'LED 张爱军 来邮察看淮江公路运堤段重大塌方险情 (察看)',
      'VISITED 张爱军 湖西',
    ],
  ],
  [
    '察看 alone after going is a moment of a visit told in passing',
    '今年4月，习近平总书记来到民主村社区，察看小区改造和便民服务情况。',
    undefined,
    [],
  ],
  [
    'one\'s own examination at a meeting of self-criticism is no inspection',
    '2月2日下午，区人大常委会党组召开2017年度民主生活会。区人大常委会党组书记、主任傅明山主持会议。' +
      '会上，傅明山代表常委会党组作对照检查。',
    undefined,
    [
      'ADDRESSED 傅明山 区人大常委会党组民主生活会 (作对照检查)',
      'CHAIRED 傅明山 区人大常委会党组民主生活会 (主持)',
    ],
  ],
  [
    'a party\'s going is its visit, whatever it went to do',
    '近日，果洛藏族自治州人民检察院党组书记、检察长朱正军，党组副书记、副检察长开晓青一行来我院交流座谈。' +
      '市院政治部副主任李剑军陪同交流座谈。',
    undefined,
    [
      'ATTENDED 开晓青 来我院交流座谈 (来)',
      'ATTENDED 李剑军 来我院交流座谈 (陪同)',
      'LED 朱正军 来我院交流座谈 (来)',
    ],
  ],
  [
    'a party set off by a comma before its going',
    '8月19日，科左中旗农牧局畜牧站站长李静、服务中心主任孙志强一行，到敖包苏木推进肉牛产业相关工作。苏' +
      '木政府副苏木达包爱华、动防站站长李友生陪同。',
    undefined,
    [
      'ATTENDED 包爱华 到敖包苏木推进肉牛产业相关工作 (陪同 #1)',
      'ATTENDED 孙志强 到敖包苏木推进肉牛产业相关工作 (到)',
      'ATTENDED 李友生 到敖包苏木推进肉牛产业相关工作 (陪同 #2)',
      'LED 李静 到敖包苏木推进肉牛产业相关工作 (到)',
    ],
  ],
  [
    'a meeting followed from a branch venue',
    '4月2日，省长许昆林主持召开省疫情联防联控指挥部会议。市领导秦海涛、周凯，市政府秘书长马国进在镇江分' +
      '会场收听收看会议。',
    undefined,
    [
      'ATTENDED 周凯 省疫情联防联控指挥部会议 (收听收看 #2)',
      'ATTENDED 秦海涛 省疫情联防联控指挥部会议 (收听收看 #1)',
      'ATTENDED 马国进 省疫情联防联控指挥部会议 (收听收看 #3)',
      'CHAIRED 许昆林 省疫情联防联控指挥部会议 (主持召开)',
    ],
  ],
  [
    'those who sign for each side at the story\'s signing',
    '10月27日，中建七局投资有限公司与梁园区人民政府举行战略合作框架协议签约仪式。韩广杰与梁园区副区长' +
      '陈允璨分别代表双方签约。',
    undefined,
    [
      'ATTENDED 陈允璨 战略合作框架协议签约仪式 (代表双方签约 #2)',
      'ATTENDED 韩广杰 战略合作框架协议签约仪式 (代表双方签约 #1)',
    ],
  ],
  [
    'a mission\'s diplomats below its head, named before their posts',
    '3月6日，中国驻日本使馆临时代办杨宇会见来日访问的山东省副省长宋军继一行。使馆宋耀明经济商务公使、张' +
      '漪波公参陪同会见。',
    undefined,
    [
      'ATTENDED 宋耀明 会见山东省副省长宋军继 (陪同会见 #1)',
      'ATTENDED 张漪波 会见山东省副省长宋军继 (陪同会见 #2)',
      'MET 杨宇>宋军继 会见',
    ],
  ],
  [
    'a city\'s head printed after his name, named as a person elsewhere',
    '应杨晓波市长邀请，3月15日下午，韩国议政府市安炳龙市长一行6人抵达黄石。杨晓波市长在市政府亲切会见' +
      '了安炳龙市长一行。罗光辉副市长参加了会见。',
    undefined,
    [
      'ATTENDED 罗光辉 会见安炳龙 (参加了会见)',
      'LED 安炳龙 抵达黄石 (抵达)',
      'MET 杨晓波>安炳龙 会见',
      'VISITED 安炳龙 市政府',
    ],
  ],
  [
    'a list of officials, then others told by kind and listed too',
    '5月6日，县委副书记、县长王丽媛主持召开县政府党组理论学习中心组集体学习会议。县领导范奇、成刚，副县' +
      '级干部方显春、饶锦秀参加学习。',
    undefined,
    [
      'ATTENDED 成刚 县政府党组理论学习中心组集体学习会议 (参加学习 #2)',
      'ATTENDED 方显春 县政府党组理论学习中心组集体学习会议 (参加学习 #3)',
      'ATTENDED 范奇 县政府党组理论学习中心组集体学习会议 (参加学习 #1)',
      'ATTENDED 饶锦秀 县政府党组理论学习中心组集体学习会议 (参加学习 #4)',
      'CHAIRED 王丽媛 县政府党组理论学习中心组集体学习会议 (主持召开)',
    ],
  ],
  [
    'escorts of a visit made by those told by kind, named nowhere',
    '12月21日上午，市人大常委会组织在梅的全国、省人大代表来我县开展集中视察活动。市人大常委会副主任蓝' +
      '伟东，县委副书记、县长周小勇等陪同视察。',
    undefined,
    [
      'ATTENDED 周小勇 市人大常委会组织在梅的全国、省人大代表来我县开展集中视察活动 (陪同视察 #2)',
      'ATTENDED 蓝伟东 市人大常委会组织在梅的全国、省人大代表来我县开展集中视察活动 (陪同视察 #1)',
    ],
  ],
  [
    'those who joined a visit told next, by those told by kind',
    '6月19日，区政协主席会议成员来到中兴镇和港沿镇，就特色工作开展集体调研。区政协主席邹明，副主席张荣' +
      '、袁刚等参加。邹明一行先后来到中兴镇与港沿镇，实地视察了上海万禾农业科技发展有限公司。',
    undefined,
    [
      'ATTENDED 张荣 视察上海万禾农业科技发展有限公司 (参加 #2)',
      'ATTENDED 袁刚 视察上海万禾农业科技发展有限公司 (参加 #3)',
      'ATTENDED 邹明 视察上海万禾农业科技发展有限公司 (参加 #1)',
      'LED 邹明 视察上海万禾农业科技发展有限公司 (视察)',
      'VISITED 邹明 上海万禾农业科技发展有限公司',
      'VISITED 邹明 中兴镇',
      'VISITED 邹明 港沿镇',
    ],
  ],
  [
    'a delegation named by who leads it (由X带队的…代表团)',
    '10月9日至11日，由四川省甘孜州乡城县委常委、常务副县长扎西彭措带队的乡城县党政代表团一行来到我市' +
      '，考察对接对口支援工作。市委常委、常务副市长俞伟陪同考察。',
    undefined,
    [
      'ATTENDED 俞伟 考察对接对口支援工作 (陪同考察)',
      'LED 扎西彭措 考察对接对口支援工作 (考察)',
    ],
  ],
  [
    'guests listed with their titles, each set off by a comma',
    '4月9日，国务院国资委主任张毅在渝会见了中央政治局委员、重庆市委书记孙政才，重庆市委副书记、市长黄奇' +
      '帆。国务院国资委副主任孟建民参加会见。',
    undefined,
    [
      'ATTENDED 孟建民 会见中央政治局委员、重庆市委书记孙政才、重庆市委副书记、市长黄奇帆 (参加会见)',
      'MET 张毅>孙政才 会见',
      'MET 张毅>黄奇帆 会见',
    ],
  ],
  [
    'a guest\'s clause ends where the next does something',
    '4月9日，国家主席习近平在北京会见美国总统拜登，国务卿布林肯参加会见。',
    undefined,
    [
      'ATTENDED 布林肯 会见美国总统拜登 (参加会见)',
      'MET 习近平>拜登 会见',
    ],
  ],
  [
    'officials by post alone between two named, and a team\'s head',
    '1月7日，省人大常委会第十四次会议在西宁召开。省委常委、副省长严金海，省监察委员会负责人，省高级人民' +
      '法院院长陈明国，省人大常委会副秘书长，省纪监委驻省人大机关纪检监察组组长，省人大各专门委员会组成人员' +
      '列席会议。',
    undefined,
    [
      'ATTENDED 严金海 省人大常委会会议 (列席 #1)',
      'ATTENDED 陈明国 省人大常委会会议 (列席 #2)',
    ],
  ],
  [
    'a list going on past a semicolon after others told by kind',
    '10月27日，中建七局投资有限公司与梁园区人民政府举行战略合作框架协议签约仪式。梁园区常务副区长张士' +
      '彬，市铁投公司董事长崔伟，区政府办、财政局等相关单位人员；投资公司总经理王勃和中建七局相关单位人员参' +
      '加签约仪式。',
    undefined,
    [
      'ATTENDED 崔伟 战略合作框架协议签约仪式 (参加 #2)',
      'ATTENDED 张士彬 战略合作框架协议签约仪式 (参加 #1)',
      'ATTENDED 王勃 战略合作框架协议签约仪式 (参加 #3)',
    ],
  ],
  [
    'a semicolon after a chair\'s clause ends his list',
    '10月27日，市委书记王强主持召开市委常委会会议；市长李明，副市长张华出席会议。',
    undefined,
    [
      'ATTENDED 张华 市委常委会会议 (出席 #2)',
      'ATTENDED 李明 市委常委会会议 (出席 #1)',
      'CHAIRED 王强 市委常委会会议 (主持召开)',
    ],
  ],
  [
    'an invitation accepted describes the guest, no plan (与应商务部邀请来访的…)',
    '9月24日，商务部部长钟山与应商务部邀请来访的美国商务部长罗斯举行工作会谈。商务部副部长俞建华参加会' +
      '见。',
    undefined,
    [
      'ATTENDED 俞建华 同美国商务部长罗斯会谈 (参加会见)',
      'MET 钟山>罗斯 会谈',
    ],
  ],
  [
    'whom one invites to attend has not yet attended',
    '9月24日，市长李明邀请客商代表王强出席明年的博览会。',
    undefined,
    [],
  ],
  [
    'those joined by 及 and counted, then a whole staff, after the named',
    '12月15日，全省高校党校工作年会在长沙召开。省委教育工委副书记夏智伦，组织部副部长黄星亮及来自全省' +
      '96所高校的109位负责人，以及工委党校全体人员参加了会议。',
    undefined,
    [
      'ATTENDED 夏智伦 全省高校党校工作年会 (参加 #1)',
      'ATTENDED 黄星亮 全省高校党校工作年会 (参加 #2)',
    ],
  ],
  [
    'looking over a site as the day\'s act, by either verb',
    '5月25日，市长张吉锋深入部分项目建设现场，实地查看重点工程推进情况。副市长王艳辉参加上述活动。',
    undefined,
    [
      'ATTENDED 王艳辉 实地查看重点工程推进情况 (参加上述活动)',
      'LED 张吉锋 实地查看重点工程推进情况 (实地查看)',
    ],
  ],
  [
    'a team named by who leads it arrives (莅) before its inspection',
    '昨日下午，由市委常委、市纪委书记李吉山，副市长陈向阳带队的市委督导组莅清，督察我县环境治理工作。县领' +
      '导王琳玉、李凤梅陪同。',
    undefined,
    [
      'ATTENDED 李凤梅 督察我县环境治理工作 (陪同 #2)',
      'ATTENDED 王琳玉 督察我县环境治理工作 (陪同 #1)',
      'LED 李吉山 督察我县环境治理工作 (督察)',
      'LED 陈向阳 督察我县环境治理工作 (督察)',
    ],
  ],
  [
    'requirements raised (提出具体要求) are a speech at the meeting; what follows them is none',
    '1月5日，市委召开工作会议。市委书记王凤波主持会议，市长裴伟东对下步工作提出具体要求，市领导张洪武、' +
      '陈强出席会议。',
    undefined,
    [
      'ADDRESSED 裴伟东 工作会议 (提出具体要求)',
      'ATTENDED 张洪武 工作会议 (出席 #1)',
      'ATTENDED 陈强 工作会议 (出席 #2)',
      'CHAIRED 王凤波 工作会议 (主持)',
    ],
  ],
  [
    'a team named by who leads it, then when and where it does its inspection; 工作检查 is none made of oneself',
    '5月11日，由市委书记杨岳，市长杨益民率领的市委、市政府检查组今起在全市各县区开展工作检查。',
    undefined,
    [
      'LED 杨岳 今起在全市各县区开展工作检查 (检查)',
      'LED 杨益民 今起在全市各县区开展工作检查 (检查)',
    ],
  ],
  [
    'the comma that closes a long subject after others listed by kind',
    '9月12日下午，县委书记徐健，县长王东红，以及县委办、政府办等相关部门单位负责人，督查了果品博览会筹' +
      '备情况。',
    undefined,
    [
      'ATTENDED 王东红 督查果品博览会筹备情况 (督查)',
      'LED 徐健 督查果品博览会筹备情况 (督查)',
    ],
  ],
  [
    'a name ending in 之 before a comma, inside a list of guests present',
    '9月20日上午，区委书记王华杰会见庄河市委书记申守勃一行。副区长陈容，庄河市委常委、组织部部长张新之' +
      '，庄河市政协副主席王伟哲参加有关活动。',
    undefined,
    [
      'ATTENDED 张新之 会见书记申守勃 (参加有关活动 #2)',
      'ATTENDED 王伟哲 会见书记申守勃 (参加有关活动 #3)',
      'ATTENDED 陈容 会见书记申守勃 (参加有关活动 #1)',
      'MET 王华杰>申守勃 会见',
    ],
  ],
  [
    'a party\'s going among homes, with a gift of money no second visit',
    '2月9日，县委书记魏曰高一行先后到县中心敬老院和困难群众石香莲、郭彩霞等人家中，送上米、面、油和慰问' +
      '金。',
    undefined,
    [
      'LED 魏曰高 先后到县中心敬老院和困难群众石香莲、郭彩霞等人家中 (到)',
      'VISITED 魏曰高 县中心敬老院',
    ],
  ],
  [
    'a team led by two, named by them (由…带领的调研组莅临), on what it came to look into (就…存在的不足进行调研)',
    '11月5日至6日，由省编办副主任刘建国、省纪委干部室专员陈永年带领的调研组莅临我县，就派驻机构运行中' +
      '存在的问题和不足进行调研。县纪委书记王海出席座谈会。',
    undefined,
    [
      'ATTENDED 王海 座谈会 (出席)',
      'LED 刘建国 调研 (调研)',
      'LED 陈永年 调研 (调研)',
    ],
  ],
  [
    '同志 after a name is no break in a list of escorts (县法院李振宝同志、副院长王红)',
    '12月3日，县人大常委会副主任刘军带领调研组到县法院城关法庭调研。县法院李振宝同志、副院长王红与城关' +
      '法庭庭长张梅陪同调研。',
    undefined,
    [
      'ATTENDED 张梅 到县法院城关法庭调研 (陪同调研 #3)',
      'ATTENDED 李振宝 到县法院城关法庭调研 (陪同调研 #1)',
      'ATTENDED 王红 到县法院城关法庭调研 (陪同调研 #2)',
      'LED 刘军 到县法院城关法庭调研 (带领)',
      'VISITED 刘军 县法院',
    ],
  ],
  [
    'officials who join a body\'s series of events (县公安局举办系列活动…。…分别参加活动)',
    '1月10日，县公安局举办系列活动庆祝人民警察节。县委副书记周炎山，县委常委、政法委书记李国东分别参加' +
      '活动。',
    undefined,
    [
      'ATTENDED 周炎山 系列活动 (参加 #1)',
      'ATTENDED 李国东 系列活动 (参加 #2)',
    ],
  ],
  [
    'a host\'s head who went along with the visit (随同调研)',
    '12月2日，市政协主席赵平到市人民检察院开展工作调研。市政协副主席钱志平参加调研；市人民检察院检察长' +
      '孙丽随同调研。',
    undefined,
    [
      'ATTENDED 孙丽 到市人民检察院开展工作调研 (随同调研)',
      'ATTENDED 钱志平 到市人民检察院开展工作调研 (参加调研)',
      'LED 赵平 到市人民检察院开展工作调研 (调研)',
      'VISITED 赵平 市人民检察院',
    ],
  ],
  [
    'one who convened a meeting another presided attended it (组织召开…会议由…主持)',
    '6月22日，县委书记刘晓康组织召开乡村振兴工作推进会，县领导周新民、唐明参加会议。会议由县委副书记张' +
      '斌主持。',
    undefined,
    [
      'ATTENDED 刘晓康 乡村振兴工作推进会 (召开)',
      'ATTENDED 周新民 乡村振兴工作推进会 (参加 #1)',
      'ATTENDED 唐明 乡村振兴工作推进会 (参加 #2)',
      'CHAIRED 张斌 乡村振兴工作推进会 (主持)',
    ],
  ],
  [
    'township officials guiding a meeting attended it (指导会议), a committee\'s portfolio member (组织委员)',
    '5月20日下午，东城社区召开党委成立推选会议。镇党委副书记王信、组织委员张莉、组织干事田茹指导会议。',
    undefined,
    [
      'ATTENDED 张莉 党委成立推选会议 (指导会议 #2)',
      'ATTENDED 王信 党委成立推选会议 (指导会议 #1)',
      'ATTENDED 田茹 党委成立推选会议 (指导会议 #3)',
    ],
  ],
  [
    'a unit\'s head by kind is no name (包村站所长) among those present',
    '7月27日，城关镇召开周一例会。县人大常委会副主任苗丰、城关镇班子成员、包村站所长和各村书记参加会议' +
      '。',
    undefined,
    [
      'ATTENDED 苗丰 周一例会 (参加)',
    ],
  ],
  [
    'escorts named with others by kind before 陪同下 (在秘书长邓光及州发改等有关部门陪同下，先后深入…)',
    '9月20日上午，州委副书记、州长廖明在州政府秘书长邓光及州发改等有关部门陪同下，先后深入县行政中心、' +
      '工业园区等地开展工作调研。',
    undefined,
    [
      'ATTENDED 邓光 调研 (陪同)',
      'LED 廖明 调研 (调研)',
    ],
  ],
  [
    'a delegation received by its kind: its leader told before is the guest (会见考察团一行)',
    '9月23日，成都市市长罗明率成都市代表团到桂林市考察。桂林市委书记赵乐在市会议中心会见考察团一行，市' +
      '长秦成参加活动。',
    undefined,
    [
      'ATTENDED 秦成 会见考察团一行 (参加)',
      'LED 罗明 到桂林市考察 (率)',
      'MET 赵乐>罗明 会见',
      'VISITED 罗明 市会议中心',
      'VISITED 罗明 桂林市',
    ],
  ],
  [
    'those who joined a visit another led attended it (参与调研)',
    '8月25日，学院党委书记王平一行到八都镇调研指导乡村振兴工作。县发改委主任夏海，经贸学校校长肖文以及' +
      '镇党委政府主要负责同志参与调研。',
    undefined,
    [
      'ATTENDED 夏海 到八都镇调研指导乡村振兴工作 (参与调研 #1)',
      'ATTENDED 肖文 到八都镇调研指导乡村振兴工作 (参与调研 #2)',
      'LED 王平 到八都镇调研指导乡村振兴工作 (调研)',
      'VISITED 王平 八都镇',
    ],
  ],
  [
    'escorts listed with a team\'s leaders (以及…领导班子) are no subject of what follows (在…进行了调研交流会)',
    '7月21日下午，区人大常委会副主任陈路带领调研团来院区参观调研。区卫健委主任吕艳以及医院领导班子范娜' +
      '、洪克陪同参观调研。在院区会议室内进行了调研交流会，由区卫健委副书记李新主持。',
    undefined,
    [
      'ATTENDED 吕艳 来院区参观调研 (陪同参观 #1)',
      'ATTENDED 洪克 来院区参观调研 (陪同参观 #3)',
      'ATTENDED 范娜 来院区参观调研 (陪同参观 #2)',
      'CHAIRED 李新 调研交流会 (主持)',
      'LED 陈路 来院区参观调研 (带领)',
      'LED 陈路 来院区参观调研 (调研)',
    ],
  ],
  [
    'holding offered in a speech is no event (中方将…，举办…主题活动); a body\'s 举办 is',
    '中方将出台更多贸易便利化举措，举办主题活动，打造交易中心。中国驻墨西哥大使馆近日举办新春招待会，大使' +
      '张润出席。',
    undefined,
    [
      'ATTENDED 张润 新春招待会 (出席)',
    ],
  ],
  [
    'a delegation named by its head (以X为团长的…访问团) going is his visit; received by its kind, he is the guest',
    '以江苏旅港同乡联合会会长张永珍为团长的访问团于10月14日来江苏访问。16日上午，省委书记梁保华在南' +
      '京会见了访问团一行。省委副书记王国生参加了会见。',
    undefined,
    [
      'ATTENDED 王国生 会见访问团一行 (参加了会见)',
      'LED 张永珍 来江苏访问 (来)',
      'MET 梁保华>张永珍 会见',
      'VISITED 张永珍 南京',
      'VISITED 张永珍 江苏',
    ],
  ],
  [
    'officials present at a reception told with 了 (参加了会见)',
    '16日，市长李明会见了美国商会代表团一行。副市长张红参加了会见。',
    undefined,
    [
      'ATTENDED 张红 会见美国商会代表团一行 (参加了会见)',
      'ATTENDED 李明 会见美国商会代表团一行 (会见)',
    ],
  ],
  [
    'signers for each side on the agreement (分别代表双方在协议上签字)',
    '今天上午，省政府与中国电建在济南签署战略合作协议。省长周乃翔出席签约仪式。副省长范波、中国电建总经理' +
      '王斌分别代表双方在协议上签字。',
    undefined,
    [
      'ATTENDED 周乃翔 签约仪式 (出席)',
      'ATTENDED 王斌 签约仪式 (代表双方在协议上签字 #2)',
      'ATTENDED 范波 签约仪式 (代表双方在协议上签字 #1)',
    ],
  ],
  [
    'a campaign named by what it studies holds no verb (室学习实践活动领导小组副组长…主持)',
    '3月30日，市政府参事室召开学习实践活动动员大会。会议由室学习实践活动领导小组副组长石立刚同志主持。',
    undefined,
    [
      'CHAIRED 石立刚 学习实践活动动员大会 (主持)',
    ],
  ],
  [
    'one listed by a body with his post after his name (市委组织部娄向阳处长) after another named',
    '3月30日，参事室召开动员大会。市委指导检查组组长、市政协副秘书长周巩同志，指导检查组成员、市委组织' +
      '部娄向阳处长到会指导。',
    undefined,
    [
      'ATTENDED 周巩 动员大会 (到会 #1)',
      'ATTENDED 娄向阳 动员大会 (到会 #2)',
    ],
  ],
  [
    'a long list of others by kind between those named and their verb (…主要领导，…正职，…出席并参加会议)',
    '1月19日，县委、县政府组织召开全县安全生产工作会议，县委书记于庆伟、县长姜广齐等县委、县政府主要领' +
      '导，各乡镇（街道）、农牧场党政正职、分管副职、企业服务站站长，重点企业负责人及新闻媒体记者出席并参加' +
      '会议。县长姜广齐主持会议。',
    undefined,
    [
      'ATTENDED 于庆伟 全县安全生产工作会议 (出席 #1)',
      'ATTENDED 于庆伟 全县安全生产工作会议 (参加 #1)',
      'ATTENDED 姜广齐 全县安全生产工作会议 (出席 #2)',
      'ATTENDED 姜广齐 全县安全生产工作会议 (参加 #2)',
      'CHAIRED 姜广齐 全县安全生产工作会议 (主持)',
    ],
  ],
  [
    'a name read right after another\'s 到 is where he went (张云龙到安马大营…调研指导)',
    '开工仪式后，县委书记张福杰，县长范庆法，县委常委、常务副县长张云龙到安马大营二号地施工现场进行了调研' +
      '指导。',
    undefined,
    [
      'ATTENDED 张云龙 到安马大营二号地施工现场进行了调研指导 (调研 #2)',
      'ATTENDED 范庆法 到安马大营二号地施工现场进行了调研指导 (调研 #1)',
      'LED 张福杰 到安马大营二号地施工现场进行了调研指导 (调研)',
    ],
  ],
  [
    'officials who went on purpose, then their visit in the next clause (等专程来到…，慰问…)',
    '8月28日下午，县领导卢展明、张宏伟、郭爱斌等专程来到各分组讨论地点，慰问参会的政协委员。',
    undefined,
    [
      'ATTENDED 张宏伟 慰问参会的政协委员 (慰问 #1)',
      'ATTENDED 郭爱斌 慰问参会的政协委员 (慰问 #2)',
      'LED 卢展明 慰问参会的政协委员 (慰问)',
    ],
  ],
  [
    'those listed after 参加座谈的有 (no colon) attended',
    '7月23日，临泽县委书记张学勇一行来我会考察指导。参加座谈的有我会会长黄大柯，轮值会长贾朝晖，秘书长' +
      '宋启基。',
    undefined,
    [
      'ATTENDED 宋启基 来我会考察指导 (参加 #3)',
      'ATTENDED 贾朝晖 来我会考察指导 (参加 #2)',
      'ATTENDED 黄大柯 来我会考察指导 (参加 #1)',
      'LED 张学勇 来我会考察指导 (考察)',
    ],
  ],
  [
    'escorts with others by kind before 的陪同下, and hosts who received the guests (热情接待了来宾)',
    '4月10日下午，市人大常委会副主任李大霞在县人大副主任李爱玲及开发区相关领导的陪同下，到保隆工厂调研' +
      '。工厂总监陈洪泉、副总经理兰瑞林热情接待了来宾。调研中，李大霞听取了工厂发展报告。',
    undefined,
    [
      'ATTENDED 兰瑞林 调研 (热情接待了 #2)',
      'ATTENDED 李爱玲 调研 (陪同)',
      'ATTENDED 陈洪泉 调研 (热情接待了 #1)',
      'LED 李大霞 调研 (调研)',
      'VISITED 李大霞 保隆工厂',
    ],
  ],
  [
    'a meeting\'s words end where the story resumes (会后，…主持召开…)',
    '9月20日下午，一六镇召开主题教育动员部署会议。会议由镇长潘鸿主持。\n会议要求，镇全体干部职工必须全' +
      '面增强责任感。会后，镇组织委员张光波主持召开主题教育工作培训会议。',
    undefined,
    [
      'CHAIRED 张光波 主题教育工作培训会议 (主持召开)',
      'CHAIRED 潘鸿 主题教育动员部署会议 (主持)',
    ],
  ],
  [
    'a visit recalled by its year after the story\'s first sentence is no visit of the day (…。2014年春节前夕，…来到…，看望…)',
    '5月20日，内蒙古各地开展儿童关爱活动。2014年春节前夕，习近平总书记专程来到呼和浩特市儿童福利院' +
      '，看望在这里入住的儿童。',
    undefined,
    [],
  ],
  [
    'a delegation head\'s party arriving (为团长的…送行团一行抵疆) is his visit; met by name after',
    '7月21日，以广东省副省长雷于蓝为团长的广东省送行团一行抵疆，新疆维吾尔自治区党委书记王乐泉会见了雷' +
      '于蓝一行。自治区领导韩勇会见时在座。',
    undefined,
    [
      'ATTENDED 韩勇 会见雷于蓝 (会见时在座 #1)',
      'LED 雷于蓝 抵疆 (抵)',
      'MET 王乐泉>雷于蓝 会见',
    ],
  ],
  [
    'a team led by three, counted (带队的考察团一行8人莅临…考察)',
    '由县人大常委会副主任魏启扬、县人民检察院检察长杨玉超、县人民法院院长王新华同志带队的考察团一行8人莅' +
      '临加查考察交流工作。',
    undefined,
    [
      'LED 杨玉超 莅临加查考察交流工作 (考察)',
      'LED 王新华 莅临加查考察交流工作 (考察)',
      'LED 魏启扬 莅临加查考察交流工作 (考察)',
    ],
  ],
  [
    'a delegation led in, then met by its kind in the same sentence (…率领的代表团一行来…考察，…会见了代表团)',
    '10月10日，由丽水市委副书记、市长朱晨率领的党政代表团一行来阿克苏地区考察，浙江援疆指挥部副指挥长' +
      '洪国良、陈建忠会见了代表团。',
    undefined,
    [
      'LED 朱晨 来阿克苏地区考察 (考察)',
      'MET 洪国良>朱晨 会见',
      'MET 陈建忠>朱晨 会见',
      'VISITED 朱晨 阿克苏',
    ],
  ],
  [
    'a going to a place described before it (来到浙江对口支援的青海海西…)',
    '8月15日至17日，由省委常委、组织部长蔡奇率领的慰问团来到浙江对口支援的青海海西蒙古族藏族自治州，' +
      '慰问援青干部。',
    undefined,
    [
      'LED 蔡奇 慰问援青干部 (慰问)',
      'VISITED 蔡奇 青海',
    ],
  ],
  [
    'a party leading a team into a place (等一行带领…小分队走进边关)',
    '1月8日，市委常委、秘书长孙军，市委常委、人武部政委罗志华等一行带领服务小分队走进边关，为官兵开展法' +
      '律服务。',
    undefined,
    [
      'LED 孙军 带领服务小分队走进边关 (带领)',
      'LED 罗志华 带领服务小分队走进边关 (带领)',
    ],
  ],
  [
    'Mongolian names with no surname, after a post and in a list (青格勒, 宝音满都呼)',
    '8月28日，市委副书记、政法委书记青格勒，市委常委孙军参加会议。旗领导伊达木、宝音满都呼、王力平陪同' +
      '。',
    undefined,
    [
      'ATTENDED 伊达木 会议 (陪同 #1)',
      'ATTENDED 孙军 会议 (参加 #2)',
      'ATTENDED 宝音满都呼 会议 (陪同 #2)',
      'ATTENDED 王力平 会议 (陪同 #3)',
      'ATTENDED 青格勒 会议 (参加 #1)',
    ],
  ],
  [
    'those one led listed before his party\'s going (率…负责人及…代表一行12人来杨浦考察调研), met by the group\'s kind (会见了考察调研组一行)',
    '10月28日，南湖区委常委、统战部部长霍忠华率南湖区各民主党派、新联会负责人及无党派人士代表一行12' +
      '人来杨浦考察调研。杨浦区委常委、统战部部长董鑫旺会见了考察调研组一行，副部长陈敏参加会见。',
    undefined,
    [
      'ATTENDED 陈敏 会见考察调研组一行 (参加会见)',
      'LED 霍忠华 来杨浦考察调研 (考察)',
      'MET 董鑫旺>霍忠华 会见',
    ],
  ],
  [
    'a party named with quotes and a courtesy (以徐照雄先生为团长的“…参访团”一行来穗), received and feasted (会见并宴请了)',
    '日前，以徐照雄先生为团长的“台南市里长企业参访团”一行来穗交流。广州市台办主任李小勉会见并宴请了参访' +
      '团一行，番禺区委常委黎伟棠参加会见。',
    undefined,
    [
      'ATTENDED 黎伟棠 会见参访团一行 (参加会见)',
      'LED 徐照雄 来穗交流 (来)',
      'MET 李小勉>徐照雄 会见',
    ],
  ],
  [
    'a party on a visit of some days (率队的“…考察团”一行28人来我省进行为期五天的考察)',
    '8月5日至9日，由台湾三三企业交流会会长江丙坤率队的“台湾绿色农业考察团”一行28人来我省进行为期五' +
      '天的考察访问。',
    undefined,
    [
      'LED 江丙坤 来我省进行为期五天的考察访问 (考察访问)',
    ],
  ],
  [
    'a bare 会议 during a visit is the meeting it held, its convener attended (召开工作座谈会…张旭主持会议)',
    '11月25日下午，文化和旅游部部长孙业礼调研世界旅游联盟总部，并召开工作座谈会。世界旅游联盟主席张旭' +
      '，省政府副省长胡伟陪同考察或参加座谈会。张旭主持会议。',
    undefined,
    [
      'ATTENDED 孙业礼 工作座谈会 (召开)',
      'ATTENDED 张旭 调研世界旅游联盟总部 (陪同考察 #1)',
      'ATTENDED 胡伟 调研世界旅游联盟总部 (陪同考察 #2)',
      'CHAIRED 张旭 工作座谈会 (主持)',
      'LED 孙业礼 调研世界旅游联盟总部 (调研)',
      'VISITED 孙业礼 世界旅游联盟',
    ],
  ],
  [
    'a place\'s other name in brackets is no person (来高新区（滨江）开展…调研)',
    '10月14日下午，市政协主席潘家玮一行来高新区（滨江）开展发展思路调研。市政协副主席谢双成参加。',
    undefined,
    [
      'ATTENDED 谢双成 来高新区（滨江）开展发展思路调研 (参加)',
      'LED 潘家玮 来高新区（滨江）开展发展思路调研 (调研)',
    ],
  ],
  [
    'a guest\'s party\'s coming told in the hosts\' welcome is no visit of the hosts\' (…向万钢一行来渝表示欢迎)',
    '8月16日，重庆市委书记陈敏尔，市委副书记、市长唐良智会见了全国政协副主席万钢。陈敏尔、唐良智代表市' +
      '委、市政府向万钢一行来渝表示欢迎。',
    undefined,
    [
      'MET 唐良智>万钢 会见',
      'MET 陈敏尔>万钢 会见',
    ],
  ],
  [
    'a discussion with a named visitor and his party (与来县调研的…周海涛一行座谈) is a meeting with him',
    '6月3日，县委书记刘建国与来县调研的省民政厅副厅长周海涛一行座谈。县委常委、办公室主任王丽参加座谈。',
    undefined,
    [
      'ATTENDED 王丽 同省民政厅副厅长周海涛座谈 (参加)',
      'MET 刘建国>周海涛 座谈',
    ],
  ],
  [
    'a discussion with a named visitor (与来访的…黄国安进行座谈) is a meeting with him',
    '5月9日，省侨联主席陈志华与来访的澳门中华总商会副会长黄国安进行座谈。',
    undefined,
    [
      'MET 陈志华>黄国安 进行座谈',
    ],
  ],
  [
    'a discussion with people told by kind (同企业家代表座谈) stays a forum they attend',
    '7月2日，市长赵明同企业家代表座谈。副市长钱伟参加座谈。',
    undefined,
    [
      'ATTENDED 赵明 座谈会 (座谈)',
      'ATTENDED 钱伟 座谈会 (参加)',
    ],
  ],
  [
    'a meeting\'s words end where the story resumes, in a page whose paragraphs are set off by spaces',
    '12月5日，全省农业农村工作电视电话会议召开。县委书记张卫东在县分会场参加会议。\n会议要求，要统筹推' +
      '进乡村振兴。 全省电视电话会结束后，张卫东就贯彻落实会议精神提出要求。 李明、王芳等县领导在县分会场' +
      '参加会议。',
    undefined,
    [
      'ADDRESSED 张卫东 全省农业农村工作电视电话会议 (提出要求)',
      'ATTENDED 张卫东 全省农业农村工作电视电话会议 (参加)',
      'ATTENDED 李明 全省农业农村工作电视电话会议 (参加 #1)',
      'ATTENDED 王芳 全省农业农村工作电视电话会议 (参加 #2)',
    ],
  ],
  [
    'those named with people of a school told by kind (与新生一同观看了晚会) attended',
    '9月20日晚，迎新晚会在学院礼堂举行。校领导赵光辉、钱进与新生一同观看了晚会。',
    undefined,
    [
      'ATTENDED 赵光辉 迎新晚会 (一同观看 #1)',
      'ATTENDED 钱进 迎新晚会 (一同观看 #2)',
    ],
  ],
  [
    'those named, then others counted by 名 (…，2000多名新生以及100多名校友一同观看了晚会), attended',
    '9月20日晚，迎新晚会在学院礼堂举行。校领导赵光辉、钱进，2000多名新生以及100多名校友一同观看' +
      '了晚会。',
    undefined,
    [
      'ATTENDED 赵光辉 迎新晚会 (一同观看 #1)',
      'ATTENDED 钱进 迎新晚会 (一同观看 #2)',
    ],
  ],
  [
    'a Japanese prefecture\'s governor received is met by his name (知事阿部守一)',
    '10月12日，省长王平会见了日本长野县知事阿部守一一行。副省长李强参加会见。',
    undefined,
    [
      'ATTENDED 李强 会见阿部守一 (参加会见)',
      'MET 王平>阿部守一 会见',
    ],
  ],
  [
    'a Japanese mayor after his city\'s post (丰田市市长太田稔彦) led his delegation',
    '4月2日，日本丰田市市长太田稔彦率政府代表团一行8人访问我市。市长刘伟会见了代表团一行。',
    undefined,
    [
      'LED 太田稔彦 率政府代表团一行8人访问我市 (率)',
      'MET 刘伟>太田稔彦 会见',
    ],
  ],
  [
    'a dotted name after a foreign post, right before 率 (议长米歇尔•布朗率代表团), and visitors received (会见来宾)',
    '3月15日，新西兰奥克兰市议会议长米歇尔•布朗率代表团一行9人来访，副市长陈刚会见来宾。',
    undefined,
    [
      'LED 米歇尔•布朗 来访 (率)',
      'MET 陈刚>米歇尔•布朗 会见',
    ],
  ],
  [
    'a name in Latin letters in brackets is the name before it (约翰•埃伦（John Eren）率团), no second person',
    '3月15日，澳大利亚维多利亚州议会议长约翰•埃伦(John Eren)率代表团来访，市长刘东会见来宾' +
      '。',
    undefined,
    [
      'LED 约翰•埃伦 来访 (率)',
      'MET 刘东>约翰•埃伦 会见',
    ],
  ],
  [
    'a surname with its word of address (黄老) stands for the one of that surname the story named',
    '3月5日，省老促会常务副会长黄启明在县老促会会长李红的陪同下深入柳树镇调研。在村活动中心，黄老还接见' +
      '了他的老朋友、老干部王大明。',
    undefined,
    [
      'ATTENDED 李红 深入柳树镇调研 (陪同)',
      'LED 黄启明 深入柳树镇调研 (调研)',
      'MET 黄启明>王大明 接见',
      'VISITED 黄启明 柳树镇',
    ],
  ],
  [
    'a party received, counted (访问团一行30人), and those present at its reception',
    '4月2日下午，市委常委、统战部长陈红在福州会见新加坡福建会馆访问团一行30人。市侨办主任林强，市侨联' +
      '主席黄丽参加会见。',
    undefined,
    [
      'ATTENDED 林强 会见新加坡福建会馆访问团一行 (参加会见 #1)',
      'ATTENDED 陈红 会见新加坡福建会馆访问团一行 (会见)',
      'ATTENDED 黄丽 会见新加坡福建会馆访问团一行 (参加会见 #2)',
    ],
  ],
  [
    'the head of a party received, named later by his post in it (访问团团长、…吴建华), was met',
    '4月2日下午，市委常委、统战部长陈红在福州会见新加坡福建会馆访问团一行30人。市侨办主任林强参加会见' +
      '。\n访问团团长、会馆会长吴建华对热情接待表示感谢。',
    undefined,
    [
      'ATTENDED 林强 会见新加坡福建会馆访问团一行 (参加会见)',
      'MET 陈红>吴建华 会见',
    ],
  ],
  [
    'officials listed on after others by kind and a comma (…以及各委室负责人，副省长陈平) attended',
    '1月5日，黄建华主持召开座谈会。省人大常委会副主任李明、王强，秘书长赵刚以及各委室负责人，副省长陈平' +
      '、刘英参加座谈。',
    undefined,
    [
      'ATTENDED 刘英 座谈会 (参加 #5)',
      'ATTENDED 李明 座谈会 (参加 #1)',
      'ATTENDED 王强 座谈会 (参加 #2)',
      'ATTENDED 赵刚 座谈会 (参加 #3)',
      'ATTENDED 陈平 座谈会 (参加 #4)',
      'CHAIRED 黄建华 座谈会 (主持召开)',
    ],
  ],
  [
    'those under whose leading a party toured (在…陈国强的率领下前来…观光考察) led it, and were met',
    '10月8日，香港某同乡会观光团在该会理事长陈国强的率领下前来我市观光考察，市侨联副主席林芳会见并宴请' +
      '了观光团一行。',
    undefined,
    [
      'LED 陈国强 前来我市观光考察 (率领)',
      'MET 林芳>陈国强 会见',
    ],
  ],
  [
    'under whose leading something was done that is no visit (在…的带领下，全村群众连夜转移) led nothing',
    '8月2日，在党支部书记李红的带领下，全村群众连夜转移。',
    undefined,
    [],
  ],
  [
    'those listed after 参加活动的市领导有, with their kind before 有, attended',
    '3月27日，重大项目集中开工仪式举行。仪式由县委副书记王军主持。参加活动的市领导有市委常委、组织部长' +
      '李刚、市发改委处长张平。',
    undefined,
    [
      'ATTENDED 张平 重大项目集中开工仪式 (参加 #2)',
      'ATTENDED 李刚 重大项目集中开工仪式 (参加 #1)',
      'CHAIRED 王军 重大项目集中开工仪式 (主持)',
    ],
  ],
  [
    'those named before others of any kind closed by their count in all (…共300余人参加了会议) attended',
    '9月7日，全县教育工作会议召开。县委书记李明、县长王强，各乡镇（区）党委书记及分管教育副职，县直有关' +
      '单位主要负责人，全县各学校校长，受表彰的先进个人及全体干部职工共300余人参加了会议。',
    undefined,
    [
      'ATTENDED 李明 全县教育工作会议 (参加 #1)',
      'ATTENDED 王强 全县教育工作会议 (参加 #2)',
    ],
  ],
  [
    'a team\'s leader, his party counted and escorted, going by a bare 来 (…的陪同下来我县参观访问)',
    '日前，由省台联副会长刘明率领的台湾某协会参访团一行20人，在市台办主任张华的陪同下来我县参观访问。县' +
      '委书记李强接见了参访团一行。',
    undefined,
    [
      'ATTENDED 张华 参观访问 (陪同)',
      'LED 刘明 参观访问 (参观访问)',
      'MET 李强>刘明 接见',
    ],
  ],
  [
    'a visit recalled by its year and month after the first sentence (2018年9月，…视察) is no visit of the day',
    '8月1日，记者来到某部。对部队训练，习近平看得最重。2018年9月，习近平来到第79集团军某旅视察。',
    undefined,
    [],
  ],
  [
    'a year and month recalled after a clause (…的居民，2018年9月，…考察) is no visit of the day',
    '2月26日，记者走访了社区。陈玉芳是某社区的居民，2018年9月，习近平在辽宁考察，来到她家。',
    undefined,
    [],
  ],
  [
    'a year remembered (难忘2021年…考察时) is no visit of the day',
    '5月3日，记者来到研究所。青年科研人员都难忘2021年习近平在清华大学考察时鼓励大家的瞬间。',
    undefined,
    [],
  ],
  [
    'what those present felt (会议代表深刻感到，…召开这次历史性会议) reports no meeting convened',
    '6月19日，全军政治工作会议闭幕。会议代表深刻感到，习近平亲自决策在延安召开这次历史性会议，意义重大' +
      '。',
    undefined,
    [],
  ],
  [
    'who chaired a meeting and conveyed another\'s spirit (主持会议并传达了…会议精神) chaired it and spoke at it',
    '1月28日，全区征兵工作会议召开。区委常委、副区长梁强主持会议并传达了全市征兵工作会议精神。',
    undefined,
    [
      'ADDRESSED 梁强 全区征兵工作会议 (传达了)',
      'CHAIRED 梁强 全区征兵工作会议 (主持)',
    ],
  ],
  [
    'a list of names the tagger reads only in part, read on from name to name (忻国龙、麻承照、钱苗山、高强华)',
    '区第十六届人大常委会第二十四次会议于1月12日举行。区人大常委会主任陈明远，副主任忻国龙、麻承照、钱' +
      '苗山、高强华、张世华和委员共24人出席会议。',
    undefined,
    [
      'ATTENDED 张世华 区人大常委会会议 (出席 #6)',
      'ATTENDED 忻国龙 区人大常委会会议 (出席 #2)',
      'ATTENDED 钱苗山 区人大常委会会议 (出席 #4)',
      'ATTENDED 陈明远 区人大常委会会议 (出席 #1)',
      'ATTENDED 高强华 区人大常委会会议 (出席 #5)',
      'ATTENDED 麻承照 区人大常委会会议 (出席 #3)',
    ],
  ],
  [
    'a name holding 在 after a post (副会长王在希), then 和 and guests of a kind (和海峡两岸的嘉宾), attended',
    '6日，林业博览会开幕。副省长洪捷明，省政协副主席叶继红，协会副会长王在希和海峡两岸的嘉宾出席了开幕式' +
      '。',
    undefined,
    [
      'ATTENDED 叶继红 林业博览会 (出席 #2)',
      'ATTENDED 洪捷明 林业博览会 (出席 #1)',
      'ATTENDED 王在希 林业博览会 (出席 #3)',
    ],
  ],
  [
    'a contest\'s final (出席总决赛并为获奖代表队颁奖) is the event attended',
    '10月26日，法治知识竞赛在武汉举办。人力资源社会保障部副部长俞家国，全国总工会副主席钟洪明出席总决' +
      '赛并为获奖代表队颁奖。',
    undefined,
    [
      'ATTENDED 俞家国 总决赛 (出席 #1)',
      'ATTENDED 钟洪明 总决赛 (出席 #2)',
    ],
  ],
  [
    'the heads of delegations who led them to a meeting (分别率团出席会议) attended it too; 周一 opening a name after a post',
    '11月6日，三地卫生行政高层联席会议在杭州举行。卫生部副部长黄洁明、香港食物及卫生局局长周一岳、澳门' +
      '卫生局局长李展华分别率团出席会议。',
    undefined,
    [
      'ATTENDED 周一岳 三地卫生行政高层联席会议 (出席 #2)',
      'ATTENDED 李展华 三地卫生行政高层联席会议 (出席 #3)',
      'ATTENDED 黄洁明 三地卫生行政高层联席会议 (出席 #1)',
      'LED 周一岳 分别率团出席会议 (率团)',
      'LED 李展华 分别率团出席会议 (率团)',
      'LED 黄洁明 分别率团出席会议 (率团)',
    ],
  ],
  [
    'a party escorted on its way (…一行在…的陪同下莅临…指导…工作) led the visit; those taken along to escort it (带领…陪同检查) attended',
    '1月10日上午，县委副书记、县长王明瑞，副县长范以华一行在县卫健局局长周铭华等领导的陪同下莅临县人民' +
      '医院分院指导医疗救治工作。分院院长尤传明带领部分领导班子陪同检查。',
    undefined,
    [
      'ATTENDED 周铭华 莅临县人民医院分院指导医疗救治工作 (陪同 #1)',
      'ATTENDED 尤传明 莅临县人民医院分院指导医疗救治工作 (陪同检查)',
      'ATTENDED 范以华 莅临县人民医院分院指导医疗救治工作 (指导)',
      'LED 王明瑞 莅临县人民医院分院指导医疗救治工作 (指导)',
    ],
  ],
  [
    'leaders who led a party, then called on bodies a clause on (带队，先后拜会…), led the visit; ministers present attended',
    '3月11日，省委书记王建华，省委副书记、省长信长明带队，先后拜会国家卫生健康委、应急管理部，汇报衔接' +
      '工作。马晓明、黄东等国家部委主要领导同志参加会谈。',
    undefined,
    [
      'ATTENDED 马晓明 先后拜会国家卫生健康委、应急管理部 (参加会谈 #1)',
      'ATTENDED 黄东 先后拜会国家卫生健康委、应急管理部 (参加会谈 #2)',
      'LED 信长明 先后拜会国家卫生健康委、应急管理部 (带队)',
      'LED 王建华 先后拜会国家卫生健康委、应急管理部 (带队)',
    ],
  ],
  [
    'a meeting named for a spirit studied, its kind a few words on (…精神理论研讨会, …精神暨廉政工作会议), is attended and chaired',
    '5月20日，省委常委、宣传部部长卢永明出席学习贯彻省党代会精神理论研讨会。副省长李再明主持召开分管单' +
      '位宣讲省党代会精神暨廉政工作会议。',
    undefined,
    [
      'ATTENDED 卢永明 学习贯彻省党代会精神理论研讨会 (出席)',
      'CHAIRED 李再明 分管单位宣讲省党代会精神暨廉政工作会议 (主持召开)',
    ],
  ],
  [
    'those a leader took along, named before the going (率…李博平、…徐春雷等来我县调研), went on the visit he led',
    '7月23日，副市长江洪明率市政府副秘书长李博平、市水务局局长徐春雷等来我县调研防汛工作，副县长胡成玉' +
      '陪同调研。',
    undefined,
    [
      'ATTENDED 胡成玉 来我县调研防汛工作 (陪同调研)',
      'ATTENDED 徐春雷 来我县调研防汛工作 (调研 #2)',
      'ATTENDED 李博平 来我县调研防汛工作 (调研 #1)',
      'LED 江洪明 来我县调研防汛工作 (调研)',
    ],
  ],
  [
    'those a leader took along, counted with others (率…解晓波、…傅茂昌及各界别政协委员19人视察), went on his inspection',
    '11月18日上午，市政协主席陈长兴率市政协副主席解晓波、市政协秘书长傅茂昌及各界别政协委员19人视察' +
      '公安工作。',
    undefined,
    [
      'ATTENDED 傅茂昌 及各界别政协委员19人视察公安工作 (视察 #2)',
      'ATTENDED 解晓波 及各界别政协委员19人视察公安工作 (视察 #1)',
      'LED 陈长兴 及各界别政协委员19人视察公安工作 (视察)',
    ],
  ],
  [
    'a name ending in 和 before a verb only a person does (副书记刘家和主持了签约仪式) chaired',
    '11月29日，签约仪式在县政府举行。县委副书记刘家和主持了签约仪式。',
    undefined,
    [
      'CHAIRED 刘家和 签约仪式 (主持)',
    ],
  ],
  [
    'a party set off by a comma before its escorts (…吴荣法一行，在…石一婷、…潘鸣…的陪同下，到德清调研): a department\'s 干事 in the list',
    '11月29日，团省委副书记苗伟明、青农部副部长金进富、组织部干事吴荣法一行，在团市委书记石一婷、副书' +
      '记潘鸣以及团县委领导班子的陪同下，到德清调研社区团建情况。',
    undefined,
    [
      'ATTENDED 吴荣法 调研社区团建情况 (调研 #2)',
      'ATTENDED 潘鸣 调研社区团建情况 (陪同 #2)',
      'ATTENDED 石一婷 调研社区团建情况 (陪同 #1)',
      'ATTENDED 金进富 调研社区团建情况 (调研 #1)',
      'LED 苗伟明 调研社区团建情况 (调研)',
    ],
  ],
  [
    'those named, then others after 以及 across commas up to the verb (…，以及市司法局，市农委，…领导和相关工作人员参加), attended',
    '5月24日，法治宣传月活动启动仪式在县城广场举行。市司法局副局长赵晚明，市农委副主任刘明操，以及市司' +
      '法局，市农委，各县市区司法局分管法治宣传工作的领导和相关工作人员参加了启动仪式。',
    undefined,
    [
      'ATTENDED 刘明操 法治宣传月活动启动仪式 (参加 #2)',
      'ATTENDED 赵晚明 法治宣传月活动启动仪式 (参加 #1)',
    ],
  ],
  [
    'those who unveiled a plaque (为指挥部揭牌) attended the rite the story reported, held with a meeting (揭牌仪式暨…第一次会议)',
    '2月18日，县高速公路建设指挥部揭牌仪式暨指挥部第一次会议在县交通局举行。县委书记李天华，县长唐超明' +
      '为指挥部揭牌。',
    undefined,
    [
      'ATTENDED 唐超明 县高速公路建设指挥部揭牌仪式暨指挥部会议 (揭牌 #2)',
      'ATTENDED 李天华 县高速公路建设指挥部揭牌仪式暨指挥部会议 (揭牌 #1)',
    ],
  ],
  [
    'minutes: a label and names after it, the label\'s verb for all',
    '6月3日，区管委会主任陈立新主持召开专题会议，研究园区项目建设工作。\n会议还研究了其他事项。\n出席：' +
      '王海涛、刘春梅、赵明、孙立国、吴斌',
    undefined,
    [
      'ATTENDED 刘春梅 管委会专题会议 (出席 #2)',
      'ATTENDED 吴斌 管委会专题会议 (出席 #5)',
      'ATTENDED 孙立国 管委会专题会议 (出席 #4)',
      'ATTENDED 王海涛 管委会专题会议 (出席 #1)',
      'ATTENDED 赵明 管委会专题会议 (出席 #3)',
      'CHAIRED 陈立新 管委会专题会议 (主持召开)',
    ],
  ],
  [
    'a reception a consul general gives for a holiday: he held it, those listed after it attended',
    '2019年9月25日，驻汉堡总领事孙从彬在汉堡举行招待会，庆祝中华人民共和国成立70周年。汉堡州议会' +
      '副议长穆勒、州经济部国务秘书霍夫曼、汉堡市政府官员及各界友好人士，华侨华人、留学生代表等逾500人出' +
      '席。',
    undefined,
    [
      'ATTENDED 穆勒 招待会 (出席 #1)',
      'ATTENDED 霍夫曼 招待会 (出席 #2)',
      'CHAIRED 孙从彬 招待会 (举行)',
    ],
  ],
  [
    'a reception held for a guest is no reception the clause\'s first name gives',
    '当天晚上，拉马福萨在总统官邸为习近平举行欢迎宴会。',
    undefined,
    [
      'ATTENDED 习近平 欢迎宴会 (应邀)',
      'CHAIRED 拉马福萨 欢迎宴会 (举行)',
    ],
  ],
  [
    'a list closed by 等 and its kind, then others by kind, then a count in all',
    '2023年2月1日，驻悉尼总领事周宏出席春节招待会并致辞。州议员卡特，大学校长戴维森、孔子学院院长李' +
      '娜，侨团会长陈明等州政府、工商、科教各界人士，华侨华人、留学生代表以及总领馆馆员约200人参加招待会' +
      '。',
    undefined,
    [
      'ADDRESSED 周宏 春节招待会 (致辞)',
      'ATTENDED 卡特 春节招待会 (参加 #1)',
      'ATTENDED 周宏 春节招待会 (出席)',
      'ATTENDED 戴维森 春节招待会 (参加 #2)',
      'ATTENDED 李娜 春节招待会 (参加 #3)',
      'ATTENDED 陈明 春节招待会 (参加 #4)',
    ],
  ],
  [
    'attending, then chairing the next act with no word between',
    '3月2日，副总领事刘晓燕出席中华会馆新旧主席交接仪式，主持监交仪式并讲话。',
    undefined,
    [
      'ADDRESSED 刘晓燕 监交仪式 (讲话)',
      'ATTENDED 刘晓燕 中华会馆新旧主席交接仪式 (出席)',
      'CHAIRED 刘晓燕 监交仪式 (主持)',
    ],
  ],
  [
    'one whose representative came does nothing himself',
    '参加典礼的还有市府律师黄志明、市议员陈诗琪、州众议员王立代表出席。',
    undefined,
    [
      'ATTENDED 陈诗琪 典礼 (出席 #2)',
      'ATTENDED 陈诗琪 典礼 (参加 #2)',
      'ATTENDED 黄志明 典礼 (出席 #1)',
      'ATTENDED 黄志明 典礼 (参加 #1)',
    ],
  ],
  [
    'a dotted name printed short before his post, after it was printed whole',
    '总领事刘伟会见了北方省省长阿里·哈米德。刘伟应邀与哈米德省长一道出席医疗队捐赠仪式。',
    undefined,
    [
      'ATTENDED 刘伟 医疗队捐赠仪式 (出席 #1)',
      'ATTENDED 阿里·哈米德 医疗队捐赠仪式 (出席 #2)',
      'MET 刘伟>阿里·哈米德 会见',
    ],
  ],
  [
    'a hospital named after someone is no one',
    '刘伟赴阿卜杜拉·纳赛尔医院调研。',
    undefined,
    [
      'LED 刘伟 赴阿卜杜拉·纳赛尔医院调研 (调研)',
      'VISITED 刘伟 阿卜杜拉·纳赛尔医院',
    ],
  ],
  [
    'a township\'s head is no post before a village\'s name',
    '6月5日，县委书记王强深入大岭镇长发村调研乡村振兴工作，镇党委书记刘明陪同。',
    undefined,
    [
      'ATTENDED 刘明 深入大岭镇长发村调研乡村振兴工作 (陪同)',
      'LED 王强 深入大岭镇长发村调研乡村振兴工作 (调研)',
    ],
  ],
  [
    'a party led by one named without 的 before 带领下',
    '7月25日，北京市代表团在市政府高级顾问张立新带领下，到访澳大利亚悉尼，与当地侨胞举行座谈。',
    undefined,
    [
      'LED 张立新 到访澳大利亚悉尼 (带领)',
    ],
  ],
  [
    'a semicolon between a list closed by 等 and its kind and the next list',
    '市工商联副主席郑明、市外办副主任高勇、区政府高级顾问洪涛等代表团成员；总领事馆副总领事童林、侨务领事' +
      '王乐出席了交流活动。',
    undefined,
    [
      'ATTENDED 洪涛 交流活动 (出席 #3)',
      'ATTENDED 王乐 交流活动 (出席 #5)',
      'ATTENDED 童林 交流活动 (出席 #4)',
      'ATTENDED 郑明 交流活动 (出席 #1)',
      'ATTENDED 高勇 交流活动 (出席 #2)',
    ],
  ],
  [
    'those received as fellow townsmen: the party\'s leader, led under someone, is met',
    '7月18日，台北市同乡会乡亲一行30人在理事长陈美华女士的率领下，返乡开展交流活动。7月19日，市委' +
      '常委梁小红、市台湾事务局局长林国和会见并宴请乡亲一行，名誉会长李国安等参加会见。',
    undefined,
    [
      'ATTENDED 李国安 会见乡亲一行 (参加会见)',
      'LED 陈美华 返乡开展交流活动 (率领)',
      'MET 林国和>陈美华 会见',
      'MET 梁小红>陈美华 会见',
    ],
  ],
  [
    'a party\'s chief head named after it was received',
    '“台湾里邻代表”参访团一行在省台办副主任孙立的陪同下来到白银。市委副书记宋明接见了参访团一行。市民代' +
      '表、总团长王美芬表示，感受到了家乡的温暖。',
    undefined,
    [
      'MET 宋明>王美芬 接见',
    ],
  ],
  [
    'two heads each taking their members home, set off by a comma',
    '8月1日，香港同乡会会长陈亿明和澳门同乡会副理事长苏家强先后率香港青少年及澳门乡亲，回到清远开展考察' +
      '交流活动。市政协副主席梁思参加活动。',
    undefined,
    [
      'ATTENDED 梁思 考察交流活动 (参加)',
      'LED 苏家强 考察交流活动 (考察)',
      'LED 陈亿明 考察交流活动 (考察)',
    ],
  ],
  [
    'an exchange named as such is an event one takes part in',
    '市港澳办主任安东于2014年2月23日至3月1日参加了由国务院港澳办组织的赴港澳工作交流活动。',
    undefined,
    [
      'ATTENDED 安东 赴港澳工作交流活动 (参加)',
    ],
  ],
  [
    'greeting those present at what one attended is no visit',
    '省委副书记陈文、省政协副主席叶松等领导出席茶话会，并看望在座台胞。',
    undefined,
    [
      'ATTENDED 叶松 茶话会 (出席 #2)',
      'ATTENDED 陈文 茶话会 (出席 #1)',
    ],
  ],
  [
    'a party\'s tour of an exhibition is its visit, its escorts and those after it attended',
    '8月1日下午，两院院士宋立同志一行，在科技部副部长王中的陪同下来到奥体中心体育馆，参观正在这里举行的' +
      '全国科技成果巡回展。陪同参观的还有省科技厅厅长贾红、秦皇岛市副市长邢留等。',
    undefined,
    [
      'ATTENDED 王中 参观正在这里举行的全国科技成果巡回展 (陪同)',
      'ATTENDED 贾红 参观正在这里举行的全国科技成果巡回展 (陪同参观 #1)',
      'ATTENDED 邢留 参观正在这里举行的全国科技成果巡回展 (陪同参观 #2)',
      'LED 宋立 参观正在这里举行的全国科技成果巡回展 (参观)',
      'VISITED 宋立 奥体中心',
    ],
  ],
  [
    'a leader\'s own tour abroad is no visit of its own',
    '当地时间21日下午，李强赴施耐德电气集团巴黎创新中心参观。',
    undefined,
    [],
  ],
  [
    'escorts named before 陪同下 with 由 and bodies listed, of a tour by one who took others along',
    '5月21日，副省长宋华率省科技厅、农业厅等部门有关负责人由中科院陈明副院长、生命科学局、北京分院等部' +
      '门负责人陪同下参观了研究所。',
    undefined,
    [
      'ATTENDED 陈明 参观研究所 (陪同)',
      'LED 宋华 参观研究所 (参观)',
      'VISITED 宋华 研究所',
    ],
  ],
  [
    'those taken along named with 的 before their kind, then the going',
    '4月14日，分院副院长杨荣率分院科技处和近代物理所的专家一行6人到山东考察调研。',
    undefined,
    [
      'LED 杨荣 到山东考察调研 (考察)',
      'VISITED 杨荣 山东',
    ],
  ],
  [
    'lists of one place\'s officials and another\'s, set apart by semicolons',
    '5月9日下午，区委常委、组织部部长田刚一行来龙泉街道考察社区党建工作。市委组织部科长李雷；市委常委、' +
      '组织部部长李义，市委组织部副部长沈平；街道党工委副书记张伟，党工委委员杜峰，相关部门负责人参加活动。',
    undefined,
    [
      'ATTENDED 张伟 来龙泉街道考察社区党建工作 (参加 #4)',
      'ATTENDED 李义 来龙泉街道考察社区党建工作 (参加 #2)',
      'ATTENDED 李雷 来龙泉街道考察社区党建工作 (参加 #1)',
      'ATTENDED 杜峰 来龙泉街道考察社区党建工作 (参加 #5)',
      'ATTENDED 沈平 来龙泉街道考察社区党建工作 (参加 #3)',
      'LED 田刚 来龙泉街道考察社区党建工作 (考察)',
      'VISITED 田刚 龙泉街道',
    ],
  ],
  [
    'escorting said as 陪行',
    '张生一行深入村委会调研美丽家园建设情况。镇人大主席舒良、副镇长李刚陪行。',
    undefined,
    [
      'ATTENDED 李刚 深入村委会调研美丽家园建设情况 (陪行 #2)',
      'ATTENDED 舒良 深入村委会调研美丽家园建设情况 (陪行 #1)',
      'LED 张生 深入村委会调研美丽家园建设情况 (调研)',
      'VISITED 张生 村委会',
    ],
  ],
  [
    'together with others, set off by a comma, before the going',
    '8月27日晚，县委书记周海燕与县领导王明、刘长顺及相关部门同志一道，到梁庄村督导脱贫攻坚工作。',
    undefined,
    [
      'ATTENDED 刘长顺 督导脱贫攻坚工作 (督导 #2)',
      'ATTENDED 王明 督导脱贫攻坚工作 (督导 #1)',
      'LED 周海燕 督导脱贫攻坚工作 (督导)',
      'VISITED 周海燕 梁庄村',
    ],
  ],
  [
    'after the chair, those listed, then heads by their posts alone',
    '区委副书记李红主持会议，区委常委、组织部长陈武，区人大常委会副主任辛华及区委各督导组组长、副组长，各' +
      '街道党工委书记参加会议。',
    undefined,
    [
      'ATTENDED 辛华 会议 (参加 #2)',
      'ATTENDED 陈武 会议 (参加 #1)',
      'CHAIRED 李红 会议 (主持)',
    ],
  ],
  [
    'going along with an inspection',
    '县委书记杨松、县长刘纯带队开展环保实地督察，县领导陈良、欧卫华随同督察。',
    undefined,
    [
      'ATTENDED 欧卫华 带队开展环保实地督察 (随同督察 #2)',
      'ATTENDED 陈良 带队开展环保实地督察 (随同督察 #1)',
      'LED 刘纯 带队开展环保实地督察 (带队)',
      'LED 杨松 带队开展环保实地督察 (带队)',
    ],
  ],
  [
    'the work a speech is about is no visit',
    '督察组组长陆明、副组长翟强就做好督察工作分别作了讲话，省委书记胡华作了动员讲话，省长朱丹主持会议。',
    undefined,
    [
      'ADDRESSED 翟强 会议 (作了讲话)',
      'ADDRESSED 胡华 会议 (作了动员讲话)',
      'ADDRESSED 陆明 会议 (作了讲话)',
      'CHAIRED 朱丹 会议 (主持)',
    ],
  ],
  [
    'a team read by the tagger is no one',
    '联合巡河组一行先后来到龙江村、第二污水处理厂，实地查看河流水质和污水处理厂运行情况。',
    undefined,
    [],
  ],
  [
    'a consultative conference\'s oversight tour is an event those listed took part in',
    '8月17日下午，省市县三级政协联合在我市开展以水环境质量为主题的专项民主监督。市政协副主席刘健，市政' +
      '府副市长姚军及相关部门负责人参加。',
    undefined,
    [
      'ATTENDED 刘健 专项民主监督 (参加 #1)',
      'ATTENDED 姚军 专项民主监督 (参加 #2)',
    ],
  ],
  [
    'an ambassador\'s post after his name before where he went',
    '2014年1月8日，李明华大使赴驻格各中资企业驻地、在建项目工地，慰问坚守在一线的公司员工。',
    undefined,
    [
      'LED 李明华 慰问坚守在一线的公司员工 (慰问)',
    ],
  ],
  [
    'directing a strategy is no meeting chaired',
    '江泽民同志主持制定了新时期军事战略方针。',
    undefined,
    [],
  ],
  [
    'one\'s acts over years, a comma before 主持召开, are no day\'s meeting',
    '习近平总书记亲自谋划部署，主持召开中央政治局常委会会议专门进行研究。',
    undefined,
    [],
  ],
  [
    'a call paid on a body: the callers led it, as talks the hosts took part in',
    '2月4日，银行分行行长张明华、行长助理李国强率分行信贷部以及相关支行的负责人拜访了西青区人民政府。区' +
      '长王建国、副区长赵立新及办公室有关负责同志参加了会谈。',
    undefined,
    [
      'ATTENDED 王建国 拜访西青区人民政府 (参加了会谈 #1)',
      'ATTENDED 赵立新 拜访西青区人民政府 (参加了会谈 #2)',
      'LED 张明华 拜访西青区人民政府 (拜访了)',
      'LED 李国强 拜访西青区人民政府 (拜访了)',
    ],
  ],
  [
    'those in the capital, with their own 的, listed on after the others',
    '3月22日，国资委主任王刚主持召开监事会主席座谈会。国资委副主任黄明和，国资委副主任孙丽、孟建华，在' +
      '京的监事会主席闫克明、徐良生等出席了会议。',
    undefined,
    [
      'ATTENDED 孙丽 监事会主席座谈会 (出席 #2)',
      'ATTENDED 孟建华 监事会主席座谈会 (出席 #3)',
      'ATTENDED 徐良生 监事会主席座谈会 (出席 #5)',
      'ATTENDED 闫克明 监事会主席座谈会 (出席 #4)',
      'ATTENDED 黄明和 监事会主席座谈会 (出席 #1)',
      'CHAIRED 王刚 监事会主席座谈会 (主持召开)',
    ],
  ],
  [
    'the sentence\'s subject set off by a comma before the day, then what he led',
    '正在乌鲁木齐参加庆祝活动的全国政协主席俞正声，25日下午率中央代表团部分成员先后来到新疆大学，看望慰' +
      '问教育文化界人士代表。',
    undefined,
    [
      // (正在…参加庆祝活动的: where he was, attending.)
      'ATTENDED 俞正声 庆祝活动 (参加)',
      'LED 俞正声 来到新疆大学 (率)',
      'VISITED 俞正声 乌鲁木齐',
      'VISITED 俞正声 新疆大学',
    ],
  ],
  [
    'who does it is named after 由: none before it',
    '11月15日，区农委主任费明来到华漕镇调研美丽乡村建设工作。一同参加的有区农委书记蔡明、副主任徐平以' +
      '及区农委相关科室负责人，镇政府由王镇长带队，镇农业服务中心主任陆明陪同参加。',
    undefined,
    [
      'ATTENDED 徐平 来到华漕镇调研美丽乡村建设工作 (参加 #2)',
      'ATTENDED 蔡明 来到华漕镇调研美丽乡村建设工作 (参加 #1)',
      'ATTENDED 陆明 来到华漕镇调研美丽乡村建设工作 (参加 #3)',
      'ATTENDED 陆明 来到华漕镇调研美丽乡村建设工作 (陪同)',
      'LED 费明 来到华漕镇调研美丽乡村建设工作 (调研)',
      'VISITED 费明 华漕镇',
    ],
  ],
  [
    'a team led by those named goes by a bare 来',
    '5月17日，由师范大学副院长齐明军、民委副处长李日新、市民委副主任于宪明带队的专题调研组来我旗调研。',
    undefined,
    [
      'LED 于宪明 来我旗调研 (调研)',
      'LED 李日新 来我旗调研 (调研)',
      'LED 齐明军 来我旗调研 (调研)',
    ],
  ],
  [
    'some of many groups\' deliberations, each attending some, are no one happening',
    '党和国家领导人李强、赵乐际、王沪宁，6日分别参加了十四届全国人大二次会议一些代表团的审议。',
    undefined,
    [],
  ],
  [
    'a post with a verb inside it (三级调研员) is no act: the list goes on past it',
    '3月5日上午，全县农业工作会议召开。县委副书记、县长王立新，县政府三级调研员李德明，县高新技术产业开' +
      '发区管委会副主任张海涛出席会议。',
    undefined,
    [
      'ATTENDED 张海涛 全县农业工作会议 (出席 #3)',
      'ATTENDED 李德明 全县农业工作会议 (出席 #2)',
      'ATTENDED 王立新 全县农业工作会议 (出席 #1)',
    ],
  ],
  [
    'whose report a sentence retells may open it before a subject set off by a comma and yesterday (据新华社报道，…，昨日在…会见)',
    '据新华社报道，中共中央政治局常委、国务院副总理丁长江，昨日在中南海会见行政长官李文杰时，国务委员赵克' +
      '明参加会见。',
    undefined,
    [
      'ATTENDED 赵克明 会见行政长官李文杰 (参加会见)',
      'MET 丁长江>李文杰 会见',
    ],
  ],
  [
    'those present described at length (出席…的…机构主要负责人包括…)',
    '出席座谈会的特区行政、立法、司法机构主要负责人包括立法会主席陈立新、终审法院院长吴敏华以及行政长官办' +
      '公室主任黄格。',
    undefined,
    [
      'ATTENDED 吴敏华 座谈会 (出席 #2)',
      'ATTENDED 陈立新 座谈会 (出席 #1)',
      'ATTENDED 黄格 座谈会 (出席 #3)',
    ],
  ],
  [
    'arriving starts a visit (抵达本市，展开为期三天的考察调研)',
    '国务院港澳办主任刘建华昨日下午抵达本市，展开为期三天的考察调研行程。',
    undefined,
    [
      'LED 刘建华 考察调研行程 (考察)',
    ],
  ],
  [
    'a name spelt in Latin letters in brackets after a name keeps the list whole',
    '1月27日，同乡会春宴在纽约隆重举行。副总领事吴晓明，州长办公室主任刘林剑虹（Jenny Lam L' +
      'ow），市议员黄敏仪等出席春宴。',
    undefined,
    [
      'ATTENDED 刘林剑虹 同乡会春宴 (出席 #2)',
      'ATTENDED 吴晓明 同乡会春宴 (出席 #1)',
      'ATTENDED 黄敏仪 同乡会春宴 (出席 #3)',
    ],
  ],
  [
    'honours before names (拿督, 丹斯里) stand between the post and the name',
    '晚宴在华人大会堂举行。出席者包括财政部副部长林慧英、该会主席拿督江乙虎、槟华堂副主席拿督郑荣兴、总财' +
      '政丹斯里郑福成等。',
    undefined,
    [
      'ATTENDED 林慧英 晚宴 (出席 #1)',
      'ATTENDED 江乙虎 晚宴 (出席 #2)',
      'ATTENDED 郑福成 晚宴 (出席 #4)',
      'ATTENDED 郑荣兴 晚宴 (出席 #3)',
    ],
  ],
  [
    'a welcome of the guest\'s coming to attend is no attendance (欢迎塞迪略出席…开幕式)',
    '全国政协主席贾庆林7日在人民大会堂会见墨西哥前总统塞迪略。贾庆林欢迎塞迪略出席北京奥运会开幕式。',
    undefined,
    [
      'MET 贾庆林>塞迪略 会见',
    ],
  ],
  [
    'those at a meeting named by it (与会代表团团长) do not attend the talks',
    '李长春26日在人民大会堂会见上海合作组织秘书长伊马纳利耶夫。伊马纳利耶夫代表各国与会代表团团长，对中' +
      '方的热情接待表示感谢。文化部部长蔡武参加会见。',
    undefined,
    [
      'ATTENDED 蔡武 会见上海合作组织秘书长伊马纳利耶夫 (参加会见)',
      'MET 李长春>伊马纳利耶夫 会见',
    ],
  ],
  [
    'one described by how he is there (列席会议的…) joins the list before the seats (在主席台前排就座)',
    '4月29日上午，县第十八届人民代表大会第五次会议在县文化中心隆重开幕。大会执行主席庄国祥、许贞华、何' +
      '国强，列席会议的县委副书记、代县长黄育明在主席台前排就座。',
    undefined,
    [
      'ATTENDED 何国强 县人民代表大会会议 (在主席台前排就座 #3)',
      'ATTENDED 庄国祥 县人民代表大会会议 (在主席台前排就座 #1)',
      'ATTENDED 许贞华 县人民代表大会会议 (在主席台前排就座 #2)',
      'ATTENDED 黄育明 县人民代表大会会议 (在主席台前排就座 #4)',
    ],
  ],
  [
    'a nominee for a post (主席提名人选) is described as one holding it',
    '区政协七届一次会议召开主席团第一次会议。区六届政协主席石含青，区政协党组书记、七届政协主席提名人选朱' +
      '永昌，区委副书记张玉峰参加会议。',
    undefined,
    [
      'ATTENDED 张玉峰 主席团会议 (参加 #3)',
      'ATTENDED 朱永昌 主席团会议 (参加 #2)',
      'ATTENDED 石含青 主席团会议 (参加 #1)',
    ],
  ],
  [
    'a long list of officials closed by a comma before the seats (…张心骥，在主席台前排就座)',
    '政协山东省委员会第五次会议昨日上午在山东会堂闭幕。省委副书记、省政协主席刘建伟，省政协副主席王志强、' +
      '赵玉芬、李德胜，省政协秘书长张心远，在主席台前排就座。',
    undefined,
    [
      'ATTENDED 刘建伟 政协山东省委员会会议 (在主席台前排就座 #1)',
      'ATTENDED 张心远 政协山东省委员会会议 (在主席台前排就座 #5)',
      'ATTENDED 李德胜 政协山东省委员会会议 (在主席台前排就座 #4)',
      'ATTENDED 王志强 政协山东省委员会会议 (在主席台前排就座 #2)',
      'ATTENDED 赵玉芬 政协山东省委员会会议 (在主席台前排就座 #3)',
    ],
  ],
  [
    'chaired under someone (在张传林的主持下，举行选举大会)',
    '闭幕大会前，在张传林的主持下，举行选举大会。',
    undefined,
    [
      'CHAIRED 张传林 选举大会 (主持)',
    ],
  ],
  [
    '主持下午的讲座: the afternoon\'s lecture, no chair under anyone',
    '李鸿忠主持下午的讲座。',
    undefined,
    [
      'CHAIRED 李鸿忠 讲座 (主持)',
    ],
  ],
  [
    'the forms of a tribute (通过敬献花圈、作出批示等不同形式) are none of them done there',
    '平江县为两名消防烈士举行追悼会，副市长丁阳云等参加追悼大会。省长杜家毫等各级领导先后通过敬献花圈、作' +
      '出指示批示等不同形式，表示深切的哀悼。',
    undefined,
    [
      'ATTENDED 丁阳云 追悼大会 (参加)',
    ],
  ],
  [
    'an activity named by its kind alone is the story\'s (参加了悼念活动)',
    '伊朗总统莱希遗体告别仪式22日举行。伊朗最高领袖哈梅内伊也参加了悼念活动。',
    undefined,
    [
      'ATTENDED 哈梅内伊 伊朗总统莱希遗体告别仪式 (参加)',
    ],
  ],
  [
    'a leader taking others along, then a comma, then his escorts (带领…负责人，在…陪同下，深入…)',
    '新春之际，市长宋朝华带领市民政局、市残联等部门负责人，在县委书记冉登祥、县长秦彪、县民政局王继伟等领' +
      '导的陪同下，深入敬老院，看望慰问五保老人。',
    undefined,
    [
      'ATTENDED 冉登祥 看望慰问五保老人 (陪同 #1)',
      'ATTENDED 王继伟 看望慰问五保老人 (陪同 #3)',
      'ATTENDED 秦彪 看望慰问五保老人 (陪同 #2)',
      'LED 宋朝华 看望慰问五保老人 (看望慰问)',
    ],
  ],
  [
    'came in person to the meeting (亲临这次大会)',
    '9月2日，全县动员大会在三溪乡举行，会议由乡长黄晓明主持。县政府副县长余志民亲临这次大会指导工作。',
    undefined,
    [
      'ATTENDED 余志民 全县动员大会 (亲临)',
      'CHAIRED 黄晓明 全县动员大会 (主持)',
    ],
  ],
  [
    'an aside between a name and his post (程远泽（主持工作）副局长率…)',
    '7月11日，程远泽（主持工作）副局长率市规划局编制科相关人员赴西昌考察学习。西昌市住建局局长吴波，西' +
      '昌市自然资源局计维远陪同考察。',
    undefined,
    [
      'ATTENDED 吴波 赴西昌考察学习 (陪同考察 #1)',
      'ATTENDED 计维远 赴西昌考察学习 (陪同考察 #2)',
      'LED 程远泽 赴西昌考察学习 (考察)',
      'VISITED 程远泽 西昌',
    ],
  ],
  [
    'both met with each (分别同…等会见会谈)',
    '孙绍骋分别同蒙古国总理奥云额尔登、外交部部长巴特策策格等会见会谈。',
    undefined,
    [
      'MET 孙绍骋>奥云额尔登 会见会谈',
      'MET 孙绍骋>巴特策策格 会见会谈',
    ],
  ],
  [
    'a team\'s leader named by 任组长, opening the clause (由…任组长的督察组一行在…陪同下，来到…督察)',
    '9月18日，由国家安全监察局副局长彭建勋任组长的督察组一行在自治区政府主席助理田明的陪同下，来到神宁' +
      '集团红柳煤矿，就安全生产工作进行督察。',
    undefined,
    [
      'ATTENDED 田明 督察 (陪同)',
      'LED 彭建勋 督察 (督察)',
      'VISITED 彭建勋 神宁集团',
    ],
  ],
  [
    'a tour of inspection (巡查) led under its head',
    '12月3日，省安委会第三巡查组在组长曲俊义带领下对昌黎县进行安全生产巡查。',
    undefined,
    [
      'LED 曲俊义 带领下对昌黎县进行安全生产巡查 (巡查)',
    ],
  ],
  [
    'the acts of one visit listed with 、 (慰问受灾群众、看望受伤人员) are both his',
    '副总理张国清抵达当地后立即赶往灾区，来到安置点，代表党中央、国务院慰问受灾群众、看望受伤人员。',
    undefined,
    [
      'LED 张国清 慰问受灾群众、看望受伤人员 (慰问)',
      'LED 张国清 慰问受灾群众、看望受伤人员 (看望)',
    ],
  ],
  [
    'the chief executive (特首) is a post, and 亦 ends the name after it (特首李家超亦有陪同)',
    '国务院港澳办主任夏宝龙前日到港开展考察调研。中午到西贡一间酒家用膳，特首李家超亦有陪同。',
    undefined,
    [
      'ATTENDED 李家超 前日到港开展考察调研 (陪同)',
      'LED 夏宝龙 前日到港开展考察调研 (考察)',
    ],
  ],
  [
    'those going with a visitor, listed (随行包括…): they attended his visit',
    '国务院港澳办主任夏宝龙前日到港开展考察调研。下午到访狮子山郊野公园，随行包括李家超、文体旅局长杨润雄' +
      '等。',
    undefined,
    [
      'ATTENDED 李家超 前日到港开展考察调研 (随同 #1)',
      'ATTENDED 杨润雄 前日到港开展考察调研 (随同 #2)',
      'LED 夏宝龙 前日到港开展考察调研 (考察)',
    ],
  ],
  [
    'his words after 他表示 run on with no mark: what he recalls there is no act of the day',
    '5月24日，培训班在金寨干部学院开班，县长汪冬出席开班仪式。汪冬致欢迎辞，他表示金寨是一处红色大讲堂' +
      '，2016年习近平总书记在金寨视察时作出重要指示。',
    undefined,
    [
      'ADDRESSED 汪冬 培训班 (致欢迎辞)',
      'ATTENDED 汪冬 开班仪式 (出席)',
    ],
  ],
  [
    'a day of a year named after the story\'s first sentence (；2016年4月24日至25日，…视察): a recollection',
    '5月24日，培训班在金寨干部学院开班，县长汪冬出席开班仪式。2016年4月24日至25日，习近平总书' +
      '记在金寨视察。',
    undefined,
    [
      'ATTENDED 汪冬 开班仪式 (出席)',
    ],
  ],
  [
    'the weather braved on the way (冒着凛冽寒风来到…，视察…) stands between the leader and his visit',
    '1月18日，省新闻出版局局长郭兴文同志冒着凛冽寒风来到沈阳胡台新城，视察印刷包装产业基地。',
    undefined,
    [
      'LED 郭兴文 视察印刷包装产业基地 (视察)',
      'VISITED 郭兴文 沈阳',
    ],
  ],
  [
    'a plaque unveiled where the story names its rite (…共同为中心揭牌。…出席揭牌仪式): that rite',
    '9月18日，县新时代文明实践中心正式揭牌成立。省文明办主任宣宇才，县委书记谭力华共同为实践中心揭牌。' +
      '市委宣传部副部长刘乔红出席揭牌仪式。县委常委潘利华主持揭牌仪式。',
    undefined,
    [
      'ATTENDED 刘乔红 揭牌仪式 (出席)',
      'ATTENDED 宣宇才 揭牌仪式 (揭牌 #1)',
      'ATTENDED 谭力华 揭牌仪式 (揭牌 #2)',
      'CHAIRED 潘利华 揭牌仪式 (主持)',
    ],
  ],
  [
    'an acting head\'s post after his name (朱亚荣代馆长), and 和 ending a name before 及 (陈平和及…)',
    '10月15日，朱亚荣代馆长应邀出席《华声日报》创刊25周年庆祝活动并致辞。该报社长陈平和及当地华社代' +
      '表出席。',
    undefined,
    [
      'ADDRESSED 朱亚荣 《华声日报》创刊25周年庆祝活动 (致辞)',
      'ATTENDED 朱亚荣 《华声日报》创刊25周年庆祝活动 (出席)',
      'ATTENDED 陈平和 《华声日报》创刊25周年庆祝活动 (出席)',
    ],
  ],
  [
    'those seated on the rostrum, of kinds listed with commas (在主席台就座的中泰长官，侨团首长…有：)',
    '2日，商会百年庆典在会展中心隆重举行。在主席台就座的中泰长官，侨团首长，各国代表团团长有：上议院议长' +
      '巴硕素、副内长梭拉育、香港卫视副总裁王纪言等。',
    undefined,
    [
      'ATTENDED 巴硕素 商会百年庆典 (在主席台就座 #1)',
      'ATTENDED 梭拉育 商会百年庆典 (在主席台就座 #2)',
      'ATTENDED 王纪言 商会百年庆典 (在主席台就座 #3)',
    ],
  ],
  [
    'courtesies after names (阁下, 博士) before the commas of a list of chairs; a kingdom\'s formal name (泰王国)',
    '庆典在会展中心隆重举行，大会主席吴宏丰博士，中国驻泰王国特命全权大使管木阁下，国务院侨务办公室副主任' +
      '任启亮阁下共同主持开幕仪式。',
    undefined,
    [
      'CHAIRED 任启亮 开幕仪式 (主持)',
      'CHAIRED 吴宏丰 开幕仪式 (主持)',
      'CHAIRED 管木 开幕仪式 (主持)',
    ],
  ],
  [
    'kept away (因为生病而无法出席, 不克出席): no attendance',
    '推介仪式今日举行，总会长翁诗杰推介。副总会长江作汉因为生病而无法出席这项仪式，另外2名副总会长则因有' +
      '要事而不克出席。',
    undefined,
    [],
  ],
  [
    'a party\'s officers as Malaysian Chinese bodies title them (总秘书, 总财政, 中委)',
    '推介仪式今日举行。总秘书拿督王弗明、总财政丹斯里郑福成、中委黄福安等人都出席推介仪式。',
    undefined,
    [
      'ATTENDED 王弗明 推介仪式 (出席 #1)',
      'ATTENDED 郑福成 推介仪式 (出席 #2)',
      'ATTENDED 黄福安 推介仪式 (出席 #3)',
    ],
  ],
  [
    'a day still to come (下星期一与…出席…论坛; 明天会参观…): no act of the story\'s day',
    '保安局局长邓炳强率团在北京研修交流。他们明天会参观国家反诈中心。邓炳强下星期一与警务处处长萧泽颐出席' +
      '全球公共安全合作论坛。',
    undefined,
    [],
  ],
  [
    'a state visit opened by an arrival: the leader led it, where it went, and the suite flying with him attended it',
    '国家主席习近平20日乘专机抵达加拉加斯，开始对委内瑞拉进行国事访问。王沪宁、栗战书、杨洁篪等陪同人员' +
      '同机抵达。',
    undefined,
    [
      'ATTENDED 杨洁篪 国事访问委内瑞拉 (陪同 #3)',
      'ATTENDED 栗战书 国事访问委内瑞拉 (陪同 #2)',
      'ATTENDED 王沪宁 国事访问委内瑞拉 (陪同 #1)',
      'LED 习近平 国事访问委内瑞拉 (进行国事访问)',
      'VISITED 习近平 委内瑞拉',
    ],
  ],
  [
    'a state visit opened by a departure, its inviters in a clause of their own; the suite listed after 陪同…出访的有',
    '国家主席习近平3日上午乘专机离开北京，应俄罗斯联邦总统普京、德国总统施泰因迈尔邀请，对俄罗斯和德国进' +
      '行国事访问。陪同习近平出访的有：中共中央政治局委员、中央政策研究室主任王沪宁，国务委员杨洁篪等。',
    undefined,
    [
      'ATTENDED 杨洁篪 国事访问俄罗斯和德国 (陪同 #2)',
      'ATTENDED 王沪宁 国事访问俄罗斯和德国 (陪同 #1)',
      'LED 习近平 国事访问俄罗斯和德国 (进行国事访问)',
      'VISITED 习近平 俄罗斯',
      'VISITED 习近平 德国',
    ],
  ],
  [
    'what a trip is for, told as it starts, is still to come: no talks nor summit that day',
    '应澳大利亚总理阿尔巴尼斯邀请，国务院总理李强15日下午乘包机抵达阿德莱德，开始对澳大利亚进行正式访问' +
      '，并同阿尔巴尼斯总理举行第九轮中澳总理年度会晤。',
    undefined,
    [
      'LED 李强 正式访问澳大利亚 (进行正式访问)',
      'VISITED 李强 澳大利亚',
    ],
  ],
  [
    'a departure to a summit alone makes no visit, and its suite attends nothing',
    '国务院总理李强5月26日上午乘包机离开北京，赴韩国出席第九次中日韩领导人会议。国务委员兼国务院秘书长' +
      '吴政隆等陪同人员同机离京。',
    undefined,
    [],
  ],
  [
    'a flight to talks abroad is no talks held that day',
    '当地时间14日下午，国家主席习近平乘专机抵达旧金山，应邀同美国总统拜登举行中美元首会晤。',
    undefined,
    [],
  ],
  [
    'a delegation named by its head visits abroad: he led it; its hosts met him',
    '以中共中央候补委员、河南省委副书记陈全国为团长的中共干部代表团一行6人于11月27日至12月1日对朝' +
      '鲜进行友好访问。11月29日，朝鲜最高人民会议议长崔泰福在平壤会见代表团，中国驻朝鲜大使刘晓明等参加' +
      '会见。',
    undefined,
    [
      'ATTENDED 刘晓明 会见代表团 (参加会见)',
      'LED 陈全国 友好访问朝鲜 (进行友好访问)',
      'MET 崔泰福>陈全国 会见',
      'VISITED 陈全国 朝鲜',
    ],
  ],
  [
    'a general\'s suite abroad, listed after 陪同…访问的有',
    '中央军委委员、总参谋长陈炳德率中国人民解放军高级代表团于15日离京赴美国进行正式访问。陪同陈炳德访问' +
      '的有第二炮兵政委张海阳、总参谋长助理戚建国等。',
    undefined,
    [
      'ATTENDED 张海阳 赴美国进行正式访问 (随同 #1)',
      'ATTENDED 戚建国 赴美国进行正式访问 (随同 #2)',
      'LED 陈炳德 赴美国进行正式访问 (率)',
    ],
  ],
  [
    'a party received by its kind, its head named as he came with a comma and a span of days',
    '以罗马尼亚众议院外委会主席博尔贝伊·拉斯洛为团长的罗马尼亚众议院外委会代表团一行6人，于4月25日至' +
      '30日来华访问。4月26日下午，全国人大常委会副委员长吉炳轩在人民大会堂会见了该代表团。',
    undefined,
    [
      'LED 博尔贝伊·拉斯洛 来华访问 (来)',
      'MET 吉炳轩>博尔贝伊·拉斯洛 会见',
    ],
  ],
  [
    'a team\'s head and his deputy, both named before it, led its inspection',
    '8月3日，以省委常委、省纪委书记陈文清为组长，省政协副主席李祖可为副组长的省委督查组来我市，督促检查' +
      '有关工作。',
    undefined,
    [
      'LED 李祖可 检查有关工作 (检查)',
      'LED 陈文清 检查有关工作 (检查)',
    ],
  ],
  [
    'a seat described by the one who holds it (担任…的) keeps a long list going',
    '省政协十二届四次会议在太原开幕。省高级人民法院院长孙洪山，全国政协常委周然，担任本届政协委员的十一届' +
      '省政协副主席李雁红、朱先奇，省政府秘书长王纯出席会议。',
    undefined,
    [
      'ATTENDED 周然 省政协会议 (出席 #2)',
      'ATTENDED 孙洪山 省政协会议 (出席 #1)',
      'ATTENDED 朱先奇 省政协会议 (出席 #4)',
      'ATTENDED 李雁红 省政协会议 (出席 #3)',
      'ATTENDED 王纯 省政协会议 (出席 #5)',
    ],
  ],
  [
    'leaders by their rank alone, items of their own, close a list of the named',
    '10月24日上午，第七届文房四宝文化旅游节开幕式在宣城隆重举行。市领导颜银河、孙铭和、王章来，正厅级' +
      '老干部代表，部分在职市厅级领导出席开幕式。',
    undefined,
    [
      'ATTENDED 孙铭和 文房四宝文化旅游节开幕式 (出席 #2)',
      'ATTENDED 王章来 文房四宝文化旅游节开幕式 (出席 #3)',
      'ATTENDED 颜银河 文房四宝文化旅游节开幕式 (出席 #1)',
    ],
  ],
  [
    'those of bodies listed, by their portfolio, close a list before the verb',
    '9月6日，副省长郭大进在省防办主持防汛视频会商调度。省政府副秘书长张向明，省应急管理厅厅长李国材，省' +
      '水利厅、省自然资源厅、省气象局分管领导，16个州（市）政府分管领导参加会商调度。',
    undefined,
    [
      'ATTENDED 张向明 防汛视频会商调度 (参加 #1)',
      'ATTENDED 李国材 防汛视频会商调度 (参加 #2)',
      'CHAIRED 郭大进 防汛视频会商调度 (主持)',
    ],
  ],
  [
    'a post and a name kg cannot read between named officials keeps the list whole',
    '7月29日，市委副书记郭绍伟，市委常委、秘书长高战荣，市政府党组成员水选民，军分区副司令员张洪标一行' +
      '，深入陕州区，亲切看望慰问驻军官兵。',
    undefined,
    [
      'ATTENDED 张洪标 看望慰问驻军官兵 (看望慰问 #2)',
      'ATTENDED 高战荣 看望慰问驻军官兵 (看望慰问 #1)',
      'LED 郭绍伟 看望慰问驻军官兵 (看望慰问)',
      'VISITED 郭绍伟 陕州区',
    ],
  ],
  [
    'a post that holds a verb is no act before the name',
    '9月26日上午，大河论坛在吕梁开幕。十三届全国政协文史和学习委员会副主任叶小文，中国科学院院士于贵瑞' +
      '出席。',
    undefined,
    [
      'ATTENDED 于贵瑞 大河论坛 (出席 #2)',
      'ATTENDED 叶小文 大河论坛 (出席 #1)',
    ],
  ],
  [
    'a transcript\'s speaker label chairs the story\'s press conference; those introduced as present attended it',
    '10月11日上午，国务院新闻办公室举行中国西部国际博览会新闻发布会。\n主持人 侯雄飞：\n女士们、先生' +
      '们，上午好！\n主持人 侯雄飞：\n首先，向大家介绍出席新闻发布会的领导和嘉宾，他们是：商务部对外贸易司' +
      '司长王受文先生、中国贸促会副秘书长于晓东先生。',
    undefined,
    [
      'ATTENDED 于晓东 中国西部国际博览会新闻发布会 (出席 #2)',
      'ATTENDED 王受文 中国西部国际博览会新闻发布会 (出席 #1)',
      'CHAIRED 侯雄飞 中国西部国际博览会新闻发布会 (主持人)',
    ],
  ],
  [
    'answering reporters\' questions is speaking at the press conference',
    '8月17日，重庆市委主题新闻发布会在渝举行。市委副书记、市长胡衡华作主题发布并回答记者提问。市委常委' +
      '、秘书长罗蔺主持新闻发布会。',
    undefined,
    [
      'ADDRESSED 胡衡华 重庆市委主题新闻发布会 (回答记者提问)',
      'CHAIRED 罗蔺 重庆市委主题新闻发布会 (主持)',
    ],
  ],
  [
    'leaders splitting into parties led their condolence delegation',
    '2月7日，市委常委、宣传部长蔡赴朝，副市长丁向阳等市领导，分两路率北京市春节慰问团，先后来到驻京部队' +
      '，亲切慰问部队官兵。',
    undefined,
    [
      'LED 丁向阳 率北京市春节慰问团 (率)',
      'LED 蔡赴朝 率北京市春节慰问团 (率)',
      'VISITED 丁向阳 驻京部队',
      'VISITED 蔡赴朝 驻京部队',
    ],
  ],
  [
    'officials taken along, set off by a comma, before the verb\'s own clause',
    '副市长苏琼率相关镇处和市水利局等部门负责人，对我市禁止河道采砂工作进行现场督办。',
    undefined,
    [
      'LED 苏琼 现场督办 (现场督办)',
    ],
  ],
  [
    'Tibetan names, one element or two, in a list of leaders',
    '10月30日下午，自治区政府召开党组会议。自治区领导孟德利、德吉、格桑次仁、坚参、其美仁增、刘江出席' +
      '。',
    undefined,
    [
      'ATTENDED 其美仁增 自治区政府党组会议 (出席 #5)',
      'ATTENDED 刘江 自治区政府党组会议 (出席 #6)',
      'ATTENDED 坚参 自治区政府党组会议 (出席 #4)',
      'ATTENDED 孟德利 自治区政府党组会议 (出席 #1)',
      'ATTENDED 德吉 自治区政府党组会议 (出席 #2)',
      'ATTENDED 格桑次仁 自治区政府党组会议 (出席 #3)',
    ],
  ],
  [
    'a speech\'s content is no meeting it was given at',
    '9月26日上午，大河论坛·黄河峰会在吕梁隆重开幕。九三学社中央主席武维华致辞。武维华在致辞中对论坛和' +
      '峰会的成功举办表示祝贺。',
    undefined,
    [
      'ADDRESSED 武维华 大河论坛·黄河峰会 (致辞)',
      'ADDRESSED 武维华 大河论坛·黄河峰会 (致辞)',
    ],
  ],
  [
    'parties\' dialogue as the event its participants attended',
    '6月20日，第十一届中英政党对话在伦敦举行。中共中央对外联络部部长刘建超出席对话并发表主旨讲话。',
    undefined,
    [
      'ADDRESSED 刘建超 中英政党对话 (发表主旨讲话)',
      'ATTENDED 刘建超 中英政党对话 (出席)',
    ],
  ],
  [
    'a mission\'s diplomats printed after it, their post after their name',
    '5月6日，中国驻泗水总领馆朱亚荣代馆长出席当地华社新春联欢会。中国驻美国使馆秦刚大使会见了来访的州长' +
      '一行。',
    undefined,
    [
      'ATTENDED 朱亚荣 当地华社新春联欢会 (出席)',
      'ATTENDED 秦刚 会见来访的州长一行 (会见)',
    ],
  ],
  [
    'guests described by a coming to attend (会见前来出席…的): 前 opens 前来, no time before the talks; the host attends nothing',
    '中共中央政治局常委、国务院副总理张高丽11日在广西南宁分别会见前来出席第十四届中国－东盟博览会的柬埔' +
      '寨首相洪森、越南常务副总理张和平。',
    undefined,
    [
      'MET 张高丽>张和平 分别会见',
      'MET 张高丽>洪森 分别会见',
    ],
  ],
  [
    'a front is no time before (视察前线部队)',
    '俄罗斯总统普京17日视察前线部队。',
    undefined,
    [
      'LED 普京 视察前线部队 (视察)',
    ],
  ],
  [
    'talks with a guest whose posts are set off by a comma, one holding 部分管 (中央宣传部分管日常工作的副部长，…部长胡和平)',
    '5日下午，省委书记沈晓明在长沙会见了中央宣传部分管日常工作的副部长，文化和旅游部党组书记、部长胡和平' +
      '一行。省领导谢卫江、杨浩东参加会见。',
    undefined,
    [
      'ATTENDED 杨浩东 会见文化和旅游部党组书记、部长胡和平 (参加会见 #2)',
      'ATTENDED 谢卫江 会见文化和旅游部党组书记、部长胡和平 (参加会见 #1)',
      'MET 沈晓明>胡和平 会见',
    ],
  ],
  [
    'a party named by its leader and its head (由…担任领队、…担任团长的…考察团一行，来湘…考察): both led its visit',
    '12号到14号，由中央政府驻港联络办主任张晓明担任领队、香港湖南联谊总会会长周群飞担任团长的香港湖南' +
      '联谊总会暨港湘青年交流考察团一行，来湘开展交流考察活动。',
    undefined,
    [
      'LED 周群飞 考察活动 (考察)',
      'LED 张晓明 考察活动 (考察)',
    ],
  ],
  [
    'a summit\'s list broken by others named by their kind (和印度代表，观察员国蒙古国领导人，…领导人，以及…): all attended',
    '哈萨克斯坦总统托卡耶夫主持会议，白俄罗斯总统卢卡申科、巴基斯坦总理夏巴兹、伊朗代理总统穆赫贝尔和印度' +
      '代表，观察员国蒙古国领导人，主席国客人阿塞拜疆、卡塔尔、土库曼斯坦领导人，以及联合国秘书长古特雷斯等' +
      '国际和地区组织负责人出席。',
    undefined,
    [
      'ATTENDED 卢卡申科 会议 (出席 #1)',
      'ATTENDED 古特雷斯 会议 (出席 #4)',
      'ATTENDED 夏巴兹 会议 (出席 #2)',
      'ATTENDED 穆赫贝尔 会议 (出席 #3)',
      'CHAIRED 托卡耶夫 会议 (主持)',
    ],
  ],
  [
    'athletes and coaches received by their kind: the host and those present at it attended',
    '河北省委副书记、省长张庆伟20日在石家庄会见了参加第31届奥运会的河北运动员和教练员。副省长许宁，省' +
      '政府秘书长朱浩文参加会见。',
    undefined,
    [
      'ATTENDED 张庆伟 会见参加第31届奥运会的河北运动员和教练员 (会见)',
      'ATTENDED 朱浩文 会见参加第31届奥运会的河北运动员和教练员 (参加会见 #2)',
      'ATTENDED 许宁 会见参加第31届奥运会的河北运动员和教练员 (参加会见 #1)',
    ],
  ],
  [
    'a commemorated man\'s kin received before a meeting: no talks of the story',
    '中共中央政治局常委、全国人大常委会委员长赵乐际出席座谈会，并在会前会见了甘苦同志亲属。',
    undefined,
    [
      'ATTENDED 赵乐际 座谈会 (出席)',
    ],
  ],
  [
    'the time before talks is no talks (会见前，…)',
    '会见前，习近平同马克龙在松园散步。',
    undefined,
    [],
  ],
  [
    'a delegation named by its head, the sentence\'s first name, goes on its visit (以…张永珍为团长的…访问团于10月14日来江苏访问)',
    '以原全国政协常委、江苏旅港同乡联合会会长张永珍为团长的江苏旅港同乡联合会访问团于10月14日来江苏访' +
      '问。',
    undefined,
    [
      'LED 张永珍 来江苏访问 (来)',
      'VISITED 张永珍 江苏',
    ],
  ],
  [
    'attending, then each conveying his part (出席会议并分别传达有关精神): the meeting attended and spoken at',
    '市委副书记、市长周先旺，市政协主席胡曙光，市人大常委会主任、市委副书记、组织部部长胡立山出席会议并分' +
      '别传达有关精神。',
    undefined,
    [
      'ADDRESSED 周先旺 会议 (传达)',
      'ADDRESSED 胡曙光 会议 (传达)',
      'ADDRESSED 胡立山 会议 (传达)',
      'ATTENDED 周先旺 会议 (出席 #1)',
      'ATTENDED 胡曙光 会议 (出席 #2)',
      'ATTENDED 胡立山 会议 (出席 #3)',
    ],
  ],
  [
    'a visit paid to the paper\'s own place (国王西哈莫尼来访我市): the visitor led it',
    '8月6日，正在我国进行友好访问的柬埔寨国王西哈莫尼来访我市。',
    undefined,
    [
      'LED 西哈莫尼 来访我市 (来访)',
    ],
  ],
  [
    'a year\'s meeting recalled after the story\'s first sentence (2014年…会议期间，习近平接见…): no talks of the day',
    '习近平近日给模范空降兵连全体官兵回信。2014年古田全军政治工作会议期间，习近平接见该连时任指导员，' +
      '对全连官兵表示亲切问候。',
    undefined,
    [],
  ],
  [
    'a long list of leaders at an opening, one a kingdom\'s minister (柬埔寨国务大臣兼商业部大臣占蒲拉西): all attended',
    '中共中央政治局常委、国家副主席习近平，缅甸总统吴登盛，柬埔寨国务大臣兼商业部大臣占蒲拉西，联合国贸发' +
      '会议秘书长素帕差出席开幕式。',
    undefined,
    [
      'ATTENDED 习近平 开幕式 (出席 #1)',
      'ATTENDED 占蒲拉西 开幕式 (出席 #3)',
      'ATTENDED 吴登盛 开幕式 (出席 #2)',
      'ATTENDED 素帕差 开幕式 (出席 #4)',
    ],
  ],
  [
    'officials of bodies listed with 、 after the named (，以及各战区、…武警部队领导等参加): the named attended',
    '中央军委委员常万全、房峰辉、张阳、赵克石、张又侠、吴胜利、马晓天、魏凤和，以及各战区、各军兵种、军委' +
      '机关各部门、军事科学院、国防大学、国防科技大学、武警部队领导等参加仪式。',
    undefined,
    [
      'ATTENDED 吴胜利 仪式 (参加 #6)',
      'ATTENDED 常万全 仪式 (参加 #1)',
      'ATTENDED 张又侠 仪式 (参加 #5)',
      'ATTENDED 张阳 仪式 (参加 #3)',
      'ATTENDED 房峰辉 仪式 (参加 #2)',
      'ATTENDED 赵克石 仪式 (参加 #4)',
      'ATTENDED 马晓天 仪式 (参加 #7)',
      'ATTENDED 魏凤和 仪式 (参加 #8)',
    ],
  ],
  [
    'a delegation named by its head flies in on a day and an hour (…为团长的中央代表团19日上午飞抵银川); its deputy ' +
      'heads, so described, come down with him',
    '以中共中央政治局常委、全国政协主席汪洋为团长的中央代表团19日上午飞抵银川，出席宁夏回族自治区成立6' +
      '0周年庆祝活动。担任中央代表团副团长的中共中央政治局委员、国务院副总理孙春兰，中共中央书记处书记、中' +
      '央统战部部长尤权，全国人大常委会副委员长曹建明一同走下舷梯。',
    undefined,
    [
      'LED 孙春兰 飞抵银川 (副团长)',
      'LED 尤权 飞抵银川 (副团长)',
      'LED 曹建明 飞抵银川 (副团长)',
      'LED 汪洋 飞抵银川 (抵)',
    ],
  ],
  [
    'a leader leading his party in (率团抵达银川): his visit',
    '中共中央政治局常委、全国政协主席汪洋19日上午率团抵达银川。',
    undefined,
    [
      'LED 汪洋 率团抵达银川 (率团)',
    ],
  ],
  [
    'a delegation\'s deputy heads and those escorting it, flying with its leader (担任…副团长的…，陪同出席活动的…等同机抵达)',
    '中共中央总书记、国家主席习近平率中央代表团20日中午乘专机抵达拉萨，出席西藏自治区成立60周年庆祝活' +
      '动。担任中央代表团副团长的中共中央政治局委员、中央统战部部长李干杰，全国政协副主席胡春华，陪同出席活' +
      '动的中共中央政治局委员、国务院副总理何立峰，中共中央书记处书记、国务委员王小洪等同机抵达。',
    undefined,
    [
      'ATTENDED 何立峰 率中央代表团20日中午乘专机抵达拉萨 (陪同 #1)',
      'ATTENDED 王小洪 率中央代表团20日中午乘专机抵达拉萨 (陪同 #2)',
      'LED 习近平 率中央代表团20日中午乘专机抵达拉萨 (率)',
      'LED 李干杰 率中央代表团20日中午乘专机抵达拉萨 (副团长)',
      'LED 胡春华 率中央代表团20日中午乘专机抵达拉萨 (副团长)',
    ],
  ],
  [
    'those seeing off the dead, told in a clause after a place: the dead is no one present',
    '从中国人民解放军总医院到八宝山，首都各界群众纷纷来到沿途道路两旁，送别敬爱的江泽民同志，表达对江泽民' +
      '同志的深切哀思。',
    undefined,
    [],
  ],
  [
    'one who met the guest with the host, no guest named after it (王嘉毅一同会见。): present at the talks',
    '省委书记林铎在兰州会见了蒙古国自然环境与旅游部部长巴图孟赫。省委常委、省委秘书长王嘉毅一同会见。',
    undefined,
    [
      'ATTENDED 王嘉毅 会见蒙古国自然环境与旅游部部长巴图孟赫 (一同会见)',
      'MET 林铎>巴图孟赫 会见',
    ],
  ],
  [
    'leaders listed by their posts, then by name, present at a branch venue (…方明、刘艳…等在石首分会场参加学习)',
    '8月10日，荆州市县处级主要领导干部专题研讨班开班。市委书记王敏、市长付勇、市政协主席王梦力、市领导' +
      '闫昌武、杜开志、方明、刘艳、赵文魁等在石首分会场参加学习。',
    undefined,
    [
      'ATTENDED 付勇 荆州市县处级主要领导干部专题研讨班 (参加学习 #2)',
      'ATTENDED 刘艳 荆州市县处级主要领导干部专题研讨班 (参加学习 #7)',
      'ATTENDED 方明 荆州市县处级主要领导干部专题研讨班 (参加学习 #6)',
      'ATTENDED 杜开志 荆州市县处级主要领导干部专题研讨班 (参加学习 #5)',
      'ATTENDED 王敏 荆州市县处级主要领导干部专题研讨班 (参加学习 #1)',
      'ATTENDED 王梦力 荆州市县处级主要领导干部专题研讨班 (参加学习 #3)',
      'ATTENDED 赵文魁 荆州市县处级主要领导干部专题研讨班 (参加学习 #8)',
      'ATTENDED 闫昌武 荆州市县处级主要领导干部专题研讨班 (参加学习 #4)',
    ],
  ],
  [
    'what a visit means, spoken of in a lecture (从深刻认识习近平总书记考察贵州的重大政治意义…作了宣讲): no visit',
    '报告会上，李文荣从深刻认识习近平总书记考察贵州的重大政治意义、实践意义和深远历史意义等三个方面作了宣' +
      '讲解读。',
    undefined,
    [],
  ],
  [
    'a call with astronauts in orbit (天地通话), the day and the place set off by commas, a Hong Kong day (今（23日）)',
    '中共中央总书记、国家主席习近平今（23日）早上，在北京航天飞行控制中心，与神舟十二号3名航天员聂海胜' +
      '、刘伯明、汤洪波天地通话。国务院副总理韩正、中央军委副主席许其亮等出席。',
    undefined,
    [
      'ATTENDED 许其亮 同航天员聂海胜、刘伯明、汤洪波通电话 (出席 #2)',
      'ATTENDED 韩正 同航天员聂海胜、刘伯明、汤洪波通电话 (出席 #1)',
      'MET 习近平>刘伯明 天地通话',
      'MET 习近平>汤洪波 天地通话',
      'MET 习近平>聂海胜 天地通话',
    ],
  ],
  [
    'a clause of where with its own verb is no place set off (举行宴会，欢迎出席…的)',
    '7月28日中午，国家主席习近平和夫人彭丽媛在四川省成都市金牛宾馆举行宴会，欢迎出席成都第31届世界大' +
      '学生夏季运动会开幕式的国际贵宾。',
    undefined,
    [
      'CHAIRED 习近平 宴会 (举行)',
      'CHAIRED 彭丽媛 宴会 (举行)',
    ],
  ],
  [
    'a name spelt in brackets inside a list of guests',
    '王毅在北京与美国国务卿布林肯（Antony Blinken）、白宫高级主任罗森伯格会谈。',
    undefined,
    [
      'MET 王毅>布林肯 会谈',
      'MET 王毅>罗森伯格 会谈',
    ],
  ],
  [
    'a meeting named again and chaired by one (会晤由…主持) is no talks; foreign ministers\' sittings are meetings',
    '国务委员兼外交部长王毅在南非出席金砖国家外长正式会晤。会晤由南非外长西苏鲁主持，俄罗斯外长拉夫罗夫、' +
      '印度外长斯瓦拉吉出席。',
    undefined,
    [
      'ATTENDED 拉夫罗夫 金砖国家外长正式会晤 (出席 #1)',
      'ATTENDED 斯瓦拉吉 金砖国家外长正式会晤 (出席 #2)',
      'ATTENDED 王毅 金砖国家外长正式会晤 (出席)',
      'CHAIRED 西苏鲁 金砖国家外长正式会晤 (主持)',
    ],
  ],
  [
    'a senior officials\' meeting co-chaired (高官会由…共同主持)',
    '中国－阿拉伯国家合作论坛第十六次高官会18日在阿布扎比举行。高官会由外交部西亚北非司司长王镝和阿联酋' +
      '外交与国际合作部政治事务部长助理哈利法共同主持。中国驻阿联酋大使倪坚等出席。',
    undefined,
    [
      'ATTENDED 倪坚 中国－阿拉伯国家合作论坛高官会 (出席)',
      'CHAIRED 哈利法 中国－阿拉伯国家合作论坛高官会 (主持)',
      'CHAIRED 王镝 中国－阿拉伯国家合作论坛高官会 (主持)',
    ],
  ],
  [
    'escorts charged with it (负责陪同) of an assessment on the spot (实地考核) by a team named by kind',
    '2020年8月24日上午，国家督查组一行人莅临琼山区在建项目工地实地考核保障农民工工资支付工作。市政' +
      '府副市长凌云、市人社局局长黄娟等相关领导负责陪同。',
    undefined,
    [
      'ATTENDED 凌云 国家督查组一行人莅临琼山区在建项目工地实地考核保障农民工工资 (负责陪同 #1)',
      'ATTENDED 黄娟 国家督查组一行人莅临琼山区在建项目工地实地考核保障农民工工资 (负责陪同 #2)',
    ],
  ],
  [
    'a meeting followed in a room of its own (在县纪委会议室收听收看会议); the topic of what is asked (就…督导配合…提出了要求) is no visit',
    '9月1日，中央扫黑除恶第二督导组督导山西省工作动员会在太原市召开，薛玉马、丁格等县四大班子领导在县纪' +
      '委会议室收听收看会议。会上，督导组副组长许群杰还就做好督导配合、信息公开等工作提出了要求。',
    undefined,
    [
      'ADDRESSED 许群杰 中央扫黑除恶第二督导组督导山西省工作动员会 (提出了要求)',
      'ATTENDED 丁格 中央扫黑除恶第二督导组督导山西省工作动员会 (收听收看 #2)',
      'ATTENDED 薛玉马 中央扫黑除恶第二督导组督导山西省工作动员会 (收听收看 #1)',
    ],
  ],
  [
    'a state visit by how long it lasts (前往日本进行为期六天的正式访问), at an hour of the morning, and its suite listed',
    '华国锋总理今天早晨七时四十分乘专机离开北京前往日本进行为期六天的正式访问。陪同华国锋访问的有：国务院' +
      '副总理谷牧，外交部部长黄华等。',
    undefined,
    [
      'ATTENDED 谷牧 正式访问日本 (陪同 #1)',
      'ATTENDED 谷牧 正式访问日本 (随同 #1)',
      'ATTENDED 黄华 正式访问日本 (陪同 #2)',
      'ATTENDED 黄华 正式访问日本 (随同 #2)',
      'LED 华国锋 正式访问日本 (正式访问)',
      'VISITED 华国锋 日本',
    ],
  ],
  [
    'a dateline closed by a space opens the clause of a list with posts after names',
    '据新华社北京9月3日电 华国锋总理，赵紫阳、谷牧副总理今天上午在人民大会堂会见了日本外相伊东正义一行' +
      '。',
    undefined,
    [
      'MET 华国锋>伊东正义 会见',
      'MET 谷牧>伊东正义 会见',
      'MET 赵紫阳>伊东正义 会见',
    ],
  ],
  [
    'taking part in a delegation\'s study tour (参加学习考察)',
    '5月19日至20日，区委书记刘健率金山区党政代表团赴六安市霍邱县考察调研。六安市委书记方正等出席相关' +
      '活动。区领导潘军、潘恩华等参加学习考察。',
    undefined,
    [
      'ATTENDED 方正 赴六安市霍邱县考察调研 (出席)',
      'ATTENDED 潘军 赴六安市霍邱县考察调研 (参加学习考察 #1)',
      'ATTENDED 潘恩华 赴六安市霍邱县考察调研 (参加学习考察 #2)',
      'LED 刘健 赴六安市霍邱县考察调研 (率)',
      'VISITED 刘健 六安市霍邱县',
    ],
  ],
  [
    'going to a paired place to match up with it (赴凤台县对接…工作) is a visit; others who took part are not those who went',
    '9月15日—17日，县长章文静、县人大常委会副主任洪来生赴凤台县对接结对帮扶脱贫攻坚工作，县政府办、' +
      '扶贫办等单位负责同志参加。凤台县县长袁祖怀陪同。',
    undefined,
    [
      'ATTENDED 洪来生 赴凤台县对接结对帮扶脱贫攻坚工作 (对接)',
      'ATTENDED 袁祖怀 赴凤台县对接结对帮扶脱贫攻坚工作 (陪同)',
      'LED 章文静 赴凤台县对接结对帮扶脱贫攻坚工作 (对接)',
      'VISITED 章文静 凤台县',
    ],
  ],
  [
    'a visit\'s object, then a ceremony attended after a comma; not a going, which tells what the trip is for',
    '12月1日，商合杭高铁合肥以北段、郑阜高铁正式开通运营。在皖北调研期间，省委书记李锦斌来到阜阳高铁西' +
      '站，看望慰问铁路建设和运营一线职工，出席开通运营仪式。省长李国英出席并致辞。',
    undefined,
    [
      'ADDRESSED 李国英 开通运营仪式 (致辞)',
      'ATTENDED 李国英 开通运营仪式 (出席)',
      'ATTENDED 李锦斌 开通运营仪式 (出席)',
      'LED 李锦斌 看望慰问铁路建设和运营一线职工 (看望慰问)',
      'VISITED 李锦斌 阜阳高铁西站',
    ],
  ],
  [
    'a place whose name opens with 同 is no partner (来同里镇考察); 率 ends no name (张涛率督查组)',
    '5日 国家建设部副部长郑一军来同里镇考察小城镇建设和古镇保护。\n29日 国务院第十八督查组组长、中国' +
      '科学院副院长张涛率督查组一行到岳阳市督查调研矮围整治情况。',
    undefined,
    [
      'LED 张涛 到岳阳市督查调研矮围整治情况 (督查)',
      'LED 郑一军 来同里镇考察小城镇建设和古镇保护 (考察)',
      'VISITED 张涛 岳阳市',
      'VISITED 郑一军 同里镇',
    ],
  ],
  [
    'a meeting its lead names, attended by people by kind, is the one leaders gathered at (欢聚一堂); one planned is none',
    '新春佳节来临之际，上海各界人士昨天上午会聚上海展览中心，出席2007年春节团拜会。上海市委代理书记、' +
      '市长韩正和龚学平、蒋以任等市领导与千余嘉宾欢聚一堂，喜迎新春。',
    undefined,
    [
      'ATTENDED 蒋以任 春节团拜会 (欢聚一堂 #3)',
      'ATTENDED 韩正 春节团拜会 (欢聚一堂 #1)',
      'ATTENDED 龚学平 春节团拜会 (欢聚一堂 #2)',
    ],
  ],
  [
    'what others came to do, welcomed (对客人前来参加…表示欢迎); guests listed with commas up to 率领',
    '5日下午，黑龙江省长王宪魁在哈尔滨会见了由俄罗斯犹太自治州政府副主席古列维奇，外贝加尔边区政府副主席' +
      '日丹诺娃，伊尔库茨克州副州长洛巴科夫率领的政府代表团。王宪魁对客人前来参加哈尔滨国际冰雪节表示欢迎。',
    undefined,
    [
      'MET 王宪魁>古列维奇 会见',
      'MET 王宪魁>日丹诺娃 会见',
      'MET 王宪魁>洛巴科夫 会见',
    ],
  ],
  [
    'a delegation led out (率团离京) on a state visit, and its suite (此访主要随行人员有)',
    '中国人民解放军总参谋长房峰辉13日下午率团离京，对美国进行正式友好访问。房峰辉此访主要随行人员有：沈' +
      '阳军区司令员王教成、总参谋长助理乙晓光等。',
    undefined,
    [
      'ATTENDED 乙晓光 正式友好访问美国 (随同 #2)',
      'ATTENDED 王教成 正式友好访问美国 (随同 #1)',
      'LED 房峰辉 正式友好访问美国 (进行正式友好访问)',
      'VISITED 房峰辉 美国',
    ],
  ],
  [
    '魏凤和 before a day is one name; a guest described by what he attends (正在出席…的) does not break the join to 集体会见',
    '国务委员兼国防部长魏凤和26日在八一大楼会见了正在出席第八届北京香山论坛的缅甸国防部长盛温，并集体会' +
      '见了巴布亚新几内亚国防部长米里森、瓦努阿图内政部长纳珀特。',
    undefined,
    [
      'MET 魏凤和>盛温 会见',
      'MET 魏凤和>米里森 集体会见',
      'MET 魏凤和>纳珀特 集体会见',
    ],
  ],
  [
    '会见 after a body\'s name (全国政协会见了), a name spelt in brackets, a post after it and 率领',
    '全国政协副主席、中国工程院院长徐匡迪在全国政协会见了福伊尔纳（Edwin Feulner）会长率领的' +
      '美国传统基金会代表团一行。参加会见的有中国人民外交学会会长杨文昌，副秘书长毕刚等领导。',
    undefined,
    [
      'ATTENDED 杨文昌 会见福伊尔纳 (参加 #1)',
      'ATTENDED 杨文昌 会见福伊尔纳 (参加会见 #1)',
      'ATTENDED 毕刚 会见福伊尔纳 (参加 #2)',
      'ATTENDED 毕刚 会见福伊尔纳 (参加会见 #2)',
      'MET 徐匡迪>福伊尔纳 会见',
    ],
  ],
  [
    'those seated in at a reception (接见时在座的有) of the older press',
    '中华人民共和国主席毛泽东在十九日下午四时十分接见了来我国访问的印度总理尼赫鲁。接见时在座的有：中华人' +
      '民共和国副主席朱德，国务院总理周恩来，国务院副总理陈云。',
    undefined,
    [
      'ATTENDED 周恩来 会见印度总理尼赫鲁 (接见时在座 #2)',
      'ATTENDED 朱德 会见印度总理尼赫鲁 (接见时在座 #1)',
      'ATTENDED 陈云 会见印度总理尼赫鲁 (接见时在座 #3)',
      'MET 毛泽东>尼赫鲁 接见',
    ],
  ],
  [
    'officials listed with commas, then people of standing (以及首都各方面的人士) invited to a reception',
    '瑞士驻中国大使纳维义今晚在大使馆举行招待会，庆祝瑞士国庆日。国务院副总理陈毅、习仲勋，外交部副部长黄' +
      '镇，以及首都各方面的人士应邀出席了招待会。',
    undefined,
    [
      'ATTENDED 习仲勋 招待会 (出席 #2)',
      'ATTENDED 陈毅 招待会 (出席 #1)',
      'ATTENDED 黄镇 招待会 (出席 #3)',
    ],
  ],
  [
    'a leader with a body\'s members, set off by commas, meets the press (率领新一届省委常委会成员，…与媒体记者见面)',
    '5月27日下午，刚刚在省委十一届一次全会上当选的省委书记王东明，率领新一届省委常委会成员，在成都新华' +
      '宾馆与媒体记者见面。',
    undefined,
    [
      'ATTENDED 王东明 见面会 (见面)',
    ],
  ],
  [
    'a group received, then what was said (会见…访华团时说)',
    '江泽民今天下午在中南海会见日本自民党议员访华团时说，中日应发展合作。中日友协会长孙平化参加了会见。',
    undefined,
    [
      'ATTENDED 孙平化 会见日本自民党议员访华团 (参加了会见)',
      'ATTENDED 江泽民 会见日本自民党议员访华团 (会见)',
    ],
  ],
  [
    'a team named by its head, escorted, comes by a bare 来 (…调查组在…吴冬华陪同下来同里镇视察)',
    '3日 以全国政协副主席张思卿为团长的发展文化产业调查组在省政协副主席吴冬华陪同下来同里镇视察。',
    undefined,
    [
      'ATTENDED 吴冬华 来同里镇视察 (陪同)',
      'LED 张思卿 来同里镇视察 (视察)',
      'VISITED 张思卿 同里镇',
    ],
  ],
  [
    'a name read whole before 接见 (市委书记鞠树文接见代表团)',
    '4月25日，蒙古国鄂尔浑省长德·巴特罗特率代表团到二连浩特市交流访问。二连浩特市委书记鞠树文接见代表' +
      '团。',
    undefined,
    [
      'LED 德·巴特罗特 到二连浩特市交流访问 (率)',
      'MET 鞠树文>德·巴特罗特 接见',
      'VISITED 德·巴特罗特 二连浩特市',
    ],
  ],
  [
    'a lead\'s reception whose words are told (会见…代表团时表示), told again by name later, is that one',
    '国务院总理李鹏今天在会见日本日中友好协会代表团时表示，希望中日友好民间团体继续发扬光荣传统。\n李鹏总' +
      '理和夫人朱琳今天下午在中南海会见了以日中友协会长、著名画家平山郁夫为团长的日中友协代表团。有关方面负' +
      '责人齐怀远、孙平化会见时在座。',
    undefined,
    [
      'ATTENDED 孙平化 会见画家平山郁夫 (会见时在座 #2)',
      'ATTENDED 齐怀远 会见画家平山郁夫 (会见时在座 #1)',
      'MET 朱琳>平山郁夫 会见',
      'MET 李鹏>平山郁夫 会见',
    ],
  ],
  [
    'a department\'s name runs over no verb (台盟中央机关会见…), and those present at the reception',
    '2月25日，全国人大常委会委员、台盟中央常务副主席李钺锋在台盟中央机关会见中共重庆市委常委、市委统战部部长李静一' +
      '行。台盟中央秘书长潘新洋参加会见。',
    undefined,
    [
      'ATTENDED 潘新洋 会见重庆市委常委、市委统战部部长李静 (参加会见)',
      'MET 李钺锋>李静 会见',
    ],
  ],
  [
    'escorting a visit abroad (陪同访问和调研) is at the story\'s own visit; the leader\'s verb opens no body\'s name (' +
      '率领集团公司代表团)',
    '12月18日至21日，中国石油天然气集团公司总经理蒋洁敏率领集团公司代表团在沙特阿拉伯进行工作访问。集团公司总经理' +
      '助理李润生，股份公司副总裁薄启亮，集团公司有关部门负责同志陪同访问和调研。',
    undefined,
    [
      'ATTENDED 李润生 率领集团公司代表团在沙特阿拉伯进行工作访问 (陪同访问 #1)',
      'ATTENDED 薄启亮 率领集团公司代表团在沙特阿拉伯进行工作访问 (陪同访问 #2)',
      'LED 蒋洁敏 率领集团公司代表团在沙特阿拉伯进行工作访问 (率领)',
      'VISITED 蒋洁敏 沙特阿拉伯',
    ],
  ],
  [
    'talks on a topic of two parts, a comma between them (就扩大…，开展…进行了会谈)',
    '其间，蒋洁敏总经理与沙特阿美公司总裁兼首席执行官哈立德·法利赫先生就扩大双方原油贸易，开展炼化及石油工程建设等' +
      '领域合作进行了会谈，达成了广泛共识。',
    undefined,
    [
      'MET 蒋洁敏>哈立德·法利赫 会谈',
    ],
  ],
  [
    'a meeting after a going led with the day first (…上午率政府官员前赴深圳，在…与A和B会面): A and B are met, no pair',
    '行政长官梁振英7月10日上午率政府官员前赴深圳，在五洲宾馆与深圳市委书记马兴瑞和深圳市市长许勤会面，下午返回香港。',
    undefined,
    [
      'MET 梁振英>许勤 会面',
      'MET 梁振英>马兴瑞 会面',
    ],
  ],
  [
    'a day and its part in one word (昨午到港澳办，与…会面), and a going after 随后',
    '特首梁振英昨午到港澳办，与港澳办主任王光亚会面近2个小时。林郑月娥随后前往驻港部队总部，与驻港部队司令员谭本宏' +
      '会面。',
    undefined,
    [
      'MET 林郑月娥>谭本宏 会面',
      'MET 梁振英>王光亚 会面',
    ],
  ],
  [
    'talks counted (两场会面) are named, not held; a pair after 与 is whom someone else met, never one meeting himself;' +
      ' 同日 is the same day',
    '梁振英同日亦有与港澳办主任王光亚会面，与张德江和王光亚两场会面都未有谈及。梁振英以本周二傍晚到北京访问三日，' +
      '昨日先后与张德江和王光亚会面。',
    undefined,
    [
      // (同日, the same day, is no partner's mark.)
      'MET 梁振英>王光亚 会面',
    ],
  ],
  [
    'a body\'s activity gone on, attended and escorted, with a forum held later on it (…赴…，开展…视察调研活动，…出席' +
      '活动并讲话)',
    '11月25日，民革安庆市委会赴安庆市住建局，开展对口联系暨市政协民革界委员视察调研活动，安庆市政协副主席、民革安' +
      '庆市委会主委程秋月出席活动并讲话。市委会副主委王松林、查正江等参加活动，市住建局副局长金敏等陪同。座谈会上，' +
      '金敏介绍了市住建局的工作。',
    COUNTY,
    [
      'ADDRESSED 程秋月 开展对口联系暨市政协民革界委员视察调研活动 (讲话)',
      'ADDRESSED 金敏 座谈会 (讲话)',
      'ATTENDED 查正江 开展对口联系暨市政协民革界委员视察调研活动 (参加 #2)',
      'ATTENDED 王松林 开展对口联系暨市政协民革界委员视察调研活动 (参加 #1)',
      'ATTENDED 程秋月 开展对口联系暨市政协民革界委员视察调研活动 (出席)',
      'ATTENDED 金敏 开展对口联系暨市政协民革界委员视察调研活动 (陪同)',
    ],
  ],
  [
    'what laid out a meeting\'s business (作工作安排, 进行安排部署 on a topic naming places), and a county meeting\'s ' +
      'closing words (讲意见)',
    '5月3日，镇政府召开村级建制村民大会工作部署会。镇党委书记覃正顺主持会议，镇长王纯作工作安排。会上，副镇长单忠' +
      '武就5月7日杨开、三江村级建制村民大会相关事宜进行安排部署。最后镇党委副书记米厚章讲意见。',
    COUNTY,
    [
      'ADDRESSED 单忠武 村级建制村民大会工作部署会 (进行安排部署)',
      'ADDRESSED 王纯 村级建制村民大会工作部署会 (作工作安排)',
      'ADDRESSED 米厚章 村级建制村民大会工作部署会 (讲意见)',
      'CHAIRED 覃正顺 村级建制村民大会工作部署会 (主持)',
    ],
  ],
  [
    '做 for 作 (做了大会发言), under a title set off by a comma (以《…，…》为题); 区文联主席 is a post, not 区 as a ' +
      'surname',
    '5月3日，民盟召开参政议政工作会议。民盟广东省委秘书长程昆以《积极探索创新，努力参与民盟参政议政品牌建设》为题' +
      '，做了大会发言。区文联主席蔡少文代表全区各人民团体向大会致贺词。',
    COUNTY,
    [
      'ADDRESSED 程昆 参政议政工作会议 (做了大会发言)',
      'ADDRESSED 蔡少文 参政议政工作会议 (致贺词)',
    ],
  ],
  [
    'going into homes is a visit (来到…家中), not a party\'s going among them',
    '1月20日，镇人大主席陶峰来到退休干部和社区困难党员家中，关切地了解他们身体健康、日常生活等情况。',
    COUNTY,
    [
      'LED 陶峰 来到退休干部和社区困难党员家中 (家中)',
    ],
  ],
  [
    'what a place gone to is known for, before its name (赴全国人大推广的示范县江苏睢宁县考察学习); a team the party' +
      ' made up before going (一行组成执法检查组，到我市…)',
    '4月22日，县人大常委会副主任陈长江带领人大机关负责同志一行30余人，赴全国人大推广的示范县江苏睢宁县考察学习。5' +
      '月3日至4日，省人大常委会副主任委员杜金卿一行组成执法检查组，到我市就《食品安全法》贯彻实施情况进行执法检查。',
    COUNTY,
    [
      'LED 杜金卿 检查 (检查)',
      'LED 陈长江 考察学习 (考察)',
      'VISITED 陈长江 江苏睢宁县',
    ],
  ],
  [
    'the head of the story\'s team led its visit, its deputies went on it (以…为团长, 由…担任团长，…担任副团长); not ' +
      'a body named by its head (成立以…为组长的领导小组)',
    '5月8日至10日，市政协组织开展2019年度集中视察活动。活动以市政协党组书记、主席李耿坚为团长，市政协副主席王明为' +
      '副团长，共分四个视察分团进行。县委成立了以县长张三为组长，副县长李四为副组长的领导小组。',
    COUNTY,
    [
      'ATTENDED 王明 市政协组织开展2019年度集中视察活动 (为副团长)',
      'LED 李耿坚 市政协组织开展2019年度集中视察活动 (为团长)',
    ],
  ],
  [
    'a sentence of the carried subject opening with its going (随后来到东峤镇主持召开座谈会); a place the tagger ran' +
      ' on into the visit\'s verb (东峤镇调研镇村)',
    '5月7日下午，区委书记张伯松深入东峤镇调研镇村常态化疫情防控、村级党建等重点工作。区委常委、组织部长陈涛一同参' +
      '加。随后来到东峤镇主持召开座谈会，听取该镇工作开展情况。',
    COUNTY,
    [
      'ATTENDED 陈涛 深入东峤镇调研镇村常态化疫情防控、村级党建等重点工作 (参加)',
      'CHAIRED 张伯松 座谈会 (主持召开)',
      'LED 张伯松 深入东峤镇调研镇村常态化疫情防控、村级党建等重点工作 (调研)',
      'VISITED 张伯松 东峤镇',
    ],
  ],
  [
    'the day in brackets after its word is no part of the visit\'s name (今日（21日）下午率领…); the head and deputie' +
      's of a delegation told after',
    '行政长官李家超今日（21日）下午率领政府官员及立法会议员到大湾区4个内地城市进行为期4天的访问。访问团由李家超担' +
      '任团长，政务司司长陈国基和立法会主席梁君彦担任副团长。',
    undefined,
    [
      'ATTENDED 梁君彦 到大湾区4个内地城市进行为期4天的访问 (担任副团长 #2)',
      'ATTENDED 陈国基 到大湾区4个内地城市进行为期4天的访问 (担任副团长 #1)',
      'LED 李家超 到大湾区4个内地城市进行为期4天的访问 (担任团长)',
      'LED 李家超 到大湾区4个内地城市进行为期4天的访问 (率领)',
      'VISITED 李家超 大湾区',
    ],
  ],
  [
    'those who went along by the visit\'s own verb (…一同检查), escorts led by one over a long list of offices (带领…' +
      '等负责同志陪同了调研)',
    '8月21日，省军区司令员刘万龙深入麦积区人武部检查调研。市委常委、军分区司令员李建中，区委书记张智明一同检查。9' +
      '月27日上午，区检察院检察长梁经顺一行4人莅临我院交流调研，我院副检察长王珂带领职务犯罪侦查部、民事行政检察部' +
      '、侦查监督部、办公室等负责同志陪同了调研。',
    COUNTY,
    [
      'ATTENDED 张智明 深入麦积区人武部检查调研 (一同检查 #2)',
      'ATTENDED 李建中 深入麦积区人武部检查调研 (一同检查 #1)',
      'ATTENDED 王珂 莅临我院交流调研 (陪同)',
      'LED 刘万龙 深入麦积区人武部检查调研 (检查)',
      'LED 梁经顺 莅临我院交流调研 (调研)',
      'VISITED 刘万龙 麦积区人武部',
    ],
  ],
  [
    'hosts who received the visit by its kind (接待此次视察调研活动) attended it, no visit of theirs; escorts named ' +
      'after the visit\'s two verbs (陪同参观调研的还有)',
    '5月3日，市卫健委主任张三到市人民医院视察调研。院党委书记张德祥、副院长章志军接待此次视察调研活动。陪同参观调' +
      '研的还有市卫健委副主任施永益。',
    COUNTY,
    [
      'ATTENDED 张德祥 到市人民医院视察调研 (接待 #1)',
      'ATTENDED 施永益 到市人民医院视察调研 (陪同参观 #1)',
      'ATTENDED 施永益 到市人民医院视察调研 (随同)',
      'ATTENDED 章志军 到市人民医院视察调研 (接待 #2)',
      'LED 张三 到市人民医院视察调研 (视察)',
      'VISITED 张三 市人民医院',
    ],
  ],
  [
    'entrusted by another (受…委托出席): the one who entrusted did not attend; those visited as 人民子弟兵 are no no' +
      'un of 慰问人',
    '5月3日，全省卫生工作会议召开。国家卫健委副主任曹雪涛受马晓伟主任委托出席会议并讲话。八一建军节即将到来之际，' +
      '市长徐曙海来到驻镇某部队，走访慰问人民子弟兵。',
    COUNTY,
    [
      'ADDRESSED 曹雪涛 全省卫生工作会议 (讲话)',
      'ATTENDED 曹雪涛 全省卫生工作会议 (出席)',
      'LED 徐曙海 走访慰问人民子弟兵 (走访慰问)',
    ],
  ],
  [
    'each in turn (分别与…座谈交流) is one talk with each; a delegation a guest led, counted (率领一行7人的代表团), ' +
      'is no visit of his',
    '5月15日，市外办主任周建清分别与西班牙驻沪总领事路易斯·卡尔沃、越南驻沪总领事阮世松座谈交流。香港中华厂商联合' +
      '会日前会见吉林省贸促会副会长金燕光率领一行7人的代表团。',
    undefined,
    [
      'MET 周建清>路易斯·卡尔沃 座谈交流',
      'MET 周建清>阮世松 座谈交流',
    ],
  ],
  [
    'a preposition before a surname addressed is no name (徐校长向庄书记汇报); a zone\'s name holds its officials\' po' +
      'sts (杨凌示范区党工委副书记)',
    '4月22日，市委书记庄光明来我校检查安全工作，徐校长向庄书记汇报了我校基本情况。该校校长孙其信、副校长马建华、罗' +
      '军和杨凌示范区党工委副书记郭建树等陪同。',
    COUNTY,
    [
      'ATTENDED 孙其信 来我校检查安全工作 (陪同 #1)',
      'ATTENDED 罗军 来我校检查安全工作 (陪同 #3)',
      'ATTENDED 郭建树 来我校检查安全工作 (陪同 #4)',
      'ATTENDED 马建华 来我校检查安全工作 (陪同 #2)',
      'LED 庄光明 来我校检查安全工作 (检查)',
    ],
  ],
  [
    'those seated in at a meeting, described by it (列席会议的县人大常委会主任周立富…分别谈了各自感受); a self-exami' +
      'nation made (作对照检查) is no visit, 班子 after a post no name',
    '5月3日，县委召开专题民主生活会。县委书记覃建波首先代表县委常委班子作对照检查。列席会议的县人大常委会主任周立' +
      '富、县政协副主席韦正锋分别谈了各自感受。',
    COUNTY,
    [
      'ADDRESSED 覃建波 专题民主生活会 (作对照检查)',
      'ATTENDED 周立富 专题民主生活会 (列席 #1)',
      'ATTENDED 韦正锋 专题民主生活会 (列席 #2)',
    ],
  ],
  [
    'who declares a games open (宣布…开幕) is at its opening, the story\'s; not told again after attending it (出席开' +
      '幕式并宣布…)',
    '8时50分，宣城市第三届全民健身运动会开幕式在市体育中心举行。宣城市委书记孔晓宏宣布宣城市第三届全民健身运动会开' +
      '幕。',
    COUNTY,
    [
      'ATTENDED 孔晓宏 宣城市全民健身运动会开幕式 (宣布)',
    ],
  ],
  [
    'the place gone to, read as a body on into the visit\'s verb (深入涧溪镇调研乡村振兴工作); a name read with its d' +
      'epartment\'s last character (农经司邱天朝副司长)',
    '5月5日，市委书记张秀山深入涧溪镇调研乡村振兴工作。国家发改委农经司邱天朝副司长带队于11月13日至14日在我省调研' +
      '实施乡村振兴战略情况。',
    COUNTY,
    [
      'LED 张秀山 深入涧溪镇调研乡村振兴工作 (调研)',
      'LED 邱天朝 带队于11月13日至14日在我省调研实施乡村振兴战略情况 (带队)',
      'VISITED 张秀山 涧溪镇',
    ],
  ],
  [
    'consultations between counterparts (与…部长举行对口磋商) are talks',
    '6月19日，国家卫生健康委副主任曹雪涛与德国联邦卫生部部长劳特巴赫举行对口磋商。',
    undefined,
    [
      'MET 曹雪涛>劳特巴赫 举行对口磋商',
    ],
  ],
  [
    'a memorial meeting (追悼会) chaired by one named after 由, and its eulogy (致悼词) a speech',
    '今天上午，陶峙岳同志追悼会在长沙举行。今天的追悼会由全国政协副主席王恩茂主持。王震致悼词。',
    undefined,
    [
      'CHAIRED 王恩茂 陶峙岳同志追悼会 (主持)',
    ],
  ],
  [
    'the river chiefs\' yearly sitting (总河长会) is a meeting: who attends it and says what he stressed (出席并强调)',
    '11月17日上午，珠晖区召开2022年总河长会，区委书记魏中发出席并强调，要抓好河长制工作。区委副书记、区长张伟主持' +
      '会议。',
    undefined,
    [
      'ATTENDED 魏中发 总河长会 (出席)',
      'CHAIRED 张伟 总河长会 (主持)',
    ],
  ],
  [
    'a forest chief by his level is a post (县级林长); work laid out as 做了重要工作部署; the chiefs by post alone a' +
      're no one',
    '4月8日，天全县召开2022年林长制全体会议，县委书记、县级林长李天明主持会议，副县长、常务副林长徐岱毅做了重要工' +
      '作部署。县级副林长、各乡（镇）林长、副林长参会。',
    undefined,
    [
      'ADDRESSED 徐岱毅 林长制全体会议 (做了重要工作部署)',
      'CHAIRED 李天明 林长制全体会议 (主持)',
    ],
  ],
  [
    'the officiants of a rite of offering (担任主祭官, 共同陪祭) attend it',
    '宜兰县政府今日上午举行三军阵亡将士春季祭典。祭典由县长林姿妙担任主祭官，县议会秘书黄毓恒、陆军指挥官傅政荣等' +
      '人共同陪祭。',
    undefined,
    [
      'ATTENDED 傅政荣 三军阵亡将士春季祭典 (共同陪祭 #2)',
      'ATTENDED 林姿妙 三军阵亡将士春季祭典 (担任主祭官)',
      'ATTENDED 黄毓恒 三军阵亡将士春季祭典 (共同陪祭 #1)',
    ],
  ],
  [
    'mourners before the deceased (缓步来到…遗体前肃立默哀) and those seeing him off (送别) are at the farewell the ' +
      'story reports',
    '3月1日，刘泽民同志遗体告别仪式在太原举行。9时整，告别仪式开始。省委书记骆惠宁，省长楼阳生缓步来到刘泽民同志遗' +
      '体前肃立默哀，向刘泽民同志遗体三鞠躬，作最后送别。',
    undefined,
    [
      'ATTENDED 楼阳生 刘泽民同志遗体告别仪式 (肃立默哀 #2)',
      'ATTENDED 骆惠宁 刘泽民同志遗体告别仪式 (肃立默哀 #1)',
    ],
  ],
  [
    'one honoured before his statue (孙中山先生塑像前肃立默哀) is no mourner',
    '纪念孙中山先生诞辰158周年仪式12日在京举行。参加仪式的各界人士在孙中山先生塑像前肃立默哀并三鞠躬。',
    undefined,
    [
    ],
  ],
  [
    'a requirement met in a sentence\'s clause of purpose (为落实…部署要求，) is a noun: what follows is no speech',
    '为深入贯彻落实市委关于“追赶江浙、争先江淮”部署要求，8月23日，市委常委、市公安局局长王会杰带队赴浙江省湖州市公' +
      '安机关学习考察。',
    undefined,
    [
      'LED 王会杰 带队赴浙江省湖州市公安机关学习考察 (带队)',
      'VISITED 王会杰 浙江省',
    ],
  ],
  [
    'a requirement said after a clause of purpose set off by a comma (为…，李明要求，) is still speech',
    '为做好防汛工作，市委书记李明要求，各地要立即召开会议部署。',
    undefined,
    [
    ],
  ],
  [
    'one named right after a going verb (赴习近平总书记“两山理论”发源地) is where the party went',
    '23日下午，考察组一行赴习近平总书记“两山理论”发源地安吉县余村参观学习。',
    undefined,
    [
    ],
  ],
  [
    '赴 never opens a name (负责人赴卢龙调研)',
    '近日，秦皇岛市科技局局长杨铁林带领相关科室负责人赴卢龙调研科技工作。',
    undefined,
    [
      'LED 杨铁林 赴卢龙调研科技工作 (带领)',
    ],
  ],
  [
    'those one turns to, described by what they came for (向出席“海科会”的专家表示欢迎), did it; he did not',
    '9月23日，2015中国西部海外高新科技人才洽谈会在成都开幕。受省委书记王东明委托，魏宏代表省委、省政府向出席“海科' +
      '会”的海外知名专家表示欢迎。',
    undefined,
    [
    ],
  ],
  [
    'escorts then offices by kind after a comma (在…温颂钧，市局指挥中心、政治处等部门负责人的陪同下); 向 inside the' +
      ' escorted one\'s name',
    '10月11日下午，副市长、市公安局局长郭向阳在市政府副秘书长温颂钧，市局指挥中心、政治处等部门负责人的陪同下，赶' +
      '赴望牛墩镇调研公安工作。',
    undefined,
    [
      'ATTENDED 温颂钧 调研公安工作 (陪同)',
      'LED 郭向阳 调研公安工作 (调研)',
      'VISITED 郭向阳 望牛墩镇',
    ],
  ],
  [
    'a leader\'s going of no named kind (率…赶赴…指导…工作) is no meeting: a bare 会议 that evening is one of its own',
    '根据习近平总书记重要指示，国务院副总理张国清率有关部门负责同志赶赴梅州市指导应急处置工作。当晚，张国清主持召' +
      '开会议，研究部署下一步工作。',
    undefined,
    [
      'CHAIRED 张国清 会议 (主持召开)',
      'LED 张国清 赶赴梅州市指导应急处置工作 (率有关部门)',
      'VISITED 张国清 梅州市',
    ],
  ],
  [
    'a team opening its sentence (督导组一行先后实地察看) did the next thing, not the officials named before it',
    '5月8日，省文旅厅副厅长张志仁一行深入偏关县进行督导检查。县委书记杨晓宏，县长高跃龙等参加。督导组一行先后实地' +
      '察看了老牛湾景区。并在老牛湾景区召开座谈会。',
    undefined,
    [
      'ATTENDED 杨晓宏 深入偏关县进行督导检查 (参加 #1)',
      'ATTENDED 高跃龙 深入偏关县进行督导检查 (参加 #2)',
      'LED 张志仁 深入偏关县进行督导检查 (督导)',
      'VISITED 张志仁 偏关县',
    ],
  ],
  [
    'a discussion with one or two named heads (与…董事长吴富林座谈) is a meeting; with others by kind, a forum',
    '省委书记赵一德、省长赵刚与中国进出口银行董事长吴富林座谈。市委书记李明与企业家代表座谈。',
    undefined,
    [
      'ATTENDED 李明 座谈会 (座谈)',
      'MET 赵一德>吴富林 座谈',
      'MET 赵刚>吴富林 座谈',
    ],
  ],
  [
    'a speech told by when it came (在随后的致辞中表示) is his own',
    '台北故宫博物院中午在圆山饭店举行了欢迎仪式。院长周功鑫出席仪式并致辞。陈燮君在随后的致辞中表示，两馆的互访可' +
      '促进交流。',
    undefined,
    [
      'ADDRESSED 周功鑫 欢迎仪式 (致辞)',
      'ADDRESSED 陈燮君 欢迎仪式 (致辞)',
      'ATTENDED 周功鑫 欢迎仪式 (出席)',
    ],
  ],
  [
    'an address by its occasion (致推介辞) after a one-character given name',
    '9月27日上午，旅游投资大会开幕式在宜宾举行。开幕式上，副省长胡云致推介辞。',
    undefined,
    [
      'ADDRESSED 胡云 旅游投资大会开幕式 (致推介辞)',
    ],
  ],
  [
    'the work laid out by each (分别安排有关工作) is a speech',
    '3月5日，区委召开推进会。区委副书记闫启东，区委常委、常务副区长史晓辉分别安排有关工作。',
    undefined,
    [
      'ADDRESSED 史晓辉 推进会 (安排有关工作)',
      'ADDRESSED 闫启东 推进会 (安排有关工作)',
    ],
  ],
  [
    'a speech joined after the speaker\'s own clause (在会上逐条重申了…，并作总结讲话)',
    '9月28日，老城镇召开学习教育培训会。镇委书记陈家壮在会上逐条重申了严肃换届纪律“九严禁”规定，并作总结讲话。',
    undefined,
    [
      'ADDRESSED 陈家壮 学习教育培训会 (作总结讲话)',
    ],
  ],
  [
    'a spirit passed on to the meeting (对…召开的…会议精神作了传达) is a speech at it',
    '11月10日，我院召开全体党员大会。院党委副书记李建刚对11月6日召开的市教育纪检监察工作会议精神作了传达。',
    undefined,
    [
      'ADDRESSED 李建刚 全体党员大会 (作了传达)',
    ],
  ],
  [
    'who declares a thing opened (宣布…正式通航) is at its ceremony; so are those starting it together (共同按动…按钮)',
    '9月30日，合肥新桥国际机场建成通航仪式举行。省委书记张宝顺宣布合肥新桥国际机场建成正式通航。省长王学军，市委书' +
      '记吴存荣共同按动启动按钮。',
    undefined,
    [
      'ATTENDED 吴存荣 合肥新桥国际机场建成通航仪式 (共同按动 #2)',
      'ATTENDED 张宝顺 合肥新桥国际机场建成通航仪式 (宣布)',
      'ATTENDED 王学军 合肥新桥国际机场建成通航仪式 (共同按动 #1)',
    ],
  ],
  [
    'a party received, told from its side (…代表团…受到X、Y等热情接待): each host met its leader; 出席宾主还有 lists' +
      ' those present',
    '由澳门潮属社团总会主席刘艺良率领的代表团，日前到访香港潮属社团总会，受到创会主席陈伟南、常务副主席张成雄等热' +
      '情接待，双方进行了友好会谈。出席宾主还有邱金海、刘雄鸣、陈维炽。',
    undefined,
    [
      'ATTENDED 刘雄鸣 接待刘艺良 (出席 #1)',
      'ATTENDED 陈维炽 接待刘艺良 (出席 #2)',
      'MET 张成雄>刘艺良 接待',
      'MET 陈伟南>刘艺良 接待',
    ],
  ],
  [
    'a team received by its kind (调研组一行受到…接见): the leader its visit was told with',
    '7月22日，省应急管理厅刘琳厅长一行赴三明市调研。调研组一行受到市委书记林兴禄的亲切接见。',
    undefined,
    [
      'LED 刘琳 赴三明市调研 (调研)',
      'MET 林兴禄>刘琳 接见',
      'VISITED 刘琳 三明市',
    ],
  ],
  [
    'those named before others by kind and the team they made up (…等组成调研组，赴三明市调研): the first named led it',
    '7月22日，省应急管理厅刘琳厅长、邓冈副厅长以及救援协调处处长等组成调研组，赴三明市调研应急管理体系工作。',
    undefined,
    [
      'ATTENDED 邓冈 调研应急管理体系工作 (调研)',
      'LED 刘琳 调研应急管理体系工作 (调研)',
      'VISITED 刘琳 三明市',
    ],
  ],
  [
    'a quoted word inside the team\'s name (以…为组长的…全国“两会”期间…检查组来岭检查)',
    '3月2日，以省教育厅副厅长李彧威为组长的省安委会全国“两会”期间安全生产明督暗查组来岭检查安全生产工作。',
    undefined,
    [
      'LED 李彧威 来岭检查安全生产工作 (检查)',
    ],
  ],
  [
    'a city listed among places gone to (赴江西奉新、上高、高安调研) is no one',
    '10月14日，国家粮食局副局长卢景波一行赴江西奉新、上高、高安调研。',
    undefined,
    [
      'LED 卢景波 赴江西奉新、上高、高安调研 (调研)',
      'VISITED 卢景波 江西',
    ],
  ],
  [
    'a name right after the going of one named before (带领…人员，到惠安调研) is where it went; a post of address be' +
      'fore 带领',
    '11月9日，省水利厅陈国忠副巡视员带领厅建管处有关负责人员，到惠安调研菱溪水库除险加固项目进展情况。',
    undefined,
    [
      'LED 陈国忠 调研菱溪水库除险加固项目进展情况 (调研)',
    ],
  ],
  [
    'those at the end of a visit\'s story who went along (…负责人随同。) attend it; a speech told warmly (发表热情洋' +
      '溢的讲话)',
    '8月1日，县委书记李明到部队调研。县委常委、副县长唐承威，相关县直单位负责人随同。8月2日，军民联欢会在齐齐哈尔' +
      '举行。北京军供联勤物资中心主任薛廷民，齐齐哈尔市副市长马占山等在会上发表热情洋溢的讲话。',
    undefined,
    [
      'ADDRESSED 薛廷民 军民联欢会 (发表热情洋溢的讲话)',
      'ADDRESSED 马占山 军民联欢会 (发表热情洋溢的讲话)',
      'ATTENDED 唐承威 到部队调研 (随同)',
      'LED 李明 到部队调研 (调研)',
    ],
  ],
  [
    'a call paid (总领事陈泳拜会长崎市市长…): 拜 no part of his name, though 会长 is a post',
    '1月30日，驻长崎总领事陈泳拜会长崎市市长田上富久。',
    undefined,
    [
      'MET 田上富久>陈泳 拜会',
    ],
  ],
  [
    'a spirit conveyed (传达了…讲话) and work laid out (对…工作进行了部署) are speeches at the story\'s meeting',
    '2月5日，全市审计工作会议召开。市审计局长宋依佳传达了全国审计工作会议精神。统计局副局长卜繁钢对各工作组下一阶' +
      '段工作进行了部署。',
    undefined,
    [
      'ADDRESSED 卜繁钢 全市审计工作会议 (进行了部署)',
      'ADDRESSED 宋依佳 全市审计工作会议 (传达了)',
    ],
  ],
  [
    'who declares works begun, then does more (宣布…工程开工并按启开工按钮), is at the ceremony',
    '12月29日，浙东引水曹娥江大闸枢纽工程开工典礼举行。省委书记习近平宣布浙东引水曹娥江大闸枢纽工程开工并按启开工' +
      '按钮。',
    undefined,
    [
      'ATTENDED 习近平 浙东引水曹娥江大闸枢纽工程开工典礼 (宣布)',
    ],
  ],
  [
    'a call on the needy in Hong Kong\'s word (探访) is a visit of sympathy',
    '2月1日，医务卫生局局长卢宠茂在南区民政事务专员张佩珊陪同下，探访居于海怡半岛的双老长者。',
    undefined,
    [
      'ATTENDED 张佩珊 探访居于海怡半岛的双老长者 (陪同)',
      'LED 卢宠茂 探访居于海怡半岛的双老长者 (探访)',
      'VISITED 卢宠茂 南区',
    ],
  ],
  [
    'an adverb before an escort clause (就在…陪同下) and a going by 奔赴 on someone\'s behalf: the escorts go on the ' +
      'visit',
    '新华网西安5月19日电 国家副主席习近平受胡锦涛总书记委托，代表党中央、国务院，于5月19日下午专程奔赴陕西地震灾区' +
      '，慰问灾区干部群众。一下飞机，习近平就在陕西省委书记赵乐际、省长袁纯清等陪同下，赶赴陕西理工学院察看灾情。',
    undefined,
    [
      'ATTENDED 袁纯清 慰问灾区干部群众 (陪同 #2)',
      'ATTENDED 赵乐际 慰问灾区干部群众 (陪同 #1)',
      'LED 习近平 慰问灾区干部群众 (慰问)',
      'VISITED 习近平 陕西',
      'VISITED 习近平 陕西理工学院',
    ],
  ],
  [
    'one already named acting at night (连夜主持召开会议) chairs; calling his suite together on the plane chairs no ' +
      'visit',
    '5月19日，国家副主席习近平赴陕西地震灾区慰问灾区干部群众。在飞往汉中的飞机上，习近平马上召集随行人员了解灾情。' +
      '\n习近平连夜主持召开会议，听取陕西省委、省政府关于抗震救灾的工作汇报。',
    undefined,
    [
      'CHAIRED 习近平 会议 (主持召开)',
      'LED 习近平 赴陕西地震灾区慰问灾区干部群众 (慰问)',
      'VISITED 习近平 陕西',
    ],
  ],
  [
    'those who joined a visit others made (参加了视察活动) attend it; 视察中 opening a sentence frames it, no visit ' +
      'of its own',
    '12月12日，县人大常委会组织市、县、乡三级人大代表视察全县重点工程。县人大常委会主任李学良，县人大常委会副主任' +
      '李千钧、吴光学参加了视察活动。视察中，代表们通过实地查看、现场询问的方式，对八个项目进行了详细了解。',
    undefined,
    [
      'ATTENDED 吴光学 县人大常委会组织市、县、乡三级人大代表视察全县重点工程 (参加 #3)',
      'ATTENDED 李千钧 县人大常委会组织市、县、乡三级人大代表视察全县重点工程 (参加 #2)',
      'ATTENDED 李学良 县人大常委会组织市、县、乡三级人大代表视察全县重点工程 (参加 #1)',
    ],
  ],
  [
    'one who heard reports at a meeting held next (在随后召开的…汇报会上，X听取了…) attended it',
    '7月23日下午，民政部副部长姜力率领国务院工作组深入陇南市宕昌地震灾区，指导抗震救灾工作。在随后召开的灾情汇报会' +
      '上，姜力听取了市委书记孙雪涛关于陇南市灾情的汇报。',
    undefined,
    [
      'ATTENDED 姜力 灾情汇报会 (听取)',
    ],
  ],
  [
    'a party lecture chaired (主持党课) is a meeting of its own, not the story\'s visit',
    '6月29日，市长陈晖实地考察大庙历史文化点。同时，在镇五楼会议室，镇长欧阳昌华主持党课。',
    undefined,
    [
      'CHAIRED 欧阳昌华 党课 (主持)',
      'LED 陈晖 考察大庙历史文化点 (考察)',
    ],
  ],
  [
    'a party received told with 获…的热情接待: the first named the host, those after a comma present',
    '由宁波市委副书记唐一军率领的宁波市新闻高级代表团，昨日到访本报，获本报董事长、社长张国良，副总编辑刘曼军的热' +
      '情接待。',
    undefined,
    [
      'ATTENDED 刘曼军 接待唐一军 (接待)',
      'MET 张国良>唐一军 接待',
    ],
  ],
  [
    'a party received by hosts listed with their posts (会长马有礼，副理事长…): the one escorting the guest is no gu' +
      'est, the first host met him',
    '全国政协委员黄先耀在珠海市台港澳事务局长邹桦陪同下，一行于日前到访澳门中华总商会，受到会长马有礼，副理事长余' +
      '健楚、黄国胜等热情接待。',
    undefined,
    [
      'ATTENDED 余健楚 接待黄先耀 (接待 #1)',
      'ATTENDED 黄先耀 接待黄先耀 (到会)',
      'ATTENDED 黄国胜 接待黄先耀 (接待 #2)',
      'MET 马有礼>黄先耀 接待',
    ],
  ],
  [
    'a name read whole before 会面 (…省委书记杜家毫会面)',
    '行政长官林郑月娥今日下午在礼宾府与湖南省委书记杜家毫会面，政制及内地事务局局长聂德权亦有出席。',
    undefined,
    [
      'ATTENDED 聂德权 同湖南省委书记杜家毫会谈 (出席)',
      'MET 林郑月娥>杜家毫 会面',
    ],
  ],
  [
    'a party received by its kind, its head named only in the lead (冯浩贤一行5人访问我省): he is met',
    '10月23日至24日，香港特区政府驻武汉办事处主任冯浩贤一行5人访问我省。23日下午，省港澳办主任武绍忠会见了代表团一' +
      '行。副主任梁淑娟会面时在座。',
    undefined,
    [
      'ATTENDED 梁淑娟 会见代表团一行 (会面时在座)',
      'MET 武绍忠>冯浩贤 会见',
    ],
  ],
  [
    'bodies listed after the named, then others by kind after 以及 (…李蒙，中共中央办公厅、…，以及…负责同志等出席)',
    '闭幕会由全国政协秘书长郑万通主持。全国政协副主席张思卿、白立忱、李蒙，中共中央办公厅、国务院办公厅，各民主党' +
      '派中央、全国工商联，以及省级政协负责同志等出席了会议。',
    undefined,
    [
      'ATTENDED 张思卿 闭幕会 (出席 #1)',
      'ATTENDED 李蒙 闭幕会 (出席 #3)',
      'ATTENDED 白立忱 闭幕会 (出席 #2)',
      'CHAIRED 郑万通 闭幕会 (主持)',
    ],
  ],
  [
    'members by their body after 以及 (…以及住中山的省政协委员和市政协常委在主席台就座)',
    '今天下午，政协第十三届中山市委员会第四次会议举行第二次全体会议。市政协主席庄树俊，市政协副主席徐小莉、林少棠' +
      '，以及住中山的省政协委员和市政协常委在主席台就座。市政协副主席刘志伟主持会议。',
    undefined,
    [
      'ATTENDED 庄树俊 政协中山市委员会全体会议 (在主席台就座 #1)',
      'ATTENDED 徐小莉 政协中山市委员会全体会议 (在主席台就座 #2)',
      'ATTENDED 林少棠 政协中山市委员会全体会议 (在主席台就座 #3)',
      'CHAIRED 刘志伟 政协中山市委员会全体会议 (主持)',
    ],
  ],
  [
    'a dateline run on into a meeting\'s name (新华网北京12月12日电全国政协…座谈会) is no part of it',
    '新华网北京12月12日电全国政协视察工作座谈会12日在京闭幕。闭幕会由全国政协秘书长郑万通主持。',
    undefined,
    [
      'CHAIRED 郑万通 全国政协视察工作座谈会 (主持)',
    ],
  ],
  [
    'a party\'s going, then its study set off by a comma with a quoted theme holding a comma',
    '8月2日至3日，山西省太原市政协副主席李军一行来莆，围绕“发展数字经济，推动产业转型”开展专题调研。莆田市政协副主' +
      '席张志宏陪同调研。',
    undefined,
    [
      'ATTENDED 张志宏 调研 (陪同调研)',
      'LED 李军 调研 (调研)',
    ],
  ],
  [
    'a full day after a preamble that dates nothing is the story\'s day (…建言献策。2020年6月9日，…调研组在…带领下…)',
    '为进一步了解我市数据信息产业发展现状，更好地为兰州数据信息产业高质量发展建言献策。2020年6月9日，民进兰州市委' +
      '员会调研组在主委陈伟的带领下，围绕促进我市数据信息产业发展开展专题调研。',
    undefined,
    [
      'LED 陈伟 围绕促进我市数据信息产业发展开展专题调研 (带领)',
    ],
  ],
  [
    'a discussion with one named, where it was held between them (与…赵大春在北京座谈): a meeting',
    '6月4日，市委副书记、市长周继军与中国移动通信集团副总经理赵大春在北京座谈，就深化合作进行交流。',
    undefined,
    [
      'MET 周继军>赵大春 座谈',
    ],
  ],
  [
    'the committee\'s widened sitting in brackets (县委常委（扩大）会)',
    '1月5日，县委书记申文霞主持召开县委常委（扩大）会，县四大班子主要领导、各常委参加会议。',
    undefined,
    [
      'CHAIRED 申文霞 县委常委会 (主持召开)',
    ],
  ],
  [
    'a short meeting between two named (进行了短暂的会晤)',
    '8月16日，中国红十字会常务副会长郝林娜与美国驻华大使骆家辉进行了短暂的会晤。',
    undefined,
    [
      'MET 郝林娜>骆家辉 进行了短暂的会晤',
    ],
  ],
  [
    'a discussion with a visiting party told by its kind (…等领导与汕头市一行座谈): its head, read in the lead, is met; ' +
      'the hosts hold the forum',
    '7月10日，汕头市副市长林晓湧带队赴广州拜访省通信管理局。省通管局局长苏少林、副局长梅强华等领导与汕头市一行座谈。',
    undefined,
    [
      'ATTENDED 梅强华 座谈会 (座谈 #2)',
      'ATTENDED 苏少林 座谈会 (座谈 #1)',
      'LED 林晓湧 带队赴广州拜访省通信管理局 (带队)',
      'MET 梅强华>林晓湧 座谈',
      'MET 苏少林>林晓湧 座谈',
      'VISITED 林晓湧 广州',
    ],
  ],
  [
    'acts at a ceremony opening the sentence (开幕式上，…院长发布…; 交接仪式上，…将会旗传递至…): those doing them at' +
      'tend',
    '10月18日，2021全球工业互联网大会在辽宁沈阳开幕。开幕式上，中国工业互联网研究院鲁春丛院长发布工业互联网创新发' +
      '展成果。同时举行了承办交接仪式。交接仪式上，河南省副省长、郑州市市长王新伟将会旗传递至西安市市长李明远手中。',
    undefined,
    [
      'ATTENDED 王新伟 承办交接仪式 (传递)',
      'ATTENDED 鲁春丛 全球工业互联网大会 (发布)',
    ],
  ],
  [
    'a fair opened, its day set off by a comma (…博览会，昨天上午在…开幕): those starting it together and speaking a' +
      're at it',
    '第二届互联网之光博览会，昨天上午在桐乡乌镇开幕。省委书记夏宝龙，国家网信办主任鲁炜共同启动开幕水晶球。鲁炜、' +
      '李强分别致辞。',
    undefined,
    [
      'ADDRESSED 李强 互联网之光博览会 (致辞)',
      'ADDRESSED 鲁炜 互联网之光博览会 (致辞)',
      'ATTENDED 夏宝龙 互联网之光博览会 (共同启动 #1)',
      'ATTENDED 鲁炜 互联网之光博览会 (共同启动 #2)',
    ],
  ],
  [
    'a ceremony held with another in quotes (…启动仪式暨“…故事汇”在…举行): the one named first',
    '5月8日，2024年益阳市“红十字博爱周”活动启动仪式暨“人道的力量·红十字故事汇”在益阳市广播电视台举行。副市长、市红' +
      '十字会会长罗晓皓出席活动并致辞，市人民政府副秘书长袁野出席活动。',
    undefined,
    [
      'ADDRESSED 罗晓皓 益阳市“红十字博爱周”活动启动仪式 (致辞)',
      'ATTENDED 罗晓皓 益阳市“红十字博爱周”活动启动仪式 (出席)',
      'ATTENDED 袁野 益阳市“红十字博爱周”活动启动仪式 (出席)',
    ],
  ],
  [
    'guard: a plan after a meeting scene (会上，X将…) is still no act; 传递 needs 将 handing something over',
    '9月20日，全省网络安全工作会议在郑州召开。会上，副省长王新伟将出席下届宣传周。',
    undefined,
    [
    ],
  ],
  [
    'guard: a discussion held during a visit, chaired by its host (…莅临我会走访调研，并与…交流座谈。…本次座谈由…曾' +
      '建新主持): the host chairs it, not its leader',
    '2023年11月15日，山西省工商联主席景普秋莅临我会走访调研，并与商会企业家代表进行了交流座谈。本次座谈由我会会长' +
      '曾建新主持。',
    undefined,
    [
      'CHAIRED 曾建新 莅临我会走访调研 (主持)',
      'LED 景普秋 莅临我会走访调研 (走访)',
    ],
  ],
  [
    'an address given with 了 between its verb and its kind (致了贺词)',
    '5月3日，区第三次妇女代表大会开幕。开幕式由区委常委沈传智主持，区团委书记孙铭泽致了贺词。',
    undefined,
    [
      'ADDRESSED 孙铭泽 区妇女代表大会 (致了贺词)',
      'CHAIRED 沈传智 区妇女代表大会 (主持)',
    ],
  ],
  [
    'hosts listed with their posts who received and welcomed a delegation (会见并热情欢迎代表团一行): each met its h' +
      'ead, named in the lead',
    '以非洲工会统一组织总书记阿里兹基·马祖德为团长的非洲工会领导人代表团一行27人昨日来浙进行友好访问。省总工会主席' +
      '史济锡，省总工会副主席董建伟昨晚在杭州会见并热情欢迎代表团一行。',
    undefined,
    [
      'LED 阿里兹基·马祖德 来浙进行友好访问 (来)',
      'MET 史济锡>阿里兹基·马祖德 会见',
      'MET 董建伟>阿里兹基·马祖德 会见',
      'VISITED 阿里兹基·马祖德 杭州',
    ],
  ],
  [
    'a team named by its theme in quotes (率“铸牢中华民族共同体意识 构筑中华民族共有精神家园”调研组): its leader led' +
      ' the study; those who went along attended',
    '5月11日至14日，全国政协副主席巴特尔率“铸牢中华民族共同体意识 构筑中华民族共有精神家园”调研组，深入我省大同市' +
      '、朔州市开展专题调研。全国政协委员孙学玉、尹璐等参加调研。',
    undefined,
    [
      'ATTENDED 孙学玉 率“铸牢中华民族共同体意识 构筑中华民族共有精神家园”调研组 (参加调研 #1)',
      'ATTENDED 尹璐 率“铸牢中华民族共同体意识 构筑中华民族共有精神家园”调研组 (参加调研 #2)',
      'LED 巴特尔 率“铸牢中华民族共同体意识 构筑中华民族共有精神家园”调研组 (率)',
    ],
  ],
  [
    'a committee\'s short name before a post (民宗委主任刘忠顺) is a body, not a name in the list',
    '7月15日，市政协主席张万平率队赴甘孜州和阿坝州考察调研民族宗教工作，市政协副主席尹艳、副秘书长程小松、民宗委主' +
      '任刘忠顺等参加调研考察。',
    undefined,
    [
      'ATTENDED 刘忠顺 率队赴甘孜州和阿坝州考察调研民族宗教工作 (参加调研 #3)',
      'ATTENDED 尹艳 率队赴甘孜州和阿坝州考察调研民族宗教工作 (参加调研 #1)',
      'ATTENDED 程小松 率队赴甘孜州和阿坝州考察调研民族宗教工作 (参加调研 #2)',
      'LED 张万平 率队赴甘孜州和阿坝州考察调研民族宗教工作 (率队)',
      'VISITED 张万平 甘孜州',
      'VISITED 张万平 阿坝州',
    ],
  ],
  [
    'a sentence that is one long list of those present, over commas and semicolons, up to its only verb: every one n' +
      'amed attended',
    '1月16日，我市各界人士迎春茶话会在潍坊大酒店举行。市政协主席赵兴涛主持。市委副书记、市长许立全，市人大常委会党' +
      '组书记、第一副主任李守玉，市检察院检察长王卫东，市政协各位副主席、顾问、秘书长；住潍省里的老同志，市政协原主' +
      '席、副主席；市中级人民法院，市直有关部门负责同志及社会各界人士代表出席茶话会。',
    undefined,
    [
      'ATTENDED 李守玉 我市各界人士迎春茶话会 (出席 #2)',
      'ATTENDED 王卫东 我市各界人士迎春茶话会 (出席 #3)',
      'ATTENDED 许立全 我市各界人士迎春茶话会 (出席 #1)',
      'CHAIRED 赵兴涛 我市各界人士迎春茶话会 (主持)',
    ],
  ],
  [
    'guard: a clause of the last one\'s own before the verb is no list (李强察看…展示，并与企业负责人座谈)',
    '29日，李强首先来到咸阳彩虹股份。在西安西部超导，李强察看超导线材等展示，并与企业负责人座谈。',
    undefined,
    [
    ],
  ],
  [
    'guard: a new-year gathering (新春团拜会) is no call paid (拜会)',
    '昨日上午，市委、市政府在泉州酒店举行2008年新春团拜会。市委书记郑道溪致辞，市委副书记、市长朱明主持团拜会。',
    undefined,
    [
      'ADDRESSED 郑道溪 新春团拜会 (致辞)',
      'CHAIRED 朱明 新春团拜会 (主持)',
    ],
  ],
  [
    'a requirement made (出席会议并作要求) is a noun: the next clause is no one\'s words',
    '10月30日，临沧市人民政府召开全市健康扶贫暨医改工作电视电话会议，市长张之政出席会议并作要求，副市长牟洪操主持' +
      '会议。',
    undefined,
    [
      'ATTENDED 张之政 全市健康扶贫暨医改工作电视电话会议 (出席)',
      'CHAIRED 牟洪操 全市健康扶贫暨医改工作电视电话会议 (主持)',
    ],
  ],
  [
    'a report made on a body\'s behalf, set off by a comma (受镇人民政府委托，作政府工作报告)',
    '4月7日，金石桥镇召开第十五届人大会第七次会议。大会由镇党委书记李博主持。镇长魏彪受镇人民政府委托，作政府工作' +
      '报告。',
    undefined,
    [
      'ADDRESSED 魏彪 人大会会议 (作政府工作报告)',
      'CHAIRED 李博 人大会会议 (主持)',
    ],
  ],
  [
    'an inspection\'s problems handed over (警示教育大会暨巡视约谈交办会) name the meeting; its speakers and chair',
    '4月12日，省属高校主要领导警示教育大会暨巡视约谈交办会在昆明召开。省纪委书记冯志礼讲话，省委组织部部长刘非主持' +
      '，副省长张治礼讲话。',
    undefined,
    [
      'ADDRESSED 冯志礼 省属高校主要领导警示教育大会暨巡视约谈交办会 (讲话)',
      'ADDRESSED 张治礼 省属高校主要领导警示教育大会暨巡视约谈交办会 (讲话)',
      'CHAIRED 刘非 省属高校主要领导警示教育大会暨巡视约谈交办会 (主持)',
    ],
  ],
  [
    'an inspection team\'s findings told to a meeting (…组长刘维佳，副组长王新光反馈了…情况) at a meeting the story r' +
      'eported',
    '6月20日，中山大学召开巡视反馈会议。中央第三巡视组组长刘维佳，副组长王新光、赵永旺反馈了专项巡视情况。',
    undefined,
    [
      'ADDRESSED 刘维佳 巡视反馈会议 (反馈了)',
      'ADDRESSED 王新光 巡视反馈会议 (反馈了)',
      'ADDRESSED 赵永旺 巡视反馈会议 (反馈了)',
    ],
  ],
  [
    'one who spoke at a bare 会上 after a discussion held during a visit (…召开了座谈会…。会上，副市长、…局长戎劲光' +
      '介绍了…): at that discussion, his posts and body before him',
    '7月20日，督查组来我县督查。督查中，在县人民医院召开了座谈会，会议由晋中市卫计委主任武保平主持。会上，副市长、' +
      '晋中市公安局局长戎劲光介绍了晋中产业结构等情况。',
    undefined,
    [
      'ADDRESSED 戎劲光 座谈会 (讲话)',
      'CHAIRED 武保平 座谈会 (主持)',
    ],
  ],
  [
    'a lecture given to a meeting by its kind (作专题辅导)',
    '5月3日，市政协召开月度协商座谈会。会议邀请来自威海市城乡规划编研中心的专家张江华作专题辅导。',
    undefined,
    [
      'ADDRESSED 张江华 月度协商座谈会 (作专题辅导)',
    ],
  ],
  [
    'a talk with candidates before an election (与…候选人进行了集体谈心谈话)',
    '5月2日，梅城镇召开候选人会议。最后镇党委书记胡盛云与全体县、镇人大代表正式候选人进行了集体谈心谈话。',
    undefined,
    [
      'ATTENDED 胡盛云 集体谈话 (进行了集体谈心谈话)',
    ],
  ],
  [
    'one who hands over certificates to those named by kind (为获奖代表颁发荣誉证书) is at the story\'s meeting',
    '3月1日，全市劳动模范表彰大会召开。市长李四为获奖代表颁发荣誉证书。',
    undefined,
    [
      'ATTENDED 李四 全市劳动模范表彰大会 (颁发)',
    ],
  ],
  [
    'a speech at a meeting told by its noun alone after the name (陆晓建会议上要求)',
    '3月5日，南通口岸世博安保联席会议召开。口岸委副主任陆晓建会议上要求口岸各单位加强协作。',
    undefined,
    [
      'ADDRESSED 陆晓建 南通口岸世博安保联席会议 (讲话)',
    ],
  ],
  [
    'a discussion with one named about a topic (马相忠与王光庆围绕…进行座谈交流): a meeting; one who took part atten' +
      'ded it',
    '5月3日，州委副书记、州长马相忠与新华社副社长王光庆围绕主题宣传、媒体融合、产业合作进行座谈交流，州委副书记张' +
      '志军参加。',
    undefined,
    [
      'ATTENDED 张志军 同新华社副社长王光庆座谈 (参加)',
      'MET 马相忠>王光庆 进行座谈交流',
    ],
  ],
  [
    'a meeting named after 的 chaired by the one after 由 (由X主持的两省座谈会)',
    '6月3日上午，由省委书记、省人大常委会主任王建国主持的两省工作座谈会在省会宾馆举行。',
    undefined,
    [
      'CHAIRED 王建国 两省工作座谈会 (主持)',
    ],
  ],
  [
    'a meeting held with an aside in brackets after its name (报告会（第三期…讲堂）举行); officials listed as present',
    '4月8日晚，县委理论学习中心组（扩大）学习报告会（第三期青山讲堂）举行。县委书记刘明华，县委副书记陈建，县领导' +
      '何小平、王立军出席。',
    undefined,
    [
      'ATTENDED 何小平 县委理论学习中心组学习报告会 (出席 #3)',
      'ATTENDED 刘明华 县委理论学习中心组学习报告会 (出席 #1)',
      'ATTENDED 王立军 县委理论学习中心组学习报告会 (出席 #4)',
      'ATTENDED 陈建 县委理论学习中心组学习报告会 (出席 #2)',
    ],
  ],
  [
    'officials and others listed, gathered (等老同志们欢聚一堂), at the story\'s gathering',
    '市老干部迎春茶话会昨天上午在市会展中心举行。会场里气氛热烈，市领导周伟、李建平和赵国强、钱立新等老同志们欢聚' +
      '一堂，共迎新春。',
    undefined,
    [
      'ATTENDED 周伟 市老干部迎春茶话会 (欢聚一堂 #1)',
      'ATTENDED 李建平 市老干部迎春茶话会 (欢聚一堂 #2)',
      'ATTENDED 赵国强 市老干部迎春茶话会 (欢聚一堂 #3)',
      'ATTENDED 钱立新 市老干部迎春茶话会 (欢聚一堂 #4)',
    ],
  ],
  [
    'a delegation led by two, its study tour for days to places described (启程赴毗邻…的A和B进行为期五天的学习考察);' +
      ' those who went along (随同学习考察的还有)',
    '由市委书记张明和市委副书记、市长李强华率领的市党政代表团，12日启程赴毗邻我市的浙江省和江苏省进行为期五天的学' +
      '习考察。随同学习考察的还有市人大常委会主任王德明，市政协主席孙立国，以及各区县负责人。',
    undefined,
    [
      'ATTENDED 孙立国 考察 (随同)',
      'ATTENDED 王德明 考察 (随同)',
      'LED 张明 考察 (考察)',
      'LED 李强华 考察 (考察)',
    ],
  ],
  [
    'a team those taken along made up (率…等有关领导组成的督查组一行深入…进行…督导); escorts all the way on a visit ' +
      '(全程陪同)',
    '9月2日上午，市教育局副局长陈志远率市局人事科、基建办等有关领导组成的开学督查组一行深入城东乡中心校进行秋季开' +
      '学专项督导。县教育局党组成员刘长青、乡中心校校长王勇等有关负责同志全程陪同。',
    undefined,
    [
      'ATTENDED 刘长青 深入城东乡中心校进行秋季开学专项督导 (全程陪同 #1)',
      'ATTENDED 王勇 深入城东乡中心校进行秋季开学专项督导 (全程陪同 #2)',
      'LED 陈志远 深入城东乡中心校进行秋季开学专项督导 (督导)',
      'VISITED 陈志远 城东乡中心校',
    ],
  ],
  [
    'those who came along on a visit, by their body (一同前来检查的市教育局领导还有…); a section among posts listed ' +
      'is no name (安保处副处长)',
    '10月9日下午，市教育局副局长杨明一行来我校检查校园安全工作。一同前来检查的市教育局领导还有体卫艺处处长孙卫东、' +
      '安保处副处长陈海林。',
    undefined,
    [
      'ATTENDED 孙卫东 来我校检查校园安全工作 (一同前来检查 #1)',
      'ATTENDED 陈海林 来我校检查校园安全工作 (一同前来检查 #2)',
      'LED 杨明 来我校检查校园安全工作 (检查)',
    ],
  ],
  [
    'officials who inspect in groups (分组对…进行检查): each leads',
    '9月5日，市领导刘国平、王志刚、赵德胜及市教育局等部门负责人分组对全市中小学新学期校园安全工作进行检查。',
    undefined,
    [
      'LED 刘国平 对全市中小学新学期校园安全工作进行检查 (检查)',
      'LED 王志刚 对全市中小学新学期校园安全工作进行检查 (检查)',
      'LED 赵德胜 对全市中小学新学期校园安全工作进行检查 (检查)',
    ],
  ],
  [
    'speakers each on topics listed up to 等 (分别就A、B、C等发言)',
    '习近平参加了江苏代表团审议。代表团审议认真，气氛活跃。李红军、王晓东、张海峰等5位代表分别就加快低碳转型发展、' +
      '打造科技创新中心、建设和美乡村、推动传统产业发展等发言。',
    undefined,
    [
      'ADDRESSED 张海峰 江苏代表团审议 (发言)',
      'ADDRESSED 李红军 江苏代表团审议 (发言)',
      'ADDRESSED 王晓东 江苏代表团审议 (发言)',
      'ATTENDED 习近平 江苏代表团审议 (参加)',
    ],
  ],
  [
    'a meeting\'s spirit passed on by each at the story\'s meeting (分别向老同志传达…会议精神)',
    '3月18日上午，省委举行老同志情况通报会。省人大常委会副主任王立华和省政协副主席李文忠，分别向老同志传达全国人大' +
      '会议和全国政协会议精神。',
    undefined,
    [
      'ADDRESSED 李文忠 老同志情况通报会 (传达)',
      'ADDRESSED 王立华 老同志情况通报会 (传达)',
    ],
  ],
  [
    'on a visit, instructions passed on to those visited (向基层干部群众传达…指示精神) are no speech at an event',
    '国务委员王强率有关部门赶赴灾区指导抢险救灾工作。王强向基层干部群众传达党中央重要指示精神，转达亲切慰问。',
    undefined,
    [
      'LED 王强 赶赴灾区指导抢险救灾工作 (率有关部门)',
    ],
  ],
  [
    'an envoy\'s call on a foreign official (往见): the one called on receives him; those seated in',
    '3月20日，驻日本大使刘建华往见日本外务事务次官森健良，递交国书副本。使馆公使王宇及日本外务省礼宾司长佐藤健等在' +
      '座。',
    undefined,
    [
      'ATTENDED 佐藤健 往见森健良 (在座 #2)',
      'ATTENDED 王宇 往见森健良 (在座 #1)',
      'MET 森健良>刘建华 往见',
    ],
  ],
  [
    'consultations named by their subject (举行新一轮中俄外交政策磋商), the day in the written word after the name (' +
      '前日)',
    '外交部部长助理李得雨前日在北京同俄罗斯外交部政策规划局局长伊万诺夫举行新一轮中俄外交政策磋商。',
    undefined,
    [
      'MET 李得雨>伊万诺夫 外交政策磋商',
    ],
  ],
  [
    'a talk held with a named counterpart (与X进行交谈)',
    '外交部副部长张明就双边关系与来访的德国外交部国务秘书施密特进行交谈。',
    undefined,
    [
      'MET 张明>施密特 进行交谈',
    ],
  ],
  [
    'school principals named after their schools by the short name (龙岩一中刘炳河), speakers',
    '龙岩市举行全市高中学校校长座谈会。龙岩一中刘文华、龙岩二中吴志明、上杭一中张建国等十位校长代表作了发言。',
    undefined,
    [
      'ADDRESSED 刘文华 全市高中学校校长座谈会 (作了发言)',
      'ADDRESSED 吴志明 全市高中学校校长座谈会 (作了发言)',
      'ADDRESSED 张建国 全市高中学校校长座谈会 (作了发言)',
    ],
  ],
  [
    'a name the tagger read as a body before his post (马军胜局长还会见了…), and run on from the body before it (国' +
      '家邮政局马军胜局长)',
    '7月22日，国家邮政局马军胜局长到黑龙江调研。马军胜局长还会见了省人大副主任刘海生、副省长吕维峰同志。',
    undefined,
    [
      'LED 马军胜 到黑龙江调研 (调研)',
      'MET 马军胜>刘海生 会见',
      'MET 马军胜>吕维峰 会见',
      'VISITED 马军胜 黑龙江',
    ],
  ],
  [
    'names listed among places (鲤城、丰泽、洛江、泉港…主要负责人) are places, not those gathered',
    '2008年新春团拜会在市会堂举行。市直各部门、驻泉部队、高校和鲤城、丰泽、洛江、泉港、泉州开发区主要负责人，以及' +
      '社会各界代表等欢聚一堂，辞旧岁、迎新春。',
    undefined,
    [
    ],
  ],
  [
    'lectures told by their count at the story\'s meeting (为老同志们上了一堂…讲座, 讲授了一堂…党课)',
    '长寿镇召开重阳节座谈会。会上，邀请了县老年保健协会讲师团团长李正宗为老同志们上了一堂心理健康知识讲座，离退休' +
      '党支部书记胡建仁为老同志们讲授了一堂主题教育党课。',
    undefined,
    [
      'ADDRESSED 李正宗 重阳节座谈会 (上了一堂)',
      'ADDRESSED 胡建仁 重阳节座谈会 (讲授了一堂)',
    ],
  ],
  [
    'a lecture given under its title (应邀作了《…》专题讲座) at the story\'s training session',
    '全市老干部工作人员培训班在温州举办。培训期间，市委老干部局调研员沈建伟应邀作了《老干部工作业务知识和相关政策' +
      '》专题讲座。',
    undefined,
    [
      'ADDRESSED 沈建伟 全市老干部工作人员培训班 (作专题讲座)',
    ],
  ],
  [
    'those named by their post after 等, set off by a comma, who shared experience in turn (等3位老书记，先后上台分享)',
    '桂林市离退休干部党支部书记培训班暨党建工作经验交流会召开。同时，七星区退休干部第五党支部书记海明辉、象山区民' +
      '族社区党支部书记周恒等3位老书记，先后上台分享工作经验。',
    undefined,
    [
      'ADDRESSED 周恒 桂林市离退休干部党支部书记培训班暨党建工作经验交流会 (上台分享)',
      'ADDRESSED 海明辉 桂林市离退休干部党支部书记培训班暨党建工作经验交流会 (上台分享)',
    ],
  ],
  [
    'requirements laid down and a report made at the story\'s meeting (就…提出具体要求; 汇报…形势)',
    '县委议军会议召开。县委常委李卫锋主持会议；副县长郑进武就健康扶贫工作提出具体要求。会上，县人武部领导陈松华汇' +
      '报我县武装工作形势。',
    undefined,
    [
      'ADDRESSED 郑进武 县委议军会议 (提出具体要求)',
      'ADDRESSED 陈松华 县委议军会议 (汇报)',
      'CHAIRED 李卫锋 县委议军会议 (主持)',
    ],
  ],
  [
    'a post in a body named for what it meets (州应对…疫情应急指挥部副指挥长): its holder chairs, no object of 对',
    '凉山州疫情防控工作电视电话会议召开。州委常委、常务副州长、州应对新冠肺炎疫情应急指挥部副指挥长蒋刚主持会议。',
    undefined,
    [
      'CHAIRED 蒋刚 凉山州疫情防控工作电视电话会议 (主持)',
    ],
  ],
  [
    'an occasion held as the sentence opens after its day, its name holding quotes (9月18日，第18个“全民国防教育日”' +
      '暨…活动在…举行)',
    '9月18日，第18个“全民国防教育日”暨防空警报试鸣系列宣传活动在东湖公园西门广场举行。市委常委、宣传部长闫晓峰出席' +
      '活动并讲话。市政府副市长杨涛及军分区、学生代表等共800余人参加活动。',
    undefined,
    [
      'ADDRESSED 闫晓峰 第18个“全民国防教育日”暨防空警报试鸣系列宣传活动 (讲话)',
      'ATTENDED 杨涛 第18个“全民国防教育日”暨防空警报试鸣系列宣传活动 (参加)',
      'ATTENDED 闫晓峰 第18个“全民国防教育日”暨防空警报试鸣系列宣传活动 (出席)',
    ],
  ],
  [
    'a meeting summed up (作大会总结) by one who speaks at its close',
    '全国党史界学术研讨会在北京举行。大会开幕式由中央党史研究室副主任龙新民主持，中央党史研究室副主任李忠杰作大会' +
      '总结。',
    undefined,
    [
      'ADDRESSED 李忠杰 全国党史界学术研讨会 (作大会总结)',
      'CHAIRED 龙新民 全国党史界学术研讨会 (主持)',
    ],
  ],
  [
    'a body named by the work it oversees (督察工作领导小组成员单位) is no visit of the one told before',
    '7月18日，全区配合中央生态环境保护督察工作领导小组办公室工作会议召开。区委常委徐晓勇参加会议。徐晓勇就全区配合' +
      '督察工作提出具体要求。督察工作领导小组成员单位要主动配合、互相配合。',
    undefined,
    [
      'ADDRESSED 徐晓勇 全区配合中央生态环境保护督察工作领导小组办公室工作会议 (提出具体要求)',
      'ATTENDED 徐晓勇 全区配合中央生态环境保护督察工作领导小组办公室工作会议 (参加)',
    ],
  ],
  [
    'a name before where he did it (黄坤明现场宣读了…贺信) at an opening held',
    '深中通道开通活动30日在广东中山举行。中共中央政治局委员、广东省委书记黄坤明现场宣读了习近平的贺信并宣布深中通' +
      '道开通。',
    undefined,
    [
      'ATTENDED 黄坤明 深中通道开通活动 (宣读了)',
    ],
  ],
  [
    'a reporter credited in brackets after the dateline hosts nothing (（记者 陶社兰）…举行)',
    '中新社北京1月29日电 （记者 陶社兰）中国国防部29日晚在八一大楼举行2016年新春招待会。中央军委委员、总参谋长房峰' +
      '辉出席。',
    undefined,
    [
      'ATTENDED 房峰辉 新春招待会 (出席)',
    ],
  ],
  [
    'research done on the spot, said in full (进行调查研究), and the suite named after 和随行的',
    '8月13日至15日，胡锦涛和随行的中共中央政治局候补委员、中央书记处书记王刚，在四川省委书记张学忠、省长张中伟等陪' +
      '同下，来到田间地头、乡村农户、企业车间，就落实科学发展观、加强党的建设进行调查研究。',
    undefined,
    [
      'ATTENDED 张中伟 进行调查研究 (陪同 #2)',
      'ATTENDED 张学忠 进行调查研究 (陪同 #1)',
      'ATTENDED 王刚 进行调查研究 (随行)',
      'LED 胡锦涛 进行调查研究 (进行调查研究)',
    ],
  ],
  [
    'a suite of two set off by commas after 和随行的; the hosts\' escort',
    '江泽民总书记和随行的中共中央政治局委员、国务院副总理温家宝，中共中央政治局候补委员、中央组织部部长曾庆红，在' +
      '黑龙江省委书记徐有芳的陪同下，先后在佳木斯市、大庆市考察。',
    undefined,
    [
      'ATTENDED 徐有芳 考察 (陪同)',
      'ATTENDED 曾庆红 考察 (随行)',
      'ATTENDED 温家宝 考察 (随行)',
      'LED 江泽民 考察 (考察)',
      'VISITED 江泽民 佳木斯市',
      'VISITED 江泽民 大庆市',
    ],
  ],
  [
    'those who went along after 在 (在…等负责人随行，考察), the day before it',
    '中共中央总书记、国家主席习近平8、9两日在丁薛祥、刘鹤、陈希等中央有关部门负责人随行，考察四川农业。',
    undefined,
    [
      'ATTENDED 丁薛祥 考察四川农业 (随行 #1)',
      'ATTENDED 刘鹤 考察四川农业 (随行 #2)',
      'ATTENDED 陈希 考察四川农业 (随行 #3)',
      'LED 习近平 考察四川农业 (考察)',
      'VISITED 习近平 四川',
    ],
  ],
  [
    'an escort clause after the day (习近平8日在…陪同下)',
    '习近平8日在四川省委书记王晓晖、省长黄强陪同下，先后到眉山、宜宾等地农村、学校、企业调研。',
    undefined,
    [
      'ATTENDED 王晓晖 调研 (陪同 #1)',
      'ATTENDED 黄强 调研 (陪同 #2)',
      'LED 习近平 调研 (调研)',
      'VISITED 习近平 宜宾',
      'VISITED 习近平 眉山',
    ],
  ],
  [
    'a welcome at the airport led by a host is no visit; the suite flew in for the visit arrived at',
    '当地时间二月十二日下午，中国国家主席胡锦涛抵达非洲国家马里访问。马里总统杜尔率领高级官员到机场迎接。王沪宁、' +
      '戴秉国等陪同人员同机抵达。',
    undefined,
    [
      'ATTENDED 戴秉国 访问非洲国家马里 (陪同 #2)',
      'ATTENDED 王沪宁 访问非洲国家马里 (陪同 #1)',
      'LED 胡锦涛 访问非洲国家马里 (访问)',
      'VISITED 胡锦涛 非洲',
      'VISITED 胡锦涛 马里',
    ],
  ],
  [
    'a visit\'s leg just finished before the going (在结束了对冰岛的访问之后，…抵达…)',
    '中国全国人大常委会委员长李鹏和夫人朱琳在结束了对冰岛的访问之后，5日下午乘专机抵达维尔纽斯，对立陶宛共和国进行' +
      '访问。',
    undefined,
    [
      'ATTENDED 朱琳 访问立陶宛共和国 (进行访问)',
      'LED 李鹏 访问立陶宛共和国 (进行访问)',
      'VISITED 李鹏 立陶宛共和国',
    ],
  ],
  [
    'partners after 在…与, talks each; a reception joined after names its own guests; 国家杜马 no name',
    '中国全国人大常委会委员长栗战书7日至10日对俄罗斯进行正式友好访问，在符拉迪沃斯托克会见总统普京，在莫斯科与国家' +
      '杜马主席沃洛金、联邦委员会主席马特维延科分别举行会谈，并会见国家杜马五大党团负责人。',
    undefined,
    [
      'ATTENDED 栗战书 会见国家杜马五大党团负责人 (会见)',
      'MET 栗战书>普京 会见',
      'MET 栗战书>沃洛金 举行会谈',
      'MET 栗战书>马特维延科 举行会谈',
    ],
  ],
  [
    'the local time and a day in words after the subject\'s comma (吴邦国，当地时间十日下午…会见)',
    '正在美国进行正式友好访问的中国全国人大常委会委员长吴邦国，当地时间十日下午在白宫会见美国总统奥巴马。',
    undefined,
    [
      'MET 吴邦国>奥巴马 会见',
    ],
  ],
  [
    'the one met last before 并与…共同主持 is no host; the subject chairs with his partner',
    '访问期间，司马义·铁力瓦尔地会见了埃及人民议会议长苏鲁尔，协商会议主席、执政党民族民主党总书记谢里夫，并与埃及' +
      '人民议会副议长拉德旺共同主持召开了中埃议会定期交流机制第二次会议。',
    undefined,
    [
      'CHAIRED 司马义·铁力瓦尔地 中埃议会定期交流机制会议 (主持召开)',
      'CHAIRED 拉德旺 中埃议会定期交流机制会议 (主持召开)',
      'MET 司马义·铁力瓦尔地>苏鲁尔 会见',
      'MET 司马义·铁力瓦尔地>谢里夫 会见',
    ],
  ],
  [
    'a reception joined to a forum with a partner is the host\'s alone (同…阿门塔…座谈，并会见…巴尔塞纳)',
    '全国人大常委会副委员长肖捷于7月11日至13日率团访问墨西哥，同墨参议长阿门塔及部分参众两院议员举行座谈，并会见墨' +
      '西哥外长巴尔塞纳。',
    undefined,
    [
      'ATTENDED 肖捷 座谈会 (座谈 #1)',
      'ATTENDED 阿门塔 座谈会 (座谈 #2)',
      'LED 肖捷 率团访问墨西哥 (率团)',
      'MET 肖捷>巴尔塞纳 会见',
      'VISITED 肖捷 墨西哥',
    ],
  ],
  [
    'receptions on two days, the second after a comma and its day (，在18日会见了…)',
    '宋涛访朝期间，在17日下午会见了朝鲜劳动党中央政治局常委、中央副委员长崔龙海，在18日会见了朝鲜劳动党中央政治局' +
      '委员、党中央副委员长李洙墉。',
    undefined,
    [
      'MET 宋涛>崔龙海 会见',
      'MET 宋涛>李洙墉 会见',
    ],
  ],
  [
    'partners listed with commas, each with what he is (分别同A，B，…卡特等深入交流); a forum with others after it',
    '5月22日至25日，中共中央对外联络部部长刘建超率中共代表团访问新西兰，分别同新西兰议长布朗利，优先党领袖、政府副' +
      '总理兼外长彼得斯，工党国会议员、外交事务发言人帕克，前议长、新中友协名誉主席卡特等深入交流，并与新各界友好人' +
      '士座谈，出席路易·艾黎塑像揭幕仪式。',
    undefined,
    [
      'ATTENDED 刘建超 座谈会 (座谈)',
      'ATTENDED 刘建超 路易·艾黎塑像揭幕仪式 (出席)',
      'LED 刘建超 率中共代表团访问新西兰 (率)',
      'MET 刘建超>卡特 深入交流',
      'MET 刘建超>布朗利 深入交流',
      'MET 刘建超>帕克 深入交流',
      'MET 刘建超>彼得斯 深入交流',
      'VISITED 刘建超 新西兰',
    ],
  ],
  [
    'guests listed with commas, their bodies unread (会见非国大主席、总统拉马福萨，非国大副主席、…马沙蒂莱，…)',
    '7月17日至20日，中共中央对外联络部部长刘建超率中共代表团访问南非，会见非国大主席、总统拉马福萨，非国大副主席、' +
      '副总统马沙蒂莱，非国大总书记姆巴卢拉，南非共总书记马派拉。',
    undefined,
    [
      'LED 刘建超 率中共代表团访问南非 (率)',
      'MET 刘建超>姆巴卢拉 会见',
      'MET 刘建超>拉马福萨 会见',
      'MET 刘建超>马沙蒂莱 会见',
      'MET 刘建超>马派拉 会见',
      'VISITED 刘建超 南非',
    ],
  ],
  [
    'an annual banquet (年宴) attended',
    '解放军报北京11月22日电外国驻华武官团今晚举行2013年年宴。中央军委委员、总参谋长房峰辉等应邀出席。',
    undefined,
    [
      'ATTENDED 房峰辉 年宴 (出席)',
    ],
  ],
  [
    'the part one plays set off by a comma (李作成担任演习总导演，出席…)',
    '中央军委委员、军委联合参谋部参谋长李作成担任演习总导演，出席演习开始仪式，并宣布演习开始命令。',
    undefined,
    [
      'ATTENDED 李作成 演习开始仪式 (出席)',
    ],
  ],
  [
    'the subject set off by a comma before 同 (陈炳德，同到访的…马伦会谈)',
    '解放军总参谋长陈炳德，同到访的美军参谋长联席会议主席马伦会谈，就进一步发展中美两军关系交换意见。',
    undefined,
    [
      'MET 陈炳德>马伦 会谈',
    ],
  ],
  [
    'an assistant to a post in a list (总参谋长助理章沁生), those present at a reception',
    '布什在白宫会见了中央军委副主席郭伯雄。中国驻美大使周文重、南京军区政委雷鸣球、中国人民解放军总参谋长助理章沁' +
      '生、国防部外事办公室副主任钱利华，美国总统国家安全事务助理哈德利等参加了会见。',
    undefined,
    [
      'ATTENDED 周文重 会见中央军委副主席郭伯雄 (参加了会见 #1)',
      'ATTENDED 哈德利 会见中央军委副主席郭伯雄 (参加了会见 #5)',
      'ATTENDED 章沁生 会见中央军委副主席郭伯雄 (参加了会见 #3)',
      'ATTENDED 钱利华 会见中央军委副主席郭伯雄 (参加了会见 #4)',
      'ATTENDED 雷鸣球 会见中央军委副主席郭伯雄 (参加了会见 #2)',
      'MET 布什>郭伯雄 会见',
    ],
  ],
  [
    'kinds after 等 counted in all, then invited after a comma (…等加拿大军政官员和…200多人，应邀出席)',
    '使馆武官刘林秋今晚举行招待会。加拿大地面部队预备役重组计划主任菲切少将等加拿大军政官员和各界人士以及华侨华人2' +
      '00多人，应邀出席了招待会。',
    undefined,
    [
      'ATTENDED 菲切 招待会 (出席 #1)',
      'CHAIRED 刘林秋 招待会 (举行)',
    ],
  ],
  [
    'a guest\'s party received with him (陪同来访的有…)',
    '2015年6月3日，刘丛强副主任会见了联合国环境规划署副执行主任易普拉欣・蒂奥一行。陪同来访的有UNEP新闻司官员陈皓' +
      '女士、UNEP驻华代表处张世钢代表。合作局张永涛、赵闯陪同会见。',
    undefined,
    [
      'ATTENDED 张世钢 会见联合国环境规划署副执行主任易普拉欣・蒂奥 (随同)',
      'ATTENDED 张永涛 会见联合国环境规划署副执行主任易普拉欣・蒂奥 (陪同会见 #1)',
      'ATTENDED 赵闯 会见联合国环境规划署副执行主任易普拉欣・蒂奥 (陪同会见 #2)',
      'ATTENDED 陈皓 会见联合国环境规划署副执行主任易普拉欣・蒂奥 (随同)',
      'MET 刘丛强>易普拉欣・蒂奥 会见',
    ],
  ],
  [
    'a comma inside brackets closes no guest\'s clause (…组织（UCLG，简称城地组织）…秘书长博娜蒂娅)',
    '4月15日下午，温国辉市长在市政府会见来穗访问的世界城市和地方政府组织（UCLG，简称城地组织）亚太区秘书长博娜蒂娅' +
      '女士。广州市副市长蔡朝林陪同出席会见。',
    undefined,
    [
      'ATTENDED 蔡朝林 会见亚太区秘书长博娜蒂娅 (陪同)',
      'MET 温国辉>博娜蒂娅 会见',
    ],
  ],
  [
    'appointments announced at the meeting convened for them (宣布中央决定, 宣布干部任免决定)',
    '内蒙古自治区召开领导干部大会。中央组织部常务副部长沈跃跃宣布中央决定。',
    undefined,
    [
      'ATTENDED 沈跃跃 领导干部大会 (宣布中央)',
    ],
  ],
  [
    'the subject after a semicolon and set off by a comma (；中组部副部长齐玉，出席了…)',
    '中组部副部长高选民出席了青海全省领导干部会议，宣布王建军任青海省委书记；中组部副部长齐玉，出席了江西全省领导' +
      '干部会议，宣布刘奇任江西省委书记。',
    undefined,
    [
      'ATTENDED 高选民 青海全省领导干部会议 (出席)',
      'ATTENDED 齐玉 江西全省领导干部会议 (出席)',
    ],
  ],
  [
    'on whose behalf, with 的 (受中央领导同志的委派，宣布了…)',
    '6月29日上午，自治区党委在南宁召开全区领导干部会议。中央组织部副部长李智勇受中央领导同志的委派，宣布了中央关于' +
      '广西壮族自治区党委主要领导同志职务调整的决定，并作重要讲话。',
    undefined,
    [
      'ADDRESSED 李智勇 全区领导干部会议 (作重要讲话)',
      'ATTENDED 李智勇 全区领导干部会议 (宣布了中央)',
    ],
  ],
  [
    'a campaign\'s opening report (做动员报告); liaison officers present',
    '9月23日下午，离退休人员党工委召开了主题教育动员部署会，蔡晓星书记做动员报告，第二联络组组长刘静丽及成员刘坚应' +
      '邀参会指导。',
    undefined,
    [
      'ADDRESSED 蔡晓星 主题教育动员部署会 (做动员报告)',
      'ATTENDED 刘坚 主题教育动员部署会 (参会 #2)',
      'ATTENDED 刘静丽 主题教育动员部署会 (参会 #1)',
    ],
  ],
  [
    'a discussion with one named guide is a meeting (与…组长于跃敏进行了座谈交流)',
    '省委书记刘家义与中央指导组组长于跃敏进行了座谈交流。',
    undefined,
    [
      'MET 刘家义>于跃敏 进行了座谈交流',
    ],
  ],
  [
    'posts in brackets after each name of a list (刘海泉（省委常委、省纪委书记）、陈舜（…）)',
    '4月9日上午，安徽省委主题教育领导小组第一次会议召开。省长、领导小组第一副组长王清宪，副组长刘海泉（省委常委、' +
      '省纪委书记）、陈舜（省委常委、宣传部部长）、丁向群（省委常委、组织部部长）出席会议。',
    undefined,
    [
      'ATTENDED 丁向群 安徽省委主题教育领导小组会议 (出席 #4)',
      'ATTENDED 刘海泉 安徽省委主题教育领导小组会议 (出席 #2)',
      'ATTENDED 王清宪 安徽省委主题教育领导小组会议 (出席 #1)',
      'ATTENDED 陈舜 安徽省委主题教育领导小组会议 (出席 #3)',
    ],
  ],
  [
    'an envoy by his surname and post (徐大使) is the one named in full before',
    '2024年3月6日，驻圣多美和普林西比大使徐迎真会见中联部四局局长王赫明一行。访问期间，徐大使陪同代表团会见了民独' +
      '党副主席达马塔。',
    undefined,
    [
      'ATTENDED 徐迎真 会见中联部四局局长王赫明 (陪同)',
      'MET 徐迎真>王赫明 会见',
    ],
  ],
  [
    'views exchanged with a named counterpart are talks (同…拉夫罗夫就…交换意见); not with the unnamed',
    '王毅同俄罗斯外长拉夫罗夫就乌克兰问题交换意见。县委书记王强来到企业，与企业负责人深入交流。',
    undefined,
    [
      'MET 王毅>拉夫罗夫 交换意见',
    ],
  ],
  [
    'trees planted with the public, the day\'s planting unnamed after the story\'s (与干部群众一起义务植树)',
    '2月3日，2017年义务植树活动在贵州省市县乡村同步举行。省委书记陈敏尔，省委副书记、省长孙志刚在双龙航空港经济区' +
      '中央生态公园，与干部群众一起义务植树。',
    undefined,
    [
      'ATTENDED 孙志刚 义务植树活动 (义务植树 #2)',
      'ATTENDED 陈敏尔 义务植树活动 (义务植树 #1)',
    ],
  ],
  [
    'the order that starts works, announced or given (宣布开工动员令, 下达开工令)',
    '我市举行2021年第二次项目集中开工动员会。市委书记魏建锋宣布开工动员令，市长王琳主持。市委书记覃卫国下达开工令。',
    undefined,
    [
      'ATTENDED 覃卫国 项目集中开工动员会 (下达开工令)',
      'ATTENDED 魏建锋 项目集中开工动员会 (宣布)',
      'CHAIRED 王琳 项目集中开工动员会 (主持)',
    ],
  ],
  [
    'a festival a government holds, after a series\' dash; a fleet sent off (宣布起航)',
    '2020中国农民丰收节系列活动——第二十三届中国（宁波象山）开渔节在象山石浦港举行。副省长彭佳学宣布起航，市政协主' +
      '席徐宇宁出席。',
    undefined,
    [
      'ATTENDED 彭佳学 中国开渔节 (宣布)',
      'ATTENDED 徐宇宁 中国开渔节 (出席)',
    ],
  ],
  [
    'a name of a rare surname after its post, before what officials do (国务院副总理回良玉出席)',
    '国务院今天在人民大会堂召开全国造林绿化表彰动员大会。中共中央政治局委员、国务院副总理、全国绿化委员会主任回良' +
      '玉出席会议并讲话。',
    undefined,
    [
      'ADDRESSED 回良玉 全国造林绿化表彰动员大会 (讲话)',
      'ATTENDED 回良玉 全国造林绿化表彰动员大会 (出席)',
    ],
  ],
  [
    'a deputy\'s 副 ends no name in a list of officials (…副市长侯咏、巴州副州长王贵勇)',
    '10月14日，工信部中小企业局局长梁志峰一行赴新疆调研。自治区工信厅党组书记、副厅长赵曦峰、乌鲁木齐市副市长侯咏' +
      '、巴州副州长王贵勇等领导陪同。',
    undefined,
    [
      'ATTENDED 侯咏 赴新疆调研 (陪同 #2)',
      'ATTENDED 王贵勇 赴新疆调研 (陪同 #3)',
      'ATTENDED 赵曦峰 赴新疆调研 (陪同 #1)',
      'LED 梁志峰 赴新疆调研 (调研)',
      'VISITED 梁志峰 新疆',
    ],
  ],
  [
    'the minister in attendance (陪同部长) is a post; a welcome at the gangway led by the host is no visit',
    '当地时间21日下午，国家主席习近平乘专机抵达约翰内斯堡，出席金砖国家领导人第十五次会晤并对南非进行国事访问。南' +
      '非总统拉马福萨率外长潘多尔，陪同部长、总统府妇女、青年部长祖马等政府高级官员在舷梯旁热情迎接。',
    undefined,
    [
      'LED 习近平 国事访问南非 (进行国事访问)',
      'VISITED 习近平 南非',
    ],
  ],
  [
    'arriving to visit, then talks that day (抵达莫斯科访问，与…举行会谈): the talks held',
    '匈牙利外长西雅尔多11日抵达莫斯科访问，与俄罗斯副总理诺瓦克、俄国家原子能公司总经理利哈乔夫举行会谈。',
    undefined,
    [
      'LED 西雅尔多 访问莫斯科 (访问)',
      'MET 西雅尔多>利哈乔夫 举行会谈',
      'MET 西雅尔多>诺瓦克 举行会谈',
      'VISITED 西雅尔多 莫斯科',
    ],
  ],
  [
    'a party named by its head as 团长, received by its kind by each host (分别会见了参访团)',
    '6月24日至26日，由台湾中华志工总会理事长陈金龙为团长的台湾中华志工总会参访团一行12人到广州市参访。广州市台办主' +
      '任李小勉，番禺区区委常委林伟长等分别会见了参访团。',
    undefined,
    [
      'MET 李小勉>陈金龙 分别会见',
      'MET 林伟长>陈金龙 分别会见',
    ],
  ],
  [
    'views exchanged with those told by kind on a visit are no talks (与人大代表深入交流)',
    '在太原市杏花岭街道人大代表联络站，赵乐际与人大代表深入交流，了解代表依法履职情况。',
    undefined,
    [
    ],
  ],
  [
    'a USTR\'s post before a transliterated name (美国贸易代表莱特希泽), and those on the call (参加通话)',
    '11月26日上午，中共中央政治局委员、国务院副总理刘鹤与美国贸易代表莱特希泽、财政部长姆努钦通话。商务部部长钟山' +
      '、中国人民银行行长易纲等参加通话。',
    undefined,
    [
      'ATTENDED 易纲 同美国贸易代表莱特希泽、财政部长姆努钦通电话 (参加 #2)',
      'ATTENDED 钟山 同美国贸易代表莱特希泽、财政部长姆努钦通电话 (参加 #1)',
      'MET 刘鹤>姆努钦 通话',
      'MET 刘鹤>莱特希泽 通话',
    ],
  ],
  [
    'talks planned for tomorrow, the day in brackets (将于明天（四月一日）同…以视频方式举行…会晤), are no talks',
    '总理李克强将于明天（四月一日）同欧洲理事会主席米歇尔、欧盟委员会主席冯德莱恩以视频方式举行第二十三次中国-欧盟' +
      '领导人会晤。',
    undefined,
    [
    ],
  ],
  [
    'how the talks were held, set off by a comma before the partner (以视像方式，与…会晤)',
    '外长王毅前晚以视像方式，与欧盟外交与安全政策高级代表博雷利会晤，讨论乌克兰及中欧问题。',
    undefined,
    [
      'MET 王毅>博雷利 会晤',
    ],
  ],
  [
    'consultations held by video after the day (11月16日以视频会议的形式进行了磋商)',
    '统一俄罗斯党最高委员会主席格雷兹洛夫与中共中央对外联络部部长宋涛11月16日以视频会议的形式进行了磋商。',
    undefined,
    [
      'MET 格雷兹洛夫>宋涛 进行了磋商',
    ],
  ],
  [
    'a summit by video with two partners (和…默克尔、…马克龙举行三方视像峰会)',
    '国家主席习近平前晚（五日）和德国总理默克尔、法国总统马克龙举行三方视像峰会，历时逾一小时。',
    undefined,
    [
      'MET 习近平>马克龙 举行三方视像峰会',
      'MET 习近平>默克尔 举行三方视像峰会',
    ],
  ],
  [
    'each side at a video summit, listed after a colon (陪同拜登出席的是五名官员：…; 陪同习近平的也是五名官员：…)',
    '国家主席习近平16日上午在北京同美国总统拜登举行视频会晤。美国方面，陪同拜登出席的是五名官员：美国国务卿布林肯' +
      '、财政部长耶伦。陪同习近平的也是五名官员：中共中央办公厅主任丁薛祥、国务院副总理刘鹤。',
    undefined,
    [
      'ATTENDED 丁薛祥 同美国总统拜登会晤 (陪同 #1)',
      'ATTENDED 刘鹤 同美国总统拜登会晤 (陪同 #2)',
      'ATTENDED 布林肯 同美国总统拜登会晤 (陪同 #1)',
      'ATTENDED 耶伦 同美国总统拜登会晤 (陪同 #2)',
      'MET 习近平>拜登 举行视频会晤',
    ],
  ],
  [
    'a call paid, then the one met after the comma (…早上拜访最高人民检察院，与检察长应勇会面)',
    '林定国与随行人员早上拜访最高人民检察院，与检察长应勇会面，讨论加强交流。',
    undefined,
    [
      'MET 林定国>应勇 会面',
    ],
  ],
  [
    'Hong Kong\'s 联同 before those who went too, told by kind (在…陪同下，联同…议员、…代表探访)',
    '财政司司长陈茂波在油尖旺民政事务专员余健强陪同下，联同油尖旺区议员、油尖旺区关爱队和少数族裔关爱队代表探访居' +
      '于橡树街的长者家庭。',
    undefined,
    [
      'ATTENDED 余健强 探访居于橡树街的长者家庭 (陪同)',
      'LED 陈茂波 探访居于橡树街的长者家庭 (探访)',
    ],
  ],
  [
    'officiating as guest of honour at the occasion the sentence before names (出席主礼, 担任主礼嘉宾), its name in ' +
      'quotes and held at a hotel (假…举行)',
    '昨日晚上，由香港潮属各界国庆筹备委员会筹备的“香港潮属各界庆祝中华人民共和国成立七十五周年酒会”假香港香格里拉' +
      '酒店隆重举行，行政长官李家超出席主礼并致辞。民政及青年事务局局长麦美娟担任主礼嘉宾。',
    undefined,
    [
      'ADDRESSED 李家超 香港潮属各界庆祝中华人民共和国成立七十五周年酒会 (致辞)',
      'ATTENDED 李家超 香港潮属各界庆祝中华人民共和国成立七十五周年酒会 (出席主礼)',
      'ATTENDED 麦美娟 香港潮属各界庆祝中华人民共和国成立七十五周年酒会 (担任主礼嘉宾)',
    ],
  ],
  [
    'where each stands in the photograph (（左二）、…（右一）) breaks no list',
    '行政长官梁振英（左二）、运输及房屋局局长张炳良（右一）、中联办副主任杨健（左一）与嘉宾9月27日出席香港航运界国' +
      '庆酒会。',
    undefined,
    [
      'ATTENDED 张炳良 香港航运界国庆酒会 (出席 #2)',
      'ATTENDED 杨健 香港航运界国庆酒会 (出席 #3)',
      'ATTENDED 梁振英 香港航运界国庆酒会 (出席 #1)',
    ],
  ],
  [
    'one invited to come has not come (邀请周祖翼到访我国进行…考察); 邀请到 is one who came',
    '魏家祥今日发文，透露周祖翼昨日在福州接见所有考察团成员。他也在会上，邀请周祖翼到访我国进行更多的实地考察。新' +
      '春晚宴昨晚举行，活动也邀请到中国驻新加坡大使馆参赞王家荣出席。',
    undefined,
    [
      'ATTENDED 周祖翼 会见所有考察团成员 (接见)',
    ],
  ],
  [
    'those who went on a working visit (陪同安华展开工作访问者包括…) are not bound to the one named before',
    '安华应邀与李强进行双边会谈。陪同安华展开工作访问者包括投资、贸易及工业部长东姑扎夫鲁、地方政府发展部长倪可敏。',
    undefined,
    [
      'MET 安华>李强 进行双边会谈',
    ],
  ],
  [
    'a speech as Malaysian papers call it at an opening as they do (在东博会开幕礼发表演说), and talks after 他 (较' +
      '后，他应邀与李强进行双边会谈)',
    '安华在东博会开幕礼发表演说。较后，他应邀与李强进行双边会谈。',
    undefined,
    [
      'ADDRESSED 安华 东博会开幕礼 (发表演说)',
      'MET 安华>李强 进行双边会谈',
    ],
  ],
  [
    'talks after 她, the one named earlier in the sentence hosting both partners (里夫斯…行程，她先后与大陆国家副主' +
      '席韩正和副总理何立峰会面)',
    '里夫斯11日开启的两天访华行程，她先后与大陆国家副主席韩正和副总理何立峰会面。',
    undefined,
    [
      'MET 里夫斯>何立峰 会面',
      'MET 里夫斯>韩正 会面',
    ],
  ],
  [
    'the last name of a list after ，以及, read in pieces by jieba (以及李作成出席仪式)',
    '三型主战舰艇集中交接入列仪式23日在海南三亚某军港举行。丁薛祥、刘鹤，以及李作成出席仪式。',
    undefined,
    [
      'ATTENDED 丁薛祥 三型主战舰艇集中交接入列仪式 (出席 #1)',
      'ATTENDED 刘鹤 三型主战舰艇集中交接入列仪式 (出席 #2)',
      'ATTENDED 李作成 三型主战舰艇集中交接入列仪式 (出席 #3)',
    ],
  ],
  [
    'a promotion\'s order handed over at the ceremony (向14名警官颁发命令状)',
    '公安现役部队晋升武警少将警衔仪式12日在北京举行。国务委员、公安部部长孟建柱向14名警官颁发命令状。',
    undefined,
    [
      'ATTENDED 孟建柱 公安现役部队晋升武警少将警衔仪式 (颁发)',
    ],
  ],
  [
    'one named in the clause that describes the guest (陪同里夫斯来华出席…的…贝利) is no guest and attends nothing',
    '人行行长潘功胜11日在北京会见了陪同里夫斯来华出席第11次中英经济财金对话的英国央行行长贝利。',
    undefined,
    [
      'MET 潘功胜>贝利 会见',
    ],
  ],
  [
    'a dialogue co-chaired, the subject and the partner each set off by commas (外长王毅，同…达尔，共同主持…战略对话)',
    '转到伊斯兰堡的外长王毅，同巴基斯坦副总理兼外长达尔，共同主持第六次中巴外长战略对话。',
    undefined,
    [
      'CHAIRED 王毅 中巴外长战略对话 (主持)',
      'CHAIRED 达尔 中巴外长战略对话 (主持)',
    ],
  ],
  [
    'a name alone in brackets after a dateline is the reporter\'s (电 （李京泽）), who holds nothing',
    '中新网北京9月10日电 （李京泽）中国人民对外友好协会于2019年9月10日在北京钓鱼台国宾馆举行招待会，庆祝中国与密克' +
      '罗尼西亚联邦建交30周年。',
    undefined,
    [
    ],
  ],
  [
    'a place in brackets inside a noun phrase is no name (鲁渝（寿光）蔬菜产业)',
    '区委书记蒲彬彬，区委副书记、区长陈道彬调研鲁渝（寿光）蔬菜产业和鲁渝蔬菜公司并召开座谈会。',
    undefined,
    [
      'ATTENDED 陈道彬 调研鲁渝（寿光）蔬菜产业和鲁渝蔬菜公司 (调研)',
      'CHAIRED 蒲彬彬 座谈会 (召开)',
      'CHAIRED 陈道彬 座谈会 (召开)',
      'LED 蒲彬彬 调研鲁渝（寿光）蔬菜产业和鲁渝蔬菜公司 (调研)',
    ],
  ],
  [
    'a quoted name read whole (“2023年熊猫巴斯和平友好论坛”), and sittings listed after a series\' dash (——第十八届、' +
      '第十九届…)',
    '由中国国际友好联络会主办的“2023年熊猫巴斯和平友好论坛”今天在四川都江堰举办，刘奇出席。“奋楫扬帆正当时——第十八' +
      '届、第十九届中国电影华表奖颁奖典礼”23日晚在北京国家体育馆举行，李书磊出席。',
    undefined,
    [
      'ATTENDED 刘奇 熊猫巴斯和平友好论坛 (出席)',
      'ATTENDED 李书磊 中国电影华表奖颁奖典礼 (出席)',
    ],
  ],
  [
    'a place described by where it lies (参观位于八乡的…中心，考察…), then those who escorted the tour',
    '习近平随后参观位于八乡的少年警讯永久活动中心，考察营内体能和领导才能训练。行政长官梁振英、保安局局长黎栋国陪' +
      '同参观。',
    undefined,
    [
      'ATTENDED 梁振英 考察营内体能和领导才能训练 (陪同参观 #1)',
      'ATTENDED 黎栋国 考察营内体能和领导才能训练 (陪同参观 #2)',
      'LED 习近平 考察营内体能和领导才能训练 (考察)',
    ],
  ],
  [
    'present in person at the story\'s occasion (亦亲临现场), and the guest of honour (是晚会主宾)',
    '俄罗斯驻华使馆国庆招待会12日举行。俄罗斯外交部副部长莫尔古洛夫亦亲临现场。人力部长林瑞生是晚会主宾。',
    undefined,
    [
      'ATTENDED 林瑞生 俄罗斯驻华使馆国庆招待会 (主宾)',
      'ATTENDED 莫尔古洛夫 俄罗斯驻华使馆国庆招待会 (亲临现场)',
    ],
  ],
  [
    'those at the main venue of a video conference (…在主会场，…在分会场参会)',
    '2月18日下午，我市召开2020年春季农业生产工作视频会议，市委副书记王晓、市政府副市长林新长和市直有关部门领导在主' +
      '会场，各乡镇主官在分会场参会。',
    undefined,
    [
      'ATTENDED 林新长 春季农业生产工作视频会议 (在主会场 #2)',
      'ATTENDED 王晓 春季农业生产工作视频会议 (在主会场 #1)',
    ],
  ],
  [
    'today read into a name (崔世安今（22）日) is no part of it',
    '行政长官崔世安今（22）日会见柬埔寨暹粒省省长肯文松。',
    undefined,
    [
      'MET 崔世安>肯文松 会见',
    ],
  ],
  [
    'the audience of the story\'s performance, listed (观看演出的还有…)',
    '话剧《鸣岐书记》昨晚在京演出。中共中央政治局常委李长春观看演出。观看这次演出的还有中宣部副部长、文化部部长刘' +
      '忠德以及辽宁省委负责同志。',
    undefined,
    [
      'ATTENDED 刘忠德 演出 (观看)',
      'ATTENDED 李长春 演出 (观看)',
    ],
  ],
  [
    'where, as a dispatch says here (在此间的稻香楼国宾馆会见), and a guest described by when he came (会见了于今日' +
      '下午到访的…)',
    '今天晚上六时，安徽省委书记郭金龙在此间的稻香楼国宾馆亲切会见了于今日下午到访的毛里求斯总理纳文钱德拉·拉姆古兰。',
    undefined,
    [
      'MET 郭金龙>纳文钱德拉·拉姆古兰 会见',
    ],
  ],
  [
    'a meeting named inside a report\'s title (题为《全面贯彻落实六中全会精神》) is none held; 做 for 作',
    '全国卫生工作会议召开。卫生部部长高强做了题为《全面贯彻落实六中全会精神，努力探索》的工作报告。卫生部副部长陈' +
      '啸宏作了题为《全面贯彻落实六中全会精神》的总结讲话。',
    undefined,
    [
      'ADDRESSED 陈啸宏 全国卫生工作会议 (作讲话)',
      'ADDRESSED 高强 全国卫生工作会议 (作工作报告)',
    ],
  ],
  [
    'those seated on the rostrum, by their kind alone (在主席台就座的领导同志有：…)',
    '2009年全国林业厅局长会议今天闭幕。在主席台就座的领导同志有：贾治邦、王志宝、李育材。',
    undefined,
    [
      'ATTENDED 李育材 全国林业厅局长会议 (在主席台就座 #3)',
      'ATTENDED 王志宝 全国林业厅局长会议 (在主席台就座 #2)',
      'ATTENDED 贾治邦 全国林业厅局长会议 (在主席台就座 #1)',
    ],
  ],
  [
    'a spokesman\'s first appearance, in his new capacity, then the briefing he chairs (以新任发言人的身份首次亮相蓝' +
      '厅，主持当日例行记者会)',
    '外交部新闻司副司长赵立坚24日以新任发言人的身份首次亮相蓝厅，主持当日例行记者会。',
    undefined,
    [
      'CHAIRED 赵立坚 例行记者会 (主持)',
    ],
  ],
  [
    'those a press conference\'s chair introduces (今天我们请来了…)',
    '福建省新冠肺炎疫情联防联控工作第七场新闻发布会今天举行。今天我们请来了省农业农村厅厅长黄华康，省交通运输厅副' +
      '厅长雷文忠，请他们为大家介绍情况。',
    undefined,
    [
      'ATTENDED 雷文忠 福建省新冠肺炎疫情联防联控工作新闻发布会 (请来了 #2)',
      'ATTENDED 黄华康 福建省新冠肺炎疫情联防联控工作新闻发布会 (请来了 #1)',
    ],
  ],
  [
    'an escort while another went elsewhere (许正宇则在…陪同下), after a doctor\'s style (蔡若莲博士则在…)',
    '财经事务及库务局局长许正宇则在离岛民政事务专员杨蕙心陪同下，探访居于逸东邨的基层家庭和长者。教育局局长蔡若莲' +
      '博士则在深水埗民政事务专员王浩宇陪同下，探访长者。',
    undefined,
    [
      'ATTENDED 杨蕙心 探访居于逸东邨的基层家庭和长者 (陪同)',
      'ATTENDED 王浩宇 探访长者 (陪同)',
      'LED 蔡若莲 探访长者 (探访)',
      'LED 许正宇 探访居于逸东邨的基层家庭和长者 (探访)',
    ],
  ],
  [
    'the officials taking part, listed (参与官员包括…)',
    '夏宝龙主任出席座谈会，与香港工商界和金融界人士互动交流，出席者包括主要商会和企业代表。参与官员包括行政长官李' +
      '家超、财政司司长陈茂波。',
    undefined,
    [
      'ATTENDED 夏宝龙 座谈会 (出席)',
      'ATTENDED 李家超 座谈会 (参与 #1)',
      'ATTENDED 陈茂波 座谈会 (参与 #2)',
    ],
  ],
  [
    'a banquet the host will give, said in the spoken way (李克强会在…为…举行欢迎宴会), is none held',
    '中午李克强会在人民大会堂金色大厅为到访的梅德韦杰夫总理举行欢迎宴会。',
    undefined,
    [
    ],
  ],
  [
    'a surname alone inside a project\'s name (上罗高速项目部) is no one at the visit',
    '副厅长张三到施工现场调研。厅人事教育处、乡村振兴办、上罗高速项目部等相关部门参加调研。',
    undefined,
    [
      'LED 张三 到施工现场调研 (调研)',
    ],
  ],
  [
    'will, as the spoken word says it, right after the agent (李克强会在…会见…; 会出席), is a plan',
    '中午李克强会在人民大会堂会见梅德韦杰夫。下午李克强会出席欢迎仪式。',
    undefined,
    [],
  ],
  [
    'those who take an oath, lead it or repeat it, and who oversees it, are at its ceremony (宣誓, 领誓, 跟诵誓词, ' +
      '监誓); a post is no name before 监誓',
    '4月27日，市政府举行宪法宣誓仪式，石迎军市长监誓，常务副市长王惠民主持宣誓仪式。副秘书长韩晓武、郭雷跟诵誓词。',
    undefined,
    [
      'ATTENDED 石迎军 宪法宣誓仪式 (监誓)',
      'ATTENDED 郭雷 宪法宣誓仪式 (跟诵誓词 #2)',
      'ATTENDED 韩晓武 宪法宣誓仪式 (跟诵誓词 #1)',
      'CHAIRED 王惠民 宪法宣誓仪式 (主持)',
    ],
  ],
  [
    'an oath taken at the story\'s meeting, as the clause ends (进行了宪法宣誓。)',
    '长宁区十七届人大常委会第十三次会议召开。会议任命侯继军为副区长。会上，侯继军进行了宪法宣誓。',
    undefined,
    [
      'ATTENDED 侯继军 长宁区人大常委会 (进行了宪法宣誓)',
    ],
  ],
  [
    'present to watch the ceremony, or keeping the guests company (均在场观礼; 在场作陪)',
    '宣誓典礼上午在总统府举行。副总统赖清德、立法院长游锡堃及监察院长张博雅均在场观礼。总统府秘书长吴伯雄、国安会' +
      '秘书长丁懋时在场作陪。',
    undefined,
    [
      'ATTENDED 丁懋时 典礼 (在场作陪 #2)',
      'ATTENDED 吴伯雄 典礼 (在场作陪 #1)',
      'ATTENDED 张博雅 典礼 (在场观礼 #3)',
      'ATTENDED 游锡堃 典礼 (在场观礼 #2)',
      'ATTENDED 赖清德 典礼 (在场观礼 #1)',
    ],
  ],
  [
    'those who kept a banquet\'s guests company, listed (出席作陪的，有…); its guest attends it',
    '周恩来总理设宴招待缅甸联邦副总理吴巴瑞。出席作陪的，有浙江省副省长霍士廉、杭州市市长吴宪、我国驻缅甸大使姚仲' +
      '明。',
    undefined,
    [
      'ATTENDED 吴宪 宴会 (出席作陪 #2)',
      'ATTENDED 吴巴瑞 宴会 (欢迎)',
      'ATTENDED 姚仲明 宴会 (出席作陪 #3)',
      'ATTENDED 霍士廉 宴会 (出席作陪 #1)',
      'CHAIRED 周恩来 宴会 (设宴招待)',
    ],
  ],
  [
    'those who came with a visitor, the day before them (今天随同院长前来的还有…); Taiwan\'s word for a visit of insp' +
      'ection (访视)',
    '行政院长苏贞昌今天抵马访视。今天随同院长前来的还有秘书长刘玉山、交通部长蔡堆、卫生署长侯胜茂等人。',
    undefined,
    [
      'ATTENDED 侯胜茂 抵马访视 (随同 #3)',
      'ATTENDED 刘玉山 抵马访视 (随同 #1)',
      'ATTENDED 蔡堆 抵马访视 (随同 #2)',
      'LED 苏贞昌 抵马访视 (访视)',
    ],
  ],
  [
    'Taiwan\'s Yuan in session (立法院院会) is a meeting chaired',
    '立法院长韩国瑜12日主持立法院院会。',
    undefined,
    [
      'CHAIRED 韩国瑜 立法院院会 (主持)',
    ],
  ],
  [
    'officials listed with commas, then a comma, are one subject (省委书记骆惠宁，省长李小鹏，参加…)',
    '8月1日上午，省委书记骆惠宁，省长李小鹏，参加国家安全教育日活动。',
    undefined,
    [
      'ATTENDED 李小鹏 国家安全教育日活动 (参加 #2)',
      'ATTENDED 骆惠宁 国家安全教育日活动 (参加 #1)',
    ],
  ],
  [
    'the leader before 以及党和国家的其他领导人 heads the list of hosts',
    '毛泽东主席以及党和国家的其他领导人刘少奇、董必武、彭真和康生，今天会见朝鲜劳动党中央委员会政治委员会委员崔庸' +
      '健。',
    undefined,
    [
      'MET 刘少奇>崔庸健 会见',
      'MET 康生>崔庸健 会见',
      'MET 彭真>崔庸健 会见',
      'MET 毛泽东>崔庸健 会见',
      'MET 董必武>崔庸健 会见',
    ],
  ],
  [
    'those who sign for each side are at the signing (代表部省双方签署协议; 代表双方在协议文本上签字)',
    '签约仪式上，李小鹏、刘小明代表部省双方签署协议。随后蔡武与安徽省省长李斌代表双方在协议文本上签字。',
    undefined,
    [
      'ATTENDED 刘小明 签约仪式 (签署 #2)',
      'ATTENDED 李小鹏 签约仪式 (签署 #1)',
      'ATTENDED 李斌 签约仪式 (签字 #2)',
      'ATTENDED 蔡武 签约仪式 (签字 #1)',
    ],
  ],
  [
    '同日, the same day, is no partner (李强同日另在大连会见…); 同日本首相 is',
    '李强同日另在大连会见越南总理范明政。李强同日本首相岸田文雄举行会谈。',
    undefined,
    [
      'MET 李强>岸田文雄 举行会谈',
      'MET 李强>范明政 会见',
    ],
  ],
  [
    'a clause that says the meeting was held, then those present listed (…今天举行，出席会议的外方代表包括…)',
    '“中国-东盟省市长对话”今天举行，出席会议的外方代表包括文莱斯里巴加湾市副市长哈吉·曼苏尔、柬埔寨磅湛省省长隆林' +
      '泰。',
    undefined,
    [
      'ATTENDED 哈吉·曼苏尔 会议 (出席 #1)',
      'ATTENDED 隆林泰 会议 (出席 #2)',
    ],
  ],
  [
    'a name a title vouches for is that person where the tagger reads it as a place (市长黄兴国…黄兴国与…)',
    '市长黄兴国出席论坛开幕式。晚上，黄兴国与世界经济论坛主席施瓦布分别致辞。',
    undefined,
    [
      'ADDRESSED 施瓦布 论坛 (致辞)',
      'ADDRESSED 黄兴国 论坛 (致辞)',
      'ATTENDED 黄兴国 论坛 (出席)',
    ],
  ],
  [
    'no guest after 会见时 (会见时代表省委、省政府…)',
    '赵乐际会见了海关总署署长盛光祖一行。赵乐际在会见时代表省委、省政府对盛光祖一行来陕表示欢迎。',
    undefined,
    [
      'MET 赵乐际>盛光祖 会见',
    ],
  ],
  [
    'speakers who dwelt on topics listed (着重就…等发言)',
    '在各民主党派负责人和无党派人士座谈会上，韩启德、张宝文、陈昌智着重就落实“三农”政策、加强大气污染治理等发言。',
    undefined,
    [
      'ADDRESSED 张宝文 各民主党派负责人和无党派人士座谈会 (发言)',
      'ADDRESSED 陈昌智 各民主党派负责人和无党派人士座谈会 (发言)',
      'ADDRESSED 韩启德 各民主党派负责人和无党派人士座谈会 (发言)',
    ],
  ],
  [
    'Singapore\'s senior statesman is a post (新加坡国务资政吴作栋)',
    '芬兰总统哈洛宁、新加坡国务资政吴作栋等出席会议。',
    undefined,
    [
      'ATTENDED 吴作栋 会议 (出席 #2)',
      'ATTENDED 哈洛宁 会议 (出席 #1)',
    ],
  ],
  [
    'a spouse taken along (携夫人) is listed with the one who took her; a name before 携 is whole',
    '中华人民共和国驻法国大使赵进军携夫人钱卫参赞，中国驻法大使馆刘志明公使夫妇等出席了联欢会。',
    undefined,
    [
      'ATTENDED 刘志明 联欢会 (出席 #3)',
      'ATTENDED 赵进军 联欢会 (出席 #1)',
      'ATTENDED 钱卫 联欢会 (出席 #2)',
    ],
  ],
  [
    'others closed by their count in all (以及…的各社团代表、侨领代表近一百多人参加); a reception to thank guests is' +
      ' a meeting (答谢会)',
    '中国驻巴塞罗那总领馆唐凌云副总领事、巴塞罗那孔子文化学校麻卓民董事长以及旅居巴塞罗那的各社团代表、侨领代表近' +
      '一百多人参加了当天的答谢会。',
    undefined,
    [
      'ATTENDED 唐凌云 答谢会 (参加 #1)',
      'ATTENDED 麻卓民 答谢会 (参加 #2)',
    ],
  ],
  [
    'mourners at a body where no rite is told are at its farewell, the deceased named where they stand (…缓步来到万' +
      '里同志的遗体前肃立默哀)',
    '万里同志的遗体22日在北京八宝山革命公墓火化。上午9时许，习近平、李克强、张德江等，在哀乐声中缓步来到万里同志的' +
      '遗体前肃立默哀，向万里同志的遗体三鞠躬，并与万里同志亲属一一握手，表示慰问。',
    undefined,
    [
      'ATTENDED 习近平 送别 (肃立默哀 #1)',
      'ATTENDED 张德江 送别 (肃立默哀 #3)',
      'ATTENDED 李克强 送别 (肃立默哀 #2)',
    ],
  ],
  [
    'mourners in turn (先后向…诀别) and before the body (在…同志遗体前肃立默哀) at the farewell the story reports',
    '许涤新同志遗体告别仪式今天下午在北京医院举行。在哀乐声中，李鹏、胡启立、姚依林等领导人先后向许涤新同志诀别。' +
      '宋平、薄一波等领导在许涤新同志遗体前肃立默哀。',
    undefined,
    [
      'ATTENDED 姚依林 许涤新同志遗体告别仪式 (诀别 #3)',
      'ATTENDED 宋平 许涤新同志遗体告别仪式 (肃立默哀 #1)',
      'ATTENDED 李鹏 许涤新同志遗体告别仪式 (诀别 #1)',
      'ATTENDED 胡启立 许涤新同志遗体告别仪式 (诀别 #2)',
      'ATTENDED 薄一波 许涤新同志遗体告别仪式 (肃立默哀 #2)',
    ],
  ],
  [
    'those who came, as Taiwan\'s press says (都有到场, 都到场), at a funeral (告别式)',
    '张俊雄告别式今天举行。今天包括赖清德、前总统陈水扁及蔡英文都到场。至于民众党，柯文哲、民众党立委黄国昌等人都' +
      '有到场。',
    undefined,
    [
      'ATTENDED 柯文哲 张俊雄告别式 (有到场 #1)',
      'ATTENDED 蔡英文 张俊雄告别式 (到场 #3)',
      'ATTENDED 赖清德 张俊雄告别式 (到场 #1)',
      'ATTENDED 陈水扁 张俊雄告别式 (到场 #2)',
      'ATTENDED 黄国昌 张俊雄告别式 (有到场 #2)',
    ],
  ],
  [
    'watching a trial from the public seats (旁听…庭审) is attending it',
    '县委书记张三带领全县150名干部旁听了李某受贿案庭审。',
    undefined,
    [
      'ATTENDED 张三 李某受贿案庭审 (旁听了)',
    ],
  ],
  [
    'watching a trial, invited (受邀旁听庭审活动)',
    '李某受贿案今天在县法院公开开庭审理。省人大代表余敏辉、刘红丽受邀旁听庭审活动。',
    undefined,
    [
      'ATTENDED 余敏辉 庭审 (旁听 #1)',
      'ATTENDED 刘红丽 庭审 (旁听 #2)',
    ],
  ],
  [
    'who oversaw the oath (在…的监誓下), and who witnessed it, listed (见证仪式的包括…); a council\'s member (议员) e' +
      'nds no meeting\'s name',
    '第八届立法会议员宣誓仪式今天举行。议员们在行政长官崔世安的监誓下宣誓就职。见证仪式的包括全国政协副主席何厚铧' +
      '、中央政府驻澳门联络办公室主任郑新聪。',
    undefined,
    [
      'ATTENDED 何厚铧 仪式 (见证 #1)',
      'ATTENDED 崔世安 仪式 (的监誓下)',
      'ATTENDED 郑新聪 仪式 (见证 #2)',
    ],
  ],
  [
    'what a leader did where he led a delegation (率领代表团，到…会见…; 率领代表团到…，出席…), as well as leading it',
    '美国总统川普今天中午率领代表团，到新加坡总统府会见新加坡总理李显龙。省长张三率领代表团到深圳市，出席项目签约' +
      '仪式。省长李四率领代表团到广州市调研。',
    undefined,
    [
      'ATTENDED 张三 项目签约仪式 (出席)',
      'LED 川普 到新加坡总统府会见新加坡总理李显龙 (率领)',
      'LED 张三 到深圳市 (率领)',
      'LED 李四 到广州市调研 (率领)',
      'MET 川普>李显龙 会见',
      'VISITED 川普 新加坡',
      'VISITED 张三 深圳市',
      'VISITED 李四 广州市',
    ],
  ],
  [
    'where the place lies (在位于…的…会晤) and how long talks lasted (进行了一个多小时的会谈)',
    '俄罗斯总统普京与朝鲜最高领导人金正恩在位于俄罗斯阿穆尔州的东方航天发射场会晤。日本首相小泉纯一郎和来访的美国' +
      '总统布什16日在京都就两国关系进行了一个多小时的会谈。',
    undefined,
    [
      'MET 小泉纯一郎>布什 会谈',
      'MET 普京>金正恩 会晤',
    ],
  ],
  [
    'two leaders\' summit talks, as Taiwan and Hong Kong name them (和…举行高峰会)',
    '南韩总统尹锡悦在东京首相官邸和日本首相岸田文雄举行高峰会。',
    undefined,
    [
      'MET 尹锡悦>岸田文雄 举行高峰会',
    ],
  ],
  [
    'those present by the word for them after the occasion (记者会出席者包括…), and those who escorted, a comma befo' +
      're them (陪同…调研的，有…)',
    '记者会今天举行。记者会出席者包括南投县长许淑华、台北市政府秘书长李泰兴。王忠林步行调研城区。陪同王忠林步行调' +
      '研、实地考察的，有市委常委、秘书长蒋晓光，有市园林和林业局局长王国富。',
    undefined,
    [
      'ATTENDED 李泰兴 记者会 (出席 #2)',
      'ATTENDED 王国富 步行调研城区 (随同 #2)',
      'ATTENDED 蒋晓光 步行调研城区 (随同 #1)',
      'ATTENDED 许淑华 记者会 (出席 #1)',
      'LED 王忠林 步行调研城区 (调研)',
      'LED 王忠林 步行调研城区 (调研)',
    ],
  ],
  [
    'who chaired it, told by a cleft (预备会议是刘少奇委员长主持的。)',
    '第二届全国人民代表大会第一次会议的预备会议今天下午举行。预备会议是刘少奇委员长主持的。',
    undefined,
    [
      'CHAIRED 刘少奇 预备会议 (主持)',
    ],
  ],
  [
    'what the named are after their closing 等, before their going (…等自治区主要官员前往…，看望…)',
    '15日下午，西藏自治区党委书记张庆黎、向巴平措等自治区主要官员前往班禅行宫，看望第十一世班禅。',
    undefined,
    [
      'ATTENDED 向巴平措 看望第十一世班禅 (看望 #1)',
      'LED 张庆黎 看望第十一世班禅 (看望)',
    ],
  ],
  [
    'a study meeting (学习会) is no object of studying; 学习会 is the 学习会议 the story held; the speech whose spir' +
      'it is conveyed (传达了…发表的重要讲话精神)',
    '9月28日上午，机关党委第三党支部召开职工政治理论学习会议，集中学习重要会议精神。学习会由支部书记杨维东主持。支' +
      '部书记杨维东传达了习近平总书记在全国组织工作会上发表的重要讲话精神。',
    undefined,
    [
      'ADDRESSED 杨维东 职工政治理论学习会议 (传达了)',
      'CHAIRED 杨维东 职工政治理论学习会议 (主持)',
    ],
  ],
  [
    'the one mourned (吊唁李光耀) did nothing; the subject met those named after',
    '在新期间，李源潮前往国会大厦吊唁李光耀并瞻仰遗容，会见了新加坡总统陈庆炎、副总理张志贤。',
    undefined,
    [
      'MET 李源潮>张志贤 会见',
      'MET 李源潮>陈庆炎 会见',
    ],
  ],
  [
    'the frame of when one spoke (…彭清华，在会见…刘家义时表示): the meeting happened',
    '广西壮族自治区党委书记彭清华，在会见审计署审计长刘家义时表示，当前广西的发展呈现总体平稳的态势。',
    undefined,
    [
      'MET 彭清华>刘家义 会见',
    ],
  ],
  [
    'a day\'s observance named in quotes (参加“军事日”活动)',
    '省委书记骆惠宁参加“军事日”活动。',
    undefined,
    [
      'ATTENDED 骆惠宁 “军事日”活动 (参加)',
    ],
  ],
  [
    'the leader of a delegation met (由…费萨尔率领的…代表团) is no agent of what others listed after it did (…秘书长' +
      '等出席)',
    '国家副主席韩正20日在京集体会见由沙特阿拉伯外交大臣费萨尔率领的阿拉伯、伊斯兰国家外长联合代表团，约旦、埃及、' +
      '巴勒斯坦、印尼外长和伊斯兰合作组织秘书长等出席。',
    undefined,
    [
      'MET 韩正>费萨尔 集体会见',
    ],
  ],
  [
    'the farewell made for mourners is named by the body they stood before (李克强同志遗体送别)',
    '李克强同志的遗体2日在北京八宝山革命公墓火化。上午9时许，习近平、李强、赵乐际等，在哀乐声中缓步来到李克强同志' +
      '的遗体前肃立默哀，向李克强同志的遗体三鞠躬。',
    undefined,
    [
      'ATTENDED 习近平 李克强同志遗体送别 (肃立默哀 #1)',
      'ATTENDED 李强 李克强同志遗体送别 (肃立默哀 #2)',
      'ATTENDED 赵乐际 李克强同志遗体送别 (肃立默哀 #3)',
    ],
  ],
  [
    'a ceremony held at a part of the day alone, in the formal 于 (上午于总统府及府前举行); the rest came to it',
    '第16任正副总统就职典礼上午于总统府及府前举行，其他包括台北市长蒋万安、桃园市长张善政皆出席。',
    undefined,
    [
      'ATTENDED 张善政 第16任正副总统就职典礼 (出席 #2)',
      'ATTENDED 蒋万安 第16任正副总统就职典礼 (出席 #1)',
    ],
  ],
  [
    'an activity named in book marks (第16期《阳光问廉》活动) is the one its officials attended',
    '1月21日下午，广安市举办第16期《阳光问廉》活动。广安市委书记张彤，市委副书记陈伟出席活动。',
    undefined,
    [
      'ATTENDED 张彤 《阳光问廉》活动 (出席 #1)',
      'ATTENDED 陈伟 《阳光问廉》活动 (出席 #2)',
    ],
  ],
  [
    'officials questioned on television, listed as those who took part (参加…的官员分别为)',
    '前日，郴州市今年第一场电视问政节目举行。郴州此次参加电视问政节目的官员分别为北湖区区委副书记、区长欧阳建华，' +
      '市环保局局长李来华。',
    undefined,
    [
      'ATTENDED 李来华 郴州市今年电视问政节目 (参加)',
      'ATTENDED 欧阳建华 郴州市今年电视问政节目 (参加)',
    ],
  ],
  [
    'those who came to watch (到场观看) attended the story\'s occasion',
    '市纪委主办的电视问政节目昨晚在市广播电视台举行。市委书记张华，市长李明到场观看。',
    undefined,
    [
      'ATTENDED 张华 电视问政节目 (到场观看 #1)',
      'ATTENDED 李明 电视问政节目 (到场观看 #2)',
    ],
  ],
  [
    'an exhibition of photographs opened, attended and spoken at',
    '平壤举行习近平访朝两周年纪念图片展。中国驻朝鲜大使李进军与朝鲜劳动党中央政治局候补委员、国际部部长金成男出席' +
      '并发表讲话。',
    undefined,
    [
      'ADDRESSED 李进军 习近平访朝两周年纪念图片展 (发表讲话)',
      'ATTENDED 李进军 习近平访朝两周年纪念图片展 (出席 #1)',
      'ATTENDED 金成男 习近平访朝两周年纪念图片展 (出席 #2)',
    ],
  ],
  [
    'a guest received by name (接待了…总领事) is met; visitors received by their kind are not',
    '2017年11月20日，浙江省副省长梁黎明女士接待了新加坡驻上海总领事陈汉强。',
    undefined,
    [
      'MET 梁黎明>陈汉强 接待了',
    ],
  ],
  [
    'hosts who received visitors by their kind (热情接待了来宾) attended the visit, and met no one',
    '11日，省工信厅厅长王强到万向集团调研。集团总裁陈明、副总裁李刚热情接待了来宾。',
    undefined,
    [
      'ATTENDED 李刚 到万向集团调研 (热情接待了 #2)',
      'ATTENDED 陈明 到万向集团调研 (热情接待了 #1)',
      'LED 王强 到万向集团调研 (调研)',
    ],
  ],
  [
    'a leader arriving with his wife, unnamed (和夫人抵达), opens his state visit; the suite listed after it went on' +
      ' it',
    '12月12日，国家主席习近平和夫人抵达河内，开始对越南进行国事访问。陪同习近平出访的有中央办公厅主任蔡奇，外交部' +
      '部长王毅等。',
    undefined,
    [
      'ATTENDED 王毅 国事访问越南 (陪同 #2)',
      'ATTENDED 蔡奇 国事访问越南 (陪同 #1)',
      'LED 习近平 国事访问越南 (进行国事访问)',
      'VISITED 习近平 越南',
    ],
  ],
  [
    'petitioners received (接待来访群众) are no guest met',
    '副市长王五上午在信访局接待来访群众。',
    undefined,
    [
      'LED 王五 接待来访群众 (接待来访群众)',
    ],
  ],
  [
    'talks held in a mood (在坦诚、友好的气氛中举行了会谈) are talks between the two',
    '胡锦涛和米歇尔在坦诚、友好的气氛中举行了会谈。',
    undefined,
    [
      'MET 胡锦涛>米歇尔 举行了会谈',
    ],
  ],
  [
    'talks described before their noun (举行了深入的会谈; 先后进行了小范围和大范围的会谈) are talks',
    '今天上午，国家主席江泽民和美国总统克林顿在白宫先后进行了小范围和大范围的会谈。习近平同普京举行了深入的会谈。',
    undefined,
    [
      'MET 习近平>普京 会谈',
      'MET 江泽民>克林顿 会谈',
    ],
  ],
  [
    'talks told again from the guest\'s side (普京总统同习近平主席进行了…会谈) are the same talks',
    '国家主席习近平21日在莫斯科同俄罗斯总统普京举行会谈。会谈中，普京总统同习近平主席进行了真挚友好的会谈。',
    undefined,
    [
      'MET 习近平>普京 举行会谈',
    ],
  ],
  [
    'the press met together, in its short form (并共见记者)',
    '李强总理和阿尔巴尼斯总理举行会谈，共同举行中澳总理年度会晤并共见记者。',
    undefined,
    [
      'ADDRESSED 李强 会见记者 (共见记者)',
      'ADDRESSED 阿尔巴尼斯 会见记者 (共见记者)',
      'MET 李强>阿尔巴尼斯 举行会谈',
    ],
  ],
  [
    '和 after 先后 or 分别 is with: those one sat down with, in turn',
    '市长王刚分别和企业家代表张三、李四座谈。',
    undefined,
    [
      'MET 王刚>张三 座谈',
      'MET 王刚>李四 座谈',
    ],
  ],
  [
    'an anniversary\'s occasion held (举行150周年庆典) is held; those all present came to it (悉数到场)',
    '3月24日，泰华进出口商会在曼谷隆重举行150周年庆典。泰国中华总商会主席陈振治和前泰国总理阿披实等政要悉数到场。',
    undefined,
    [
      'ATTENDED 阿披实 150周年庆典 (悉数到场 #2)',
      'ATTENDED 陈振治 150周年庆典 (悉数到场 #1)',
    ],
  ],
  [
    'the rest of a visiting party listed after its leader (访问团的还有…) went on its visit',
    '7月14日上午，安溪总商会会长陈伟龙等拜访泰国中华总商会。访问团的还有荣誉会长李德兴，常务副会长易长河等。',
    undefined,
    [
      'ATTENDED 易长河 拜访泰国中华总商会 (随同 #2)',
      'ATTENDED 李德兴 拜访泰国中华总商会 (随同 #1)',
      'LED 陈伟龙 拜访泰国中华总商会 (拜访)',
    ],
  ],
  [
    'a delegation flying home with its head (代表团成员同机返回) went on his visit',
    '吴邦国委员长乘专机抵达平壤，开始对朝鲜进行正式友好访问。曾培炎、盛华仁等代表团成员同机返回。',
    undefined,
    [
      'ATTENDED 曾培炎 正式友好访问朝鲜 (陪同 #1)',
      'ATTENDED 盛华仁 正式友好访问朝鲜 (陪同 #2)',
      'LED 吴邦国 正式友好访问朝鲜 (进行正式友好访问)',
      'VISITED 吴邦国 朝鲜',
    ],
  ],
  [
    'a visit briefed after it ended (向随行记者介绍此访情况) retells its happenings, reported on their own days (dev' +
      ' corpus)',
    '2023年11月14日至17日，国家主席习近平赴美国举行中美元首会晤并出席亚太经合组织第三十次领导人非正式会议。行程结' +
      '束之际，外交部长王毅向随行记者介绍此访情况。\n此访期间，习近平主席还应约会见了日本首相岸田文雄。',
    undefined,
    [
      'ATTENDED 习近平 亚太经合组织领导人非正式会议 (出席)',
    ],
  ],
  [
    'those who sign for their two governments (分别代表两国政府在移交证书上签字) are at the signing',
    '4月22日，海岸角体育场项目交接仪式在加纳青年和体育部举行。中国驻加纳大使孙保红、加纳青年和体育部部长埃德温分别' +
      '代表两国政府在移交证书上签字。',
    undefined,
    [
      'ATTENDED 埃德温 签约仪式 (签字 #2)',
      'ATTENDED 孙保红 签约仪式 (签字 #1)',
    ],
  ],
  [
    'those present by a list published, each side\'s (根据…名单，出席…的…有; 美方参与人员有)',
    '12月1日，国家主席习近平在布宜诺斯艾利斯同美国总统特朗普举行会晤。根据白宫发布的名单，出席会晤的中方代表团成员' +
      '有中央办公厅主任丁薛祥，国务院副总理刘鹤等。美方参与人员有国务卿蓬佩奥，财政部长努钦等。',
    undefined,
    [
      'ATTENDED 丁薛祥 同美国总统特朗普会晤 (出席 #1)',
      'ATTENDED 刘鹤 同美国总统特朗普会晤 (出席 #2)',
      'ATTENDED 努钦 同美国总统特朗普会晤 (参与 #2)',
      'ATTENDED 蓬佩奥 同美国总统特朗普会晤 (参与 #1)',
      'MET 习近平>特朗普 举行会晤',
    ],
  ],
  [
    'a guest\'s posts over a comma, then his name and party (…区长，未来科学城管委会主任刘晓东一行) is one guest',
    '5月16日，中国华能集团有限公司总经理张文峰在集团公司总部会见北京市昌平区委副书记、区长，未来科学城管委会主任刘' +
      '晓东一行。集团公司副总经理郝金玉，昌平区委常委、副区长柳强参加会见。',
    undefined,
    [
      'ATTENDED 柳强 会见管委会主任刘晓东 (参加会见 #2)',
      'ATTENDED 郝金玉 会见管委会主任刘晓东 (参加会见 #1)',
      'MET 张文峰>刘晓东 会见',
    ],
  ],
  [
    '来 before a place and a visit\'s verb is the coming, no one named 来庆元: the one who came inspected',
    '3月26日，国际热带菌类学会主席张树庭教授来庆元考察香菇发展历史。',
    undefined,
    [
      'LED 张树庭 来庆元考察香菇发展历史 (考察)',
    ],
  ],
  [
    'credentials presented to a host after 向 (向…递交国书): he received the envoy',
    '2024年8月21日，中国驻缅甸大使马珈向缅甸领导人敏昂莱递交国书。',
    undefined,
    [
      'MET 敏昂莱>马珈 递交国书',
    ],
  ],
  [
    'a farewell call on a host after 向 (向…辞行): he received the envoy',
    '王文天大使于今日礼节性向柬埔寨国会主席坤淑达薇女士辞行。',
    undefined,
    [
      'MET 坤淑达薇>王文天 辞行',
    ],
  ],
  [
    'credentials still to be presented (将向…递交国书): no meeting',
    '驻美国大使谢锋将向美国总统拜登递交国书。',
    undefined,
    [
    ],
  ],
  [
    'a reporter credited after his outlet in brackets (中国青年报·中青在线记者 林智仁): no chair of the congress',
    '本报讯（中国青年报·中青在线记者 林智仁）福建省学生联合会第十次代表大会近日在福州召开。福建省委常委、宣传部长' +
      '高翔出席开幕式并讲话。',
    undefined,
    [
      'ADDRESSED 高翔 福建省学生联合会代表大会 (讲话)',
      'ATTENDED 高翔 福建省学生联合会代表大会 (出席)',
    ],
  ],
  [
    'those present listed over semicolons, one\'s posts in two bodies over a comma, an alumnus by his year',
    '10月15日上午，山东大学举行庆祝建校120周年大会。山东省委书记、省人大常委会党组书记李干杰；文化和旅游部党组成员' +
      '、副部长，国家文物局党组书记、局长，物理系1979级校友李群；中国科学院院士、南方科技大学校长、光学系1980级校友' +
      '薛其坤；山东大学党委书记郭新立、校长樊丽明出席大会。',
    undefined,
    [
      'ATTENDED 李干杰 庆祝建校120周年大会 (出席 #1)',
      'ATTENDED 李群 庆祝建校120周年大会 (出席 #2)',
      'ATTENDED 樊丽明 庆祝建校120周年大会 (出席 #5)',
      'ATTENDED 薛其坤 庆祝建校120周年大会 (出席 #3)',
      'ATTENDED 郭新立 庆祝建校120周年大会 (出席 #4)',
    ],
  ],
  [
    'a year\'s intake is no part of a ceremony\'s series (2023级新生开学典礼)',
    '9月7日，西华大学举行2023级新生开学典礼。典礼由校党委书记刘树根主持。',
    undefined,
    [
      'CHAIRED 刘树根 新生开学典礼 (主持)',
    ],
  ],
  [
    'a visit paid, told done (访问了): he led it',
    '12月13日至16日，张援远大使访问了新西兰北岛中部的新普利茅斯。',
    undefined,
    [
      'LED 张援远 访问新西兰北岛中部的新普利茅斯 (访问)',
      'VISITED 张援远 新普利茅斯',
    ],
  ],
  [
    'a website visited is no visit (访问了该网站)',
    '张三访问了该网站。',
    undefined,
    [
    ],
  ],
  [
    'each one\'s self-examination at a democratic life meeting is no inspection (进行了个人对照检查)',
    '1月10日，区委常委班子召开专题民主生活会。孟晖、任伟中、黄群芳分别联系自身思想实际进行了个人对照检查。',
    undefined,
    [
      'ADDRESSED 任伟中 专题民主生活会 (进行了个人对照检查)',
      'ADDRESSED 孟晖 专题民主生活会 (进行了个人对照检查)',
      'ADDRESSED 黄群芳 专题民主生活会 (进行了个人对照检查)',
    ],
  ],
  [
    'an official whose post vouches for him, then envoys by their posts before the verb (…祝善忠、澳大利亚、泰国等国' +
      '驻成都总领事出席)',
    '四川省副省长杨洪波主持开幕式。世界旅游组织执行主任祝善忠、澳大利亚、泰国等国驻成都总领事出席。',
    undefined,
    [
      'ATTENDED 祝善忠 开幕式 (出席)',
      'CHAIRED 杨洪波 开幕式 (主持)',
    ],
  ],
  [
    'a delegation\'s head and deputy named by the team, where it went (以…为团长、…为副团长的…代表团…出席)',
    '第四届世粤联会在吉隆坡举行。以市人大副主任吴建新为团长、市政协副主席苏伟强为副团长的中山市代表团一行22人出席' +
      '了开幕式。',
    undefined,
    [
      'ATTENDED 吴建新 开幕式 (出席 #1)',
      'ATTENDED 苏伟强 开幕式 (出席 #2)',
    ],
  ],
  [
    'an aside on one listed, in brackets, before the list goes on (徐荣凯（云南省前省长），…)',
    '全国人大教科文卫委员会副主任委员徐荣凯（云南省前省长），国家旅游局局长邵琪伟，昆明市长张祖林等领导出席了开幕' +
      '式。',
    undefined,
    [
      'ATTENDED 张祖林 开幕式 (出席 #3)',
      'ATTENDED 徐荣凯 开幕式 (出席 #1)',
      'ATTENDED 邵琪伟 开幕式 (出席 #2)',
    ],
  ],
  [
    'a guest\'s description running over a comma to its 的 (来湘考察调研，督促…工作的…马建堂)',
    '今天下午，省委书记徐守盛在长沙会见了来湘考察调研，督促经济普查工作的国家统计局局长马建堂一行。省领导韩永文、' +
      '张硕辅参加会见。',
    undefined,
    [
      'ATTENDED 张硕辅 会见国家统计局局长马建堂 (参加会见 #2)',
      'ATTENDED 韩永文 会见国家统计局局长马建堂 (参加会见 #1)',
      'MET 徐守盛>马建堂 会见',
    ],
  ],
  [
    'a party led in by its escorts, then a bare 来 (一行在…陪同下来常州学习考察)',
    '12月5日，副局长潘志峰一行在省统计局民调中心主任王思彤陪同下来常州学习考察。',
    undefined,
    [
      'ATTENDED 王思彤 来常州学习考察 (陪同)',
      'LED 潘志峰 来常州学习考察 (考察)',
      'VISITED 潘志峰 常州',
    ],
  ],
  [
    'those who looked over the site with the leader (一同察看)',
    '6月10日，市委书记陈建新检查防汛工作。市领导陈锡明、叶华一同察看。',
    undefined,
    [
      'ATTENDED 叶华 检查防汛工作 (一同察看 #2)',
      'ATTENDED 陈锡明 检查防汛工作 (一同察看 #1)',
      'LED 陈建新 检查防汛工作 (检查)',
    ],
  ],
  [
    'a deputy of a post held bare (副站长) speaks at the meeting',
    '7月31日，竹笮乡召开座谈会。会上，乡退役军人事务站副站长黄永生介绍了退役军人事务站建设情况。',
    undefined,
    [
      'ADDRESSED 黄永生 座谈会 (讲话)',
    ],
  ],
  [
    'a party received by its kind, its heads listed later as such (…等访问团负责人表示)',
    '25日，省委常委、统战部长雷春美在福州会见德国、英国闽籍华侨华人联合访问团一行40多人。德国福建同乡联合总会会长' +
      '董安，英国欧洲福建侨团联合总会主席陈勇等访问团负责人表示，这次回家乡访问，目的是加强与家乡的联系。',
    undefined,
    [
      'MET 雷春美>董安 会见',
      'MET 雷春美>陈勇 会见',
    ],
  ],
  [
    'a party\'s head and his deputy, named later by their posts in it (团长…，副团长…)',
    '10月26日上午，省委统战部巡视员林琳会见了巴拿马华裔青年访问团一行28人。\n访问团团长李玉明表示，中巴建交后，两国' +
      '关系快速发展。副团长陈聂思表示许多华裔青年希望能回到广东寻根。',
    undefined,
    [
      'MET 林琳>李玉明 会见',
      'MET 林琳>陈聂思 会见',
    ],
  ],
  [
    'arriving, then escorts, then what the one escorted did (抵达布里斯本，在…陪同下，出席…)',
    '侨委会委员长吴英毅3月7日抵达布里斯本，在驻澳代表林松焕及驻布里斯本经文处处长宋文城的陪同下，出席博览会开幕式' +
      '并致词。',
    undefined,
    [
      'ADDRESSED 吴英毅 博览会 (致词)',
      'ATTENDED 吴英毅 博览会 (出席)',
      'ATTENDED 宋文城 博览会 (陪同 #2)',
      'ATTENDED 林松焕 博览会 (陪同 #1)',
    ],
  ],
  [
    'on behalf of a body and one named (代表中国侨联、中国侨联主席万立骏): he is not the one who went',
    '1月31日，中国侨联秘书长陈迈一行来温，代表中国侨联、中国侨联主席万立骏慰问侨联老领导与侨界代表人士。',
    undefined,
    [
      'LED 陈迈 慰问侨联老领导与侨界代表人士 (慰问)',
    ],
  ],
  [
    'an office named by what it does (检查分局) and a team (考察小组): no inspection',
    '仪式最后，省药监局局长孙继民、市委书记王爱明共同为吉林省药品监督管理局梅河新区检查分局揭牌。常州市统计局局长' +
      '徐华勤向考察小组一行表示了热烈欢迎。',
    undefined,
    [
    ],
  ],
  [
    'a level\'s body read as a name by its surname (区侨联一行) goes on no visit',
    '1月10日，市侨联办公室主任关树峰带队与区侨联一行到珠江街走访慰问困难归侨侨眷代表。',
    undefined,
    [
      'LED 关树峰 带队与区侨联一行到珠江街走访慰问困难归侨侨眷代表 (带队)',
      'VISITED 关树峰 珠江街',
    ],
  ],
  [
    'an inspection\'s findings told at a feedback meeting (…督察我市情况反馈会召开): its chair, its speakers',
    '11月20日下午，省第一环保督察组督察我市情况反馈会召开，组长孙燕丽通报督察反馈意见，市委书记项雪龙作表态发言，' +
      '市委副书记、市长方伟主持反馈会。',
    undefined,
    [
      'ADDRESSED 孙燕丽 省第一环保督察组督察我市情况反馈会 (通报)',
      'ADDRESSED 项雪龙 省第一环保督察组督察我市情况反馈会 (作表态发言)',
      'CHAIRED 方伟 省第一环保督察组督察我市情况反馈会 (主持)',
    ],
  ],
  [
    'speakers listed after 的 and a comma (在典礼上讲话的，还有…)',
    '1957年10月15日，武汉长江大桥落成通车典礼在长江大桥上举行。在典礼上讲话的，还有湖北省省长张体学，武汉市副市长' +
      '王克文。',
    undefined,
    [
      'ADDRESSED 张体学 武汉长江大桥落成通车典礼 (讲话)',
      'ADDRESSED 王克文 武汉长江大桥落成通车典礼 (讲话)',
    ],
  ],
  [
    'a first train sent off at the ceremony (宣布列车发车)',
    '12月27日上午，杭昌高铁黄昌段首发列车发车仪式在黄山市黟县东站举行，安徽省委常委、常务副省长费高云宣布列车发车。',
    undefined,
    [
      'ATTENDED 费高云 杭昌高铁黄昌段首发列车发车仪式 (宣布)',
    ],
  ],
  [
    'a meeting guided by one who sat in (参加并指导了…民主生活会)',
    '习近平参加并指导了省委常委班子专题民主生活会。',
    undefined,
    [
      'ATTENDED 习近平 省委常委班子专题民主生活会 (参加并指导了)',
    ],
  ],
  [
    'an embassy\'s own people present (我馆郁伯仁参赞、唐海参赞…出席)',
    '我馆郁伯仁参赞、唐海参赞、移民与人口部副部长吴貌昂等出席了捐赠仪式。',
    undefined,
    [
      'ATTENDED 吴貌昂 捐赠仪式 (出席 #3)',
      'ATTENDED 唐海 捐赠仪式 (出席 #2)',
      'ATTENDED 郁伯仁 捐赠仪式 (出席 #1)',
    ],
  ],
  [
    'a day just before the dispatch\'s is the story\'s, whatever years the lead spoke of',
    '中大新闻网广州11月13日电（记者邓昱彤）2024年11月12日，中山大学将迎来建校100周年。百年华诞是里程碑。\n2023年11' +
      '月12日，中山大学100周年校庆年启动仪式在广州隆重举行。中山大学党委书记陈春声，中山大学原校长李岳生出席。',
    undefined,
    [
      'ATTENDED 李岳生 中山大学100周年校庆年启动仪式 (出席 #2)',
      'ATTENDED 陈春声 中山大学100周年校庆年启动仪式 (出席 #1)',
    ],
  ],
  [
    'the chair named before 主持的, after the meeting others attended (参加了…参谋长阿兹林中校主持的欢迎午宴)',
    '到访文莱后，中方任务指挥员拜会了文皇家海军代理司令沙利夫上校，参加了文皇家海军参谋长阿兹林中校主持的欢迎午宴。',
    undefined,
    [
      'CHAIRED 阿兹林 欢迎午宴 (主持)',
    ],
  ],
  [
    'a past meeting whose spirit is studied names no chair (学习…主持的…会议精神)',
    '会议传达学习了习近平总书记主持召开的中央政治局会议精神。',
    undefined,
    [
    ],
  ],
  [
    'a mission\'s attachés, ranks after their names, in a party led by the ambassador (大使钱敏坚和武官郑煜冲大校、副' +
      '武官刘宗振上校一行三人)',
    '黎巴嫩贝鲁特当地时间1月22日，中国驻黎巴嫩大使钱敏坚和武官郑煜冲大校、副武官刘宗振上校一行三人，在春节前夕前往' +
      '中国赴黎巴嫩维和部队营区，亲切看望慰问第20批赴黎维和部队官兵。',
    undefined,
    [
      'ATTENDED 刘宗振 看望慰问第20批赴黎维和部队官兵 (看望慰问 #2)',
      'ATTENDED 郑煜冲 看望慰问第20批赴黎维和部队官兵 (看望慰问 #1)',
      'LED 钱敏坚 看望慰问第20批赴黎维和部队官兵 (看望慰问)',
      'VISITED 钱敏坚 中国',
      'VISITED 钱敏坚 黎巴嫩维和部队',
    ],
  ],
  [
    'a rank after the first name goes on with the list (波波夫少将、中国驻俄使馆副武官许昌志)',
    '俄海军太平洋舰队副参谋长波波夫少将、中国驻俄使馆副武官许昌志、中国驻俄罗斯哈巴罗夫斯克总领事孙立杰及华侨华人' +
      '和留学生代表等参加了欢迎仪式。',
    undefined,
    [
      'ATTENDED 孙立杰 欢迎仪式 (参加 #3)',
      'ATTENDED 波波夫 欢迎仪式 (参加 #1)',
      'ATTENDED 许昌志 欢迎仪式 (参加 #2)',
    ],
  ],
  [
    'a state\'s short name and its ministry are no name (马卫生部长杜尔)',
    '6月9日，驻马里大使陈志宏与马卫生部长杜尔共同出席援马医疗队授勋仪式。陈大使和杜尔部长为医疗队员颁发了勋章。',
    undefined,
    [
      'ATTENDED 杜尔 援马医疗队授勋仪式 (出席 #2)',
      'ATTENDED 杜尔 援马医疗队授勋仪式 (颁发了 #2)',
      'ATTENDED 陈志宏 援马医疗队授勋仪式 (出席 #1)',
      'ATTENDED 陈志宏 援马医疗队授勋仪式 (颁发了 #1)',
    ],
  ],
  [
    'officials closed by 等 and their kind (等莱方官员), then 以及 and the rest of those present',
    '莱索托首相马特凯恩、参议院议长莫基提米、国民议会议长塞卡马内、副首相马贾拉、卫生大臣莫乔博罗阿内等莱方官员，' +
      '以及中国驻莱索托大使馆临时代办吕良忠、援莱索托医疗队队员、中资商会代表和当地民众等约600人出席仪式。',
    undefined,
    [
      'ATTENDED 吕良忠 仪式 (出席 #6)',
      'ATTENDED 塞卡马内 仪式 (出席 #3)',
      'ATTENDED 莫乔博罗阿内 仪式 (出席 #5)',
      'ATTENDED 莫基提米 仪式 (出席 #2)',
      'ATTENDED 马特凯恩 仪式 (出席 #1)',
      'ATTENDED 马贾拉 仪式 (出席 #4)',
    ],
  ],
  [
    'reports named by their titles in 《》 (作了《…》的主题报告, 作《…》专题报告)',
    '促进军民深度融合发展研讨会在长沙召开。研讨会上，国家国防科工局总工程师龙红山作了《加快推进国防科技工业军民融' +
      '合迈上新台阶》的主题报告，中国探月工程总设计师吴伟仁院士作《深空探测发展与航天强国建设》专题报告。',
    undefined,
    [
      'ADDRESSED 吴伟仁 促进军民深度融合发展研讨会 (作报告)',
      'ADDRESSED 龙红山 促进军民深度融合发展研讨会 (作报告)',
    ],
  ],
  [
    'those present listed after the colon, by two kinds (应邀出席今天启动仪式的领导和来宾有：…同志，…同志)',
    '开幕仪式在我校举行。应邀出席今天启动仪式的领导和来宾有：常德市总工会党组书记、副主席赵克蓉同志，常德市人力资' +
      '源和社会保障局党组成员、总经济师张小东同志，我校校长黄永宏同志。',
    undefined,
    [
      'ATTENDED 张小东 启动仪式 (出席 #2)',
      'ATTENDED 赵克蓉 启动仪式 (出席 #1)',
      'ATTENDED 黄永宏 启动仪式 (出席 #3)',
    ],
  ],
  [
    'officials who graced a ceremony (…等长官、贵宾莅临), held as Taiwan\'s press says it (办理颁奖典礼)',
    '27日在中华医事科技大学办理颁奖典礼，劳动部劳动力发展署署长蔡孟良、台南市政府劳工局局长王鑫基、中华医事科技大' +
      '学校长孙逸民等长官、贵宾莅临，向全体参赛及优胜选手献上祝福与期勉。',
    undefined,
    [
      'ATTENDED 孙逸民 颁奖典礼 (莅临 #3)',
      'ATTENDED 王鑫基 颁奖典礼 (莅临 #2)',
      'ATTENDED 蔡孟良 颁奖典礼 (莅临 #1)',
    ],
  ],
  [
    'a party\'s bare going, no ceremony graced (考察团一行莅临。)',
    '省发改委考察团一行莅临。考察团在我县考察了三个项目。',
    undefined,
    [
    ],
  ],
  [
    'what was prepared, a noun, is no plan (就…运动会准备情况进行检查); those who went along (…，及…一同检查)',
    '10月10日下午，市长韩军就市第一届运动会准备情况进行检查。副市长黄敏，合工大副校长朱大勇，宣城职业技术学院院长' +
      '邓一丁，及市政府秘书长唐佑文一同检查。',
    undefined,
    [
      'ATTENDED 唐佑文 就市第一届运动会准备情况进行检查 (一同检查 #4)',
      'ATTENDED 朱大勇 就市第一届运动会准备情况进行检查 (一同检查 #2)',
      'ATTENDED 邓一丁 就市第一届运动会准备情况进行检查 (一同检查 #3)',
      'ATTENDED 黄敏 就市第一届运动会准备情况进行检查 (一同检查 #1)',
      'LED 韩军 就市第一届运动会准备情况进行检查 (检查)',
    ],
  ],
  [
    'a plan still (准备出席)',
    '市长韩军准备出席明天的运动会开幕式。',
    undefined,
    [
    ],
  ],
  [
    'a name the tagger cut before its 和 (竹田恒和，), listed over commas',
    '广州亚组委副主席、国家体育总局副局长杨树安，亚奥理事会终身名誉副主席魏纪中，亚奥理事会协调委员会主席竹田恒和' +
      '，亚奥理事会总干事侯赛因等出席了会议。',
    undefined,
    [
      'ATTENDED 侯赛因 会议 (出席 #4)',
      'ATTENDED 杨树安 会议 (出席 #1)',
      'ATTENDED 竹田恒和 会议 (出席 #3)',
      'ATTENDED 魏纪中 会议 (出席 #2)',
    ],
  ],
  [
    'a speaker described before his name, opening the sentence (第20批医疗队专职队长梁海洋在交接仪式上表示)',
    '近日，第20批援乍中国医疗队与第19批援乍医疗队举行轮换交接仪式。第20批医疗队专职队长梁海洋在交接仪式上表示，全' +
      '体队员将牢记初心使命。',
    undefined,
    [
      'ADDRESSED 梁海洋 轮换交接仪式 (讲话)',
    ],
  ],
  [
    'time taken out for a visit (抽时间前往…，看望了…)',
    '卫生部党组书记、副部长张茅抽时间前往苏丹喀土穆恩图曼友谊医院，看望了第30批援苏丹医疗队全体队员。',
    undefined,
    [
      'LED 张茅 看望第30批援苏丹医疗队全体队员 (看望)',
      'VISITED 张茅 苏丹喀土穆恩图曼友谊医院',
    ],
  ],
  [
    'a report, the first of a series (作了首场报告)',
    '昨日，报告会启动仪式在青年宫举行，中国青年政治学院副院长、党委书记陆士桢教授作了首场报告。',
    undefined,
    [
      'ADDRESSED 陆士桢 报告会 (作了首场报告)',
    ],
  ],
  [
    'those named, of the experts at the meeting (…王民等与会专家就…建言献策)',
    '专家咨询会议在南京召开。下午举行的分组讨论会上，洪银兴、秦振华、王民等与会专家就我省现代化布局积极建言献策。',
    undefined,
    [
      'ATTENDED 洪银兴 分组讨论 (与会 #1)',
      'ATTENDED 王民 分组讨论 (与会 #3)',
      'ATTENDED 秦振华 分组讨论 (与会 #2)',
    ],
  ],
  [
    'those at a meeting told by kind, no one named (与会专家积极发言)',
    '座谈会上，与会专家积极发言。',
    undefined,
    [
    ],
  ],
  [
    'a delegation led to a meeting: its head attended it and spoke to its general debate (率…代表团出席会议，并作一' +
      '般性发言)',
    '国家知识产权局局长申长雨率中国政府代表团出席会议，并作一般性发言。',
    undefined,
    [
      'ADDRESSED 申长雨 会议 (作一般性发言)',
      'ATTENDED 申长雨 会议 (出席)',
      'LED 申长雨 率中国政府代表团出席会议 (率)',
    ],
  ],
  [
    'a report by its kind (就…作了专项汇报)',
    '省厅总工程师尉文龙到中条林局调研，并召开座谈会。副局长吴应建就营造林、森林抚育工程建设情况作了专项汇报。',
    undefined,
    [
      'ADDRESSED 吴应建 座谈会 (作了专项汇报)',
      'CHAIRED 尉文龙 座谈会 (召开)',
      'LED 尉文龙 到中条林局调研 (调研)',
    ],
  ],
  [
    'those taken along, others by kind joined before the party\'s count (带领…何维生及相关业务科室负责人等一行9人，到' +
      '…考察学习)',
    '2月27日，林业局党委书记郭仕强带领副局长薛永强、工会主席何维生及相关业务科室负责人等一行9人，到太白县林业局考' +
      '察学习。',
    undefined,
    [
      'ATTENDED 何维生 考察学习 (考察 #2)',
      'ATTENDED 薛永强 考察学习 (考察 #1)',
      'LED 郭仕强 考察学习 (考察)',
      'VISITED 郭仕强 太白县林业局',
    ],
  ],
  [
    'a party\'s head named before it in its own clause (由…杨忠岐带队，…刘秀晨、…刘学勇一行…赴四川调研)',
    '4月15日至19日，由国务院参事杨忠岐带队，国务院参事刘秀晨、张红武，参事业务一司副司长张立平一行就国家公园建设赴' +
      '四川调研。',
    undefined,
    [
      'ATTENDED 刘秀晨 就国家公园建设赴四川调研 (调研 #1)',
      'ATTENDED 张立平 就国家公园建设赴四川调研 (调研 #3)',
      'ATTENDED 张红武 就国家公园建设赴四川调研 (调研 #2)',
      'LED 杨忠岐 就国家公园建设赴四川调研 (调研)',
      'VISITED 杨忠岐 四川',
    ],
  ],
  [
    'a deputy commissioner first of escorts listed over commas (…副专员高尚仁、叶英，…等分别陪同调研)',
    '国家林草局副局长李军到百山祖调研。国家林草局驻上海专员办党组成员、副专员高尚仁、叶英，省林业局自然保护地管理' +
      '处处长吾中良等分别陪同调研。',
    undefined,
    [
      'ATTENDED 叶英 到百山祖调研 (陪同调研 #2)',
      'ATTENDED 吾中良 到百山祖调研 (陪同调研 #3)',
      'ATTENDED 高尚仁 到百山祖调研 (陪同调研 #1)',
      'LED 李军 到百山祖调研 (调研)',
    ],
  ],
  [
    'lectures by those invited, on a topic ending as it may (邀请…张晓刚就标准化改革与创新作专题讲座)',
    '全国地方标准化工作座谈会在成都召开。会上，各省市场监管部门负责同志作交流发言，并邀请中国工程院院士赵宪庚、原' +
      '国务院参事张纲就标准化改革与创新作专题讲座。',
    undefined,
    [
      'ADDRESSED 张纲 全国地方标准化工作座谈会 (作专题讲座)',
      'ADDRESSED 赵宪庚 全国地方标准化工作座谈会 (作专题讲座)',
    ],
  ],
  [
    'a call as foreign press tells it (和布什通了电话)',
    '胡锦涛星期六和布什通了电话，两人同意在纽约会面。',
    undefined,
    [
      'MET 胡锦涛>布什 通了电话',
    ],
  ],
  [
    'a video conference by its short name (参加…春节调度视频会)',
    '1月22日上午，县长陈丹先后到县委、县政府看望慰问春节值班值守工作人员，并参加黄冈市春节调度视频会。',
    undefined,
    [
      'ATTENDED 陈丹 黄冈市春节调度视频会 (参加)',
      'LED 陈丹 先后到县委、县政府看望慰问春节值班值守工作人员 (看望慰问)',
      'VISITED 陈丹 县委',
      'VISITED 陈丹 县政府',
    ],
  ],
  [
    'talks with a side described by what it came for, its members named next and closed by its kind: whom the hosts ' +
      'met',
    '10月12日，省委书记冯飞、省长刘小明在海口与参加第十一届世界自由区组织大会的国外自由区代表举行会谈。伊朗自由区' +
      '最高委员会秘书长雷扎·马斯鲁尔、多米尼加国家自由区理事会执行主任丹尼尔·利兰佐、加纳自由区管理局CEO玛丽·阿乌西' +
      '等国外自由区代表参加会谈。',
    undefined,
    [
      'MET 冯飞>丹尼尔·利兰佐 举行会谈',
      'MET 冯飞>玛丽·阿乌西 举行会谈',
      'MET 冯飞>雷扎·马斯鲁尔 举行会谈',
      'MET 刘小明>丹尼尔·利兰佐 举行会谈',
      'MET 刘小明>玛丽·阿乌西 举行会谈',
      'MET 刘小明>雷扎·马斯鲁尔 举行会谈',
    ],
  ],
  [
    'talks with a side whose members are not named: the hosts attended them',
    '10月12日，省委书记冯飞在海口与国外自由区代表举行会谈。双方就加强合作交换了意见。',
    undefined,
    [
      'ATTENDED 冯飞 同国外自由区代表会谈 (举行会谈)',
    ],
  ],
  [
    'a chain of posts as long as protocol prints it, between two named (…陈鸣波，市政府副秘书长、…常务副主任杭迎伟等' +
      '领导出席)',
    '上海自贸区央地融合发展平台理事会换届会议举行。市委常委、浦东新区区委书记翁祖亮，副市长吴清，市政府副秘书长陈' +
      '鸣波，市政府副秘书长、浦东新区区委副书记、区长、中国（上海）自由贸易试验区管理委员会常务副主任杭迎伟等领导出' +
      '席。',
    undefined,
    [
      'ATTENDED 吴清 上海自贸区央地融合发展平台理事会换届会议 (出席 #2)',
      'ATTENDED 杭迎伟 上海自贸区央地融合发展平台理事会换届会议 (出席 #4)',
      'ATTENDED 翁祖亮 上海自贸区央地融合发展平台理事会换届会议 (出席 #1)',
      'ATTENDED 陈鸣波 上海自贸区央地融合发展平台理事会换届会议 (出席 #3)',
    ],
  ],
  [
    'officials who opened the story\'s ceremony by its curtain (…熊博力，副市长靳国卫共同为购物节活动启幕)',
    '5月8日，“2020大连购物节”开幕式举行。大连市委书记谭作钧，大连市委副书记、市长陈绍旺，市委常委、秘书长熊博力，' +
      '副市长靳国卫共同为购物节活动启幕。',
    undefined,
    [
      'ATTENDED 熊博力 “2020大连购物节”开幕式 (启幕 #3)',
      'ATTENDED 谭作钧 “2020大连购物节”开幕式 (启幕 #1)',
      'ATTENDED 陈绍旺 “2020大连购物节”开幕式 (启幕 #2)',
      'ATTENDED 靳国卫 “2020大连购物节”开幕式 (启幕 #4)',
    ],
  ],
  [
    'a gong struck to open a listing (…陈建华与…董事长张宏共同敲响开市锣)',
    '广汽集团A股上市仪式在上海证券交易所举行。上午9时28分，广州市市长陈建华与广汽集团董事长张宏在交易大厅共同敲响' +
      '开市锣。',
    undefined,
    [
      'ATTENDED 张宏 广汽集团A股上市仪式 (共同敲响开市锣 #2)',
      'ATTENDED 陈建华 广汽集团A股上市仪式 (共同敲响开市锣 #1)',
    ],
  ],
  [
    'a ceremony chaired by those after 由, set off by a comma after its name (…开市仪式，由主席史美伦及…戴志坚主持)',
    '港交所的网上新春开市仪式，由主席史美伦及代理行政总裁戴志坚主持，为舞狮点睛。',
    undefined,
    [
      'CHAIRED 史美伦 网上新春开市仪式 (主持)',
      'CHAIRED 戴志坚 网上新春开市仪式 (主持)',
    ],
  ],
  [
    'views offered to the story\'s meeting by those listed by their bodies, names and posts (…龚俊强董事长、新时代教' +
      '育彭翔董事长…等企业家代表就…提出了很好的意见)',
    '4月9日，市发改局召开专家研讨会。联合光电龚俊强董事长、新时代教育彭翔董事长等企业家代表就产业和创新发展提出了' +
      '很好的意见。',
    undefined,
    [
      'ADDRESSED 彭翔 专家研讨会 (提出意见建议)',
      'ADDRESSED 龚俊强 专家研讨会 (提出意见建议)',
    ],
  ],
  [
    'views offered on a visit are no speech at a meeting (企业负责人…提出了意见建议)',
    '4月9日，市长张三到企业调研。企业负责人李四就产业发展提出了意见建议。',
    undefined,
    [
      'LED 张三 到企业调研 (调研)',
    ],
  ],
  [
    'a commissioner by his post (国家防办督察专员田以堂到会指导)',
    '淮河防汛抗旱总指挥部2016年工作会议在蚌埠召开。国家防办督察专员田以堂到会指导。',
    undefined,
    [
      'ATTENDED 田以堂 淮河防汛抗旱总指挥部工作会议 (到会)',
    ],
  ],
  [
    'talks with a delegation the story told led before: its leader met (姚景林率…代表团赴…访问。…戈尔科夫与…代表团进' +
      '行了工作会谈)',
    '8月2日，满洲里市委常委姚景林率满洲里市政企代表团赴俄罗斯乌兰乌德市进行友好访问。乌兰乌德市市长戈尔科夫与满洲' +
      '里市政企代表团进行了工作会谈，外联局局长达什耶夫等参加了会谈。',
    undefined,
    [
      'ATTENDED 达什耶夫 同满洲里市政企代表团会谈 (参加了会谈)',
      'LED 姚景林 赴俄罗斯乌兰乌德市进行友好访问 (率)',
      'MET 戈尔科夫>姚景林 会谈',
      'VISITED 姚景林 俄罗斯乌兰乌德市',
    ],
  ],
  // Round VV: local, Singapore and Malaysia press.
  [
    'a list closed by Singapore\'s office holders (以及多名政治职务担任者也出席了…)',
    '新春团拜在商团中心举行。贸工部部长陈振声、高级政务部长沈颖，以及多名政治职务担任者也出席了团拜活动。',
    undefined,
    [
      'ATTENDED 沈颖 新春团拜 (出席 #2)',
      'ATTENDED 陈振声 新春团拜 (出席 #1)',
    ],
  ],
  [
    'a banquet given, its guest after a comma (设宴，款待…): the host gave it, the guest attended',
    '哈莉玛总统星期二晚上在总统府设宴，款待来新访问四天的英国王储查尔斯王子与夫人卡米拉。',
    undefined,
    [
      'ATTENDED 查尔斯 宴会 (欢迎)',
      'CHAIRED 哈莉玛 宴会 (设宴款待)',
    ],
  ],
  [
    'a banquet given with no comma names its guest too (设宴款待)',
    '习近平在人民大会堂设宴款待来华访问的法国总统马克龙。',
    undefined,
    [
      'ATTENDED 马克龙 宴会 (欢迎)',
      'CHAIRED 习近平 宴会 (设宴款待)',
    ],
  ],
  [
    'the one the story carries, as 他 after the day (他17日出席了晚宴; 17日，他出席…)',
    '总领事邢伟平16日出席了会议。他17日上午出席了晚宴。18日，他出席了招待会。',
    undefined,
    [
      'ATTENDED 邢伟平 会议 (出席)',
      'ATTENDED 邢伟平 招待会 (出席)',
      'ATTENDED 邢伟平 晚宴 (出席)',
    ],
  ],
  [
    'one whose words open the story is who 他 is next (…赞扬…。他昨晚在出席…晚宴时，也赠送了…)',
    '（新加坡24日讯）新加坡总理李显龙赞扬总商会的贡献。他昨晚在出席总商会举行的庆祝晚宴时，也赠送了一幅牌匾。',
    undefined,
    [
      'ATTENDED 李显龙 庆祝晚宴 (出席)',
    ],
  ],
  [
    'a party led by 他, the subject described before (…赞扬星洲日报。他昨日率领…访问…)',
    '中国驻古晋总领事邢伟平赞扬星洲日报。他昨日率领副总领事宋长虹访问星洲日报古晋分社。',
    undefined,
    [
      'ATTENDED 宋长虹 率领副总领事宋长虹访问星洲日报古晋分社 (率领)',
      'LED 邢伟平 率领副总领事宋长虹访问星洲日报古晋分社 (率领)',
      'VISITED 邢伟平 星洲日报',
    ],
  ],
  [
    'when he said it, as Singapore\'s and Malaysia\'s press print it (X是昨晚受邀出席…时，这么指出)',
    '魏家祥是昨晚受邀出席马六甲关圣宫联谊会晚宴时，这么指出。',
    undefined,
    [
      'ADDRESSED 魏家祥 马六甲关圣宫联谊会晚宴 (讲话)',
      'ATTENDED 魏家祥 马六甲关圣宫联谊会晚宴 (出席)',
    ],
  ],
  [
    'a ceremony of the whole body is its assembly (举行…毕业典礼…，…出席大会，…主持大会)',
    '6月22日，我校在学术报告厅举行2020届毕业生毕业典礼暨学位授予仪式，校党委书记赵万东，副校长吕广利出席大会，校党委副书记袁也主持大会。',
    undefined,
    [
      'ATTENDED 吕广利 毕业生毕业典礼暨学位授予仪式 (出席 #2)',
      'ATTENDED 赵万东 毕业生毕业典礼暨学位授予仪式 (出席 #1)',
      'CHAIRED 袁也 毕业生毕业典礼暨学位授予仪式 (主持)',
    ],
  ],
  [
    'a long topic before the tasks set at the story\'s meeting (对…薄弱环节提出了明确的整改要求); a visit\'s verb inside ' +
      'it names no visit',
    '6月2日，某镇召开环保督察部署会。镇长徐思达对该镇在废油整治、扬尘管理、秸秆禁烧等方面存在的薄弱环节提出了明确的整改要求。最后，镇党委书记戴建斌对该镇中央环保督察“回头看”工作提出了明确要求：一要提高政治站位。',
    undefined,
    [
      'ADDRESSED 徐思达 环保督察部署会 (提出了明确的整改要求)',
      'ADDRESSED 戴建斌 环保督察部署会 (提出了明确要求)',
    ],
  ],
  [
    'a mobilisation given at the story\'s meeting (进行了进驻动员, 发布动员令)',
    '26日上午，督察进驻动员会在成都召开，督察组组长马中平作了讲话，四川省委书记彭清华进行了进驻动员，四川省委副书记、省长黄强主持动员会。总指挥长汪莹纯发布动员令，要求全市上下大力弘扬体育精神。',
    undefined,
    [
      'ADDRESSED 彭清华 督察进驻动员会 (进行了进驻动员)',
      'ADDRESSED 汪莹纯 督察进驻动员会 (发布动员令)',
      'ADDRESSED 马中平 督察进驻动员会 (作了讲话)',
      'CHAIRED 黄强 督察进驻动员会 (主持)',
    ],
  ],
  [
    'those named first, closed by their kind, joined by 和 to others named (…王大军等省市领导和奥运冠军徐云丽…出席)',
    '省体育局局长高维岭、省体育局副局长陈海军、王大军等省市领导和奥运冠军徐云丽、张晓雅出席大会。',
    undefined,
    [
      'ATTENDED 张晓雅 大会 (出席 #5)',
      'ATTENDED 徐云丽 大会 (出席 #4)',
      'ATTENDED 王大军 大会 (出席 #3)',
      'ATTENDED 陈海军 大会 (出席 #2)',
      'ATTENDED 高维岭 大会 (出席 #1)',
    ],
  ],
  [
    'an activity named by what it shows, attended (参加此次观摩活动)',
    '县人普办副组长、统计局党组书记吴改良，局长朱平洋、镇长李照球以及24个乡镇分管普查工作领导和统计负责人参加此次观摩活动。',
    undefined,
    [
      'ATTENDED 吴改良 观摩活动 (参加 #1)',
      'ATTENDED 朱平洋 观摩活动 (参加 #2)',
      'ATTENDED 李照球 观摩活动 (参加 #3)',
    ],
  ],
  [
    'the weather a party went in (冒着酷暑，) stands between its leader and the visit',
    '9月2日，县教体局局长杜德勇带领副局长王涛、教育股长王善玉，冒着酷暑，先后深入到云溪小学检查指导开学工作。',
    undefined,
    [
      'ATTENDED 王善玉 检查指导开学工作 (指导 #2)',
      'ATTENDED 王善玉 检查指导开学工作 (检查 #2)',
      'ATTENDED 王涛 检查指导开学工作 (指导 #1)',
      'ATTENDED 王涛 检查指导开学工作 (检查 #1)',
      'LED 杜德勇 检查指导开学工作 (指导)',
      'LED 杜德勇 检查指导开学工作 (检查)',
      'VISITED 杜德勇 云溪小学',
    ],
  ],
  [
    'officials named after their schools, one kg did not read (龙岩一中刘炳河、…、永定一中曾德勇等…作了发言)',
    '9月6日，全市高中校长座谈会召开。龙岩一中刘炳河、龙岩二中吴羽杰、永定一中曾德勇等十位校长代表作了发言。',
    undefined,
    [
      'ADDRESSED 刘炳河 全市高中校长座谈会 (作了发言)',
      'ADDRESSED 吴羽杰 全市高中校长座谈会 (作了发言)',
      'ADDRESSED 曾德勇 全市高中校长座谈会 (作了发言)',
    ],
  ],
  [
    'one who signs for his side with the other, at the ceremony (代表县人民政府分别与企业代表签订合作协议)',
    '签约仪式上，县委常委、常务副县长陈春代表县人民政府分别与企业代表签订合作协议。',
    undefined,
    [
      'ATTENDED 陈春 签约仪式 (签订)',
    ],
  ],
  [
    'a video conference by its short name (电视电话会)',
    '3月11日，省局组织召开2019年全省汛期气象服务动员电视电话会。省气象局局长庄旭东作动员讲话，副局长梁建茵主持会议。',
    undefined,
    [
      'ADDRESSED 庄旭东 全省汛期气象服务动员电视电话会 (作动员讲话)',
      'CHAIRED 梁建茵 全省汛期气象服务动员电视电话会 (主持)',
    ],
  ],
  [
    'a drill held and watched (举行…演习; 现场观摩演习; 开展…演练，…出席)',
    '有关部门于5月11日在张掖市联合举行高原高寒地区抗震救灾实战化演习。国务委员王勇，甘肃省省长任振鹤现场观摩演习。',
    undefined,
    [
      'ATTENDED 任振鹤 高原高寒地区抗震救灾实战化演习 (现场观摩 #2)',
      'ATTENDED 王勇 高原高寒地区抗震救灾实战化演习 (现场观摩 #1)',
    ],
  ],
  [
    'guiding a place gone to (到县气象局指导工作) is an inspection; guidance received is none',
    '1月4日下午，汉源县人民政府副县长毛艳燕到县气象局指导工作。该项目得到了省专家组李明的指导。',
    undefined,
    [
      'LED 毛艳燕 到县气象局指导工作 (指导)',
      'VISITED 毛艳燕 县气象局',
    ],
  ],
  [
    'a body\'s former post in a list (联合国前秘书长安南) and the United Nations\' coordinator',
    '联合国驻华系统在北京举行招待会。中国外交部副部长王光亚、联合国前秘书长安南、中国联合国协会会长陈健和联合国驻华协调员马和励等出席并分别致辞。',
    undefined,
    [
      'ADDRESSED 安南 招待会 (致辞)',
      'ADDRESSED 王光亚 招待会 (致辞)',
      'ADDRESSED 陈健 招待会 (致辞)',
      'ADDRESSED 马和励 招待会 (致辞)',
      'ATTENDED 安南 招待会 (出席 #2)',
      'ATTENDED 王光亚 招待会 (出席 #1)',
      'ATTENDED 陈健 招待会 (出席 #3)',
      'ATTENDED 马和励 招待会 (出席 #4)',
    ],
  ],
  [
    'officiating guests closed by 等 (…等担任主礼嘉宾): what they were is no kind of theirs',
    '广深港高铁香港段开通仪式在西九龙站举行。全国政协副主席董建华和梁振英、广东省省长马兴瑞、国务院港澳办主任张晓明等担任主礼嘉宾。',
    undefined,
    [
      'ATTENDED 张晓明 广深港高铁香港段开通仪式 (担任主礼嘉宾 #4)',
      'ATTENDED 梁振英 广深港高铁香港段开通仪式 (担任主礼嘉宾 #2)',
      'ATTENDED 董建华 广深港高铁香港段开通仪式 (担任主礼嘉宾 #1)',
      'ATTENDED 马兴瑞 广深港高铁香港段开通仪式 (担任主礼嘉宾 #3)',
    ],
  ],
  [
    'speeches told right after a meeting held on a visit are made there (…主持召开了座谈会，…先后作了重要讲话)',
    '7月6日，总社理事会主任李成玉在陕西省考察调研。其间，副省长姚引良主持召开了座谈会，李成玉和姚引良先后作了重要讲话。',
    undefined,
    [
      'ADDRESSED 姚引良 座谈会 (作了重要讲话)',
      'ADDRESSED 李成玉 座谈会 (作了重要讲话)',
      'CHAIRED 姚引良 座谈会 (主持召开)',
      'LED 李成玉 在陕西省考察调研 (考察)',
      'VISITED 李成玉 陕西省',
    ],
  ],
  [
    'a slogan in quotes opens the meeting\'s name (赵县“迎新春、叙情谊、话发展”…座谈会)',
    '2月3日，赵县“迎新春、叙情谊、话发展”2026年离退休老干部迎新春座谈会召开。县领导徐圣银、杨云龙出席会议。',
    undefined,
    [
      'ATTENDED 徐圣银 赵县“迎新春、叙情谊、话发展”离退休老干部迎新春座谈会 (出席 #1)',
      'ATTENDED 杨云龙 赵县“迎新春、叙情谊、话发展”离退休老干部迎新春座谈会 (出席 #2)',
    ],
  ],
  [
    'a meeting\'s business done, no comma before it closed (圆满完成各项预定议程后闭幕)',
    '12月23日下午，苏州市科协第十四次代表大会圆满完成各项预定议程后闭幕。市委常委、宣传部部长金洁出席闭幕会并讲话。',
    undefined,
    [
      'ADDRESSED 金洁 苏州市科协代表大会 (讲话)',
      'ATTENDED 金洁 苏州市科协代表大会 (出席)',
    ],
  ],
  [
    'an activity held, named by what it is (举行开斋节门户开放活动)',
    '亚庇市政厅今天在沙巴国际会展中心举行开斋节门户开放活动。副首席部长拿督沙赫米耶耶、州财政部助理部长陈历发等也有出席。',
    undefined,
    [
      'ATTENDED 沙赫米耶耶 开斋节门户开放活动 (出席 #1)',
      'ATTENDED 陈历发 开斋节门户开放活动 (出席 #2)',
    ],
  ],
  [
    'a visit gone to pay, told as done (前往中国展开一天的工作访问), and its suite (陪同…访问者包括…); 将前往 is a plan',
    '首相安华前往中国展开一天的工作访问。陪同安华展开工作访问者包括地方政府发展部长倪可敏等。李强将前往新加坡进行工作访问。',
    undefined,
    [
      'ATTENDED 倪可敏 工作访问中国 (随同)',
      'LED 安华 工作访问中国 (工作访问)',
      'VISITED 安华 中国',
    ],
  ],
  [
    'those present by how Singapore\'s and Malaysia\'s papers list them (宾客如云，出席嘉宾有…; 出席晚宴者，包括…)',
    '总领事馆周五举办招待会。当晚冠盖云集，宾客如云，出席嘉宾有槟州首长曹观友、副总领事丁巧等。总商会举行晚宴。昨晚出席晚宴者，包括上议员许金汉、总会长施亚历等。',
    undefined,
    [
      'ATTENDED 丁巧 招待会 (出席 #2)',
      'ATTENDED 施亚历 晚宴 (出席 #2)',
      'ATTENDED 曹观友 招待会 (出席 #1)',
      'ATTENDED 许金汉 晚宴 (出席 #1)',
    ],
  ],
  [
    'raising the curtain of the story\'s meeting together (一同为研讨会拉开序幕)',
    '粤港澳惩教研讨会在香港举行。香港保安局李家超局长、广东省监狱管理局李景言局长与澳门惩教管理局程况明局长一同为研讨会拉开序幕。',
    undefined,
    [
      'ATTENDED 李家超 粤港澳惩教研讨会 (拉开序幕 #1)',
      'ATTENDED 李景言 粤港澳惩教研讨会 (拉开序幕 #2)',
      'ATTENDED 程况明 粤港澳惩教研讨会 (拉开序幕 #3)',
    ],
  ],
  [
    'an activity held to greet a visitor names no event his words are at (举行舞狮活动迎接李强总理)',
    '当地华人华侨举行舞狮活动迎接李强总理。李强在致辞中表示，两国关系领跑。',
    undefined,
    [

    ],
  ],
  [
    'activities counted name no one event (举办了约30项冰雪赛事活动)',
    '市体育局举办了约30项冰雪赛事活动，副市长王强出席并致辞。',
    undefined,
    [

    ],
  ],
  [
    'the summing up of the story\'s meeting by its verb alone (对本次会议进行了总结)',
    '7月8日，县住建局召开质量通报会。最后，县住建局副局长盛战对本次会议进行了总结。',
    undefined,
    [
      'ADDRESSED 盛战 质量通报会 (进行了总结)',
    ],
  ],
  [
    'the meeting the story was learnt at, held lately (笔者从日前召开的…部署会上了解到)',
    '笔者从日前召开的2023年度渔业安全生产暨海洋伏季休渔监管工作部署会上了解到，5月1日起进入休渔期。县委常委、副县长陈石金出席会议并讲话。',
    undefined,
    [
      'ADDRESSED 陈石金 渔业安全生产暨海洋伏季休渔监管工作部署会 (讲话)',
      'ATTENDED 陈石金 渔业安全生产暨海洋伏季休渔监管工作部署会 (出席)',
    ],
  ],
  [
    'an official who opens a paragraph of a meeting\'s story by what he stressed, after a colon (…强调：)',
    '7月31日，枣庄镇召开环保工作专题推进会。会议由镇党委副书记杜云南主持。\n镇党委书记刘光辉强调：镇村干部要提高思想认识。',
    undefined,
    [
      'ADDRESSED 刘光辉 环保工作专题推进会 (讲话)',
      'CHAIRED 杜云南 环保工作专题推进会 (主持)',
    ],
  ],
  [
    'a leader quoted from above in a meeting\'s story makes no speech there (习近平总书记强调：)',
    '7月31日，枣庄镇召开环保工作专题推进会。会议由镇党委副书记杜云南主持。\n习近平总书记强调：绿水青山就是金山银山。',
    undefined,
    [
      'CHAIRED 杜云南 环保工作专题推进会 (主持)',
    ],
  ],
  [
    'the verb of a speech parted by its aspect (在剪彩仪式上讲了话); a ceremony\'s name cuts no ribbon',
    '7月3日，学校举行文昌门剪彩仪式。党委书记吴国春在剪彩仪式上讲了话。',
    undefined,
    [
      'ADDRESSED 吴国春 文昌门剪彩仪式 (讲了话)',
    ],
  ],
  [
    'others after 以及 by their kind as experts (…雷鸣，以及…相关领导和专家出席了活动)',
    '网络安全宣传周校园日活动在天津大学举行。教育部思想政治工作司司长魏士强、天津大学党委副书记雷鸣，以及教育部、天津市各高校的相关领导和专家出席了活动。',
    undefined,
    [
      'ATTENDED 雷鸣 网络安全宣传周校园日活动 (出席 #2)',
      'ATTENDED 魏士强 网络安全宣传周校园日活动 (出席 #1)',
    ],
  ],
  [
    'others listed by kind after the named, volunteers closing them (…刘芳，社区、学校、区域单位志愿者等出席活动)',
    '宣传周启动仪式在镇广场举行。区委网信办副主任李丹，镇党委副书记孙卫东、党委委员刘芳，镇网络安全工作协调机制成员，社区、学校、区域单位志愿者等出席活动。',
    undefined,
    [
      'ATTENDED 刘芳 宣传周启动仪式 (出席 #3)',
      'ATTENDED 孙卫东 宣传周启动仪式 (出席 #2)',
      'ATTENDED 李丹 宣传周启动仪式 (出席 #1)',
    ],
  ],
  [
    'gathered with those of a kind, an idiom jieba knows read as no name (…等县四套班子领导与…企业负责人齐聚一堂)',
    '2月6日，桐庐县召开“我们的恳谈会”，县委书记方毅，县委副书记、代县长丁熠锋，县政协主席王金才等县四套班子领导与“三通一达”企业负责人齐聚一堂，共迎佳节。',
    undefined,
    [
      'ATTENDED 丁熠锋 恳谈会 (齐聚一堂 #2)',
      'ATTENDED 方毅 恳谈会 (齐聚一堂 #1)',
      'ATTENDED 王金才 恳谈会 (齐聚一堂 #3)',
    ],
  ],
  [
    'where the story names its event only after a bare presence, that is the occasion (…共同主办活动。…等出席并分别致辞。…出席招待会)',
    '联合国驻华系统共同主办活动，庆祝联合国日。中国外交部副部长王光亚、联合国前秘书长安南等出席并分别致辞。林燕玲教授受邀出席招待会。',
    undefined,
    [
      'ADDRESSED 安南 招待会 (致辞)',
      'ADDRESSED 王光亚 招待会 (致辞)',
      'ATTENDED 安南 招待会 (出席 #2)',
      'ATTENDED 林燕玲 招待会 (出席)',
      'ATTENDED 王光亚 招待会 (出席 #1)',
    ],
  ],
  [
    'words given anywhere name no event told later (发表电视讲话)',
    '俄罗斯总统普京26日发表电视讲话说，俄罗斯将团结一致。普京27日出席了工作会议。',
    undefined,
    [
      'ATTENDED 普京 工作会议 (出席)',
    ],
  ],
  [
    'an activity planned names no event (习近平主席将分别为…举行国事活动)',
    '5月29日至31日，习近平主席将分别为来华访问的巴林国王哈马德举行国事活动。',
    undefined,
    [],
  ],
  [
    'a list joined by 和 whose last official\'s office is named for what it does (教育督导室) is one list',
    '9月7日，赵亮到我县开展督查。县教育局副局长陈伟明、邓璎和县人民政府教育督导室主任刘作评等陪同检查。',
    '永康市',
    [
      'ATTENDED 刘作评 到我县开展督查 (陪同检查 #3)',
      'ATTENDED 邓璎 到我县开展督查 (陪同检查 #2)',
      'ATTENDED 陈伟明 到我县开展督查 (陪同检查 #1)',
      'LED 赵亮 到我县开展督查 (督查)',
    ],
  ],
  [
    'a basis after the day (9月7日，根据…要求，) is no speech; the team led under its head went on its inspection',
    '9月7日，根据市教育局要求，督查组一行5人，在组长赵亮的带领下，到我县开展开学工作督查。',
    '永康市',
    [
      'LED 赵亮 到我县开展开学工作督查 (带领)',
    ],
  ],
  [
    'a visit told by where its team went and, after a comma, what it went to do (到…，开展…督查): both name it',
    '9月7日，督查组一行5人，在组长赵亮的带领下，先后到我县实验幼儿园、职业技术学校等5所学校，开展开学工作督查。',
    '永康市',
    [
      'LED 赵亮 先后到我县实验幼儿园、职业技术学校等5所学校，开展开学工作督 (带领)',
    ],
  ],
  [
    'a report or a briefing given to a meeting by its verb and manner (进行了汇报, 做了详细的汇报)',
    '4月11日，杨希文到三原县调研。在下午召开的座谈会上，周雪艳就文物保护工作进行了汇报。孙景宏就工作做了详细的汇报。',
    '永康市',
    [
      'ADDRESSED 周雪艳 座谈会 (进行了汇报)',
      'ADDRESSED 孙景宏 座谈会 (做了详细的汇报)',
      'LED 杨希文 到三原县调研 (调研)',
      'VISITED 杨希文 三原县',
    ],
  ],
  [
    'the work laid out to a meeting (就…工作作了布置)',
    '6日，全市中考工作会议召开。招办中招科杨雁斌科长就中考考务具体工作作了布置。',
    '永康市',
    [
      'ADDRESSED 杨雁斌 全市中考工作会议 (作了布置)',
    ],
  ],
  [
    'a briefing given on a visit is given to the visitors, no address (到我校考察。…进行了介绍)',
    '12月13日，何雄、王宇燕率济源市委、市政府领导到我校考察。王宇燕市长就济源市的基本情况进行了介绍。',
    '永康市',
    [
      'LED 何雄 到我校考察 (考察)',
      'LED 王宇燕 到我校考察 (考察)',
    ],
  ],
  [
    'a contest held, attended and addressed (比武竞赛)',
    '5月3日，全市消防比武竞赛在市消防支队举行。市应急管理局局长王天瑞出席。王天瑞在致辞中指出，火调和宣传工作是消防核心业务。',
    '永康市',
    [
      'ADDRESSED 王天瑞 全市消防比武竞赛 (致辞)',
      'ATTENDED 王天瑞 全市消防比武竞赛 (出席)',
    ],
  ],
  [
    'a contest\'s opening is at the contest the lead names (职业技能大赛…开幕。…出席开幕式)',
    '中华人民共和国第二届职业技能大赛9月16日在天津开幕。国务委员谌贻琴出席开幕式宣布开幕，并调研技能人才工作。',
    undefined,
    [
      'ATTENDED 谌贻琴 中华人民共和国职业技能大赛 (出席)',
      'LED 谌贻琴 调研技能人才工作 (调研)',
    ],
  ],
  [
    'one\'s words told as the time of another\'s (在…作简要介绍后，…发表了重要讲话) are no address',
    '10月23日，习近平同中外记者见面。在中共二十大新闻发言人孙业礼作简要介绍后，习近平发表了重要讲话。',
    undefined,
    [
      'ADDRESSED 习近平 见面会 (发表了重要讲话)',
      'ATTENDED 习近平 见面会 (见面)',
    ],
  ],
  [
    'an ethnic festival held by its edition is the story\'s event; those present and its speakers are at it',
    '7月26日，兴义第四届彝族火把节在鲁布格镇隆重举行。州委书记黄定承、市长贺登祥出席。市人大常委会主任王知荣在开幕式上作了重要讲话。',
    '永康市',
    [
      'ADDRESSED 王知荣 兴义彝族火把节 (作了重要讲话)',
      'ATTENDED 贺登祥 兴义彝族火把节 (出席 #2)',
      'ATTENDED 黄定承 兴义彝族火把节 (出席 #1)',
    ],
  ],
  [
    'an activity named in quotes, carried out (组织开展“升国旗、唱国歌”活动), and a bare ceremony of it',
    '9月25日上午，民航局在大兴机场组织开展“升国旗、唱国歌”活动。局长冯正霖，副局长董志毅出席仪式。党委书记宋胜利主持活动。',
    undefined,
    [
      'ATTENDED 冯正霖 “升国旗、唱国歌”活动 (出席 #1)',
      'ATTENDED 董志毅 “升国旗、唱国歌”活动 (出席 #2)',
      'CHAIRED 宋胜利 “升国旗、唱国歌”活动 (主持)',
    ],
  ],
  [
    'an official\'s visit paid to a place, its kind unsaid, as the story opens (对…进行为期3天的访问)',
    '中国驻印尼大使肖千，在商务参赞王立平、二等秘书吴志伟和随员佟佶尧陪同下，于1月31日抵达棉兰，对北苏门答腊省进行为期3天的访问。',
    undefined,
    [
      'ATTENDED 佟佶尧 访问 (陪同 #3)',
      'ATTENDED 吴志伟 访问 (陪同 #2)',
      'ATTENDED 王立平 访问 (陪同 #1)',
      'LED 肖千 访问 (访问)',
    ],
  ],
  [
    'a visit paid told later in a story of another happening is background (本月12日，…对沙特进行了访问)',
    '4月18日，王毅在北京出席会议。本月12日，叙利亚外长梅克达德对沙特进行了访问。',
    undefined,
    [
      'ATTENDED 王毅 会议 (出席)',
    ],
  ],
  [
    'a team\'s study tour that its members joined (参加调研), not the discussion held on it',
    '7月18日至22日，全国政协经济委员会调研组在呼和浩特市开展专题调研，并召开座谈会。全国政协常委杨伟民参加调研并在座谈会上讲话。全国政协委员宋鑫、屠光绍等参加调研并出席座谈会。',
    undefined,
    [
      'ADDRESSED 杨伟民 座谈会 (讲话)',
      'ATTENDED 宋鑫 全国政协经济委员会调研组在呼和浩特市开展专题调研 (参加调研 #1)',
      'ATTENDED 宋鑫 座谈会 (出席 #1)',
      'ATTENDED 屠光绍 全国政协经济委员会调研组在呼和浩特市开展专题调研 (参加调研 #2)',
      'ATTENDED 屠光绍 座谈会 (出席 #2)',
      'ATTENDED 杨伟民 全国政协经济委员会调研组在呼和浩特市开展专题调研 (参加调研)',
    ],
  ],
  [
    'a team made up of those listed (由…组成的调研组): its first named leads, the others go with him',
    '10月24日，由局长白建坤，巡视员何天喜，处长李志强等部门负责人组成的调研组一行6人，在局长罗春廷等领导的陪同下，到孟定农场调研橡胶产业发展情况。',
    '永康市',
    [
      'ATTENDED 何天喜 调研橡胶产业发展情况 (调研 #1)',
      'ATTENDED 李志强 调研橡胶产业发展情况 (调研 #2)',
      'ATTENDED 罗春廷 调研橡胶产业发展情况 (陪同 #1)',
      'LED 白建坤 调研橡胶产业发展情况 (调研)',
    ],
  ],
  [
    'a meeting named by a kind no list holds, right after 召开 (定兵会)',
    '8月29日下午，我市召开征兵工作定兵会。泰州市委常委、军分区司令员李国强，我市市长张育林出席会议。',
    '永康市',
    [
      'ATTENDED 张育林 征兵工作定兵会 (出席 #2)',
      'ATTENDED 李国强 征兵工作定兵会 (出席 #1)',
    ],
  ],
  [
    'a forum\'s yearly sitting named by its place (论坛十堰年会)',
    '11月16日，以“生态文明”为主题的中国生态文明论坛十堰年会在十堰市开幕。陈宗兴出席并讲话。',
    undefined,
    [
      'ADDRESSED 陈宗兴 中国生态文明论坛十堰年会 (讲话)',
      'ATTENDED 陈宗兴 中国生态文明论坛十堰年会 (出席)',
    ],
  ],
  [
    'a checkpoint and a section named after what they do are no inspection (边防检查站, 检查科)',
    '6月9日，李铁民带领市政协委员，在副市长刘伟及市港口与口岸局、锦州边防检查站等部门领导的陪同下，先后来到海关检查科通关窗口，视察了口岸通关工作。',
    '永康市',
    [
      'ATTENDED 刘伟 先后来到海关检查科通关窗口，视察了口岸通关工作 (陪同)',
      'LED 李铁民 先后来到海关检查科通关窗口，视察了口岸通关工作 (带领)',
      'VISITED 李铁民 海关检查科',
    ],
  ],
  [
    'a visit named as a thing (此次视察活动的体会) is none of its own',
    '6月9日，李铁民视察了口岸通关工作。市政协刘来东、张志彬等委员分别座谈了此次视察活动的体会感受。',
    '永康市',
    [
      'LED 李铁民 视察口岸通关工作 (视察)',
    ],
  ],
  [
    'a tour of examination halls led (带队对部分考点进行了巡视); not the party\'s inspection rounds (巡视整改)',
    '6月7日，副市长、市招考委主任李雅君带队对部分考点进行了巡视。县委书记王辉主持召开巡视整改工作会议。',
    '永康市',
    [
      'CHAIRED 王辉 巡视整改工作会议 (主持召开)',
      'LED 李雅君 带队对部分考点进行了巡视 (巡视)',
    ],
  ],
  [
    'a meeting chaired in the clause after an inspection, with no subject of its own, and the speech joined to it',
    '6月7日上午，部长怀进鹏检查全国高考工作，听取了工作情况汇报，主持全国高考工作调度视频会议并讲话。',
    undefined,
    [
      'ADDRESSED 怀进鹏 全国高考工作调度视频会议 (讲话)',
      'CHAIRED 怀进鹏 全国高考工作调度视频会议 (主持)',
      'LED 怀进鹏 检查全国高考工作 (检查)',
    ],
  ],
  [
    'a presenter listed with an official as co-chairs (司长李高、…新闻主播蒋宝琛共同主持)',
    '7月2日，2020年全国低碳日主场活动在北京举行。生态环境部副部长赵英民、北京市副市长杨斌通过连线方式为活动致辞。司长李高、北京电视台新闻主播蒋宝琛共同主持活动。',
    undefined,
    [
      'ADDRESSED 杨斌 全国低碳日主场活动 (致辞)',
      'ADDRESSED 赵英民 全国低碳日主场活动 (致辞)',
      'CHAIRED 李高 全国低碳日主场活动 (主持)',
      'CHAIRED 蒋宝琛 全国低碳日主场活动 (主持)',
    ],
  ],
  [
    'speeches at the meeting their sentence opens with (座谈会由…主持，…先后致辞), not the story\'s',
    '10月9日，鸡叫城遗址考古发掘专家研讨会在湖南澧县召开。下午在考古工作站举行座谈。座谈会由处长熊建华主持，澧县副县长宋化丽、局党组成员裴劲峰先后致辞。',
    undefined,
    [
      'ADDRESSED 宋化丽 座谈会 (致辞)',
      'ADDRESSED 裴劲峰 座谈会 (致辞)',
      'CHAIRED 熊建华 座谈会 (主持)',
    ],
  ],
  [
    'an activity held after a dateline and its reporters (…日电 (…)…活动21日下午在…举行)',
    '中新社南宁4月22日电 (蒋雪林 韦佳秀)2023年桂台各民族欢度“壮族三月三”大联欢活动21日下午在广西南宁举行。自治区副主席李常官出席活动并致辞。',
    undefined,
    [
      'ADDRESSED 李常官 桂台各民族欢度“壮族三月三”大联欢活动 (致辞)',
      'ATTENDED 李常官 桂台各民族欢度“壮族三月三”大联欢活动 (出席)',
    ],
  ],
  [
    'those listed before the word of attendance that closes the sentence, however set out, were present (' +
      '…，…以及…，…社会各界人士出席此次开幕式)',
    '8月8日，那达慕大会在茶卡镇盛大开幕。省政府参事李卫星，海西州人大常委会主任王让太，曾担任海西州人大常委会副主任田更，乌兰县委书记蒋冬梅以及海南州共和县政协主席周本加，友好兄弟市县、州直有关部门，省内' +
      '外关心和支持乌兰县事业发展的社会各界人士出席此次开幕式。',
    '永康市',
    [
      'ATTENDED 周本加 那达慕大会 (出席 #5)',
      'ATTENDED 李卫星 那达慕大会 (出席 #1)',
      'ATTENDED 王让太 那达慕大会 (出席 #2)',
      'ATTENDED 田更 那达慕大会 (出席 #3)',
      'ATTENDED 蒋冬梅 那达慕大会 (出席 #4)',
    ],
  ],
  [
    'a list closed by its word of attendance before a semicolon, after the clause that holds the event',
    '1月22日上午，广德县图书馆新馆开馆暨图书捐赠仪式在县文化中心举行，省图书馆副馆长许俊松，市文化广电新闻出版局副局长葛少青，县领导王庆武、李军出席仪式；市图书联盟成员单位负责人参加。',
    '永康市',
    [
      'ATTENDED 李军 广德县图书馆新馆开馆暨图书捐赠仪式 (出席 #4)',
      'ATTENDED 王庆武 广德县图书馆新馆开馆暨图书捐赠仪式 (出席 #3)',
      'ATTENDED 葛少青 广德县图书馆新馆开馆暨图书捐赠仪式 (出席 #2)',
      'ATTENDED 许俊松 广德县图书馆新馆开馆暨图书捐赠仪式 (出席 #1)',
    ],
  ],
  [
    'a guest met is not listed present by the word that closes the sentence (会见…杨小菁、…孙挺一行来访，…参与会见)',
    '3月24日上午，宋彬局长会见青浦区区长杨小菁、副区长孙挺一行来访，阮大成副局长参加会见。',
    '永康市',
    [
      'ATTENDED 阮大成 会见青浦区区长杨小菁、副区长孙挺 (参加会见)',
      'MET 宋彬>孙挺 会见',
      'MET 宋彬>杨小菁 会见',
    ],
  ],
  [
    'those listed as planning to attend are no one present (…杜达、…范明政将出席论坛)',
    '1月16日，世界经济论坛年会在瑞士达沃斯开幕。波兰总统杜达、越南总理范明政将出席论坛。',
    undefined,
    [

    ],
  ],
  [
    'a name read in pieces before the closing word is no list (安长明特地带来…照片出席大会)',
    '塞罕坝机械林场党委书记安长明特地带来金秋十月塞罕坝美丽风光的照片出席大会。',
    undefined,
    [

    ],
  ],
  [
    'the evening\'s guests, listed (当晚嘉宾包括…)',
    '公益金日前在港丽酒店举行45周年酒会，执委会主席梁高美懿致辞。当晚嘉宾包括筹募委员会主席郭少明，公共关系委员会主席丘李赐恩，名誉副会长陈子政等。',
    undefined,
    [
      'ADDRESSED 梁高美懿 45周年酒会 (致辞)',
      'ATTENDED 丘李赐恩 45周年酒会 (嘉宾 #2)',
      'ATTENDED 郭少明 45周年酒会 (嘉宾 #1)',
      'ATTENDED 陈子政 45周年酒会 (嘉宾 #3)',
    ],
  ],
  [
    'officiating at the story\'s occasion by the verb alone (…李业广主礼)',
    '公益金日前在港丽酒店举行45周年酒会，公益金会长梁唐青仪，大紫荆勋贤李业广主礼，历届会长和董事近百人出席同庆。',
    undefined,
    [
      'ATTENDED 李业广 45周年酒会 (主礼)',
    ],
  ],
  [
    'a week of events opened, and its opening ceremony by Hong Kong\'s word (宣传周…开幕。开幕礼由…主持)',
    '9月11日，2023年国家网络安全宣传周在福州开幕。开幕礼由中央网信办主任庄荣文主持。',
    undefined,
    [
      'CHAIRED 庄荣文 国家网络安全宣传周 (主持)',
    ],
  ],
  [
    'those listed present at a ceremony then speaking in turn as the next sentences open with their names spoke there',
    '12月5日，广东海事局与湛江市政府战略合作签约仪式举行。广东海事局党组书记、局长陈传全，湛江市委副书记、市长曾进泽等出席签约仪式。陈传全表示，双方建立战略合作关系是有力举措。曾进泽表示，海事局发挥着重要作用。',
    '永康市',
    [
      'ADDRESSED 曾进泽 签约仪式 (讲话)',
      'ADDRESSED 陈传全 签约仪式 (讲话)',
      'ATTENDED 曾进泽 签约仪式 (出席 #2)',
      'ATTENDED 陈传全 签约仪式 (出席 #1)',
    ],
  ],
  [
    'one named alone at a ceremony, saying something after, made a comment, no address (纽西出席仪式。…纽西说)',
    '当地时间28日晚，中国援莫桑比克莫中文化中心举行揭幕仪式。莫桑比克总统纽西出席仪式，他对中方的帮助深表感谢。纽西说，莫中文化中心是莫中务实合作的又一标志性成果。',
    undefined,
    [
      'ATTENDED 纽西 揭幕仪式 (出席)',
    ],
  ],
  [
    'with whom or on what a leader went, set off by commas after 带队 (联合…，赴…; 围绕“…”，到…), before the visit',
    '1月20日，宿州市民政局副局长张海宏带队，联合市消防救援局，赴市福利中心、市救助站检查安全生产工作。8月27日，市政协副主席方国华带队，围绕“创优营商环境”，到市政务服务中心调研。',
    '永康市',
    [
      'LED 张海宏 赴市福利中心、市救助站检查安全生产工作 (带队)',
      'LED 方国华 到市政务服务中心调研 (带队)',
      'VISITED 方国华 市政务服务中心',
    ],
  ],
  [
    'a speaker named after his post cut short by the tagger before a video address is read whole (行政长官李家超视频致辞)',
    '6月1日，琶洲港澳客运码头首航仪式举行。省长王伟中出席并宣布码头正式开航，香港特别行政区行政长官李家超视频致辞。',
    undefined,
    [
      'ADDRESSED 李家超 琶洲港澳客运码头首航仪式 (视频致辞)',
      'ATTENDED 王伟中 琶洲港澳客运码头首航仪式 (出席)',
    ],
  ],
  [
    'those listed present, a sentence of business between, then each opening a sentence with his own words, spoke there (出席大会。大会审议通过了…。林楚明表示，…)',
    '12月22日，中山市第十次律师代表大会召开。广东省司法厅副厅长林楚明，中山市副市长鲁罡出席大会。大会审议通过了理事会工作报告。林楚明表示，律师队伍要以政治建设为统领。鲁罡代表中山市委、市政府对全市律师工作表示充分肯定。',
    undefined,
    [
      'ADDRESSED 林楚明 中山市律师代表大会 (讲话)',
      'ADDRESSED 鲁罡 中山市律师代表大会 (讲话)',
      'ATTENDED 林楚明 中山市律师代表大会 (出席 #1)',
      'ATTENDED 鲁罡 中山市律师代表大会 (出席 #2)',
    ],
  ],
  [
    'one present at the story\'s own meeting told by its verb alone, speaking in a later sentence, addressed it (…出席。…彭新军指出)',
    '12月4日上午，茶陵县科学技术协会第五次代表大会开幕。县委书记彭新军，市科协副主席张瑞琳，县委副书记谢志军出席。县科协主席尹兰青作工作报告。县委书记彭新军指出，大会的召开是全县科技工作者的一件大事。',
    undefined,
    [
      'ADDRESSED 尹兰青 茶陵县科学技术协会代表大会 (作工作报告)',
      'ADDRESSED 彭新军 茶陵县科学技术协会代表大会 (讲话)',
      'ATTENDED 张瑞琳 茶陵县科学技术协会代表大会 (出席 #2)',
      'ATTENDED 彭新军 茶陵县科学技术协会代表大会 (出席 #1)',
      'ATTENDED 谢志军 茶陵县科学技术协会代表大会 (出席 #3)',
    ],
  ],
  [
    'a body before the titles, then words on its behalf to those present (共青团…副书记刘俊代表团市委对…表示祝贺)',
    '12月8日，共青团中国五冶集团第三次代表大会在成都召开。共青团成都市委副书记刘俊，集团公司党委副书记徐启文出席会议。共青团成都市委副书记刘俊代表团市委对大会表示祝贺，对团委的工作表示充分肯定。',
    undefined,
    [
      'ADDRESSED 刘俊 共青团中国五冶集团代表大会 (讲话)',
      'ATTENDED 刘俊 共青团中国五冶集团代表大会 (出席 #1)',
      'ATTENDED 徐启文 共青团中国五冶集团代表大会 (出席 #2)',
    ],
  ],
  [
    'a post after the name and a congratulation before his words (张卫参赞代表…向…表示热烈祝贺; 对…表示祝贺，他指出)',
    '11月5日，北澳客属公会第十五届理监事就职典礼在达尔文举行，驻澳大利亚使馆参赞张卫、北领地议员王晓出席典礼。张卫参赞代表中国驻澳大利亚使馆向公会新一届领导表示热烈祝贺。王晓对典礼的举行表示祝贺，他指出，侨社团结十分重要。',
    undefined,
    [
      'ADDRESSED 张卫 北澳客属公会理监事就职典礼 (讲话)',
      'ADDRESSED 王晓 北澳客属公会理监事就职典礼 (讲话)',
      'ATTENDED 张卫 北澳客属公会理监事就职典礼 (出席 #1)',
      'ATTENDED 王晓 北澳客属公会理监事就职典礼 (出席 #2)',
    ],
  ],
  [
    'at the story\'s ceremony told by its verb alone, a guest\'s words after it may be his comment: no address (多位政要出席。提努布感谢…，他表示)',
    '阿布贾城铁一期29日举行全面开通运营仪式，尼日利亚总统提努布、副总统谢蒂玛等多位政要出席。提努布感谢中方所作贡献，他表示该项目是助力尼日利亚经济社会发展的希望之路。',
    undefined,
    [
      'ATTENDED 提努布 全面开通运营仪式 (出席 #1)',
      'ATTENDED 谢蒂玛 全面开通运营仪式 (出席 #2)',
    ],
  ],
  [
    'at talks\' story, words after a meeting attended are the talks\': no address (会见…。…出席会议。…表示)',
    '5月8日，省长王浩会见了来访的德国巴伐利亚州州长索德尔。双方出席了经贸合作座谈会，副省长卢山参加座谈会。卢山表示，浙江愿同巴伐利亚州深化合作。',
    undefined,
    [
      'ATTENDED 卢山 座谈会 (参加)',
      'MET 王浩>索德尔 会见',
    ],
  ],
  [
    'a delegation\'s members listed by 团员, no visit told, attended the story\'s meeting (…出席会议，由…任团长。团员包括：…)',
    '中国妇女第十三次全国代表大会今日上午在人民大会堂开幕。其中，澳门代表团一行廿四人出席会议，由何丽娟任团长，刘金玲任副团长。团员包括：陈美仪、涂映容、袁小菱。代表分别是活跃在工商界的妇女精英。',
    undefined,
    [
      'ATTENDED 涂映容 中国妇女全国代表大会 (随同 #2)',
      'ATTENDED 袁小菱 中国妇女全国代表大会 (随同 #3)',
      'ATTENDED 陈美仪 中国妇女全国代表大会 (随同 #1)',
      'LED 何丽娟 中国妇女全国代表大会 (任团长)',
    ],
  ],
  [
    'a team\'s members told with their posts, not listed right after the word, are no list of members (考察团成员包括39名…委员，…任顾问)',
    '全国政协港澳委员考察团今日抵达武汉，正式开始为期五天的考察。考察团成员包括39名香港特区全国政协委员，中联办副主任王凤超任考察团顾问，全国政协常委徐展堂任团长。',
    undefined,
    [

    ],
  ],
  [
    'what a visit is about, set off by a comma before the going, with no one led (王成国围绕“…”…，到…进行专题调研)',
    '9月27日，区委书记王成国围绕“国庆中秋小长假”民生保障商品物资供应，到商超、市场进行专题调研。',
    '永康市',
    [
      'LED 王成国 调研 (调研)',
    ],
  ],
  [
    'one who came to the meeting and spoke, no joiner between (到会致贺词, 到会讲话)',
    '12月30日，贵阳市妇女第十三次代表大会召开。市委书记陈一新出席大会并讲话，省妇联主席劳红武到会致贺词。',
    undefined,
    [
      'ADDRESSED 劳红武 贵阳市妇女代表大会 (致贺词)',
      'ADDRESSED 陈一新 贵阳市妇女代表大会 (讲话)',
      'ATTENDED 劳红武 贵阳市妇女代表大会 (到会)',
      'ATTENDED 陈一新 贵阳市妇女代表大会 (出席)',
    ],
  ],
  [
    'an association\'s own news of its officers, as 我会 + a post, listed before 应邀出席 (我会创会会长…，…，应邀出席了会议)',
    '11月8日，成都市长春商会成立大会召开。我会创会会长张宏图，常务副会长、党支部书记廖法国，常务副会长兼酒店供应链分会荣誉会长孙仁飞，秘书处徐倩倩，应邀出席了会议。',
    undefined,
    [
      'ATTENDED 孙仁飞 成都市长春商会成立大会 (出席 #3)',
      'ATTENDED 廖法国 成都市长春商会成立大会 (出席 #2)',
      'ATTENDED 张宏图 成都市长春商会成立大会 (出席 #1)',
      'ATTENDED 徐倩倩 成都市长春商会成立大会 (出席 #4)',
    ],
  ],
  [
    'a plaque, a banner or a ribbon given at the story\'s rite by those named (共同为…揭牌; 向…授牌)',
    '12月15日，市图书馆城市书房举行开馆仪式，市文化和旅游局副书记张振香参加仪式。随后，张振香副书记和银泰城总经理侯立功共同为城市书房揭牌。',
    undefined,
    [
      'ATTENDED 侯立功 开馆仪式 (揭牌 #2)',
      'ATTENDED 张振香 开馆仪式 (参加)',
      'ATTENDED 张振香 开馆仪式 (揭牌 #1)',
    ],
  ],
  [
    'a plaque given by two to a county at the rite the story reports (兰海滨、张朝德向石林县授牌)',
    '5月5日，石林县民族团结进步示范区授牌仪式举行。国家民委港澳台办主任兰海滨、云南省台办主任张朝德向石林县授牌，石林县县长普建勇接牌。',
    undefined,
    [
      'ATTENDED 兰海滨 石林县民族团结进步示范区授牌仪式 (授牌 #1)',
      'ATTENDED 张朝德 石林县民族团结进步示范区授牌仪式 (授牌 #2)',
    ],
  ],
  [
    'those listed opening a sentence who spoke in turn (分别…做了发言; 等委员分别座谈了…体会) spoke at the meeting held on the visit',
    '5月10日，市政协主席王强率部分委员视察口岸通关工作，并召开座谈会。边检站周延站长、海事局刘增德书记分别结合本单位的工作职能，就如何做好口岸通关工作做了发言。市政协刘来东、张志彬、李雅玲等委员分别座谈了此次视察活动的体会感受。',
    undefined,
    [
      'ADDRESSED 刘增德 座谈会 (发言)',
      'ADDRESSED 刘来东 座谈会 (发言)',
      'ADDRESSED 周延 座谈会 (发言)',
      'ADDRESSED 张志彬 座谈会 (发言)',
      'ADDRESSED 李雅玲 座谈会 (发言)',
      'CHAIRED 王强 座谈会 (召开)',
      'LED 王强 率部分委员视察口岸通关工作 (视察)',
    ],
  ],
  [
    'those met in turn by a host are no speakers (会见了…，…分别介绍了)',
    '3月2日，市长王浩会见了来访的客商代表李明、张华，双方分别介绍了各自情况。',
    undefined,
    [
      'MET 王浩>张华 会见',
      'MET 王浩>李明 会见',
    ],
  ],
  [
    'a host\'s suite at a meeting with a guest, listed (陪同…会面的有…), attended the talks',
    '3月2日，天文台台长岑智明会见了到访的国家气象局副局长许小峰。陪同岑智明台长会面的有郑楚明助理台长、刘心怡助理台长及徐杰志助理台长。',
    undefined,
    [
      'ATTENDED 刘心怡 会见副局长许小峰 (随同 #2)',
      'ATTENDED 徐杰志 会见副局长许小峰 (随同 #3)',
      'ATTENDED 郑楚明 会见副局长许小峰 (随同 #1)',
      'MET 岑智明>许小峰 会见',
    ],
  ],
  [
    'an official introduced by his posts, opening a sentence of the meeting\'s story with what he said, spoke there (…副市长刘星指出，…)',
    '7月2日，兴城市伏季休渔工作会议召开。兴城市政府副市长刘星指出，伏季休渔是保护和恢复海洋生物资源的重要保证。',
    undefined,
    [
      'ADDRESSED 刘星 兴城市伏季休渔工作会议 (讲话)',
    ],
  ],
  [
    'a leader quoted from elsewhere in a meeting\'s story is no speaker there (习近平总书记指出)',
    '7月2日，兴城市伏季休渔工作会议召开。中共中央总书记习近平指出，绿水青山就是金山银山。',
    undefined,
    [

    ],
  ],
  [
    'words of the new year given to those present, who are described, not a meeting named (向出席招待会的…朋友致新春贺辞)',
    '1月20日，驻日使馆举行新春招待会。崔天凯大使代表驻日使馆首先向出席招待会的华侨华人朋友致新春贺辞。',
    undefined,
    [
      'ADDRESSED 崔天凯 新春招待会 (致新春贺辞)',
    ],
  ],
  [
    'a place before his body, which his titles do not take in, after where he spoke (启动仪式上，大足区市场监管局副局长康华君强调)',
    '9月1日，大足区“质量月”活动启动仪式举行。启动仪式上，大足区市场监管局副局长康华君强调，要严格贯彻落实上级要求。',
    undefined,
    [
      'ADDRESSED 康华君 大足区“质量月”活动启动仪式 (讲话)',
    ],
  ],
  [
    'a host on a visit who speaks after a meeting was held on it spoke at that meeting; the visit\'s leader speaking after it is not read so (…调研…，并召开座谈会。…孙景宏表示，…)',
    '4月11日，省人大常委会委员杨希文一行到三原县调研文物保护工作，并召开座谈会。三原县委书记孙景宏、县人大主任王健陪同调研。孙景宏表示，三原县将进一步加大文物保护力度。杨希文强调，要充分认识文物保护工作的重要意义。',
    undefined,
    [
      'ADDRESSED 孙景宏 座谈会 (讲话)',
      'ATTENDED 孙景宏 到三原县调研文物保护工作 (陪同调研 #1)',
      'ATTENDED 王健 到三原县调研文物保护工作 (陪同调研 #2)',
      'CHAIRED 杨希文 座谈会 (召开)',
      'LED 杨希文 到三原县调研文物保护工作 (调研)',
      'VISITED 杨希文 三原县',
    ],
  ],
  [
    'those listed before a closing word of speech each spoke, however the list is set out (…、…等来自…的8位同志作交流发言)',
    '6月6日，市委统战部召开统一战线座谈会。民进市委主委黄震、市工商联主席寿子琪、市侨联副主席司徒国海等来自全市统一战线各领域的8位同志作交流发言。',
    undefined,
    [
      'ADDRESSED 司徒国海 统一战线座谈会 (作交流发言)',
      'ADDRESSED 寿子琪 统一战线座谈会 (作交流发言)',
      'ADDRESSED 黄震 统一战线座谈会 (作交流发言)',
    ],
  ],
  [
    'leading, then going among those served to supervise, a clause on (带队，深入长沙开展…专项督察)',
    '日前，公安部第二督察组组长吴建平率队，深入长沙开展夏季治安打击整治“百日行动”专项督察。',
    undefined,
    [
      'LED 吴建平 深入长沙开展夏季治安打击整治“百日行动”专项督察 (率队)',
      'VISITED 吴建平 长沙',
    ],
  ],
  [
    'those received who join a visit\'s discussion told by its verb alone attend a 座谈会, not the visit (…带队拜访…，…参加座谈)',
    '8月24日，三门县副县长戴庭曦带队拜访台州海事局，就码头工程建设事宜进行对接，台州海事局副局长蔡国军及相关职能部门负责人参加座谈。',
    undefined,
    [
      'ATTENDED 蔡国军 座谈会 (参加)',
      'LED 戴庭曦 带队拜访台州海事局 (带队)',
    ],
  ],
  [
    'those listed before 参加调研座谈 attend the discussion held on the visit, not the going that 参加调研 would be',
    '8月12日，北京市机关事务管理局一行9人来我局调研办公用房维修管理工作，局党组成员、副局长宋培杰，房地产管理处处长李明参加调研座谈。',
    undefined,
    [
      'ATTENDED 宋培杰 座谈会 (参加调研座谈 #1)',
      'ATTENDED 李明 座谈会 (参加调研座谈 #2)',
    ],
  ],
  [
    'a discussion attended in a story of talks is the talks\' own (会见…。…参加座谈)',
    '3月16日，中国环境保护产业协会会长李赶会见了来访的德国环境技术协会主席施密特。协会副会长王春益、监事长杨明森参加座谈。',
    undefined,
    [
      'ATTENDED 杨明森 会见德国环境技术协会主席施密特 (参加 #2)',
      'ATTENDED 王春益 会见德国环境技术协会主席施密特 (参加 #1)',
      'MET 李赶>施密特 会见',
    ],
  ],
  [
    'a sentence opening at a visit\'s discussion makes it; the host who speaks next spoke there (座谈会上，…。王敏指出)',
    '10月22日上午，八团党委书记、政委辛建华一行来高新区开展对接。区委书记王敏、副区长包嘉颖参加。\n座谈会上，双方就两地经济社会发展情况作了交流。\n王敏指出，一直以来，党中央高度重视新疆工作。',
    undefined,
    [
      'ADDRESSED 王敏 座谈会 (讲话)',
      'ATTENDED 包嘉颖 来高新区开展对接 (参加 #2)',
      'ATTENDED 王敏 来高新区开展对接 (参加 #1)',
      'LED 辛建华 来高新区开展对接 (来)',
    ],
  ],
  [
    'a meeting\'s name runs back over the 工作 before 动员 (…巡察工作动员部署会议): no 作动员 there',
    '3月22日上午，内乡县委巡察工作会议暨十四届县委第五轮巡察工作动员部署会议召开，县委书记张智广出席会议并讲话。',
    undefined,
    [
      'ADDRESSED 张智广 内乡县委巡察工作会议暨县委巡察工作动员部署会议 (讲话)',
      'ATTENDED 张智广 内乡县委巡察工作会议暨县委巡察工作动员部署会议 (出席)',
    ],
  ],
  [
    'bodies in a place its one character names are part of a meeting\'s name (中央在沪单位审计工作会议)',
    '2月14日下午，上海市政府召开上海市审计工作会议暨中央在沪单位审计工作会议。本次会议由市委常委、副市长屠光绍主持。',
    undefined,
    [
      'CHAIRED 屠光绍 上海市审计工作会议暨中央在沪单位审计工作会议 (主持)',
    ],
  ],
  [
    'one who demands at the meeting opening his sentence spoke there (会上，…要求要以…): 要 after 要求 is no plan',
    '5日，常熟市召开老干部工作大会。会上，常熟市委书记惠建林要求要以改革创新精神提高老干部工作科学化水平。',
    undefined,
    [
      'ADDRESSED 惠建林 老干部工作大会 (讲话)',
    ],
  ],
  [
    'where the first speaker is told after 由, the comma left out (会上首先由…汪巍局长介绍…)',
    '5日，新区召开中考工作协调会。会上首先由新区教育局汪巍局长介绍长春新区2018年中考相关情况。',
    undefined,
    [
      'ADDRESSED 汪巍 中考工作协调会 (讲话)',
    ],
  ],
  [
    'an official introduced by his posts who briefs a press conference spoke there (…部长王广华表示，…; …所长陈星灿介绍，…)',
    '5日，国务院新闻办公室举行新闻发布会。自然资源部部长王广华表示，自然资源部坚持统筹发展与安全。中国社会科学院考古研究所所长陈星灿介绍，中华文明探源研究取得了重大进展。',
    undefined,
    [
      'ADDRESSED 王广华 新闻发布会 (讲话)',
      'ADDRESSED 陈星灿 新闻发布会 (讲话)',
    ],
  ],
  [
    'a leader quoted at a press conference is no speaker there (习近平总书记指出)',
    '5日，国务院新闻办公室举行新闻发布会。中共中央总书记习近平指出，要坚持统筹发展与安全。',
    undefined,
    [

    ],
  ],
  [
    'the work laid out by 作出 (…鲁荣锋对信访稳定重点工作作出部署) and arranged (…就村级换届工作做了全面细致的安排): speeches at the story\'s meeting',
    '5日，区委召开信访工作例会。区委常委、区委政法委书记何积光主持，副区长、区公安分局局长鲁荣锋对信访稳定重点工作作出部署。党委副书记张冰旭同志就村级换届工作做了全面细致的安排。',
    undefined,
    [
      'ADDRESSED 张冰旭 区委信访工作例会 (做了全面细致的安排)',
      'ADDRESSED 鲁荣锋 区委信访工作例会 (作出部署)',
      'CHAIRED 何积光 区委信访工作例会 (主持)',
    ],
  ],
  [
    'a congress\'s keynotes (…陈焕春、王金南作主旨报告)',
    '10月12日，湖北省科协年会在武汉开幕。中国工程院院士陈焕春、王金南作主旨报告。',
    undefined,
    [
      'ADDRESSED 王金南 湖北省科协年会 (作主旨报告)',
      'ADDRESSED 陈焕春 湖北省科协年会 (作主旨报告)',
    ],
  ],
  [
    'being arranged for is no arrangement made (在张伟的安排下，李明作了发言)',
    '5日，区委召开信访工作例会。在张伟的安排下，李明作了发言。',
    undefined,
    [
      'ADDRESSED 李明 区委信访工作例会 (作了发言)',
    ],
  ],
  [
    'a wish\'s word inside a name is no wish (副市长卢希望带领…前往禹州市调研)',
    '3月28日，市委常委、副市长卢希望带领市文广旅局等部门负责同志，前往禹州市调研瓦店遗址考古发掘工作。',
    undefined,
    [
      'LED 卢希望 前往禹州市调研瓦店遗址考古发掘工作 (带领)',
      'VISITED 卢希望 禹州市',
    ],
  ],
  [
    'a year after the day opening the sentence frames that day (9月2日，2018年秋学期开学第二天，…检查)',
    '9月2日，2018年秋学期开学第二天，盐亭县教体局局长杜德勇带领副局长王涛，先后深入到云溪小学检查指导开学工作。',
    undefined,
    [
      'ATTENDED 王涛 先后深入到云溪小学检查指导开学工作 (带领)',
      'ATTENDED 王涛 先后深入到云溪小学检查指导开学工作 (指导)',
      'ATTENDED 王涛 先后深入到云溪小学检查指导开学工作 (检查)',
      'LED 杜德勇 先后深入到云溪小学检查指导开学工作 (带领)',
      'LED 杜德勇 先后深入到云溪小学检查指导开学工作 (指导)',
      'LED 杜德勇 先后深入到云溪小学检查指导开学工作 (检查)',
      'VISITED 杜德勇 云溪小学',
    ],
  ],
  [
    'a year opening a later clause with no day is still a time recalled (…，2016年春节前夕，…看望)',
    '神山村曾是贫困村，2016年春节前夕，县委书记杜德勇来到这里看望群众。',
    undefined,
    [

    ],
  ],
  [
    'a wish before the name is still a wish (希望张伟出席)',
    '5日，市委召开工作会议。李明希望张伟出席会议。',
    undefined,
    [

    ],
  ],
  [
    'officials listed with commas and closed by their kind, then a comma before their going (…，…张晖等区领导，来到…检查)',
    '8月4日下午，区委副书记、政法委书记沈岱峰，副区长霍忠华，区政协副主席张晖等区领导，来到南湖区征兵体检工作站检查征兵体检工作。',
    undefined,
    [
      'ATTENDED 张晖 检查征兵体检工作 (检查 #2)',
      'ATTENDED 霍忠华 检查征兵体检工作 (检查 #1)',
      'LED 沈岱峰 检查征兵体检工作 (检查)',
      'VISITED 沈岱峰 南湖区',
    ],
  ],
  [
    'those named and closed by 等 and a kind of guests are no party that went (…等嘉宾，来到…参观)',
    '8月4日下午，市长张伟会见了前来参加论坛的企业家代表李明等嘉宾，来到展厅参观。',
    undefined,
    [
      'MET 张伟>李明 会见',
    ],
  ],
  [
    'a party led, then what it inspected, its going untold (…带领电商科一行3人，对洋县…项目进行了督导检查)',
    '12月29日，市商务局党组成员、副局长蒋丽带领电商科一行3人，对洋县电子商务进农村综合示范项目进行了督导检查。',
    undefined,
    [
      'LED 蒋丽 督导检查 (督导)',
    ],
  ],
  [
    'no party led, a clause of what was inspected is no visit by the one named before it (…张伟，对…进行了检查)',
    '12月29日，在市长张伟的关心下，市场监管局对全市超市进行了检查。',
    undefined,
    [

    ],
  ],
  [
    'a visit\'s leader who speaks after a paragraph set at its discussion spoke there (座谈会上，…介绍了…。\\n李兴湖…强调)',
    '22日下午，福建交通集团董事长李兴湖带领考察组到我县调研港口码头规划建设工作。县长洪泰伟陪同调研。\n座谈会上，洪泰伟介绍了我县经济社会发展所取得的成绩。\n' +
      '李兴湖对诏安规划建设港口码头的思路给予了充分肯定。李兴湖强调，码头规划建设的前期工作要做到位。',
    undefined,
    [
      'ADDRESSED 李兴湖 座谈会 (讲话)',
      'ADDRESSED 洪泰伟 座谈会 (讲话)',
      'ATTENDED 洪泰伟 到我县调研港口码头规划建设工作 (陪同调研)',
      'LED 李兴湖 到我县调研港口码头规划建设工作 (带领)',
    ],
  ],
  [
    'a visit\'s leader who speaks after the meeting is only told held spoke on the visit (…主持召开座谈会。…李强强调)',
    '李强在江苏考察。他来到苏州工业园区，主持召开座谈会，听取企业家意见建议。\n李强强调，要坚定信心，推动经济持续回升向好。',
    undefined,
    [
      'CHAIRED 李强 座谈会 (主持召开)',
      'LED 李强 在江苏考察 (考察)',
      'VISITED 李强 江苏',
      'VISITED 李强 苏州工业园区',
    ],
  ],
  [
    'present and speaking with no joiner between (…王海桦同志出席讲话)',
    '5日，镇党委召开工作会议。会议由党委副书记陈庆军同志主持，人大主席王海桦同志出席讲话。',
    undefined,
    [
      'ADDRESSED 王海桦 工作会议 (讲话)',
      'ATTENDED 王海桦 工作会议 (出席)',
      'CHAIRED 陈庆军 工作会议 (主持)',
    ],
  ],
  [
    'an address by its occasion: a rite for martyrs (张亚东致公祭词)',
    '9月30日，镇党委、镇政府举行烈士纪念日公祭活动。镇党委书记张亚东致公祭词。',
    undefined,
    [
      'ADDRESSED 张亚东 烈士纪念日公祭活动 (致公祭词)',
    ],
  ],
  [
    'a forest chief\'s patrol, as a river chief\'s (…市级副林长李建兴到丹棱县开展巡林工作)',
    '2024年12月27日，眉山市政府副市长、市级副林长李建兴到丹棱县开展巡林工作，实地查看了千佛寺片区的森林资源保护情况。',
    undefined,
    [
      'LED 李建兴 到丹棱县开展巡林工作 (巡林)',
      'VISITED 李建兴 丹棱县',
    ],
  ],
];

for (const [what, text, jurisdiction, expected] of CASES) {
  test(`facts: ${what}`, () => assert.deepEqual(factsOf(text, jurisdiction), [...expected].sort()));
}

test('facts: a bare 会议 is the meeting the headline reports held, when the lead names none kg reads', () => {
  const text = '中国人民政治协商会议第十四届全国委员会第二次会议各项议程全部完成后，在人民大会堂落下帷幕。会议由全国政协主席王沪宁主持。';
  const f = articleFacts(textArticle(text, { headline: '全国政协十四届二次会议闭幕' }), extract(text).output);
  assert.deepEqual(f.roles.map((r) => `${r.rel} ${r.person} ${f.events[r.event]!.label}`), ['CHAIRED 王沪宁 全国政协会议']);
  // Without a headline it stays a bare meeting.
  assert.deepEqual(factsOf(text), ['CHAIRED 王沪宁 会议 (主持)']);
  // A closing's formula before its day (圆满完成各项议程，10日上午…闭幕) is read; the body's formal name is its short one.
  const closed = '中国人民政治协商会议第十四届全国委员会第二次会议圆满完成各项议程，10日上午在人民大会堂闭幕。会议由全国政协主席王沪宁主持。';
  assert.deepEqual(factsOf(closed), ['CHAIRED 王沪宁 全国政协会议 (主持)']);
});

test('facts: a bare 出席 with no event the text reads goes to the event the headline reports held', () => {
  const text = '俄罗斯圣彼得堡27日举行活动，纪念列宁格勒保卫战胜利80周年。俄罗斯总统普京和白俄罗斯总统卢卡申科共同出席活动。';
  const f = articleFacts(textArticle(text, { headline: '俄罗斯举行列宁格勒保卫战胜利纪念活动' }), extract(text).output);
  assert.deepEqual(f.roles.map((r) => `${r.rel} ${r.person} ${f.events[r.event]!.label}`).sort(), [
    'ATTENDED 卢卡申科 列宁格勒保卫战胜利纪念活动',
    'ATTENDED 普京 列宁格勒保卫战胜利纪念活动',
  ]);
  // Without a headline a bare 活动 names nothing.
  assert.deepEqual(factsOf(text), []);
});

test("facts: a bare 出席 goes to the lead's event the headline names, of the lead's two", () => {
  const text = '5月19日，中国－中亚峰会在西安成功举行，国家主席习近平同哈萨克斯坦总统托卡耶夫共同会见记者。蔡奇、王毅等出席。';
  const f = articleFacts(textArticle(text, { headline: '习近平同中亚五国元首共同会见记者' }), extract(text).output);
  const attended = f.roles.filter((r) => r.rel === 'ATTENDED').map((r) => `${r.person} ${f.events[r.event]!.label}`);
  assert.deepEqual(attended.sort(), ['王毅 会见记者', '蔡奇 会见记者']);
  // Without a headline, the lead's first event.
  assert.ok(factsOf(text).includes('ATTENDED 王毅 中国－中亚峰会 (出席 #2)'), factsOf(text).join('\n'));
});

test('facts: a body that holds a meeting names it and holds it, when and where printed between (dev corpus)', () => {
  const text = '全国政协11日在京召开网络议政远程协商会，全国政协主席王沪宁主持会议并讲话。';
  const f = articleFacts(textArticle(text), extract(text).output);
  assert.deepEqual(f.events.map((e) => [e.label, e.heldBy]), [['网络议政远程协商会', ['全国政协']]]);
  // Two governments' ceremonies of one name, the second 今天也在 where it held its own: two events, each where it was.
  const two = '香港特别行政区政府在金紫荆广场举行升旗仪式，庆祝国庆。\n澳门特别行政区政府今天也在金莲花广场举行升旗仪式。';
  const g = articleFacts(textArticle(two), extract(two).output);
  assert.deepEqual(g.events.map((e) => [e.label, e.places.map((p) => p.name)]), [
    ['香港特别行政区政府升旗仪式', ['金紫荆广场']],
    ['澳门特别行政区政府升旗仪式', ['金莲花广场']],
  ]);
});

test("facts: a profile's undated visits by its subject are no day's; a visit with its day or its eve is", () => {
  const text = '为了掌握更多第一手资料，汪小帆走访多个实验室，和很多师生一起交流。2月13日，汪小帆来到上海大学调研。';
  const profile = textArticle(text, { headline: '【团结奋斗 忠诚履职】汪小帆：拔尖人才培养面向国家重大需求' });
  const f = articleFacts(profile, graphMentions(extract(text).output));
  assert.deepEqual(f.roles.map((r) => `${r.rel} ${r.person} ${f.events[r.event]!.label}`), ['LED 汪小帆 来到上海大学调研']);
  const eve = '全国两会前夕，全国政协委员范社岭来到石家庄国际陆港进行调研。';
  const eveProfile = textArticle(eve, { headline: '【团结奋斗 忠诚履职】范社岭：推动陆港建设' });
  const before = articleFacts(eveProfile, graphMentions(extract(eve).output));
  assert.equal(before.roles.length, 1);
  // In a report (no profile's headline) both are visits.
  assert.equal(factsOf(text).filter((x) => x.startsWith('LED')).length, 2, factsOf(text).join('\n'));
});

test('the table holds at least 80 cases, half of each genre', () => {
  assert.ok(CASES.length >= 80, `${CASES.length} cases`);
  const county = CASES.filter(([, , j]) => j === COUNTY).length;
  assert.ok(county >= 40 && CASES.length - county >= 40, `${county} county, ${CASES.length - county} national`);
});

test('facts: where an event was is printed between 在 and its verb, a one-character place right after 在', () => {
  const placesOf = (text: string) =>
    articleFacts(textArticle(text), graphMentions(extract(text).output)).events.map((e) => e.places.map((p) => p.name));
  assert.deepEqual(placesOf('火种采集仪式在广州亚运会亚残运会博物馆举行。'), [['广州']]);
  // What it was about, or for whom, is no place it was held.
  assert.deepEqual(placesOf('9日，东非政府间发展组织在吉布提就苏丹问题召开特别峰会。'), [['吉布提']]);
  assert.deepEqual(placesOf('好莱坞商会在2000年为她在星光大道上举行了授星仪式。'), [['星光大道']]);
  // Where it was held printed before the name: a welcome held, a meeting attended.
  assert.deepEqual(placesOf('习近平在人民大会堂东门外广场举行欢迎仪式，欢迎巴西总统卢拉访华。'), [['人民大会堂东门外广场']]);
  assert.deepEqual(placesOf('国家主席习近平出席在旧金山举行的亚太经合组织第三十次领导人非正式会议。'), [['旧金山']]);
  assert.deepEqual(placesOf('全国人大常委会委员长赵乐际21日在京主持召开全国人大常委会种子法执法检查组第一次全体会议。'), [['京']]);
  // (成都 printed again outside is not where the games are: 四川省成都市 is.)
  assert.deepEqual(placesOf('第31届世界大学生夏季运动会将在四川省成都市举行，来自世界各地的运动员们将汇聚成都。'), [['四川省', '成都市']]);
  // A one-character place opens a name kg did not read whole: no destination (滇 of 滇中引水工程).
  const visit = '李希14日至17日到云南调研。调研期间，李希还到昆明云内动力股份有限公司、滇中引水工程施工现场调研。';
  const f = articleFacts(textArticle(visit), graphMentions(extract(visit).output));
  assert.deepEqual(f.visits.map((v) => v.target.name), ['云南', '昆明云内动力股份有限公司']);
});

test('facts: a body inside a meeting\'s name holds it, unless joined by 和 to what no body starts (全国党委和政府…)', () => {
  const heldBy = (text: string) =>
    articleFacts(textArticle(text), graphMentions(extract(text).output)).events.map((e) => e.heldBy);
  assert.deepEqual(heldBy('2月5日，全国党委和政府秘书长会议在京召开。'), [[]]);
  assert.deepEqual(heldBy('中国共产党和巴西劳工党第七届理论研讨会在京举行。'), [['中国共产党', '巴西劳工党']]);
});
