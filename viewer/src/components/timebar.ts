// Time bar: events per month as a histogram, a from/to range, a play button, and the undated lane beside it.
import type { Timeline } from '../core/time/index.ts';
import { el } from './dom.ts';

export interface TimeHandlers {
  onRange(from: string | undefined, to: string | undefined): void;
  onUndated(shown: boolean): void;
}

export function timebar(line: Timeline, initial: { from?: string; to?: string; undated: boolean }, h: TimeHandlers): HTMLElement {
  const n = line.months.length;
  const idx = (m: string | undefined, fallback: number) => (m ? Math.max(0, line.months.findIndex((x) => x >= m)) : fallback);
  const fromInput = el('input', { id: 'time-from', type: 'range', min: 0, max: Math.max(0, n - 1), value: idx(initial.from, 0), 'aria-label': 'from month' });
  const toInput = el('input', { id: 'time-to', type: 'range', min: 0, max: Math.max(0, n - 1), value: initial.to ? line.months.findLastIndex((x) => x <= initial.to!) : n - 1, 'aria-label': 'to month' });
  const label = el('span', { id: 'time-label', class: 'time-label' });
  const canvas = el('canvas', { id: 'histogram', width: 600, height: 48 });
  const play = el('button', { id: 'time-play', type: 'button', disabled: n < 2 }, '▶ Play');
  let timer: ReturnType<typeof setInterval> | undefined;

  const range = () => {
    const a = Math.min(Number(fromInput.value), Number(toInput.value));
    const b = Math.max(Number(fromInput.value), Number(toInput.value));
    return [a, b] as const;
  };
  const draw = () => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const [a, b] = range();
    const max = Math.max(1, ...line.counts);
    const w = canvas.width / Math.max(1, n);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    line.counts.forEach((c, i) => {
      ctx.fillStyle = i >= a && i <= b ? '#6a4c93' : '#d9d2e9';
      const bh = (c / max) * (canvas.height - 4);
      ctx.fillRect(i * w + 1, canvas.height - bh, Math.max(1, w - 2), bh);
    });
  };
  const changed = () => {
    const [a, b] = range();
    const from = line.months[a];
    const to = line.months[b];
    label.textContent = n ? `${from} – ${to}` : 'no event with a known month';
    draw();
    const full = a === 0 && b === n - 1;
    h.onRange(full ? undefined : from, full ? undefined : to);
  };
  fromInput.addEventListener('input', changed);
  toInput.addEventListener('input', changed);
  play.addEventListener('click', () => {
    if (timer) {
      clearInterval(timer);
      timer = undefined;
      play.textContent = '▶ Play';
      return;
    }
    const [a, b] = range();
    const width = b - a;
    let start = a + 1 + width > n - 1 ? 0 : a;
    play.textContent = '⏸ Pause';
    timer = setInterval(() => {
      if (start + width > n - 1) {
        clearInterval(timer);
        timer = undefined;
        play.textContent = '▶ Play';
        return;
      }
      fromInput.value = String(start);
      toInput.value = String(start + width);
      changed();
      start++;
    }, 700);
  });
  const undated = el('input', { id: 'time-undated', type: 'checkbox', checked: initial.undated, onchange: (e: Event) => h.onUndated((e.target as HTMLInputElement).checked) });
  const [a, b] = range();
  label.textContent = n ? `${line.months[a]} – ${line.months[b]}` : 'no event with a known month';
  queueMicrotask(draw);
  return el(
    'div',
    { class: 'timebar', id: 'timebar' },
    el('div', { class: 'time-main' }, canvas, el('div', { class: 'time-controls' }, fromInput, toInput, label, play)),
    el(
      'label',
      { class: 'undated-lane', id: 'undated-lane', title: 'Events whose year or month the page does not give: never placed on the time axis' },
      undated,
      `Undated / partial dates: ${line.undated} event${line.undated === 1 ? '' : 's'}`,
    ),
  );
}
