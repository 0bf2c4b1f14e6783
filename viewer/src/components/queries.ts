// Saved queries panel: pick a query, fill its typed parameters, run it; rows as a table, the subgraph highlighted or isolated.
import { cellText } from '../../../graph/stores/values.ts';
import { fetchQueries, runQuery, type QueryInfo, type QueryResponse } from '../core/api/index.ts';
import { clear, el } from './dom.ts';

export interface QueryHandlers {
  onResult(name: string, params: Record<string, string>, result: QueryResponse): void;
  onIsolate(isolate: boolean): void;
  onClear(): void;
}

const INPUT_TYPE: Record<string, string> = { int: 'number', float: 'number', boolean: 'checkbox' };

export function queriesPanel(initial: { query?: string; params: Record<string, string>; isolate: boolean }, h: QueryHandlers): HTMLElement {
  const select = el('select', { id: 'query-select', 'aria-label': 'Saved query' });
  const description = el('p', { class: 'muted', id: 'query-description' });
  const form = el('form', { id: 'query-form', class: 'query-form' });
  const status = el('p', { class: 'muted', id: 'query-status' });
  const table = el('div', { class: 'query-table', id: 'query-table' });
  const isolate = el('input', { type: 'checkbox', id: 'query-isolate', checked: initial.isolate, onchange: (e: Event) => h.onIsolate((e.target as HTMLInputElement).checked) });
  let queries: QueryInfo[] = [];

  const renderForm = (q: QueryInfo | undefined, values: Record<string, string>) => {
    description.textContent = q?.description ?? '';
    clear(
      form,
      ...(q?.params ?? []).map((p) =>
        el('label', {}, `${p.name} (${p.type}) `, el('input', { name: p.name, type: INPUT_TYPE[p.type] ?? 'text', value: values[p.name] ?? String(p.default ?? ''), placeholder: p.type === 'date' || p.type === 'enddate' ? 'YYYY[-MM[-DD]]' : '', title: p.description ?? '', step: p.type === 'float' ? 'any' : undefined, checked: p.type === 'boolean' ? (values[p.name] ?? String(p.default)) === 'true' : undefined })),
      ),
      el('button', { type: 'submit', id: 'query-run' }, 'Run'),
      el('button', { type: 'button', id: 'query-clear', onclick: () => (clear(table), (status.textContent = ''), h.onClear()) }, 'Clear'),
    );
  };
  const run = async (q: QueryInfo) => {
    const params: Record<string, string> = {};
    for (const p of q.params) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(p.name)}"]`);
      if (input) params[p.name] = p.type === 'boolean' ? String(input.checked) : input.value;
    }
    status.textContent = 'Running…';
    try {
      const r = await runQuery(q.name, params);
      status.textContent = `${r.rows.length} row${r.rows.length === 1 ? '' : 's'}${r.truncated ? ' (truncated)' : ''}; ${r.subgraph.nodes.length} nodes highlighted`;
      clear(
        table,
        el('table', {}, el('thead', {}, el('tr', {}, ...r.columns.map((c) => el('th', {}, c)))), el('tbody', {}, ...r.rows.map((row) => el('tr', {}, ...r.columns.map((c) => el('td', {}, cellText(row[c] ?? null))))))),
      );
      h.onResult(q.name, params, r);
    } catch (e) {
      status.textContent = `Error: ${(e as Error).message}`;
      clear(table);
    }
  };
  select.addEventListener('change', () => renderForm(queries.find((q) => q.name === select.value), {}));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = queries.find((x) => x.name === select.value);
    if (q) void run(q);
  });
  fetchQueries()
    .then((qs) => {
      queries = qs;
      clear(select, ...qs.map((q) => el('option', { value: q.name, selected: q.name === initial.query }, q.name)));
      const q = qs.find((x) => x.name === initial.query) ?? qs[0];
      renderForm(q, initial.query === q?.name ? initial.params : {});
      if (initial.query && q?.name === initial.query) void run(q);
    })
    .catch((e: Error) => (status.textContent = `Saved queries unavailable: ${e.message}`));
  return el('section', { class: 'queries', id: 'queries' }, el('h2', {}, 'Saved queries'), select, description, form, el('label', {}, isolate, ' show only the result'), status, table);
}
