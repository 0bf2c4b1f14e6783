// Title recogniser: [jurisdiction][organ]post, national (中共中央政治局常委) and foreign (马尔代夫总统) ones, compounds joined by 、.
import {
  CHINA_NAMED, DEMOCRATIC_PARTIES, FORMER_MARKERS, GENERAL_OFFICES, LEVELS, MINISTRIES, NATIONAL_BODIES,
  NATIONAL_DEPARTMENT_ENDS, NATIONAL_NEED_BOUNDARY, NATIONAL_ONLY_THROUGH_DEPARTMENT, NEWER_POSTS, NOT_PLACE_START,
  ORGANS, POST_MODIFIERS, POSTS, SITES_AFTER_POST, SPECIAL_ADMINISTRATIVE_REGIONS, STATE_POSTS, TITLE_JOINERS,
} from './lexicon/titles.ts';
import {
  BEFORE_FOREIGN_POST, COUNTRY_ABBREVIATIONS, COUNTRY_FORMS, COUNTRY_OF, FOREIGN_ORGANS, FOREIGN_POSTS, PARTY_ENDINGS,
  ENVOY_BRIEF_POSTS,
  FORMAL_SUFFIXES, INTERNATIONAL_FORMS, ORGANIZATION_OF, PARTIES, PORTFOLIO_ENDS, WORLD_CITIES,
} from './lexicon/world.ts';
import { AUTONOMOUS_LEVELS, ETHNIC_GROUPS, KNOWN_PLACES, PROVINCE_NAMES } from './lexicon/places.ts';
import { DIVISIONS } from './lexicon/divisions.ts';
import { surnameAt } from './lexicon/surnames.ts';
import { REPORTING_VERBS, sortLongestFirst, wordAt, wordEndingAt } from './lexicon/words.ts';
import { allHan, isHanAt, leftOpen } from './chars.ts';
import { FUNCTION_TAGS, placeLike, tag, tokenAt } from './jieba.ts';

export interface TitleMatch {
  start: number;
  end: number;
  /** The jurisdiction as printed: a named place (金华市), a bare level (市), or none. */
  /** `place`: the jurisdiction, where more is printed than its name (湖北宜昌市: 宜昌市). */
  jur?: { text: string; named: boolean; level?: string; place?: string };
  /** National, foreign and international titles: the state or organisation the post is held in (中国, 马尔代夫, 联合国). */
  state?: string;
  /**
   * The state is implied, not printed (国家主席, 外交部部长 → 中国): in a compound after a foreign title, that title's
   * state (老挝人民革命党中央总书记、国家主席).
   */
  stateImplied?: boolean;
  /** A foreign or international title: the name after it is found by its extent, having no Chinese surname. */
  foreign?: boolean;
  /** Printed with a one-character country (`以总理`): a title only where a name follows it. */
  needsName?: boolean;
  /** Held before the article's date (`时任`, `原`, `美国前总统`). */
  former?: boolean;
  organ?: string;
  post: string;
}

const LEVEL_WORDS = [...LEVELS].sort((a, b) => b.length - a.length);
/** Every post a Chinese body may hold. */
const ALL_POSTS = sortLongestFirst([...POSTS, ...NEWER_POSTS]);
/** The code units a level starts with (省, 市, 街…): a named jurisdiction is looked for only where one follows. */
const LEVEL_START = new Uint8Array(0x10000);
for (const l of LEVELS) LEVEL_START[l.charCodeAt(0)] = 1;

/** The code units a local title without a named jurisdiction can start with: a level, an organ or a post. */
const LOCAL_TITLE_START = new Uint8Array(0x10000);
for (const w of [...LEVELS, ...ORGANS, ...ALL_POSTS]) LOCAL_TITLE_START[w.charCodeAt(0)] = 1;

/** A level's first character stands in text[from, to). */
function levelWithin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to && k < text.length; k++) if (LEVEL_START[text.charCodeAt(k)] === 1) return true;
  return false;
}

const STATE_POST_WORDS = [...STATE_POSTS];
/**
 * A post followed by one of these is part of a longer word (委员会, 书记处, 主席台, 总统府, 主席令, 大使馆, 首相官邸, 高级
 * 专员办公室).
 */
const POST_CONTINUES = /^[会处台团单室科组府令馆国官办]/;
/** The same after a foreign post, where a name may start with 科 (议长科拉尔) and no 科 (秘书科) follows. */
const FOREIGN_POST_CONTINUES = /^[会处台团单室组府令馆国官]/;
const FORMER_FOREIGN = new Set(['前', '前任', '时任']);
const FOREIGN_DEPARTMENT_ENDS = ['部', '委员会', '委', '署', '局'];
/** The longest department read after a state printed by one character (韩统一部, 俄紧急情况部). */
const ABBREVIATED_DEPARTMENT = 5;
const ENVOY_POSTS = sortLongestFirst(['大使', '特命全权大使', '总领事', '副总领事']);

/** Suffixes of government departments a title may name without a lexicon entry (教育局, 发改委, 市府办). */
const LOCAL_DEPARTMENT_ENDS = ['局', '委', '办'];
/**
 * Characters no department's stem holds: another department's end (市财政局和税务局: two), 委 as in 市委常委 (the party
 * committee's), and function words. 和 stays: 自然资源和规划局 is one bureau.
 */
const NOT_IN_DEPARTMENT = /[局办委常副党长的与及在对为是了、，。；：\s]/;
/**
 * Fields joined inside a foreign ministry's name (经济事务与财政部, 国际关系与合作部): 与 or 和 after a field's word
 * (`fieldEndsAt`).
 */
const JOINED_FIELDS = /(?<=\p{Script=Han}{2})[与和](?=\p{Script=Han})/gu;
/** A field's word ends at e (经济事务, 气候保护), not a name (阿布巴卡尔和西共体…) nor a function word. */
function fieldEndsAt(text: string, e: number): boolean {
  const last = tag(text.slice(Math.max(0, e - 6), e)).at(-1);
  return last !== undefined && last.word.length >= 2 && !/^(?:x|nr\w*|ns|m|q|r|p|c|d|u\w*)$/.test(last.tag);
}

/**
 * Departments named after a jurisdiction or a national body (市教育局, 金华市发改委, 国务院国资委): a stem of Han
 * characters and one of `ends`, with a post right after it. The post may share a 局's last character as news style
 * abbreviates it (市教育局长 is 市教育局局长). Returns the organ and where its post starts.
 */
function departmentAt(text: string, p: number, ends: readonly string[], maxStem: number, joined = false): OrganAt[] {
  const out: OrganAt[] = [];
  // A post where a department's name would start ended the title there (欧洲理事会主席米歇尔和欧盟委员会主席…), but
  // for the departments named after deputies (全国人大常委会代表工作委员会主任).
  const named = wordAt(DEPARTMENTS_NAMED_BY_POST, text, p);
  if (!named && (wordAt(FOREIGN_POSTS, text, p) || wordAt(POSTS, text, p))) return [];
  for (let k = 1; k <= maxStem && p + k < text.length; k++) {
    const stem = text.slice(p, p + k);
    // (No joiner opens a foreign department's name: 俄罗斯总统和国防部长 is two officials'; a joiner at the stem's
    // end is read with the field after it.)
    if (joined && /[与和]$/.test(stem)) {
      if (k > 2 && fieldEndsAt(text, p + k - 1)) continue;
      break;
    }
    if (!allHan(stem) || NOT_IN_DEPARTMENT.test(joined ? stem.replace(JOINED_FIELDS, '') : stem)) break;
    if (REPORTING_VERBS.some((v) => stem.endsWith(v))) break;
    const end = wordAt(ends, text, p + k);
    if (!end) continue;
    out.push({ organ: stem + end, postAt: p + k + end.length });
    const sharedAt = p + k + end.length - 1;
    // 教育局长: 局长 shares the 局.
    if (SHARED_ENDS.has(end) && !wordRunsOn(text, sharedAt)) out.push({ organ: stem + end, postAt: sharedAt });
  }
  return out;
}

/**
 * The post a body's last character would share (水利部长) is no post where jieba reads a name of three characters or
 * more starting right after that character (水利部 + 长江水利委员会); a shorter word, or one jieba does not know, may be
 * a name misread (外交部长沙伦赛: 长沙; 商务部长雷蒙多: 长雷蒙多).
 */
function wordRunsOn(text: string, shared: number): boolean {
  return knownWordAt(text, shared + 1, 3);
}

/** jieba reads a word it knows at `at`, of `min` characters or more, that is no post. */
function knownWordAt(text: string, at: number, min: number): boolean {
  const t = tokenAt(text, at);
  return t !== undefined && t.word.length >= min && t.tag !== 'x' && !wordAt(ALL_POSTS, t.word, 0);
}

/**
 * A level's post shared with a place's name (陕西省长) is none where jieba reads a known word starting on its 长 (陕西省 +
 * 长安银行, 吉林省 + 长春市): a name after the post (浙江省长王浩) is no such word.
 */
function placeRunsOn(text: string, p: number): boolean {
  return knownWordAt(text, p, 2);
}

/** Departments whose name opens with a post's word. */
const DEPARTMENTS_NAMED_BY_POST = ['代表工作委员会', '代表资格审查委员会'];

/** Ends a post may share with its department as news style abbreviates it (教育局长, 外交部长, 财政部长). */
const SHARED_ENDS = new Set(['局', '部']);

/** Where the post of an organ ending at e may start: after it, or on its last character when shared (外交部长). */
function postStarts(organ: string, e: number): number[] {
  return SHARED_ENDS.has(organ.at(-1)!) ? [e, e - 1] : [e];
}

/** A body and where the post held in it starts. */
interface OrganAt {
  organ: string;
  postAt: number;
  /** Printed after 中国 (中国国家发展改革委): China's by name. */
  china?: true;
}

/** The post at q, unless it is the start of a longer word. */
function postAt(text: string, q: number, posts: readonly string[] = ALL_POSTS): string | undefined {
  const post = wordAt(posts, text, q);
  const continues = posts === FOREIGN_POSTS ? FOREIGN_POST_CONTINUES : POST_CONTINUES;
  if (!post || continues.test(text.slice(q + post.length, q + post.length + 1))) return undefined;
  return post;
}

/**
 * Where a deputy's post starts after a body that says he runs its daily work (中央办公厅分管日常工作的副主任, 市委办公室
 * 分管日常工作的副主任): the phrase is part of the title.
 */
function afterDuty(text: string, q: number): number {
  const deputy = text.startsWith(DAILY_DUTY, q) && /^(?:常务)?副/.test(text.slice(q + DAILY_DUTY.length));
  return deputy ? q + DAILY_DUTY.length : q;
}
const DAILY_DUTY = '分管日常工作的';

function longest(a: TitleMatch | undefined, b: TitleMatch | undefined): TitleMatch | undefined {
  return !a || (b && b.end > a.end) ? b : a;
}

/**
 * The longest title starting at i, or undefined. `inCompound`: i follows a title and a joiner, so a bare level needs
 * no boundary; `afterForeign`: that title was foreign, so a bare foreign post continues it (`朝鲜劳动党总书记、国务委员长`).
 */
export function titleAt(text: string, i: number, inCompound = false, afterForeign = false): TitleMatch | undefined {
  // A dateline's 电 ends it (新华社北京6月25日电外交部发言人…): what follows starts anew.
  const open = inCompound || leftOpen(text, i) || datelineEndsAt(text, i);
  // (A democratic party before a place is no part of its name: 民革贵州省委主委.)
  let best = partyCommitteeTitleAt(text, i, open) ?? localTitleAt(text, i, open);
  if (STATE_TITLE_START[text.charCodeAt(i)] === 1) {
    best = longest(longest(best, nationalTitleAt(text, i, open)), foreignTitleAt(text, i, open));
  }
  // (人大代表联络站: a site named after those who serve in it is no title.)
  if (best && wordAt(SITES_AFTER_POST, text, best.end)) return undefined;
  // (水利部长江水利委员会: a bare post inside words, whose last character opens the next, is none.)
  const bare = best && !best.jur && !best.organ && !best.state && !best.foreign;
  if (bare && !open && best!.end - i === 2 && wordRunsOn(text, i)) best = undefined;
  if (!afterForeign) return best;
  // (塞尔维亚总统武契奇、总理布尔纳比奇: after a foreign title, a bare post read both ways is that state's.)
  const continued = foreignContinuationAt(text, i);
  const plain = best && !best.foreign && !best.state && !best.jur;
  return plain && continued && continued.end >= best!.end ? continued : longest(best, continued);
}

/** A dateline ends right before i: a digit, 日 and 电 (6月25日电). */
function datelineEndsAt(text: string, i: number): boolean {
  return text[i - 1] === '电' && text[i - 2] === '日' && /[0-9０-９]/.test(text[i - 3] ?? '');
}

/** The code units a national, foreign or international title can start with: the others need no look-up. */
const STATE_TITLE_START = new Uint8Array(0x10000);
for (const list of [NATIONAL_BODIES, MINISTRIES, STATE_POST_WORDS, COUNTRY_FORMS, INTERNATIONAL_FORMS]) {
  for (const w of list) STATE_TITLE_START[w.charCodeAt(0)] = 1;
}
for (const c of COUNTRY_ABBREVIATIONS.keys()) STATE_TITLE_START[c.charCodeAt(0)] = 1;
STATE_TITLE_START['驻'.charCodeAt(0)] = 1;

/** A foreign post without its state, continuing a foreign title (`柬埔寨人民党主席、政府首相`, `…兼外长`). */
function foreignContinuationAt(text: string, i: number): TitleMatch | undefined {
  let best: TitleMatch | undefined;
  for (const { organ, postAt: q } of foreignOrgansAt(text, i)) {
    const post = postAt(text, q, FOREIGN_POSTS);
    if (!post) continue;
    const m: TitleMatch = { start: i, end: q + post.length, post, foreign: true };
    if (organ) m.organ = organ;
    best = longest(best, m);
  }
  return best;
}

/**
 * A name holding a level is no jurisdiction's name (时任福 + 州), except one named …州 (福州市, 贵州省, 通州区): 州 is
 * as often the last character of a place's name as a level.
 */
function levelInside(name: string, level: string): boolean {
  const stem = level !== '州' && name.endsWith('州') ? name.slice(0, -1) : name;
  return LEVEL_WORDS.some((l) => stem.includes(l));
}

/** A conjunction or a preposition opens the name jieba reads (而广州市…, 据广州市…: 广州 and its 州 are no 而广 + 州). */
function opensWithFunctionWord(s: string): boolean {
  const first = tag(s)[0];
  return first !== undefined && first.word.length === 1 && FUNCTION_TAGS.test(first.tag);
}

/**
 * An autonomous area's name at i, longer than other jurisdictions' names: a place of two or three characters and its
 * peoples (新疆维吾尔自治区, 湘西土家族苗族自治州), each with its 族 or not.
 */
const AUTONOMOUS = new RegExp(
  `^\\p{Script=Han}{2,3}?(?:(?:${ETHNIC_GROUPS.join('|')})族?)+(?:${AUTONOMOUS_LEVELS.join('|')})`, 'u',
);
function autonomousAt(text: string, i: number, open: boolean): TitleMatch['jur'] | undefined {
  if (!open || !levelWithin(text, i + 3, i + 14)) return undefined;
  const name = AUTONOMOUS.exec(text.slice(i, i + 16))?.[0];
  if (!name || name.length <= 7 || !placeLike(name.slice(0, 2))) return undefined;
  return { text: name, named: true, level: AUTONOMOUS_LEVELS.find((l) => name.endsWith(l))! };
}

/**
 * The jurisdictions a title may start with at i: an autonomous area, a named place with its level (金华市), a bare
 * level; undefined where no local title can start (no level within reach, no character that opens one).
 */
function jurisdictionsAt(text: string, i: number, open: boolean): NonNullable<TitleMatch['jur']>[] | undefined {
  // Named jurisdictions (金华市): only where a level character follows within reach.
  const autonomous = autonomousAt(text, i, open);
  const reach = levelWithin(text, i + 2, i + 7);
  if (!reach && !autonomous && LOCAL_TITLE_START[text.charCodeAt(i)] !== 1) return undefined;
  const jurs: NonNullable<TitleMatch['jur']>[] = autonomous ? [autonomous] : [];
  // (A date's unit after its figures starts no place: 2001年任山西省委常委, not 年任山西省.)
  const dated = /[0-9０-９]/.test(text[i - 1] ?? '') && /[年月日]/.test(text[i]!);
  const afterPlace = LEVEL_WORDS.some((l) => text.endsWith(l, i));
  for (let len = 2; len <= 4 && reach && !dated; len++) {
    const name = text.slice(i, i + len);
    // (东莞前市委书记, 浙江省原副省长: a former marker after a place is no part of a name, unless a city's so named:
    // 太原, 山西省原平市.)
    const markerAfter = /[前原]$/.test(name) && DIVISIONS.has(name.slice(0, -1));
    const level = LEVEL_WORDS.find((l) => text.startsWith(l, i + len));
    // (The city printed bare before its marker holds the post of the level after it: 东莞前市委书记, 东莞市's.)
    const bare = name.slice(0, -1);
    if (markerAfter && level) jurs.push({ text: bare, named: true, level, place: bare + level });
    if (markerAfter || (/^[前原]/.test(name) && afterPlace && !DIVISIONS.has(name))) continue;
    // A well-known place needs no boundary before it (把握金华市委…); another name must stand as a word.
    if (!level || !(open || KNOWN_PLACES.includes(name))) continue;
    // (A place the lexicon knows is one whatever its first character: 贵州, not 贵 of 贵方.)
    const known = KNOWN_PLACES.includes(name);
    const placeName =
      known || (allHan(name) && !NOT_PLACE_START.has(name[0]!) && !levelInside(name, level) && placeLike(name));
    // (A name the lexicon does not know starts a word: not 志任安徽 of 韩俊同志任安徽省委委员, inside 同志.)
    const wordStart = known || tokenAt(text, i) !== undefined;
    if (placeName && wordStart && !opensWithFunctionWord(name + level)) {
      // (湖北宜昌市委书记, 宁夏固原市: a province's short name before a city's, which holds the post.)
      const province = wordAt(PROVINCE_NAMES, name, 0);
      const city = province && name.slice(province.length);
      const inner = city && DIVISIONS.has(city) ? { place: city + level } : {};
      jurs.push({ text: name + level, named: true, level, ...inner });
    }
  }
  const level = open ? wordAt(LEVEL_WORDS, text, i) : undefined;
  if (level) jurs.push({ text: level, named: false, level });
  return jurs;
}

/**
 * Three characters the lexicon knows as no place, opening with a surname (崔子安县长): a name before the post he is
 * addressed by, not a county 崔子安 whose head shares its level.
 */
function nameBeforePost(place: string): boolean {
  if (place.length !== 3 || surnameAt(place, 0) === 0) return false;
  if (KNOWN_PLACES.includes(place) || DIVISIONS.has(place)) return false;
  // (莫斯科市长: a city abroad, or one jieba knows.)
  if (WORLD_CITIES.has(place) || COUNTRY_OF.has(place)) return false;
  const words = tag(place);
  return !(words.length === 1 && words[0]!.tag === 'ns');
}

/** [jurisdiction][organ]post of a province, city, county, town or village (金华市委常委, 市教育局局长, 副市长). */
function localTitleAt(text: string, i: number, open: boolean): TitleMatch | undefined {
  const named = jurisdictionsAt(text, i, open);
  if (!named) return undefined;
  const jurs: (TitleMatch['jur'] | undefined)[] = [...named, undefined];
  let best: TitleMatch | undefined;
  for (const jur of jurs) {
    // (湖南省省委书记: the level printed again before the place's committee.)
    const again = jur?.named && jur.level && text.startsWith(jur.level + '委', i + jur.text.length);
    const p = i + (jur?.text.length ?? 0) + (again ? jur!.level!.length : 0);
    // A place named inside another holds the title printed with both (浙江省金华市委书记, 湖北省宜昌市市长: 金华市's).
    const inner = jur?.named ? localTitleAt(text, p, true) : undefined;
    if (inner?.jur?.named) {
      best = longest(best, { ...inner, start: i });
      continue;
    }
    best = longest(best, formerAfterPlace(text, i, p, jur));
    const known = wordAt(ORGANS, text, p);
    const organs: { organ?: string; postAt: number }[] = [...(known ? [{ organ: known, postAt: p + known.length }] : []), { postAt: p }];
    if (jur) organs.push(...departmentAt(text, p, LOCAL_DEPARTMENT_ENDS, 7).filter((d) => d.organ !== known));
    // 东阳市长 is 东阳市's 市长: a post starting with the level shares it with the place's name.
    const level = jur?.named ? jur.level : undefined;
    const shared = level !== undefined && postAt(text, p - level.length)?.startsWith(level);
    if (shared && !placeRunsOn(text, p) && !nameBeforePost(jur!.text.slice(0, -level.length))) {
      organs.push({ postAt: p - level.length });
    }
    for (const { organ, postAt: at } of organs) {
      if (!jur && organ === '委') continue; // 委 alone is only an organ after a jurisdiction (市委)
      const q = organ ? afterDuty(text, at) : at;
      const post = postAt(text, q);
      if (!post || (post === '代表' && !organ)) continue; // 人大代表 is a title, 企业家代表 is not
      if (!jur && STATE_POSTS.has(post)) continue; // 国家主席 alone is national
      if (!jur && !organ && LEVEL_START[post.charCodeAt(0)] === 1 && placeRunsOn(text, q + 1)) continue; // 省 + 长安银行
      const m: TitleMatch = { start: i, end: q + post.length, post };
      if (jur) m.jur = jur;
      if (organ) m.organ = organ;
      best = longest(best, m);
    }
  }
  return best;
}

/**
 * A former marker after a named place, then a post of its level (东莞市原市长, 太原市前任副市长, 广东省原省委书记): the
 * place's post, held before the article.
 */
function formerAfterPlace(text: string, i: number, p: number, jur: TitleMatch['jur']): TitleMatch | undefined {
  const marker = jur?.named ? wordAt(PLACE_FORMER_MARKERS, text, p) : undefined;
  const q = p + (marker?.length ?? 0);
  // (前任副市长: the title rule reads the post, its rank's word before it.)
  const mod = marker ? wordAt(POST_MODIFIERS, text, q) : undefined;
  const bare = mod ? titleAt(text, q + mod.length, true) : undefined;
  const after = marker ? titleAt(text, q, true) ?? (bare && { ...bare, post: mod + bare.post }) : undefined;
  if (!after || after.state || after.foreign || after.jur?.named) return undefined;
  if (after.jur && after.jur.level !== jur!.level) return undefined;
  return { ...after, start: i, jur, former: true };
}
const PLACE_FORMER_MARKERS = ['前任', '原', '前'];

/**
 * A title of a democratic party's local committee (民革贵州省委主委, 民建市委会副主委): the party's committee of that
 * jurisdiction, its organ the party's name, the level and the committee's word (民革省委).
 */
function partyCommitteeTitleAt(text: string, i: number, open: boolean): TitleMatch | undefined {
  const party = open ? wordAt(DEMOCRATIC_PARTIES, text, i) : undefined;
  if (!party) return undefined;
  let best: TitleMatch | undefined;
  for (const jur of jurisdictionsAt(text, i + party.length, true) ?? []) {
    const at = i + party.length + jur.text.length;
    const committee = wordAt(PARTY_COMMITTEES, text, at);
    const post = committee ? postAt(text, at + committee.length) : undefined;
    if (!post || !jur.level) continue;
    const organ = party + jur.level + committee;
    best = longest(best, { start: i, end: at + committee!.length + post.length, post, jur, organ });
  }
  return best;
}

/** A democratic party's committee at a level, as printed (民革贵州省委, 民建市委会, 九三学社省委员会). */
const PARTY_COMMITTEES = sortLongestFirst(['委', '委会', '委员会']);

/** A body's whole name is one of China's central bodies (国家发展改革委, 中共中央办公厅, 外交部). */
export function isNationalBody(name: string): boolean {
  return nationalOrgansAt(name, 0, true).some((o) => (o.china ? '中国' : '') + o.organ === name);
}

/** The central bodies starting at i (中共中央政治局, 国务院国资委, 外交部), each with where its post starts. */
function nationalOrgansAt(text: string, i: number, open: boolean): OrganAt[] {
  const organs: OrganAt[] = [];
  // (中国国家发展改革委主任, 中国国务院副总理: the country's name before its central body, as foreign news prints it.)
  // The organ is the body's own name, so that the title is the one China's own news prints (全国人大常委会委员长).
  const china = open && text.startsWith('中国', i) && wordAt(NATIONAL_BODIES, text, i + 2) ? 2 : 0;
  const at = i + china;
  const body = wordAt(NATIONAL_BODIES, text, at);
  if (body && (open || !NATIONAL_NEED_BOUNDARY.has(body))) {
    const named = (organ: string, postAt: number): OrganAt => ({ organ, postAt, ...(china ? { china: true } : {}) });
    if (!NATIONAL_ONLY_THROUGH_DEPARTMENT.has(body)) organs.push(named(body, at + body.length));
    for (const d of departmentAt(text, at + body.length, NATIONAL_DEPARTMENT_ENDS, 10)) {
      organs.push(named(body + d.organ, d.postAt));
    }
    // The body's own general office (中共中央办公厅主任, 国务院办公厅副秘书长, 全国人大常委会办公厅).
    const office = wordAt(GENERAL_OFFICES, text, at + body.length);
    if (office) organs.push(named(body + office, at + body.length + office.length));
  }
  const ministry = wordAt(MINISTRIES, text, i);
  const after = i + (ministry?.length ?? 0);
  const starts = ministry ? postStarts(ministry, after).filter((q) => q === after || !wordRunsOn(text, q)) : [];
  for (const q of starts) organs.push({ organ: ministry!, postAt: q });
  return organs;
}

/**
 * A post in a central body of the party or the state (中共中央政治局常委, 全国人大常委会委员长, 国务院国资委主任,
 * 外交部部长), or a post that names the state (国家主席, 国务委员): jurisdiction 中国, the body as the organ. A body
 * right after a country's name is that country's (美国国防部); one whose name does not say it is China's (中央…,
 * 国家…, 外交部) is another state's in a compound after that state's title (越共中央政治局委员、中央书记处书记).
 */
function nationalTitleAt(text: string, i: number, open: boolean): TitleMatch | undefined {
  let best: TitleMatch | undefined;
  for (const { organ, postAt: at, china } of nationalOrgansAt(text, i, open)) {
    const q = afterDuty(text, at);
    const post = postAt(text, q);
    if (!post) continue;
    const m: TitleMatch = { start: i, end: q + post.length, state: '中国', organ, post };
    if (!china && !CHINA_NAMED.some((c) => organ.startsWith(c))) m.stateImplied = true;
    best = longest(best, m);
  }
  const own = postAt(text, i, STATE_POST_WORDS);
  if (own) best = longest(best, { start: i, end: i + own.length, state: '中国', stateImplied: true, post: own });
  // 驻东盟大使邓锡军, no state before it: China's envoy, where a name says who (召回驻法国大使: another state's).
  const envoy = envoyAt(text, i);
  const envoyPost = envoy && envoy !== '驻华' ? postAt(text, i + envoy.length, ENVOY_POSTS) : undefined;
  if (envoyPost) {
    const end = i + envoy!.length + envoyPost.length;
    const organ = envoy!;
    best = longest(best, { start: i, end, state: '中国', stateImplied: true, needsName: true, organ, post: envoyPost });
  }
  return best && !wordEndingAt(COUNTRY_FORMS, text, i) ? best : undefined;
}

interface StateHead {
  state: string;
  end: number;
  /** A party printed without its country (越共): part of the organ. */
  party?: string;
  abbreviated?: boolean;
}

/** Countries, parties and international organisations starting at i, each with where its name ends. */
function statesAt(text: string, i: number, open: boolean): StateHead[] {
  const out: StateHead[] = [];
  if (text[i - 1] === '驻') return out; // 驻法国大使: the country an envoy is posted to, not the envoy's
  const country = wordAt(COUNTRY_FORMS, text, i);
  if (country) {
    const head: StateHead = { state: COUNTRY_OF.get(country)!, end: i + country.length };
    if (PARTIES.has(country)) head.party = country;
    out.push(head);
    const formal = head.party ? undefined : wordAt(FORMAL_SUFFIXES, text, head.end);
    if (formal) out.push({ state: head.state, end: head.end + formal.length });
    // 蒙古国家大呼拉尔: the shorter form may end where a body starting with 国 begins.
    const shorter = country.endsWith('国') ? COUNTRY_OF.get(country.slice(0, -1)) : undefined;
    if (shorter) out.push({ state: shorter, end: head.end - 1 });
  }
  const org = wordAt(INTERNATIONAL_FORMS, text, i);
  if (org) out.push({ state: ORGANIZATION_OF.get(org)!, end: i + org.length });
  // 19日援引…副部长: after a number, 日 is a day, not Japan.
  const dated = /[0-9０-９一二三四五六七八九十]/.test(text[i - 1] ?? '');
  const abbreviated = open && !dated ? COUNTRY_ABBREVIATIONS.get(text[i]!) : undefined;
  // 匈牙利总理府部长 is Hungary's name printed whole, no 匈 + 牙利总理府部; 韩国会议长 is 韩 + 国会, 俄联邦委员会 俄 +
  // 联邦委员会: a body listed may start inside the country's name.
  const whole = country && COUNTRY_OF.get(country) === abbreviated && !wordAt(FOREIGN_ORGANS, text, i + 1);
  if (abbreviated && !whole) out.push({ state: abbreviated, end: i + 1, abbreviated: true });
  return out;
}

/** A consulate's posts, after the city it is in. */
const CONSULAR_POSTS: readonly string[] = ['副总领事', '总领事', '领事'];
/** Chinese cities holding consulates, by the one character news names them with (沪, 穗, 蓉, 渝, 昆, 邕, 汉, 港). */
const CONSULAR_CITY_FORMS: readonly string[] = Array.from('沪穗蓉渝昆邕汉港');

/**
 * Where an envoy is posted, after a state (`美国驻华大使`, `中国驻东盟大使`): 驻 and the country or organisation, or
 * a city of China that holds a consulate (`新加坡驻广州总领事`).
 */
function envoyAt(text: string, p: number): string | undefined {
  if (text[p] !== '驻') return undefined;
  if (text[p + 1] === '华') return '驻华';
  const where = wordAt(COUNTRY_FORMS, text, p + 1) ?? wordAt(INTERNATIONAL_FORMS, text, p + 1);
  if (where) return '驻' + where;
  // (越南驻昆总领事: a consular city by its one-character form.)
  const short = CONSULAR_CITY_FORMS.includes(text[p + 1] ?? '') && wordAt(CONSULAR_POSTS, text, p + 2);
  if (short) return text.slice(p, p + 2);
  const city = wordAt(KNOWN_PLACES, text, p + 1);
  if (!city) return undefined;
  const end = p + 1 + city.length + (text[p + 1 + city.length] === '市' ? 1 : 0);
  return wordAt(CONSULAR_POSTS, text, end) ? text.slice(p, end) : undefined;
}

/**
 * The bodies a foreign post may be held in, printed after its state: none, up to three listed ones (国会, 劳动党中央,
 * 中央政治局), and a department after them (经济和财政部 with its 部长 sharing the 部, 中央宣教部). Each with where its
 * post starts.
 */
function foreignOrgansAt(text: string, p: number): OrganAt[] {
  const out: OrganAt[] = [{ organ: '', postAt: p }];
  for (let k = 0; k < 3; k++) {
    const last = out.at(-1)!;
    const o = wordAt(FOREIGN_ORGANS, text, last.postAt);
    if (!o) break;
    out.push({ organ: last.organ + o, postAt: last.postAt + o.length });
  }
  // A party the lexicon does not list, by its ending (日本公明党党首, 巴西劳工党主席, 斯里兰卡人民联合阵线领袖): two to
  // eight characters and 党, 阵线 or 运动.
  for (let e = p + 2; e <= p + 8 && isHanAt(text, e - 1); e++) {
    const marked = e + (wordAt(BEFORE_FOREIGN_POST, text, e)?.length ?? 0);
    const party = wordEndingAt(PARTY_ENDINGS, text, e) && wordAt(FOREIGN_POSTS, text, marked);
    if (party) out.push({ organ: text.slice(p, e), postAt: e });
  }
  for (const { organ, postAt: q } of [...out]) {
    for (const d of departmentAt(text, q, FOREIGN_DEPARTMENT_ENDS, 8, true)) {
      out.push({ organ: organ + d.organ, postAt: d.postAt });
    }
    for (const brief of portfoliosAt(text, q)) out.push({ organ: organ + brief, postAt: q + brief.length });
  }
  return out;
}

/** A brief is nouns and names only (气候问题, 叙利亚问题, 朝鲜半岛事务): no verb, preposition or particle. */
const BRIEF_TAGS = /^(?:n|ns|nz|nt|nr|j|vn|an|x)$/;

/** What an envoy is for, before his post (`气候问题特使`, `总统中东事务特别代表`): its possible extents at p. */
function portfoliosAt(text: string, p: number): string[] {
  const out: string[] = [];
  for (let e = p + 3; e <= Math.min(text.length, p + 14); e++) {
    if (!isHanAt(text, e - 1)) break;
    const brief = text.slice(p, e);
    if (!PORTFOLIO_ENDS.some((w) => brief.endsWith(w)) || !wordAt(ENVOY_BRIEF_POSTS, text, e)) continue;
    if (tag(brief).every((t) => BRIEF_TAGS.test(t.tag))) out.push(brief);
  }
  return out;
}

/**
 * A post held in a foreign state or an international organisation, after its name: [state][驻X][新任|前][body]post
 * (马尔代夫总统, 韩国国会议长, 越共中央总书记, 美国驻华大使, 联合国秘书长). A word such as 新任 between the state and
 * the post is no part of the title: the title is then the body and post alone, its jurisdiction still the state.
 */
/**
 * 新任, 前… between a state and its post; not the start of a longer word that is no marker and post (塞尔维亚前进党副主席:
 * 前进; but 日本前首相, which jieba reads as one word).
 */
function markerAt(text: string, at: number): string | undefined {
  const marker = wordAt(BEFORE_FOREIGN_POST, text, at);
  if (!marker || wordAt(FOREIGN_POSTS, text, at + marker.length)) return marker;
  const word = tag(text.slice(at, at + marker.length + 3))[0]?.word ?? '';
  return word.length > marker.length ? undefined : marker;
}

function foreignTitleAt(text: string, i: number, open: boolean): TitleMatch | undefined {
  let best: TitleMatch | undefined;
  for (const head of statesAt(text, i, open)) {
    const marker = markerAt(text, head.end);
    const after = head.end + (marker?.length ?? 0);
    const envoy = envoyAt(text, after);
    const p = after + (envoy?.length ?? 0);
    const start = marker ? after : i;
    for (const { organ: o, postAt: q } of foreignOrgansAt(text, p)) {
      // (A state by one character names a short department: not 韩 + 俊同志任安徽省委 of 韩俊同志任安徽省委委员.)
      if (head.abbreviated && o.length > ABBREVIATED_DEPARTMENT && !FOREIGN_ORGANS.includes(o)) continue;
      // (The marker may stand between the body and its post: 德国社民党前主席.)
      // (Not China's: 中国国民党前主席 is the party's own name, read whole by the body rules.)
      const inner = o && !marker && head.state !== '中国' ? markerAt(text, q) : undefined;
      const at = q + (inner?.length ?? 0);
      const post = postAt(text, at, FOREIGN_POSTS);
      if (!post) continue;
      const printedOrgan = (head.party ?? '') + (envoy ?? '') + o;
      const m: TitleMatch = { start, end: at + post.length, state: head.state, foreign: true, post };
      if (printedOrgan) m.organ = printedOrgan;
      if (head.abbreviated) m.needsName = true;
      if ((marker && FORMER_FOREIGN.has(marker)) || (inner && FORMER_FOREIGN.has(inner))) m.former = true;
      best = longest(best, m);
    }
  }
  return best;
}

/** The title after a joiner, past a marker that dates it before the article (以色列战时内阁成员、前国防部长). */
function joinedTitleAt(text: string, at: number, afterForeign: boolean): TitleMatch | undefined {
  const title = titleAt(text, at, true, afterForeign);
  const marker = wordAt(FORMER_MARKERS, text, at);
  const former = marker ? titleAt(text, at + marker.length, true, afterForeign) : undefined;
  // (Not 前国防部: the marker is no part of a body's name.)
  if (!former || (title && !title.organ?.startsWith(marker!))) return title;
  former.former = true;
  return former;
}

/**
 * Titles joined by 、 or 兼 (`市委常委、常务副市长`, `国务委员兼外长`): the matches in order, or [] when none starts at
 * i. After 兼 a bare post is held in the same body (`全国政协副主席兼秘书长`: 全国政协秘书长).
 */
export function compoundAt(text: string, i: number, inCompound = false): TitleMatch[] {
  const first = titleAt(text, i, inCompound);
  if (!first) return [];
  const out = [first];
  for (let e = first.end; ; ) {
    const joiner = wordAt(TITLE_JOINERS, text, e);
    const next = joiner ? joinedTitleAt(text, e + joiner.length, out.some((t) => t.foreign)) : undefined;
    if (!next) break;
    const prev = out.at(-1)!;
    if (joiner === '兼' && prev.organ && !next.organ && !next.jur && !next.state) next.organ = prev.organ;
    // (前政府副总理兼外长: one marker dates both.)
    if (joiner === '兼' && prev.former) next.former = true;
    out.push(next);
    e = next.end;
  }
  return out;
}

/**
 * The titles starting at i, after a word that dates them before the article if one stands there (`时任福州市委书记`:
 * the title is 福州市委书记, held before). A one-character marker (原, 前) must start a word.
 */
export function titlesAt(text: string, i: number): TitleMatch[] {
  const marker = wordAt(FORMER_MARKERS, text, i);
  if (marker && (marker.length > 1 || leftOpen(text, i))) {
    const compound = compoundAt(text, i + marker.length, true);
    for (const t of compound) t.former = true;
    if (compound.length > 0) return compound;
  }
  const compound = compoundAt(text, i);
  const only = compound.length === 1 ? compound[0]! : undefined;
  if (only && !only.jur && !only.organ && !only.state) modified(text, only);
  return compound;
}

/**
 * A bare post takes the words of rank or field printed right before it (常务副院长, 首席投资总监, 市场总监, 执行董事):
 * they are part of the post.
 */
function modified(text: string, t: TitleMatch): void {
  for (let mod = wordEndingAt(POST_MODIFIERS, text, t.start); mod; mod = wordEndingAt(POST_MODIFIERS, text, t.start)) {
    t.start -= mod.length;
    t.post = mod + t.post;
  }
}

/** A special administrative region by its full name, however printed (香港特区 → 香港特别行政区). */
function fullRegion(jurisdiction: string): string {
  const region = jurisdiction.endsWith('特区') ? jurisdiction.slice(0, -2) : undefined;
  return region && SPECIAL_ADMINISTRATIVE_REGIONS.includes(region) ? `${region}特别行政区` : jurisdiction;
}

/**
 * Jurisdiction of each title in a compound. A national, foreign or international title: its state (中国, 马尔代夫,
 * 联合国); one whose state is implied (国家主席, 外交部长) takes an earlier title's state (老挝人民革命党中央总书记、
 * 国家主席 → 老挝). A named one as printed (a special administrative region in full); a bare level takes the named
 * jurisdiction of an earlier title of the same level in the compound (金华市委常委、市纪委书记 → 金华市), else the
 * paper's own when it is given and of that level (市 → 永康市), else the bare level as printed. A post that names its
 * level (副市长) counts as that level; a bare post takes the last named jurisdiction or state before it.
 */
export function jurisdictions(compound: readonly TitleMatch[], paper?: string): (string | undefined)[] {
  const paperLevel = paper ? LEVEL_WORDS.find((l) => paper.endsWith(l)) : undefined;
  const carried = new Map<string, string>();
  let state: string | undefined;
  let named: string | undefined;
  return compound.map((t) => {
    if (t.state) return (named = state = t.stateImplied && state ? state : t.state);
    if (t.jur?.named) {
      const jurisdiction = fullRegion(t.jur.place ?? t.jur.text);
      if (t.jur.level) carried.set(t.jur.level, jurisdiction);
      return (named = jurisdiction);
    }
    const level = t.jur?.level ?? LEVEL_WORDS.find((l) => t.post.includes(l + '长') || t.post.includes(l + '委'));
    if (!level) return t.jur ? undefined : named;
    return carried.get(level) ?? (level === paperLevel ? paper : t.jur?.text);
  });
}

/**
 * The foreign state an organ is printed with (利比亚总统委员会副主席 after 乍得总理: 利比亚, not 乍得), and the organ
 * without it, as a state printed before an organ is (韩国国会议长: 韩国, 国会); not China, whose bodies' titles keep the
 * jurisdictions they have (中国侨联主席).
 */
export function organsState(t: TitleMatch): { state: string; organ: string } | undefined {
  const form = t.organ && !t.jur ? wordAt(COUNTRY_FORMS, t.organ, 0) : undefined;
  const state = form && form.length >= 2 && form.length < t.organ!.length ? COUNTRY_OF.get(form) : undefined;
  return state && state !== '中国' ? { state, organ: t.organ!.slice(form!.length) } : undefined;
}

/** A jurisdiction and an organ with no post after them: the body itself (市委, 市人大, 金华市委, 市委常委会). */
export function organAt(text: string, i: number): { start: number; end: number } | undefined {
  if (!leftOpen(text, i) && !wordAt(KNOWN_PLACES, text, i)) return undefined;
  let best: { start: number; end: number } | undefined;
  const jurs = [wordAt(LEVEL_WORDS, text, i)];
  // Named jurisdictions (金华市): only where a level character follows within reach.
  const reach = levelWithin(text, i + 2, i + 7);
  for (let len = 2; len <= 4 && reach; len++) {
    const name = text.slice(i, i + len);
    const level = LEVEL_WORDS.find((l) => text.startsWith(l, i + len));
    // (肖翠艳及旗政府办: a list's joiner stands in no place's name.)
    const joined = /[及与等]/.test(name);
    if (level && allHan(name) && !joined && !NOT_PLACE_START.has(name[0]!) && placeLike(name)) jurs.push(name + level);
  }
  for (const jur of jurs) {
    if (!jur) continue;
    const organ = wordAt(ORGANS, text, i + jur.length);
    if (!organ) continue;
    const end = i + jur.length + organ.length;
    if (!best || end > best.end) best = { start: i, end };
  }
  return best;
}
