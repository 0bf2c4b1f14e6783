// Word pools of the synthetic corpus: names, posts, bodies, enterprises, topics, meetings; none is a seed page's name.

/** Common surnames (single-character), weighted by repetition of the most frequent. */
export const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '王李张刘陈杨黄吴周徐朱胡应楼施俞童章吕胡程',
);

/** Characters of given names. */
export const GIVEN = Array.from(
  '伟勇春浩锋志杰美蓉世道晓东积合新宇群旭升红阳尚蛟建国华明军海波辉斌强磊洋超鹏涛峰刚杰敏静丽艳芳燕玲娟霞婷慧颖雪琳晨' +
    '宏亮俊凯文博彬宁翔飞帆毅康平安瑞祥福英卫民荣庆忠诚金银铭泽源润清晖耀宗琦珊璐薇蕾岚骏鑫森林松柏竹' +
    '立成达良弘远哲睿思逸航宸煜炜烨晔昊昱晟鸿鹤雁舟亭',
);

/** Characters of enterprise brand names (two of them make a brand: 鼎泰, 恒昌). */
export const BRAND = Array.from('鼎泰恒昌盛隆兴旺嘉禾丰润宏达汇通金银星月华美凯德新锐飞龙天元永利万顺中联合力安邦贝尔索菲哈雷铁牛众泰奥特斯宝马骏驰锦程远航精工');

export const ENTERPRISE_SUFFIXES = ['集团', '工贸', '实业', '科技', '电器', '门业', '车业', '杯业', '工具', '机械', '药业', '厨具', '有限公司', '股份有限公司'];

/** Town and street names of the county, and villages. */
export const TOWNS = ['古山镇', '芝英镇', '方岩镇', '石柱镇', '前仓镇', '舟山镇', '西溪镇', '唐先镇', '龙山镇', '象珠镇', '花街镇', '东城街道', '西城街道', '江南街道', '石柱街道', '长城街道'];

/** The county's bureaus (市X局), the bodies visited and the bureau heads' organ names. */
export const BUREAUS = ['教育局', '财政局', '公安局', '民政局', '商务局', '经信局', '科技局', '住建局', '交通运输局', '农业农村局', '水务局', '卫健局', '文广旅体局', '市场监管局', '应急管理局', '自然资源和规划局', '人力社保局', '统计局', '审计局', '生态环境局'];

export const INSTITUTIONS = ['市第一人民医院', '市中医院', '市妇幼保健院', '市职业技术学校', '市第一中学', '市图书馆', '市科技馆', '市档案馆'];

/** Topics of meetings, research visits and inspections. */
export const TOPICS = ['安全生产', '招商引资', '消防安全', '创新深化', '乡村振兴', '五水共治', '文明城市创建', '营商环境', '工业经济', '项目建设', '食品安全', '环境整治', '数字化改革', '共同富裕', '防汛防台', '信访维稳', '教育发展', '医疗卫生', '小微企业园建设', '垃圾分类'];

export const GROUPS = ['科技工作者', '困难党员', '老党员', '环卫工人', '优秀教师', '一线医务人员', '退役军人', '先进工作者'];

export const CEREMONIES = [
  { name: '烈士纪念日公祭活动', when: '09-30' },
  { name: '国家公祭日悼念活动', when: '12-13' },
  { name: '五金博览会开幕式', when: '09-26' },
  { name: '新兵入伍欢送仪式', when: '09-10' },
  { name: '植树节义务植树活动', when: '03-12' },
];

export const CHINESE_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 26 → 二十六 (the paper prints session numbers this way). */
export function chineseNumber(n: number): string {
  if (n <= 10) return CHINESE_NUMERALS[n]!;
  if (n < 20) return '十' + CHINESE_NUMERALS[n - 10]!;
  const tens = Math.floor(n / 10);
  return CHINESE_NUMERALS[tens]! + '十' + (n % 10 ? CHINESE_NUMERALS[n % 10]! : '');
}
