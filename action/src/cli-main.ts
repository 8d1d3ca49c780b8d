/**
 * The CLI as the action runs it: `node action/dist/cli.js plan|apply …`. Bundled with its
 * dependencies, so a workflow needs no `npm install`. It runs the very command classes of
 * `bin/run.js`; only the discovery differs (an explicit list instead of dist/commands,
 * which a checkout of the repository does not have).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Config, flush, handle, type Interfaces } from '@oclif/core';
import type { BaseCommand } from '../../src/cli/base-command.js';
import Apply from '../../src/commands/apply.js';
import Plan from '../../src/commands/plan.js';
import { TOOL_VERSION } from '../../src/version.js';

export type CliCommandId = 'plan' | 'apply';

/** A command class as oclif runs it (each returns its own typed result). */
type CliCommand = (new (argv: string[], config: Config) => BaseCommand) & typeof BaseCommand;

/** The commands the action invokes, by id. */
export const CLI_COMMANDS: Readonly<Record<CliCommandId, CliCommand>> = { plan: Plan, apply: Apply };

export async function runBundledCli(argv: readonly string[]): Promise<void> {
  const [id = '', ...rest] = argv;
  if (!Object.hasOwn(CLI_COMMANDS, id)) {
    process.stderr.write(`Error: the action's CLI runs ${Object.keys(CLI_COMMANDS).join(' and ')}, not "${id}".\n`);
    process.exitCode = 1;
    return;
  }
  const pjson = {
    name: 'intercom-config',
    version: TOOL_VERSION,
    oclif: { bin: 'intercom-config', topicSeparator: ' ' },
  } as unknown as Interfaces.PJSON;
  const config = await Config.load({ root: dirname(fileURLToPath(import.meta.url)), pjson });
  const command = CLI_COMMANDS[id as CliCommandId];
  // oclif names a command after its class when it was not discovered; bundling renames classes.
  command.id = id;
  await command
    .run(rest, config)
    .then(() => flush())
    .catch((error: unknown) => handle(error as Error));
}
