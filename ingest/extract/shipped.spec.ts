// What the shipped tagger reads, as the rules around it repair it (extract.spec.ts holds the rules alone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './index.ts';
import { loadModel } from './model/tagger.ts';

const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);

const CASES: [what: string, text: string, has: string[], hasNot: string[]][] = [
  ['a firm read on into its head\'s name before his post is split (锦州港刘钧总裁)', '锦州港刘钧总裁作了发言。', ['刘钧'], ['锦州港刘钧']],
  ['a section\'s 科 is no part of the name after it (基础教育科陈国良科长)', '会议由基础教育科陈国良科长主持。', ['陈国良'],
    ['科陈国良']],
  ['a foreign name opening with 科 after a post keeps it (党主席科沙诺夫)', '“阿玛纳特”党主席科沙诺夫出席。', ['科沙诺夫'], ['沙诺夫']],
  ['a listed name the tagger reads as a state and a word (韩正: 韩, 正)', '王沪宁、韩正、蔡奇等到医院为他送别。', ['韩正'], []],
  ['a building\'s word is no name (陈列馆, which jieba tags as one)', '深入农村、商贸市场、陈列馆、文化园区等进行调研。', [], ['陈列馆']],
  ['a name cut before a foreign body\'s post is whole (王庭惠国会主席)', '范明政总理、王庭惠国会主席以及所有越共中央政治局委员悉数出席。',
    ['王庭惠'], ['王庭']],
  ['a name cut before its day is whole (哈尼亚20日)', '哈马斯政治局领导人哈尼亚20日在开罗与埃及方面举行会谈。', ['哈尼亚'], ['哈尼']],
  ['a name cut before 同志 is whole (魏凤和同志)', '魏凤和同志在参加解放军和武警部队代表团讨论时说，完全赞成。', ['魏凤和'], ['魏凤']],
  ['a four-character name the tagger reads as a place, among names (巴音朝鲁)', '王晓晖、王蒙徽、巴音朝鲁、冯飞、刘艺良在主席台就座。',
    ['巴音朝鲁'], []],
  ['a listed name whose given name is a city (李长春)', '宋平、李岚清、曾庆红、吴官正、李长春、贺国强、刘云山在主席台前排就座。', ['李长春'], []],
  ['a body\'s short name in brackets is no person (…抵抗运动（哈马斯）)', '巴勒斯坦民族解放运动（法塔赫）、巴勒斯坦伊斯兰抵抗运动（哈马斯）等参会。',
    [], ['法塔赫', '哈马斯']],
  ['a name before 参与 (西雅尔多参与会议)', '匈牙利外交部长西雅尔多参与会议后表示，制裁失败。', ['西雅尔多'], ['西雅尔多参']],
  ['a listed name before 和 and others (…李希、韩正和大会主席团成员)', '习近平、李强、李希、韩正和大会主席团成员在主席台就座。', ['韩正'], []],
  ['a name cut at its start where it recurs is the one found before (扎希德)', '部长扎希德在致辞中表示，马中关系良好。招待会前，丁薛祥会见了扎希德。',
    ['扎希德'], ['希德']],
  ['a movement news names bare is no person (哈马斯称, 黎真主党)', '哈马斯称，已与黎真主党下属抵抗组织领导人举行会谈。', [],
    ['哈马斯', '黎真']],
  ['a movement\'s name inside a dotted name leaves the name whole', '欢迎阿拉伯埃及共和国总统阿卜杜勒法塔赫·塞西对我国进行国事访问。',
    ['阿卜杜勒法塔赫·塞西'], []],
  ['the fronts of a list are no people (…、巴赫穆特等多个方向)', '乌军在库皮扬斯克、巴赫穆特等多个方向与俄军交战。', [],
    ['皮扬斯克', '巴赫穆特']],
  ['a side and what it will do is no name (巴方愿同)', '中方表示欢迎。巴方愿同中方一道，深化合作。', [], ['巴方愿']],
  ['a leader\'s letter and where in it is no name (在贺信中指出)', '习近平主席在贺信中指出，读书很重要。', ['习近平'], ['贺信中']],
  ['a sense of something is no name (获得感、幸福感、安全感)', '增强人民群众获得感、幸福感、安全感。', [], ['幸福感', '安全感']],
  ['和 between two names with their posts of address (习近平主席和普京总统)', '在习近平主席和普京总统的战略引领下，中俄关系发展良好。',
    ['习近平', '普京'], ['和普京']],
  ['a thing named in quotes before its kind (“杜苏芮”台风, “艾布拉姆斯”主战坦克)',
    '“杜苏芮”台风预计在福建登陆。美国准备向乌克兰提供约30辆M1“艾布拉姆斯”主战坦克。', [], ['杜苏芮', '艾布拉姆斯']],
  ['a storm named in quotes after its kind (受台风“杜苏芮”影响), and what is left of it', '受台风“杜苏芮”影响，北京出现强降雨。',
    [], ['杜苏芮']],
  ['what is left of a storm (“杜苏芮”残余环流)', '“杜苏芮”残余环流持续北上。', [], ['杜苏芮']],
  ['a name after 人员在 whose lead the others are under is a name (在王小明的带领下)', '工作人员在王小明的带领下参观了展厅。',
    ['王小明'], []],
  ['a demonstrative opens no name (此访)', '相信习近平主席此访必将成为两国关系史上的重要里程碑。', ['习近平'], ['此访']],
  ['a name run on into the word after it ends before it (蒋裕燕以)', '中国选手蒋裕燕以打破亚洲纪录的成绩夺得女子100米仰泳金牌。',
    ['蒋裕燕'], ['蒋裕燕以']],
  ['a country\'s side is no name where the text names the country (向马方介绍)', '赵乐际向马方介绍了中国式现代化。马来西亚总理表示欢迎。',
    ['赵乐际'], ['马方']],
  ['what lies around a place is no person\'s (扎霍尼附近)', '匈牙利农民在边境小镇扎霍尼附近举行示威。', [], ['霍尼', '扎霍尼']],
  ['a name read as two after 同 is one (同岸 + 田文雄)', '去年11月，习近平主席同岸田文雄首相在旧金山会晤，达成重要共识。',
    ['习近平', '岸田文雄'], ['同岸', '田文雄']],
  ['China and another country are no name (马中建交, where the text names 马来西亚)',
    '马来西亚第一副总理扎希德在致辞中表示，马中建交50周年是重要里程碑。马中关系内涵丰富、意义深远。', ['扎希德'], ['马中']],
  ['a transliterated place whose first syllable jieba reads alone is no person (汗 + 尤尼斯)',
    '以色列国防军29日称，以军在加沙地带南部汗尤尼斯的战斗取得进展，并在汗尤尼斯继续打击武装人员。', [], ['尤尼斯', '汗尤尼斯']],
  ['names before 等地区领导人 are people of an area, not places listed (卡扎菲、哈桑等地区领导人)',
    '会议由马卡里奥斯主持，卡扎菲、哈桑等地区领导人出席。巴尔扎尼等地区负责人出席会议。', ['卡扎菲', '哈桑', '巴尔扎尼'], []],
  ['two names joined by 和, the first read as a place, are no places (少女玛裕勒和诗丽婉)',
    '刚毕业于曼谷万颂绿叻差博学院企业管理系的少女玛裕勒和诗丽婉到吞武里一带求职未果。', ['诗丽婉'], []],
  ['a bound morpheme that ends a word jieba cuts short opens no name (执法员汪晓龙)', '汕尾海警局执法员汪晓龙在执行海上任务。',
    ['汪晓龙'], ['员汪晓龙']],
  ['places listed as fronts are no list of names (红利曼、赫尔松等方向打击乌军人员)',
    '俄罗斯国防部26日称，俄军在红利曼、赫尔松等方向打击乌军人员和武器装备。', [], ['利曼', '红利曼', '赫尔松']],
  ['a thing listed among things is no name, there or elsewhere in the text (青椒、西兰花、覆盆子; 大数据、云计算)',
    '超市出台限购西红柿、青椒、西兰花、覆盆子等果蔬的措施。大数据、云计算、人工智能等新技术蓬勃兴起。以云计算为代表的' +
      '新型基础设施投资增长。', [], ['西兰花', '云计算']],
  ['a name jieba reads as a count and a noun is no thing beside a name (余剑锋、余艳红)',
    '何雅玲（女）、余剑锋、余艳红（女）、谷澍、邹磊。', ['余艳红'], []],
  ['names listed with their posts are no things (…主任委员巴音朝鲁、宪法法律委主任委员信春鹰、…雒树刚)',
    '会议听取了全国人大民委主任委员巴音朝鲁、宪法法律委主任委员信春鹰、教科文卫委主任委员雒树刚、华侨委主任委员于伟国分别作的报告。',
    ['巴音朝鲁', '雒树刚'], []],
  ['a name listed beside names jieba reads as words stays one (方力钧、展望、张晓刚; 税可、杨云)',
    '艺术家，比如说像方力钧、展望、张晓刚。涉及人员包括陈坤志、龚刚模、戴克伟、税可、杨云等团伙。', ['方力钧', '张晓刚', '杨云'], []],
  ['a name listed among names stays one, a famous one too (莫奈、梵高、雷诺阿)', '欣赏著名画家莫奈、梵高、雷诺阿等创作的名作。',
    ['雷诺阿'], []],
  ['a doubled character and a kind of document after 《》 are no names (徐徐; 《…》白皮书。白皮书指出)',
    '灵车徐徐驶出。国务院新闻办公室7日发布《携手构建网络空间命运共同体》白皮书。白皮书介绍了中国互联网发展。', [],
    ['徐徐', '白皮书']],
  ['a character after a show\'s title and a panda doubled are names (《爱情公寓》宛瑜; 大熊猫娅娅)',
    '《爱情公寓》宛瑜还没回来。成都大熊猫繁育研究基地的大熊猫娅娅生下了一只雌性幼仔。', ['宛瑜', '娅娅'], []],
  ['one at whose lead a day\'s doing was done stays a person (在王小明的带领下)', '武警官兵8日在王小明的带领下清理淤泥。',
    ['王小明'], []],
  ['代表委员 are a session\'s deputies and members, no title before a name', '许多代表委员普遍聊到一个热词，就是“新质生产力”。',
    [], ['普遍聊']],
];

/** What the rules make of a tagger person that is no person: [what, text, kind, the mentions of that kind]. */
const KIND_CASES: [what: string, text: string, kind: string, texts: string[]][] = [
  ['movements news names bare', '哈马斯下属武装派别卡桑旅16日表示，继续打击以军。', 'organization', ['哈马斯', '卡桑旅']],
  ['a country\'s army by its one-character form, an office by its ending', '记者从国家林草局了解到，乌军撤出该地。',
    'organization', ['林草局', '乌军']],
  ['items of a list closed by fronts', '俄军在顿涅茨克、扎波罗热等方向打击乌军。', 'place', ['顿涅茨克', '扎波罗热']],
  ['where a force is, and the place listed after it', '乌军继续在卢甘斯克和顿涅茨克击退俄军多次进攻。', 'place',
    ['卢甘斯克', '顿涅茨克']],
  ['the world\'s capitals and cities news names most (在敖德萨和尼古拉耶夫; 向特拉维夫、阿什凯隆等以色列城市)',
    '在敖德萨和尼古拉耶夫，乌军击落数架俄罗斯无人机。武装组织10日称，向特拉维夫、阿什凯隆等以色列城市发射了火箭弹。', 'place',
    ['敖德萨', '特拉维夫']],
  ['where a day\'s doing was done (16日在安克雷奇同…)', '中央外办主任杨洁篪16日在安克雷奇同美国国务卿布林肯举行对话。', 'place',
    ['安克雷奇']],
  ['a count and a session\'s ordinal are part of a body', '中方支持巴西明年主办二十国集团领导人峰会。代表们出席党的第二十次全国代表大会。',
    'organization', ['二十国集团', '第二十次全国代表大会']],
  ['a body read from inside a word starts where the word does; one ending as a ministry is no enterprise',
    '开村仪式暨中国大学生体育代表团欢迎仪式举行。农业农村部调度显示，今年夏粮增产。', 'organization',
    ['体育代表团', '农业农村部']],
  ['a site of history by its ending, named after a meeting (中共七大会址)', '习近平等首先来到中共七大会址。随后来到遵义会议会址参观。',
    'place', ['中共七大会址', '遵义会议会址']],
  ['a transliterated place cut before the syllable that ends it (阿夫杰耶夫 + 卡)', '乌军在马林卡、巴赫穆特、阿夫杰耶夫卡方向击退俄军进攻。',
    'place', ['阿夫杰耶夫卡']],
  ['a foreign city joined to one that ends as such places end (顿涅茨克和哈尔科夫), a front\'s two ends (…至克里沃罗格方向)',
    '俄军打击了顿涅茨克和哈尔科夫的目标。俄军还在库皮扬斯克和尼古拉耶夫至克里沃罗格等方向击退乌方进攻。', 'place',
    ['顿涅茨克', '哈尔科夫', '尼古拉耶夫', '克里沃罗格']],
  ['a place after a region\'s part and 的, a front named by its operations (南部的汗尤尼斯, 巴赫穆特作战方向)',
    '在加沙地带南部的汗尤尼斯，医院附近多栋建筑被炸毁。乌军或将先在巴赫穆特作战方向使用集束弹药。', 'place', ['汗尤尼斯', '巴赫穆特']],
  ['a list of fronts the tagger reads as a firm (红利曼)', '俄军在顿涅茨克、红利曼等方向打击乌方外国雇佣兵。', 'place',
    ['顿涅茨克', '红利曼']],
  ['a transliterated place by its ending (-sk, -ovka)', '乌军从顿涅茨克地区重镇阿夫杰耶夫卡撤出。俄军仍对卢甘斯克乌军阵地发动袭击。',
    'place', ['阿夫杰耶夫卡', '卢甘斯克']],
];

/** What is no body at all: [what, text, strings no organisation or enterprise may be]. */
const NO_BODY_CASES: [what: string, text: string, not: string[]][] = [
  ['a pair of countries (中德, 中塞 where the text names 塞尔维亚)', '塞尔维亚总统表示，愿推动中塞关系发展。中德合作不断深化。',
    ['中塞', '中德']],
  ['a trade\'s noun after what describes it', '要实现高水平科技自立自强。', ['高水平科技']],
  ['a post (召开常委会议: 常委, a committee\'s member)', '市委昨天召开常委会议。', ['常委']],
  ['a preposition and a word of former times before a body (对前军队总参谋长)', '总统之所以对前军队总参谋长马内采取撤职措施。',
    ['对前军队']],
];

/** [what, text, string, the kind it must have wherever the text prints it]. */
const ONE_KIND_CASES: [what: string, text: string, string: string, kind: string][] = [
  ['a name read as a person where the same text reads it as a place is that place',
    '近日，山东菏泽1200多个品种的牡丹陆续开放，吸引游客前来观赏。目前，菏泽供观赏的牡丹园有十多个，最大的面积1600多亩。' +
      '近年来，菏泽开发出了260多种牡丹产品，2022年总产值102亿元。', '菏泽', 'place'],
  ['a city named bare the tagger reads as a person is a place (桂林, a prefecture)', '广西多条河流出现超警洪水，桂林部分地区发生内涝。',
    '桂林', 'place'],
  ['a city named bare in a list is a place (唐山)', '本次供水主要用于天津、唐山两座城市生活、生态环境和农业用水。', '唐山', 'place'],
  ['a place whose first syllable jieba reads alone, named whole where the text names its area (汗尤尼斯)',
    '以军在加沙地带南部汗尤尼斯的战斗取得进展，并在汗尤尼斯继续打击武装人员。', '汗尤尼斯', 'place'],
  ['a body listed among places stays a body (重庆、云南、中央政策研究室等地)', '宣讲团成员分别在重庆、云南、中央政策研究室等地宣讲。',
    '中央政策研究室', 'organization'],
  ['an institute named after a doctrine is a body, whose name is no doctrine\'s', '西安交通大学马克思主义学院院长燕连福表示。',
    '西安交通大学马克思主义学院', 'organization'],
];

for (const [what, text, string, kind] of ONE_KIND_CASES) {
  test(`shipped tagger: ${what}`, { skip: loadModel() ? false : 'no tagger model shipped' }, () => {
    const kinds = extract(text).output.filter((m) => m.text === string).map((m) => m.kind);
    assert.ok(kinds.length > 0 && kinds.every((k) => k === kind), `${string}: ${kinds.join('、')}`);
  });
}

test('shipped tagger: the man a doctrine is named after is no person who acts (马克思主义)', () => {
  const marx = extract('坚持马克思主义基本原理同中国具体实际相结合。').output.filter((m) => m.text === '马克思');
  assert.deepEqual(marx.map((m) => [m.kind, m.doctrine]), [['person', true]]);
});

for (const [what, text, not] of NO_BODY_CASES) {
  test(`shipped tagger: no body: ${what}`, { skip: loadModel() ? false : 'no tagger model shipped' }, () => {
    const bodies = extract(text).output.filter((m) => m.kind === 'organization' || m.kind === 'enterprise');
    for (const t of not) assert.ok(!bodies.some((b) => b.text === t), `${t} in ${bodies.map((b) => b.text).join('、')}`);
  });
}

for (const [what, text, kind, texts] of KIND_CASES) {
  test(`shipped tagger: ${what}`, { skip: loadModel() ? false : 'no tagger model shipped' }, () => {
    const found = extract(text).output.filter((m) => m.kind === kind).map((m) => m.text);
    for (const t of texts) assert.ok(found.includes(t), `${t} not a ${kind} in ${found.join('、')}`);
  });
}

for (const [what, text, has, hasNot] of CASES) {
  test(`shipped tagger: ${what}`, { skip: loadModel() ? false : 'no tagger model shipped' }, () => {
    const found = persons(text);
    for (const name of has) assert.ok(found.includes(name), `${name} not in ${found.join('、')}`);
    for (const name of hasNot) assert.ok(!found.includes(name), `${name} in ${found.join('、')}`);
  });
}

test('shipped tagger: a full name printed as someone\'s kin is not what the short form names (拜登的儿子——亨特·拜登)', () => {
  const text = '美国总统拜登表示。众议院在有关拜登的儿子——亨特·拜登海外交易的调查中，发现拜登的行为涉嫌腐败。';
  const full = extract(text).output.filter((m) => m.kind === 'person' && m.text === '拜登').map((m) => m.fullName);
  assert.ok(full.length > 0 && full.every((f) => f === undefined), full.join('、'));
  const putin = extract('俄罗斯总统弗拉基米尔·普京表示。普京指出，合作很重要。').output.find((m) => m.text === '普京');
  assert.equal(putin?.fullName, '弗拉基米尔·普京');
});
