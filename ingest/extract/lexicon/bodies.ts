// Endings that make a name an enterprise (集团, 有限公司, 工贸…) or an organisation (局, 医院, 协会, 联盟…), and words that never start one.
import { sortLongestFirst } from './words.ts';

/** Endings that make an enterprise of any name before them. */
export const ENTERPRISE_SUFFIXES: readonly string[] = sortLongestFirst([
  '股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '工贸', '医药', '药业', '科技', '电器', '门业', '安防', '实业', '资本',
  '银行', '农商银行', '支行', '分行', '控股', '股份', '置业', '地产', '物流', '传媒', '贸易', '商贸', '证券', '保险', '车业', '锁业', '杯业',
  '厨具', '电工', '塑业', '铝业', '钢业', '卫浴', '光电', '器械', '机械', '电子', '电机', '工具', '食品', '服饰', '酒店', '超市', '厂',
]);

/**
 * Enterprise endings that are also a trade's common noun: political news writes 高水平科技, 全球服务贸易, 现代物流 far
 * more often than a firm's name, so before one of these a name must hold a brand (`bodies.ts` `brandedTrade`).
 */
export const TRADE_SUFFIXES: ReadonlySet<string> = new Set([
  '医药', '科技', '电器', '安防', '资本', '控股', '股份', '地产', '物流', '传媒', '贸易', '商贸', '证券', '保险',
  '电工', '光电', '器械', '机械', '电子', '电机', '工具', '食品', '服饰', '酒店', '超市', '厨具', '卫浴',
]);

/**
 * Endings that name a body only after its place (上海期货交易所, 东京证券交易所): without one, a common noun (证券交易所,
 * 世界一流交易所).
 */
export const PLACE_OPENED_SUFFIXES: ReadonlySet<string> = new Set(['交易所']);

/**
 * A town's first, second… middle school by the short name every county uses, after its place (龙岩一中刘炳河): kept
 * out of ORGANIZATION_SUFFIXES, which the tagger's features read.
 */
export const NUMBERED_SCHOOLS: readonly string[] = Array.from('一二三四五六七八九十', (n) => `${n}中`);

/** Endings that make an organisation of any name before them. */
export const ORGANIZATION_SUFFIXES: readonly string[] = sortLongestFirst([
  '委员会', '常委会', '办公室', '管委会', '研究院', '研究所', '研发中心', '服务中心', '指挥中心', '中心', '协会', '学会', '联合会', '商会', '联盟',
  '基金会', '红十字会', '人民医院', '中医院', '医院', '卫生院', '人民法院', '法院', '人民检察院', '检察院', '公安局', '派出所', '学校', '小学',
  '中学', '大学', '学院', '幼儿园', '党校', '电视台', '报社', '日报', '融媒体中心', '指挥部', '工作组', '教育集团', '综合体', '工商联', '总工会',
  '出版社', '杂志社', '通讯社', '信用社', '合作社', '研究会', '促进会', '俱乐部', '实验室', '电视总台', '广播总台', '交易所',
]);

/** One-character endings (局, 院, 所…) make an organisation only after a jurisdiction: 市林场, 市自然资源和规划局. */
export const SHORT_ORGANIZATION_SUFFIXES: readonly string[] = ['局', '厅', '院', '所', '办', '场', '站', '队', '部', '委'];

/** Common words that end in a one-character ending and are no body (大局, 市场, 网站, 总部). */
export const NOT_SHORT_BODY: ReadonlySet<string> = new Set([
  '大局', '格局', '当局', '全局', '结局', '布局', '开局', '出局', '骗局', '残局', '时局', '政局', '战局', '新局',
  '市场', '现场', '广场', '会场', '立场', '战场', '赛场', '商场', '机场', '剧场', '职场', '考场', '球场', '官场', '主场',
  '车站', '网站', '站站', '场所', '厕所', '住所', '处所', '诊所', '部队', '球队', '团队', '军队', '排队', '梯队',
  '干部', '全部', '内部', '外部', '局部', '本部', '总部', '西部', '东部', '南部', '北部', '中部', '腹部', '头部', '面部',
  '书院', '庭院', '寺院', '影院', '剧院',
]);

/** Words that end the leftward reach of a body's name: generic modifiers and everything that is not a name. */
export const NOT_NAME_PART: readonly string[] = sortLongestFirst([
  '广大', '相关', '全市', '我市', '本市', '全省', '全国', '各类', '各级', '小微', '龙头', '重点', '规上', '民营', '企业', '产业', '行业', '工作',
  '多家', '一家', '这家', '该', '其', '各', '各大', '有关', '部分', '所有', '这些', '国有', '上市', '知名', '本地', '当地', '周边', '国内', '国际',
  '现任', '担任', '曾任', '原任', '来到', '走访', '参观', '调研', '前往', '深入', '考察', '进入', '包括', '其中', '以及', '先后', '分别', '还有', '成立', '举行', '召开',
  // The verbs of political news: a body's name never runs back over them (在北京会见美国星巴克公司…).
  '会见', '会谈', '会晤', '接见', '出席', '参加', '列席', '主持', '视察', '访问', '通电话', '陪同', '致辞', '讲话', '慰问', '看望',
  // (林定国到访国务院国有资产监督管理委员会: a call paid on it.)
  '到访', '拜访', '拜会', '莅临',
  // (蒋洁敏率领集团公司代表团: whom a leader takes along, after his verb.)
  '率领', '带领', '率队', '带队',
  // Verbs of policy that take a body as their object (北京加快推进学校…, 上海启用…服务中心, 依托…党校): a place before
  // them is what acts, not the start of the body's name.
  '加快', '推进', '推动', '围绕', '设立', '拥有', '启用', '依托', '打造', '建成', '新建', '筹建', '加强', '完善', '深化',
  '实施', '开展', '鼓励', '引导', '支持', '依靠',
  // A list closed by 等 and where it went (…、蔡奇等到…总医院): jieba reads 等到 as one verb.
  '等到',
  // A parent's subsidiary (联合出版集团旗下三联书店（香港）有限公司): the parent's name ends before these.
  '旗下', '下属', '所属',
  // A word dating a post before the article (时任中国人民银行党委委员): no part of the body's name.
  '时任',
  // Members of an association (会员单位华谊兄弟传媒股份有限公司): what the firm is to it, not its name.
  '会员单位', '成员单位', '单位',
  // A former post's marker, read alone (长安银行股份有限公司原党委书记): the body's name ends before it.
  '原',
  // A caption's opening (图为伟业顾问北京公司副总经理…): who is pictured, no part of a name.
  '图为',
  // The parties to an event or a deal (承办方富龙集团董事长…): a role, no part of a name.
  '主办方', '承办方', '协办方', '合作方', '投资方',
  // Words of time before a body (之前中国人民银行副行长…): when, no part of a name.
  '之前', '之后', '以前', '以后', '此前', '此后', '以来',
  // What stands before a body in running text and jieba may read as a noun: 经医院检查 (by), ———记…电视台 (a record
  // of), a dateline's 日电 (北京6月29日电中国…委员会).
  '经', '记', '日电',
  // Times said of a body (今年武术管理中心…); not jieba's time tag, which brands hold too (星月门业: 星月/t).
  '今年', '去年', '明年', '前年', '今天', '昨天', '明天', '当天', '次日', '近日', '日前', '目前', '现在', '当时', '此前', '如今',
  '年初', '年底', '年内', '上午', '下午', '晚上', '今晚', '正在', '早年',
  // 暨 joins two events or bodies (…启播暨中央广播电视总台…): never inside one name.
  '暨',
]);

/** What a state's mission abroad is called, after where it is (中国驻希腊使馆, 中国常驻联合国代表团). */
export const MISSION_ENDS: readonly string[] = sortLongestFirst([
  '大使馆', '使馆', '总领事馆', '领事馆', '总领馆', '使领馆', '代表处', '代表团', '使团',
]);
