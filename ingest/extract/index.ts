// Extract stage: mentions of people, titles, organisations, enterprises and places, with exact spans, from any news text.
import type { StageResult } from '../types.ts';
import type { ExtractOptions, Mention, MentionKind } from './types.ts';
import { jurisdictions, organAt, titleAt, titlesAt, type TitleMatch } from './titles.ts';
import {
  dottedNames, foreignNameAt, listAfter, nameAt, nameEndingAt, nameLists, namesAfterIntro, namesBeforeVerbs,
  namesBeforeVouchingWords, recurrences, type Span,
} from './persons.ts';
import { FOREIGN_POSTS } from './lexicon/world.ts';
import { POSTS_AFTER_NAME } from './lexicon/titles.ts';
import { wordAt } from './lexicon/words.ts';
import { bodies, listedEnterprises } from './bodies.ts';
import { places } from './places.ts';
import { loadModel, spansOf, tagSentence } from './model/tagger.ts';
import { tag } from './jieba.ts';

export type { Mention, MentionKind, ExtractOptions } from './types.ts';

/** Posts that alone (no jurisdiction, organ or name after them) are too generic to report. */
const GENERIC_POSTS = new Set(['委员', '董事', '经理', '主任', '主席', '部长', '团长', '师长', '代表', '记者', '通讯员', '审判员', '检察官', '辅警', '民警', '交警', '医生', '教师', '律师']);

/** Doctrines named after leaders (`习近平新时代中国特色社会主义思想`, `毛泽东思想`): a name in them is no person mention. */
const IDEOLOGY = /(?:马克思列宁主义|毛泽东思想|邓小平理论|“三个代表”重要思想|科学发展观|习近平(?:新时代中国特色社会主义|强军|外交|法治|经济|生态文明|文化)思想)/g;
const COLLECTIVE = /^(?:领导|干部|党员|群众|人员|工作人员|负责人|部门负责人)$/;

/** One common word to jieba (政治): never a person's name on its own. */
const COMMON_WORD_TAGS = /^(?:n|v|vn|vd|a|ad|an|d|l|i)$/;

/**
 * Tagger spans the rules know to be wrong in any convention: collective words, bodies ending in 布局 / 格局 / 部署,
 * and a person that is one common word (enterprises keep theirs: brands are often common words, 暴雪, 新浪).
 */
function taggerKeeps(text: string, s: Span & { kind: MentionKind }): boolean {
  const t = text.slice(s.start, s.end);
  if (COLLECTIVE.test(t) || /(?:布局|格局|开局|新局|部署)$/.test(t)) return false;
  if (s.kind === 'person') {
    const tokens = tag(t);
    if (tokens.length === 1 && COMMON_WORD_TAGS.test(tokens[0]!.tag)) return false;
  }
  return true;
}

/** The name right after a compound title: after a foreign one by its extent (马尔代夫总统穆伊兹), else by its surname. */
function nameAfter(text: string, at: number, compound: readonly TitleMatch[]): Span | undefined {
  return compound.some((t) => t.foreign) ? foreignNameAt(text, at) : nameAt(text, at);
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

/** Find every mention in `text`; later rules never take characters an earlier one took. */
export function extract(text: string, options: ExtractOptions = {}): StageResult<Mention[]> {
  const paper = options.jurisdiction;
  const found: Mention[] = [];
  const taken = new Uint8Array(text.length);
  const free = (s: Span) => s.start < s.end && s.end <= text.length && taken.subarray(s.start, s.end).every((x) => x === 0);
  const add = (s: Span, kind: MentionKind, rule: string, extra: Partial<Mention> = {}): boolean => {
    if (!free(s)) return false;
    taken.fill(1, s.start, s.end);
    found.push({ text: text.slice(s.start, s.end), kind, start: s.start, end: s.end, rule, ...extra });
    return true;
  };
  const names = new Set<string>();
  const addName = (s: Span, rule: string) => {
    if (add(s, 'person', rule)) names.add(text.slice(s.start, s.end));
  };
  const addTitle = (t: TitleMatch, jurisdiction: string | undefined, rule = 'title') =>
    add({ start: t.start, end: t.end }, 'title', rule, {
      post: t.post,
      ...(t.organ ? { organ: t.organ } : {}),
      ...(jurisdiction ? { jurisdiction } : {}),
      ...(t.former ? { former: true } : {}),
    });

  // 0. Doctrines named after leaders mention nobody: their characters are off limits to every rule and the tagger.
  for (const m of text.matchAll(IDEOLOGY)) taken.fill(1, m.index, m.index + m[0].length);

  // 1. Titles and compound titles, and the names they introduce (after them, or before a bare post: 栗战书委员长).
  for (let i = 0; i < text.length; i++) {
    const compound = titlesAt(text, i);
    if (compound.length === 0) continue;
    const end = compound.at(-1)!.end;
    const nameStart = text[end] === ' ' ? end + 1 : end;
    const name = nameAfter(text, nameStart, compound);
    const before = !name && compound.length === 1 && addressPost(compound[0]!) ? nameEndingAt(text, compound[0]!.start) : undefined;
    const jur = jurisdictions(compound, paper);
    compound.forEach((t, k) => {
      if (!name && !before && (t.needsName || (compound.length === 1 && barePost(t) && GENERIC_POSTS.has(t.post)))) return;
      addTitle(t, jur[k]);
    });
    if (before) addName(before, 'before-title');
    if (name) {
      addName(name, 'after-title');
      for (const more of listAfter(text, name)) addName(more, 'title-list');
    }
    i = Math.max(i, (name?.end ?? end) - 1);
  }
  // 2. Lists of names known by their surroundings, then names before reporting verbs.
  for (const s of nameLists(text)) addName(s, 'name-list');
  for (const s of namesAfterIntro(text)) addName(s, 'after-intro');
  for (const s of namesBeforeVerbs(text)) addName(s, 'before-verb');
  for (const s of namesBeforeVouchingWords(text)) addName(s, 'before-comrade');
  for (const s of dottedNames(text)) addName(s, 'dotted');
  // 3. The same names wherever else they stand as words, and the posts printed right after them (习近平主席, 普京总统).
  for (const s of recurrences(text, names, (x) => !free(x))) addName(s, 'recurrence');
  for (const p of found.filter((m) => m.kind === 'person')) {
    const t = titleAt(text, p.end, true) ?? foreignPostAt(text, p.end);
    if (t && barePost(t)) addTitle(t, undefined, 'after-name');
  }
  // 4. Party and state bodies (市委, 市人大), enterprises and organisations by suffix, then places.
  for (let i = 0; i < text.length; i++) {
    const o = organAt(text, i);
    if (o && add(o, 'organization', 'organ')) i = o.end - 1;
  }
  for (const b of bodies(text)) add(b, b.kind, 'suffix');
  const enterprises = found.filter((m) => m.kind === 'enterprise');
  for (const s of listedEnterprises(text, enterprises, free)) add(s, 'enterprise', 'enterprise-list');
  for (const p of places(text)) add(p, 'place', 'place');

  // 5. The statistical tagger (trained on annotated news) fills in what the rules did not reach.
  const model = options.model === false ? null : loadModel();
  if (model) {
    const spans = spansOf(text, tagSentence(model, text));
    for (const s of spans) if (taggerKeeps(text, s)) add(s, s.kind, 'tagger');
  }

  // 6. A post printed right after an enterprise is held there (嘉牛厨具董事长): the enterprise is the title's organ.
  const enterpriseEndingAt = new Map(found.filter((m) => m.kind === 'enterprise').map((m) => [m.end, m]));
  for (const t of found) {
    if (t.kind !== 'title' || t.organ || t.jurisdiction) continue;
    const e = enterpriseEndingAt.get(t.start);
    if (e) t.organ = e.text;
  }

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return { output: found, messages: [] };
}
