// Reading inputs from disk: files and folders of articles plus their manifest; unreadable ones are reported, never fatal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Article, Encoding, IssueInfo, Message } from './types.ts';
import { EMPTY_MANIFEST, issueFor, parseManifest, type Manifest } from './manifest/index.ts';
import { ingestPage, type PageOptions } from './page.ts';
import type { FormId } from './forms/index.ts';

export const MANIFEST_NAME = 'manifest.json';
/** Extensions taken when walking a folder (a file named on the command line is always taken). */
const INPUT_EXTENSIONS = /\.(txt|text|jsonl|ndjson|csv)$/i;

export interface InputFile {
  /** Name used in ids and messages: the path relative to the folder given, or the base name of a file given. */
  file: string;
  path: string;
}

export interface Inputs {
  files: InputFile[];
  manifest: Manifest;
  manifestPath?: string;
  messages: Message[];
}

/** List the pages under the given paths and load the manifest (given, or `manifest.json` in the first folder). */
export function readInputs(paths: readonly string[], manifestPath?: string): Inputs {
  const messages: Message[] = [];
  const files: InputFile[] = [];
  let foundManifest = manifestPath;
  for (const p of paths) {
    const st = statOf(p);
    if (!st) {
      // Kept as an input: reading it fails, and the failure is reported and counted with the other files'.
      files.push({ file: basename(p), path: p });
      continue;
    }
    if (st.isDirectory()) {
      walk(p, p, files, messages);
      if (!foundManifest) {
        const m = join(p, MANIFEST_NAME);
        if (statOf(m)?.isFile()) foundManifest = m;
      }
    } else files.push({ file: basename(p), path: p });
  }
  let manifest = EMPTY_MANIFEST;
  if (foundManifest) {
    try {
      const parsed = parseManifest(readFileSync(foundManifest, 'utf8'), foundManifest);
      manifest = parsed.output;
      messages.push(...parsed.messages);
    } catch (e) {
      messages.push({ level: 'error', code: 'manifest.read', file: foundManifest, text: `${foundManifest}: cannot read (${(e as NodeJS.ErrnoException).code ?? e}); manifest ignored` });
    }
    const names = new Set(files.flatMap((f) => [f.file, basename(f.file)]));
    for (const name of manifest.files.keys()) {
      if (!names.has(name)) messages.push({ level: 'warning', code: 'manifest.missing-file', file: foundManifest, text: `${foundManifest}: names ${name}, which is not among the inputs` });
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, manifest, ...(foundManifest ? { manifestPath: foundManifest } : {}), messages };
}

function walk(root: string, dir: string, out: InputFile[], messages: Message[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    messages.push({ level: 'error', code: 'input.unreadable', file: dir, text: `${dir}: cannot list (${(e as NodeJS.ErrnoException).code ?? e})` });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(root, p, out, messages);
    // Symbolic links to pages are pages; a broken or looping one is listed too, so that reading it fails by name.
    else if ((e.isFile() || (e.isSymbolicLink() && !statOf(p)?.isDirectory())) && INPUT_EXTENSIONS.test(e.name)) out.push({ file: relative(root, p).split('\\').join('/'), path: p });
  }
}

/** What a path is once links are followed, or undefined when it cannot be reached (missing, broken or looping link). */
function statOf(p: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

export interface FileReport {
  file: string;
  status: 'ok' | 'failed';
  encoding?: Encoding;
  /** The form it was read in. */
  form?: FormId;
  articles: number;
}

export interface IngestSummary {
  files: FileReport[];
  messages: Message[];
  failed: number;
}

/** Ingest every input, handing each page's articles to `onArticles` as soon as it is done (so callers can stream). */
export type ReadOptions = Pick<PageOptions, 'encoding' | 'form'>;

export function ingestInputs(inputs: Inputs, options: ReadOptions, onArticles: (articles: Article[]) => void): IngestSummary {
  const messages = [...inputs.messages];
  const files: FileReport[] = [];
  for (const input of inputs.files) {
    const result = ingestFile(input, issueFor(inputs.manifest, input.file), options);
    messages.push(...result.messages);
    files.push(result.report);
    if (result.articles.length > 0) onArticles(result.articles);
  }
  return { files, messages, failed: files.filter((f) => f.status === 'failed').length };
}

/** One input file from disk to dated articles, with its report; an unreadable or undecodable file is a failed report. */
export function ingestFile(input: InputFile, issue: IssueInfo | undefined, options: ReadOptions): { report: FileReport; messages: Message[]; articles: Article[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input.path);
  } catch (e) {
    const text = `${input.file}: cannot read (${(e as NodeJS.ErrnoException).code ?? e}); skipped`;
    return { report: { file: input.file, status: 'failed', articles: 0 }, messages: [{ level: 'error', code: 'input.unreadable', file: input.file, text }], articles: [] };
  }
  const result = ingestPage({ file: input.file, bytes }, { ...options, ...(issue ? { issue } : {}) });
  const failed = result.messages.some((m) => m.level === 'error' && (m.code.startsWith('decode.') || m.code === 'ingest.failed'));
  const report: FileReport = {
    file: input.file,
    status: failed ? 'failed' : 'ok',
    articles: result.output.length,
    ...(result.encoding ? { encoding: result.encoding } : {}),
    ...(result.form ? { form: result.form } : {}),
  };
  return { report, messages: result.messages, articles: result.output };
}
