// Enterprise and organisation recogniser: a name ending in a telling suffix (集团, 工贸, 医院, 协会…), reached leftwards to its first character.
import { ENTERPRISE_SUFFIXES, NOT_NAME_PART, ORGANIZATION_SUFFIXES } from './lexicon/bodies.ts';
import { isHanAt } from './chars.ts';
import type { Span } from './persons.ts';

export interface BodySpan extends Span {
  kind: 'enterprise' | 'organization';
}

/** Longest name part before a suffix; organisation names run long (中科院苏州医工所永康康复工程技术研发中心). */
const MAX_NAME = { enterprise: 8, organization: 18 } as const;
/** What may follow a body's name: anything but a Han character that continues the word (医药箱, 科技工作者). */
const FOLLOWS_BODY = /^(?:[^\p{Script=Han}]|的|和|与|及|等|为|在|是|有|召开|举行|总|董事|党|不仅|已|将|向|对|也|主营|负责|成立|设立|联合|应用|展厅|车间|参观|一行|领导|院长|局长|主任|书记|场长|校长|会长|支部|工会|团委)/u;

/** Every enterprise or organisation ending at a suffix, name reached leftwards over Han characters that can be part of it. */
export function bodies(text: string): BodySpan[] {
  const out: BodySpan[] = [];
  for (let e = 1; e <= text.length; e++) {
    const found = suffixEndingAt(text, e);
    if (!found) continue;
    const { kind, suffix } = found;
    if (e < text.length && !FOLLOWS_BODY.test(text.slice(e))) continue;
    const start = reachLeft(text, e - suffix.length, kind);
    const nameLen = e - suffix.length - start;
    if (nameLen < 2 && !(kind === 'organization' && nameLen >= 1)) continue;
    out.push({ start, end: e, kind });
  }
  // Keep the longest of nested spans (永康农商银行 over 农商银行).
  return out.filter((s) => !out.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
}

function suffixEndingAt(text: string, e: number): { kind: BodySpan['kind']; suffix: string } | undefined {
  for (const suffix of ENTERPRISE_SUFFIXES) if (text.endsWith(suffix, e) && e - suffix.length > 0) return { kind: 'enterprise', suffix };
  for (const suffix of ORGANIZATION_SUFFIXES) if (text.endsWith(suffix, e) && e - suffix.length > 0) return { kind: 'organization', suffix };
  return undefined;
}

/** Walk left from `s` over the name: stop at non-Han text, a generic word, or (for enterprises) a level word. */
function reachLeft(text: string, s: number, kind: BodySpan['kind']): number {
  let start = s;
  const limit = Math.max(0, s - MAX_NAME[kind]);
  while (start > limit) {
    const c = start - 1;
    if (!isHanAt(text, c) && !(kind === 'organization' && /[（）()]/.test(text[c]!))) break;
    const stop = NOT_NAME_PART.find((w) => text.endsWith(w, start));
    if (stop) break;
    if (/[，。、；：等和与及到在由从的了]/.test(text[c]!)) {
      // 和 inside a body's name (市自然资源和规划局) only when a jurisdiction starts the name soon before it.
      if (text[c] === '和' && kind === 'organization' && /(?:^|[^\p{Script=Han}]|[在到由从和与及的了])[省市县区镇]\p{Script=Han}{1,6}$/u.test(text.slice(Math.max(0, c - 9), c))) {
        start = c;
        continue;
      }
      break;
    }
    start = c;
  }
  return start;
}

