// Titles held: a chain of titles before a name, its bare posts held in the body of the title before them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../ingest/extract/index.ts';
import { textArticle } from '../../../tests/helpers.ts';
import { graphMentions } from '../index.ts';
import { articleFacts } from './index.ts';

/** `person: organ+post` for each title the text says someone holds. */
function heldIn(text: string): string[] {
  const f = articleFacts(textArticle(text), graphMentions(extract(text).output));
  return f.holds.map((h) => `${h.person}: ${h.organ ?? ''}${h.post}`).sort();
}

/** [what it shows, text, titles held (`person: organ+post`)]. */
const CASES: [string, string, string[]][] = [
  ['a bare post after a body\'s title is held in that body', '中国侨联党组书记、主席万立骏致贺词。',
    ['万立骏: 中国侨联党组书记', '万立骏: 中国侨联主席']],
  ['a role taken (担任) ends before the next name: the title before it is that one\'s',
    '由联络办主任张晓明担任领队、香港湖南联谊总会会长周群飞担任团长的考察团来湘。',
    ['周群飞: 湖南联谊总会会长', '张晓明: 联络办主任']],
  ['a democratic party\'s local committee: the party\'s, not the Communist Party\'s',
    '省政协副主席、民革贵州省委主委马文骏，民建市委会主委周绍熹出席。',
    ['周绍熹: 民建市委会主委', '马文骏: 政协副主席', '马文骏: 民革省委主委']],
  ['after a ministry\'s party group, the ministry\'s minister', '财政部党组书记、部长刘昆作宣讲报告。',
    ['刘昆: 财政部党组书记', '刘昆: 财政部部长']],
  ['a firm\'s chairman and its party secretary', '国家电力投资集团有限公司董事长、党组书记刘明胜发言。',
    ['刘明胜: 国家电力投资集团有限公司党组书记', '刘明胜: 国家电力投资集团有限公司董事长']],
  ['titles joined by 兼 are both held', '伊拉克副总理兼外长侯赛因表示。',
    ['侯赛因: 副总理', '侯赛因: 外长']],
  ['a school\'s own party committee\'s secretary and its head: both the school\'s', '北京大学党委书记、校长郝平表示。',
    ['郝平: 北京大学党委书记', '郝平: 北京大学校长']],
  ['a party committee\'s secretary and a head, no body named: no organ passes', '学校党委书记、校长郝平表示。',
    ['郝平: 党委书记', '郝平: 校长']],
  ['a city\'s party secretary and its mayor: the mayor names his own body', '市委书记、市长李明出席。',
    ['李明: 委书记', '李明: 市长']],
  ['a party\'s post and a state\'s: the state\'s post is no party\'s', '塞尔维亚前进党主席、总统武契奇致贺电。',
    ['武契奇: 前进党主席', '武契奇: 总统']],
  ['a movement\'s post and a state\'s: the speaker is no movement\'s', '黎巴嫩阿迈勒运动主席、议长贝里致贺电。',
    ['贝里: 阿迈勒运动主席', '贝里: 议长']],
  ['the army\'s services hold its posts, a commissar in full', '晋升上将军衔的军官是：火箭军司令员王厚斌、火箭军政治委员徐西盛。',
    ['徐西盛: 火箭军政治委员', '王厚斌: 火箭军司令员']],
  ['a department named after deputies', '会议听取了全国人大常委会代表工作委员会主任郭振华作的报告。',
    ['郭振华: 全国人大常委会代表工作委员会主任']],
  ['names listed after a title share it; one with a title of its own keeps that', '中央军委委员李尚福、刘振立、张升民出席。市委书记张三、市长李四出席。',
    ['刘振立: 中央军委委员', '张升民: 中央军委委员', '李尚福: 中央军委委员', '张三: 委书记', '李四: 市长']],
  ['a chain goes on past a former post\'s state and marker', '金砖国家新开发银行行长、巴西前总统罗塞芙，俄罗斯前联邦安全会议秘书伊万诺夫出席。',
    ['伊万诺夫: 联邦安全会议秘书', '罗塞芙: 总统', '罗塞芙: 行长']],
  ['a name the list runs into a body\'s name shares nothing', '美国国立卫生研究院前院长弗朗西斯·柯林斯、巴特尔纪念研究所前首席科学家出席。',
    ['弗朗西斯·柯林斯: 美国国立卫生研究院院长']],
  ['an appointment: the titles after 同志任 are held, the committee\'s posts in it; 不再担任 holds none',
    '经研究决定：徐麟同志任贵州省委委员、常委、书记，谌贻琴同志不再担任贵州省委书记、常委、委员职务。',
    ['徐麟: 委委员', '徐麟: 委常委', '徐麟: 委书记']],
  ['a chain goes on past the place a post takes its jurisdiction from', '阿尔萨斯大区区长兼下莱茵省省长帕特里斯·马涅埃致辞。',
    ['帕特里斯·马涅埃: 区长', '帕特里斯·马涅埃: 省长']],
];

for (const [what, text, expected] of CASES) {
  test(`titles held: ${what}`, () => {
    assert.deepEqual(heldIn(text), [...expected].sort());
  });
}

test('titles held: a career retold by its years is held before the article', () => {
  const text = '一九八二年，江泽民同志任电子工业部第一副部长、党组副书记。';
  const f = articleFacts(textArticle(text), graphMentions(extract(text).output));
  assert.ok(f.holds.length >= 2 && f.holds.every((h) => h.former), JSON.stringify(f.holds.map((h) => h.printed)));
});

test('holds: a career retold by its years is held before the article, by its résumé\'s or sentence\'s holder', () => {
  const text =
    '申维辰涉嫌严重违纪违法。\n申维辰，男，汉族，1956年5月生。2000年5月任晋中市委书记，同年9月任山西省委宣传部部长；' +
    '2001年任山西省委常委、宣传部部长。\n徐建华担任过韶关市副市长，2011年12月改任东莞市委书记。' +
    '徐建华的上一任、2011年11月担任东莞市委书记的刘志庚被查。菲勒蒙现年76岁，他将于今年9月就任联大主席。';
  const f = articleFacts(textArticle(text), graphMentions(extract(text).output));
  const held = f.holds.map(
    (h) => `${h.person}: ${h.jurisdiction ?? ''}|${h.organ ?? ''}${h.post}${h.former ? ' (former)' : ''}`);
  assert.deepEqual([...new Set(held)].sort(), [
    '徐建华: 东莞市|委书记 (former)', '徐建华: 韶关市|副市长 (former)',
    '申维辰: 山西省|委宣传部部长 (former)', '申维辰: 山西省|委常委 (former)', '申维辰: 晋中市|委书记 (former)',
  ]);
});
