// Where a led visit went: the bodies and places listed right after a verb of going (来到邦立医药、鼎昌工贸…) or of
// the visit (视察昆明市).
import type { Mention } from '../../../ingest/extract/types.ts';
import type { Sentence } from '../sentences.ts';
import { COUNTRY_OF } from '../../../ingest/extract/lexicon/world.ts';
import { isHanAt } from '../../../ingest/extract/chars.ts';

/** A clause describing the place named next, up to its 的 (对口支援的). */
const DESCRIBED = /^[^，。；、的]{1,12}的$/;
/**
 * The same with what the place is, between 的 and its name, right before the visit's verb (赴全国人大推广的…先进示范县江苏
 * 睢宁县考察学习).
 */
const DESCRIBED_AS = /^[^，。；、的]{1,12}的[^，。；、的]{1,24}$/;

// (郑一军来同里镇考察: a bare 来, not inside 未来, 以来, 来自 or 来信.)
const GOING = /(?:先后来到|先后到|来到|走进|走访|参观|深入|前往|访问|赴|到|在|(?<![未以原本后从近往带出起回])来(?![自看说讲信电函]))/g;
/** The visit's own verbs, read in the sentence that reports it only: later ones may tell of other visits. */
const INSPECTING_VERBS: ReadonlySet<string> = new Set(['视察', '考察', '调研', '检查', '督查', '暗访']);
const INSPECTING = new RegExp([...INSPECTING_VERBS].join('|'), 'g');
/** A visit's verb right after a place gone to, named after what it is known for. */
const VISITED_NEXT = new RegExp(`^(?:${[...INSPECTING_VERBS, '参观', '访问', '学习', '交流'].join('|')})`);

/**
 * Bodies and places listed right after a verb of going, or, in the visit's own sentence (`own`), of the visit itself:
 * `来到A、B和C`, `在A，`, `视察A`.
 */
export function destinations(text: string, s: Sentence, mentions: readonly Mention[], own = false): Mention[] {
  const places = mentions.filter(
    (m) => ['enterprise', 'organization', 'place'].includes(m.kind) && m.start >= s.start && m.end <= s.end,
  );
  const out: Mention[] = [];
  const verbs = [...s.text.matchAll(GOING), ...(own ? s.text.matchAll(INSPECTING) : [])];
  verbs.sort((a, b) => a.index - b.index);
  for (const v of verbs) {
    const inspecting = INSPECTING_VERBS.has(v[0]);
    let at = s.start + v.index + v[0].length;
    for (;;) {
      const first = places.find((x) => x.start >= at && x.start <= at + 1 && /^了?$/.test(text.slice(at, x.start)));
      // (来到浙江对口支援的青海海西蒙古族藏族自治州: what describes the place gone to names another before 的.)
      const describes = (x: Mention, between: string) =>
        DESCRIBED.test(between) || (DESCRIBED_AS.test(between) && VISITED_NEXT.test(text.slice(x.end, x.end + 2)));
      const described = first && v[0] !== '在' && places.find(
        (x) => x.kind === 'place' && x.start > first.end && describes(x, text.slice(first.end, x.start)),
      );
      const m = described || first;
      // (A one-character place opens a name kg did not read whole, 到滇中引水工程施工现场: no destination.)
      if (!m || m.end - m.start < 2) break;
      // A body whose post comes next is someone's (来到中国社会科学院原副院长…刘国光家中): his home is where one went.
      const post = mentions.some(
        (t) => t.kind === 'title' && t.start >= m.end && /^(?:原|前)?$/.test(text.slice(m.end, t.start)),
      );
      if (post) break;
      // (视察南顿涅茨克方向俄军: a front named by a place is no place gone to.)
      if (/^(?:方向|方面)/.test(text.slice(m.end, m.end + 2))) break;
      // A country inspected, right before more of a name, opens one kg did not read whole (考察中国国家版本馆, 考察中国
      // 公司承建的…); one gone to is a destination (赴美国访问).
      if (inspecting && COUNTRY_OF.has(m.text) && isHanAt(text, m.end)) break;
      if (!out.includes(m)) out.push(m);
      // (来到莱阳市的龙大食品集团、鲁花集团: the firms in the place gone to, after its 的.)
      const firm = (x: Mention) => x.start === m.end + 1 && x.kind !== 'place';
      const inPlace = m.kind === 'place' && text[m.end] === '的' && places.some(firm);
      const sep = inPlace || /^[、和及与]/.test(text.slice(m.end));
      if (!sep) break;
      at = m.end + 1;
    }
  }
  return out;
}
