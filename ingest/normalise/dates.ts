// Spaces OCR puts inside dates (`9 月 30 日`, `3月 14日`) are removed; every kept character keeps its raw offset.
import { replaceAll, type Tracked } from '../text/tracked.ts';

const SPACED_DATE = /(\d)[ \t\u3000]+(?=[年月日])|([年月])[ \t\u3000]+(?=\d{1,2}(?!\d))/g;

export function normaliseDateSpaces(t: Tracked): Tracked {
  if (!/[年月日]/.test(t.text)) return t;
  return replaceAll(t, SPACED_DATE, (m) => m[1] ?? m[2] ?? '');
}
