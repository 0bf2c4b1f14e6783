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
    '占堆 旺姆 德庆 丹珠 琼达 阿旺 昂旺 克珠 旺久 米玛 欧珠 顿典 格列 次珍 拉珍 玉珍 卓玛 群宗 曲尼 巴珠 仁增 索南').split(' '),
);

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
