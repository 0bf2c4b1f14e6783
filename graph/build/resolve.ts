// Entity resolution: one node per real person, enterprise, organisation, place and post, with a log of every merge and split.
import { pinyin } from 'pinyin-pro';
import type { MergeRecord } from '../model/types.ts';
import type { ArticleFacts } from './facts.ts';

/** Legal and group endings that do not tell two enterprises apart (步阳 / 步阳集团, 超虎 / 超虎公司). */
const ENTERPRISE_ENDINGS = /(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)$/;

export function enterpriseKey(name: string): string {
  const core = name.replace(ENTERPRISE_ENDINGS, '');
  return core.length >= 2 ? core : name;
}

export function personPinyin(name: string): string {
  return pinyin(name, { toneType: 'none', surname: 'head' }).replace(/\s+/g, ' ');
}

/**
 * Person keys: one per name, unless the name holds titles in jurisdictions that cannot be one career (a jurisdiction
 * outside the paper's chain, e.g. 东阳市 next to 永康市): then one per such jurisdiction, the untitled mentions staying
 * with the paper's own. The chain (永康市 ⊂ 金华市 ⊂ 浙江省) is where one official's career can run.
 */
export function resolvePersons(all: readonly ArticleFacts[], chain: readonly string[]): { keyOf: (name: string, jurisdiction?: string) => string; log: MergeRecord[] } {
  const byName = new Map<string, { articles: Set<string>; jurisdictions: Set<string> }>();
  const note = (name: string, article: string, jurisdiction?: string) => {
    const e = byName.get(name) ?? { articles: new Set(), jurisdictions: new Set() };
    e.articles.add(article);
    if (jurisdiction && !chain.includes(jurisdiction)) e.jurisdictions.add(jurisdiction);
    byName.set(name, e);
  };
  for (const f of all) {
    for (const h of f.holds) note(h.person, f.article.id, h.jurisdiction);
    for (const r of f.roles) note(r.person, f.article.id);
    for (const name of f.article.reporters) note(name, f.article.id);
  }
  const log: MergeRecord[] = [];
  for (const [name, e] of byName) {
    if (e.jurisdictions.size > 0) {
      log.push({ node: `person:${name}`, kind: 'Person', forms: [name], articles: [...e.articles], reason: `kept apart by jurisdiction: titles in ${[...e.jurisdictions].join(', ')} (outside ${chain.join(' ⊂ ')}) make separate people` });
    } else if (e.articles.size > 1) {
      log.push({ node: `person:${name}`, kind: 'Person', forms: [name], articles: [...e.articles], reason: `same name in ${e.articles.size} articles, titles only in ${chain.join(' ⊂ ')} or none: one person` });
    }
  }
  const keyOf = (name: string, jurisdiction?: string) =>
    jurisdiction && !chain.includes(jurisdiction) ? `person:${name}@${jurisdiction}` : `person:${name}`;
  return { keyOf, log };
}

/** Merge records for enterprises whose printed forms differ (超虎公司 / 超虎). */
export function enterpriseMerges(forms: Map<string, { names: Set<string>; articles: Set<string> }>): MergeRecord[] {
  return [...forms]
    .filter(([, v]) => v.names.size > 1)
    .map(([key, v]) => ({ node: `enterprise:${key}`, kind: 'Enterprise', forms: [...v.names], articles: [...v.articles], reason: 'short and long forms of one name (legal or group ending dropped)' }));
}
