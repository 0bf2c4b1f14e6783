// Extract stage: mentions of people, titles, organisations, enterprises and places, with exact spans, from any news text.
import { toFullWidth } from '../text/fullwidth.ts';
import type { StageResult } from '../types.ts';
import type { ExtractOptions, Mention, MentionKind } from './types.ts';
import { jurisdictions, organAt, organsState, titleAt, titlesAt, type TitleMatch } from './titles.ts';
import { titlesInContext } from './titleContext.ts';
import {
  dottedNames, guestsAfterPosts, guestsBeforePosts, listAfter, nameAfterForeignTitle, nameAt, nameEndingAt, nameLike,
  nameLists, namesAfterIntro, namesAfterMissions, namesBeforeVerbs, namesAfterSpouse, namesBeforeVouchingWords,
  namesInScene, namesInTalksSlot, recurrences, shortForms, surnamesOfAddress, unknownNamesBeforeRoles, deputiesFrom,
  type Span,
} from './persons.ts';
import {
  COUNTRY_ABBREVIATIONS, COUNTRY_FORMS, COUNTRY_OF, FOREIGN_ORGANS, FOREIGN_POSTS, MOVEMENTS, PLACE_NAME_ENDS,
  WORLD_CITIES, WORLD_REGIONS,
} from './lexicon/world.ts';
import {
  HONOURS_BEFORE_NAME, MINISTRY_STEMS, ORGANS, POSTS, POSTS_AFTER_NAME, SPECIAL_ADMINISTRATIVE_REGIONS,
} from './lexicon/titles.ts';
import {
  ADDRESS_AFTER_SURNAME, COME_TO_DO, COURTESIES_AFTER_NAME, LEFT_BOUNDARY, REPORTING_VERBS, TIME_START, documentKind,
  sortLongestFirst, wordAt, wordEndingAt,
} from './lexicon/words.ts';
import { surnameAt } from './lexicon/surnames.ts';
import { KNOWN_PLACES, PLACE_ONE_CHAR, PLACES_CLOSE, PLACE_SUFFIXES } from './lexicon/places.ts';
import { DIVISIONS } from './lexicon/divisions.ts';
import { bodies, endsInBodySuffix, listedEnterprises, missions, periodicals, visitedFirms } from './bodies.ts';
import { pairOfCountries, sideOf, taggerBodyKind, taggerBodySpan } from './taggedBodies.ts';
import { destinationLists, listedPlaces, places, placesLeft } from './places.ts';
import { loadModel, spansOf, tagSentence, type Tagger } from './model/tagger.ts';
import { FUNCTION_TAGS, tag, tokenAt } from './jieba.ts';
import { amongThings } from './things.ts';
import { allHan, isHanAt } from './chars.ts';
import { knownWhole, namesInLists, repairName } from './tagged.ts';

export type { Mention, MentionKind, ExtractOptions } from './types.ts';

/** Posts that alone (no jurisdiction, organ or name after them) are too generic to report. */
const GENERIC_POSTS = new Set([
  '委员', '董事', '经理', '主任', '主席', '部长', '团长', '师长', '代表', '记者', '通讯员', '审判员', '检察官', '辅警', '民警',
  '交警', '医生', '教师', '律师', '发言人', '新闻发言人',
]);

/**
 * Doctrines named after leaders (`习近平新时代中国特色社会主义思想`, `毛泽东思想`): no rule or tagger span may take their
 * characters. The name inside is reported as a person marked `doctrine` (People's Daily marks it); the graph leaves
 * it out, as the doctrine names no act of the man.
 */
const IDEOLOGY = new RegExp(
  '(?:马克思列宁主义|马克思主义|列宁主义|毛泽东思想|邓小平理论|“三个代表”重要思想|科学发展观|' +
    '习近平(?:新时代中国特色社会主义|强军|外交|法治|经济|生态文明|文化)思想)' +
    // (Not inside an institute's name: 马克思主义学院 is a body.)
    '(?!学院|研究院|研究所|研究中心|研究会)',
  'g',
);
/** Those the doctrines above are named after, as printed inside them. */
const DOCTRINE_NAMES = ['马克思', '列宁', '毛泽东', '邓小平', '习近平'];
const COLLECTIVE = /^(?:领导|干部|党员|群众|人员|工作人员|负责人|部门负责人)$/;
/** A collective after a post opens no name (…县委常委班子作对照检查: the committee's members, 班子). */
const COLLECTIVE_OPENS = /^(?:班子|领导|干部|成员|党员|群众)/;
/** A royal's rank said for the royal (…国王图普六世及王后一行, 安德鲁王子一行): a common noun, no one's name. */
const ROYAL_RANKS = /^(?:王后|王子|公主|王妃|太子|亲王|王储|国王|女王|太后|王太后)$/;
/** What a leader sends or gives, printed right after his name and title (习近平总书记贺信, 在贺信中): no person. */
const LEADERS_WORKS = /^(?:贺信|贺电|贺词|回信|复信|批示|指示|讲话|致辞|署名文章|重要讲话)[中里并]?$/;

/** Kinds of things news names in quotes (“杜苏芮”台风, “海马斯”多管火箭炮): the name before them is the thing's. */
const NAMED_THINGS = /^(?:台风|飓风|热带风暴|残余环流|主战坦克|坦克|导弹|火箭炮|战机|战斗机|无人机|系统|号|舰|航母)/;
/** Storms, named before their name in quotes (台风“杜苏芮”, 第5号台风“杜苏芮”). */
const NAMED_STORMS = /(?:台风|飓风|热带风暴|热带气旋|气旋)$/;

/** Words for the sides of talks: a text holding one speaks of sides (阿方, 安方). */
const SIDES = /[中我双对各]方/;

/** One common word to jieba (政治): never a person's name on its own. */
const COMMON_WORD_TAGS = /^(?:n|v|vn|vd|a|ad|an|d|l|i)$/;

/** What a movement or an armed body is named by (…解放运动, …人民阵线, …抵抗组织), before its short name in brackets. */
const MOVEMENT_ENDS = /(?:运动|组织|阵线|联盟|武装|力量|民兵)$/;

/** A name that opens with a movement's (哈马斯称 read by a rule as a name before its verb). */
const MOVEMENT_START = new RegExp(`^(?:${[...MOVEMENTS].join('|')})`);

/**
 * 阿方主席, 向马方介绍: one character and 方 is a country's side, not a name, where the text names the country or, for
 * a person, speaks of sides (中方, 双方; 警方, 军方 are bodies), also where a name runs on into what the side will do
 * (巴方愿同, 德方为, 马方以).
 */
function countrySide(text: string, name: string, kind: MentionKind): boolean {
  const side = name[1] === '方' && (name.length === 2 || /^[愿将同与对也还就已都为以在是]/.test(name.slice(2)));
  return side && (sideOf(text, name[0]!) || (kind === 'person' && SIDES.test(text)));
}

/**
 * What no name is: a country's side (countrySide), China and another country (阿中关系, 中英), a country's army (乌军称).
 * (Not any two sides: two-character transliterations are often read so, 阿比, 塔哈.)
 */
function countryWord(text: string, name: string): boolean {
  const army = name.length === 2 && name[1] === '军' && COUNTRY_ABBREVIATIONS.has(name[0]!);
  const withChina = name.includes('中') && pairOfCountries(text, name);
  return army || withChina || countrySide(text, name, 'person');
}

/** Heads of institutions and places named after people (医院, 大学, 机场). */
const NAMESAKE_HEADS = /^(?:医院|大学|学院|中学|小学|学校|国际机场|机场|港|广场|体育场|纪念馆|基金会|清真寺|大街|大道|大桥)/;

/** How a body's name ends, never a person's (自由车协会, 中华总商会). */
const BODY_ENDING = /(?:协会|学会|商会|公会|委员会|公司|集团)$/;
/** A level's office by its short name (县发改局, 市编办, 区卫健委). */
const LEVELS_OFFICE = /^[省市县区镇乡州][^、]{1,2}(?:局|委|办|厅|院|所|部|处|科|站|队)$/;

/**
 * Tagger spans the rules know to be wrong in any convention: collective words, bodies ending in 布局 / 格局 / 部署,
 * and a person that is one common word (enterprises keep theirs: brands are often common words, 暴雪, 新浪).
 */
function taggerKeeps(text: string, s: Span & { kind: MentionKind }): boolean {
  const t = text.slice(s.start, s.end);
  if (COLLECTIVE.test(t) || LEADERS_WORKS.test(t) || ROYAL_RANKS.test(t) || /(?:布局|格局|开局|新局|部署)$/.test(t)) {
    return false;
  }
  if (s.kind === 'person' ? countryWord(text, t) : countrySide(text, t, s.kind)) return false;
  if (s.kind !== 'title' && REPORTING_VERBS.some((v) => t.includes(v))) return false; // 京会见巴西: a verb inside
  // (中华民国自由车协会理事长…: a body's ending, no name's.)
  if (s.kind === 'person' && BODY_ENDING.test(t)) return false;
  // 主席台, 主席团: a post word run on into a place or a body, no post.
  if (s.kind === 'title' && /^(?:主席|执行主席)(?:台|团)$/.test(t)) return false;
  if (s.kind === 'person') {
    const tokens = tag(t);
    if (tokens.length === 1 && COMMON_WORD_TAGS.test(tokens[0]!.tag)) return false;
    // (…与企业负责人齐聚一堂: two characters that open a four-character word of jieba's dictionary, an idiom, are none;
    // not characters it does not know, which it runs together, 王庭惠国, nor a longer name, 池田大作.)
    const across = t.length === 2 ? tag(text.slice(s.start, s.start + 4)) : [];
    if (across.length === 1 && across[0]!.word.length === 4 && !/^(?:x|nr|ns|nt)/.test(across[0]!.tag)) return false;
    // A building's word ends no name (陈列馆, which jieba tags as one), nor does a team's (联合巡河组一行).
    if (/[馆厅组]$/.test(t)) return false;
    // A body's short name in brackets after it (巴勒斯坦伊斯兰抵抗运动（哈马斯）) is no person.
    const named = text.slice(Math.max(0, s.start - 5), s.start - 1);
    const body = endsInBodySuffix(text, s.start - 1) || MOVEMENT_ENDS.test(named);
    // Nor is a place's other name (北马里亚纳群岛（塞班）).
    const place = /(?:[岛州国省市县]|群岛|地区)$/.test(named);
    if (text[s.start - 1] === '（' && text[s.end] === '）' && (body || place)) return false;
    // 拿督: an honour alone is no name.
    // A state or a party, then 前 before a post (马华前总秘书): no name.
    if (/[前新]$/.test(t) && COUNTRY_OF.has(t.slice(0, -1))) return false;
    // (拿汀巴 of 拿汀巴都卡周美芬: or part of one.)
    if ((wordAt(HONOURS_BEFORE_NAME, text, s.start)?.length ?? 0) >= t.length) return false;
    // 来巴出席, 来华: 来 before a one-character place is coming there, not a name; 周二晚 is a day.
    // (各乡（镇）林长、副林长: a chief of the river or forest system by his post.)
    if (/^[河湖林]长$/.test(t)) return false;
    // (负责人赴卢龙调研: 赴, never a name's first character, is the going.)
    if ((t.length === 2 && t[0] === '来') || t[0] === '赴' || TIME_START.test(t)) return false;
    // (王家扬一行6人来庆元视察: 来 before a place and what was done there is the coming.)
    if (t.length === 3 && t[0] === '来' && COME_TO_DO.test(text.slice(s.end, s.end + 2))) return false;
    // A thing named in quotes before its kind (“杜苏芮”台风, “艾布拉姆斯”主战坦克) is named after no one here.
    const quoted = text[s.start - 1] === '“' && text[s.end] === '”';
    if (quoted && NAMED_THINGS.test(text.slice(s.end + 1, s.end + 5))) return false;
    if (quoted && NAMED_STORMS.test(text.slice(Math.max(0, s.start - 5), s.start - 1))) return false;
    // 此访, 该行: a demonstrative opens no name; nor does a surname doubled (灵车徐徐驶出: an adverb; not 大熊猫娅娅),
    // and a kind of document after a title in 《》 is one wherever it stands (《新时代的中国北斗》白皮书。…白皮书指出;
    // not a character after a show's title, 《爱情公寓》宛瑜).
    if (/^[此该]/.test(t) || (t.length === 2 && t[0] === t[1] && surnameAt(text, s.start) > 0)) return false;
    if (documentKind(text, t)) return false;
    // A sense of something (获得感、幸福感、安全感), one word to jieba, is a noun, no name.
    if (t.endsWith('感') && tokens.length === 1) return false;
    // A person of one character is a surname standing for him (江主席), never another character (主席府: 府).
    if (t.length === 1 && surnameAt(text, s.start) === 0) return false;
    // Nor a surname alone with no word of address or post after it and none before (上罗高速项目部: 罗).
    const addressed = wordAt(ADDRESS_AFTER_SURNAME, text, s.end) ?? wordAt(POSTS, text, s.end) ??
      wordAt(FOREIGN_POSTS, text, s.end);
    const completed = () => (nameAt(text, s.start)?.end ?? 0) > s.end; // (罗 of 罗世雄, completed as a name.)
    if (t.length === 1 && !addressed && !/[老小]/.test(text[s.start - 1] ?? '') && !completed()) return false;
    // One side of talks (桑方, 韩方: Zanzibar's, Korea's), however common the name.
    if (t.length === 2 && t[1] === '方' && sideOf(text, t[0]!)) return false;
    // A foreign name before an institution's head is its namesake's (阿卜杜拉·姆才医院, 纳扎尔巴耶夫大学).
    if (t.includes('·') && NAMESAKE_HEADS.test(text.slice(s.end, s.end + 4))) return false;
    // A department's name before its head's post (对外贸易司司长: 易司), its last character the post's first.
    if (/[司局处厅署科]$/.test(t) && text[s.end] === t.at(-1) && text[s.end + 1] === '长') return false;
    // A village after a township (大岭镇长发村): the township's head is no post there, the village no name.
    if (/[村屯庄]$/.test(t) && /[镇乡]长$/.test(text.slice(Math.max(0, s.start - 2), s.start))) return false;
  }
  return true;
}

/** Words in brackets inside a noun phrase (鲁渝（寿光）蔬菜产业, 赴南苏丹（朱巴）维和): words on both sides, no name. */
function bracketAside(text: string, s: Span): boolean {
  const t = text.slice(s.start, s.end);
  const from = s.start + (/^（*/.exec(t)?.[0].length ?? 0);
  const to = s.end - (/）*$/.exec(t)?.[0].length ?? 0);
  const aside = text[from - 1] === '（' && text[to] === '）' && allHan(text.slice(from, to));
  // (Not a name set off before a joiner or a verb: 实际上（张永和）和两位…)
  const goesOn = isHanAt(text, to + 1) && !/[和与及跟同是在等也都说的]/.test(text[to + 1]!);
  return aside && goesOn && isHanAt(text, from - 2) && !/[长员记者]/.test(text[from - 2]!);
}

/** A name the tagger read into a reporting verb after it (总领事陈泳拜会…: 陈泳拜) ends before the verb. */
function beforeVerbCut(text: string, s: Span & { kind: MentionKind }): Span & { kind: MentionKind } {
  for (const verb of REPORTING_VERBS) {
    for (let k = 1; k < verb.length; k++) {
      if (s.end - k - s.start >= 2 && text.startsWith(verb, s.end - k)) return { ...s, end: s.end - k };
    }
  }
  return s;
}

/** The name right after a compound title: after a foreign one by its extent (马尔代夫总统穆伊兹), else by its surname. */
function nameAfter(text: string, at: number, compound: readonly TitleMatch[]): Span | undefined {
  // (该会主席拿督江乙虎: an honour between the post and the name.)
  const honour = wordAt(HONOURS_BEFORE_NAME, text, at);
  if (honour) return nameAfter(text, at + honour.length, compound);
  if (compound.some((t) => t.foreign)) return nameAfterForeignTitle(text, at);
  // (政协委员和特邀代表: 和 after a title joins another group; as a surname it is too rare to read there.)
  if (/[和与及]/.test(text[at] ?? '')) return undefined;
  // (夏宝龙主任来澳考察调研: 来 and a place are coming there, after a post of address the tagger's name went before.)
  if (text[at] === '来' && PLACE_ONE_CHAR.includes(text[at + 1] ?? '。')) return undefined;
  return nameAt(text, at) ?? nameClosedAfterTitle(text, at, compound);
}

/**
 * Two characters between a title held in a body and the next official's title (共青团中央书记处第一书记阿东，中央军委
 * 委员…): a name whatever its first character, in a list of officials (`keep` still drops a common word).
 */
function nameClosedAfterTitle(text: string, at: number, compound: readonly TitleMatch[]): Span | undefined {
  const two = compound.some((t) => t.organ) && /^[\u4e00-\u9fff]{2}[，、]/.test(text.slice(at, at + 3));
  // (山东省副省长才利民，济南市市长杨鲁豫: three characters after a place's post, then the next official; a surname
  // kg does not list, and no word jieba reads whole nor a verb.)
  const three = !two && compound.some((t) => t.jur?.named) && /^[\u4e00-\u9fff]{3}[，、]/.test(text.slice(at, at + 4));
  // (国务院副总理回良玉出席会议: three characters after a post, then what officials do; a surname too rare for the
  // lists.)
  const acting = !two && !three && THREE_THEN_ACTING.test(text.slice(at, at + 8));
  // (省长们循例参加: a plural or an adverb opens no name; 咸辉在参加…, 教师代表等参加…: nor closes one.)
  const edge = LEFT_BOUNDARY.has(text[at]!) || NOT_OPENING_TRIPLE.test(text[at]!) ||
    NOT_CLOSING_TRIPLE.test(text[at + 2] ?? '');
  if (acting && !edge && nameLikeTriple(text.slice(at, at + 3))) return { start: at, end: at + 3 };
  const len = two ? 2 : three ? 3 : 0;
  if (!len || !titleAt(text, at + len + 1, true)) return undefined;
  // (人大代表和市、区、镇人大负责同志: a joiner and a level, no name.)
  if (LEFT_BOUNDARY.has(text[at]!) || /[省市县区镇乡村]/.test(text.slice(at + 1, at + len))) return undefined;
  if (three && !unknownTriple(text.slice(at, at + 3))) return undefined;
  return { start: at, end: at + len };
}

/** What officials named after their posts do first (出席会议, 主持会议, 会见…): the name stands right before it. */
const OFFICIALS_DO = ['出席', '主持', '参加', '会见', '会晤', '致辞', '宣布', '宣读', '率团', '带队', '陪同'];
const THREE_THEN_ACTING = new RegExp(`^[\u4e00-\u9fff]{3}(?:${OFFICIALS_DO.join('|')})`);
/** What joins a list's last name to the names before it (丁薛祥、刘鹤，以及李作成出席). */
const LAST_OF_LIST = /^(?:[，、]?以及|[和及])/;

/**
 * The last name of a list that jieba reads in pieces (以及李作成出席: 李/nr 作成/v), after a person and a joiner and
 * before what officials do: a listed surname, then one or two characters.
 */
function lastOfList(found: Found): void {
  const { text } = found;
  for (const p of found.mentions.filter((m) => m.kind === 'person' && !m.surnameOnly)) {
    const at = p.end + (LAST_OF_LIST.exec(text.slice(p.end, p.end + 3))?.[0].length ?? 0);
    if (at === p.end || surnameAt(text, at) !== 1) continue;
    const len = [3, 2].find((n) => OFFICIALS_DO.some((w) => text.startsWith(w, at + n)));
    if (!len || !allHan(text.slice(at, at + len)) || NOT_CLOSING_TRIPLE.test(text[at + len - 1]!)) continue;
    const s = { start: at, end: at + len };
    if (found.free(s) && !titleAt(text, at + 1, true) && nameLike(text.slice(at, at + len), true)) {
      found.addName(s, 'last-of-list');
    }
  }
}

/** Plurals, joiners and adverbs that stand at either end of three such characters, and those of one end only. */
const FUNCTION_CHARS = '们等及和与也都还又就在将已曾并亦均各';
const NOT_OPENING_TRIPLE = new RegExp(`[${FUNCTION_CHARS}分共同一]`);
const NOT_CLOSING_TRIPLE = new RegExp(`[${FUNCTION_CHARS}的之了着]`);

/** Three characters jieba reads as one name or proper noun (回良玉: nz). */
function nameLikeTriple(s: string): boolean {
  const words = tag(s);
  return words.length === 1 && /^(?:nr|nz)/.test(words[0]!.tag);
}

/** Three characters jieba reads as no one word and no verb (才 + 利民), as a name kg cannot vouch for by surname. */
function unknownTriple(s: string): boolean {
  const words = tag(s);
  return words.length > 1 && !words.some((w) => w.tag.startsWith('v'));
}

/** A title with nothing but its post: no jurisdiction, no organ, no state. */
const barePost = (t: TitleMatch) => !t.jur && !t.organ && !t.state;
/** A bare post a leader's name may stand before (`栗战书委员长`). */
const addressPost = (t: TitleMatch) => barePost(t) && POSTS_AFTER_NAME.includes(t.post);

/** A foreign post right after a name (`普京总统`): bare, its state unknown here. */
function foreignPostAt(text: string, i: number): TitleMatch | undefined {
  const post = wordAt(FOREIGN_POSTS, text, i);
  return post ? { start: i, end: i + post.length, post, foreign: true } : undefined;
}

/** The mentions found so far in one text, and which of its characters they took: later rules never take them again. */
class Found {
  readonly mentions: Mention[] = [];
  /** The names found so far, to find again where they recur. */
  readonly names = new Set<string>();
  private readonly taken: Uint8Array;

  /** `text` with its half-width marks read full-width; `printed`, as the input has it (what the tagger learnt on). */
  constructor(
    readonly text: string,
    readonly printed = text,
  ) {
    this.taken = new Uint8Array(text.length);
  }

  free(s: Span): boolean {
    return s.start < s.end && s.end <= this.text.length && this.taken.subarray(s.start, s.end).every((x) => x === 0);
  }

  /** Characters no rule may take (a doctrine named after a leader). */
  fence(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }

  /** A doctrine, fenced off from every rule; the names it is named after, to report as persons marked `doctrine`. */
  fenceDoctrine(start: number, end: number): Mention[] {
    this.fence(start, end);
    const doctrine = this.text.slice(start, end);
    return DOCTRINE_NAMES.flatMap((name) => {
      const at = doctrine.indexOf(name);
      if (at < 0) return [];
      const s = start + at;
      return [{ text: name, kind: 'person', start: s, end: s + name.length, rule: 'doctrine', doctrine: true }];
    });
  }

  add(s: Span, kind: MentionKind, rule: string, extra: Partial<Mention> = {}): boolean {
    if (!this.free(s)) return false;
    this.taken.fill(1, s.start, s.end);
    this.mentions.push({ text: this.text.slice(s.start, s.end), kind, start: s.start, end: s.end, rule, ...extra });
    return true;
  }

  /**
   * A body's name the tagger reads from a place the place rule took (中国共产党, 湖南少儿社) to a body's ending: the
   * places are part of the name. Frees them when places alone stand in the span's way.
   */
  yieldPlacesTo(s: Span): void {
    const inside = this.mentions.filter((m) => m.start < s.end && m.end > s.start);
    if (inside.length === 0 || !inside.every((m) => m.rule === 'place' && m.start >= s.start && m.end <= s.end)) return;
    if (inside[0]!.start !== s.start || !endsInBodySuffix(this.text, s.end)) return;
    for (const m of inside) {
      this.mentions.splice(this.mentions.indexOf(m), 1);
      this.taken.fill(0, m.start, m.end);
    }
  }

  /** Persons (or another kind) only the tagger read inside a span are dropped, their characters freed. */
  dropTaggerPersons(s: Span, kind: MentionKind = 'person'): void {
    for (const m of this.mentions.filter((x) => x.kind === kind && x.rule === 'tagger')) {
      if (m.start < s.start || m.end > s.end) continue;
      this.mentions.splice(this.mentions.indexOf(m), 1);
      this.taken.fill(0, m.start, m.end);
      if (!this.mentions.some((x) => x.kind === 'person' && x.text === m.text)) this.names.delete(m.text);
    }
  }

  /** A mention dropped, its characters freed, to be read again as other mentions. */
  drop(m: Mention): void {
    this.mentions.splice(this.mentions.indexOf(m), 1);
    this.taken.fill(0, m.start, m.end);
  }

  /** Places inside a name read from a list (韩 of 韩正, 长春 of 李长春) are dropped, their characters freed. */
  dropPlacesIn(s: Span): void {
    for (const m of this.mentions.filter((x) => x.kind === 'place' && x.start >= s.start && x.end <= s.end)) {
      this.mentions.splice(this.mentions.indexOf(m), 1);
      this.taken.fill(0, m.start, m.end);
    }
  }

  /** A mention read again over a span that holds it and free characters only: its kind and rule anew. */
  replace(m: Mention, s: Span, kind: MentionKind, rule: string): void {
    this.taken.fill(0, m.start, m.end);
    if (!this.free(s)) {
      this.taken.fill(1, m.start, m.end);
      return;
    }
    this.mentions.splice(this.mentions.indexOf(m), 1);
    const named = this.mentions.some((x) => x.kind === 'person' && x.text === m.text);
    if (m.kind === 'person' && !named) this.names.delete(m.text);
    this.add(s, kind, rule);
  }

  addName(s: Span, rule: string): void {
    // (在贺信中指出: a leader's work and where in it, before a verb of saying, as a name would stand; 哈马斯称: a
    // movement does what people do.)
    const name = this.text.slice(s.start, s.end);
    // (县委书记韩军: right after a post, 韩军 is a man's name, not Korea's army.)
    const army = rule !== 'after-title' && countryWord(this.text, name);
    if (LEADERS_WORKS.test(name) || MOVEMENT_START.test(name) || ROYAL_RANKS.test(name) || army) return;
    if (this.add(s, 'person', rule)) this.names.add(name);
  }

  addTitle(t: TitleMatch, jurisdiction: string | undefined, rule = 'title'): void {
    this.add({ start: t.start, end: t.end }, 'title', rule, {
      post: t.post,
      ...(t.organ ? { organ: t.organ } : {}),
      ...(jurisdiction ? { jurisdiction } : {}),
      ...(t.former ? { former: true } : {}),
    });
  }
}

/** 代表委员: the deputies and members a session gathers, no one's title (许多代表委员普遍聊到…). */
function deputiesAndMembers(text: string, compound: readonly TitleMatch[]): boolean {
  const t = compound[0]!;
  return compound.length === 1 && t.post === '委员' && t.end - t.start === 2 && text.slice(t.start - 2, t.start) === '代表';
}

/**
 * Titles and compound titles, and the names they introduce: after them, or before a post of address
 * (`栗战书委员长`). A generic post alone, or a title printed with a one-character country, needs a name.
 */
function titlesAndNames(
  found: Found,
  paper: string | undefined,
  talkSlots: readonly Span[],
  scene: readonly Span[],
): void {
  const { text } = found;
  // A guest's name in the slot of talks or of 会见 is measured whole (同阿姆赫德主席举行会谈: not 赫德 by its surname;
  // 会见德索萨总统和科斯塔总理: not 斯塔).
  const slots = [...talkSlots, ...guestsBeforePosts(text)];
  for (let i = 0; i < text.length; i++) {
    const compound = titlesAt(text, i);
    if (compound.length === 0 || deputiesAndMembers(text, compound)) continue;
    const end = compound.at(-1)!.end;
    const alone = compound.length === 1 ? compound[0]! : undefined;
    // A post of address right after a name is that name's (王岐山副主席来巴出席): no name after it.
    const slot = slots.find((n) => n.end === alone?.start);
    const ended = alone && addressPost(alone) ? slot ?? nameEndingAt(text, alone.start) : undefined;
    // (国家杜马主席沃洛金: a foreign chamber's name ends there, no name.)
    // (自由车协会秘书长李开志: a body's name ends there, no name.)
    const bodyEnds = ended && BODY_ENDING.test(text.slice(0, ended.end));
    const before = ended && !chamberEnds(text, ended) && !bodyEnds ? ended : undefined;
    const at = text[end] === ' ' ? end + 1 : end;
    const read = before ? undefined : (scene.find((n) => n.start === at) ?? nameAfter(text, at, compound));
    const collective = read && COLLECTIVE_OPENS.test(text.slice(read.start));
    const name = read && !prepositionThenAddress(text, read) && !collective ? read : undefined;
    const jur = jurisdictions(compound, paper);
    compound.forEach((t, k) => {
      const needsName = t.needsName || (t === alone && barePost(t) && GENERIC_POSTS.has(t.post));
      if (name || before || !needsName) found.addTitle(t, jur[k]);
    });
    if (before) found.addName(before, 'before-title');
    if (name) {
      found.addName(name, 'after-title');
      // (…酋长沙尔基、海合会秘书长纳伊夫: a title opening the next item starts another official, named after it.)
      for (const more of listAfter(text, name)) {
        if (titlesAt(text, more.start).length > 0) break;
        // (…副市长侯咏、巴州副州长王贵勇: a deputy's 副 ends no name; the next official's post starts there.)
        if (text[more.end - 1] === '副') break;
        found.addName(more, 'title-list');
      }
    }
    const abroad = compound.some((t) => t.foreign || (t.state && t.state !== '中国'));
    const next = name && abroad ? foreignPartner(found, name.end, jur.at(-1)) : undefined;
    i = Math.max(i, (next ?? name?.end ?? end) - 1);
  }
}

/**
 * Two characters after a post, then a post of address, are a preposition and a surname addressed (徐校长向庄书记汇报:
 * 向, then 庄书记), not a name.
 */
function prepositionThenAddress(text: string, name: Span): boolean {
  if (name.end - name.start !== 2 || !/[向和与同对给跟为]/.test(text[name.start]!)) return false;
  return titlesAt(text, name.end).some((t) => addressPost(t));
}

/**
 * A second official of the same state joined by 和 or 、 with a post alone (哥伦比亚国会主席兼参议长纳梅和众议长卡列),
 * or with a ministry whose name does not say whose it is (伊朗总统莱希、外交部长阿卜杜拉希扬): the post is held in that
 * state, the name after it is his. Where the partner ends, or undefined.
 */
function foreignPartner(found: Found, at: number, jurisdiction: string | undefined): number | undefined {
  const { text } = found;
  if (text[at] !== '和' && text[at] !== '、') return undefined;
  // (伊朗已故总统莱希和已故外交部长阿卜杜拉希扬, …和前外长…: the partner's post, held until death or before.)
  const gone = /^(?:已故|前|原)/.exec(text.slice(at + 1, at + 3))?.[0] ?? '';
  const read = titleAt(text, at + 1 + gone.length, true, true);
  const post = read && gone && gone !== '已故' ? { ...read, former: true as const } : read;
  const bare = post?.foreign && !post.state;
  if (!post || !(bare || post.stateImplied) || post.jur || !jurisdiction || jurisdiction === '中国') return undefined;
  const name = nameAfterForeignTitle(text, post.end);
  if (!name) return undefined;
  // (Not where the organ is printed with its own state: 乍得总理凯布扎博、利比亚总统委员会副主席库尼.)
  const own = organsState(post);
  found.addTitle(own ? { ...post, organ: own.organ } : post, own?.state ?? jurisdiction);
  found.addName(name, 'after-title');
  return name.end;
}

/** Names known by their surroundings, then where they recur, and the posts printed right after them (习近平主席). */
function namesInContext(found: Found, talkSlots: readonly Span[], scene: readonly Span[]): void {
  const { text } = found;
  // Before the rules that would read 胡老 or 老于 as a whole name; a surname alone is no name to find again.
  for (const s of surnamesOfAddress(text)) found.add(s, 'person', 'surname-address', { surnameOnly: true });
  for (const s of nameLists(text)) found.addName(s, 'name-list');
  for (const s of namesAfterIntro(text)) found.addName(s, 'after-intro');
  for (const s of namesAfterMissions(text)) found.addName(s, 'after-mission');
  for (const s of namesBeforeVerbs(text)) found.addName(s, 'before-verb');
  for (const s of unknownNamesBeforeRoles(text)) found.addName(s, 'unknown-before-role');
  for (const s of deputiesFrom(text)) found.addName(s, 'deputy-from');
  for (const s of talkSlots) found.addName(s, 'talks-partner');
  for (const s of scene) found.addName(s, 'talks-scene');
  for (const s of guestsAfterPosts(text)) found.addName(s, 'guest-after-post');
  for (const s of namesAfterSpouse(text)) found.addName(s, 'after-spouse');
  for (const s of namesBeforeVouchingWords(text)) found.addName(s, 'before-comrade');
  for (const s of dottedNames(text)) found.addName(s, 'dotted');
  for (const s of recurrences(text, found.names, (x) => !found.free(x))) found.addName(s, 'recurrence');
  // A dotted name's short form printed alone (哈桑 after 萨米娅·苏卢胡·哈桑); `fullNames` names it in the end.
  const shorts = new Set(shortForms(found.names).keys());
  for (const s of recurrences(text, shorts, (x) => !found.free(x))) found.add(s, 'person', 'short-form');
  for (const p of found.mentions.filter((m) => m.kind === 'person' && !m.surnameOnly)) {
    const t = titleAt(text, p.end, true) ?? foreignPostAt(text, p.end);
    if (t && barePost(t)) found.addTitle(t, undefined, 'after-name');
  }
}

/** Party and state bodies (市委, 市人大), enterprises and organisations by suffix, then places. */
function bodiesAndPlaces(found: Found): void {
  const { text } = found;
  for (let i = 0; i < text.length; i++) {
    const o = organAt(text, i);
    if (o && found.add(o, 'organization', 'organ')) i = o.end - 1;
  }
  for (const p of periodicals(text)) found.add(p, 'organization', 'periodical');
  const free = (x: Span) => found.free(x);
  for (const b of bodies(text, free)) found.add(b, b.kind, 'suffix');
  const enterprises = found.mentions.filter((m) => m.kind === 'enterprise');
  for (const s of listedEnterprises(text, enterprises, free)) found.add(s, 'enterprise', 'enterprise-list');
  for (const s of visitedFirms(text, enterprises, free)) found.add(s, 'enterprise', 'firms-visited');
  for (const p of places(text)) found.add(p, 'place', 'place');
}

/** A special administrative region's body is named in full in the graph, however printed (香港特区政府). */
function regionsInFull(mentions: readonly Mention[]): void {
  for (const b of mentions) {
    const region = /^(?:中国)?(.{2})特区(.+)$/.exec(b.text);
    const named = region && b.kind === 'organization' && SPECIAL_ADMINISTRATIVE_REGIONS.includes(region[1]!);
    if (named) b.fullName = `${region[1]}特别行政区${region[2]}`;
  }
}


/**
 * A list of names with one item the tagger read as something else (周树春、江泽林、孙大伟: 江泽林 as a place): between two
 * names joined by 、, a short item starting with a surname is a name too.
 */
function namesAmongNames(found: Found): void {
  const { text } = found;
  const persons = found.mentions.filter((m) => m.kind === 'person');
  for (const m of found.mentions) {
    if (m.rule !== 'tagger' || m.kind === 'person' || m.kind === 'title' || m.text.length > 4) continue;
    const before = persons.some((p) => p.end === m.start - 1 && text[p.end] === '、');
    const after = persons.some((p) => p.start === m.end + 1 && text[m.end] === '、');
    // (…王蒙徽、巴音朝鲁、冯飞…: a Mongolian name the tagger read as a place, four characters and no surname.)
    const unknownPlace = m.text.length === 4 && !COUNTRY_OF.has(m.text) && !KNOWN_PLACES.includes(m.text);
    if (before && after && (m.text.length <= 3 ? surnameAt(text, m.start) > 0 : unknownPlace)) {
      m.kind = 'person';
      m.rule = 'name-among-names';
    }
  }
  for (const s of unreadAmongNames(found, persons)) found.addName(s, 'name-among-names');
}

/**
 * Two names the tagger read with nothing between them are one (呼日勒 + 巴特尔 of 副总理呼日勒巴特尔): news sets every
 * name apart from the next.
 */
function abuttingNames(found: Found): void {
  const persons = found.mentions.filter((m) => m.kind === 'person').sort((a, b) => a.start - b.start);
  const posts = officialsPosts(found);
  for (let k = 1; k < persons.length; k++) {
    const [a, b] = [persons[k - 1]!, persons[k]!];
    if (a.end !== b.start || (a.rule !== 'tagger' && b.rule !== 'tagger') || b.end - a.start > 8) continue;
    // (记者唐真龙邹靓: a byline runs its reporters' names together; 安长 + 明特 of 安长明特地: a name of China's is no
    // longer than four, nor does one open with 同 / 与.)
    if (!posts.has(a.start) || b.end - a.start < 5 || /^[同与和跟]/.test(a.text)) continue;
    found.drop(b);
    found.replace(a, { start: a.start, end: b.end }, 'person', 'abutting-names');
    persons[k] = found.mentions.find((m) => m.kind === 'person' && m.start === a.start) ?? b;
  }
}

/** Where the posts of officials end (not a reporter's: 记者唐真龙邹靓). */
function officialsPosts(found: Found): Set<number> {
  const press = (m: Mention) => /(?:记者|通讯员|编辑)$/.test(m.text);
  return new Set(found.mentions.filter((m) => m.kind === 'title' && !press(m)).map((m) => m.end));
}
/** Words printed after a name that are none of it: courtesies and posts of address. */
const AFTER_NAME_WORDS = sortLongestFirst([...COURTESIES_AFTER_NAME, '夫人', '博士', '教授', ...POSTS_AFTER_NAME]);

/**
 * A name printed between the body it serves and its post (安徽省科协王海彦副主席, …研究会费明煦副秘书长): vouched for
 * by both, the post his. A mission's diplomats, whose posts of address the title rules do not read bare (驻美国使馆秦刚
 * 大使), are read before the title rules (`namesAfterMissions`).
 */
function namesAfterBodies(found: Found): void {
  const { text } = found;
  for (const m of found.mentions.filter((x) => x.kind === 'organization' || x.kind === 'enterprise')) {
    const name = nameAt(text, m.end, 'vouched');
    const post = name && found.free(name) ? titleAt(text, name.end, true) : undefined;
    // (Not a unit's head printed short, 县人大文卫科长: 文卫科 + 长, no name 文卫.)
    if (!post || !barePost(post) || UNIT_HEADS.test(post.post)) continue;
    const read = found.mentions.some((t) => t.kind === 'title' && t.start === post.start && t.end === post.end);
    if (!read && !found.free(post)) continue;
    found.addName(name!, 'after-body');
    if (!read) found.addTitle(post, undefined, 'after-name');
  }
}

const UNIT_HEADS = /^[科处局司所股厅室部院站队]长$/;

/**
 * A name printed between a unit no rule read and his post (台州海事局王军局长, 江门市文化馆蔡朝阳馆长): the unit's last
 * character and the post vouch for the name between them.
 */
function namesBetweenUnitsAndPosts(found: Found): void {
  const { text } = found;
  for (const t of found.mentions.filter((m) => m.kind === 'title' && HEAD_POST.test(m.text))) {
    const before = found.mentions.filter((m) => m.end <= t.start).reduce((e, m) => Math.max(e, m.end), 0);
    const clause = Math.max(...[...'，。；、：\n'].map((c) => text.lastIndexOf(c, t.start - 1) + 1));
    const from = Math.max(before, clause);
    const span = text.slice(from, t.start);
    if (span.length < 4 || span.length > 12 || !allHan(span) || !found.free({ start: from, end: t.start })) continue;
    const name = [3, 2].map((n) => span.slice(-n)).find((n) => surnameAt(n, 0) === 1 &&
      unitOrSection(span.at(-n.length - 1)!) && nameLike(n, n.length === 3));
    if (name) found.addName({ start: t.start - name.length, end: t.start }, 'after-body');
  }
}
/** A unit's last character, or a section's (基础教育科陈国良科长). */
const unitOrSection = (c: string) => UNIT_ENDS.has(c) || c === '科';
/** Posts of a unit's head or officer, printed bare after the name (局长, 副馆长, 主任, 总经理). */
const HEAD_POST = /^(?:副|常务副)?(?:[局馆院站所处科厂]长|主任|书记|总经理|经理)$/;

/** The same, where the tagger cut the given name a character short of the post (…学会王镇恒名誉理事长: 王镇). */
function cutNamesAfterBodies(found: Found): void {
  const { text } = found;
  for (const m of found.mentions.filter((x) => x.kind === 'organization' || x.kind === 'enterprise')) {
    const cut = found.mentions.find((p) => p.kind === 'person' && p.rule === 'tagger' && p.start === m.end);
    if (!cut || cut.end - cut.start !== 2 || surnameAt(text, cut.start) !== 1 || !isHanAt(text, cut.end)) continue;
    const at = cut.end + 1;
    const read = found.mentions.some((t) => t.kind === 'title' && t.start === at);
    const post = read ? undefined : titleAt(text, at, true);
    if ((!read && !(post && barePost(post))) || !found.free({ start: cut.end, end: at })) continue;
    found.drop(cut);
    found.addName({ start: cut.start, end: at }, 'after-body');
  }
}

/**
 * The same before a post of address (张援远大使, read 张援 + 远大使): a post of address at the next character, none at
 * the cut, the one character between no word of function (在大使馆) nor a post's own prefix (副大使, 代总领事).
 */
function cutNamesBeforePosts(found: Found): void {
  const { text } = found;
  for (const cut of found.mentions.filter((p) => p.kind === 'person' && p.rule === 'tagger')) {
    if (cut.end - cut.start !== 2 || surnameAt(text, cut.start) !== 1 || !isHanAt(text, cut.end)) continue;
    const at = cut.end + 1;
    const post = wordAt(POSTS_AFTER_NAME, text, at);
    // (The post a word of its own: not 大使馆.)
    if (!post || tokenAt(text, at)?.word !== post || wordAt(AFTER_NAME_WORDS, text, cut.end)) continue;
    const c = tokenAt(text, cut.end);
    if (!c || c.word.length !== 1 || FUNCTION_TAGS.test(c.tag) || POST_PREFIXES.has(c.word)) continue;
    if (!found.free({ start: cut.end, end: at })) continue;
    found.drop(cut);
    found.addName({ start: cut.start, end: at }, 'tagger');
  }
}
const POST_PREFIXES = new Set(Array.from('副代总首前原老正'));

/**
 * A name cut before a 和 that joins nothing, right before a mark (主席竹田恒和，…; 魏凤和、): no conjunction stands
 * there, the 和 is the name's.
 */
function namesBeforeStrandedJoiner(found: Found): void {
  const { text } = found;
  // (Vouched by a post before it: 乌兰布和, a desert listed among others, is no name.)
  const vouched = (m: Mention) => m.rule === 'after-title' || m.rule === 'title-list';
  const cut = (m: Mention) => m.kind === 'person' && vouched(m) && m.end - m.start <= 3 && text[m.end] === '和' &&
    /^[，。、；：]/.test(text.slice(m.end + 1, m.end + 2)) && found.free({ start: m.end, end: m.end + 1 });
  for (const m of found.mentions.filter(cut)) found.replace(m, { start: m.start, end: m.end + 1 }, 'person', m.rule!);
}

/**
 * A name the tagger cut short after a post, up to the list's mark (外交部部长巴特 + 策策格、): the rest, read by jieba as
 * nouns only, is the name's too.
 */
function namesToListMark(found: Found): void {
  const { text } = found;
  const posts = officialsPosts(found);
  for (const m of found.mentions.filter((x) => x.kind === 'person' && x.rule === 'tagger' && posts.has(x.start))) {
    // (Not before a comma: 总经理包国富坦言，…)
    const rest = /^\p{Script=Han}{1,4}(?=、|等)/u.exec(text.slice(m.end, m.start + 8))?.[0];
    if (!rest || !found.free({ start: m.end, end: m.end + rest.length })) continue;
    // (副县长于有斌先生: a courtesy or a post of address after the name is none of it.)
    if (wordAt(AFTER_NAME_WORDS, rest, 0)) continue;
    // (Not a common noun after the name: 国画大师李苦禅家乡、, 院士科普讲座、, 陈家东案、; but a Vietnamese woman's
    // given name after 氏, whatever word it is: 范氏 + 清茶.)
    const words = tag(rest);
    const vietnamese = m.text.endsWith('氏');
    if (!vietnamese && words.length === 1 && /^(?:n|ng|vn)$/.test(words[0]!.tag)) continue;
    if (!words.every((t) => /^(?:n|nr\w*|ns|nz|ng|x)$/.test(t.tag))) continue;
    found.replace(m, { start: m.start, end: m.end + rest.length }, 'person', 'name-to-list-mark');
  }
}

/**
 * A name the tagger cut a character short after a post, right before what officials do (行政长官李家 + 超视频致辞):
 * where the character is no adverb, preposition or day that may stand there (李强则出席, 张华也出席, 王毅昨出席), the
 * name runs on by one.
 */
function namesCutBeforeActs(found: Found): void {
  const { text } = found;
  const posts = officialsPosts(found);
  const short = (m: Mention) => m.kind === 'person' && (m.rule === 'tagger' || m.rule === 'after-title') &&
    posts.has(m.start) && m.end - m.start === 2;
  for (const m of found.mentions.filter(short)) {
    const act = ACTS_AFTER_NAME.some((w) => text.startsWith(w, m.end + 1));
    if (!act || !isHanAt(text, m.end) || NOT_NAME_END.test(text[m.end]!)) continue;
    const one = { start: m.end, end: m.end + 1 };
    if (found.free(one)) found.replace(m, { start: m.start, end: m.end + 1 }, 'person', 'name-before-act');
  }
}
const ACTS_AFTER_NAME = [...OFFICIALS_DO, '视频致辞'];
/** Characters that follow a name as a word of their own (也出席, 则出席, 高涛的陪同下): no name ends with them there. */
const NOT_NAME_END = /[也都还又亦均皆就便即将曾已正再先另并和与及同等在于到向为对给被把从一首分共则昨今明前后未不没的之们率带]/;

/**
 * Two or three characters nothing read, set off by the same mark as the names on both sides of them (副县长孙菁菁，黄旺，
 * 回彬，吕振: 回, a surname too rare to list): a name, unless jieba reads them as a word it knows or a verb.
 */
function unreadAmongNames(found: Found, persons: readonly Mention[]): Span[] {
  const { text } = found;
  const out: Span[] = [];
  for (const a of persons) {
    const mark = text[a.end];
    const b = persons.find((p) => p.start > a.end + 2 && p.start <= a.end + 4 && text[p.start - 1] === mark);
    if (!b || (mark !== '、' && mark !== '，')) continue;
    const s = { start: a.end + 1, end: b.start - 1 };
    // (A name jieba does not know reads as one unknown word, or as a name, or in pieces none of them a verb.)
    const words = tag(text.slice(s.start, s.end));
    const word = words.length === 1 && !/^(?:nr|x)/.test(words[0]!.tag);
    const verb = words.some((w) => w.tag.startsWith('v'));
    if (allHan(text.slice(s.start, s.end)) && found.free(s) && !word && !verb) out.push(s);
  }
  return out;
}

/**
 * One name the tagger read as two, the first opening with the "with" before it (习近平主席同岸田文雄首相 read as 同岸 +
 * 田文雄): the name is what follows the joiner.
 */
function nameAfterJoiner(found: Found): void {
  const persons = found.mentions.filter((m) => m.kind === 'person' && m.rule === 'tagger');
  for (const a of persons) {
    const b = persons.find((m) => m.start === a.end);
    if (!b || a.text.length !== 2 || !/[同与和跟]/.test(a.text[0]!)) continue;
    found.mentions.splice(found.mentions.indexOf(b), 1);
    const parts = [a.text, b.text];
    a.start += 1;
    a.end = b.end;
    a.text = found.text.slice(a.start, a.end);
    for (const part of parts) {
      if (!found.mentions.some((m) => m.kind === 'person' && m.text === part)) found.names.delete(part);
    }
    found.names.add(a.text);
  }
}

/**
 * One string, one kind in a text: where the tagger read a name as a person (拉马福萨表示，), its readings of the same
 * string as a body by context alone (拉马福萨在总统官邸…: an enterprise) are that person too.
 */
function sameNameSameKind(found: Found): void {
  // (市长黄兴国…。黄兴国率代表团…: a name a title vouches for is that person where the tagger reads it as a place.)
  const titleEnds = new Set(found.mentions.filter((t) => t.kind === 'title').map((t) => t.end));
  const titled = new Set(
    found.mentions.filter((p) => p.kind === 'person' && titleEnds.has(p.start)).map((p) => p.text),
  );
  for (const m of found.mentions) {
    if (m.rule === 'tagger' && m.kind === 'place' && titled.has(m.text) && !KNOWN_PLACES.includes(m.text)) {
      m.kind = 'person';
      m.rule = 'same-name';
      continue;
    }
    // Not a place: a city is read as a person as often as a person as a city (新德里, 阿德莱德, 余村).
    if (m.rule !== 'tagger' || (m.kind !== 'enterprise' && m.kind !== 'organization') || !found.names.has(m.text)) continue;
    if (COUNTRY_OF.has(m.text) || KNOWN_PLACES.includes(m.text)) continue;
    m.kind = 'person';
    m.rule = 'same-name';
  }
}

/**
 * One string, one kind in a text, the other way: a name the tagger alone read as a person, with no title beside it,
 * where the same text reads that string as a place (在张家口…张家口) is that place.
 */
function samePlaceSameKind(found: Found): void {
  const placeNames = new Set(found.mentions.filter((m) => m.kind === 'place').map((m) => m.text));
  const titled = new Set(found.mentions.filter((m) => m.kind === 'title').flatMap((t) => [t.end, -t.start]));
  for (const m of found.mentions) {
    if (m.rule !== 'tagger' || m.kind !== 'person' || !placeNames.has(m.text)) continue;
    // (Not a name a title vouches for: 董事长、总经理罗阳, where 罗阳 is a town's name too.)
    if (titled.has(m.start) || titled.has(-m.end)) continue;
    m.kind = 'place';
    m.rule = 'same-place';
  }
}

/**
 * A name's last character that jieba and the tagger read as a word with what follows (市长陈新有等陪同: 陈新 and 有;
 * 主任王向前带队: 王向 and 向前), where what follows it after a name says nothing else: the name is three characters.
 */
const NAME_ENDS_READ_AS_WORDS: readonly [string, RegExp][] = [
  // 有 then a list's 等 and what follows a list of officials (not 有等待, 有等级).
  ['有', /^等(?:[，。；、]|人|同志|领导|负责|陪同|出席|参加|列席|一同|一起|随同|参会|与会|在|分别|共同)/],
  // 前 then leading a party, or a party (not 前往, 前来: a name going somewhere).
  ['前', /^(?:带队|率队|率领|带领|一行|等(?![待候])|同志)/],
  // 则 then a party or a courtesy (新竹市市长林政则一行3人, 林政则先生; not 则表示, 则是: a name's 则 of contrast).
  ['则', /^(?:一行|带队|率队|率领|带领|等(?![待候])|同志|先生|女士|[、，])/],
  // 年 then leading a party, or a list's mark (专员陈杏年带领的调研组; not 年底, 年初: a name's time).
  ['年', /^(?:带队|率队|率领|带领|一行|等(?![待候])|同志|陪同|出席|参加|主持|[、，])/],
  // 民 then 和 and the next of a pair (裁判员杨中民和高佳琦; not 民和县, the county).
  ['民', /^和(?![县回土])\p{Script=Han}{2}/u],
];

/** What follows a name in a list or as its verb's subject. */
const AFTER_A_NAME = /^(?:[、，。；等和及]|到会|出席|参加|陪同|列席|主持|表示|指出|强调)/;

function namesEndingInWords(found: Found): void {
  const short = found.mentions.filter((m) => m.kind === 'person' && m.end - m.start === 2);
  const whole = new Set<string>();
  for (const m of short) {
    const ends = NAME_ENDS_READ_AS_WORDS.find(([c]) => found.text[m.end] === c);
    const after = found.text.slice(m.end + 1, m.end + 6);
    // (指导组成员张善玉、张媛媛到会指导: a given name of one character doubled, read once.)
    const doubled = found.text[m.end] === found.text[m.end - 1] && AFTER_A_NAME.test(after);
    if (doubled || (ends && ends[1].test(after))) whole.add(found.text.slice(m.start, m.end + 1));
  }
  // (…陈新有等陪同。陈新有说: the name printed again, read short again; 组长盘伟群到会…组长盘伟群为: read whole once.)
  for (const m of found.mentions) if (m.kind === 'person' && m.end - m.start === 3) whole.add(m.text);
  for (const m of short) {
    const span = { start: m.start, end: m.end + 1 };
    if (whole.has(found.text.slice(span.start, span.end))) found.replace(m, span, 'person', m.rule ?? 'tagger');
  }
}

/** Kin, right before a name (的儿子——, 之女, 夫人). */
const KIN_BEFORE = /(?:儿子|女儿|之子|之女|父亲|母亲|妻子|丈夫|夫人|兄弟|哥哥|弟弟|姐姐|妹妹)[——、：:\s]*$/;

/** Every person printed as a short form of a dotted name in the same text, however found, gets that full name. */
function fullNames(text: string, mentions: Mention[]): void {
  const forms = shortForms(new Set(mentions.filter((m) => m.kind === 'person').map((m) => m.text)));
  // A full name printed as someone's relative (拜登的儿子——亨特·拜登) is not the one the short form names.
  for (const m of mentions) {
    if (m.kind === 'person' && KIN_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) {
      for (const [short, full] of forms) if (full === m.text) forms.delete(short);
    }
  }
  // A short form printed with a post the full name never holds, while the full name holds another, names someone else
  // of the family (民族领袖、人民委员会主席别尔德穆哈梅多夫, and his son 谢尔达尔·别尔德穆哈梅多夫总统).
  for (const [short, full] of forms) {
    const a = postsOf(short, mentions);
    const b = postsOf(full, mentions);
    if (a.size > 0 && b.size > 0 && ![...a].some((p) => b.has(p))) forms.delete(short);
  }
  for (const m of mentions) {
    const full = m.kind === 'person' ? forms.get(m.text) : undefined;
    if (full) m.fullName = full;
  }
  addressedByName(mentions);
}

/**
 * A surname with its word of address (黄老, 李书记) after the text named one person of that surname, and only one,
 * stands for him (云南省老促会常务副会长黄仁跃…。黄老一行在…陪同下).
 */
function addressedByName(mentions: Mention[]): void {
  const named: Mention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.kind !== 'person') continue;
    if (!m.surnameOnly) {
      if (!m.fullName && m.text.length >= 2 && m.text.length <= 4 && allHan(m.text)) named.push(m);
      continue;
    }
    const bearers = new Set(named.filter((n) => n.text.startsWith(m.text) && n.text !== m.text).map((n) => n.text));
    if (bearers.size === 1) m.fullName = [...bearers][0]!;
  }
}

/** The posts printed right before or right after a person's name, wherever the text names him. */
function postsOf(name: string, mentions: readonly Mention[]): Set<string> {
  const at = mentions.filter((m) => m.kind === 'person' && m.text === name);
  const posts = mentions.filter(
    (t) => t.kind === 'title' && at.some((m) => t.end === m.start || t.start === m.end),
  );
  return new Set(posts.map((t) => t.post ?? t.text));
}

/** Every printed movement of the lexicon (`MOVEMENTS`), longest first where two start together. */
function movementsIn(text: string): Span[] {
  const out: Span[] = [];
  for (const m of MOVEMENTS)
    for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + m.length)) out.push({ start: i, end: i + m.length });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A transliterated name whose first syllable jieba reads as a bound morpheme standing alone (汗/zg + 尤尼斯: the
 * tagger reads 尤尼斯): the name with it, to try as a place. Only as a place: a bound morpheme also ends words jieba
 * cuts short (执法员汪晓龙, 洛杉矶县戈尔曼), so a person is never widened so.
 */
function boundHead(text: string, s: Span): Span | undefined {
  if (s.end - s.start < 3 || s.start < 1) return undefined;
  // The whole words before it, so that one cut from its word (委员 → 员) is not read alone.
  let at = Math.max(0, s.start - 6);
  for (const t of tag(text.slice(at, s.end))) {
    const end = at + t.word.length;
    if (end !== s.start) {
      at = end;
      continue;
    }
    // (Not a level's word that ends a place before it: 洛杉矶县戈尔曼.)
    const syllable = t.word.length === 1 && t.tag === 'zg' && !PLACE_SUFFIXES.includes(t.word);
    return syllable ? { start: at, end: s.end } : undefined;
  }
  return undefined;
}

/**
 * A tagger person that is a transliterated place cut short by a syllable: its first, which jieba reads alone
 * (汗 + 尤尼斯, where the text says it is a place), or its last, which ends it as such places end (阿夫杰耶夫 + 卡).
 */
function placeWhole(found: Found, s: Span): Span | undefined {
  const headed = boundHead(found.text, s);
  if (headed && found.free(headed) && taggerPlace(found, headed)) return headed;
  const tailed = { start: s.start, end: s.end + 1 };
  const name = found.text.slice(tailed.start, tailed.end);
  // (Not two places the tagger read as one: 波克罗夫斯克和托雷茨.)
  const ends = s.end - s.start >= 3 && isHanAt(found.text, s.end) && PLACE_NAME_ENDS.test(name) && !/[和及与、]/.test(name);
  return ends && found.free(tailed) ? tailed : undefined;
}

/**
 * The tagger's reads with a bound morpheme that ends a place it read and opens the transliterated name right after
 * (加沙地带南部汗 + 尤尼斯) given to the name, where what lies before says the name is a place (the area's part).
 */
function boundHeadsRegrouped<S extends Span & { kind: MentionKind }>(found: Found, reads: S[]): S[] {
  for (let k = 1; k < reads.length; k++) {
    const [before, read] = [reads[k - 1]!, reads[k]!];
    if (before.kind !== 'place' || read.kind !== 'person' || before.end !== read.start) continue;
    const headed = boundHead(found.text, read);
    if (!headed || headed.start !== before.end - 1 || headed.start - before.start < 2) continue;
    if (!taggerPlace(found, headed)) continue;
    reads[k - 1] = { ...before, end: headed.start };
    reads[k] = { ...read, start: headed.start, kind: 'place' };
  }
  return reads;
}

/**
 * A tagger person that is a place's name without its first syllable (尤尼斯), where the same text names the place
 * whole (加沙地带南部城市汗尤尼斯…在汗尤尼斯继续打击): the place, whole.
 */
function placesWithBoundHead(found: Found): void {
  const placeNames = new Set(found.mentions.filter((m) => m.kind === 'place').map((m) => m.text));
  for (const m of found.mentions.filter((x) => x.rule === 'tagger' && x.kind === 'person')) {
    const headed = boundHead(found.text, m);
    if (!headed || !placeNames.has(found.text.slice(headed.start, headed.end))) continue;
    found.replace(m, headed, 'place', 'same-place');
  }
}

/** What a tagger person is: a person, or a place or a body the rules know it to be. */
function taggerKind(found: Found, s: Span): MentionKind {
  if (listedBody(found.text, s)) return 'enterprise';
  if (taggerPlace(found, s)) return 'place';
  return taggerBody(found.text.slice(s.start, s.end)) ? 'organization' : 'person';
}

/**
 * A tagger person that is a body: a movement news names bare (哈马斯称), a country's army by its one-character form
 * (乌军, 以军), or a name ending in an office's or a unit's word (国家林草局, 武装派别卡桑旅).
 */
function taggerBody(t: string): boolean {
  if (MOVEMENTS.has(t)) return true;
  if (t.length === 2 && t[1] === '军' && COUNTRY_ABBREVIATIONS.has(t[0]!)) return true;
  return t.length >= 3 && /[局署旅]$/.test(t);
}

/** Words of what lies around a place, right after its name. */
const AREA_AFTER = /^(?:[东西南北]部|以[东西南北]|附近|一带|郊区|市中心|城区|境内)/;

/**
 * A tagger person that is a place: a country's or a region's name (赴汤加参加, 阿拉伯、伊斯兰国家), one joined to a
 * place before it (在吉隆坡和布城分别会见), a place of the same list, or one of a list of fronts or areas.
 */
function taggerPlace(found: Found, s: Span): boolean {
  const text = found.text.slice(s.start, s.end);
  if (COUNTRY_OF.has(text) || WORLD_REGIONS.has(text) || WORLD_CITIES.has(text)) return true;
  if (text.length >= 3 && PLACE_NAME_ENDS.test(text)) return true;
  // A county's or a city's name (唐山, 宁德), unless a rule reads the same name as someone's here (商务部部长钟山).
  if (DIVISIONS.has(text) && !found.mentions.some((m) => m.kind === 'person' && m.text === text)) return true;
  // Where one goes, or a front named by it (前往巴赫穆特视察, 在巴赫穆特等方向): no one goes to a person so.
  if (/(?:前往|抵达|飞抵|到达|途经)$/.test(found.text.slice(Math.max(0, s.start - 2), s.start))) return true;
  if (PLACES_CLOSE.test(found.text.slice(s.end, s.end + 80))) return true;
  // A part of a region or a city's word before it (加沙地带南部汗尤尼斯, 南部城市拉法, 首都基辅), where a force is
  // (乌军继续在巴赫穆特, 武装人员在汗尤尼斯) or what lies there (位于哈尔科夫).
  const before = found.text.slice(Math.max(0, s.start - 6), s.start);
  // (Not one whose lead a force is under: 人员在张三的带领下.)
  const led = /^的?(?:带领|陪同|指挥|率领|主持|组织|安排|见证)/.test(found.text.slice(s.end, s.end + 3));
  // (加沙地带南部的汗尤尼斯: with 的 between.) Where a day's doing was done (杨洁篪16日在安克雷奇同…举行…对话).
  const scene = /(?:[东西南北中]部的?|城市|首都|港城|(?:军|部队|人员|武装)(?:继续|再次|仍然?|已经?)?在|位于)$/;
  const dayAt = /(?:[0-9０-９]日|[上中下]午|晚|当天|今天|昨天)在$/;
  if ((scene.test(before) || (dayAt.test(before) && found.text[s.end] !== '的')) && !led) return true;
  // What lies around it (汗尤尼斯以北, 巴赫穆特附近, 汗尤尼斯东部), or the area it lies in, printed right before it
  // (加沙地带汗尤尼斯): a person has no north. (Not any place before it: 回龙村彭小兰 is a villager.)
  if (AREA_AFTER.test(found.text.slice(s.end, s.end + 3)) || /(?:地带|地区)$/.test(before)) return true;
  const at = s.start - 1;
  if (at < 1 || !'和、及'.includes(found.text[at]!)) return false;
  // A place joined before it: where something is (在吉隆坡和布城), or a city that ends as transliterated places end
  // (顿涅茨克和哈尔科夫; not any the tagger read as a place: 少女玛裕勒和诗丽婉 are two girls).
  const joined = found.mentions.find((m) => m.kind === 'place' && m.end === at);
  if (!joined) return false;
  return found.text[joined.start - 1] === '在' || (found.text[at] !== '、' && PLACE_NAME_ENDS.test(joined.text));
}

/**
 * A tagger person that is an item of a list of companies (美团、…、徐工汉云、抖音等企业负责人先后发言): the list closes
 * on 等 and what kind of body its items are.
 */
function listedBody(text: string, s: Span): boolean {
  // The tagger may read only the start of a company's name (海智 in 海智在线).
  const end = s.end + /^[^，。；：、等\s]{0,4}/.exec(text.slice(s.end, s.end + 4))![0].length;
  return text[end] === '、' || text[end] === '等' ? LISTED_BODIES.test(text.slice(end, end + 120)) : false;
}
const LISTED_BODIES =
  /^(?:、[^，。；：、]{1,12})*等(?:[0-9０-９一二三四五六七八九十百多余]+家)?[^，。；：、]{0,8}?(?:企业(?!家)|公司|平台|机构|单位|银行|集团|商家)(?!家)/;

/** A firm's boards, which open a post of their own (董事会主席, 董事局副主席, 监事会主席). */
const BOARDS: ReadonlySet<string> = new Set(['董事会', '董事局', '监事会']);

/**
 * A body the tagger runs into a board's post the rules read (美中关系全国委员会董事会 of …董事会主席格林伯格) ends where
 * the post starts: the board is the post's, the body before it the title's organ. One that runs into a former post
 * ends before its marker.
 */
function beforeTitle<S extends Span>(found: Found, s: S): S {
  const { text } = found;
  // (What is left names a body, not a bare ending: not 联盟 of the tagger's 联盟董事会.)
  const into = (m: Mention) => m.kind === 'title' && m.start < s.end && m.end > s.end && m.start > s.start + 2;
  const title = found.mentions.find((m) => into(m) && BOARDS.has(text.slice(m.start, s.end)));
  if (title) return { ...s, end: title.start };
  // Nor does it take the marker of a former post after it (长安银行股份有限公司原党委书记, 国家体育总局原党组成员: 原).
  const former = found.mentions.find((m) => (m.start === s.end || into(m)) && /[原前]/.test(text[m.start - 1] ?? ''));
  return former && former.start - 1 > s.start + 1 ? { ...s, end: former.start - 1 } : s;
}

const AFTER_NAME_POSTS: ReadonlySet<string> = new Set(POSTS_AFTER_NAME);

/**
 * A post printed after a name (习近平主席) is followed by what he did, not by another name: the tagger's name there is
 * none (习近平主席卓越领导, 习近平主席西行哈萨克斯坦, 习近平主席向拉美…).
 */
function afterNamedPost(found: Found, s: Span): boolean {
  // (A joiner opens another name: 习近平主席和普京总统, 习近平主席同岸田文雄, whose 和 and 同 the name's repair drops.)
  if (/[和同与及跟]/.test(found.text[s.start] ?? '')) return false;
  // (Only a post printed after names: not 记者 of a byline, 通讯员王东升记者蔡早勤, which titles the name after it.)
  const post = found.mentions.find((m) => m.kind === 'title' && m.end === s.start && AFTER_NAME_POSTS.has(m.text));
  // (The name before it one the rules read, not a surname alone: not 党 of “阿玛纳特”党主席科沙诺夫, nor the tagger's
  // 罗斯托夫州.)
  const named = (m: Mention) =>
    m.kind === 'person' && m.end === post!.start && m.rule !== 'tagger' && !m.surnameOnly;
  return post !== undefined && found.mentions.some(named);
}

/** A visit's verbs, which follow the place gone to: no place's name runs on over one (深入东峤镇调研镇村…). */
const VISIT_VERBS = /调研|考察|视察|检查|督查|慰问|走访|看望/;

/** A place the tagger read on into the visit's verb after it, cut where its level or kind ends before the verb. */
/**
 * A name the tagger read with the end of the department before it (国家发改委农经司邱天朝副司长: 司, then 邱天朝): the
 * department's character is no part of it.
 */
function afterDepartment<S extends Span>(text: string, s: S): S {
  // (…基础教育科陈国良科长: a section's 科, an office's 室, a station's 站 likewise.)
  // (Not a name's own first character right after a post: 党主席科沙诺夫.)
  const department = /[司局处厅科室站所]/.test(text[s.start]!) && isHanAt(text, s.start - 1) &&
    surnameAt(text, s.start) < 2 && !wordEndingAt(POSTS, text, s.start);
  if (!department || surnameAt(text, s.start + 1) === 0) return s;
  // (司邱 read alone: the surname's given name follows, up to the post after it.)
  const given = s.end - s.start === 2 && isHanAt(text, s.end + 1) && titlesAt(text, s.end + 2).length > 0;
  const end = given ? s.end + 2 : s.end;
  return end - s.start >= 3 ? { ...s, start: s.start + 1, end } : s;
}

// (深入涧溪镇调研乡村振兴工作: read as a body, the place gone to is what stands before the verb.)
function placeBeforeVisit<S extends Span & { kind: MentionKind }>(text: string, s: S): S {
  const verb = VISIT_VERBS.exec(text.slice(s.start, s.end));
  if (!verb || verb.index < 2) return s;
  const end = s.start + verb.index;
  return wordEndingAt(PLACE_SUFFIXES, text.slice(s.start, end), verb.index) ? { ...s, end, kind: 'place' } : s;
}

/**
 * What the statistical tagger (trained on annotated news) reads where the rules did not reach, each read kept as the
 * kind the rules know it to be; a name listed among things is no name anywhere in the text (大数据、云计算、人工智能).
 */
function taggerReads(found: Found, model: Tagger): void {
  const { text } = found;
  const things = new Set<string>();
  for (const read of boundHeadsRegrouped(found, spansOf(text, tagSentence(model, found.printed)))) {
    const named = read.kind === 'person' ? beforeVerbCut(text, afterDepartment(text, read)) : read;
    const cut = read.kind === 'title' || read.kind === 'person' ? named : placeBeforeVisit(text, read);
    const body = cut.kind === 'organization' || cut.kind === 'enterprise';
    const s = body ? beforeTitle(found, taggerBodySpan(text, cut)) : cut;
    if (!taggerKeeps(text, s)) continue;
    if (s.kind === 'person' && afterNamedPost(found, s)) continue;
    if (s.kind === 'person' && amongThings(text, s)) {
      things.add(text.slice(s.start, s.end));
      continue;
    }
    if (body) found.yieldPlacesTo(s);
    const whole = s.kind === 'person' ? placeWhole(found, s) : undefined;
    if (whole) {
      found.add(whole, 'place', 'tagger');
      continue;
    }
    const kind = s.kind === 'person' ? taggerKind(found, s) : body ? taggerBodyKind(text, s) : s.kind;
    if (kind === undefined) continue;
    if (kind === 'person') found.addName(knownWhole(text, repairName(text, s), found.names), 'tagger');
    else found.add(kind === 'place' ? placeOpenedBefore(text, s) : s, kind, 'tagger');
  }
  for (const m of found.mentions.filter((x) => x.rule === 'tagger' && x.kind === 'person' && things.has(x.text))) {
    found.dropTaggerPersons(m);
  }
}

/**
 * A place the tagger starts inside a known one's name, whose first characters stand before it (烟 + 台莱阳市: 烟台莱阳市),
 * starts where the known one does.
 */
function placeOpenedBefore(text: string, s: Span): Span {
  if (tokenAt(text, s.start) !== undefined) return s; // (the tagger's start is a word's: nothing cut)
  for (const k of [1, 2]) {
    for (let len = k + 1; len <= k + 2; len++) {
      const name = text.slice(s.start - k, s.start - k + len);
      if (s.start - k >= 0 && (DIVISIONS.has(name) || KNOWN_PLACES.includes(name))) return { ...s, start: s.start - k };
    }
  }
  return s;
}

/** A name read before a post that is the end of a foreign chamber's name (国家杜马, 国家大呼拉尔). */
function chamberEnds(text: string, s: Span): boolean {
  return (wordEndingAt(FOREIGN_ORGANS, text, s.end)?.length ?? 0) > s.end - s.start;
}

/** The heads of a place a name may stand before (杨晓波市长), read at first as that place's (杨晓波市). */
const HEADS: ReadonlySet<string> = new Set(['省长', '市长', '县长', '区长', '州长', '镇长', '乡长']);

/**
 * A foreign name printed short before his post (马苏德省长, after 南奔巴省省长马塔尔·马苏德) read as a post of a place
 * of that name: the short form of a dotted name found before stands for him, the post after it is his.
 */
function shortNamesBeforePosts(found: Found): void {
  const shorts = new Set(
    found.mentions.filter((m) => m.kind === 'person' && m.text.includes('·')).map((m) => m.text.split('·').at(-1)!),
  );
  if (shorts.size === 0) return;
  for (const m of found.mentions.filter((x) => x.kind === 'title')) {
    const short = [...shorts].find((n) => n.length >= 2 && m.text.startsWith(n) && m.text.length > n.length);
    const at = m.start + (short?.length ?? 0);
    const post = short ? titlesAt(found.text, at).at(-1) : undefined;
    if (!post || post.end !== m.end) continue;
    found.drop(m);
    found.addName({ start: m.start, end: at }, 'before-title');
    found.addTitle(post, undefined, 'after-name');
  }
}

/**
 * A head printed after his name (应杨晓波市长邀请, 杨晓波市长在市政府会见…) reads as the head of a place named like
 * him: where the text names him as a person elsewhere and no list knows the place, it is his name and his post.
 */
function namesBeforeHeads(found: Found): void {
  for (const m of found.mentions.filter((x) => x.kind === 'title' && HEADS.has(x.post ?? '') && !x.organ)) {
    const name = m.text.slice(0, -m.post!.length);
    if (m.jurisdiction !== name + m.post![0] || !found.names.has(name)) continue;
    if (DIVISIONS.has(name) || KNOWN_PLACES.includes(name)) continue;
    found.drop(m);
    found.add({ start: m.start, end: m.start + name.length }, 'person', 'before-title');
    found.add({ start: m.start + name.length, end: m.end }, 'title', 'after-name', { post: m.post! });
  }
}

/**
 * Last characters that name a kind of unit (站, 所, 局; 委 of a committee, 民宗委主任): what the tagger reads as a name
 * ending in one is the unit.
 */
const UNIT_ENDS = new Set([...'站所局厂院馆处室队社办委']);
/** Last characters of bodies by their kind besides UNIT_ENDS (顾问团, 工作组, 常委会, 宣传部, 学校). */
const BODY_ENDS = /[团组会部司厅校中]$/;

/**
 * A name the tagger alone read, ending in a unit's character, right before a post (包村站所长) or after a determiner
 * (国家旅游局各司室): the unit, not a person.
 */
function unitsReadAsNames(found: Found): void {
  const posts = new Set(found.mentions.filter((m) => m.kind === 'title').map((m) => m.start));
  // (…处长华卜泉、安保处副处长陈海明: a list of posts read as a list of names.)
  const read = (x: Mention) =>
    x.kind === 'person' && (x.rule === 'tagger' || x.rule === 'title-list' || x.rule === 'before-verb');
  for (const m of found.mentions.filter(read)) {
    const unit = posts.has(m.end) || /[各该本]/.test(found.text[m.start - 1] ?? '');
    // (…科长唐松、…安监科副科长…: a section among posts listed; a name the tagger read may end in 科, 聂元科.)
    const end = m.text.at(-1)!;
    const ends = UNIT_ENDS.has(end) || (end === '科' && m.rule === 'title-list');
    if (ends && unit) found.replace(m, m, 'organization', 'unit-read-as-name');
    // (…带队与区侨联一行到…: a level's body, read as a name by the surname 区; …赵海斌、县宣传部、县发改局、…: or its
    // office by a short name.)
    else if (LEVEL_BODY.test(m.text) && (ORGANS.includes(m.text.slice(1)) || LEVELS_OFFICE.test(m.text))) {
      found.replace(m, m, 'organization', 'unit-read-as-name');
    }
  }
  // (斯卫生部长拉姆布克维拉: a state's short name and its ministry, read as a name by the surname 斯.)
  const ministry = (m: Mention) => m.kind === 'person' && (m.rule === 'tagger' || m.rule === 'before-title') &&
    found.text[m.end] === '部' && MINISTRY_STEMS.includes(m.text.slice(1));
  for (const m of found.mentions.filter(ministry)) found.drop(m);
  // (多米尼加国家自由区理事会: a country's name cut short, read as a name.)
  const country = (m: Mention) => m.kind === 'person' && m.rule === 'tagger' &&
    (wordAt(COUNTRY_FORMS, found.text, m.start)?.length ?? 0) > m.end - m.start;
  for (const m of found.mentions.filter(country)) found.drop(m);
}
const LEVEL_BODY = /^[省市县区州镇乡]/;
/** How a firm's name ends, before its head's name (锦州港, 中国一汽集团, 某某有限公司). */
const FIRM_ENDS = /(?:港|集团|公司|银行|[厂矿])$/;

/**
 * A name the tagger alone read as a body right before a post (马军胜局长还会见了…), or run on from the body before it
 * (国家邮政局马军胜局长): the name, and the body apart. Two characters alone are a brand as often (华为董事长), unless
 * the text names him elsewhere.
 */
function namesReadAsBodies(found: Found): void {
  const { text } = found;
  const posts = new Set(found.mentions.filter((m) => m.kind === 'title').map((m) => m.start));
  const bodies = found.mentions.filter((x) => x.kind === 'organization' && x.rule === 'tagger' && posts.has(x.end));
  for (const m of bodies) {
    const name = [3, 2].map((n) => text.slice(m.end - n, m.end)).find((n) => n.length <= m.text.length &&
      surnameAt(n, 0) === 1 && !UNIT_ENDS.has(n.at(-1)!) && !BODY_ENDS.test(n) && nameLike(n)); // not 顾问团主席
    if (!name) continue;
    const at = m.end - name.length;
    const body = text.slice(m.start, at);
    if (body ? !UNIT_ENDS.has(body.at(-1)!) : name.length < 3 && !found.names.has(name)) continue;
    found.drop(m);
    if (body) found.add({ start: m.start, end: at }, 'organization', 'body-before-name');
    found.addName({ start: at, end: m.end }, 'name-before-post');
  }
}

/** The same where the tagger read a firm on into its head's name (锦州港刘钧总裁): the post after it vouches for him. */
function namesReadAsFirms(found: Found): void {
  const { text } = found;
  const posts = new Set(found.mentions.filter((m) => m.kind === 'title').map((m) => m.start));
  const firms = found.mentions.filter((x) => x.kind === 'enterprise' && x.rule === 'tagger' && posts.has(x.end));
  for (const m of firms) {
    const name = [3, 2].map((n) => text.slice(m.end - n, m.end)).find((n) => n.length < m.text.length - 1 &&
      surnameAt(n, 0) === 1 && nameLike(n) && FIRM_ENDS.test(text.slice(m.start, m.end - n.length)));
    if (!name) continue;
    const at = m.end - name.length;
    found.drop(m);
    found.add({ start: m.start, end: at }, 'enterprise', 'body-before-name');
    found.addName({ start: at, end: m.end }, 'name-before-post');
  }
}

/**
 * A name the tagger alone read in brackets right after a place, a body or a word ending as a place's name does
 * (高新区（滨江）): the place's other name.
 */
function aliasesInBrackets(found: Found): void {
  const { text } = found;
  const named = new Set(found.mentions.filter((m) => m.kind !== 'person' && m.kind !== 'title').map((m) => m.end));
  for (const m of found.mentions.filter((x) => x.kind === 'person' && x.rule === 'tagger')) {
    const bracketed = text[m.start - 1] === '（' && text[m.end] === '）';
    const place = named.has(m.start - 1) || /[省市区县州旗镇乡村园]/.test(text[m.start - 2] ?? '');
    if (bracketed && place) found.replace(m, m, 'place', 'alias-in-brackets');
    // (鲁渝（寿光）蔬菜产业: words in brackets inside a noun phrase, after no place kg knows, are no name either, nor
    // is what they qualify.)
    else if (bracketAside(text, m)) {
      found.drop(m);
      const qualified = found.mentions.find((x) => x.kind === 'person' && x.rule === 'tagger' && x.end === m.start - 1);
      if (qualified) found.drop(qualified);
    }
  }
}

/**
 * A name in Latin letters in brackets right after a person's (阿利斯泰尔•科（Alistair Coe）) is his name as he spells
 * it: printed as it is, it stands for him (fullName), no second person.
 */
function glossesInBrackets(found: Found): void {
  const { text } = found;
  for (const m of found.mentions.filter((x) => x.kind === 'person' && LATIN.test(x.text))) {
    const open = text.lastIndexOf('（', m.start);
    const close = text.indexOf('）', m.end);
    if (open <= 0 || close < m.end || !LATIN_GLOSS.test(text.slice(open + 1, close))) continue;
    const named = found.mentions.find((x) => x.kind === 'person' && x.end === open && !LATIN.test(x.text));
    if (named) m.fullName = named.text;
  }
}
const LATIN = /^[A-Za-z][A-Za-z .'’-]*$/;
const LATIN_GLOSS = /^[A-Za-z][A-Za-z .'’-]{0,60}$/;

/** Find every mention in `text`; later rules never take characters an earlier one took. */
export function extract(input: string, options: ExtractOptions = {}): StageResult<Mention[]> {
  // Half-width marks among Chinese words are read as the full-width ones the rules know, one for one; every mention
  // is printed as the input has it.
  const text = toFullWidth(input)?.text ?? input;
  const found = new Found(text, input);
  // Doctrines named after leaders mention nobody: their characters are off limits to every rule and the tagger.
  const doctrines = [...text.matchAll(IDEOLOGY)].flatMap((m) => found.fenceDoctrine(m.index, m.index + m[0].length));
  // Places listed where someone went (到周口、许昌、郑州等地) are places before any name rule reads them.
  for (const p of listedPlaces(text)) found.add(p, 'place', 'place-list');
  // A state's mission abroad is one body before any title rule reads its ambassador's post in it (中国驻美国大使馆).
  for (const m of missions(text)) found.add(m, 'organization', 'mission');
  const talkSlots = namesInTalksSlot(text);
  const scene = namesInScene(text);
  titlesAndNames(found, options.jurisdiction, talkSlots, scene);
  namesInContext(found, talkSlots, scene);
  // Movements news names bare (哈马斯称, 黎真主党) are bodies, where no name rule read a name across them
  // (阿卜杜勒法塔赫·塞西): the tagger reads no name in them.
  for (const m of movementsIn(text)) found.add(m, 'organization', 'movement');
  bodiesAndPlaces(found);
  namesAfterBodies(found);
  namesBetweenUnitsAndPosts(found);
  // The statistical tagger (trained on annotated news) fills in what the rules did not reach.
  const model = options.model === false ? null : options.model === true || !options.model ? loadModel() : options.model;
  if (model) taggerReads(found, model);
  cutNamesAfterBodies(found);
  cutNamesBeforePosts(found);
  namesBeforeStrandedJoiner(found);
  unitsReadAsNames(found);
  namesReadAsBodies(found);
  namesReadAsFirms(found);
  aliasesInBrackets(found);
  glossesInBrackets(found);
  namesBeforeHeads(found);
  shortNamesBeforePosts(found);
  namesEndingInWords(found);
  namesAmongNames(found);
  abuttingNames(found);
  namesToListMark(found);
  namesCutBeforeActs(found);
  nameAfterJoiner(found);
  lastOfList(found);
  sameNameSameKind(found);
  placesWithBoundHead(found);
  samePlaceSameKind(found);
  for (const p of placesLeft(text, (s) => found.free(s))) found.add(p, 'place', 'place-left');
  // A name the tagger read among the places someone went to (艾提尕尔清真寺 in 来到…等调研) is part of a place's name.
  for (const d of destinationLists(text)) found.dropTaggerPersons(d);
  for (const s of namesInLists(text, found.mentions)) {
    found.dropPlacesIn(s);
    found.add(s, 'person', 'list-of-names');
  }
  fullNames(text, found.mentions);
  titlesInContext(text, found.mentions);
  regionsInFull(found.mentions);
  const output = [...found.mentions, ...doctrines].sort((a, b) => a.start - b.start || b.end - a.end);
  if (text !== input) for (const m of output) m.text = input.slice(m.start, m.end);
  return { output, messages: [] };
}
