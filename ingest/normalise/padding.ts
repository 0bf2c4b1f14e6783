// Spaces set inside short words to align them (`出 席：`, `赵 顺、黄 岩`) or beside a mark are removed; offsets kept.
import { concat, inserted, replaceAll, type Tracked } from '../text/tracked.ts';

/**
 * Two characters with spaces between them, standing alone between list or label marks or a line's ends: lists of
 * names in minutes pad two-character names to three characters' width, and their labels to four (`出  席：`).
 * Between plain spaces nothing is joined: words set apart by spaces (`宗培楠  李红霞`) are a list of another kind.
 */
const PADDED = /(?<=^|[、，,：:；;（(][ \t\u3000]*)(\p{Script=Han})[ \t\u3000]{1,4}(\p{Script=Han})(?=[ \t\u3000]*(?:$|[、，,：:；;）)]))/gmu;

/** The same without what stands before, a cheap test first. */
const PADDED_ANYWHERE = /\p{Script=Han}[ \t\u3000]{1,4}\p{Script=Han}(?=[ \t\u3000]*(?:$|[、，,：:；;）)]))/mu;

/**
 * Spaces after a mark inside a sentence, or before any mark (`王洋、 连向红出席`, `考察 。`): left by copying from web
 * pages, they stand for nothing, and would break a list. After a sentence's end a space may be a lost paragraph break.
 */
const BESIDE_MARK = /(?<=[、，；：])[ \t\u3000]+(?=\p{Script=Han})|(?<=\p{Script=Han})[ \t\u3000]+(?=[、，。；：！？])/gu;
const BESIDE_MARK_ANYWHERE = /[、，；：][ \t\u3000]+\p{Script=Han}|\p{Script=Han}[ \t\u3000]+[、，。；：！？]/u;

/**
 * A date set apart by one space on each side among Chinese words (`于 1 月 31 日 抵达`): web typesetting's spacing
 * around figures (盘古之白), standing for nothing; it would part the date from the words it dates. (A space on one side
 * only may part a headline's halves, `…成立8年 进出口值创历史新高`, `…公布 12月1日施行`: it stays.)
 */
const SPACED_APART = /(?<=\p{Script=Han})[ \t]([0-9]{1,4}[年月日](?:[0-9]{1,2}[月日])*)[ \t](?=\p{Script=Han})/gu;
const SPACED_APART_ANYWHERE = /\p{Script=Han} [0-9]{1,4}[年月日](?:[0-9]{1,2}[月日])* \p{Script=Han}/u;

export function removeAlignmentSpaces(t: Tracked): Tracked {
  const aligned = PADDED_ANYWHERE.test(t.text) ? replaceAll(t, PADDED, (m) => m[1]! + m[2]!) : t;
  const marked = BESIDE_MARK_ANYWHERE.test(aligned.text) ? replaceAll(aligned, BESIDE_MARK, () => '') : aligned;
  return SPACED_APART_ANYWHERE.test(marked.text) ? replaceAll(marked, SPACED_APART, (m) => m[1]!) : marked;
}

/** A label and a list of short names (`出席：宗培楠、李红霞、黄岩`), and a line of such names only. */
const LABELLED_LIST = /^[^。！？：:]{1,12}[：:](?:\p{Script=Han}{2,4}[、，,])*\p{Script=Han}{2,4}$/u;
const NAMES_ONLY = /^(?:\p{Script=Han}{2,4}[、，,])*\p{Script=Han}{2,4}$/u;

/**
 * Lines of clean text with a labelled list that runs on over lines of names alone (minutes print five names a line)
 * joined into one line by a list mark, so that the label covers them all.
 */
export function joinListLines(lines: readonly Tracked[]): Tracked[] {
  const out: Tracked[] = [];
  let listing = false;
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev && listing && NAMES_ONLY.test(line.text)) {
      out[out.length - 1] = concat([prev, inserted('、'), line]);
      continue;
    }
    listing = LABELLED_LIST.test(line.text);
    out.push(line);
  }
  return out;
}
