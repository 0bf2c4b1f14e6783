// Types of the extract stage: mentions with exact UTF-16 spans into the text they were found in.
import type { Tagger } from './model/tagger.ts';

export type MentionKind = 'person' | 'title' | 'organization' | 'enterprise' | 'place';

export const MENTION_KINDS: readonly MentionKind[] = ['person', 'title', 'organization', 'enterprise', 'place'];

export interface Mention {
  text: string;
  kind: MentionKind;
  /** Inclusive start, exclusive end, UTF-16 offsets: `text === input.slice(start, end)`. */
  start: number;
  end: number;
  /**
   * Titles: the jurisdiction the post belongs to: a named place (金华市 for 金华市副市长), the paper's own for a bare
   * level of its level (永康市 for 市 with `jurisdiction: '永康市'`), else the bare level as printed (市); 中国 for
   * national titles (国务院副总理); a country's short name for foreign ones (马尔代夫总统 → 马尔代夫, 俄总统 → 俄罗斯);
   * an international organisation's usual name for its posts (联合国秘书长 → 联合国).
   */
  jurisdiction?: string;
  /** Titles: the organ as printed (委, 人大常委会, 纪委; 中共中央政治局, 国务院, 外交部; 国会, 越共中央) and the post. */
  organ?: string;
  post?: string;
  /** Titles: 时任/原/曾任 (前 in 美国前总统): held before the article's date, not at it. */
  former?: boolean;
  /**
   * Persons: a surname standing for the person (胡老, 李大娘, 项市长, 老于): printed as a name, but it identifies nobody
   * by itself, so the graph leaves it out.
   */
  surnameOnly?: boolean;
  /**
   * Persons: the name a doctrine is named after, printed inside it (邓小平 in 邓小平理论, 习近平 in 习近平新时代中国特色
   * 社会主义思想): People's Daily marks it as a person, but it names no act of the man, so the graph leaves it out.
   */
  doctrine?: boolean;
  /**
   * Persons: the full name a short form stands for, where the text printed the full one (哈桑 after 萨米娅·苏卢胡·哈桑,
   * 夏巴兹 after 夏巴兹·谢里夫): the graph names the person by it. Bodies: a special administrative region's by its
   * full name (香港特区政府 → 香港特别行政区政府).
   */
  fullName?: string;
  /** Which rule found it (for explaining and debugging). */
  rule?: string;
}

export interface ExtractOptions {
  /**
   * The paper's own jurisdiction (永康市 in 永康日报): a bare level of its level (市) means it. Without one a bare level
   * stays as printed, unresolved.
   */
  jurisdiction?: string;
  /** Use the shipped statistical tagger after the rules (default true; false = rules only), or this one (training). */
  model?: boolean | Tagger;
}
