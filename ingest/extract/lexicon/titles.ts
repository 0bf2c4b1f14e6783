// Title lexicon with structure: jurisdiction (省 / 市 / 金华市 / 全国), organ (市委, 人大常委会, 纪委…) and post (书记, 常务副市长…).
import { sortLongestFirst } from './words.ts';

/** Posts, longest first so the regex prefers 常务副市长 to 副市长 to 市长. */
export const POSTS: readonly string[] = sortLongestFirst([
  // party and state
  '总书记', '书记', '副书记', '常委', '委员', '党组书记', '党组副书记', '党委书记', '党委副书记', '党工委书记', '党工委副书记',
  // a member of a body's party group or committee (生态环境部党组成员, 中国人民银行党委委员)
  '党组成员', '党委委员', '党委常委',
  '省长', '副省长', '常务副省长', '市长', '副市长', '常务副市长', '县长', '副县长', '常务副县长', '区长', '副区长', '常务副区长',
  '州长', '副州长', '镇长', '副镇长', '乡长', '副乡长', '村长', '村主任', '街道主任',
  '主席', '副主席', '常务副主席', '主任', '副主任', '常务副主任', '委员长', '副委员长', '秘书长', '副秘书长',
  '部长', '副部长', '厅长', '副厅长', '局长', '副局长', '常务副局长', '处长', '副处长', '科长', '副科长', '主任科员',
  '调研员', '巡视员', '督学', '总理', '副总理', '国务委员', '纪检组长', '纪工委书记', '监察专员',
  // courts, procuratorates, army
  '院长', '副院长', '检察长', '副检察长', '庭长', '副庭长', '审判员', '检察官', '政委', '副政委', '司令员', '参谋长', '团长', '师长',
  // institutions and enterprises
  '校长', '副校长', '园长', '所长', '副所长', '站长', '场长', '厂长', '社长', '总编辑', '副总编辑', '主编', '台长',
  '董事长', '副董事长', '董事', '董事会主席', '董事会副主席', '董事局主席', '董事局副主席', '监事会主席',
  '总经理', '副总经理', '经理', '总裁', '副总裁', '首席执行官', '总工程师', '总经济师', '总会计师', '总监',
  '会长', '副会长', '理事长', '副理事长', '执行会长', '党支部书记', '支部书记',
  // academic ranks (北京师范大学资深教授顾明远, 中国科学院院士王贻芳)
  '教授', '副教授', '研究员', '副研究员', '院士',
  // press
  '首席记者', '记者', '通讯员',
  // roles printed before names like posts
  '辅警', '民警', '交警', '医生', '教师', '律师', '代表',
]);

/** Bodies whose posts make a title together with them (`市委` + `常委`, `市人大常委会` + `主任`). */
export const ORGANS: readonly string[] = sortLongestFirst([
  '委', '委常委会', '党委', '党工委', '纪委', '监委', '纪委监委', '政府', '人民政府', '人大常委会', '人大', '政协', '政法委', '组织部', '宣传部', '统战部',
  '人武部', '编委', '团委', '工委', '常委会', '管委会', '人民法院', '法院', '中级人民法院', '人民检察院', '检察院', '公安局',
  '委组织部', '委宣传部', '委统战部', '委政法委', '委办', '政府办', '委党校', '总工会', '妇联', '工商联', '科协', '残联', '团市委', '办事处', '书记处',
  '委办公室', '政府办公室', '人民政府办公室', '人大常委会办公室', '政协办公室',
  // The other people's bodies (区文联主席蔡少文, 市侨联副主席林芳: not 区 as a surname).
  '文联', '侨联', '台联', '社科联', '作协',
]);

/**
 * China's democratic parties by the names their local committees are printed with (民革贵州省委主委, 台盟市委会主委):
 * a title of such a committee is the party's in that jurisdiction, not the Communist Party's.
 */
export const DEMOCRATIC_PARTIES: readonly string[] = sortLongestFirst([
  '民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟',
]);

/** A body's own general office, named by the body alone (中共中央办公厅, 国务院办公厅, 市委办公室). */
export const GENERAL_OFFICES: readonly string[] = ['办公厅', '办公室'];

/** Administrative levels a jurisdiction ends with, and the bare ones a local paper uses for itself (`市` = its city). */
/** China's two special administrative regions, whose level 特别行政区 is also printed 特区. */
export const SPECIAL_ADMINISTRATIVE_REGIONS: readonly string[] = ['香港', '澳门'];

export const LEVELS = [
  '省', '市', '县', '区', '州', '镇', '乡', '街道', '村', '自治区', '自治州', '自治县', '旗', '盟', '特别行政区', '特区',
] as const;

/**
 * Posts added since the tagger was trained: kept apart from POSTS, one of its lexicon features, until it is retrained
 * (`model/`); the rules use both.
 */
export const NEWER_POSTS: readonly string[] = sortLongestFirst([
  // national bodies
  '国家主席', '国家副主席', '国家总理', '国务委员', '外长', '防长', '主任委员', '副主任委员', '常务委员', '候补委员',
  // A democratic party's committee's chair and vice-chair, as their committees call them (民建市委会主委).
  '主委', '副主委',
  // An acting head, named until the congress elects him (江西省代省长鹿心社, 代市长).
  '代省长', '代市长', '代县长', '代区长', '代州长', '代旗长', '代镇长', '代乡长', '代主席',
  // Inner Mongolia's heads of a banner and a league, of a sumu (a township) and a gacha (a village): 副苏木达包杨.
  '旗长', '副旗长', '常务副旗长', '盟长', '副盟长', '苏木达', '副苏木达', '嘎查达', '副嘎查达',
  // An assistant to a head, a post of its own (财政部部长助理胡静林, 省长助理, 总经理助理).
  '部长助理', '省长助理', '市长助理', '县长助理', '区长助理', '主席助理', '总经理助理', '行长助理', '署长助理',
  '厅长助理', '局长助理', '州长助理', '镇长助理', '乡长助理', '主任助理', '书记助理', '院长助理', '校长助理',
  '董事长助理', '总裁助理',
  // A township committee's members by their portfolio, and its clerks (组织委员张金莉、组织干事田艳茹; 人武部长).
  '组织委员', '宣传委员', '纪检委员', '统战委员', '政法委员', '组织干事', '宣传干事', '纪检干事', '人武部长', '武装部长',
  // A mission's diplomats below its head (使馆宋耀明经济商务公使、张漪波公参陪同会见).
  '公使', '公参', '参赞', '公使衔参赞', '经济商务公使', '经济商务参赞', '经商参赞', '临时代办',
  // …and their ranks below (二等秘书吴志伟和随员佟佶尧).
  '一等秘书', '二等秘书', '三等秘书', '随员',
  // A mission's defence attachés (武官郑煜冲大校, 刘永选国防武官).
  '武官', '副武官', '国防武官', '助理武官',
  // A commissioner: a ministry's outside it and his deputy (驻上海专员办…副专员高尚仁), a prefecture's (行署专员), an
  // inspector's (督察专员).
  '专员', '副专员',
  '第一书记', '常务书记', '常务主席', '署长', '副署长', '行长', '副行长', '总参谋长', '副总参谋长', '发言人', '新闻发言人',
  // the special administrative regions' heads and secretaries (香港特别行政区行政长官, 香港特区政府政务司司长)
  '行政长官', '政务司司长', '财政司司长', '律政司司长', '立法会主席', '特首',
  // a party's or an association's officers as Malaysian and Singaporean Chinese bodies title them (总秘书拿督王弗明,
  // 总财政丹斯里郑福成, 中委黄福安)
  '总秘书', '总财政', '中委',
  // the head of a consulate, a museum or a library, and one acting as such (朱亚荣代馆长)
  '馆长', '副馆长', '代馆长',
  // a department's head, and the regions' heads of customs and audit (外交部礼宾司司长, 保安司司长, 海关关长, 审计长)
  '司长', '副司长', '海关关长', '海关副关长', '审计长', '副审计长',
  // villages' and neighbourhoods' committees (村委会主任: one post, not 村委 + 会 + 主任)
  '村委会主任', '村委会副主任', '居委会主任', '居委会副主任',
  // party branches
  '党总支书记', '党总支副书记', '党总支部书记',
  // the army's political commissars, in full (火箭军政治委员), and its commanders and their deputies (海军副司令员)
  '政治委员', '副政治委员', '副司令员', '副参谋长', '军长', '副军长', '师长', '副师长', '旅长', '副旅长',
  '副团长',
  // Advisers to a government or a body, a post of their own (北京市政府高级顾问戴均良, 省政府参事李卫星).
  '高级顾问', '总顾问', '参事',
  // The chiefs of the river, lake and forest system, posts held by the heads of each level (县委书记、县级林长).
  // Bare 林长 and 河长 are too often inside place names (吉林长春, 黄河长江): only with a level or a rank.
  '总河长', '副总河长', '副河长', '总湖长', '副湖长', '总林长', '副总林长', '常务副林长', '副林长',
  ...['省级', '市级', '县级', '区级', '乡级', '镇级', '村级'].flatMap((level) => ['河长', '湖长', '林长'].map((p) => level + p)),
]);
/** Posts that name the state they are held in: China's, unless a compound puts them in a foreign one (越南…、国家主席). */
export const STATE_POSTS: ReadonlySet<string> = new Set(['国家主席', '国家副主席', '国家总理', '国务委员']);
/**
 * Posts of a state or its government, held in the state itself, never in a body named before them in a chain (古共中央
 * 第一书记、国家主席; 塞尔维亚前进党主席、总统).
 */
export const STATE_HEAD_POSTS: ReadonlySet<string> = new Set([
  ...STATE_POSTS, '总统', '副总统', '第一副总统', '总理', '副总理', '第一副总理', '首相', '副首相', '国王', '女王', '王储',
  '国家元首', '政府首脑', '国务委员长', '委员长', '副委员长',
]);

/**
 * Bodies of the central party and state: a post held in one is national (jurisdiction 中国) whatever precedes it.
 * Their departments need no entry: a national body and a name ending in 部, 委, 办… (`中央组织部`, `国务院国资委`,
 * `全国人大常委会法制工作委员会`) are found by `NATIONAL_DEPARTMENT_ENDS`.
 */
export const NATIONAL_BODIES: readonly string[] = sortLongestFirst([
  '中共中央', '中国共产党中央委员会', '中共中央委员会', '中央委员会', '中央', '中共中央政治局', '中央政治局', '中共中央书记处',
  '中央书记处', '中共中央军委', '中央军委', '中共中央军事委员会', '中央军事委员会', '中央纪委', '中央纪律检查委员会', '中纪委',
  '全国人大常委会', '全国人民代表大会常务委员会', '全国人大', '全国人民代表大会', '全国政协', '中国人民政治协商会议全国委员会',
  '国务院', '国家监委', '国家监察委员会', '最高人民法院', '最高人民检察院', '国家', '全国总工会', '全国妇联', '全国工商联',
  '共青团中央', '团中央', '共青团中央书记处', '团中央书记处', '中国科协', '中国科学院', '中国工程院', '中国社会科学院', '中央广播电视总台', '新华社',
  // The army's services and theatres whose names are China's alone (火箭军司令员, 东部战区政治委员; not 海军, 空军:
  // every state has them, 海军发言人 may be America's).
  '中国人民解放军', '解放军', '火箭军', '战略支援部队', '联勤保障部队', '武警部队', '中国人民武装警察部队',
  '东部战区', '南部战区', '西部战区', '北部战区', '中部战区',
  // The democratic parties' central committees and the people's organisations (民革中央主席, 中华全国总工会党组书记).
  '民革中央', '民盟中央', '民建中央', '民进中央', '农工党中央', '致公党中央', '九三学社中央', '台盟中央',
  '中华全国总工会', '中华全国工商业联合会', '中华全国妇女联合会', '中国侨联', '中华全国归国华侨联合会', '全国台联', '中国残联',
  '中国文联', '中国作协', '中国记协',
]);
/**
 * How a national body's name says it is China's: others (中央…, 国家…, 外交部) are China's unless a compound puts them
 * in another state (`越共中央政治局委员、中央书记处书记`: Vietnam's secretariat).
 */
export const CHINA_NAMED: readonly string[] = ['中共', '中国', '中华', '全国', '国务院', '最高人民', '共青团', '团中央', '新华社'];
/** National bodies short or common enough to need a word boundary before them (党中央, 中央空调, 国家级). */
export const NATIONAL_NEED_BOUNDARY: ReadonlySet<string> = new Set(['中央', '国家']);
/** National bodies that hold posts only through a department (国家发展改革委主任; 国家主席 is a post of its own). */
export const NATIONAL_ONLY_THROUGH_DEPARTMENT: ReadonlySet<string> = new Set(['国家']);
/** Endings of a national body's departments (`国务院国资委`, `中央办公厅`, `国家体育总局`, `中央外办`). */
export const NATIONAL_DEPARTMENT_ENDS: readonly string[] = sortLongestFirst([
  '委员会', '工作委员会', '办公厅', '办公室', '总局', '部', '委', '局', '署', '办', '厅', '室', '院', '处',
  // A committee's or a leading group's office (中央财经委员会办公室, 中央外事工作委员会办公室).
  '委员会办公室', '工作委员会办公室', '领导小组办公室',
]);
/**
 * What a ministry of any state is named by before its 部 (`斯卫生部长`, `马卫生部长`: a state's short name, then its
 * ministry of health): no given name ends a name right before 部.
 */
export const MINISTRY_STEMS: readonly string[] = [
  '外交', '国防', '卫生', '财政', '商务', '教育', '内政', '内务', '司法', '公安', '民政', '农业', '交通', '文化', '贸易', '外贸',
  '能源', '劳动', '新闻', '旅游', '工业', '经济', '计划', '水利', '体育', '环境', '矿业', '石油', '电力', '通信',
];

/**
 * The State Council's ministries and agencies printed without 国务院 or 国家 (`外交部部长`): national by name alone.
 * A local government has no 部 (its departments are 厅, 局), except the party's own (组织部, 宣传部): not listed.
 * 中国人民银行 is not either: like any bank it is an enterprise, its posts held there (`bodies.ts`, `index.ts`).
 */
export const MINISTRIES: readonly string[] = sortLongestFirst([
  '外交部', '国防部', '教育部', '科学技术部', '科技部', '工业和信息化部', '工信部', '公安部', '民政部', '司法部', '财政部',
  '人力资源和社会保障部', '人力资源社会保障部', '人社部', '自然资源部', '生态环境部', '住房和城乡建设部', '住房城乡建设部',
  '住建部', '交通运输部', '水利部', '农业农村部', '商务部', '文化和旅游部', '文旅部', '退役军人事务部', '应急管理部',
  '审计署', '海关总署', '市场监管总局', '金融监管总局', '广电总局', '中国证监会', '证监会', '中国民航局',
  '中国银保监会', '银保监会', '国家金融监督管理总局', '中国银监会', '银监会', '中国保监会', '保监会',
  '中国气象局', '中国地震局', '中国残联', '中国侨联', '中国红十字会',
  // The party centre's departments by their short names (中宣部部长, 中组部副部长).
  '中宣部', '中组部', '中联部', '中央统战部', '国台办', '国务院台办',
  // The National People's Congress's special committees by their own names (宪法和法律委员会副主任委员); not those a
  // province's congress or the party names alike (财经委, 外事委).
  '宪法和法律委员会', '宪法法律委', '环境与资源保护委员会', '环资委', '监察和司法委员会', '监察司法委',
  '教育科学文化卫生委员会', '教科文卫委', '社会建设委员会',
]);

/**
 * Posts news prints right after a leader's name as a form of address (`栗战书委员长`, `李强总理`, `张义珍委员`): a
 * name is found before these. Not posts that name a level (莫斯科市长: a place before it) nor roles (高素质教师).
 */
export const POSTS_AFTER_NAME: readonly string[] = sortLongestFirst([
  '总书记', '主席', '副主席', '委员长', '副委员长', '总理', '副总理', '国务委员', '常委', '委员', '部长', '副部长', '书记',
  '秘书长', '总统', '副总统', '首相', '国王', '王储', '大使', '公使', '公参', '参赞', '总领事', '馆长', '代馆长',
  // An honour printed after the name in Hong Kong and Malaysia (林福山太平绅士).
  '太平绅士',
]);

/**
 * Honours printed before a name in Malaysia and Brunei (首相拿督斯里安华, 总财政丹斯里郑福成, 拿汀巴杜卡周美芬): no post
 * and no part of the name; a post before them is the name's.
 */
export const HONOURS_BEFORE_NAME: readonly string[] = sortLongestFirst([
  '拿督', '拿督斯里', '拿督巴杜卡', '拿督威拉', '拿督劳勿', '丹斯里', '敦斯里', '拿汀', '拿汀斯里', '拿汀巴杜卡', '潘丹斯里',
  // (拿汀巴都卡周美芬: the same honour in another spelling.)
  '拿督巴都卡', '拿汀巴都卡',
  // (夫人杜潘法丽达, 砂拉越总理拿督巴丁宜丹斯里阿邦佐哈里: a wife's honour and a state's highest; not 敦 alone, which
  // opens names as well: 几内亚总统敦布亚.)
  '杜潘', '拿督巴丁宜',
]);

/**
 * Sites named after the people who serve in them (人大代表联络站, 代表之家, 劳模工作室, 政协委员工作站): the post before
 * them is part of a place's name, no one's title.
 */
export const SITES_AFTER_POST: readonly string[] = sortLongestFirst([
  '联络站', '联络室', '联络点', '工作站', '工作室', '服务站', '接待站', '活动室', '之家',
]);

/** Words of rank or field printed before a bare post, part of it (常务副院长, 首席投资总监, 市场总监, 执行董事). */
export const POST_MODIFIERS: readonly string[] = sortLongestFirst([
  '常务', '执行', '首席', '高级', '资深', '名誉', '荣誉', '特聘', '市场', '客户', '技术', '财务', '销售', '运营', '投资',
  '艺术', '创意', '品牌', '产品', '项目', '人力资源', '行政', '法务', '研发', '营销', '策划', '设计',
  // 联合国助理秘书长, 助理国务卿, 助理部长; a co-chair (基金会联席主席).
  '助理', '联席',
  // Grades of a rank (荣誉一级教授, 二级巡视员).
  '一级', '二级', '三级',
  // A deputy of a post the lexicon holds bare (乡退役军人事务站副站长).
  '副',
  // A post held full-time (医疗队专职队长, 工会专职副主席).
  '专职',
]);

/** Words before a title that date it before the article (`时任福州市委书记`): they are no part of the title. */
export const FORMER_MARKERS: readonly string[] = ['时任', '曾任', '原', '前'];
/** Words joining one person's titles: 、 and 兼 (`国务委员兼外长`; after 兼 a bare post is held in the same body). */
export const TITLE_JOINERS: readonly string[] = ['、', '兼'];

/** Characters that can start a named place only by accident (我市, 本县, 全省, 各区, 该镇, 以及东盟秘书长: 及东 + 盟). */
export const NOT_PLACE_START = new Set(Array.from('我本全各该两外此其每贵他及'));
