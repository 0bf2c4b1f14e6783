// Side panel: a person's career, events and co-attendees; any node's neighbours; a relationship's evidence and article.
import type { Evidence, KgGraph } from '../../../graph/model/types.ts';
import { careerOf, coAttendeesOf, dateLabel, evidenceCount, involvementsOf, sentenceSpan } from '../core/panels/index.ts';
import { fetchArticle } from '../core/api/index.ts';
import { KIND_COLORS } from '../core/appearance/index.ts';
import { clear, el } from './dom.ts';

export interface PanelHandlers {
  onFocus(node: string): void;
  onEdge(edge: string): void;
}

const link = (text: string, on: () => void, attrs: Record<string, string> = {}) => el('a', { href: '#', class: 'link', ...attrs, onclick: (e: Event) => (e.preventDefault(), on()) }, text);

export function nodePanel(panel: HTMLElement, graph: KgGraph, node: string, h: PanelHandlers): void {
  const a = graph.getNodeAttributes(node);
  const parts: Node[] = [
    el('h2', { class: 'panel-title' }, el('span', { class: 'swatch', style: `background:${KIND_COLORS[a.kind]}` }), a.label),
    el('p', { class: 'muted' }, [a.kind, a.pinyin, a.jurisdiction, a.eventKind, a.date ? dateLabel(a.date, a.datePrecision) : undefined].filter(Boolean).join(' · ')),
  ];
  if (a.aliases && a.aliases.length > 1) parts.push(el('p', {}, `Printed as: ${a.aliases.join('、')}`));
  if (a.kind === 'Person') {
    const career = careerOf(graph, node);
    parts.push(
      el('h3', {}, 'Career 职务'),
      career.length
        ? el(
            'ol',
            { class: 'career', id: 'career' },
            ...career.map((s) =>
              el(
                'li',
                {},
                link(s.title, () => h.onEdge(s.edge), { 'data-edge': s.edge }),
                el('span', { class: 'spell' }, s.firstSeen ? ` ${s.firstSeen} → ${s.lastSeen}` : ' dates unknown'),
                el('small', {}, ` (${s.mentions} mention${s.mentions === 1 ? '' : 's'})`),
              ),
            ),
          )
        : el('p', { class: 'muted' }, 'No title attested.'),
    );
    const inv = involvementsOf(graph, node);
    parts.push(
      el('h3', {}, 'Events and visits 活动'),
      inv.length
        ? el(
            'ol',
            { class: 'events', id: 'events' },
            ...inv.map((i) => el('li', {}, el('span', { class: 'date' }, dateLabel(i.date, i.precision)), ` ${i.type}${i.role ? ` (${i.role})` : ''} `, link(i.label, () => h.onEdge(i.edge), { 'data-edge': i.edge }))),
          )
        : el('p', { class: 'muted' }, 'None.'),
    );
    const co = coAttendeesOf(graph, node);
    if (co.length) parts.push(el('h3', {}, 'Co-attendees 同场'), el('ul', { class: 'co', id: 'co-attendees' }, ...co.map((c) => el('li', {}, link(c.label, () => h.onFocus(c.person)), ` × ${c.shared}`))));
  } else {
    const rows: Node[] = [];
    graph.forEachEdge(node, (e, ea, s, t) => {
      const other = s === node ? t : s;
      rows.push(el('li', {}, `${s === node ? '→' : '←'} ${ea.type} `, link(graph.getNodeAttributes(other).label, () => h.onEdge(e), { 'data-edge': e })));
    });
    parts.push(el('h3', {}, `Relationships (${rows.length})`), el('ul', { class: 'neighbours' }, ...rows.slice(0, 200)));
  }
  clear(panel, ...parts);
}

export function edgePanel(panel: HTMLElement, graph: KgGraph, edge: string, h: PanelHandlers): void {
  const a = graph.getEdgeAttributes(edge);
  const s = graph.source(edge);
  const t = graph.target(edge);
  const facts = [a.role && `role ${a.role}`, a.rank !== undefined && `listed ${a.rank}`, a.date && dateLabel(a.date, a.datePrecision), a.firstSeen && `${a.firstSeen} → ${a.lastSeen}`, a.mentions !== undefined && `${a.mentions} mentions`].filter(Boolean);
  const article = el('div', { class: 'article', id: 'article' });
  clear(
    panel,
    el('h2', { class: 'panel-title' }, link(graph.getNodeAttributes(s).label, () => h.onFocus(s)), ` ${a.type} `, link(graph.getNodeAttributes(t).label, () => h.onFocus(t))),
    el('p', { class: 'muted' }, facts.join(' · ')),
    el('h3', {}, `Evidence 证据 (${evidenceCount(a.evidence.length, a.mentions)})`),
    el('ol', { class: 'evidence', id: 'evidence' }, ...a.evidence.map((ev) => evidenceItem(graph, ev, article))),
    article,
  );
}

function evidenceItem(graph: KgGraph, ev: Evidence, article: HTMLElement): HTMLElement {
  const art = graph.hasNode(`article:${ev.article}`) ? graph.getNodeAttributes(`article:${ev.article}`) : undefined;
  const event = graph.findInNeighbor(`article:${ev.article}`, (_n, x) => x.kind === 'Event' && !!x.date);
  const when = event ? dateLabel(graph.getNodeAttributes(event).date, graph.getNodeAttributes(event).datePrecision) : art?.issueDate ?? 'date unknown';
  return el(
    'li',
    {},
    el('blockquote', { class: 'sentence' }, ev.sentence),
    el('small', {}, `${art?.headline || art?.label || ev.article} · ${when} · ${ev.file} `),
    link('show article', () => void showArticle(article, ev), { class: 'link show-article' }),
  );
}

async function showArticle(target: HTMLElement, ev: Evidence): Promise<void> {
  clear(target, el('p', { class: 'muted' }, 'Loading…'));
  try {
    const a = await fetchArticle(ev.article);
    const span = sentenceSpan(a.text, ev);
    const body = el('div', { class: 'article-text' });
    if (span) body.append(a.text.slice(0, span[0]), el('mark', {}, a.text.slice(span[0], span[1])), a.text.slice(span[1]));
    else body.append(a.text);
    clear(target, el('h3', {}, a.headline || a.id), el('p', { class: 'muted' }, [a.file, a.issueDate, a.reporters.length ? `记者 ${a.reporters.join(' ')}` : ''].filter(Boolean).join(' · ')), body);
    target.querySelector('mark')?.scrollIntoView({ block: 'center' });
  } catch (e) {
    clear(target, el('p', { class: 'error' }, `Could not load the article: ${(e as Error).message}`));
  }
}
