// Infer a page's year from its text only where the text says it: a year used in a current sense, never a guess.

export interface YearEvidence {
  year: number;
  /** The words that gave it, e.g. `2023年春季`. */
  text: string;
}

export interface YearInference {
  year?: YearEvidence;
  /** The page cannot be older than the latest year it mentions in a past or present sense. */
  notBefore?: number;
  /** Why no year was inferred, when none was. */
  reason?: string;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})年/g;
/** Words before a year that put it in the future (`力争到2020年`). */
const FUTURE_BEFORE = /(?:到|力争|争取|计划|预计|将在|将于|确保|目标)\s*$/;
/** The end of a span already run (`从2018年到2022年`) is past, not future. */
const RANGE_BEFORE = /\d年[^，。；]{0,12}(?:到|至)\s*$/;
/** Words after a year that put it in the future (`2025年前`, `2030年以前`). */
const FUTURE_AFTER = /^(?:前|以前|之前|底前|年底前)/;
/** Periods of a year that a report speaks of while they run: `2023年春季学期`, `2019年上半年`, `2020年一季度`. */
const CURRENT_AFTER = /^(?:春季|秋季|春节|元旦|一季度|第一季度|二季度|第二季度|上半年|下半年|三季度|第三季度|前三季度|四季度|第四季度|年初)/;
const CURRENT_BEFORE = /今年(?:是|为)?\s*$/;

export function inferYear(texts: readonly string[], explicitLeadYears: readonly number[] = []): YearInference {
  const current = new Map<number, string>();
  let notBefore: number | undefined;
  for (const y of explicitLeadYears) current.set(y, `${y}年 (dated lead)`);
  for (const text of texts) {
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
      const year = Number(m[1]);
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if ((FUTURE_BEFORE.test(before) && !RANGE_BEFORE.test(before)) || FUTURE_AFTER.test(after)) continue;
      notBefore = Math.max(notBefore ?? year, year);
      const cue = CURRENT_AFTER.exec(after);
      if (cue) current.set(year, m[0] + cue[0]);
      else if (CURRENT_BEFORE.test(before)) current.set(year, before.replace(/^.*?(今年)/, '$1') + m[0]);
    }
  }
  const base = notBefore === undefined ? {} : { notBefore };
  if (current.size === 0) return { ...base, reason: 'no year stated in a current sense' };
  if (current.size > 1) return { ...base, reason: `conflicting current years ${[...current.keys()].join(', ')}` };
  const [year, text] = [...current.entries()][0]!;
  if (notBefore !== undefined && notBefore > year) return { ...base, reason: `${year} conflicts with a mention of ${notBefore}` };
  return { ...base, year: { year, text } };
}
