// kg command line: dispatches to the subcommands, each with its own --help.
import { ingestCommand } from './commands/ingest.ts';
import { extractCommand } from './commands/extract.ts';
import { buildCommand } from './commands/build.ts';
import { exportCommand } from './commands/export.ts';
import { startCommand } from './commands/start.ts';
import { queryCommand } from './commands/query.ts';
import { serveCommand } from './commands/serve.ts';
import { EXIT, runCommand, type Command } from './command.ts';

export const COMMANDS: readonly Command[] = [ingestCommand, extractCommand, buildCommand, queryCommand, exportCommand, serveCommand, startCommand];

const USAGE = `
Usage: kg <command> [options]    (kg <command> --help for each)

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const cmd = COMMANDS.find((c) => c.name === rest[0]);
    console.log((cmd ? cmd.usage : USAGE).trim());
    return name ? EXIT.ok : EXIT.usage;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    console.error(`kg: unknown command ${name}\n${USAGE.trimEnd()}`);
    return EXIT.usage;
  }
  return runCommand(cmd, rest);
}
