// What the shipped tagger reads, as the rules around it repair it (extract.spec.ts holds the rules alone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './index.ts';
import { loadModel } from './model/tagger.ts';

const persons = (text: string) => extract(text).output.filter((m) => m.kind === 'person').map((m) => m.text);

const CASES: [what: string, text: string, has: string[], hasNot: string[]][] = [
  ['a listed name the tagger reads as a state and a word (韩正: 韩, 正)', '王沪宁、韩正、蔡奇等到医院为他送别。', ['韩正'], []],
  ['a building\'s word is no name (陈列馆, which jieba tags as one)', '深入农村、商贸市场、陈列馆、文化园区等进行调研。', [], ['陈列馆']],
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
];

for (const [what, text, has, hasNot] of CASES) {
  test(`shipped tagger: ${what}`, { skip: loadModel() ? false : 'no tagger model shipped' }, () => {
    const found = persons(text);
    for (const name of has) assert.ok(found.includes(name), `${name} not in ${found.join('、')}`);
    for (const name of hasNot) assert.ok(!found.includes(name), `${name} in ${found.join('、')}`);
  });
}
