// Foreign namesakes across a build: a foreign leader named bare in one article is the one titled abroad in another.
import { LEVELS } from '../../ingest/extract/lexicon/titles.ts';
import { COUNTRY_OF, ORGANIZATION_OF } from '../../ingest/extract/lexicon/world.ts';
import type { Article } from '../../ingest/types.ts';
import type { ArticleFacts } from './facts/types.ts';
import { NATION, onPaperCareer, paperOf, type Paper } from './jurisdiction.ts';
import { articleDay } from './article.ts';

/** Every printed form (two characters or more) of each country and international body, by its canonical name. */
const FORMS_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const table of [COUNTRY_OF, ORGANIZATION_OF])
    for (const [form, canonical] of table) {
      if (canonical === NATION || form.length < 2) continue;
      out.set(canonical, [...(out.get(canonical) ?? []), form]);
    }
  return out;
})();
/** Any of those forms: an article that prints none names no one abroad a bare name could join. */
const ANY_FORM = new RegExp(
  [...FORMS_OF.values()]
    .flat()
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);

/** A country or international body (not a domestic jurisdiction, nor one the lexicon does not know). */
function isAbroad(jurisdiction: string): boolean {
  return FORMS_OF.has(jurisdiction);
}

/** A name titled at home (on the paper's career) or in a domestic jurisdiction anywhere in the build. */
const DOMESTIC = '';

/** The days a post was seen held (ISO dates); none where no article dated it (时任…, an undated page). */
interface Spell {
  first?: string;
  last?: string;
}

/**
 * The foreign countries and international bodies each name is titled in across a build (`塞尔维亚总统武契奇` →
 * 塞尔维亚). An article that names a person bare (`武契奇总统`, `同朔尔茨举行会谈`) keys him with the one of them it
 * names itself, so that his meetings gather on one node. A name also titled at home, or in a domestic jurisdiction
 * off the paper's career, never joins: Chinese names repeat, and a namesake abroad says nothing of them.
 */
export class Namesakes {
  private readonly places = new Map<string, Set<string>>();
  /** The posts each name is titled with abroad, by jurisdiction, with the days they were seen held. */
  private readonly posts = new Map<string, Map<string, Map<string, Spell>>>();

  /** Record where an article titles its people. */
  note(f: ArticleFacts, paper: Paper): void {
    const day = articleDay(f.article);
    for (const h of f.holds) {
      const spell = day && !h.former ? { first: day, last: day } : {};
      this.titled(h.person, h.jurisdiction, h.post, (j) => !onPaperCareer(j, paper), spell);
    }
  }

  /**
   * A title a person holds in the store from an earlier build (`person:武契奇@塞尔维亚` → 塞尔维亚, the key's country
   * being where he was titled), so that a build into a store that already holds him keys him as one build would.
   */
  noteStored(id: string, jurisdiction: string | null, post: string, spell: Spell = {}): void {
    const [name, keyedIn] = id.replace(/^person:/, '').split('@') as [string, string | undefined];
    this.titled(name, jurisdiction ?? undefined, post, (j) => keyedIn === j, spell);
  }

  /** The one foreign jurisdiction a person an article names bare is titled in elsewhere, if the article names it. */
  joinOf(name: string, a: Article): string | undefined {
    const places = this.places.get(name);
    if (!places || places.has(DOMESTIC)) return undefined;
    const text = textOf(a);
    const named = [...places].filter((p) => FORMS_OF.get(p)!.some((form) => text.includes(form)));
    return named.length === 1 ? named[0] : undefined;
  }

  /**
   * The short form a full dotted name is keyed by in `jurisdiction` (弗拉基米尔·普京 → 普京 in 俄罗斯): the last part of
   * the name, titled there across the build with every post the full name is titled with there, so that a leader
   * printed in full on one day and short on the others is one node. The short form may hold other posts only as a
   * career does, each last seen before the full name's first (韦斯利·西米纳, president in 2024; 西米纳, the speaker in
   * 2022): one held at the same time may be a relative's (别尔德穆哈梅多夫, the father, chairs the people's council while
   * 谢尔达尔·别尔德穆哈梅多夫, the son, is president; 萨勒曼, the king, is never titled 王储 as his son is).
   */
  shortOf(name: string, jurisdiction: string): string | undefined {
    const dot = name.lastIndexOf('·');
    const short = dot >= 0 ? name.slice(dot + 1) : '';
    if (short.length < 2) return undefined;
    const full = this.posts.get(name)?.get(jurisdiction);
    const held = this.posts.get(short)?.get(jurisdiction);
    const shared = (p: string) => [...held!.keys()].some((h) => samePost(h, p));
    if (!full || !held || ![...full.keys()].every(shared)) return undefined;
    const firsts = [...full.values()].map((s) => s.first);
    const start = firsts.every((d) => d !== undefined) ? firsts.sort()[0] : undefined;
    const others = [...held].filter(([h]) => ![...full.keys()].some((p) => samePost(h, p)));
    const earlier = others.every(([, s]) => start && s.last && s.last < start);
    return earlier ? short : undefined;
  }

  /**
   * A page's articles as a streaming build takes them, its titles noted first: those it can build now, and those whose
   * graph could still change with what later articles title (`undecided`), which wait for the end of the build.
   */
  take(page: readonly ArticleFacts[]): { now: ArticleFacts[]; later: ArticleFacts[] } {
    for (const f of page) this.note(f, paperOf(f.article.issue));
    const later = page.filter((f) => this.undecided(f));
    return { now: page.filter((f) => !later.includes(f)), later };
  }

  /**
   * Whether an article's graph could change with what later articles title: it names someone bare who is not yet
   * known at home, and prints a country or international body.
   */
  private undecided(f: ArticleFacts): boolean {
    // (A full name titled abroad waits for every title of its short form: `shortOf`.)
    if (f.holds.some((h) => h.person.includes('·') && h.jurisdiction && isAbroad(h.jurisdiction))) return true;
    const bare = bareNames(f);
    if (![...bare].some((n) => !this.places.get(n)?.has(DOMESTIC))) return false;
    return ANY_FORM.test(textOf(f.article));
  }

  /**
   * A title held in `jurisdiction`: abroad where it is a country or an international body that `apart` (off the
   * paper's career) says he is keyed by, else at home; a post of a level printed alone (`市长`) is at home, another post
   * without a jurisdiction (`总统`, printed after a name) says nothing.
   */
  private titled(
    name: string,
    jurisdiction: string | undefined,
    post: string,
    apart: (j: string) => boolean,
    spell: Spell,
  ): void {
    if (!jurisdiction && !LEVELS.some((level) => post.startsWith(level))) return;
    const where = jurisdiction && apart(jurisdiction) && isAbroad(jurisdiction) ? jurisdiction : DOMESTIC;
    const places = this.places.get(name) ?? new Set<string>();
    places.add(where);
    this.places.set(name, places);
    if (where === DOMESTIC) return;
    const byPlace = this.posts.get(name) ?? new Map<string, Map<string, Spell>>();
    const spells = byPlace.get(where) ?? new Map<string, Spell>();
    spells.set(post, widened(spells.get(post), spell));
    byPlace.set(where, spells);
    this.posts.set(name, byPlace);
  }
}

/**
 * One post printed with or without its organ (`政府副总理`, as a stored title names it, and `副总理`, as an article's
 * fact does): a build into a store that holds the short form keys the full name as a build from nothing does.
 */
function samePost(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  // (Not a deputy's or an acting one's: 副总统 is no 总统.)
  return long.endsWith(short) && !/(?:副|常务|代理)$/.test(long.slice(0, long.length - short.length));
}

/** Two spells as one: from the earlier first day to the later last; a day unknown on either side stays unknown. */
function widened(a: Spell | undefined, b: Spell): Spell {
  if (!a) return b;
  const first = a.first && b.first ? (a.first < b.first ? a.first : b.first) : undefined;
  const last = a.last && b.last ? (a.last > b.last ? a.last : b.last) : undefined;
  return { first, last };
}

function textOf(a: Article): string {
  return `${a.headline}\n${a.text}`;
}

/** The people an article names without a jurisdiction in it. */
function bareNames(f: ArticleFacts): Set<string> {
  const titled = new Set(f.holds.filter((h) => h.jurisdiction).map((h) => h.person));
  const named = [
    ...f.mentions.filter((m) => m.kind === 'Person').map((m) => m.name),
    ...f.roles.map((r) => r.person),
    ...f.met.flatMap((m) => [m.host, m.guest]),
    ...f.visits.map((v) => v.person),
    ...f.holds.map((h) => h.person),
  ];
  return new Set(named.filter((n) => !titled.has(n)));
}
