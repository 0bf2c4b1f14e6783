// The synthetic county: posts and who holds them year by year (careers that move), enterprises, reporters; seeded.
import { BRAND, BUREAUS, ENTERPRISE_SUFFIXES, GIVEN, SURNAMES, TOWNS } from './pools.ts';

export interface Post {
  id: string;
  /** The title as the paper prints it before the name (`市委常委、常务副市长`). */
  printed: string;
  /** The titles a reader annotates from it, as printed (`市委常委`, `常务副市长`). */
  titles: string[];
  /** 1 = the top; vacancies are filled from the tier below. */
  tier: number;
  /** Jinhua officials: outside the paper's county. */
  outside?: boolean;
}

const county = (printed: string, tier: number, id = printed): Post => ({ id, printed, titles: printed.split('、'), tier });

export const POSTS: Post[] = [
  county('市委书记', 1),
  county('市委副书记、市长', 1),
  county('市委副书记', 2),
  county('市人大常委会主任', 2),
  county('市政协主席', 2),
  county('市委常委、常务副市长', 2),
  county('市委常委、组织部部长', 3),
  county('市委常委、宣传部部长', 3),
  county('市委常委、政法委书记', 3),
  county('市委常委、纪委书记', 3),
  ...[1, 2, 3, 4].map((k) => county('副市长', 3, `副市长#${k}`)),
  ...[1, 2].map((k) => county('市人大常委会副主任', 3, `市人大常委会副主任#${k}`)),
  ...[1, 2].map((k) => county('市政协副主席', 3, `市政协副主席#${k}`)),
  ...BUREAUS.map((b) => county(`市${b}局长`, 4)),
  ...TOWNS.map((t) => county(`${t}党委书记`, 5)),
  ...TOWNS.map((t) => county(t.endsWith('街道') ? `${t}办事处主任` : `${t}镇长`, 5)),
  ...TOWNS.map((t) => county(t.endsWith('街道') ? `${t}办事处副主任` : `${t}副镇长`, 6)),
  ...['金华市副市长#1', '金华市副市长#2', '金华市副市长#3', '金华市委常委#1', '金华市人大常委会副主任#1'].map((id) => ({
    id,
    printed: id.replace(/#\d$/, ''),
    titles: [id.replace(/#\d$/, '')],
    tier: 3,
    outside: true,
  })),
];

export interface World {
  firstYear: number;
  /** holders[year - firstYear].get(post id) = person name. */
  holders: Map<string, string>[];
  enterprises: string[];
  reporters: string[];
  /** The chairman of an enterprise (one per enterprise, named on first need). */
  chairman(enterprise: string): string;
  /** A fresh person (representatives, award winners): never an official. */
  newPerson(): string;
}

export function makeWorld(rnd: () => number, firstYear: number, years: number, enterpriseCount: number): World {
  const used = new Set<string>();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const newPerson = (): string => {
    for (;;) {
      const name = pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.75 ? pick(GIVEN) : '');
      if (name[1] !== name[2] && !used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const holders: Map<string, string>[] = [];
  const first = new Map<string, string>();
  for (const p of POSTS) first.set(p.id, newPerson());
  holders.push(first);
  for (let y = 1; y < years; y++) {
    const assign = new Map(holders[y - 1]);
    // A holder leaves; the post is filled from the tier below (a promotion, which opens a post there) or from outside.
    const fill = (post: Post): void => {
      const below = POSTS.filter((p) => p.tier === post.tier + 1 && Boolean(p.outside) === Boolean(post.outside));
      if (below.length > 0 && rnd() < 0.7) {
        const from = pick(below);
        assign.set(post.id, assign.get(from.id)!);
        fill(from);
      } else assign.set(post.id, newPerson());
    };
    for (const post of [...POSTS].sort((a, b) => a.tier - b.tier)) if (rnd() < 0.25) fill(post);
    // Bureau heads and town secretaries rotate sideways too.
    const rotating = POSTS.filter((p) => p.tier >= 4 && p.tier <= 5);
    for (let k = 0; k < 4; k++) {
      const [a, b] = [pick(rotating), pick(rotating)];
      const ha = assign.get(a.id)!;
      assign.set(a.id, assign.get(b.id)!);
      assign.set(b.id, ha);
    }
    holders.push(assign);
  }
  const brands = new Set<string>();
  const enterprises: string[] = [];
  while (enterprises.length < enterpriseCount) {
    const brand = pick(BRAND) + pick(BRAND);
    if (brand[0] === brand[1] || brands.has(brand)) continue;
    brands.add(brand);
    enterprises.push(brand + pick(ENTERPRISE_SUFFIXES));
  }
  const reporters = Array.from({ length: 24 }, newPerson);
  const chairmen = new Map<string, string>();
  const chairman = (e: string) => chairmen.get(e) ?? chairmen.set(e, newPerson()).get(e)!;
  return { firstYear, holders, enterprises, reporters, chairman, newPerson };
}

/** Who holds `postId` in `year`. */
export function holder(world: World, year: number, postId: string): string {
  const y = Math.max(0, Math.min(world.holders.length - 1, year - world.firstYear));
  return world.holders[y]!.get(postId)!;
}
