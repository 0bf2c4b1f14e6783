// Bylines and credits in their printed forms: `□首席记者 陈晓苏`, `□记者颜元滔`, `本报讯（融媒记者 徐敏）`, `记者 林群心 摄`.

/** Role words before reporters' names; prefixes combine (`融媒首席记者`). */
const ROLE = /^(?:本报|本台)?(?:融媒体?|全媒体?|见习|实习|特约|首席|摄影|文字|通讯)*(?:记者|通讯员|实习生|摄影)/u;
const NAME_RUN = /^[\p{Script=Han}·]+/u;
const BULLET = /^[□■◇◆●○]\s*/u;

/**
 * Names in a credit such as `首席记者 陈晓苏`, `记者 张赤奎 施夏琦`, `记者颜元滔 通讯员 李明`.
 * Returns undefined when the text is not wholly a credit (so body text is never taken for one).
 */
export function parseCredit(text: string): string[] | undefined {
  let rest = text.replace(BULLET, '').trim();
  const names: string[] = [];
  let roles = 0;
  while (rest.length > 0) {
    const role = ROLE.exec(rest);
    if (role) {
      roles++;
      rest = rest.slice(role[0].length).replace(/^[\s:：]+/, '');
      continue;
    }
    if (roles === 0) return undefined;
    const run = NAME_RUN.exec(rest);
    if (!run) return undefined;
    const split = splitNames(run[0]);
    if (!split) return undefined;
    names.push(...split);
    rest = rest.slice(run[0].length).replace(/^[\s、，,]+/, '');
  }
  return roles > 0 && names.length > 0 ? names : undefined;
}

/** One run of Han characters between separators: one name of 2–4 characters, or two 3-character names printed together. */
function splitNames(run: string): string[] | undefined {
  if (run.length >= 2 && run.length <= 4) return [run];
  if (run.length === 6) return [run.slice(0, 3), run.slice(3)];
  return undefined;
}

/** The outlet before its reporters' role and names (`中国青年报·中青在线记者 林智仁`, `经济日报记者 王轶辰`). */
const OUTLET_CREDIT = /^[\p{Script=Han}·]{2,16}?(?:记者|通讯员)\s*[\p{Script=Han}·]{2,4}(?:[\s、][\p{Script=Han}·]{2,4})*\s*$/u;

/**
 * A credit in brackets anywhere in the text (`新华社北京1月5日电（记者吴昊朱雨博）`), or names alone in brackets right
 * after a dateline (`中新网北京9月10日电 （李京泽）`): where each starts and ends.
 */
export function bracketedCredits(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/[（(]\s*([^（）()\n]{2,40})[）)]/g)) {
    const dateline = /[电讯]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index));
    const names = dateline && /^[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*\s*$/u.test(m[1]!);
    if (ROLE.test(m[1]!) || names || OUTLET_CREDIT.test(m[1]!)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** A whole line that is a byline: `□首席记者 陈晓苏`, `记者 张赤奎 施夏琦`. */
export function parseBylineLine(line: string): string[] | undefined {
  if (line.length > 30 || /摄影?$/.test(line)) return undefined;
  return parseCredit(line);
}

export interface CreditMatch {
  names: string[];
  /** Offset in the line where the credit (with its brackets) starts. */
  index: number;
  length: number;
}

/** A photo credit ending a line: `… 记者 林群心 摄`, `（记者 林群心 摄）`. */
export function findPhotoCredit(line: string): CreditMatch | undefined {
  const m = /(?:^|[\s。！？”])\s*([（(]?\s*((?:本报|本台)?[\p{Script=Han}]{0,6}?(?:记者|通讯员|摄影)[\s\p{Script=Han}·、]{2,24}?)\s*摄影?\s*[）)]?)$/u.exec(line);
  if (!m) return undefined;
  const names = parseCredit(m[2]!);
  if (!names) return undefined;
  const index = m.index + m[0].length - m[1]!.length;
  return { names, index, length: m[1]!.length };
}

/** An article credit in brackets closing a paragraph: `……。（融媒记者 徐敏）`. */
export function findTrailingCredit(line: string): CreditMatch | undefined {
  const m = /[（(]([^（）()]{3,30})[）)]$/.exec(line);
  if (!m) return undefined;
  const names = parseCredit(m[1]!);
  return names ? { names, index: m.index, length: m[0].length } : undefined;
}

/**
 * The lead of a news story: `本报讯` with an optional bracketed credit (`本报讯（融媒首席记者 陈晓苏）`), or a source's
 * `…消息` / `…讯` closed by a bracket or a colon (`央视网消息（新闻联播）：`, `人民网消息：`). A dateline (`新华社北京1月5日电`)
 * is no lead here: it stays in the text, which dates the story by it.
 */
export function parseLead(line: string): { length: number; names: string[] } | undefined {
  const own = OWN_LEAD.exec(line);
  if (own) {
    const names = own[1] ? parseCredit(own[1]) : undefined;
    // An unparseable bracket (not a credit) stays in the text.
    const length = own[1] && !names ? own[0].indexOf(own[0].match(/[（(]/)![0]) : own[0].length;
    return { length, names: names ?? [] };
  }
  const source = SOURCE_LEAD.exec(line);
  if (!source) return undefined;
  // A source's bracket is a credit (记者 X) or names the programme (新闻联播): either way part of the lead.
  return { length: source[0].length, names: (source[1] && parseCredit(source[1])) || [] };
}

const OWN_LEAD = /^(?:【\s*本报讯\s*】|本报讯|本报消息)\s*(?:[（(]([^（）()]{2,40})[）)])?\s*/;
const SOURCE_LEAD = /^(?!据)[\p{Script=Han}A-Za-z]{2,10}?(?:消息|讯)\s*(?:[（(]([^（）()]{1,40})[）)]\s*[：:]?|[：:])\s*/u;
