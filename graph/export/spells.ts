// Position spells as CSV, one row per person × title, in the shape of political-elite databases such as CPED.
import type { KgGraph } from '../build/index.ts';
import { toCsv } from './csv.ts';

export const SPELL_COLUMNS = ['person', 'pinyin', 'title', 'post', 'jurisdiction', 'first_seen', 'last_seen', 'mentions', 'evidence_articles', 'person_id', 'title_id'] as const;

export interface Spell {
  person: string;
  pinyin: string;
  title: string;
  post: string;
  jurisdiction: string;
  /** Full dates only (YYYY-MM-DD); empty where no attesting article has a known year. */
  first_seen: string;
  last_seen: string;
  mentions: number;
  evidence_articles: string[];
  person_id: string;
  title_id: string;
}

/** Every HOLDS edge as a spell, ordered by person (pinyin), then first date, then title. */
export function spells(graph: KgGraph): Spell[] {
  const out: Spell[] = [];
  graph.forEachEdge((_k, e, source, target, p, t) => {
    if (e.type !== 'HOLDS') return;
    out.push({
      person: p.label,
      pinyin: p.pinyin ?? '',
      title: t.label,
      post: t.post ?? '',
      jurisdiction: t.jurisdiction ?? '',
      first_seen: e.firstSeen ?? '',
      last_seen: e.lastSeen ?? '',
      mentions: e.mentions ?? e.evidence.length,
      evidence_articles: [...new Set(e.evidence.map((x) => x.article))],
      person_id: source,
      title_id: target,
    });
  });
  const key = (s: Spell) => [s.pinyin, s.person_id, s.first_seen || '9999', s.title];
  return out.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}

export function toSpellsCsv(graph: KgGraph): string {
  return toCsv(
    SPELL_COLUMNS,
    spells(graph).map((s) => SPELL_COLUMNS.map((c) => (c === 'evidence_articles' ? s.evidence_articles.join(';') : String(s[c])))),
  );
}
