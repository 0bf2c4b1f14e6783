// Extraction rules, each pattern asserting exact spans (rules only: the statistical tagger is scored by npm run eval and the seed tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './index.ts';
import type { ExtractOptions, MentionKind } from './types.ts';

type Expect = [MentionKind, string, number, string?][]; // kind, text, start, jurisdiction (titles)

const CASES: [string, string, Expect][] = [
  ['compound title: one person, two titles', '市委常委、常务副市长胡积合参加督查。', [
    ['title', '市委常委', 0, '永康市'], ['title', '常务副市长', 5, '永康市'], ['person', '胡积合', 10],
  ]],
  ['jurisdiction carries over the compound', '金华市委常委、市纪委书记、市监委主任吴燕等金华市领导', [
    ['title', '金华市委常委', 0, '金华市'], ['title', '市纪委书记', 7, '金华市'], ['title', '市监委主任', 13, '金华市'], ['person', '吴燕', 18], ['place', '金华市', 21],
  ]],
  ['another city\'s deputy mayor and ours', '金华市副市长张新宇带队到我市调研工业经济。副市长李浩锋陪同。', [
    ['title', '金华市副市长', 0, '金华市'], ['person', '张新宇', 6], ['title', '副市长', 21, '永康市'], ['person', '李浩锋', 24],
  ]],
  ['one-character given name before a verb', '7日下午，市委书记金政调研我市医疗器械产业发展情况。', [
    ['title', '市委书记', 5, '永康市'], ['person', '金政', 9],
  ]],
  ['names listed after 市领导', '市领导胡勇春、李浩锋参加。', [['person', '胡勇春', 3], ['person', '李浩锋', 7]]],
  ['a list closed by 等…领导', '朱志杰、陈美蓉、朱世道、范晓东等市各套班子领导', [
    ['person', '朱志杰', 0], ['person', '陈美蓉', 4], ['person', '朱世道', 8], ['person', '范晓东', 12],
  ]],
  ['a list introduced by 代表', '走访慰问我市科技工作者代表应尚蛟、王伟、李红阳。', [
    ['person', '应尚蛟', 13], ['person', '王伟', 17], ['person', '李红阳', 20],
  ]],
  ['a name recurring without its title', '市长朱志杰主持召开会议。朱志杰指出，要抓落实。', [
    ['title', '市长', 0, '永康市'], ['person', '朱志杰', 2], ['person', '朱志杰', 12],
  ]],
  ['byline and caption credits', '□首席记者 陈晓苏', [['title', '首席记者', 1], ['person', '陈晓苏', 6]]],
  ['surname-initial companies in a list', '其中步阳集团、王力安防、群升集团、金凯德、新多集团为轮值主席单位', [
    ['enterprise', '步阳集团', 2], ['enterprise', '王力安防', 7], ['enterprise', '群升集团', 12], ['enterprise', '金凯德', 17], ['enterprise', '新多集团', 21],
  ]],
  ['short company names after 来到', '金政一行先后来到邦立医药、鼎昌工贸、好哥工贸等企业', [
    ['person', '金政', 0], ['enterprise', '邦立医药', 8], ['enterprise', '鼎昌工贸', 13], ['enterprise', '好哥工贸', 18],
  ]],
  ['places that start with a surname are no people', '前往方岩镇，参观金华市规划馆', [['place', '方岩镇', 2], ['place', '金华市', 8]]],
  ['胡公式 is no person', '把党校工作与胡公式干部培育一体推进', []],
  ['ideology phrase: no mention inside it but its name (a doctrine person)', '要深入学习贯彻习近平新时代中国特色社会主义思想', [
    ['person', '习近平', 7],
  ]],
  ['organisation with 和 inside, post after it', '先后到市自然资源和规划局、市第一人民医院走访。市第一人民医院院长王伟是带头人。', [
    ['organization', '市自然资源和规划局', 3], ['organization', '市第一人民医院', 13], ['organization', '市第一人民医院', 23], ['title', '院长', 30], ['person', '王伟', 32],
  ]],
  ['a party committee\'s and a government\'s general office; the deputy who runs its daily work',
    '市委办公室分管日常工作的副主任张明、市政府办公室主任王东出席', [
      ['title', '市委办公室分管日常工作的副主任', 0, '永康市'], ['person', '张明', 15],
      ['title', '市政府办公室主任', 18, '永康市'], ['person', '王东', 26],
    ]],
  ['party and state bodies', '市委、市人大、市政府、市政协分别通报了工作', [
    ['organization', '市委', 0], ['organization', '市人大', 3], ['organization', '市政府', 7], ['organization', '市政协', 11],
  ]],
];

/** National and foreign news (新闻联播's genre), no paper's jurisdiction: what the rules find, and what they must not. */
const NATIONAL_CASES: [string, string, Expect][] = [
  ['a chamber of a foreign parliament (白俄罗斯国民会议共和国院)', '赵乐际同白俄罗斯国民会议共和国院主席科恰诺娃举行会谈。', [
    ['title', '白俄罗斯国民会议共和国院主席', 4, '白俄罗斯'], ['person', '科恰诺娃', 18],
  ]],
  ['前 opening a party\'s name is no former marker (前进党); before a post it is (前首相)',
    '塞尔维亚前进党副主席武切维奇表示，日本前首相福田康夫表示。', [
      ['title', '塞尔维亚前进党副主席', 0, '塞尔维亚'], ['person', '武切维奇', 10], ['title', '首相', 20, '日本'],
      ['person', '福田康夫', 22],
    ]],
  ['a ministry\'s spokesman, after a dateline too', '新华社北京6月25日电外交部发言人唐国强宣布，国防部新闻发言人谭克非表示', [
    ['place', '北京', 3], ['title', '外交部发言人', 11, '中国'], ['person', '唐国强', 17],
    ['title', '国防部新闻发言人', 23, '中国'], ['person', '谭克非', 31],
  ]],
  ['a name of any first character, between the titles of two officials listed (阿东)',
    '共青团中央书记处第一书记阿东，中央军委委员苗华先后致贺词。', [
      ['title', '共青团中央书记处第一书记', 0, '中国'], ['person', '阿东', 12], ['title', '中央军委委员', 15, '中国'],
      ['person', '苗华', 21],
    ]],
  ['not a joiner and a level after a title (人大代表和市、区人大负责同志)',
    '8位人大代表和市、区人大负责同志分别发言。', [['title', '人大代表', 2], ['organization', '区人大', 9]]],
  ['a post ends a title where a department would start: two guests, not one title',
    '李强同欧洲理事会主席米歇尔和欧盟委员会主席冯德莱恩共同主持会晤。', [
      ['title', '欧洲理事会主席', 3, '欧洲理事会'], ['person', '米歇尔', 10], ['title', '欧盟委员会主席', 14, '欧盟委员会'],
      ['person', '冯德莱恩', 21],
    ]],
  ['及 starts no place (以及东盟秘书长: not 及东 + 盟)', '以及东盟秘书长高金洪将出席', [
    ['title', '东盟秘书长', 2, '东盟'], ['person', '高金洪', 7],
  ]],
  ['after a number, 日 is a day, not Japan', '乌克兰通讯社19日援引乌克兰经济部副部长卡奇卡的消息报道称', [
    ['organization', '乌克兰通讯社', 0], ['title', '乌克兰经济部副部长', 11, '乌克兰'], ['person', '卡奇卡', 20],
  ]],
  ['a commander abroad (伊朗武装部队总参谋长)', '会议上，伊朗武装部队总参谋长巴盖里要求加强防御准备。', [
    ['title', '伊朗武装部队总参谋长', 4, '伊朗'], ['person', '巴盖里', 14],
  ]],
  ['a national post and a foreign one, each with its name', '国家主席习近平会见马尔代夫总统穆伊兹。', [
    ['title', '国家主席', 0, '中国'], ['person', '习近平', 4], ['title', '马尔代夫总统', 9, '马尔代夫'], ['person', '穆伊兹', 15],
  ]],
  ['a chain of national titles before a name', '中共中央政治局常委、国务院副总理丁薛祥出席会议并讲话。', [
    ['title', '中共中央政治局常委', 0, '中国'], ['title', '国务院副总理', 10, '中国'], ['person', '丁薛祥', 16],
  ]],
  ['the standing committee\'s chairman', '中共中央政治局常委、全国人大常委会委员长赵乐际主持会议。', [
    ['title', '中共中央政治局常委', 0, '中国'], ['title', '全国人大常委会委员长', 10, '中国'], ['person', '赵乐际', 20],
  ]],
  ['时任 is no part of the title; 同志 is no part of the name', '时任福州市委书记习近平同志提出“3820”战略工程。', [
    ['title', '福州市委书记', 2, '福州市'], ['person', '习近平', 8],
  ]],
  ['a post right after a name', '栗战书委员长主持会议。', [['person', '栗战书', 0], ['title', '委员长', 3]]],
  ['a name inside running text before a post', '赞成李克强总理所作的政府工作报告。', [['person', '李克强', 2], ['title', '总理', 5]]],
  ['a name before 同志 inside running text', '纪念毛泽东同志诞辰130周年座谈会。', [['person', '毛泽东', 2]]],
  ['a name with a middle dot in a list after a title', '十三届全国政协副主席刘奇葆、帕巴拉·格列朗杰出席会议。', [
    ['title', '全国政协副主席', 3, '中国'], ['person', '刘奇葆', 10], ['person', '帕巴拉·格列朗杰', 14],
  ]],
  ['an item of a list after a title with a surname kg does not list', '全国政协副主席穆虹、咸辉、王东峰出席会议。', [
    ['title', '全国政协副主席', 0, '中国'], ['person', '穆虹', 7], ['person', '咸辉', 10], ['person', '王东峰', 13],
  ]],
  ['a list of names closed by what its members did (围绕…作了发言)', '沈跃跃、王勇、蒋作君围绕学习作了发言。', [
    ['person', '沈跃跃', 0], ['person', '王勇', 4], ['person', '蒋作君', 7],
  ]],
  ['a count is no name before a post (6位内阁副总理)', '土库曼斯坦外长梅列多夫等6位内阁副总理陪同访问。', [
    ['title', '土库曼斯坦外长', 0, '土库曼斯坦'], ['person', '梅列多夫', 7], ['title', '副总理', 16],
  ]],
  ['a party leader in a foreign parliament', '美国国会参议院多数党领袖舒默。', [
    ['title', '美国国会参议院多数党领袖', 0, '美国'], ['person', '舒默', 12],
  ]],
  ['a Tibetan name has no surname: two common elements, taken whole (not 洛桑 and a village 江村)',
    '全国人大常委会副委员长洛桑江村，全国政协副主席王东峰出席大会。', [
      ['title', '全国人大常委会副委员长', 0, '中国'], ['person', '洛桑江村', 11], ['title', '全国政协副主席', 16, '中国'],
      ['person', '王东峰', 23],
    ]],
  ['a Tibetan name before a role\'s verb (洛桑江村参加会见); a name jieba holds as another proper noun, in a list (周铁农)',
    '洛桑江村参加会见。石泰峰、巴特尔以及周铁农、齐续春等出席。', [
      ['person', '洛桑江村', 0], ['person', '石泰峰', 9], ['person', '巴特尔', 13], ['person', '周铁农', 18],
      ['person', '齐续春', 22],
    ]],
  ['a second official of a state joined by 和 with a post alone (…参议长纳梅和众议长卡列)',
    '赵乐际会见哥伦比亚国会主席兼参议长纳梅和众议长卡列。', [
      ['person', '赵乐际', 0], ['title', '哥伦比亚国会主席', 5, '哥伦比亚'], ['title', '参议长', 14, '哥伦比亚'],
      ['person', '纳梅', 17], ['title', '众议长', 20, '哥伦比亚'], ['person', '卡列', 23],
    ]],
  ['a name before a foreign post printed after it (卡塔尔埃米尔代表焦安亲王)', '卡塔尔埃米尔代表焦安亲王出席。', [
    ['title', '卡塔尔埃米尔', 0, '卡塔尔'], ['person', '焦安', 8], ['title', '亲王', 10],
  ]],
  ['为 inside a given name (吴为山), and 赖 as a surname, before a post', '赖明勇常委建议。吴为山常委代表民盟中央发言。', [
    ['person', '赖明勇', 0], ['title', '常委', 3], ['person', '吴为山', 8], ['title', '常委', 11],
  ]],
  ['on behalf of a body (代表共青团…) opens the body\'s name; 代表 inside one stays (河南省代表联络总站)',
    '徐留平代表中华全国总工会致贺词。河南省代表联络总站。', [
      ['organization', '中华全国总工会', 5], ['organization', '河南省代表联络总站', 16],
    ]],
  ['the rostrum (主席台) is no post, and a list closes on those seated on it', '李希、韩正等在主席台就座。', [
    ['person', '李希', 0], ['person', '韩正', 3],
  ]],
  ['a list\'s 等到 (one word to jieba) opens no body\'s name', '蔡奇等到中国人民解放军总医院。', [
    ['organization', '中国人民解放军总医院', 4],
  ]],
  ['a name before 受 (受国务院委托) keeps its last character', '中国人民银行行长潘功胜受国务院委托作报告。', [
    ['place', '中国', 0], ['title', '行长', 6], ['person', '潘功胜', 8],
  ]],
  ['其 inside a given name (孙其信), not a word after a name (尤其)', '无党派人士代表孙其信作了发言。这一点尤其重要。', [
    ['person', '孙其信', 7],
  ]],
  ['a head of state\'s assistant for national security is a post', '与美国总统国家安全事务助理沙利文举行会谈。', [
    ['title', '美国总统国家安全事务助理', 1, '美国'], ['person', '沙利文', 13],
  ]],
  ['the leader of a foreign opposition is a post', '在堪培拉会见澳大利亚反对党领袖达顿。', [
    ['title', '澳大利亚反对党领袖', 6, '澳大利亚'], ['person', '达顿', 15],
  ]],
  ['a democratic party\'s central committee holds national posts', '全国人大常委会副委员长、民革中央主席郑建邦出席。', [
    ['title', '全国人大常委会副委员长', 0, '中国'], ['title', '民革中央主席', 12, '中国'], ['person', '郑建邦', 18],
  ]],
  ['a guest in the slot of talks before a post of address is measured whole', '欢迎仪式后，李强同阿姆赫德主席举行会谈。', [
    ['person', '阿姆赫德', 9], ['title', '主席', 13],
  ]],
  ['a name after a post the title rules cannot place, before a date', '经济普查领导小组组长丁薛祥3日上午在北京调研。', [
    ['person', '丁薛祥', 10], ['place', '北京', 18],
  ]],
  ['academic ranks with their grades are titles (荣誉一级教授, 资深教授)', '中国人民大学荣誉一级教授高铭暄、北京师范大学资深教授顾明远先后发言。', [
    ['organization', '中国人民大学', 0], ['title', '荣誉一级教授', 6], ['person', '高铭暄', 12],
    ['organization', '北京师范大学', 16], ['title', '资深教授', 22], ['person', '顾明远', 26],
  ]],
  ['a federation\'s member state before a ruler\'s post; a title opening the next item ends the list of names',
    '阿联酋富查伊拉酋长沙尔基、海合会秘书长纳伊夫出席峰会。', [
      ['title', '阿联酋富查伊拉酋长', 0, '阿联酋'], ['person', '沙尔基', 9], ['title', '海合会秘书长', 13, '海合会'],
      ['person', '纳伊夫', 19],
    ]],
  ['a transliterated name jieba cuts into nouns, after a foreign deputy\'s post (伊朗副外长比格德利、)',
    '伊朗副外长比格德利、沙特副外交大臣优素福出席。', [
      ['title', '伊朗副外长', 0, '伊朗'], ['person', '比格德利', 5], ['title', '沙特副外交大臣', 10, '沙特阿拉伯'],
      ['person', '优素福', 17],
    ]],
  ['a name with a middle dot on its own', '雪克来提·扎克尔参加会见。', [['person', '雪克来提·扎克尔', 0]]],
  ['新任 is no part of the title', '巴西新任总统卢拉宣誓就职。', [['title', '总统', 4, '巴西'], ['person', '卢拉', 6]]],
  ['当选 (elect) is no part of the title', '巴西当选总统卢拉表示', [['title', '总统', 4, '巴西'], ['person', '卢拉', 6]]],
  ['an international organisation\'s post', '联合国秘书长古特雷斯表示，各方应保持克制。', [
    ['title', '联合国秘书长', 0, '联合国'], ['person', '古特雷斯', 6],
  ]],
  ['a foreign party printed without its country', '越共中央总书记阮富仲致电祝贺。', [
    ['title', '越共中央总书记', 0, '越南'], ['person', '阮富仲', 7],
  ]],
  ['a foreign name ends at a time word', '俄罗斯总统普京今天会见来访的新加坡总统哈莉玛。', [
    ['title', '俄罗斯总统', 0, '俄罗斯'], ['person', '普京', 5], ['title', '新加坡总统', 14, '新加坡'], ['person', '哈莉玛', 19],
  ]],
  ['a one-character country', '以总理内塔尼亚胡当天宣布。', [['title', '以总理', 0, '以色列'], ['person', '内塔尼亚胡', 3]]],
  ['a one-character form reads no body across the country printed whole (匈牙利总理府部长); a listed body may start there',
    '俄联邦委员会副主席科萨切夫说。', [
      ['title', '俄联邦委员会副主席', 0, '俄罗斯'], ['person', '科萨切夫', 9],
    ]],
  ['a consul posted to a city of China', '新加坡驻广州总领事黄振钦一行。', [
    ['title', '新加坡驻广州总领事', 0, '新加坡'], ['person', '黄振钦', 9],
  ]],
  ['a one-character country named by no surname', '埃及总统穆巴拉克立即与叙总统阿萨德会谈。', [
    ['title', '埃及总统', 0, '埃及'], ['person', '穆巴拉克', 4], ['title', '叙总统', 11, '叙利亚'], ['person', '阿萨德', 14],
  ]],
  ['兼 joins two titles', '国务委员兼外长王毅参加会见。', [
    ['title', '国务委员', 0, '中国'], ['title', '外长', 5, '中国'], ['person', '王毅', 7],
  ]],
  ['a ministry by name; a foreign minister', '外交部部长王毅在北京同美国国务卿布林肯举行会谈。', [
    ['title', '外交部部长', 0, '中国'], ['person', '王毅', 5], ['place', '北京', 8], ['title', '美国国务卿', 11, '美国'],
    ['person', '布林肯', 16],
  ]],
  ['国家主席 after a foreign title is that state\'s', '老挝人民革命党中央总书记、国家主席通伦出席。', [
    ['title', '老挝人民革命党中央总书记', 0, '老挝'], ['title', '国家主席', 13, '老挝'], ['person', '通伦', 17],
  ]],
  ['a foreign party\'s central bodies are not China\'s', '越共中央政治局委员、中央书记处书记、中央内政部部长潘廷泽出席。', [
    ['title', '越共中央政治局委员', 0, '越南'], ['title', '中央书记处书记', 10, '越南'], ['title', '中央内政部部长', 18, '越南'],
    ['person', '潘廷泽', 25],
  ]],
  ['氏 second in a Vietnamese woman\'s name, before her given name', '越南国家主席夫人潘氏清心陪同参观。', [
    ['title', '越南国家主席', 0, '越南'], ['person', '潘氏清心', 8],
  ]],
  ['a regnal number jieba reads with its 世; an assistant\'s post abroad', '摩洛哥国王穆罕默德六世9日主持会议。' +
    '联合国助理秘书长赫亚里在会上表示。', [
    ['title', '摩洛哥国王', 0, '摩洛哥'], ['person', '穆罕默德六世', 5],
    ['title', '联合国助理秘书长', 18, '联合国'], ['person', '赫亚里', 26],
  ]],
  ['a list closed by what its members did ends on a name whatever its surname', '王毅、王小洪、洛桑江村、咸辉出席会议。', [
    ['person', '王毅', 0], ['person', '王小洪', 3], ['person', '洛桑江村', 7], ['person', '咸辉', 12],
  ]],
  ['a queen mother abroad', '李克强夫人程虹会见了柬埔寨太后莫尼列。', [
    ['person', '程虹', 5], ['title', '柬埔寨太后', 10, '柬埔寨'], ['person', '莫尼列', 15],
  ]],
  ['a hyphen inside a foreign name', '古巴国家主席迪亚斯-卡内尔表示。', [
    ['title', '古巴国家主席', 0, '古巴'], ['person', '迪亚斯-卡内尔', 6],
  ]],
  ['a national department by its ending', '国家发展改革委主任郑栅洁介绍。', [
    ['title', '国家发展改革委主任', 0, '中国'], ['person', '郑栅洁', 9],
  ]],
  ['a leader\'s name, and only a doctrine person in the doctrine named after him', '习近平总书记强调，要坚持以习近平外交思想为指导。', [
    ['person', '习近平', 0], ['title', '总书记', 3], ['person', '习近平', 13],
  ]],
  ['a country alone is no title', '马尔代夫总统穆伊兹抵达马尔代夫首都。', [
    ['title', '马尔代夫总统', 0, '马尔代夫'], ['person', '穆伊兹', 6], ['place', '马尔代夫', 11],
  ]],
  ['a press secretary of a head of state\'s office, after a one-character country', '俄罗斯总统普京表示，俄总统新闻秘书佩斯科夫随后证实。', [
    ['title', '俄罗斯总统', 0, '俄罗斯'], ['person', '普京', 5], ['title', '俄总统新闻秘书', 10, '俄罗斯'], ['person', '佩斯科夫', 17],
  ]],
  ['an envoy with his brief between the office and the post', '国务院总理李强会见美国总统气候问题特使克里。', [
    ['title', '国务院总理', 0, '中国'], ['person', '李强', 5], ['title', '美国总统气候问题特使', 9, '美国'], ['person', '克里', 19],
  ]],
  ['a dotted name whose last character and the verb after it read as another word (提出 | 出席)',
    '全国政协副主席阿不来提·阿不都热西提出席。', [['title', '全国政协副主席', 0, '中国'], ['person', '阿不来提·阿不都热西提', 7]]],
  ['a body\'s name runs over a verb back to the place that opens it; numbers and classifiers stay out',
    '中国文化扶贫委员会主任徐惟诚出席，郑州蝶阀厂、这两家公司和12家电视台参加。', [
      ['organization', '中国文化扶贫委员会', 0], ['title', '主任', 9], ['person', '徐惟诚', 11], ['enterprise', '郑州蝶阀厂', 17],
    ]],
  ['posts printed after names already found', '国家主席习近平同俄罗斯总统普京举行会谈。普京总统表示，愿同习近平主席一道努力。', [
    ['title', '国家主席', 0, '中国'], ['person', '习近平', 4], ['title', '俄罗斯总统', 8, '俄罗斯'], ['person', '普京', 13],
    ['person', '普京', 20], ['title', '总统', 22], ['person', '习近平', 29], ['title', '主席', 32],
  ]],
  ['envoys: posted to a country or an organisation, China\'s where no state is printed',
    '驻东盟大使邓锡军和沙特新任驻伊朗大使阿卜杜拉·安齐到机场迎接。', [
      ['title', '驻东盟大使', 0, '中国'], ['person', '邓锡军', 5], ['title', '驻伊朗大使', 13, '沙特阿拉伯'],
      ['person', '阿卜杜拉·安齐', 18],
    ]],
  ['the country an envoy is posted to is not the envoy\'s', '阿尔及利亚总统特本决定召回驻法国大使。', [
    ['title', '阿尔及利亚总统', 0, '阿尔及利亚'], ['person', '特本', 7],
  ]],
  ['a list of leaders closed by 等出席', '李希、蔡奇、丁薛祥、李强等出席会议。', [
    ['person', '李希', 0], ['person', '蔡奇', 3], ['person', '丁薛祥', 6], ['person', '李强', 10],
  ]],
  ['a list of leaders after 他们是：', '他们是：赵乐际、李鸿忠、王东明。', [
    ['person', '赵乐际', 4], ['person', '李鸿忠', 8], ['person', '王东明', 12],
  ]],
  ['a known name after a title needs no verb after it', '在时任浙江省委书记习近平关心推动下，', [
    ['title', '浙江省委书记', 3, '浙江省'], ['person', '习近平', 9],
  ]],
  ['于 ends a name before a time word', '国家副主席韩正于当地时间10日访问荷兰。', [
    ['title', '国家副主席', 0, '中国'], ['person', '韩正', 5], ['place', '荷兰', 17],
  ]],
  ['a national deputy in a local paper', '全国人大代表、公司董事长王伟提出建议。', [
    ['title', '全国人大代表', 0, '中国'], ['title', '董事长', 9], ['person', '王伟', 12],
  ]],
  ['talks told as a scene: the guest runs to 时, whatever word jieba reads across it (超时)',
    '在会见格奥尔基耶娃时，李克强表示，在会见李家超时，他说。', [
      ['person', '格奥尔基耶娃', 3], ['person', '李克强', 11], ['person', '李家超', 20],
    ]],
  ['a scene\'s guest after a bare post; a scene naming no one (新方领导人)',
    '在会见副总统阿尔克明时，李希表示。在同新方领导人会见时，韩正说。', [
      ['person', '阿尔克明', 6], ['person', '李希', 12], ['person', '韩正', 28],
    ]],
  ['guests after their posts in the slot of 会见, each item of the list (a title kg cannot place: 首席部长)',
    '分别会见总统卢拉、副总统阿尔克明和参议长帕谢科，会见马六甲州首席部长阿都拉勿，表示愿意', [
      ['person', '卢拉', 6], ['person', '阿尔克明', 12], ['person', '帕谢科', 20], ['title', '首席部长', 30],
      ['person', '阿都拉勿', 34],
    ]],
  ['words of rank or field before a bare post are part of it', '育碧市场总监张伟表示，常务副院长章惠生、执行董事施卫民出席。', [
    ['title', '市场总监', 2], ['person', '张伟', 6], ['title', '常务副院长', 11], ['person', '章惠生', 16],
    ['title', '执行董事', 20], ['person', '施卫民', 24],
  ]],
  ['a day of the week after a post is when, not who (周二晚: no surname 周)', '若斯潘总理周二晚表示，这项历史性', [
    ['title', '总理', 3],
  ]],
  ['a long name jieba lists as one noun (桥本龙太郎)', '日本首相桥本龙太郎在今天晚上同美国总统克林顿进行电话会谈', [
    ['title', '日本首相', 0, '日本'], ['person', '桥本龙太郎', 4], ['title', '美国总统', 15, '美国'], ['person', '克林顿', 19],
  ]],
  ['one named before 等 and a verb of a role (张又侠等参加), whatever the tagger makes of him',
    '习近平6日视察东部战区机关，向官兵致以问候。张又侠等参加活动。', [['person', '习近平', 0], ['person', '张又侠', 22]]],
  ['a list item of two names joined by 和 (刘鹤和魏凤和) is two names', '胡春华、刘鹤和魏凤和、王勇等出席。', [
    ['person', '胡春华', 0], ['person', '刘鹤', 4], ['person', '魏凤和', 7], ['person', '王勇', 11],
  ]],
  ['a list of names closed by what its members did may hold names with no surname kg lists, and end in 和',
    '李书磊主持会议，铁凝、谌贻琴出席会议。李书磊、铁凝、吴政隆、姜信治和苗华出席大会。', [
      ['person', '李书磊', 0], ['person', '铁凝', 8], ['person', '谌贻琴', 11], ['person', '李书磊', 19],
      ['person', '铁凝', 23], ['person', '吴政隆', 26], ['person', '姜信治', 30], ['person', '苗华', 34],
    ]],
  ['companies listed before 等…负责人 are no list of names', '沃尔玛、巴斯夫等14家跨国公司负责人参加午餐会。', []],
  ['a foundation named after people with dots, and a lab named by a name and what it does, are organisations',
    '会见美国比尔及梅琳达·盖茨基金会联席主席。前往厦门大学、嘉庚创新实验室调研。', [
      ['organization', '梅琳达·盖茨基金会', 7], ['title', '联席主席', 16], ['organization', '厦门大学', 23],
      ['organization', '嘉庚创新实验室', 28],
    ]],
  ['a name with no surname kg lists before a post of address and a verb', '演觉委员发言说，爱国爱教是优良传统。', [
    ['person', '演觉', 0], ['title', '委员', 2],
  ]],
  ['a council of security holds a foreign post; 前 before it is no part of the title',
    '俄罗斯前联邦安全会议秘书伊万诺夫出席。', [['title', '联邦安全会议秘书', 4, '俄罗斯'], ['person', '伊万诺夫', 12]]],
  ['those listed as present: a 和 inside an item splits two names, a name ending in 和 closes the list',
    '出席座谈会的党外人士还有高志强、林志和张秋云、周德和。', [
      ['person', '高志强', 12], ['person', '林志', 16], ['person', '张秋云', 19], ['person', '周德和', 23],
    ]],
  ['和 closing a name before a comma is the name\'s (魏凤和，), not a joiner',
    '国务委员兼国防部长魏凤和，中央军委委员李尚福出席。', [
      ['title', '国务委员', 0, '中国'], ['title', '国防部长', 5, '中国'], ['person', '魏凤和', 9],
      ['title', '中央军委委员', 13, '中国'], ['person', '李尚福', 19],
    ]],
  ['a dotted name before a post of address is measured whole (not its last part by a surname)',
    '孙立平常委提出，要加强基础研究；艾尔肯·吐尼亚孜委员代表民族界表示，要促进团结。', [
      ['person', '孙立平', 0], ['title', '常委', 3], ['person', '艾尔肯·吐尼亚孜', 16], ['title', '委员', 24],
    ]],
  ['a village committee\'s head is one post; a verb and its aspect after it are no name (商量过)',
    '他同村委会主任商量过。', [['title', '村委会主任', 2]]],
  ['a state\'s mission abroad is one body, named by the state sending it; its ambassador keeps his title',
    '中国驻希腊使馆举行招待会。中国驻美国大使谢锋致辞。', [
      ['organization', '中国驻希腊使馆', 0], ['title', '中国驻美国大使', 13, '中国'], ['person', '谢锋', 20],
    ]],
  ['an army deputy\'s post keeps its 副 (副参谋长)', '副参谋长赵国钧少将出席。', [['title', '副参谋长', 0], ['person', '赵国钧', 4]]],
  ['a conjunction opens no jurisdiction (而广州市: not 而广 + 州)', '而广州市住房保障办副主任黄信敬解释。',
    [['title', '广州市住房保障办副主任', 1, '广州市']]],
  ['a word of time and a party to an event open no body (之前, 承办方)', '之前中国人民银行副行长马德伦表示。请出承办方富龙集团董事长王诚。', [
    ['enterprise', '中国人民银行', 2], ['title', '副行长', 8], ['person', '马德伦', 11], ['enterprise', '富龙集团', 22],
    ['title', '董事长', 26], ['person', '王诚', 29],
  ]],
  ['a special administrative region holds posts and a government, by its full name however printed (澳门特区)',
    '澳门特区行政长官贺一诚表示。香港特别行政区政府举行仪式。', [
      ['title', '澳门特区行政长官', 0, '澳门特别行政区'], ['person', '贺一诚', 8], ['organization', '香港特别行政区政府', 14],
    ]],
  ['a foreign name jieba holds as an adjective, up to what ends names (舒默率领的)', '会见美国参议院多数党领袖舒默率领的代表团。',
    [['title', '美国参议院多数党领袖', 2, '美国'], ['person', '舒默', 12]]],
  ['a time word ends a foreign name (…克里沃鲁奇科前几天)', '俄罗斯国防部副部长阿列克谢克里沃鲁奇科前几天宣布。',
    [['title', '俄罗斯国防部副部长', 0, '俄罗斯'], ['person', '阿列克谢克里沃鲁奇科', 9]]],
  ['a ministry whose name says no state, listed after a foreign official, is his state\'s; after China\'s, China\'s',
    '伊朗总统莱希、外交部长阿卜杜拉希扬出席。国家主席习近平、外交部长王毅出席。', [
      ['title', '伊朗总统', 0, '伊朗'], ['person', '莱希', 4], ['title', '外交部长', 7, '伊朗'], ['person', '阿卜杜拉希扬', 11],
      ['title', '国家主席', 20, '中国'], ['person', '习近平', 24], ['title', '外交部长', 28, '中国'], ['person', '王毅', 32],
    ]],
  ['a partner\'s former post after a foreign official is his state\'s (普京和前外长伊万诺夫)', '俄罗斯总统普京和前外长伊万诺夫出席。', [
    ['title', '俄罗斯总统', 0, '俄罗斯'], ['person', '普京', 5], ['title', '外长', 9, '俄罗斯'], ['person', '伊万诺夫', 11],
  ]],
  ['a body\'s last character opening the next word shares no post (水利部长江水利委员会)', '记者从水利部长江水利委员会获悉。',
    [['organization', '水利部长江水利委员会', 3]]],
  ['where nothing else was read: a country gone to, read as a word of its own; a prefecture printed with its level',
    '他访问老挝，谴责美国霸权，途经印度洋，来到滨海城市，深入玉溪市调研，看望蒙古族群众。', [
      ['place', '老挝', 3], ['place', '玉溪市', 28],
    ]],
  ['a bare jurisdiction after a verb opens a body: the verb is no part of its name (拜会省发展改革委)',
    '他在杭州拜会省发展改革委领导。', [['place', '杭州', 2], ['organization', '省发展改革委', 6]]],
  ['a place named inside another holds the title printed with both, and passes it along the chain',
    '湖北省宜昌市委副书记、市长马泽江会见客商。北京市海淀区副区长王强', [
      ['title', '湖北省宜昌市委副书记', 0, '宜昌市'], ['title', '市长', 11, '宜昌市'], ['person', '马泽江', 13],
      ['title', '北京市海淀区副区长', 21, '海淀区'], ['person', '王强', 30],
    ]],
  ['a democratic party\'s local committee, however its committee is printed (省委, 市委会, 省委员会)',
    '民革贵州省委主委马文骏，民建市委会主委周绍熹，九三学社省委员会副主委王强', [
      ['title', '民革贵州省委主委', 0, '贵州省'], ['person', '马文骏', 8], ['title', '民建市委会主委', 12, '市'],
      ['person', '周绍熹', 19], ['title', '九三学社省委员会副主委', 23, '省'], ['person', '王强', 34],
    ]],
  ['a former marker after a named place, then its post: the place\'s, held before (东莞市原市长)',
    '东莞市原市长李毓全，浙江省原副省长王强，太原市前任副市长吉久昌', [
      ['title', '东莞市原市长', 0, '东莞市'], ['person', '李毓全', 6], ['title', '浙江省原副省长', 10, '浙江省'],
      ['person', '王强', 17], ['title', '太原市前任副市长', 20, '太原市'], ['person', '吉久昌', 28],
    ]],
  ['a name of a surname kg does not list, between a place\'s post and the next official (副省长才利民，济南市市长…)',
    '山东省副省长才利民，济南市市长杨鲁豫；浙江省副省长讲了话，市长王强', [
      ['title', '山东省副省长', 0, '山东省'], ['person', '才利民', 6], ['title', '济南市市长', 10, '济南市'],
      ['person', '杨鲁豫', 15], ['title', '浙江省副省长', 19, '浙江省'], ['title', '市长', 29], ['person', '王强', 31],
    ]],
  ['an assistant to a head is a post of its own (财政部部长助理, 省长助理)',
    '财政部部长助理胡静林，省长助理王强', [
      ['title', '财政部部长助理', 0, '中国'], ['person', '胡静林', 7], ['title', '省长助理', 11], ['person', '王强', 15],
    ]],
  ['a résumé\'s name before its sex; a year\'s unit opens no place (2001年任山西省委常委)',
    '申维辰，男，汉族。2001年任山西省委常委。', [['person', '申维辰', 0], ['title', '山西省委常委', 15, '山西省']]],
  ['a province\'s short name before a city\'s: the city holds the post (湖北宜昌市委副书记)',
    '湖北宜昌市委副书记、市长马泽江', [
      ['title', '湖北宜昌市委副书记', 0, '宜昌市'], ['title', '市长', 10, '宜昌市'], ['person', '马泽江', 12],
    ]],
  ['a level printed again before its committee (浙江省省委书记); an acting head (代省长)',
    '浙江省省委书记赵洪祝、江西省代省长鹿心社出席。', [
      ['title', '浙江省省委书记', 0, '浙江省'], ['person', '赵洪祝', 7], ['title', '江西省代省长', 11, '江西省'],
      ['person', '鹿心社', 17],
    ]],
  ['a site named after those who serve in it is no title (人大代表联络站)', '许昌市建安区新元街道人大代表联络站',
    [['place', '许昌市', 0]]],
  ['a name after a title that jieba reads whole before a word (范一飞案, 董云虎严重); not a transliteration cut (伊格纳特)',
    '副行长范一飞案，主任董云虎严重违纪违法，发言人伊格纳特30日说，专家马基延科指出', [
      ['title', '副行长', 0], ['person', '范一飞', 3], ['title', '主任', 8], ['person', '董云虎', 10],
    ]],
  ['a trade representative\'s post before a transliterated name (美国贸易代表莱特希泽)', '国务院副总理刘鹤与美国贸易代表莱特希泽通话。', [
    ['title', '国务院副总理', 0, '中国'], ['person', '刘鹤', 6], ['title', '美国贸易代表', 9, '美国'], ['person', '莱特希泽', 15],
  ]],
  ['the last name of a list after ，以及, which jieba reads in pieces (以及李作成出席); its titles first',
    '国务院副总理刘鹤、中央军委委员李尚福，以及李作成出席仪式。', [
      ['title', '国务院副总理', 0, '中国'], ['person', '刘鹤', 6], ['title', '中央军委委员', 9, '中国'], ['person', '李尚福', 15],
      ['person', '李作成', 21],
    ]],
  ['a call paid on a body is no part of its name (到访国务院国有资产监督管理委员会)', '同日下午，林定国到访国务院国有资产监督管理委员会。', [
    ['organization', '国务院国有资产监督管理委员会', 10],
  ]],
  ['a Malaysian party, then 前, and an honour in its other spelling, are no names (马华前总秘书拿汀巴都卡周美芬)',
    '马华前总秘书拿汀巴都卡周美芬出席。', [['title', '总秘书', 3], ['person', '周美芬', 11]]],
  ['a name between a unit no rule read and his post (台州海事局王军局长, 文化馆蔡朝阳馆长, 教育科陈国良科长)',
    '台州海事局王军局长陪同。江门市文化馆蔡朝阳馆长介绍了概况。会议由基础教育科陈国良科长主持。', [
      ['place', '台州', 0], ['person', '王军', 5], ['title', '局长', 7], ['place', '江门市', 12], ['person', '蔡朝阳', 18],
      ['title', '馆长', 21], ['person', '陈国良', 37], ['title', '科长', 40],
    ]],
  ['a unit and its head\'s post with no name between them name no one (县档案馆馆长)', '县档案馆馆长出席。', [['title', '馆长', 4]]],
  ['a name ending in 和 before the part of the day (罗富和下午走访…)', '副主席罗富和下午走访国家林业局。', [
    ['title', '副主席', 0], ['person', '罗富和', 3],
  ]],
  ['the partner of talks held by 进行了会谈 is a name (王岐山与谢伏瞻进行了会谈)', '市长王岐山与谢伏瞻进行了会谈。', [
    ['title', '市长', 0], ['person', '王岐山', 2], ['person', '谢伏瞻', 6],
  ]],
];

test('extract: a surname with a word of address stands for a person, marked surnameOnly (胡老, 老于, 李大娘)', () => {
  const text = '胡老介绍说，老于的女儿在读书，李大娘也来了，小米和向市长汇报的人都不是。';
  const found = extract(text, { model: false }).output.filter((m) => m.kind === 'person');
  const expected = [['胡', 0, true], ['于', 7, true], ['李', 15, true]];
  assert.deepEqual(found.map((m) => [m.text, m.start, m.surnameOnly]), expected);
});

test('extract: a special administrative region\'s body printed short is named in full for the graph (fullName)', () => {
  const text = '澳门特区政府举行仪式。中国香港特区政府宣布。';
  const bodies = extract(text, { model: false }).output.filter((m) => m.kind === 'organization');
  assert.deepEqual(bodies.map((m) => [m.text, m.fullName]), [
    ['澳门特区政府', '澳门特别行政区政府'], ['中国香港特区政府', '香港特别行政区政府'],
  ]);
});

test('extract: a dotted name\'s short form later in the text stands for the full name (fullName)', () => {
  const text = '坦桑尼亚联合共和国总统萨米娅·苏卢胡·哈桑抵达北京。习近平同哈桑举行会谈。';
  const short = extract(text, { model: false }).output.find((m) => m.text === '哈桑');
  assert.equal(short?.fullName, '萨米娅·苏卢胡·哈桑');
  assert.equal(text.slice(short!.start, short!.end), '哈桑');
});

/** The cases above are 永康日报's: a bare 市 there is 永康市. */
const YONGKANG = { jurisdiction: '永康市' };

const asRows = (text: string, options: ExtractOptions) =>
  extract(text, { ...options, model: false }).output.map((m) => [
    m.kind, m.text, m.start, ...(m.kind === 'title' && m.jurisdiction ? [m.jurisdiction] : []),
  ]);

for (const [cases, options] of [[CASES, YONGKANG], [NATIONAL_CASES, {}]] as const) {
  for (const [name, text, expected] of cases) {
    test(`extract: ${name}`, () => {
      assert.deepEqual(asRows(text, options), expected.map(([k, t, s, j]) => [k, t, s, ...(j ? [j] : [])]));
      for (const m of extract(text, options).output) assert.equal(text.slice(m.start, m.end), m.text);
    });
  }
}

/** National and foreign titles' organs, and titles held before: [text, title, post, organ, jurisdiction, former]. */
const DETAIL_CASES: [string, string, string, string | undefined, string, boolean?][] = [
  ['中共中央政治局常委、国务院副总理丁薛祥出席。', '中共中央政治局常委', '常委', '中共中央政治局', '中国'],
  ['中共中央政治局常委、国务院副总理丁薛祥出席。', '国务院副总理', '副总理', '国务院', '中国'],
  ['全国政协副主席兼秘书长王东峰出席。', '秘书长', '秘书长', '全国政协', '中国'],
  ['外交部长王毅会见。', '外交部长', '部长', '外交部', '中国'],
  ['越共中央总书记阮富仲致电祝贺。', '越共中央总书记', '总书记', '越共中央', '越南'],
  ['韩国国会议长金振杓表示。', '韩国国会议长', '议长', '国会', '韩国'],
  ['美国驻华大使伯恩斯表示。', '美国驻华大使', '大使', '驻华', '美国'],
  // A state's envoy to the UN, a transliterated name after him (the tagger alone cut it short: 边贾).
  ['俄罗斯常驻联合国代表涅边贾在会上指出。', '俄罗斯常驻联合国代表', '常驻联合国代表', undefined, '俄罗斯'],
  ['美国前总统特朗普表示。', '总统', '总统', undefined, '美国', true],
  ['时任福州市委书记习近平同志提出。', '福州市委书记', '书记', '委', '福州市', true],
  ['原国务院总理李克强同志逝世。', '国务院总理', '总理', '国务院', '中国', true],
  // An official listed after another state's: the organ printed with its own state is that state's.
  ['乍得总理凯布扎博、利比亚总统委员会副主席库尼等出席。', '利比亚总统委员会副主席', '副主席', '总统委员会', '利比亚'],
  // A central body's general office, a committee's office, the party centre's departments by their short names.
  ['中共中央办公厅主任蔡奇出席。', '中共中央办公厅主任', '主任', '中共中央办公厅', '中国'],
  ['中央财经委员会办公室副主任韩文秀出席。', '中央财经委员会办公室副主任', '副主任', '中央财经委员会办公室', '中国'],
  ['中宣部部长李书磊出席。', '中宣部部长', '部长', '中宣部', '中国'],
  ['中国记协主席何平出席。', '中国记协主席', '主席', '中国记协', '中国'],
  // Who runs a body's daily work, between the body and the deputy's post; the country's name before a central body.
  ['中央办公厅分管日常工作的副主任孟祥锋出席。', '中央办公厅分管日常工作的副主任', '副主任', '中央办公厅', '中国'],
  ['中国国家发展改革委主任郑栅洁出席。', '中国国家发展改革委主任', '主任', '国家发展改革委', '中国'],
  // The Youth League's secretariat, no party secretariat (团中央书记处书记: not 中央书记处书记).
  ['团中央书记处书记徐晓出席。', '团中央书记处书记', '书记', '团中央书记处', '中国'],
  // The NPC's special committees by their own names; the banking regulator.
  ['会议听取了宪法和法律委员会副主任委员徐辉作的报告。', '宪法和法律委员会副主任委员', '副主任委员', '宪法和法律委员会', '中国'],
  ['银保监会党委书记郭树清宣讲。', '银保监会党委书记', '党委书记', '银保监会', '中国'],
  ['今日下午，银监会主席刘明康表示。', '银监会主席', '主席', '银监会', '中国'],
  // A foreign ministry whose name joins two fields; the state of a chain after a head's envoy and past a former post.
  ['伊朗经济事务与财政部长汉杜齐表示。', '伊朗经济事务与财政部长', '部长', '经济事务与财政部', '伊朗'],
  ['李希会见古巴国家主席特使、外交部长罗德里格斯。', '外交部长', '部长', '外交部', '古巴'],
  ['以色列战时内阁成员、前国防部长甘茨表示。', '国防部长', '部长', '国防部', '以色列', true],
  // A province the lexicon knows whatever its first character (贵州, not 贵 of 贵方).
  ['徐麟同志任贵州省委书记。', '贵州省委书记', '书记', '委', '贵州省'],
  // A former post's marker between a foreign party and its post; one marker dates posts joined by 兼.
  ['德国社民党前主席、前政府副总理兼外长加布里尔致电。', '德国社民党前主席', '主席', '社民党', '德国', true],
  ['德国社民党前主席、前政府副总理兼外长加布里尔致电。', '外长', '外长', '政府', '德国', true],
  // A surname that is a state's one-character name opens no state's department (韩俊同志任…).
  ['韩俊同志任安徽省委委员、常委、书记。', '安徽省委委员', '委员', '委', '安徽省'],
  // A member of a ministry's party group.
  ['生态环境部党组成员、副部长翟青出席。', '生态环境部党组成员', '党组成员', '生态环境部', '中国'],
  // A caretaker or transitional government; a party's leader, and a party or movement by its ending.
  ['斯洛伐克看守政府总理奥多尔说。', '斯洛伐克看守政府总理', '总理', '看守政府', '斯洛伐克'],
  ['巴巴多斯工党领袖、政府总理莫特利致电。', '政府总理', '总理', '政府', '巴巴多斯'],
  ['斯里兰卡人民联合阵线领袖古纳瓦德纳致函。', '斯里兰卡人民联合阵线领袖', '领袖', '人民联合阵线', '斯里兰卡'],
  // An autonomous area named by its place and its peoples; a level's post is none where a place's name runs on.
  ['新疆维吾尔自治区党委书记马兴瑞出席。', '新疆维吾尔自治区党委书记', '书记', '党委', '新疆维吾尔自治区'],
  ['湘西土家族苗族自治州州长龙晓华出席。', '湘西土家族苗族自治州州长', '州长', undefined, '湘西土家族苗族自治州'],
  ['中国全国人大常委会委员长赵乐际出席。', '中国全国人大常委会委员长', '委员长', '全国人大常委会', '中国'],
];

for (const [text, printed, post, organ, jurisdiction, former] of DETAIL_CASES) {
  test(`extract: organ, jurisdiction and time of ${printed} in ${text}`, () => {
    const t = extract(text, { model: false }).output.find((m) => m.kind === 'title' && m.text === printed);
    assert.deepEqual([t?.post, t?.organ, t?.jurisdiction, t?.former], [post, organ, jurisdiction, former]);
  });
}

test('extract (rules + tagger): a leader\'s name inside a doctrine is only a person marked doctrine', () => {
  const text = '要深入学习贯彻习近平新时代中国特色社会主义思想，坚持马克思列宁主义、毛泽东思想、邓小平理论';
  const got = extract(text).output;
  const persons = got.filter((m) => m.kind === 'person');
  assert.deepEqual(persons.map((m) => [m.text, m.start, m.doctrine]), [
    ['习近平', 7, true], ['马克思', 26, true], ['列宁', 29, true], ['毛泽东', 34, true], ['邓小平', 40, true],
  ]);
  assert.deepEqual(got.filter((m) => m.kind !== 'person'), []);
  // Named outside a doctrine, the same man is a person like any other.
  const led = extract('习近平主持会议，强调要坚持邓小平理论。').output.filter((m) => m.kind === 'person');
  assert.deepEqual(led.map((m) => [m.text, m.doctrine ?? false]), [['习近平', false], ['邓小平', true]]);
});

test('extract (rules + tagger): a post after a central body no title rule opens after a verb is China\'s', () => {
  const found = extract('他在京拜访国家发展改革委主任郑栅洁。').output;
  const title = found.find((m) => m.kind === 'title');
  assert.deepEqual([title?.text, title?.organ, title?.jurisdiction], ['主任', '国家发展改革委', '中国']);
  // A body no central one keeps no jurisdiction it does not print (上海复星集团董事长).
  const firm = extract('他拜访了上海复星集团董事长郭广昌。').output.find((m) => m.kind === 'title');
  assert.equal(firm?.jurisdiction, undefined);
});

test('extract (rules + tagger): a region of the world (阿拉伯) is no person, whatever the tagger reads', () => {
  const text = '国家副主席韩正集体会见由沙特阿拉伯外交大臣费萨尔率领的阿拉伯、伊斯兰国家外长联合代表团。';
  const found = extract(text).output;
  assert.deepEqual(found.filter((m) => m.kind === 'person').map((m) => m.text), ['韩正', '费萨尔']);
});

test('extract (rules + tagger): companies listed before 等企业负责人 are no persons, whatever the tagger reads', () => {
  const text = '座谈会上，美团、小红书、海智在线、货拉拉、阿里云、徐工汉云、抖音、智联招聘等企业负责人先后发言，' +
    '拼多多、京东、欧冶云商、BOSS直聘、航天云网、卡奥斯等企业负责人提交了书面发言。';
  assert.deepEqual(extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text), []);
  // Persons listed before 等企业家 are persons still.
  const people = extract('马化腾、李彦宏等企业家出席论坛。').output.filter((m) => m.kind === 'person');
  assert.deepEqual(people.map((m) => m.text), ['马化腾', '李彦宏']);
});

test('extract (rules + tagger): after a post printed after a name comes what he did, not a name', () => {
  for (const text of ['在习近平主席卓越领导下，中国取得成就。', '习近平主席西行哈萨克斯坦、南下印度尼西亚。']) {
    assert.deepEqual(extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text), ['习近平'], text);
  }
  // A surname alone before the post is no name it follows (“阿玛纳特”党主席科沙诺夫).
  const party = extract('哈萨克斯坦“阿玛纳特”党主席科沙诺夫致辞。').output.filter((m) => m.kind === 'person');
  assert.ok(party.some((m) => m.text === '科沙诺夫'));
});

test('extract (rules + tagger): a board\'s post is held in the body before it, whatever the tagger reads', () => {
  const text = '习近平会见美中关系全国委员会董事会主席格林伯格、美中贸委会董事会主席葛士柏。';
  const titles = extract(text).output.filter((m) => m.kind === 'title');
  assert.deepEqual(titles.map((t) => [t.text, t.organ]), [
    ['董事会主席', '美中关系全国委员会'],
    ['董事会主席', '美中贸委会'],
  ]);
});

/** Titles held in a department or an enterprise: [text, printed title, post, organ, jurisdiction]. */
const ORGAN_CASES: [string, string, string, string, string?][] = [
  ['市教育局局长王小明主持会议。', '市教育局局长', '局长', '教育局', '永康市'],
  ['市教育局长王小明主持会议。', '市教育局长', '局长', '教育局', '永康市'],
  ['金华市发改委副主任李明陪同。', '金华市发改委副主任', '副主任', '发改委', '金华市'],
  ['市自然资源和规划局副局长徐敏参加。', '市自然资源和规划局副局长', '副局长', '自然资源和规划局', '永康市'],
  ['步阳集团董事长徐步云介绍了情况。', '董事长', '董事长', '步阳集团'],
  ['东城街道办事处主任李国强带队检查。', '东城街道办事处主任', '主任', '办事处', '东城街道'],
  ['西城街道办事处副主任王小明参加。', '西城街道办事处副主任', '副主任', '办事处', '西城街道'],
  ['中国物流与采购联合会会长何黎明表示。', '会长', '会长', '中国物流与采购联合会'],
  // A board's chair and a co-chair, posts of the firm or foundation before them.
  ['会见法国达飞集团董事会主席鲁道夫·萨德。', '董事会主席', '董事会主席', '法国达飞集团'],
  ['中国人权发展基金会联席主席王小明出席。', '联席主席', '联席主席', '中国人权发展基金会'],
  // A body's own party committee; a former post after its body, before or after the marker (原, 时任).
  ['宁夏吴忠仪表有限责任公司党委书记马玉山出席。', '党委书记', '党委书记', '宁夏吴忠仪表有限责任公司'],
  ['上海期货交易所原党委书记、理事长姜岩受审。', '党委书记', '党委书记', '上海期货交易所'],
];

for (const [text, printed, post, organ, jurisdiction] of ORGAN_CASES) {
  test(`extract: the organ of ${printed}`, () => {
    const t = extract(text, { ...YONGKANG, model: false }).output.find((m) => m.kind === 'title');
    assert.deepEqual([t?.text, t?.post, t?.organ, t?.jurisdiction], [printed, post, organ, jurisdiction]);
  });
}

test('extract: a former post in a body is held before; a post the level shares is none where a place runs on', () => {
  const titles = (text: string) =>
    extract(text, { model: false }).output.filter((m) => m.kind === 'title').map((t) => [t.text, t.organ, !!t.former]);
  assert.deepEqual(titles('上海期货交易所原党委书记、理事长姜岩受审。'), [
    ['党委书记', '上海期货交易所', true],
    ['理事长', undefined, true],
  ]);
  assert.deepEqual(titles('时任中国人民银行党委委员、副行长范一飞落马。')[0], ['党委委员', '中国人民银行', true]);
  assert.deepEqual(titles('陕西省长安银行原董事长赵永军被查。陕西省长赵刚出席。').map((t) => t[0]), ['董事长', '陕西省长']);
});

test('extract: a place\'s head named right after the place or another official of it is that place\'s', () => {
  const titles = (text: string, jurisdiction?: string) =>
    extract(text, { model: false, ...(jurisdiction ? { jurisdiction } : {}) }).output
      .filter((m) => m.kind === 'title')
      .map((t) => `${t.text}:${t.jurisdiction}`);
  assert.deepEqual(titles('习近平在江苏省委书记信长星和省长许昆林陪同下考察。'), ['江苏省委书记:江苏省', '省长:江苏省']);
  assert.deepEqual(titles('在广西壮族自治区党委书记刘宁和自治区政府主席蓝天立陪同下。'), [
    '广西壮族自治区党委书记:广西壮族自治区',
    '自治区政府主席:广西壮族自治区',
  ]);
  // In a county paper a bare 市 is its own city, unless the official before names another.
  assert.deepEqual(titles('金华市委书记朱重烈和市长邱士韬来我市调研。', '永康市'), ['金华市委书记:金华市', '市长:金华市']);
  assert.deepEqual(titles('市委书记朱重烈和市长邱士韬出席。', '永康市'), ['市委书记:永康市', '市长:永康市']);
  // A bare level's head right after a place of that level abroad; a name read there ending in the level is the place.
  // (Rules + tagger: the tagger reads these places.)
  const read = (text: string) => extract(text).output.map((m) => `${m.kind}:${m.text}:${m.jurisdiction}`);
  assert.equal(read('国家主席习近平会见美国加利福尼亚州州长纽森。').at(-2), 'title:州长:加利福尼亚州');
  // A local organ's post right after a place named with its level, and the titles joined after it.
  assert.deepEqual(read('带您认识广东佛山古灶村党委书记、村委会主任陆秀兴。').slice(2, 4), [
    'title:党委书记:佛山古灶村', 'title:村委会主任:佛山古灶村',
  ]);
  assert.deepEqual(read('罗斯托夫州州长戈卢别夫说。'), [
    'place:罗斯托夫州:undefined', 'title:州长:罗斯托夫州', 'person:戈卢别夫:undefined',
  ]);
  // Not across a sentence's other words, nor to another level.
  assert.deepEqual(titles('江苏省委书记信长星会见了市长许昆林。'), ['江苏省委书记:江苏省', '市长:undefined']);
});

test('extract: no foreign department runs over a name or opens with a joiner', () => {
  for (const text of ['尼日利亚总统阿布巴卡尔和西共体委员会主席图雷出席。', '俄罗斯总统和国防部长出席。']) {
    const titles = extract(text, { model: false }).output.filter((m) => m.kind === 'title').map((t) => t.text);
    assert.ok(titles.every((t) => !t.includes('和')), titles.join(' '));
  }
});

test('extract: a bare level stays as printed without a paper\'s jurisdiction or with one of another level', () => {
  const jur = (text: string, jurisdiction?: string) =>
    extract(text, { model: false, ...(jurisdiction ? { jurisdiction } : {}) })
      .output.filter((m) => m.kind === 'title')
      .map((m) => m.jurisdiction);
  assert.deepEqual(jur('市委书记金政调研。'), ['市']);
  assert.deepEqual(jur('市委书记金政调研。', '东阳市'), ['东阳市']);
  assert.deepEqual(jur('县委书记王伟调研。', '东阳市'), ['县']);
  assert.deepEqual(jur('金华市委常委、市纪委书记吴燕'), ['金华市', '金华市']);
});

test('extract: a 委 inside a title is the party committee, not a department (市委常委)', () => {
  const t = extract('市委常委、常务副市长胡积合参加。', { ...YONGKANG, model: false }).output.filter((m) => m.kind === 'title');
  assert.deepEqual(t.map((m) => [m.text, m.organ]), [['市委常委', '委'], ['常务副市长', undefined]]);
});

test('extract (rules + tagger): a name the tagger reads as a person once is no enterprise elsewhere in the text', () => {
  const text = '当天中午，拉马福萨在总统官邸为习近平举行欢迎宴会。拉马福萨表示，很荣幸。';
  const found = extract(text).output.filter((m) => m.text === '拉马福萨');
  assert.deepEqual(found.map((m) => [m.kind, m.start]), [['person', 5], ['person', 25]]);
});

test('extract: a one-character form of a country reads no body across the country printed whole (匈牙利总理府部长)', () => {
  const titles = extract('匈牙利总理府部长盖尔盖伊29日表示。').output.filter((m) => m.kind === 'title');
  assert.ok(titles.every((t) => !t.organ?.startsWith('牙利')), JSON.stringify(titles));
});

test('extract: a former marker after a named place dates the post before the article (东莞市原市长)', () => {
  const titles = extract('东莞市原市长李毓全，山西省原平市市长王强', { model: false }).output.filter((m) => m.kind === 'title');
  assert.deepEqual(titles.map((t) => [t.text, t.jurisdiction, t.former ?? false]), [
    ['东莞市原市长', '东莞市', true], ['市长', '原平市', false],
  ]);
});

test('extract: a city printed bare before a former marker holds the post after it (东莞前市委书记)', () => {
  const titles = extract('东莞前市委书记徐建华，义乌原市长张强', { model: false }).output.filter((m) => m.kind === 'title');
  assert.deepEqual(titles.map((t) => [t.text, t.jurisdiction, t.former ?? false]), [
    ['东莞前市委书记', '东莞市', true], ['义乌原市长', '义乌市', true],
  ]);
});

test("extract (rules + tagger): a place's other name in brackets after it is no person (北马里亚纳群岛（塞班）)", () => {
  const persons = extract('美国夏威夷州州长及北马里亚纳群岛（塞班）总督参加了会见。').output.filter((m) => m.kind === 'person');
  assert.deepEqual(persons, []);
});

test('extract (rules + tagger): a place the tagger starts inside a known one\'s name starts where it does', () => {
  const places = extract('他来到烟台莱阳市的龙大食品集团。').output.filter((m) => m.kind === 'place').map((m) => m.text);
  assert.deepEqual(places, ['烟台莱阳市']);
});

test('extract (rules + tagger): a head printed after a name the text names elsewhere is his post (杨晓波市长)', () => {
  const text = '应杨晓波市长邀请，安炳龙市长一行抵达黄石。杨晓波市长在市政府会见了安炳龙市长一行。';
  const rows = extract(text).output.map((m) => [m.kind, m.text, m.start, m.jurisdiction]);
  assert.deepEqual(rows.slice(2), [
    // (Three characters no place the lexicon knows, opening with a surname, are a name before his post; a place's
    // head is one of two, 黄浦区长.)
    ['person', '安炳龙', 9, undefined], ['title', '市长', 12, undefined],
    ['person', '杨晓波', 21, undefined], ['title', '市长', 24, undefined], ['organization', '市政府', 27, undefined],
    ['person', '安炳龙', 33, undefined], ['title', '市长', 36, undefined],
  ]);
});

test('extract: surnames printed apart from the forms the lists count them with (阎, 萧); posts of missions and banners', () => {
  const rows = (text: string) =>
    extract(text, { model: false }).output.filter((m) => m.kind !== 'place').map((m) => `${m.kind} ${m.text}`);
  assert.deepEqual(rows('会议由常务主席阎红心主持。'), ['title 常务主席', 'person 阎红心']);
  assert.deepEqual(rows('使馆经济商务公使宋耀明、张漪波公参陪同会见。'), [
    'title 经济商务公使', 'person 宋耀明', 'person 张漪波', 'title 公参',
  ]);
  assert.deepEqual(rows('旗政府副旗长齐广利、副苏木达包杨陪同。'), [
    'title 旗政府副旗长', 'person 齐广利', 'title 副苏木达', 'person 包杨',
  ]);
});

test('extract (rules + tagger): what nothing read between names set off by the same mark is a name (孙菁菁，黄旺，回彬)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('县委副书记王禹棋，副县长孙菁菁，黄旺，回彬，吕振，各乡镇主要负责人参加会议。'), [
    '王禹棋', '孙菁菁', '黄旺', '回彬', '吕振',
  ]);
  // (Not a word jieba knows nor a verb between them: 孙菁菁，同时，黄旺.)
  assert.deepEqual(persons('副县长孙菁菁，同时，黄旺参加会议。'), ['孙菁菁', '黄旺']);
  assert.deepEqual(persons('副县长孙菁菁、会议、黄旺参加。'), ['孙菁菁', '黄旺']);
});

test('extract: a list\'s closing 等 is no part of its last name (李微微、乌兰等出席)', () => {
  const persons = extract('许达哲、毛伟明、李微微、乌兰等出席。', { model: false }).output.filter((m) => m.kind === 'person');
  assert.ok(persons.every((m) => !m.text.endsWith('等')), persons.map((m) => m.text).join(' '));
});

test('extract (rules + tagger): inside a list of names, a name jieba reads as words is one (庞震凤、全新明、莫中厚)', () => {
  const persons = extract('庞震凤、全新明、莫中厚、高贤信、华道梅和刘中青出席。').output.filter((m) => m.kind === 'person');
  assert.deepEqual(persons.map((m) => m.text), ['庞震凤', '全新明', '莫中厚', '高贤信', '华道梅', '刘中青']);
});

test('extract (rules + tagger): a name\'s last character read as a word with what follows (陈杏年带领, 林政则一行, 李丽随同)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('由中央纪委专员陈杏年带领的调研组莅临我市。'), ['陈杏年']);
  assert.deepEqual(persons('市政协主席陈扬富会见了台湾新竹市市长林政则一行3人。'), ['陈扬富', '林政则']);
  assert.deepEqual(persons('州人民检察院检察长李丽随同调研。'), ['李丽']);
});

test('extract (rules + tagger): a unit the tagger reads as a name before its head\'s post is the unit (包村站所长)', () => {
  const rows = extract('县人大常委会副主任苗海丰、镇班子成员、包村站所长和各村书记参加会议。').output;
  assert.deepEqual(rows.filter((m) => m.kind === 'person').map((m) => m.text), ['苗海丰']);
});

test('extract (rules): an assistant to a head, a committee\'s member by portfolio, its clerk are posts (组织委员)', () => {
  const rows = (text: string) => extract(text, { model: false }).output.map((m) => `${m.kind} ${m.text}`);
  assert.ok(rows('副书记童明辉、院长助理何猷参加座谈会。').includes('title 院长助理'));
  const township = rows('镇党委副书记王奖信、组织委员张金莉、组织干事田艳茹指导会议。');
  assert.ok(township.includes('title 组织委员') && township.includes('title 组织干事'), township.join(' '));
});

test('extract (rules + tagger): a name read short once and whole again is whole (组长盘伟群到会…组长盘伟群为)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  const text = '第二指导组组长盘伟群到会指导。会上，组长盘伟群为全镇开展好主题教育提出了具体意见。';
  assert.deepEqual([...new Set(persons(text))], ['盘伟群']);
});

test('extract (rules + tagger): the last of a list jieba reads as words is a name (省领导费高云、单向前参加)', () => {
  const persons = extract('省领导费高云、单向前参加。').output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons, ['费高云', '单向前']);
});

test('extract (rules): no place\'s name holds a list\'s joiner (肖翠艳及旗政府办), nor an intro\'s word a name', () => {
  const rows = (text: string) => extract(text, { model: false }).output.map((m) => `${m.kind} ${m.text}`);
  assert.ok(!rows('我旗领导王力平、肖翠艳及旗政府办负责人陪同。').includes('organization 肖翠艳及旗政府办'));
  assert.ok(!rows('胡伟代表市委会领导班子作对照检查。').some((r) => r.startsWith('person 班子')));
  assert.ok(rows('哈马斯政治局领导人伊斯梅尔·哈尼亚14日表示。').includes('person 伊斯梅尔·哈尼亚'));
});

test('extract (rules): Mongolian names, no surname, from a stock of elements (宝音满都呼; 青格勒 after a post)', () => {
  const persons = (text: string) =>
    extract(text, { model: false }).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('旗人大常委会主任宝音满都呼出席。巴音朝鲁主持会议。'), ['宝音满都呼', '巴音朝鲁']);
  assert.deepEqual(persons('市委副书记、政法委书记青格勒参加。'), ['青格勒']);
  // (One element alone, not after a post, may be a word or a place: 乌兰察布, 呼和浩特.)
  assert.deepEqual(persons('乌兰察布市和呼和浩特市参加。'), []);
});

test('extract (rules + tagger): a place\'s other name in brackets, a unit after 各, are no persons (各司室)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('市政协主席潘家玮一行来高新区（滨江）开展发展思路调研。'), ['潘家玮']);
  assert.deepEqual(persons('国家旅游局各司室、中国旅游研究院主要负责人参加座谈。'), []);
});

test('extract (rules): Japanese names after a post, from a stock of surnames (阿部守一, 太田稔彦, 大泽勉)', () => {
  const persons = (text: string) =>
    extract(text, { model: false }).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('省长王平会见了日本长野县知事阿部守一一行。'), ['王平', '阿部守一']);
  assert.deepEqual(persons('日本丰田市市长太田稔彦率政府代表团访问。'), ['太田稔彦']);
  assert.deepEqual(persons('日本驻沈阳总领事大泽勉出席。'), ['大泽勉']);
  // (A Chinese surname's name is read as before: 高山 is no Japanese surname's name here.)
  assert.deepEqual(persons('日本首相岸田文雄表示，'), ['岸田文雄']);
});

test('extract (rules): a consular city by its one character (越南驻昆总领事), a name after a post of its own', () => {
  const found = extract('越南驻昆总领事阮忠孝参加会见。', { model: false }).output;
  assert.deepEqual(found.map((m) => [m.kind, m.text]), [['title', '越南驻昆总领事'], ['person', '阮忠孝']]);
});

test('extract (rules): a surname and a given name jieba reads as a pronoun, after a post (调研员何国勇)', () => {
  const persons = (text: string) =>
    extract(text, { model: false }).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('我院办公室主任、一级调研员何国勇，科研处调研员林莉等参加。'), ['何国勇', '林莉']);
});

test('extract (rules): a dotted name after a foreign post, before 率 (议长阿利斯泰尔•科率), not 卡斯特罗大|将', () => {
  const persons = (text: string) =>
    extract(text, { model: false }).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('首都领地立法议会议长阿利斯泰尔•科率代表团来访。'), ['阿利斯泰尔•科']);
  assert.ok(!persons('古巴革命领袖劳尔·卡斯特罗大将表示，').includes('劳尔·卡斯特罗大'));
});

test('extract: a Latin name in brackets and a surname of address stand for the one named before (fullName)', () => {
  const full = (text: string, name: RegExp) =>
    extract(text).output.filter((m) => m.kind === 'person' && name.test(m.text)).map((m) => m.fullName);
  // (The tagger reads part of the Latin name or all of it: whatever it reads stands for him.)
  assert.deepEqual(full('议长约翰•埃伦（John Eren）率代表团来访。', /[A-Za-z]/), ['约翰•埃伦']);
  const text = '省老促会常务副会长黄启明深入柳树镇调研。黄老还接见了老干部王大明。';
  assert.deepEqual(full(text, /^黄$/), ['黄启明']);
  // (Two of that surname named before: the word of address names neither.)
  assert.deepEqual(full('县长黄建国、副县长黄志明出席。黄老说，', /^黄$/), [undefined]);
});

test('extract (rules): an honour printed after a name (林福山太平绅士) closes it', () => {
  const persons = (text: string) =>
    extract(text, { model: false }).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('马福联总会长林福山太平绅士表示感谢。'), ['林福山']);
});

test('extract (rules + tagger): a list read on from name to name, whichever side the one read stands on', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  const text = '区人大常委会主任陈明远，副主任忻国龙、麻承照、钱苗山、高强华、张世华和委员共24人出席会议。';
  assert.deepEqual(persons(text), ['陈明远', '忻国龙', '麻承照', '钱苗山', '高强华', '张世华']);
});

test('extract (rules): 周 after a post opens a name unless a time of day follows (局长周一岳、; 总理周二晚)', () => {
  const persons = (text: string) =>
    extract(text, { model: false }).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('香港食物及卫生局局长周一岳、澳门卫生局局长李展华出席。'), ['周一岳', '李展华']);
  assert.deepEqual(persons('总理周二晚表示，'), []);
  // (在 inside a given name a post vouches for: 副会长王在希和…; 王毅在… stays 王毅.)
  assert.deepEqual(persons('协会副会长王在希和嘉宾出席。外长王毅在会上表示，'), ['王在希', '王毅']);
});

test('extract: no person in a village after a township, a namesake hospital, a side of talks or a team', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('县委书记王强深入大岭镇长发村调研，镇党委书记刘明陪同。'), ['王强', '刘明']);
  assert.ok(!persons('总领事刘伟赴阿卜杜拉·姆才医院调研。').some((p) => p.includes('姆才')));
  const zanzibar = '驻桑给巴尔总领事刘伟会见卫生署署长尤素福。桑方相关负责人参加。刘伟同桑方交谈。';
  assert.ok(!persons(zanzibar).includes('桑方'));
  assert.ok(!persons('联合巡河组一行先后来到龙江村，实地查看水质。').includes('巡河组'));
});

test('extract: a dotted name printed short before his post; 和 ending a name before 会见', () => {
  const people = (text: string) => extract(text).output.filter((m) => m.kind === 'person' || m.kind === 'title');
  const text = '总领事刘伟会见了南奔巴省省长马塔尔·马苏德。刘伟应邀与马苏德省长一道出席捐赠仪式。';
  const after = people(text).filter((m) => m.start > text.indexOf('应邀'));
  assert.deepEqual(after.map((m) => `${m.kind} ${m.text}`), ['person 马苏德', 'title 省长']);
  const persons = (t: string) => extract(t).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.ok(persons('市委常委梁丽娴、市台湾事务局局长林庆和会见并宴请乡亲一行。').includes('林庆和'));
});

test('extract: an honour before a name (拿督, 丹斯里) is none of it, read by the rules or the tagger', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.ok(persons('槟华堂副主席拿督王益辉致词。').includes('王益辉'));
  assert.ok(persons('该会主席拿督江乙虎、总财政丹斯里郑福成出席。').includes('江乙虎'));
  assert.ok(!persons('首相拿督斯里安华主持推展礼。').some((p) => /拿督|斯里/.test(p)));
});

test('extract: a long foreign name the tagger read in parts after a post is one, up to its list mark', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  const text = '孙绍骋分别同蒙古国总理奥云额尔登、副总理兼经济发展部部长呼日勒巴特尔、外交部部长巴特策策格、' +
    '教育科学部部长恩赫阿木格朗等会见会谈。';
  const found = persons(text);
  for (const name of ['呼日勒巴特尔', '巴特策策格', '恩赫阿木格朗']) assert.ok(found.includes(name), name);
  // (A byline runs reporters' names together: two names, not one; a name before a comma keeps its words apart.)
  assert.deepEqual(persons('本报记者唐真龙邹靓'), ['唐真龙', '邹靓']);
  assert.ok(persons('总经理包国富坦言，此番抉择并非如此。').includes('包国富'));
  // (A Vietnamese woman's given name after 氏, whatever word it is: 范氏 + 清茶.)
  assert.ok(persons('阮成发还会见了广宁省委书记阮文读、安沛省委书记范氏清茶、胡志明市人委会主席阮成峰等。').includes('范氏清茶'));
  // (Nor a common noun before the list's mark: 国画大师李苦禅家乡、故居.)
  assert.ok(persons('该片通过探访国画大师李苦禅家乡、故居、纪念馆，走访其后人。').includes('李苦禅'));
});

test('extract: 来 and a one-character place after a post of address are coming there (夏宝龙主任来澳考察)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.ok(!persons('岑浩辉热烈欢迎夏宝龙主任来澳考察调研。').includes('来澳'));
});

test('extract: the regions\' and ministries\' department heads (司长, 海关关长, 审计长) are posts', () => {
  const titled = (text: string) => extract(text).output.filter((m) => m.kind === 'title').map((m) => m.text);
  assert.ok(titled('澳门特区海关关长何浩瀚出席。').some((t) => t.endsWith('海关关长')));
  assert.ok(titled('外交部礼宾司司长洪磊出席。').some((t) => t.endsWith('司长')));
  assert.ok(titled('审计署审计长侯凯作报告。').some((t) => t.endsWith('审计长')));
  // (Not inside a place's name: 居庸关长城.)
  assert.deepEqual(titled('游客登居庸关长城。'), []);
});

test('extract: a bracket the tagger read with a name is no part of it (刘林剑虹（Jenny Lam Low）)', () => {
  const persons = extract('州长办公室选区事务主任刘林剑虹（Jenny Lam Low），市长办公室主任郑祺蓉出席。').output
    .filter((m) => m.kind === 'person');
  assert.ok(persons.every((m) => !/[（）()]/.test(m.text)));
  assert.ok(persons.some((m) => m.text === '刘林剑虹'));
});

test('extract: after words that introduce people, a list\'s first and last names are read whatever jieba sees', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  const found = persons('出席大会并在主席台就座的领导还有：高新亭、孙伟、王敏、柏继民、李法泉、孙守刚、刘从良等。');
  assert.ok(found.includes('高新亭') && found.includes('刘从良'), found.join(','));
});

test('extract: a mission\'s diplomat printed between it and his post of address (驻美国使馆秦刚大使)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.ok(persons('中国驻美国使馆秦刚大使会见了来访的州长一行。').includes('秦刚'));
  assert.ok(persons('驻泗水总领馆朱亚荣代馆长出席春宴。').includes('朱亚荣'));
});

test('extract: a name between the body it serves and its post is his (安徽省科协王海彦副主席)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  const found = persons('安徽省科协王海彦副主席、安徽省徽茶文化研究会费明煦副秘书长出席开幕式。');
  assert.ok(found.includes('王海彦') && found.includes('费明煦'), found.join(','));
  // (A department's name before its head's post is none: 对外贸易司司长.)
  assert.ok(!persons('商务部对外贸易司司长王受文出席。').some((p) => p.endsWith('司')));
});

test('extract: a transcript\'s speaker label names its chair (主持人 侯雄飞：)', () => {
  const persons = extract('举行新闻发布会。\n主持人 侯雄飞：\n女士们、先生们，上午好！').output.filter((m) => m.kind === 'person');
  assert.deepEqual(persons.map((m) => m.text), ['侯雄飞']);
});

test('extract: a date\'s unit after its number opens no place (13日率布市议会代表团)', () => {
  const places = extract('卡门·波谢朵于4月12日至13日率布市议会代表团访问我省。').output.filter((m) => m.kind === 'place');
  assert.ok(places.every((m) => !/^[年月日]/.test(m.text)), places.map((m) => m.text).join(','));
});

test('extract: Tibetan names in a list of leaders, one element or two, whatever jieba reads', () => {
  const persons = extract('自治区领导孟德利、德吉、格桑次仁、多吉次珠、坚参、其美仁增、刘江出席。').output
    .filter((m) => m.kind === 'person').map((m) => m.text);
  for (const n of ['德吉', '格桑次仁', '多吉次珠', '坚参', '其美仁增']) assert.ok(persons.includes(n), persons.join(','));
});

test('extract: a surname of two characters opens a list\'s first name (市领导诸葛宇杰、许昆林)', () => {
  const persons = extract('我国驻萨尔瓦多大使欧箭虹，上海市领导诸葛宇杰、许昆林参加会见。').output
    .filter((m) => m.kind === 'person').map((m) => m.text);
  assert.ok(persons.includes('诸葛宇杰') && !persons.includes('葛宇杰'), persons.join(','));
});

test('extract: a royal\'s rank said for the royal is no name (…国王图普六世及王后一行, 安德鲁王子一行)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('省委书记周祖翼在福州会见了汤加国王图普六世及王后一行。'), ['周祖翼', '图普六世']);
  assert.ok(!persons('英国王子、约克公爵安德鲁率代表团访问福州。安德鲁王子一行参观了船政文化园。').includes('王子'));
});

test('extract: a spouse\'s Chinese name ends before a one-character verb (夫人彭丽媛回故乡)', () => {
  const persons = extract('国家主席习近平及夫人彭丽媛回故乡陕西视察。').output.filter((m) => m.kind === 'person');
  assert.deepEqual(persons.map((m) => m.text), ['习近平', '彭丽媛']);
});

test('extract: ministers styled 大臣 and 政务部长 are posts (柬埔寨国务大臣兼商业部大臣占蒲拉西)', () => {
  const output = extract('柬埔寨国务大臣兼商业部大臣占蒲拉西，新加坡贸工部高级政务部长李奕贤出席开幕式。').output;
  const persons = output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons, ['占蒲拉西', '李奕贤']);
  assert.ok(output.some((m) => m.kind === 'title' && m.text.endsWith('商业部大臣')));
});

test('extract: after a post, a country\'s name opens a name a verb closes (管委会主任韩国全陪同考察)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.ok(persons('许昌新区党工委书记王堃、管委会主任韩国全陪同考察。').includes('韩国全'));
  assert.deepEqual(persons('外交部长王毅会见韩国外长朴振。'), ['王毅', '朴振']);
});

test('extract: today with its date in brackets ends a name (习近平今（23日）早上)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('中共中央总书记、国家主席习近平今（23日）早上在北京。李强今（5日）在京会见美国客人。'), ['习近平', '李强']);
});

test('extract: 率 ends no name (张涛率督查组一行); 和 before a day is a name\'s (魏凤和26日)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.ok(persons('国务院督查组组长、中国科学院副院长张涛率督查组一行到岳阳市督查。').includes('张涛'));
  assert.ok(persons('国务委员兼国防部长魏凤和26日在八一大楼会见了缅甸国防部长盛温。').includes('魏凤和'));
});

test('extract: 会见 after a body is no 协会 (全国政协会见了); a name read into its spelling in brackets ends there', () => {
  const output = extract('徐匡迪在全国政协会见了福伊尔纳（Edwin Feulner）会长率领的代表团。').output;
  assert.ok(!output.some((m) => m.text === '政协会'));
  assert.ok(output.some((m) => m.kind === 'person' && m.text === '福伊尔纳'));
});

test('extract: no department\'s name runs over a verb (台盟中央机关会见…); a leader\'s verb opens no body (率领…代表团)', () => {
  const output = extract('李钺锋在台盟中央机关会见中共重庆市委常委、市委统战部部长李静一行。').output;
  assert.ok(!output.some((m) => m.kind === 'title' && m.text.includes('会见')));
  assert.ok(output.some((m) => m.kind === 'title' && m.text === '重庆市委常委'));
  const bodies = extract('总经理蒋洁敏率领集团公司代表团在沙特阿拉伯进行工作访问。').output.filter((m) => m.kind === 'organization');
  assert.deepEqual(bodies.map((m) => m.text), ['集团公司代表团']);
});

test('extract: the people\'s bodies hold posts (区文联主席蔡少文); a place read on into a visit\'s verb ends before it', () => {
  const output = extract('区文联主席蔡少文致贺词。区委书记张伯松深入东峤镇调研镇村常态化疫情防控。').output;
  assert.deepEqual(output.filter((m) => m.kind === 'person').map((m) => m.text), ['蔡少文', '张伯松']);
  assert.ok(output.some((m) => m.kind === 'title' && m.text === '区文联主席'));
  assert.deepEqual(output.filter((m) => m.kind === 'place').map((m) => m.text), ['东峤镇']);
});

test('extract: a preposition then a surname addressed is no name (徐校长向庄书记); zones hold posts (杨凌示范区党工委)', () => {
  const output = extract('徐校长向庄书记汇报了情况。罗军和杨凌示范区党工委副书记郭建树陪同。').output;
  const persons = output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.ok(!persons.includes('向庄') && !persons.includes('杨凌'), persons.join(' '));
  assert.ok(output.some((m) => m.kind === 'place' && m.text === '杨凌示范区'));
});

test('extract: three characters, no place, opening with a surname before a head\'s post are a name (崔子安县长)', () => {
  const rows = (text: string) => extract(text).output.map((m) => `${m.kind} ${m.text}`);
  assert.deepEqual(rows('崔子安县长做了工作安排。'), ['person 崔子安', 'title 县长']);
  // (A city abroad and a place's head of two characters keep their title.)
  assert.ok(rows('莫斯科市长索比亚宁今天表示。').includes('title 莫斯科市长'));
  assert.ok(rows('平阳县长王明出席。').includes('title 平阳县长'));
});

test('extract: the river and forest chiefs by level are posts (县级林长), the bare chiefs, 赴 and 以 of 以及 no names', () => {
  const rows = (text: string) => extract(text).output.map((m) => `${m.kind} ${m.text}`);
  const output = rows('县委书记、县级林长李天明主持会议，各乡（镇）林长参会。负责人赴卢龙调研。吉林长春的工作。');
  assert.ok(output.includes('title 县级林长') && output.includes('person 李天明'), output.join(' '));
  assert.ok(!output.some((r) => r === 'person 林长' || r.startsWith('person 赴')), output.join(' '));
  assert.ok(output.includes('place 吉林') && output.includes('place 长春'), output.join(' '));
  // (科长班以及…: 以 of 以及 ends no name after a post.)
  assert.ok(!rows('第103期科长班以及新任团干培训班全体学员参加。').some((r) => r.startsWith('person')));
});

test('extract: a part of today read into a name ends it (李家超今午); a body before a post is no name (自由车协会秘书长)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('候任行政长官李家超今午（9日）礼节性拜访终审法院。'), ['李家超']);
  assert.deepEqual(persons('高雄市运发局长侯尊尧、自由车协会秘书长李开志、体育署长郑世忠出席。'), ['侯尊尧', '李开志', '郑世忠']);
});

test('extract: 来 before a place and what was done there is the coming, no name (王家扬一行6人来庆元视察)', () => {
  const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(persons('全国政协委员王家扬一行6人来庆元视察，指出要制定招才政策。'), ['王家扬']);
  assert.deepEqual(persons('学会主席张树庭教授来庆元考察香菇发展历史。'), ['张树庭']);
});

test('extract: a name cut short before a post of address, an alumnus, a level\'s body read as a name (张援远大使)', () => {
  const of = (text: string, kind: string) => extract(text).output.filter((m) => m.kind === kind).map((m) => m.text);
  assert.deepEqual(of('张援远大使访问了新西兰北岛中部的新普利茅斯。', 'person'), ['张援远']);
  assert.deepEqual(of('张伟大使出席了招待会。', 'person'), ['张伟']);
  assert.deepEqual(of('张三在大使馆出席了招待会。', 'person'), ['张三']);
  assert.deepEqual(of('中国科学院院士、光学系1980级校友薛其坤出席大会。', 'person'), ['薛其坤']);
  assert.deepEqual(of('市侨联办公室主任关树峰带队与区侨联一行到珠江街走访。', 'person'), ['关树峰']);
  assert.deepEqual(of('乡退役军人事务站副站长黄永生介绍了情况。', 'title'), ['副站长']);
});

test('extract: a ministry or a country read as a name, a name cut before its 和, posts (马卫生部长)', () => {
  const of = (text: string, kind: string) => extract(text).output.filter((m) => m.kind === kind).map((m) => m.text);
  assert.deepEqual(of('驻马里大使陈志宏与马卫生部长杜尔共同出席授勋仪式。', 'person'), ['陈志宏']);
  assert.deepEqual(of('亚奥理事会协调委员会主席竹田恒和，亚奥理事会总干事侯赛因出席。', 'person')[0], '竹田恒和');
  assert.deepEqual(of('国务委员兼国防部长魏凤和、罗富和出席。', 'person'), ['魏凤和', '罗富和']);
  assert.deepEqual(of('区域内分布着库布其、乌兰布和、腾格里等沙漠。', 'person').includes('乌兰布和'), false);
  assert.deepEqual(of('县总工会专职副主席王五出席。', 'title'), ['专职副主席']);
  assert.deepEqual(of('多米尼加国家自由区理事会执行主任丹尼尔·利兰佐出席。', 'person'), ['丹尼尔·利兰佐']);
  assert.deepEqual(of('驻上海专员办副专员高尚仁陪同调研。', 'person'), ['高尚仁']);
  assert.deepEqual(of('联合国人权事务高级专员办公室发表声明。', 'organization'), ['联合国人权事务高级专员办公室']);
});

test('extract: a level\'s office listed among names, a wife\'s honour and a state\'s highest (县发改局, 杜潘)', () => {
  const of = (text: string, kind: string) => extract(text).output.filter((m) => m.kind === kind).map((m) => m.text);
  const listed = '陇南市档案馆常务副馆长李忠莉、县政府副县长赵海斌、县宣传部、县发改局、县档案馆全体干部职工参加典礼。';
  assert.deepEqual(of(listed, 'person'), ['李忠莉', '赵海斌']);
  assert.ok(of(listed, 'organization').includes('县发改局'));
  assert.ok(of('砂拉越总理拿督巴丁宜阿邦佐哈里出席大会。', 'person').includes('阿邦佐哈里'));
  // 敦 alone opens names as well as an honour: it stays the name's.
  assert.deepEqual(of('几内亚总统敦布亚出席。', 'person'), ['敦布亚']);
  // Two characters that open an idiom of jieba's dictionary are no name (齐聚一堂); unknown ones run on are (王庭惠国会).
  assert.deepEqual(of('县委书记方毅与企业负责人齐聚一堂。', 'person'), ['方毅']);
});

test('extract: a name cut short after a post before what officials do; a mission\'s and a council\'s posts', () => {
  const of = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);
  assert.deepEqual(of('香港特别行政区行政长官李家超视频致辞。'), ['李家超']);
  // Not where the character is a word of its own: 则, 也, 的 (…局长高涛的陪同下).
  assert.deepEqual(of('国务院总理李强则出席会议。'), ['李强']);
  assert.deepEqual(of('省监狱管理局局长高涛的陪同下，王永明深入榆林监狱视察。'), ['高涛', '王永明']);
  // A government's counsellor and a mission's ranks are posts a list goes on past (参事, 二等秘书, 随员).
  assert.deepEqual(of('省政府参事李卫星，二等秘书吴志伟和随员佟佶尧出席。'), ['李卫星', '吴志伟', '佟佶尧']);
});
