// The shape every kg subcommand has: a name, a one-line summary, its usage text and a runner returning the exit code.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: { values: Record<string, unknown>; positionals: string[] }): Promise<number> | number;
}

/** Exit codes: 0 all went well, 1 some inputs failed (the rest was done), 2 usage error. */
export const EXIT = { ok: 0, partial: 1, usage: 2 } as const;

export async function runCommand(cmd: Command, argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(cmd.usage.trim());
    return EXIT.ok;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: cmd.options, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`kg ${cmd.name}: ${(e as Error).message}\n\n${cmd.usage.trim()}`);
    return EXIT.usage;
  }
  return cmd.run(parsed as { values: Record<string, unknown>; positionals: string[] });
}
