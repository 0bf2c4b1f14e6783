// Titles held: the titles printed right before a name (a chain joined by 、), a post right after it (栗战书委员长),
// or after 现任 / 担任; 时任 titles are held before the article's date.
import type { Article } from '../../../ingest/types.ts';
import type { Mention } from '../../../ingest/extract/types.ts';
import { evidenceOf, type Sentence } from '../sentences.ts';
import type { HoldsFact } from './types.ts';

/** The titles of one person mention in its sentence. */
export function titlesOf(text: string, p: Mention, inside: readonly Mention[], s: Sentence): Mention[] {
  const titles = inside.filter((m) => m.kind === 'title' && m.post);
  const chain: Mention[] = [];
  let at = p.start;
  for (;;) {
    const t = titles.find((m) => m.end === at || (m.end === at - 1 && text[at - 1] === ' '));
    if (!t) break;
    chain.unshift(t);
    at = t.start;
    if (text[at - 1] !== '、') break;
    at -= 1;
  }
  const after = titles.find((m) => m.start === p.end);
  if (after) chain.push(after);
  const later = text.slice(p.end, s.end).match(/^(?:现任|担任|任)([^，。；]{0,24})/);
  if (later) {
    const from = p.end + later[0].length - later[1]!.length;
    chain.push(...titles.filter((m) => m.start >= from && m.end <= from + later[1]!.length));
  }
  return chain;
}

export function holdsIn(article: Article, s: Sentence, inside: readonly Mention[]): HoldsFact[] {
  const out: HoldsFact[] = [];
  for (const p of inside.filter((m) => m.kind === 'person')) {
    for (const t of titlesOf(article.text, p, inside, s)) {
      out.push({
        person: p.text,
        printed: t.text,
        post: t.post!,
        ...(t.organ ? { organ: t.organ } : {}),
        ...(t.jurisdiction ? { jurisdiction: t.jurisdiction } : {}),
        ...(t.former ? { former: true as const } : {}),
        evidence: evidenceOf(article, s),
      });
    }
  }
  return out;
}
