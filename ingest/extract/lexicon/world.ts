// The world in Chinese news: countries (short and formal forms), international organisations, foreign bodies and posts.
import { sortLongestFirst } from './words.ts';

/**
 * The world's countries as Chinese news names them: one country a line, its usual short name first (the jurisdiction
 * kg reports), then other forms that name it (formal names that are not short name + `共和国`, older short forms).
 * 中非 alone is China–Africa in Chinese news (中非合作): the Central African Republic is only 中非共和国.
 */
const COUNTRY_TABLE = `
中国 中华人民共和国
朝鲜 朝鲜民主主义人民共和国
韩国 大韩民国
日本
蒙古国 蒙古
越南
老挝
柬埔寨
泰国 泰王国
缅甸
马来西亚
新加坡
印度尼西亚 印尼
文莱 文莱达鲁萨兰国
菲律宾
东帝汶
尼泊尔
不丹
孟加拉国 孟加拉
印度
巴基斯坦
斯里兰卡
马尔代夫
阿富汗
伊朗
伊拉克
叙利亚 阿拉伯叙利亚共和国
黎巴嫩
约旦 约旦哈希姆王国
以色列
巴勒斯坦
沙特阿拉伯 沙特
也门
阿曼
阿联酋 阿拉伯联合酋长国
卡塔尔
巴林
科威特
土耳其
塞浦路斯
格鲁吉亚
亚美尼亚
阿塞拜疆
哈萨克斯坦
吉尔吉斯斯坦 吉尔吉斯
塔吉克斯坦
乌兹别克斯坦
土库曼斯坦
俄罗斯 俄联邦
乌克兰
白俄罗斯
摩尔多瓦
波兰
捷克
斯洛伐克
匈牙利
罗马尼亚
保加利亚
塞尔维亚
克罗地亚
斯洛文尼亚
波黑 波斯尼亚和黑塞哥维那
黑山
北马其顿 马其顿
阿尔巴尼亚
希腊
意大利
梵蒂冈
圣马力诺
马耳他
西班牙
葡萄牙
安道尔
法国 法兰西
摩纳哥
比利时
荷兰
卢森堡
德国 德意志
奥地利
瑞士
列支敦士登
英国 大不列颠及北爱尔兰联合王国
爱尔兰
冰岛
挪威
瑞典
芬兰
丹麦
爱沙尼亚
拉脱维亚
立陶宛
埃及 阿拉伯埃及
利比亚
突尼斯
阿尔及利亚
摩洛哥
毛里塔尼亚
苏丹
南苏丹
埃塞俄比亚
厄立特里亚
吉布提
索马里
肯尼亚
乌干达
坦桑尼亚
卢旺达
布隆迪
刚果（金） 刚果民主共和国 刚果(金) 刚果金
刚果（布） 刚果共和国 刚果(布) 刚果布
加蓬
赤道几内亚
喀麦隆
中非共和国
乍得
尼日尔
尼日利亚
贝宁
多哥
加纳
科特迪瓦
布基纳法索
马里
塞内加尔
冈比亚
几内亚
几内亚比绍
塞拉利昂
利比里亚
佛得角
圣多美和普林西比
安哥拉
赞比亚
马拉维
莫桑比克
津巴布韦
博茨瓦纳
纳米比亚
南非
莱索托
埃斯瓦蒂尼 斯威士兰
马达加斯加
毛里求斯
科摩罗
塞舌尔
美国 美利坚合众国
加拿大
墨西哥
危地马拉
伯利兹
萨尔瓦多
洪都拉斯
尼加拉瓜
哥斯达黎加
巴拿马
古巴
牙买加
海地
多米尼加
多米尼克
巴哈马
巴巴多斯
特立尼达和多巴哥
格林纳达
圣卢西亚
圣文森特和格林纳丁斯
安提瓜和巴布达
圣基茨和尼维斯
哥伦比亚
委内瑞拉
圭亚那
苏里南
厄瓜多尔
秘鲁
巴西
玻利维亚
巴拉圭
乌拉圭
阿根廷
智利
澳大利亚
新西兰
巴布亚新几内亚 巴新
所罗门群岛
瓦努阿图
斐济
萨摩亚
汤加
基里巴斯
图瓦卢
瑙鲁
密克罗尼西亚联邦 密克罗尼西亚 密联邦
马绍尔群岛
帕劳
库克群岛
纽埃
`;

/**
 * One-character forms news uses for a country before a post (`俄总统`, `以总理`, `美财长`): a country only there, at
 * the start of a phrase. 巴 (巴西, 巴基斯坦, 巴勒斯坦), 西 and 阿 name too many countries to tell; 意 opens 同意总统的…,
 * 泰 stands before 国王 as 泰国 does.
 */
const ABBREVIATIONS: Record<string, string> = {
  俄: '俄罗斯', 美: '美国', 英: '英国', 法: '法国', 德: '德国', 日: '日本', 韩: '韩国', 朝: '朝鲜', 越: '越南', 乌: '乌克兰',
  以: '以色列', 澳: '澳大利亚', 印: '印度', 土: '土耳其', 蒙: '蒙古国', 希: '希腊', 比: '比利时', 伊: '伊朗', 哈: '哈萨克斯坦',
  塔: '塔吉克斯坦', 叙: '叙利亚', 菲: '菲律宾', 缅: '缅甸', 柬: '柬埔寨', 葡: '葡萄牙', 匈: '匈牙利', 捷: '捷克', 荷: '荷兰',
};

/** Parties a foreign title is held in, printed without their country (`越共中央总书记`): the party and its country. */
const PARTY_ALIASES: Record<string, string> = {
  越共: '越南', 古共: '古巴', 老挝人革党: '老挝', 老党: '老挝', 俄共: '俄罗斯',
  // Parties of Malaysia and Singapore their Chinese press names bare (马华署理总会长拿督马汉顺, 巫统主席).
  马华: '马来西亚', 马华公会: '马来西亚', 巫统: '马来西亚', 人民行动党: '新加坡',
};

/** What may follow a country's short name in its formal name (`巴西联邦共和国`, `柬埔寨王国`, `巴勒斯坦国`). */
export const FORMAL_SUFFIXES: readonly string[] = sortLongestFirst([
  '共和国', '联邦共和国', '民主共和国', '人民共和国', '人民民主共和国', '社会主义共和国', '伊斯兰共和国', '联合共和国', '合作共和国',
  '玻利瓦尔共和国', '东岸共和国', '多民族国', '民主社会主义共和国', '王国', '联邦', '国', '苏丹国', '大公国', '公国',
]);

/** International organisations, one a line, its usual name first (the jurisdiction of its posts: `联合国秘书长` → 联合国). */
const INTERNATIONAL_TABLE = `
联合国
阿拉伯议会 阿议会
泛非议会
各国议会联盟 议联
欧洲安全与合作组织 欧安组织
金砖国家新开发银行
联合国大会 联大
联合国安理会 安理会
联合国人权理事会
联合国教科文组织 教科文组织
联合国粮农组织 粮农组织
联合国开发计划署
联合国儿童基金会
联合国难民署
联合国环境规划署
联合国工业发展组织
联合国贸发会议
世界粮食计划署
世界卫生组织 世卫组织
世界贸易组织 世贸组织
国际货币基金组织
世界银行
国际劳工组织
国际电信联盟 国际电联
世界知识产权组织
世界气象组织
国际移民组织
国际民航组织
国际海事组织
国际原子能机构
国际奥委会 国际奥林匹克委员会
国际残奥委会
亚奥理事会
国际足联
世界旅游组织 联合国世界旅游组织
国际刑警组织
红十字国际委员会 国际红十字委员会
国际农业发展基金
欧盟 欧洲联盟
欧盟委员会
欧洲理事会
欧洲议会
欧洲央行 欧洲中央银行
非盟 非洲联盟
非盟委员会
东盟 东南亚国家联盟
阿盟 阿拉伯国家联盟
上海合作组织 上合组织
北约 北大西洋公约组织
海合会 海湾阿拉伯国家合作委员会
独联体 独立国家联合体
欧亚经济联盟
集体安全条约组织 集安组织
经合组织 经济合作与发展组织
伊斯兰合作组织
太平洋岛国论坛
拉共体 拉美和加勒比国家共同体
亚洲基础设施投资银行 亚投行
新开发银行
亚洲开发银行 亚行
世界经济论坛
博鳌亚洲论坛
`;

/** Bodies a foreign post is held in after its country (`韩国国会议长`, `越南政府总理`, `朝鲜劳动党总书记`). */
export const FOREIGN_ORGANS: readonly string[] = sortLongestFirst([
  '国会', '议会', '国民议会', '国民大会', '众议院', '参议院', '上院', '下院', '上议院', '下议院', '联邦议院', '联邦参议院',
  '联邦委员会', '联邦院', '国民院', '国家大呼拉尔', '大呼拉尔', '人民代表院', '人民协商会议', '国家杜马', '最高人民会议',
  '最高人民会议常任委员会', '人民议会', '大国民议会', '国务委员会', '部长会议',
  // Belarus's two chambers (`白俄罗斯国民会议共和国院主席`, `…国民会议代表院主席`).
  '国民会议', '国民会议共和国院', '国民会议代表院', '共和国院', '代表院',
  // The European Union's foreign-policy portfolio (`欧盟外交与安全政策高级代表`).
  '外交与安全政策',
  // A government in office until the next is formed, or between regimes (`斯洛伐克看守政府总理`, `苏丹前过渡政府总理`).
  '看守政府', '过渡政府', '临时政府',
  '政府', '内阁', '外交部', '国防部', '总统办公室', '中央', '中央委员会', '政治局', '书记处', '劳动党', '共产党', '人民革命党', '人民党',
  '祖国阵线', '祖国阵线中央委员会', '武装部队', '主权委员会', '过渡委员会', '王室', '驻华使馆', '驻华大使馆',
  // Councils of security and defence (`俄罗斯联邦安全会议秘书`, `美国国家安全委员会`).
  '安全会议', '联邦安全会议', '国家安全会议', '国家安全委员会', '国防委员会',
  // The head of state's office holds envoys and spokesmen (`美国总统气候问题特使`, `俄总统新闻秘书`).
  '总统', '总统府', '白宫', '克里姆林宫', '国家主席',
  // A federation's member states, whose rulers hold posts of their own (`阿联酋富查伊拉酋长沙尔基`, `阿布扎比王储`).
  '阿布扎比', '迪拜', '沙迦', '阿治曼', '乌姆盖万', '哈伊马角', '富查伊拉',
]);

/** Posts held in a foreign state or an international organisation, after its name (and a body of it). */
export const FOREIGN_POSTS: readonly string[] = sortLongestFirst([
  '总统', '副总统', '总理', '副总理', '第一副总理', '首相', '副首相', '国王', '女王', '王储', '王后', '王太子', '亲王', '王子',
  '太后', '王太后', '太皇',
  '公主', '埃米尔', '酋长', '副酋长', '苏丹', '大公', '总督', '州督', '国家元首', '政府首脑', '国家主席', '国家副主席', '主席', '副主席',
  '委员长', '国务委员长', '总书记', '第一书记', '书记', '常务书记', '委员', '候补委员', '常委', '议长', '副议长', '议员', '参议员', '众议员', '外长',
  '众议长', '参议长', '众议院议长', '参议院议长', '下院议长', '上院议长', '国民议会议长',
  '外交大臣', '外务大臣', '外交国务秘书', '防长', '国防大臣', '副外长', '副外交大臣', '副外相', '副防长', '财长', '财政大臣', '国务卿', '副国务卿', '顾问', '内政大臣',
  '内务大臣', '防卫大臣', '财务大臣', '经济产业大臣', '官房长官', '外相', '外务相', '防卫相',
  // Ministers of kingdoms and of states styled so (`柬埔寨国务大臣兼商业部大臣`, `新加坡…高级政务部长`).
  '大臣', '国务大臣', '高级大臣', '国务部长', '政务部长', '高级政务部长',
  // Singapore's senior statesmen (`新加坡国务资政吴作栋`, `内阁资政李光耀`).
  '国务资政', '内阁资政', '荣誉国务资政', '资政',
  '大使', '驻华大使', '特命全权大使', '总领事',
  // A state's envoy to the UN (`俄罗斯常驻联合国代表涅边贾`).
  '常驻联合国代表', '常驻联合国副代表', '常驻联合国大使', '部长', '副部长', '秘书长', '副秘书长', '总干事', '副总干事', '总裁', '行长',
  '执行主任', '高级代表', '高级专员', '贸易代表', '副贸易代表', '特使', '特别代表', '特别顾问', '总司令', '党首', '新闻秘书', '发言人', '新闻发言人',
  '多数党领袖', '少数党领袖', '反对党领袖', '反对派领袖', '民族领袖', '最高领袖', '第一副总统', '秘书',
  // A party's leader (`巴巴多斯工党领袖`); a member of a cabinet (`以色列战时内阁成员`; not a member state, 安理会成员).
  '领袖', '党魁', '内阁成员', '战时内阁成员',
  // Heads of Japanese prefectures and Korean counties (`日本山梨县知事`, `韩国青松郡郡守`).
  '知事', '副知事', '郡守',
  // Assistants to a post (`联合国助理秘书长`, `美国助理国务卿`, `美国总统国家安全事务助理`).
  '助理秘书长', '助理国务卿', '助理部长', '助理国防部长', '国家安全事务助理', '国家安全顾问',
  // Commanders (`伊朗武装部队总参谋长`, `俄罗斯陆军司令`).
  '总参谋长', '副总参谋长', '参谋长', '司令', '副司令', '司令员',
]);

/** Endings of a party or movement the lexicon does not list (`巴西劳工党`, `斯里兰卡人民联合阵线`). */
export const PARTY_ENDINGS: readonly string[] = ['党', '阵线', '运动'];

/** Posts of an envoy, after what he is sent for (`气候问题特使`, `中东事务特别代表`). */
export const ENVOY_BRIEF_POSTS: readonly string[] = sortLongestFirst(['特使', '特别代表', '特别顾问', '特别协调员', '高级代表']);
/** What an envoy's brief ends with (`叙利亚问题`, `朝鲜半岛事务`). */
export const PORTFOLIO_ENDS: readonly string[] = ['问题', '事务'];

/**
 * Words between a country and its post that are no part of the title (`巴西新任总统`, `巴西当选总统`, `美国前总统`): 前
 * marks a former post.
 */
export const BEFORE_FOREIGN_POST: readonly string[] = ['新任', '候任', '当选', '现任', '前任', '时任', '前', '代理'];

function table(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.trim().split('\n')) {
    const forms = line.trim().split(/\s+/);
    for (const f of forms) out.set(f, forms[0]!);
  }
  return out;
}

/** The countries' names of two characters or more, longest first (no party's: 老党 is in 老党员). */
export const COUNTRY_NAMES: readonly string[] = sortLongestFirst(
  [...table(COUNTRY_TABLE).keys()].filter((f) => f.length > 1),
);

/** Every printed form of a country → its short name (`中华人民共和国` → 中国, `俄联邦` → 俄罗斯). */
export const COUNTRY_OF: ReadonlyMap<string, string> = new Map([
  ...table(COUNTRY_TABLE),
  ...Object.entries(PARTY_ALIASES),
]);
export const COUNTRY_FORMS: readonly string[] = sortLongestFirst([...COUNTRY_OF.keys()]);
/**
 * How transliterated places end, never a person's name (顿涅茨克, 卢甘斯克, 阿夫杰耶夫卡, 伏尔加格勒, 圣彼得堡): -sk, -ovka,
 * -grad, -burg.
 */
export const PLACE_NAME_ENDS = /(?:[斯茨]克|夫卡|格勒|堡)$/;
/** Regions and peoples of the world, no one's name (`由…率领的阿拉伯、伊斯兰国家外长联合代表团`). */
export const WORLD_REGIONS: ReadonlySet<string> = new Set([
  '阿拉伯', '拉美', '拉丁美洲', '中东', '非洲', '欧洲', '亚洲', '美洲', '大洋洲', '东南亚', '中亚', '南亚', '西亚', '北非',
  '东非', '西非', '南部非洲', '海湾', '加勒比', '巴尔干', '北欧', '东欧', '西欧', '南欧', '中东欧', '亚太', '欧亚',
  // Autonomous parts of states that China's consulates deal with as a side (桑方).
  '桑给巴尔',
]);
/**
 * The world's capitals and its cities foreign news names most, as Chinese news writes them: places, never a person's
 * name, though a transliteration reads as one to the tagger (`马德里`, `特拉维夫`). Not 亚历山大, a person's name as
 * often; 华盛顿 is in: news names the city bare, the man with his given name (乔治·华盛顿).
 */
const WORLD_CITY_TABLE = `
东京 大阪 首尔 釜山 平壤 乌兰巴托 河内 胡志明市 万象 金边 曼谷 仰光 内比都 吉隆坡 雅加达 马尼拉 斯里巴加湾 帝力 加德满都 廷布
达卡 新德里 孟买 加尔各答 伊斯兰堡 卡拉奇 拉合尔 科伦坡 马累 喀布尔 德黑兰 巴格达 大马士革 阿勒颇 贝鲁特 安曼 耶路撒冷
特拉维夫 拉姆安拉 利雅得 吉达 萨那 亚丁 马斯喀特 阿布扎比 迪拜 多哈 麦纳麦 科威特城 安卡拉 伊斯坦布尔 埃里温 第比利斯 巴库
阿斯塔纳 阿拉木图 比什凯克 塔什干 撒马尔罕 杜尚别 阿什哈巴德
莫斯科 基辅 哈尔科夫 敖德萨 明斯克 华沙 布拉格 布拉迪斯拉发 布达佩斯 维也纳 柏林 汉堡 慕尼黑 法兰克福 巴黎 马赛 里昂 伦敦
曼彻斯特 爱丁堡 都柏林 布鲁塞尔 阿姆斯特丹 海牙 鹿特丹 伯尔尼 日内瓦 苏黎世 达沃斯 罗马 米兰 威尼斯 马德里 巴塞罗那 里斯本
雅典 索非亚 布加勒斯特 贝尔格莱德 萨格勒布 卢布尔雅那 萨拉热窝 波德戈里察 斯科普里 地拉那 奥斯陆 斯德哥尔摩 赫尔辛基 哥本哈根
雷克雅未克 塔林 里加 维尔纽斯 基希讷乌 瓦莱塔 尼科西亚
开罗 的黎波里 阿尔及尔 拉巴特 卡萨布兰卡 努瓦克肖特 达喀尔 巴马科 阿比让 阿克拉 洛美 拉各斯 阿布贾 雅温得 金沙萨 布拉柴维尔
罗安达 卢萨卡 哈拉雷 比勒陀利亚 约翰内斯堡 开普敦 德班 马普托 内罗毕 蒙巴萨 亚的斯亚贝巴 喀土穆 达累斯萨拉姆 多多马 坎帕拉
基加利 摩加迪沙 阿斯马拉 塔那那利佛
华盛顿 纽约 洛杉矶 旧金山 芝加哥 休斯敦 西雅图 波士顿 迈阿密 亚特兰大 费城 菲尼克斯 檀香山 渥太华 多伦多 温哥华 蒙特利尔
墨西哥城 哈瓦那 巴拿马城 马那瓜 特古西加尔巴 圣萨尔瓦多 危地马拉城 波哥大 加拉加斯 基多 利马 拉巴斯 布宜诺斯艾利斯 蒙得维的亚
亚松森 巴西利亚 里约热内卢 圣保罗 圣地亚哥
堪培拉 悉尼 墨尔本 布里斯班 珀斯 阿德莱德 惠灵顿 奥克兰 苏瓦 莫尔兹比港 阿皮亚 努库阿洛法
`;
export const WORLD_CITIES: ReadonlySet<string> = new Set(WORLD_CITY_TABLE.split(/\s+/).filter(Boolean));

/**
 * Movements and armed groups news names bare, as it names a country, and which act in its sentences as people do
 * (`哈马斯称`, `真主党表示`): bodies, never persons.
 */
export const MOVEMENTS: ReadonlySet<string> = new Set([
  '哈马斯', '法塔赫', '杰哈德', '卡桑旅', '真主党', '胡塞武装', '塔利班', '伊斯兰国', '基地组织', '青年党', '博科圣地',
  '库尔德工人党',
]);
export const PARTIES: ReadonlySet<string> = new Set(Object.keys(PARTY_ALIASES));
export const COUNTRY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(ABBREVIATIONS));

/** Every printed form of an international organisation → its usual name (`世卫组织` → 世界卫生组织). */
export const ORGANIZATION_OF: ReadonlyMap<string, string> = table(INTERNATIONAL_TABLE);
export const INTERNATIONAL_FORMS: readonly string[] = sortLongestFirst([...ORGANIZATION_OF.keys()]);
