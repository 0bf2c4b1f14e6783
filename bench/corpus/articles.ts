// Article shapes of the synthetic corpus, modelled on the seed pages' own sentences, each with the truth it plants.
import { CEREMONIES, GROUPS, INSTITUTIONS, TOPICS, TOWNS, BUREAUS, chineseNumber } from './pools.ts';
import { holder, POSTS, type Post, type World } from './world.ts';
import type { ArticleTruth } from './truth.ts';
import { doubleBoxes } from './layout.ts';

export interface Draft {
  headline: string;
  /** Paragraphs of the body, the first starting with 本报讯. */
  body: string[];
  reporter: string;
  /** `line`: □记者 X on its own line; `inline`: 本报讯（融媒记者 X）; `photo`: a caption credit (记者 X 摄). */
  byline: 'line' | 'inline' | 'photo' | 'none';
  truth: ArticleTruth;
}

export interface Context {
  rnd: () => number;
  world: World;
  /** The event's day and the issue's (the paper reports yesterday's events). */
  event: Date;
  issue: Date;
  filler: { next: () => string };
  /** Running number of the government's executive meetings. */
  meetings: { executive: number };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const post = (id: string): Post => POSTS.find((p) => p.id === id)!;
const county = POSTS.filter((p) => !p.outside);
const outside = POSTS.filter((p) => p.outside);
const SLOGANS = ['压实责任 狠抓落实', '凝心聚力 奋勇争先', '聚焦重点 精准发力', '勇于担当 善作善成', '守牢底线 护航发展', '提升质效 走在前列'];

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The date as the lead prints it: `9月30日`, `3月15日下午`, or `8日` when the month is the issue's. */
function printedDate(c: Context): string {
  const m = c.event.getUTCMonth() + 1;
  const d = c.event.getUTCDate();
  const r = c.rnd();
  if (r < 0.15 && c.event.getUTCMonth() === c.issue.getUTCMonth()) return `${d}日`;
  if (r < 0.35) return `${m}月${d}日${pick(c.rnd, ['上午', '下午', '晚上'])}`;
  return `${m}月${d}日`;
}

function fill(c: Context, n: number): string {
  return Array.from({ length: n }, c.filler.next).join('');
}

interface Official {
  name: string;
  post: Post;
}

function official(c: Context, p: Post): Official {
  return { name: holder(c.world, c.event.getUTCFullYear(), p.id), post: p };
}

/** k distinct county officials of tiers 2–3 (the 市领导 who attend), none of them in `not`. */
function attendees(c: Context, k: number, not: readonly string[]): Official[] {
  const out: Official[] = [];
  const pool = county.filter((p) => p.tier === 2 || p.tier === 3);
  for (let tries = 0; out.length < k && tries < 50; tries++) {
    const o = official(c, pick(c.rnd, pool));
    if (!not.includes(o.name) && !out.some((x) => x.name === o.name)) out.push(o);
  }
  return out;
}

/** k distinct heads of bureaus and towns (tiers 4–6). */
function localOfficials(c: Context, k: number): Official[] {
  const out: Official[] = [];
  const pool = county.filter((p) => p.tier >= 4);
  for (let tries = 0; out.length < k && tries < 50; tries++) {
    const o = official(c, pick(c.rnd, pool));
    if (!out.some((x) => x.name === o.name)) out.push(o);
  }
  return out;
}

/** `市委常委、常务副市长胡积合、副市长李浩锋` or `市领导胡勇春、李浩锋` (then the titles go unplanted). */
function listOfficials(c: Context, os: readonly Official[], truth: ArticleTruth, titled: boolean): string {
  for (const o of os) truth.people.push({ name: o.name, titles: titled ? o.post.titles : [] });
  return titled ? os.map((o) => o.post.printed + o.name).join('、') : '市领导' + os.map((o) => o.name).join('、');
}

function lead(c: Context, o: Official, truth: ArticleTruth): string {
  truth.people.push({ name: o.name, titles: o.post.titles });
  return o.post.printed + o.name;
}

function emptyTruth(c: Context): ArticleTruth {
  return { date: iso(c.event), people: [], roles: [], visits: [], enterprises: [] };
}

function enterprisesOf(c: Context, k: number): string[] {
  const out = new Set<string>();
  while (out.size < k) out.add(pick(c.rnd, c.world.enterprises));
  return [...out];
}

export type Shape = (c: Context) => Omit<Draft, 'reporter' | 'byline'>;

/** 市委书记X主持召开市委常委会会议 / 市长X主持召开市十八届政府第N次常务会议 / 副市长X主持召开全市安全生产工作会议. */
const chairedMeeting: Shape = (c) => {
  const truth = emptyTruth(c);
  const topic = pick(c.rnd, TOPICS);
  const kind = c.rnd();
  let chair: Official;
  let meeting: string;
  let purpose: string;
  if (kind < 0.3) {
    chair = official(c, post('市委书记'));
    meeting = '市委常委会会议';
    purpose = `传达学习上级有关会议精神，研究部署${topic}等近期重点工作`;
  } else if (kind < 0.55) {
    chair = official(c, post('市委副书记、市长'));
    const term = 17 + Math.floor((c.event.getUTCFullYear() - 2012) / 5);
    meeting = `市${chineseNumber(term)}届政府第${chineseNumber(1 + (c.meetings.executive++ % 60))}次常务会议`;
    purpose = '审议并原则通过了多项议题';
  } else if (kind < 0.7) {
    chair = official(c, post('市委书记'));
    meeting = '市各套班子月度工作例会';
    purpose = `明确我市${(c.event.getUTCMonth() + 1) % 12 + 1}月份工作主题`;
  } else {
    chair = official(c, pick(c.rnd, county.filter((p) => p.tier <= 3)));
    meeting = c.rnd() < 0.5 ? `全市${topic}工作会议` : `${topic}工作座谈会`;
    purpose = `听取有关部门工作情况汇报，部署下阶段${topic}工作`;
  }
  const others = attendees(c, 1 + Math.floor(c.rnd() * 3), [chair.name]);
  // Topic meetings: heads of bureaus and towns attend too, always with their titles.
  const local = kind >= 0.7 ? localOfficials(c, 1 + Math.floor(c.rnd() * 3)) : [];
  truth.roles.push({ rel: 'CHAIRED', person: chair.name });
  for (const o of [...others, ...local]) truth.roles.push({ rel: 'ATTENDED', person: o.name });
  const titled = c.rnd() < 0.6 || local.length > 0;
  const body = [
    `本报讯 ${printedDate(c)}，${lead(c, chair, truth)}主持召开${meeting}，${purpose}。${listOfficials(c, [...others, ...local], truth, titled)}参加会议。`,
    fill(c, 2 + Math.floor(c.rnd() * 3)),
    `${chair.name}${pick(c.rnd, ['指出', '强调', '要求'])}，${fill(c, 2)}`,
    fill(c, 1 + Math.floor(c.rnd() * 3)),
  ];
  return { headline: `${chair.name}在${meeting}上强调 ${pick(c.rnd, SLOGANS)}`, body, truth };
};

/** 市委常委会召开扩大会议……市委书记X主持会议。 */
const committee: Shape = (c) => {
  const truth = emptyTruth(c);
  const chair = official(c, post('市委书记'));
  truth.roles.push({ rel: 'CHAIRED', person: chair.name });
  const body = [
    `本报讯 ${printedDate(c)}，市委常委会召开扩大会议，传达学习上级重要会议精神，研究我市贯彻落实意见，部署近期重点工作。${lead(c, chair, truth)}主持会议。`,
    fill(c, 3 + Math.floor(c.rnd() * 3)),
    fill(c, 2),
  ];
  return { headline: `市委常委会召开扩大会议 ${pick(c.rnd, SLOGANS)}`, body, truth };
};

/** X调研……市领导Y参加调研。X一行先后来到A、B、C等企业…… */
const research: Shape = (c) => {
  const truth = emptyTruth(c);
  const topic = pick(c.rnd, TOPICS);
  const leader = official(c, pick(c.rnd, county.filter((p) => p.tier <= 2)));
  const others = attendees(c, 1 + Math.floor(c.rnd() * 2), [leader.name]);
  const firms = enterprisesOf(c, 1 + Math.floor(c.rnd() * 3));
  truth.roles.push({ rel: 'LED', person: leader.name });
  for (const o of others) truth.roles.push({ rel: 'ATTENDED', person: o.name });
  for (const f of firms) truth.visits.push({ person: leader.name, target: f, kind: 'Enterprise' });
  truth.enterprises.push(...firms);
  const body = [
    `本报讯 ${printedDate(c)}，${lead(c, leader, truth)}调研我市${topic}工作。${listOfficials(c, others, truth, c.rnd() < 0.4)}参加调研。`,
    `${leader.name}一行先后来到${firms.join('、')}${firms.length > 1 ? '等企业' : ''}，深入生产车间和产品展厅，询问企业生产经营状况，了解产品研发和发展规划等方面情况。`,
    chairmanSays(c, firms[0]!, truth),
    fill(c, 2 + Math.floor(c.rnd() * 2)),
    `${leader.name}${pick(c.rnd, ['指出', '强调'])}，${fill(c, 2)}`,
  ];
  return { headline: `${leader.name}在调研${topic}工作时强调 ${pick(c.rnd, SLOGANS)}`, body, truth };
};

/** `步阳集团董事长徐步云介绍了企业发展情况。` */
function chairmanSays(c: Context, firm: string, truth: ArticleTruth): string {
  const name = c.world.chairman(firm);
  truth.people.push({ name, titles: [`${firm}董事长`] });
  return `${firm}董事长${name}介绍了企业${pick(c.rnd, ['发展情况', '生产经营情况', '技术创新情况'])}。`;
}

/** 市长X带领相关部门负责人督查……Y参加督查。 */
const inspection: Shape = (c) => {
  const truth = emptyTruth(c);
  const topic = pick(c.rnd, TOPICS);
  const leader = official(c, pick(c.rnd, county.filter((p) => p.tier <= 3)));
  const others = attendees(c, 1, [leader.name]);
  truth.roles.push({ rel: 'LED', person: leader.name });
  for (const o of others) truth.roles.push({ rel: 'ATTENDED', person: o.name });
  const body = [
    `本报讯 ${printedDate(c)}，${lead(c, leader, truth)}带领相关部门负责人督查${topic}工作。${listOfficials(c, others, truth, true)}参加督查。`,
    `在${pick(c.rnd, TOWNS)}，督查组一行对${topic}责任落实、隐患整改等情况进行了检查，并督促及时整改检查中发现的问题。`,
    fill(c, 2),
  ];
  return { headline: `${leader.name}在督查${topic}工作时要求 ${pick(c.rnd, SLOGANS)}`, body, truth };
};

/** 金华市副市长X带队到我市调研……副市长Y陪同。X一行来到A…… */
const outsideVisit: Shape = (c) => {
  const truth = emptyTruth(c);
  const topic = pick(c.rnd, TOPICS);
  const guest = official(c, pick(c.rnd, outside));
  const host = official(c, pick(c.rnd, county.filter((p) => p.id.startsWith('副市长') || p.id === '市委常委、常务副市长')));
  const firms = enterprisesOf(c, 1 + Math.floor(c.rnd() * 2));
  truth.roles.push({ rel: 'LED', person: guest.name }, { rel: 'ATTENDED', person: host.name });
  for (const f of firms) truth.visits.push({ person: guest.name, target: f, kind: 'Enterprise' });
  truth.enterprises.push(...firms);
  const body = [
    `本报讯 ${printedDate(c)}，${lead(c, guest, truth)}带队到我市调研${topic}。${lead(c, host, truth)}陪同。`,
    `${guest.name}一行来到${firms.join('、')}，参观了企业展厅和智能车间，了解企业生产经营情况。`,
    fill(c, 2 + Math.floor(c.rnd() * 2)),
  ];
  return { headline: `金华市领导来永调研${topic}`, body, truth };
};

/** X先后到A、B、C，走访慰问我市科技工作者代表P、Q。 */
const condolence: Shape = (c) => {
  const truth = emptyTruth(c);
  const leader = official(c, pick(c.rnd, county.filter((p) => p.tier <= 3)));
  const places = [`市${pick(c.rnd, BUREAUS)}`, pick(c.rnd, INSTITUTIONS)];
  const firm = pick(c.rnd, c.world.enterprises);
  const group = pick(c.rnd, GROUPS);
  const reps = Array.from({ length: 2 + Math.floor(c.rnd() * 2) }, () => c.world.newPerson());
  truth.roles.push({ rel: 'LED', person: leader.name });
  for (const p of places) truth.visits.push({ person: leader.name, target: p, kind: 'Organization' });
  truth.visits.push({ person: leader.name, target: firm, kind: 'Enterprise' });
  truth.enterprises.push(firm);
  truth.mentioned = reps;
  const body = [
    `本报讯 ${printedDate(c)}，${lead(c, leader, truth)}先后到${places.join('、')}、${firm}，走访慰问我市${group}代表${reps.join('、')}。`,
    fill(c, 2 + Math.floor(c.rnd() * 2)),
  ];
  return { headline: `市领导走访慰问${group}`, body, truth };
};

/** 我市举行烈士纪念日公祭活动。市领导A、B、C参加活动。 (the list sometimes in doubled bold) */
const ceremony: Shape = (c) => {
  const truth = emptyTruth(c);
  const name = pick(c.rnd, CEREMONIES).name;
  const os = attendees(c, 3 + Math.floor(c.rnd() * 3), []);
  for (const o of os) truth.roles.push({ rel: 'ATTENDED', person: o.name });
  for (const o of os) truth.people.push({ name: o.name, titles: [] });
  // The leaders' names in bold, which OCR reads twice box by box (`朱志杰朱志杰、、陈美蓉陈美蓉`), in a third of them.
  const list = os.map((o) => o.name).join('、');
  const printed = c.rnd() < 0.3 ? doubleBoxes(c.rnd, list) : list;
  const body = [`本报讯 ${printedDate(c)}，我市举行${name}。市领导${printed}参加${name.endsWith('仪式') ? '仪式' : '活动'}。`, fill(c, 2 + Math.floor(c.rnd() * 2))];
  return { headline: `我市举行${name}`, body, truth };
};

/** News without officials: filler only. */
const plain: Shape = (c) => ({
  headline: fill(c, 1).slice(0, 12).replace(/[，。、；：“”]/g, ''),
  body: [`本报讯 ${printedDate(c)}，${fill(c, 2)}`, fill(c, 2 + Math.floor(c.rnd() * 3))],
  truth: emptyTruth(c),
});

export const SHAPES: { shape: Shape; weight: number }[] = [
  { shape: chairedMeeting, weight: 25 },
  { shape: committee, weight: 8 },
  { shape: research, weight: 15 },
  { shape: inspection, weight: 10 },
  { shape: outsideVisit, weight: 7 },
  { shape: condolence, weight: 8 },
  { shape: ceremony, weight: 5 },
  { shape: plain, weight: 22 },
];

export function draft(c: Context): Draft {
  const total = SHAPES.reduce((a, s) => a + s.weight, 0);
  let r = c.rnd() * total;
  const { shape } = SHAPES.find((s) => (r -= s.weight) < 0) ?? SHAPES[0]!;
  const d = shape(c);
  const reporter = pick(c.rnd, c.world.reporters);
  const byline = c.rnd() < 0.5 ? 'line' : c.rnd() < 0.8 ? 'inline' : 'none';
  if (byline !== 'none') d.truth.reporters = [reporter];
  return { ...d, reporter, byline };
}

/** A photo with its caption and credit (记者 X 摄). */
export function photo(c: Context): Draft {
  const reporter = pick(c.rnd, c.world.reporters);
  const headline = pick(c.rnd, TOPICS) + pick(c.rnd, ['进行时', '见闻', '掠影', '忙']);
  const caption = `${printedDate(c)}，${fill(c, 1)}`;
  return { headline, body: [caption], reporter, byline: 'photo', truth: { ...emptyTruth(c), reporters: [reporter] } };
}
