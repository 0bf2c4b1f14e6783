// Things listed as things: a tagger person among the items of a list that are nouns to jieba is no name.
import { tag, type Token } from './jieba.ts';
import type { Span } from './persons.ts';

/** What separates the items of a list, and what closes one. */
const LIST_ITEM_END = /[、，。；：！？等和及与\s“”（）《》]/;

/**
 * A thing's words to jieba: nouns, abbreviations (光伏) and what qualifies them (大数据: a + n); nz of three characters
 * or more (区块链), not of two, which jieba gives 梵高 too; no verbs or adverbs, which names may read as (方力钧、展望、
 * 张晓刚; 塞尚、莫奈).
 */
const THING_TAGS = /^(?:n|vn|a|an|b|j)$/;
const NOUN_TAGS = /^(?:n|vn|j|nz)$/;
const thingWord = (w: Token) => THING_TAGS.test(w.tag) || (w.tag === 'nz' && w.word.length >= 3);
/**
 * An item holding a name, or a word jieba does not know as a name it does not list is (范明政总理、王庭惠; 、宪法法律委
 * 主任委员信春鹰): no list of things.
 */
const named = (words: readonly Token[]) =>
  words.some((w) => /^(?:nr|nrt|nrfg|eng)$/.test(w.tag) || (w.tag === 'x' && /\p{Script=Han}/u.test(w.word)));
/** Verbs, prepositions, conjunctions and adverbs: where a sentence runs into a list or goes on after it. */
const RUNS_INTO = /^(?:v|p|c|d)$/;
/** Particles, which stand between a list and the sentence around it (展出了, 等); after it, locatives and counts too. */
const PARTICLES = /^(?:u|uj|ul|uz)$/;

/**
 * A tagger person listed with 、 among things (支持大数据、云计算、人工智能在…; 郁金香、玉兰、海棠): the words of the
 * items beside it, from or up to where the sentence runs into the list, are nouns and what qualifies them, and no name
 * stands next to them (王刚、李明、高峰 has 王刚; 范明政总理、王庭惠, a name before a post).
 */
export function amongThings(text: string, s: Span): boolean {
  const items: Token[][] = [];
  if (text[s.start - 1] === '、') {
    let from = s.start - 1;
    while (from > 0 && !LIST_ITEM_END.test(text[from - 1]!)) from--;
    const words = tag(text.slice(from, s.start - 1));
    // (支持大数据, 重点展出了大数据: the sentence runs into the list; not 余剑锋, 余 + 剑锋 to jieba.)
    const rest = words.slice(words.findLastIndex((w) => RUNS_INTO.test(w.tag) || PARTICLES.test(w.tag)) + 1);
    items.push(named(words) || !rest.every(thingWord) ? [] : rest);
  }
  if (text[s.end] === '、') {
    let to = s.end + 1;
    while (to < text.length && !LIST_ITEM_END.test(text[to]!)) to++;
    const words = tag(text.slice(s.end + 1, to));
    // (人工智能在文化产业…: the sentence goes on after the list.)
    const end = words.findIndex((w) => !thingWord(w));
    const next = end < 0 ? '' : words[end]!.tag;
    const goesOn = end < 0 || RUNS_INTO.test(next) || PARTICLES.test(next) || /^(?:f|m)$/.test(next);
    items.push(named(words) || !goesOn ? [] : words.slice(0, end < 0 ? words.length : end));
  }
  const thing = (w: Token[]) => w.map((x) => x.word).join('').length >= 2 && NOUN_TAGS.test(w.at(-1)?.tag ?? '');
  // Both sides, or one where the list opens or closes on the other (其中，云计算、大数据服务…; …绿茶、乌龙茶等): not
  // 继明治维新、麦克阿瑟治理后, a man named after an era.
  const opens = s.start === 0 || /[，。；：！？\s“（]/.test(text[s.start - 1]!);
  const closes = /^(?:等|[，。；：！？\s”）])/.test(text.slice(s.end, s.end + 1));
  const listed = items.length === 2 || (text[s.end] === '、' ? opens : closes);
  return listed && items.length > 0 && items.every(thing);
}
