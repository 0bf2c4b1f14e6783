// Ingest: OCR'd newspaper pages to clean, dated articles. decode → normalise → split → dates (see README).
export type * from './types.ts';
export { ingestPage, type PageOptions } from './page.ts';
export { decode, parseEncoding } from './decode/index.ts';
export { normalise, joinLines } from './normalise/index.ts';
export { split } from './split/index.ts';
export { dates, findDates, inferYear } from './dates/index.ts';
export { parseManifest, issueFor, type Manifest } from './manifest/index.ts';
export { readInputs, ingestInputs, ingestFile, type Inputs, type InputFile, type IngestSummary, type FileReport } from './files.ts';
export { toRuns, rawOffsetOf } from './text/tracked.ts';
