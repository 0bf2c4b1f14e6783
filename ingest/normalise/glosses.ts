// Pinyin glosses some sites print after characters (`政協(xié)`, `環（huán）`) are removed; offsets kept.
import { replaceAll, type Tracked } from '../text/tracked.ts';

/** A syllable in brackets right after a Han character, marked with a tone (or ü): a reading aid, no text. */
// (`网络（luò ）`: some print a space before the closing bracket.)
const GLOSS = /(?<=\p{Script=Han})[(（] ?[a-z]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü][a-z]{0,6} ?[)）]/gu;

export function removePinyinGlosses(t: Tracked): Tracked {
  if (!/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/.test(t.text)) return t;
  return replaceAll(t, GLOSS, () => '');
}
