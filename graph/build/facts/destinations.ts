// Where a led visit went: the bodies and places listed right after a verb of going (来到邦立医药、鼎昌工贸…).
import type { Mention } from '../../../ingest/extract/types.ts';
import type { Sentence } from '../sentences.ts';

const GOING = /(?:先后来到|先后到|来到|走进|走访|参观|深入|前往|访问|赴|到|在)/g;

/** Bodies and places listed right after a verb of going: `来到A、B和C`, `在A，`. */
export function destinations(text: string, s: Sentence, mentions: readonly Mention[]): Mention[] {
  const places = mentions.filter(
    (m) => ['enterprise', 'organization', 'place'].includes(m.kind) && m.start >= s.start && m.end <= s.end,
  );
  const out: Mention[] = [];
  for (const v of s.text.matchAll(GOING)) {
    let at = s.start + v.index + v[0].length;
    for (;;) {
      const m = places.find((x) => x.start >= at && x.start <= at + 1 && /^了?$/.test(text.slice(at, x.start)));
      // (A one-character place opens a name kg did not read whole, 到滇中引水工程施工现场: no destination.)
      if (!m || m.end - m.start < 2) break;
      // A body whose post comes next is someone's (来到中国社会科学院原副院长…刘国光家中): his home is where one went.
      const post = mentions.some(
        (t) => t.kind === 'title' && t.start >= m.end && /^(?:原|前)?$/.test(text.slice(m.end, t.start)),
      );
      if (post) break;
      if (!out.includes(m)) out.push(m);
      const sep = /^[、和及与]/.exec(text.slice(m.end));
      if (!sep) break;
      at = m.end + sep[0].length;
    }
  }
  return out;
}
