// Entity resolution: one node per real person, enterprise, organisation, place and post; a log of merges and splits.
import { pinyin } from 'pinyin-pro';
import type { MergeRecord } from '../model/types.ts';
import { onPaperCareer, type Paper } from './jurisdiction.ts';

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
 * A person's node key: one per name, unless the name is titled in a jurisdiction off the paper's career ladder (东阳市
 * next to 永康市 ⊂ 金华市 ⊂ 浙江省, or a foreign country): then one per such jurisdiction, untitled mentions staying
 * with the paper's own. Decided from one mention alone, but for a bare name that joins its namesake abroad
 * (`Namesakes`), which the streaming build decides once the build has seen every title.
 */
export function personKey(name: string, jurisdiction: string | undefined, paper: Paper): string {
  return jurisdiction && !onPaperCareer(jurisdiction, paper) ? `person:${name}@${jurisdiction}` : `person:${name}`;
}

/**
 * The resolution log: one record per person and enterprise node, with the forms and articles it gathers and why. A
 * record's fields are unions, so records of several batches merge (in the store) into the record of one build.
 */
export class ResolutionLog {
  private readonly nodes = new Map<
    string,
    { kind: 'Person' | 'Enterprise'; forms: Set<string>; articles: Set<string>; reason: string }
  >();

  person(key: string, name: string, article: string, jurisdiction: string | undefined, paper: Paper): void {
    const apart = key.includes('@');
    const chain = paper.chain.join(' ⊂ ');
    this.note(
      key,
      'Person',
      name,
      article,
      apart
        ? `kept apart by jurisdiction: titled in ${jurisdiction} (off the career of ${chain}), a separate person; ` +
          `named bare where the article names ${jurisdiction} and he is titled nowhere else, the same person`
        : `one person: the same name, titled only on the career of ${chain} (its chain, the units below it) ` +
          'or untitled',
    );
  }

  enterprise(key: string, name: string, article: string): void {
    this.note(
      key,
      'Enterprise',
      name,
      article,
      'one enterprise: printed forms that differ only by a legal or group ending (公司, 集团…)',
    );
  }

  records(): MergeRecord[] {
    return [...this.nodes].map(([node, r]) => ({
      node,
      kind: r.kind,
      forms: [...r.forms],
      articles: [...r.articles],
      reason: r.reason,
    }));
  }

  private note(node: string, kind: 'Person' | 'Enterprise', form: string, article: string, reason: string): void {
    const r = this.nodes.get(node) ?? { kind, forms: new Set<string>(), articles: new Set<string>(), reason };
    r.forms.add(form);
    r.articles.add(article);
    this.nodes.set(node, r);
  }
}
