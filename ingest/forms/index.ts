// The input forms as a registry ({id, description, read}) and the reader that picks one per file (`--format`).
import type { Block, Message, Page, StageResult } from '../types.ts';
import { normalise } from '../normalise/index.ts';
import { split } from '../split/index.ts';
import { readArticle, readArticles } from './articles.ts';
import { readCsv } from './csv.ts';
import { detectForm } from './detect.ts';
import { readJsonl } from './jsonl.ts';
import { punctuationRead, toFullWidth } from '../text/fullwidth.ts';
import type { Detection, Form, FormChoice, FormId } from './types.ts';

export type { Detection, Form, FormChoice, FormId } from './types.ts';
export { detectForm } from './detect.ts';

function readPages(page: Page): StageResult<Block[]> {
  const normalised = normalise(page);
  const blocks = split(normalised.output);
  return { output: blocks.output, messages: [...normalised.messages, ...blocks.messages] };
}

export const FORMS: readonly Form[] = [
  {
    id: 'pages',
    description: "OCR'd page text: short broken lines, columns, headlines after their stories",
    read: readPages,
  },
  {
    id: 'articles',
    description: 'clean text, several articles per file, each a headline and its body',
    read: readArticles,
  },
  { id: 'article', description: 'clean text, one article per file, its headline on the first line', read: readArticle },
  {
    id: 'jsonl',
    description: 'JSON Lines, one article per line: id, headline, text, issueDate or date, newspaper, page',
    read: readJsonl,
  },
  { id: 'csv', description: 'CSV with a header row and the same columns as jsonl', read: readCsv },
];

export const FORM_CHOICES: readonly FormChoice[] = ['auto', ...FORMS.map((f) => f.id)];

export function parseFormChoice(s: string): FormChoice | undefined {
  const v = s.trim().toLowerCase();
  return (FORM_CHOICES as readonly string[]).includes(v) ? (v as FormChoice) : undefined;
}

/** The file's blocks in the form chosen (or detected), with a message saying which form and why. */
export function readForm(page: Page, choice: FormChoice = 'auto'): StageResult<Block[]> & { form: FormId } {
  const detection: Detection =
    choice === 'auto' ? detectForm(page.raw) : { form: choice, reason: 'forced with --format', certain: true };
  const said: Message = detection.certain
    ? {
        level: 'info',
        code: 'input.form',
        file: page.file,
        text: `${page.file}: read as ${detection.form} (${detection.reason})`,
      }
    : {
        level: 'warning',
        code: 'input.form-unknown',
        file: page.file,
        text: `${page.file}: form not told (${detection.reason}); read as ${detection.form} (--format to choose)`,
      };
  // Text forms are read with full-width marks among Chinese words; records convert their fields (a CSV's commas part
  // its cells, a JSON string may be escaped).
  const records = detection.form === 'jsonl' || detection.form === 'csv';
  const punctuated = records ? undefined : toFullWidth(page.raw);
  const marks: Message[] = punctuated ? [punctuationRead(page.file, punctuated.changed)] : [];
  const read = FORMS.find((f) => f.id === detection.form)!.read(punctuated ? { ...page, raw: punctuated.text } : page);
  return { output: read.output, messages: [said, ...marks, ...read.messages], form: detection.form };
}
