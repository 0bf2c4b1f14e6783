// Ingest: files of news (OCR'd pages, clean text, JSON Lines, CSV) to clean, dated articles (see README).
export type * from './types.ts';
export { ingestPage, type PageOptions } from './page.ts';
export { decode, parseEncoding } from './decode/index.ts';
export { normalise, joinLines } from './normalise/index.ts';
export { split } from './split/index.ts';
export { dates, findDates, inferYear } from './dates/index.ts';
export { parseManifest, issueFor, withJurisdiction, type Manifest } from './manifest/index.ts';
export { FORMS, FORM_CHOICES, parseFormChoice, readForm, detectForm, type FormChoice, type FormId } from './forms/index.ts';
export { readInputs, ingestInputs, ingestFile, type Inputs, type InputFile, type IngestSummary, type FileReport, type ReadOptions } from './files.ts';
export { toRuns, rawOffsetOf } from './text/tracked.ts';
