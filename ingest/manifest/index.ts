// Manifest: optional `manifest.json` beside the inputs giving each file's issue date, newspaper, page, jurisdiction
// and the chain of jurisdictions above it.
import type { IssueInfo, Message, StageResult } from '../types.ts';
import { parseIsoDate } from '../dates/index.ts';

export interface Manifest {
  /** Defaults for every file. */
  defaults: IssueInfo;
  /** Per-file entries, keyed by the file's path relative to the ingest root. */
  files: Map<string, IssueInfo>;
}

export const EMPTY_MANIFEST: Manifest = { defaults: {}, files: new Map() };

const ENTRY_KEYS = new Set(['issueDate', 'newspaper', 'page', 'jurisdiction', 'chain']);

/** Parse manifest text; a malformed manifest is reported (with line and column) and ignored, never fatal. */
export function parseManifest(text: string, path: string): StageResult<Manifest> {
  const messages: Message[] = [];
  const err = (code: string, t: string) => messages.push({ level: 'error', code, file: path, text: `${path}: ${t}` });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const at = jsonErrorPosition(text.replace(/^\ufeff/, ''));
    const { line, column } = lineColumn(text, at);
    err('manifest.json', `malformed JSON at line ${line}, column ${column} (${(e as Error).message}); manifest ignored`);
    return { output: EMPTY_MANIFEST, messages };
  }
  if (!isObject(data)) {
    err('manifest.shape', 'must be a JSON object with a "files" object; manifest ignored');
    return { output: EMPTY_MANIFEST, messages };
  }
  const defaults = readEntry(data, '(top level)', err, new Set([...ENTRY_KEYS, 'files', '$schema', 'description']));
  const files = new Map<string, IssueInfo>();
  if (data.files !== undefined && !isObject(data.files)) err('manifest.shape', '"files" must be an object keyed by file name');
  if (isObject(data.files)) {
    for (const [name, entry] of Object.entries(data.files)) {
      if (!isObject(entry)) {
        err('manifest.entry', `entry for ${name} must be an object; skipped`);
        continue;
      }
      const info: IssueInfo = { ...defaults, ...readEntry(entry, name, err, ENTRY_KEYS) };
      if (info.chain && info.chain[0] !== info.jurisdiction) delete info.chain; // the defaults' chain, another jurisdiction's
      files.set(name, info);
    }
  }
  return { output: { defaults, files }, messages };
}

/** The issue info for a file: its own entry over the manifest's defaults. */
export function issueFor(manifest: Manifest, file: string): IssueInfo | undefined {
  const entry = manifest.files.get(file) ?? manifest.files.get(file.split('/').at(-1)!);
  const info = entry ?? manifest.defaults;
  return Object.keys(info).length > 0 ? info : undefined;
}

function readEntry(o: Record<string, unknown>, name: string, err: (c: string, t: string) => void, allowed: Set<string>): IssueInfo {
  const info: IssueInfo = {};
  for (const key of Object.keys(o)) if (!allowed.has(key)) err('manifest.key', `unknown key "${key}" in ${name}; ignored`);
  if (o.issueDate !== undefined) {
    if (typeof o.issueDate === 'string' && parseIsoDate(o.issueDate)) info.issueDate = o.issueDate;
    else err('manifest.issueDate', `issueDate of ${name} must be a real date as YYYY-MM-DD, got ${JSON.stringify(o.issueDate)}; ignored`);
  }
  if (o.newspaper !== undefined) {
    if (typeof o.newspaper === 'string') info.newspaper = o.newspaper;
    else err('manifest.newspaper', `newspaper of ${name} must be a string; ignored`);
  }
  if (o.jurisdiction !== undefined) {
    if (typeof o.jurisdiction === 'string') info.jurisdiction = o.jurisdiction;
    else err('manifest.jurisdiction', `jurisdiction of ${name} must be a string; ignored`);
  }
  readChain(o, name, err, info);
  if (o.page !== undefined) {
    if (Number.isInteger(o.page) && (o.page as number) > 0) info.page = o.page as number;
    else err('manifest.page', `page of ${name} must be a positive integer; ignored`);
  }
  return info;
}

/** `chain`: the jurisdiction and those above it, innermost first; its first entry is the jurisdiction. */
function readChain(o: Record<string, unknown>, name: string, err: (c: string, t: string) => void, info: IssueInfo): void {
  if (o.chain === undefined) return;
  const chain = o.chain;
  if (!Array.isArray(chain) || chain.length === 0 || !chain.every((c) => typeof c === 'string' && c.trim())) {
    err('manifest.chain', `chain of ${name} must be a list of jurisdictions, innermost first (["永康市", "金华市", "浙江省"]); ignored`);
    return;
  }
  if (info.jurisdiction && info.jurisdiction !== chain[0]) {
    err('manifest.chain', `chain of ${name} must start with its jurisdiction ${info.jurisdiction}, got ${chain[0]}; ignored`);
    return;
  }
  info.chain = chain.map((c: string) => c.trim());
  info.jurisdiction ??= info.chain[0];
}

/**
 * The manifest with a jurisdiction (and chain) given on the command line: they replace the manifest's own, in its
 * defaults and in every file's entry. A chain alone names the jurisdiction too; a jurisdiction alone drops a chain
 * that does not start with it.
 */
export function withJurisdiction(manifest: Manifest, jurisdiction: string | undefined, chain: string[] | undefined): Manifest {
  if (!jurisdiction && !chain) return manifest;
  const j = jurisdiction ?? chain![0]!;
  const apply = (info: IssueInfo): IssueInfo => {
    const next: IssueInfo = { ...info, jurisdiction: j };
    const c = chain ?? (info.chain?.[0] === j ? info.chain : undefined);
    if (c) next.chain = c;
    else delete next.chain;
    return next;
  };
  return { defaults: apply(manifest.defaults), files: new Map([...manifest.files].map(([f, info]) => [f, apply(info)])) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Offset of a JSON syntax error: the longest prefix that is still a valid beginning (JSON.parse says "end" for it). */
export function jsonErrorPosition(text: string): number {
  const stated = /at position (\d+)/.exec(safeError(text) ?? '');
  if (stated) return Number(stated[1]);
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const e = safeError(text.slice(0, mid));
    // A prefix that is fine so far fails only for ending early.
    if (e === undefined || /end of JSON|Unterminated string/.test(e)) lo = mid;
    else hi = mid - 1;
  }
  return Math.min(lo, Math.max(0, text.length - 1));
}

function safeError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}
