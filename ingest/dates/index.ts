// Dates stage: every date in a page's blocks resolved as far as the issue date, the text and nothing else allow.
import type { Article, ArticleDate, Block, DatePrecision, IssueInfo, Message, StageResult } from '../types.ts';
import { findDates, RANGE_JOINER, type FoundDate } from './find.ts';
import { inferYear, type YearEvidence } from './year.ts';
import { INVITATION } from '../extract/lexicon/words.ts';

export { findDates } from './find.ts';
export { inferYear } from './year.ts';

/**
 * A lead date is the article's event date when it stands this close to the start of the text, before any clause
 * mark: `9月30日，`, `本报讯 8日，`, and national news's `中共中央政治局常委、国务院总理李强1月5日主持召开…`.
 */
const LEAD_WINDOW = 40;
/** A same-year date more than this many days after the issue date is taken to be last year's. */
const FUTURE_SLACK_DAYS = 60;

interface Context {
  issue?: { year: number; month: number; day: number };
  pageYear?: YearEvidence;
}

export function dates(blocks: readonly Block[], file: string, issue?: IssueInfo): StageResult<Article[]> {
  const messages: Message[] = [];
  const found = blocks.map((b) => findDates(b.text));
  const fileCtx = issue?.issueDate ? issueContext(issue.issueDate) : pageContext(blocks, found, file, messages);
  const articles = blocks.map((block, i) => {
    // A record's own issue (a JSON line's date) overrides the file's.
    const own = block.issue?.issueDate ? issueContext(block.issue.issueDate) : undefined;
    const list = blockDates(block, found[i]!, own ?? fileCtx, file, messages);
    const merged = issue || block.issue ? { ...issue, ...block.issue } : undefined;
    const article: Article = { ...block, dates: list };
    if (merged) article.issue = merged;
    else delete article.issue;
    return article;
  });
  return { output: articles, messages };
}

function issueContext(isoDate: string): Context {
  const date = parseIsoDate(isoDate);
  return date ? { issue: date } : {};
}

/** Without an issue date: the year the page states in a current sense, if any. */
function pageContext(
  blocks: readonly Block[],
  found: readonly FoundDate[][],
  file: string,
  messages: Message[],
): Context {
  const leadYears = found.flatMap((f) =>
    f.filter((d) => d.start < LEAD_WINDOW && d.year !== undefined).map((d) => d.year!),
  );
  const inference = inferYear(
    blocks.map((b) => b.text),
    leadYears,
  );
  if (inference.year) {
    messages.push({
      level: 'info',
      code: 'dates.year-inferred',
      file,
      text: `${file}: year ${inference.year.year} inferred from 「${inference.year.text}」`,
    });
    return { pageYear: inference.year };
  }
  const bound = inference.notBefore ? `; not before ${inference.notBefore}` : '';
  messages.push({
    level: 'info',
    code: 'dates.year-unknown',
    file,
    text: `${file}: no issue date and ${inference.reason}: dates stay partial${bound}`,
  });
  return {};
}

function blockDates(
  block: Block,
  f: readonly FoundDate[],
  ctx: Context,
  file: string,
  messages: Message[],
): ArticleDate[] {
  const list: ArticleDate[] = [];
  f.forEach((d, k) => {
    const prev = k > 0 ? f[k - 1] : undefined;
    const resolved = resolve(d, ctx, joinedTo(block.text, d, prev), list.at(-1));
    if (!resolved) {
      messages.push({
        level: 'info',
        code: 'dates.relative-unresolved',
        file,
        text: `${file}: 「${d.text}」 in ${block.id} needs an issue date`,
      });
      return;
    }
    // (大众网德州7月1日讯 6月24日，…: a dateline's day is when it was filed; the lead's is the next.)
    const dateline = /^[讯电]/.test(block.text.slice(d.end, d.end + 1));
    const first = list.every((x) => x.role !== 'event' && /^[讯电]/.test(block.text.slice(x.end, x.end + 1)));
    const role = first && !dateline && isLeadDate(block, d) ? 'event' : 'mention';
    list.push({
      ...resolved,
      text: d.text,
      start: d.start,
      end: d.end,
      role,
      ...(d.timeOfDay ? { timeOfDay: d.timeOfDay } : {}),
    });
  });
  return list;
}

/**
 * The lead's date: a day (or 昨日-like day) standing in the text's first clause, as `本报讯 9月30日，` leaves it, or in
 * the clause after an invitation that opens the lead (`应荷兰政府邀请，国家副主席韩正于当地时间5月10日至12日访问荷兰`).
 */
function isLeadDate(block: Block, d: FoundDate): boolean {
  if (block.kind === 'classifieds') return false;
  if (d.day === undefined && d.relativeDay === undefined && d.weekday === undefined && !d.sameDay && !d.recent) {
    return false;
  }
  // The window is counted after an invitation that opens the lead (应…阿卜杜拉齐格邀请，…李希9月23日至25日…).
  // So is it after what the act follows (根据习近平总书记重要指示和李强总理要求，…张国清…于2日下午赶赴…; 受…委派，).
  const before = block.text.slice(0, d.start).replace(DATELINE, '').replace(INVITED_BY, '')
    .replace(ON_THE_STRENGTH_OF, '');
  return before.length < LEAD_WINDOW && !/[，,。；\n]/.test(before);
}

/** A dateline and its reporters (中新社南宁4月22日电 (蒋雪林 韦佳秀)): the lead's clause comes after them. */
export const DATELINE = /^[^，,。；\s]{2,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[电讯][\s\u3000]*(?:[（(][^（）()]{1,30}[）)])?/;

/** An invitation opening a lead (应荷兰政府邀请，): the date in the clause after it is the lead's. */
const INVITED_BY = new RegExp(`^(?:[^，,。；\\n]{0,30}[：:])?${INVITATION.source}`);

/** What an act opening the lead follows (根据…指示和…要求，; 按照…部署，; 受…委派，): the lead's clause comes after it. */
const ON_THE_STRENGTH_OF = /^(?:根据|按照|遵照|受)[^，,。；\n]{1,40}?(?:指示|要求|部署|委派|委托|批示)(?:精神)?[，,]/;

type Resolved = Pick<ArticleDate, 'value' | 'precision' | 'yearSource'>;

function joinedTo(text: string, d: FoundDate, prev: FoundDate | undefined): FoundDate | undefined {
  if (!prev || d.month !== undefined || d.day === undefined) return undefined;
  return RANGE_JOINER.test(text.slice(prev.end, d.start)) ? prev : undefined;
}

function resolve(
  d: FoundDate,
  ctx: Context,
  joined: FoundDate | undefined,
  prevResolved: ArticleDate | undefined,
): Resolved | undefined {
  if (d.sameDay) {
    if (prevResolved && (prevResolved.precision === 'day' || prevResolved.precision === 'month-day'))
      return sameAs(prevResolved);
    return ctx.issue ? full(ctx.issue.year, ctx.issue.month, ctx.issue.day, 'manifest') : undefined;
  }
  if (d.recent) {
    // Shortly before the issue: its month at most (a 日前 of 2 March may be February's).
    return ctx.issue
      ? { value: `${ctx.issue.year}-${pad(ctx.issue.month)}`, precision: 'month', yearSource: 'manifest' }
      : undefined;
  }
  if (d.relativeDay !== undefined || d.weekday !== undefined || d.relativeMonth !== undefined) {
    return ctx.issue ? fromIssue(d, ctx.issue) : undefined;
  }
  // A day joined to a preceding date (`29日至30日`) shares its month and year.
  if (joined && prevResolved && joined.month !== undefined) {
    const y = /^(\d{4})-/.exec(prevResolved.value)?.[1];
    if (y) return full(Number(y), joined.month, d.day!, prevResolved.yearSource);
    return { value: `--${pad(joined.month)}-${pad(d.day!)}`, precision: 'month-day' };
  }
  const month = d.month;
  const day = d.day;
  const [year, source] = yearOf(d, ctx);
  if (month !== undefined && day !== undefined) {
    if (year !== undefined) return full(year, month, day, source);
    return { value: `--${pad(month)}-${pad(day)}`, precision: 'month-day' };
  }
  if (month !== undefined) {
    if (year !== undefined) return { value: `${year}-${pad(month)}`, precision: 'month', yearSource: source! };
    return { value: `--${pad(month)}`, precision: 'month-only' };
  }
  // Day only (`8日`): the month is the issue's, or the one before when the day is still to come.
  if (ctx.issue && day !== undefined) {
    const before = day <= ctx.issue.day;
    const t = new Date(Date.UTC(ctx.issue.year, ctx.issue.month - 1 - (before ? 0 : 1), day));
    return full(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), 'manifest');
  }
  return { value: `---${pad(day!)}`, precision: 'day-only' };
}

/**
 * A day told from the issue's: days before or after it (昨天), a day of this month or the one before or after (本月15日),
 * a day of the week (上周五: the week before the issue's, weeks running Monday to Sunday; bare 周二, the last Tuesday
 * up to the issue's day).
 */
function fromIssue(d: FoundDate, issue: { year: number; month: number; day: number }): Resolved {
  let t: Date;
  if (d.relativeMonth !== undefined) t = new Date(Date.UTC(issue.year, issue.month - 1 + d.relativeMonth, d.day!));
  else if (d.weekday !== undefined) {
    const today = new Date(Date.UTC(issue.year, issue.month - 1, issue.day));
    const issueWeekday = today.getUTCDay() || 7;
    const back =
      d.relativeWeek === undefined ? (issueWeekday - d.weekday + 7) % 7 : issueWeekday - d.weekday - 7 * d.relativeWeek;
    t = new Date(Date.UTC(issue.year, issue.month - 1, issue.day - back));
  } else t = new Date(Date.UTC(issue.year, issue.month - 1, issue.day + d.relativeDay!));
  return full(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), 'manifest');
}

function sameAs(d: ArticleDate): Resolved {
  return { value: d.value, precision: d.precision, ...(d.yearSource ? { yearSource: d.yearSource } : {}) };
}

function yearOf(d: FoundDate, ctx: Context): [number | undefined, ArticleDate['yearSource']] {
  if (d.year !== undefined) return [d.year, 'explicit'];
  if (d.relativeYear !== undefined) {
    const base = ctx.issue?.year ?? ctx.pageYear?.year;
    return base === undefined ? [undefined, undefined] : [base + d.relativeYear, 'relative'];
  }
  if (ctx.issue && d.month !== undefined) {
    const { year, month, day } = ctx.issue;
    const issueTime = Date.UTC(year, month - 1, day);
    const sameYear = Date.UTC(year, d.month - 1, d.day ?? 1);
    const late = (sameYear - issueTime) / 86_400_000 > FUTURE_SLACK_DAYS;
    return [late ? year - 1 : year, 'manifest'];
  }
  if (ctx.pageYear) return [ctx.pageYear.year, 'inferred'];
  return [undefined, undefined];
}

function full(year: number, month: number, day: number, source: ArticleDate['yearSource']): Resolved {
  const r: Resolved = { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' satisfies DatePrecision };
  if (source) r.yearSource = source;
  return r;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function parseIsoDate(s: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return undefined;
  return { year, month, day };
}
