// The paper's place in the hierarchy of jurisdictions (from its manifest), and which titles lie on one career with it.
import type { IssueInfo } from '../../ingest/types.ts';

/** The whole country: the top of every domestic chain, and the jurisdiction of national titles. */
export const NATION = '中国';
/** Words a title may print for the national level (全国人大, 中央书记处, 国家主席, 国务院总理). */
const NATIONAL_WORDS = new Set([NATION, '全国', '中央', '国家', '国务院', '中共中央']);

/**
 * Levels by the ending of a jurisdiction's name, highest first: 5 the country … 0 a village. A 市 is a municipality, a
 * prefecture-level or a county-level city: 2.5 puts it below a prefecture's paper and beside a county's.
 */
const LEVEL_BY_ENDING: readonly (readonly [string, number])[] = [
  ['特别行政区', 4],
  ['自治区', 4],
  ['省', 4],
  ['自治州', 3],
  ['地区', 3],
  ['州', 3],
  ['盟', 3],
  ['自治县', 2],
  ['县', 2],
  ['区', 2],
  ['旗', 2],
  ['市', 2.5],
  ['街道', 1],
  ['镇', 1],
  ['乡', 1],
  ['社区', 0],
  ['村', 0],
];

/** A level printed alone (`市委书记` with no paper to say which 市): a jurisdiction not yet known. */
const BARE_LEVELS = new Set(LEVEL_BY_ENDING.map(([ending]) => ending));

export function isNational(jurisdiction: string): boolean {
  return NATIONAL_WORDS.has(jurisdiction);
}

/** The level of a domestic jurisdiction by its name, or undefined for a foreign one (马尔代夫, 联合国). */
export function levelOf(jurisdiction: string): number | undefined {
  if (isNational(jurisdiction)) return 5;
  return LEVEL_BY_ENDING.find(([ending]) => jurisdiction.length > ending.length && jurisdiction.endsWith(ending))?.[1];
}

/** What a paper is: its jurisdiction and the chain above it (innermost first, ending at 中国), and its level. */
export interface Paper {
  jurisdiction?: string;
  chain: readonly string[];
  level: number;
}

/**
 * The paper an article's issue describes. Without a jurisdiction the source is read as national: every domestic
 * title lies on one career and only foreign ones stand apart. A city's level comes from the chain above it (永康市 ⊂
 * 金华市: a county-level city).
 */
export function paperOf(issue: IssueInfo | undefined): Paper {
  const given = issue?.chain?.length ? issue.chain : issue?.jurisdiction ? [issue.jurisdiction] : [];
  const chain = given.at(-1) !== undefined && isNational(given.at(-1)!) ? given : [...given, NATION];
  const jurisdiction = issue?.jurisdiction ?? given[0];
  return { ...(jurisdiction ? { jurisdiction } : {}), chain, level: chainLevel(chain) };
}

function chainLevel(chain: readonly string[]): number {
  const own = levelOf(chain[0]!) ?? 5;
  if (own !== 2.5) return own;
  const parent = chain[1] !== undefined ? levelOf(chain[1]) : undefined;
  return parent === undefined || parent >= 4 ? 3 : 2; // a city under a province is a prefecture; under a city, a county
}

/**
 * Whether a title's jurisdiction lies on one career with the paper's: unknown (none, or a bare level), one of the
 * chain, or a domestic jurisdiction below the paper's level (a county paper's towns and villages; a national source's
 * provinces and cities). A 副镇长 of 古山镇 who becomes 副市长 is one official; 东阳市 beside 永康市 is not on its
 * ladder, nor is any foreign country. Accepted exception: a same-name official of another county's town joins the
 * paper's, as an untitled mention would.
 */
export function onPaperCareer(jurisdiction: string | undefined, paper: Paper): boolean {
  if (!jurisdiction || BARE_LEVELS.has(jurisdiction) || paper.chain.includes(jurisdiction) || isNational(jurisdiction))
    return true;
  const level = levelOf(jurisdiction);
  return level !== undefined && level < paper.level;
}
