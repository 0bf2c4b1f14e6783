// Careers retold: the posts a person held, by the year he took each (2000年5月任晋中市委书记), in his résumé or in a
// sentence he opens (徐建华…担任过韶关市副市长、市长，2006年就任韶关市委书记): held before the article's date.
import type { Article } from '../../../ingest/types.ts';
import type { Mention } from '../../../ingest/extract/types.ts';
import type { Sentence } from '../sentences.ts';
import { chainHeld, printedStart } from './holds.ts';
import type { HoldsFact } from './types.ts';

/** A résumé opens with the name, then the sex or the birth (陆克华，男，汉族，1964年10月生). */
const RESUME_OPENING = /^[，,](?:男|女|[^，。]{0,8}?(?:\d{4}|[〇○零一二三四五六七八九]{4})年\d{0,2}月?生)/;

/**
 * A post taken in a year or a month (2000年5月任, 同年9月任, 9月任, 2011年12月改任, 2006年就任), or one held some
 * time before (担任过, 曾任): the titles printed right after it were his.
 */
const TAKEN = new RegExp(
  '(?:(?:(?:\\d{4}|[〇○零一二三四五六七八九]{4}|同)年(?:\\d{1,2}月)?|\\d{1,2}月)(?:起|后)?[，,]?(?:先后)?' +
    '(?:当选为|当选|担任|就任|改任|调任|转任|升任|出任|兼任|任)|担任过|曾任|历任|先后任)',
  'g',
);

/** A year, or a short clause of it, that a sentence of a career opens with before its holder (1970年底，). */
const TIME_LEAD = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[^，。；]{0,8}[，,]$/;
const MAX_TIME_LEAD = 16;

/** The holder of a career's clauses in each sentence: a résumé's subject for its paragraph, else who opens it. */
function subjects(text: string, ss: readonly Sentence[], persons: readonly Mention[]): Map<Sentence, Mention> {
  const out = new Map<Sentence, Mention>();
  let resume: Mention | undefined;
  let prev: Sentence | undefined;
  for (const s of ss) {
    if (prev && text.slice(prev.end, s.start).includes('\n')) resume = undefined;
    prev = s;
    // (1971年，江泽民…; 1973年回国，江泽民先后任…: a time, or what he did then, before him.)
    const lead = (p: Mention) =>
      p.start > s.start && p.start <= s.start + MAX_TIME_LEAD && TIME_LEAD.test(text.slice(s.start, p.start));
    const opener = persons.find((p) => p.start === s.start || lead(p));
    if (opener && RESUME_OPENING.test(text.slice(opener.end, opener.end + 16))) resume = opener;
    const holder = opener ?? resume;
    if (holder) out.set(s, holder);
  }
  return out;
}

/**
 * The titles printed right from `at` on, joined by 、 or 兼, up to a name or anything else; a title's printing starts
 * at the place it takes its jurisdiction from (担任过韶关市副市长).
 */
function chainFrom(text: string, at: number, titles: readonly Mention[], mentions: readonly Mention[]): Mention[] {
  const chain: Mention[] = [];
  const startingAt = (i: number) => titles.find((m) => printedStart(text, mentions, m) === i);
  for (let t = startingAt(at); t; ) {
    chain.push(t);
    const joiner = text[t.end] === '、' || text[t.end] === '兼';
    t = joiner ? startingAt(t.end + 1) : undefined;
  }
  return chain;
}

/** The posts a sentence's holder took in the years it tells, as held before the article. */
export function careerHolds(article: Article, ss: readonly Sentence[], mentions: readonly Mention[]): HoldsFact[] {
  const text = article.text;
  const persons = mentions.filter((m) => m.kind === 'person');
  const titles = mentions.filter((m) => m.kind === 'title' && m.post);
  const out: HoldsFact[] = [];
  for (const [s, holder] of subjects(text, ss, persons)) {
    for (const m of s.text.matchAll(TAKEN)) {
      // (他将于今年9月就任联大主席: a post to be taken is not held.)
      if (/将|拟/.test(s.text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const chain = chainFrom(text, s.start + m.index + m[0].length, titles, mentions);
      const last = chain.at(-1);
      // (…担任东莞市委书记的刘志庚: the titles of the name after them, not the sentence's holder.)
      if (!last || persons.some((p) => p.start === last.end || (text[last.end] === '的' && p.start === last.end + 1))) {
        continue;
      }
      out.push(...chainHeld(article, s, holder.text, chain, titles, true));
    }
  }
  return out;
}
