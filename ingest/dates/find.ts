// Find date expressions in normalised text: `2023年3月15日`, `9月30日`, `3月15日下午`, `8日`, `10月份`, `去年9月`, `昨日`,
// `当天` (the day last named), `日前` (recently: no day).

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  year?: number;
  /** 去年 / 今年 / 明年 before the month. */
  relativeYear?: -1 | 0 | 1;
  month?: number;
  day?: number;
  /** 昨日 = -1, 今天 = 0 …: days from the issue date. */
  relativeDay?: number;
  /** 本月 = 0, 上月 = -1, 下月 = 1, before a day (本月15日): months from the issue's. */
  relativeMonth?: -1 | 0 | 1;
  /** A day of the week (周二 = 2, 星期日 = 7), of the week (本周), the one before (上周) or after (下周); bare,
   * the last such day up to the issue. */
  weekday?: number;
  relativeWeek?: -1 | 0 | 1;
  /** 当天 / 当日 / 同日: the day the text named last. */
  sameDay?: true;
  /** 日前 / 近日: shortly before the issue, no day given. */
  recent?: true;
  timeOfDay?: string;
}

const TIME_OF_DAY = '(上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|夜间|晚)?';
const REL_YEAR: Record<string, -1 | 0 | 1> = { 去年: -1, 今年: 0, 明年: 1 };
const REL_DAY: Record<string, number> = { 前天: -2, 昨日: -1, 昨天: -1, 昨晚: -1, 今天: 0, 今日: 0, 今晚: 0, 今早: 0, 明天: 1, 明日: 1 };
const REL_MONTH: Record<string, -1 | 0 | 1> = { 上月: -1, 本月: 0, 下月: 1 };
const REL_WEEK: Record<string, -1 | 0 | 1> = { 上: -1, 本: 0, 这: 0, 下: 1 };
const WEEKDAYS = '一二三四五六日天';

/** Characters that make a word with 日 (节日, 生日, 工作日, 纪念日, 每日, 次日…): `X日前` is before that day, not 日前. */
const DAY_WORD_HEADS = '节生假周念平每今昨明次当同翌末首近往昔数多几作息休忌吉旧终整全半';

// One pass, alternatives in order of specificity; numbers never start inside a longer number.
const DATE = new RegExp(
  [
    `(?<![\\d.．])(?<y>\\d{4})年(?<ym>\\d{1,2})月(?:(?<yd>\\d{1,2})[日号]${TIME_OF_DAY.replace('(', '(?<ytod>')})?`,
    `(?<rel1>去年|今年|明年)?(?<![\\d.．])(?<m>\\d{1,2})月(?<d>\\d{1,2})[日号]${TIME_OF_DAY.replace('(', '(?<tod>')}`,
    `(?<rel2>去年|今年|明年)?(?<![\\d.．])(?<mo>\\d{1,2})月份?(?!\\d)`,
    // A month in Chinese numerals, after the year it falls in (今年四月, 去年十二月); alone 四月 may be a name.
    `(?<rel3>去年|今年|明年)(?<cmo>十[一二]?|[一二三四五六七八九])月份?`,
    `(?<![\\d.．月第])(?<dd>\\d{1,2})日${TIME_OF_DAY.replace('(', '(?<dtod>')}`,
    `(?<reld>前天|昨日|昨天|昨晚|今天|今日|今晚|今早|明天|明日)`,
    `(?<relmo>上月|本月|下月)(?<rmd>\\d{1,2})[日号]${TIME_OF_DAY.replace('(', '(?<rtod>')}`,
    // A day of the week (上周五, 周二晚, 星期日); not every one (每周一), nor a count of weeks (一周一次), nor a span's
    // ends (周一至周五: office hours).
    `(?:(?<wk>[上本这下])(?:周|星期)|(?<![每一二三四五六七八九十两几上本这下至到])(?:周|星期|礼拜))(?<wd>[${WEEKDAYS}])` +
      `(?![至到和、]周)${TIME_OF_DAY.replace('(', '(?<wtod>')}`,
    `(?<![不相])(?<same>当天|当日|同日|同一天)${TIME_OF_DAY.replace('(', '(?<stod>')}`,
    // 日前 ends words too (节日前夕, 5日前, 工作日前): only where 日 starts no word of its own.
    `(?<recent>(?<![${DAY_WORD_HEADS}\\d一二三四五六七八九十])日前(?!夕)|近日)`,
  ].join('|'),
  'gu',
);

export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const g = m.groups ?? {};
    const found: FoundDate = { start: m.index, end: m.index + m[0].length, text: m[0] };
    if (g.y) {
      found.year = Number(g.y);
      found.month = Number(g.ym);
      if (g.yd) found.day = Number(g.yd);
      if (g.ytod) found.timeOfDay = g.ytod;
    } else if (g.m) {
      found.month = Number(g.m);
      found.day = Number(g.d);
      if (g.rel1) found.relativeYear = REL_YEAR[g.rel1]!;
      if (g.tod) found.timeOfDay = g.tod;
    } else if (g.mo) {
      found.month = Number(g.mo);
      if (g.rel2) found.relativeYear = REL_YEAR[g.rel2]!;
    } else if (g.cmo) {
      found.month = chineseMonth(g.cmo);
      found.relativeYear = REL_YEAR[g.rel3!]!;
    } else if (g.dd) {
      found.day = Number(g.dd);
      if (g.dtod) found.timeOfDay = g.dtod;
    } else if (g.reld) {
      found.relativeDay = REL_DAY[g.reld]!;
    } else if (g.relmo) {
      found.relativeMonth = REL_MONTH[g.relmo]!;
      found.day = Number(g.rmd);
      if (g.rtod) found.timeOfDay = g.rtod;
    } else if (g.wd) {
      found.weekday = Math.min(7, WEEKDAYS.indexOf(g.wd) + 1);
      if (g.wk) found.relativeWeek = REL_WEEK[g.wk]!;
      if (g.wtod) found.timeOfDay = g.wtod;
    } else if (g.same) {
      found.sameDay = true;
      if (g.stod) found.timeOfDay = g.stod;
    } else if (g.recent) {
      found.recent = true;
    }
    if (valid(found)) out.push(found);
  }
  return out;
}

/** 一 … 十二 as a month's number. */
function chineseMonth(n: string): number {
  const digit = (c: string | undefined) => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  return n.startsWith('十') ? 10 + digit(n[1]) : digit(n);
}

function valid(f: FoundDate): boolean {
  if (f.month !== undefined && (f.month < 1 || f.month > 12)) return false;
  if (f.day !== undefined && (f.day < 1 || f.day > 31)) return false;
  if (f.year !== undefined && (f.year < 1900 || f.year > 2100)) return false;
  if (f.month !== undefined && f.day !== undefined) {
    const max = new Date(Date.UTC(2000, f.month, 0)).getUTCDate(); // leap year: 29 Feb allowed
    if (f.day > max) return false;
  }
  return true;
}

/** A day-only date right after another (`9月29日至30日`, `5日、6日`) takes its month and year. */
export const RANGE_JOINER = /^(?:至|到|-|－|—|~|～|、|和|及)$/;
