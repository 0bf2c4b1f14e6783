// Chinese surnames: the common single-character ones (≈ 99 % of the population) and the compound ones.

// From the common modern surname frequency lists (公安部 2020 top 400, trimmed of characters that are rare as surnames),
// and 习, 洪, 傅 (rarer, but the names of national and foreign leaders: 习近平, 洪森, 傅莹), 赖 (a common southern one),
// 阎 and 萧 (printed apart from 闫 and 肖, which the lists count them with).
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由' +
  '习洪傅赖阎萧';

const COMPOUND = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '端木', '独孤', '南宫', '万俟', '闻人', '申屠', '澹台', '钟离', '呼延', '西门', '百里', '东郭', '公羊', '太史',
];

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(Array.from(SINGLE));
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);

/** Length of the surname at `text[i]` (2 for a compound surname, 1 for a single one), or 0. */
export function surnameAt(text: string, i: number): number {
  if (COMPOUND_SURNAMES.has(text.slice(i, i + 2))) return 2;
  return SINGLE_SURNAMES.has(text[i] ?? '') ? 1 : 0;
}

/**
 * Tibetan names have no surname: two elements of two characters each, from a small common stock (洛桑江村, 白玛赤林,
 * 向巴平措, 扎西多吉). Both halves must be such elements.
 */
const TIBETAN_NAME_PARTS: ReadonlySet<string> = new Set(
  ('洛桑 江村 白玛 赤林 平措 次仁 扎西 多吉 格桑 达瓦 顿珠 尼玛 索朗 旺堆 卓玛 拉姆 央金 德吉 曲珍 巴桑 普布 边巴 罗布 ' +
    '次旦 加措 嘉措 坚参 强巴 丹增 旦增 贡嘎 群培 益西 土登 嘎玛 向巴 拉巴 达娃 仁青 桑杰 才让 多杰 措姆 卓嘎 央宗 朗杰 ' +
    '占堆 旺姆 德庆 丹珠 琼达 阿旺 昂旺 克珠 旺久 米玛 欧珠 顿典 格列 次珍 拉珍 玉珍 卓玛 群宗 曲尼 巴珠 仁增 索南 ' +
    '次珠 其美').split(' '),
);

/** One element of a Tibetan name, which may be a whole name (德吉, 坚参). */
export const isTibetanNamePart = (s: string): boolean => TIBETAN_NAME_PARTS.has(s);

/** A Tibetan name of two common elements starting at `i` (4 characters), or 0. */
export function tibetanNameAt(text: string, i: number): number {
  return TIBETAN_NAME_PARTS.has(text.slice(i, i + 2)) && TIBETAN_NAME_PARTS.has(text.slice(i + 2, i + 4)) ? 4 : 0;
}

/**
 * Mongolian names have no surname either: one element of a common stock, or two (宝音满都呼, 巴音朝鲁, 额尔敦巴特尔).
 * Two vouch for a name anywhere a name is looked for; one, of three characters, only where something else vouches for
 * a name, a post or a list's intro (政法委书记青格勒), since some are words or places too (乌兰).
 */
const MONGOLIAN_NAME_PARTS: ReadonlySet<string> = new Set(
  ('宝音 巴音 白音 巴图 朝鲁 那仁 那顺 布和 孟和 苏和 图雅 斯琴 高娃 萨仁 哈斯 达来 都仁 乌云 塔娜 娜仁 巴根 朝克 ' +
    '扎布 敖登 图门 布仁 吉雅 乌兰 赛音 格根 孟克 达古拉 巴特尔 满都呼 满都拉 乌力吉 青格勒 伊达木 额尔敦 其其格 其木格 ' +
    '毕力格 巴雅尔 特木尔 阿拉坦 阿拉腾 敖其尔 宝力道 道尔吉 套格套 格日勒 那木拉 乌日图 苏依拉 额尔德木图 德力格尔 ' +
    '吉日嘎拉 呼和 巴特 图布新 朝格图 额日和木 斯琴毕力格').split(' '),
);

/** A Mongolian name starting at `i`: two elements of the stock, or one of three characters where vouched; else 0. */
export function mongolianNameAt(text: string, i: number, vouched: boolean): number {
  for (const a of [5, 4, 3, 2]) {
    if (!MONGOLIAN_NAME_PARTS.has(text.slice(i, i + a))) continue;
    for (const b of [5, 4, 3, 2]) if (MONGOLIAN_NAME_PARTS.has(text.slice(i + a, i + a + b))) return a + b;
    if (vouched && a >= 3) return a;
  }
  return 0;
}

/**
 * Japanese surnames, as Chinese news prints them (佐藤, 铃木, 长谷川): the commonest of Japan's (the national frequency
 * lists' first 150 or so) and those of its prime ministers. They open a Japanese name, whose given name of one to three
 * characters is told by what follows it (日本驻沈阳总领事大泽勉出席), where a foreign post vouches for a name.
 */
const JAPANESE_SURNAMES: ReadonlySet<string> = new Set(
  ('佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 池田 阿部 桥本 ' +
    '山下 森田 石川 中岛 前田 藤田 小川 后藤 冈田 长谷川 村上 近藤 石井 坂本 远藤 青木 藤井 西村 福田 太田 三浦 冈本 ' +
    '松田 中川 中野 原田 小野 田村 竹内 金子 和田 中山 石田 上田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 谷口 ' +
    '大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 增田 平野 大塚 千叶 久保 松井 小岛 岩崎 樱井 野口 松尾 野村 木下 ' +
    '菊地 佐野 大西 杉本 新井 滨田 菅原 市川 水野 小松 岛田 古川 小山 高野 西田 菊池 山内 西川 五十岚 北村 安田 中田 ' +
    '川口 平田 川崎 饭田 吉川 本田 久保田 泽田 吉村 渡部 岩田 中西 服部 樋口 福岛 川上 永井 松冈 田口 山中 森本 土屋 ' +
    '矢野 广濑 秋山 石原 松下 大桥 松浦 吉冈 小池 马场 浅野 荒木 大久保 野田 小泽 田边 川村 星野 黑田 尾崎 望月 永田 ' +
    '熊谷 内藤 松村 西山 大谷 平井 大岛 岩本 片山 本间 早川 横田 冈崎 荒井 大石 镰田 成田 宫田 小田 石桥 筱原 须藤 ' +
    '河野 大泽 小西 高山 栗原 伊东 松原 三宅 福井 大森 奥村 内山 片冈 ' +
    // Prime ministers' and party leaders' (安倍晋三, 岸田文雄, 石破茂, 鸠山由纪夫, 麻生太郎, 小泉纯一郎, 二阶俊博, 三木武夫, 大平正芳).
    '安倍 岸田 石破 鸠山 麻生 小泉 二阶 茂木 海部 竹下 宫泽 细川 羽田 村山 小渊 中曾根 三木 大平 宇野').split(' '),
);

/** Length of the Japanese surname at `text[i]` (2 or 3), or 0. */
export function japaneseSurnameAt(text: string, i: number): number {
  for (const n of [3, 2]) if (JAPANESE_SURNAMES.has(text.slice(i, i + n))) return n;
  return 0;
}
