// The input options every reading command shares (--encoding, --format, --manifest, --jurisdiction, --chain).
import {
  FORMS,
  parseEncoding,
  parseFormChoice,
  readInputs,
  withJurisdiction,
  type Inputs,
  type ReadOptions,
} from '../ingest/index.ts';

export const INPUT_OPTIONS = {
  encoding: { type: 'string' },
  format: { type: 'string' },
  manifest: { type: 'string' },
  jurisdiction: { type: 'string' },
  chain: { type: 'string' },
} as const;

export const INPUT_USAGE = `  --format F     the files' form: auto (default: told per file from its content, and said), or
${FORMS.map((f) => `                   ${f.id.padEnd(9)}${f.description}`).join('\n')}
  --encoding ENC force an encoding: auto (default), utf-8, gbk, gb18030, utf-16le, utf-16be
  --manifest F   issue dates, newspaper, jurisdiction and chain per file (default: manifest.json in the folder)
  --jurisdiction J   the paper's own jurisdiction (what a bare 市 means), over the manifest's: 永康市, 中国
  --chain A,B,C  the jurisdiction and those above it, innermost first: 永康市,金华市,浙江省 (over the manifest's)`;

/** The inputs the positionals name, read as the options say; a bad option is reported (undefined: a usage error). */
export function inputsFrom(
  command: string,
  values: Record<string, unknown>,
  positionals: string[],
): { inputs: Inputs; read: ReadOptions } | undefined {
  const fail = (text: string) => {
    console.error(`kg ${command}: ${text}`);
    return undefined;
  };
  const encoding = values.encoding === undefined ? 'auto' : parseEncoding(String(values.encoding));
  if (!encoding)
    return fail(`unknown encoding ${String(values.encoding)} (auto, utf-8, gbk, gb18030, utf-16le, utf-16be)`);
  const form = values.format === undefined ? 'auto' : parseFormChoice(String(values.format));
  if (!form) return fail(`unknown format ${String(values.format)} (auto, ${FORMS.map((f) => f.id).join(', ')})`);
  const chain =
    values.chain === undefined
      ? undefined
      : String(values.chain)
          .split(/[,，>⊂]/)
          .map((s) => s.trim())
          .filter(Boolean);
  const jurisdiction = values.jurisdiction === undefined ? undefined : String(values.jurisdiction).trim();
  if (chain?.length === 0) return fail('--chain names at least one jurisdiction');
  if (chain && jurisdiction && chain[0] !== jurisdiction)
    return fail(`--chain must start with --jurisdiction ${jurisdiction}`);
  const inputs = readInputs(positionals, values.manifest as string | undefined);
  inputs.manifest = withJurisdiction(inputs.manifest, jurisdiction || undefined, chain);
  return { inputs, read: { encoding, form } };
}
