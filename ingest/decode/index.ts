// Decode stage: bytes of one file to text (UTF-8 ± BOM, UTF-16 with BOM or by NUL pattern, GB18030/GBK), or a reasoned refusal.
import type { Encoding, Message, Page, RawFile, StageResult } from '../types.ts';
import { toSimplified } from './script.ts';

export interface DecodeOptions {
  /** Force an encoding instead of detecting one. */
  encoding?: Encoding | 'auto';
}

/** Accepts the spellings users type (`gbk`, `GB2312`, `utf8`) and returns kg's name, or undefined. */
export function parseEncoding(name: string): Encoding | 'auto' | undefined {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  if (n === 'auto') return 'auto';
  if (n === 'utf8' || n === 'utf-8') return 'utf-8';
  if (n === 'utf-16' || n === 'utf16' || n === 'utf-16le' || n === 'utf16le') return 'utf-16le';
  if (n === 'utf-16be' || n === 'utf16be') return 'utf-16be';
  if (n === 'gbk' || n === 'gb2312' || n === 'gb18030' || n === 'cp936') return 'gb18030';
  return undefined;
}

/** Share of control characters (other than tab, newlines, form feed) and U+FFFD above which text is called binary. */
const MAX_CONTROL_SHARE = 0.005;

export function decode(input: RawFile, options: DecodeOptions = {}): StageResult<Page | null> {
  const { file, bytes } = input;
  const messages: Message[] = [];
  const fail = (code: string, text: string): StageResult<Page | null> => {
    messages.push({ level: 'error', code, file, text: `${file}: ${text}; skipped` });
    return { output: null, messages };
  };

  if (bytes.length === 0) return fail('decode.empty', 'empty file');

  const forced = options.encoding && options.encoding !== 'auto' ? options.encoding : undefined;
  const bomEncoding = detectBom(bytes);
  let encoding: Encoding | undefined = forced ?? bomEncoding ?? detectUtf16(bytes);
  let raw: string | undefined;

  if (encoding) {
    raw = tryDecode(bytes, encoding);
    if (raw === undefined) return fail('decode.invalid', `not valid ${encoding}${forced ? ' (forced with --encoding)' : ''}`);
  } else {
    if (bytes.includes(0)) return fail('decode.binary', 'binary file (contains NUL bytes)');
    for (const candidate of ['utf-8', 'gb18030'] as const) {
      raw = tryDecode(bytes, candidate);
      if (raw !== undefined) {
        encoding = candidate;
        break;
      }
    }
    if (raw === undefined || !encoding) return fail('decode.undecodable', 'neither UTF-8 nor GB18030/GBK text');
  }

  const bom = raw.charCodeAt(0) === 0xfeff;
  const controls = countControls(raw);
  if (controls > Math.max(2, raw.length * MAX_CONTROL_SHARE)) {
    return fail('decode.binary', `binary or corrupt file (${controls} control characters in ${raw.length} decoded as ${encoding})`);
  }
  if (raw.replace(/[\s\u3000\ufeff]/g, '').length === 0) return fail('decode.empty', 'no text (only whitespace)');
  if (encoding !== 'utf-8' || bom) {
    messages.push({ level: 'info', code: 'decode.encoding', file, text: `${file}: decoded as ${encoding}${bom ? ' with BOM' : ''}` });
  }
  const simplified = toSimplified(raw);
  if (simplified) {
    const changed = `${simplified.changed} characters`;
    const text = `${file}: printed in traditional characters, read in simplified ones (${changed})`;
    messages.push({ level: 'info', code: 'decode.script', file, text });
  }
  return { output: { file, encoding, bom, raw: simplified?.text ?? raw }, messages };
}

function detectBom(b: Uint8Array): Encoding | undefined {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** BOM-less UTF-16: ASCII-range text leaves NUL in every other byte; CJK text rarely does, so require a clear pattern. */
function detectUtf16(b: Uint8Array): Encoding | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 16) return undefined; // too few bytes to tell a pattern from chance
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    // ignoreBOM keeps U+FEFF in the text, so offsets match what `readFileSync(f, 'utf8')` gives.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function countControls(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) n++;
  }
  return n;
}
