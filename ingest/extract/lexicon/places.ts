// Place names every Chinese paper mentions (provinces, major cities, China), and the endings that make a place.
import { sortLongestFirst } from './words.ts';

const PROVINCES =
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门';
const CITIES =
  '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 东阳 永康 兰溪 武义 浦江 磐安 南京 苏州 无锡 常州 合肥 福州 厦门 南昌 济南 青岛 郑州 武汉 长沙 广州 深圳 珠海 东莞 佛山 成都 贵阳 昆明 西安 兰州 西宁 银川 乌鲁木齐 拉萨 南宁 海口 沈阳 大连 长春 哈尔滨 石家庄 太原 呼和浩特';

export const KNOWN_PLACES: readonly string[] = sortLongestFirst(['中国', ...PROVINCES.split(' '), ...CITIES.split(' ')]);

/** One-character names of China, its provinces and regions (来华, 来澳, 赴京, 在沪): where someone comes or goes. */
export const PLACE_ONE_CHAR = '华京津沪渝港澳台冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔滇陕秦陇宁新藏桂蒙';

/** China's provinces, autonomous regions and municipalities by their short names (湖北, 宁夏, 内蒙古). */
export const PROVINCE_NAMES: readonly string[] = sortLongestFirst(PROVINCES.split(' '));

/**
 * China's ethnic groups by the names autonomous areas print them with (维吾尔, 哈萨克, 土家族…): an autonomous region,
 * prefecture or county is named by a place and one or more of them (新疆维吾尔自治区, 湘西土家族苗族自治州).
 */
export const ETHNIC_GROUPS: readonly string[] = sortLongestFirst(
  ('维吾尔 哈萨克 柯尔克孜 蒙古 藏 回 壮 苗 侗 彝 土家 朝鲜 羌 傣 白 哈尼 景颇 傈僳 布依 黎 瑶 满 畲 土 撒拉 保安 东乡 ' +
    '裕固 达斡尔 鄂温克 鄂伦春 锡伯 塔吉克 仡佬 水 毛南 仫佬 纳西 普米 怒 独龙 拉祜 佤 布朗 阿昌 德昂 基诺 门巴 珞巴 ' +
    '赫哲 京 塔塔尔 乌孜别克').split(' '),
);
/** The levels of autonomous areas. */
export const AUTONOMOUS_LEVELS: readonly string[] = ['自治区', '自治州', '自治县'];

/** Endings of the sites of history (中共七大会址, 遵义会议会址, 中共中央旧址, 毛泽东旧居). */
export const HISTORIC_SITE_SUFFIXES: readonly string[] = ['会址', '旧址', '故居', '旧居', '遗址'];

/** Endings of place names: administrative units, then streets, parks and sites. */
export const PLACE_SUFFIXES: readonly string[] = sortLongestFirst([
  '省', '市', '县', '区', '镇', '乡', '村', '街道', '社区', '自治区', '自治州', '自治县', '开发区', '新区', '园区', '工业区', '工业园',
  // Zones a government runs (杨凌示范区党工委副书记, 苏州高新区管委会).
  '示范区', '高新区', '经开区', '保税区', '自贸区',
  '路', '街', '大道', '公园', '广场', '风景区', '景区', '陵园', '湾', '小区', '公寓', '城',
  ...HISTORIC_SITE_SUFFIXES,
]);

/** Fronts and areas a list of places closes on, never people's (等地区负责人). */
const FRONTS = '(?:方向|前线|一线|一带|地区(?!领导|负责|代表|官员|国家))';
/** 等地, 等多地: the places listed (not 等地区负责人, the people of an area). */
const PLACES_AROUND = '等(?:多|各)?地(?!区)';

/**
 * What a list of places closes on: a front, an area or a camp (在库皮扬斯克、红利曼、顿涅茨克等方向, 汗尤尼斯和拉法等地,
 * 尼古拉耶夫至克里沃罗格方向, 巴赫穆特作战方向).
 */
export const PLACES_CLOSE = new RegExp(
  '^(?:[、和及至][^，。；：、和及至\\s]{1,12}?)*' + `(?:等?(?:多个|各个)?(?:作战)?(?:${FRONTS}|难民营|口岸)|${PLACES_AROUND})`,
);

/**
 * A list closed by 等 on fronts or areas (红利曼、赫尔松等方向, 重庆、云南…等地): what it holds are places, whatever
 * the tagger read them as; stricter than `PLACES_CLOSE`, as a body may stand before 和 or 多个方向 (乌军击退俄军多个方向攻击).
 */
export const LISTED_AS_PLACES = new RegExp(
  '^(?:、[^，。；：、\\s]{1,12}?)*' + `(?:等(?:多个|各个)?${FRONTS}|${PLACES_AROUND})`,
);
