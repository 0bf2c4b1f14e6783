// Clean text into a block: body lines become paragraphs (each line one), headline lines join with spaces; offsets kept.
import type { Block } from '../types.ts';
import { parseLead } from '../split/credits.ts';
import { removePinyinGlosses } from '../normalise/glosses.ts';
import { joinListLines, removeAlignmentSpaces } from '../normalise/padding.ts';
import { concat, inserted, rawSpan, slice, toRuns, trim, type Tracked } from '../text/tracked.ts';

/** The non-blank lines of a tracked text, trimmed (a record's text field, with its own line breaks). */
export function linesOf(t: Tracked): Tracked[] {
  const out: Tracked[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let start = 0;
  for (let m = re.exec(t.text); ; m = re.exec(t.text)) {
    const line = trim(slice(t, start, m ? m.index : t.text.length));
    if (line.text) out.push(line);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

function joined(parts: readonly Tracked[], sep: string): Tracked {
  return concat(parts.flatMap((p, i) => (i > 0 ? [inserted(sep), p] : [p])));
}

/** A block of clean text: a news story when it has a body, else a fragment (a headline alone). */
export function cleanBlock(
  id: string,
  file: string,
  headline: readonly Tracked[],
  body: readonly Tracked[],
  reporters: readonly string[],
): Block {
  const lines = body.map((line) => removeAlignmentSpaces(removePinyinGlosses(line)));
  const text = joined(joinListLines(lines), '\n');
  const head = joined(headline.map(removePinyinGlosses), ' ');
  return {
    id,
    file,
    kind: text.text ? 'news' : 'fragment',
    headline: head.text,
    reporters: [...new Set(reporters)],
    text: text.text,
    offsets: toRuns(text.map),
    headlineOffsets: toRuns(head.map),
    ...rawSpan([head, text]),
  };
}

/** The lead (`央视网消息（新闻联播）：`, `本报讯（记者 X）`) taken off the first body line; a lead alone on it drops it. */
export function stripLead(body: readonly Tracked[]): { body: Tracked[]; reporters: string[] } {
  const first = body[0];
  const lead = first && parseLead(first.text);
  if (!first || !lead) return { body: [...body], reporters: [] };
  const rest = trim(slice(first, lead.length));
  return { body: rest.text ? [rest, ...body.slice(1)] : body.slice(1), reporters: lead.names };
}
