// The seed pages through ingest: blocks, headlines, bylines, joins, doubled text and dates, table by table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleWith, assertOffsetsMapBack, count, ingestSeed, SEED_FILES, SEEDS } from './helpers.ts';

const pages = new Map(SEED_FILES.map((f) => [f, ingestSeed(f)]));
const all = [...pages.values()].flat();
const raw = (file: string) => readFileSync(join(SEEDS, file), 'utf8');

const KINDS: Record<string, string[]> = {
  '000_cc3643521c5df172.txt': ['news', 'news', 'photo'],
  '001_64c2b03470ce42da.txt': ['photo', 'news', 'news', 'classifieds', 'news', 'news', 'continuation'],
  '002_832c33dbd7fa0409.txt': ['fragment', 'news', 'news'],
  '003_bb7c16360d800cd6.txt': ['news', 'news', 'photo', 'news', 'news'],
  '004_ac232f6eb9f899b5.txt': ['news', 'news'],
};
for (const [file, kinds] of Object.entries(KINDS)) {
  test(`${file}: ${kinds.length} blocks of the right kinds in reading order`, () => {
    assert.deepEqual(pages.get(file)!.map((a) => a.kind), kinds);
  });
}

// [a phrase of the article's body, a phrase its headline must contain ('' = no headline)]
const HEADLINES: [string, string][] = [
  ['审议《永康市加强新时代城市基层党建', '市委常委会研究审议多项议题'],
  ['审议《永康市加强新时代城市基层党建', '以更大力度推进对口支援与合作'],
  ['市委书记金政调研我市医疗器械', '金政在调研医疗器械产业时强调'],
  ['市委书记金政调研我市医疗器械', '培育扶持医疗器械产业做大做优做强'],
  ['南溪湾公园', '美丽南溪湾'],
  ['少先队员入队仪式', '加入少先队'],
  ['我市首场“亲清直通车·政企恳谈会”举行，', '首场“亲清直通车·政企恳谈会”举行'],
  ['党建联盟成立仪式举行', '智能门（锁）产业党建联盟成立'],
  ['胡积合先后到', '市领导走访慰问科技工作者'],
  ['金华市副市长张新宇带队', '调研工业经济'],
  ['金华市副市长张新宇带队', '增强发展后劲'],
  ['主持召开市各套班子月度工作例会', '冲锋四季度 冲刺全年红'],
  ['市十七届政府第12次常务会议', '今年开建5个以上小微企业园'],
  ['开展烈士纪念日公祭活动', '纪念日公祭活动'],
  ['市长朱志杰带领相关部门负责人督查', '朱志杰在督查'],
  ['3月15日下午，市委常委会', '部署近期重点工作'],
  ['章旭升赴我市部分企业', '聚合一流创新要素 打造一流创新生态'],
  ['市十八届政府第二十六次常务会议', '第二十六次常务会议'],
  ['2月13日上午，市委常委会召开扩大会议', '金华市两会精神'],
  ['全省民房等重点领域火灾隐患', ''],
  ['要紧盯重大战略布局', ''],
];
for (const [phrase, headline] of HEADLINES) {
  test(`headline of 「${phrase}」 ${headline ? `has 「${headline}」` : 'is empty'}`, () => {
    const a = articleWith(all, phrase);
    if (headline) assert.ok(a.headline.includes(headline), `${a.id} headline 「${a.headline}」`);
    else assert.equal(a.headline, '');
  });
}

test('no headline lands on two articles', () => {
  for (const [phrase, headline] of HEADLINES) {
    if (!headline) continue;
    const owners = all.filter((a) => a.headline.includes(headline));
    assert.equal(owners.length, 1, `「${headline}」 on ${owners.map((a) => a.id).join(', ')}`);
    assert.ok(owners[0]!.text.includes(phrase));
  }
});

const REPORTERS: [string, string[]][] = [
  ['审议《永康市加强新时代城市基层党建', ['陈晓苏']],
  ['市委书记金政调研我市医疗器械', ['陈晓苏']],
  ['南溪湾公园', ['林群心']],
  ['我市首场“亲清直通车·政企恳谈会”举行，', ['张赤奎']],
  ['党建联盟成立仪式举行', ['颜元滔']],
  ['金华市副市长张新宇带队', ['颜元滔']],
  ['开展烈士纪念日公祭活动', ['杨成栋']],
  ['市长朱志杰带领相关部门负责人督查', ['张赤奎', '施夏琦']],
  ['3月15日下午，市委常委会', ['陈晓苏']],
  ['市十八届政府第二十六次常务会议', ['徐敏']],
  ['全省民房等重点领域火灾隐患', []],
];
for (const [phrase, reporters] of REPORTERS) {
  test(`reporters of 「${phrase}」: ${reporters.join('、') || 'none'}`, () => {
    assert.deepEqual(articleWith(all, phrase).reporters, reporters);
  });
}

test('bylines and credits are out of the body text', () => {
  for (const a of all) {
    assert.doesNotMatch(a.text, /本报讯|□|记者 \S+ 摄/, a.id);
  }
});

// Names the OCR broke across lines (`群` / `升集团`, `章` / `旭升`) and others: each occurrence survives, whole.
const NAMES = ['群升集团', '胡积合', '章旭升', '步阳集团', '邦立医药', '立久佳', '金政', '张新宇', '李浩锋', '吕群勇', '胡勇春', '朱志杰', '鼎昌工贸', '好哥工贸', '青沐工贸', '超虎公司', '王力安防', '金凯德'];
for (const name of NAMES) {
  test(`「${name}」 is never split by a line join`, () => {
    for (const file of SEED_FILES) {
      const printed = count(raw(file).replace(/\s+/g, ''), name) - count(raw(file), name + name);
      const joined = pages.get(file)!.reduce((n, a) => n + count(a.text + a.headline.replace(/ /g, ''), name), 0);
      assert.equal(joined, printed, `${file}: ${printed} printed, ${joined} after joining`);
    }
  });
}

test('doubled bold text is collapsed', () => {
  const caption = articleWith(all, '开展烈士纪念日公祭活动');
  assert.ok(caption.text.includes('朱志杰、陈美蓉、朱世道、范晓东等市各套班子领导，人武部部长、政委，法检“两长”'), caption.text);
  assert.equal(caption.headline, '我市举行烈士 纪念日公祭活动');
  for (const a of all) assert.doesNotMatch(a.text + a.headline, /朱志杰朱志杰|、、|记者记者|摄摄/, a.id);
});

test('real repeats are not collapsed: 做大做优做强 three times on page 000, 原原本本, 层层', () => {
  const page = pages.get('000_cc3643521c5df172.txt')!;
  assert.equal(page.reduce((n, a) => n + count(a.text + a.headline, '做大做优做强'), 0), 3);
  assert.ok(all.some((a) => a.text.includes('原原本本学，逐字逐句学')));
  assert.ok(all.some((a) => a.text.includes('层层发动、步步细化')));
});

test('paragraphs: OCR blank lines dropped, real breaks kept', () => {
  const a = articleWith(all, '审议《永康市加强新时代城市基层党建');
  const paras = a.text.split('\n');
  assert.equal(paras.length, 8);
  assert.ok(paras.every((p) => /[。！？”]$/.test(p)), 'every paragraph ends a sentence');
  assert.ok(paras[1]!.startsWith('会议强调，要坚持以巩固党在城市执政基础'));
});

// [phrase, event date value, precision, date as printed]
const DATES: [string, string, string, string][] = [
  ['审议《永康市加强新时代城市基层党建', '---08', 'day-only', '8日'],
  ['市委书记金政调研我市医疗器械', '---07', 'day-only', '7日下午'],
  ['我市首场“亲清直通车·政企恳谈会”举行，', '--05-28', 'month-day', '5月28日'],
  ['主持召开市各套班子月度工作例会', '--09-30', 'month-day', '9月30日'],
  ['市长朱志杰带领相关部门负责人督查', '--09-30', 'month-day', '9月30日'],
  ['3月15日下午，市委常委会', '2023-03-15', 'day', '3月15日下午'],
  ['章旭升赴我市部分企业', '2023-03-14', 'day', '3月14日下午'],
  ['市十八届政府第二十六次常务会议', '--02-10', 'month-day', '2月10日'],
];
for (const [phrase, value, precision, text] of DATES) {
  test(`event date of 「${phrase}」 is ${value}`, () => {
    const d = articleWith(all, phrase).dates[0]!;
    assert.deepEqual([d.value, d.precision, d.text, d.role], [value, precision, text, 'event']);
  });
}

test('dates never carry a year the page does not state', () => {
  const stated = new Map(SEED_FILES.map((f) => [f, new Set((raw(f).match(/\d{4}(?=年)/g) ?? []).map(Number))]));
  for (const a of all) {
    for (const d of a.dates) {
      const y = /^(\d{4})/.exec(d.value)?.[1];
      if (y) assert.ok(stated.get(a.file)!.has(Number(y)), `${a.id}: ${d.value} from 「${d.text}」`);
    }
  }
});

test('every offset maps back into the raw file', () => {
  for (const file of SEED_FILES) for (const a of pages.get(file)!) assertOffsetsMapBack(raw(file), a);
});

test('ids are unique and stable', () => {
  const ids = all.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(ingestSeed(SEED_FILES[0]!).map((a) => a.id), pages.get(SEED_FILES[0]!)!.map((a) => a.id));
  assert.equal(ids[0], '000_cc3643521c5df172:1');
});
