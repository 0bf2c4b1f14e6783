// OCR page layout and damage, as on the seed pages: ~15-character lines, blank lines, bylines, headlines after their
// article, doubled bold text, photo credits, classified ads, continuations.
import type { Draft } from './articles.ts';

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** Break text into lines of 13–17 characters; from the third line on, a blank line after most (the seeds' rhythm). */
export function wrap(rnd: () => number, text: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; ) {
    const n = 13 + Math.floor(rnd() * 5);
    lines.push(text.slice(i, i + n));
    i += n;
  }
  return lines.flatMap((l, k) => (k >= 2 && rnd() < 0.8 ? [l, ''] : [l]));
}

/** One article as OCR prints it. */
export function render(rnd: () => number, d: Draft): string[] {
  if (d.byline === 'photo') {
    const doubled = rnd() < 0.4;
    const credit = doubled ? `记者记者 ${d.reporter}${d.reporter} 摄摄` : `记者 ${d.reporter} 摄`;
    const headline = doubled ? d.headline + d.headline : d.headline;
    return [` ${d.body[0]} ${credit}`, '', headline, ''];
  }
  const body = [...d.body];
  if (d.byline === 'inline') body[0] = body[0]!.replace(/^本报讯 /, `本报讯（${pick(rnd, ['融媒记者', '融媒首席记者'])} ${d.reporter}）`);
  const lines: string[] = [];
  if (d.byline === 'line') lines.push(` □${pick(rnd, ['记者', '首席记者'])} ${d.reporter}`, '');
  for (const p of body) lines.push(...wrap(rnd, p), '');
  const headline = [d.headline.replace(/ .*/, ''), ...(d.headline.includes(' ') ? [d.headline.replace(/^[^ ]* /, '')] : [])];
  // Headlines stand before the article or, as OCR often reads the columns, after it.
  return rnd() < 0.5 ? [...headline, '', ...lines] : [...lines, ...headline, ''];
}

/** Bold text as OCR reads it: every word box (1–6 characters) twice. */
export function doubleBoxes(rnd: () => number, text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const n = 1 + Math.floor(rnd() * 6);
    out += text.slice(i, i + n).repeat(2);
    i += n;
  }
  return out;
}

/** A block of classified ads (转让, 出租, 声明), with phone numbers and enterprise names. */
export function classifieds(rnd: () => number, enterprises: readonly string[], towns: readonly string[]): string[] {
  const lines: string[] = [];
  const phone = () => '13' + String(Math.floor(rnd() * 1e9)).padStart(9, '0');
  const n = 6 + Math.floor(rnd() * 8);
  for (let k = 0; k < n; k++) {
    const no = 8000 + Math.floor(rnd() * 999);
    if (rnd() < 0.2) {
      lines.push('声 明', `${no}${pick(rnd, enterprises)}`, '遗失公章一枚，声明作废。');
    } else {
      lines.push(`${pick(rnd, towns)}${pick(rnd, ['幢房转让', '店面出租', '套房急转', '厂房出租'])}`, `${no}${pick(rnd, ['二间', '三间', '95㎡', '126㎡'])}${phone()}`);
    }
  }
  return lines;
}

/** A continuation from page one: the marker, then the rest of a story. */
export function continuation(rnd: () => number, text: string): string[] {
  return wrap(rnd, `（紧接1版）${text}`);
}
