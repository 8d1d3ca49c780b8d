import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import { shellWord } from '../util/shell-word.js';
import type { ResultView } from '../cli/output.js';
import { schemaReferenceFor } from '../util/schema-reference.js';
import { starterConfig } from '../cli/starter-config.js';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../util/write-file-atomic.js';

/** What `init` wrote. */
interface InitOutcome {
  /** Absolute path of the written file. */
  file: string;
  /** The file as the user named it (-c). */
  shown: string;
  /** The $schema reference on its first line. */
  schema: string;
  /** How the user runs the CLI, for the next steps: `intercom-config` or `npx intercom-config`. */
  command: string;
}

const initView: ResultView<InitOutcome> = {
  text: ({ shown, command }) =>
    `Wrote ${shown}: a sandbox workspace, and a ticket state, a ticket type, two data attributes, two collections and an article to start from.\n` +
    `Next:\n  ${command} validate${flagFor(shown)}\n  ${command} plan${flagFor(shown)}\n  ${command} apply --auto-approve${flagFor(shown)}\n`,
  json: ({ file, schema }) => ({ file, schema }),
};

export default class Init extends BaseCommand {
  static override summary = 'Write a starter intercom.config.yaml in the current directory.';
  static override description =
    'The starter file declares a local sandbox workspace (so `plan` and `apply` work at once, without a token), ' +
    'a commented-out real workspace, and an example of each resource kind: a ticket state, a ticket type with ' +
    'attributes, contact and company data attributes, a help-center collection and an article. Its first line points editors at the JSON Schema for completion and checks. ' +
    'An existing file is never replaced unless --force is given.';

  static override examples = [
    { description: 'Start a config in this directory (then `intercom-config plan` shows what it would create)', command: '<%= config.bin %> init' },
    { description: 'Write it under another name', command: '<%= config.bin %> init -c staging.config.yaml' },
    { description: 'Start over, replacing the existing file', command: '<%= config.bin %> init --force' },
  ];

  static override flags = {
    config: Flags.string({ char: 'c', description: 'File to write.', default: 'intercom.config.yaml', helpValue: 'FILE' }),
    force: Flags.boolean({ description: 'Replace the file if it already exists.', default: false }),
    json: Flags.boolean({ description: 'Print the written file and its $schema reference as JSON on stdout.', default: false }),
  };

  async run(): Promise<InitOutcome> {
    const { flags } = await this.parse(Init);
    const file = resolve(flags.config);
    await mkdir(dirname(file), { recursive: true });
    const schema = schemaReferenceFor(this.config.root, dirname(file), process.cwd());
    const command = this.commandPrefix;
    const text = starterConfig(schema.ref, command, flagFor(flags.config));
    await writeStarter(file, text, flags.config, flags.force);

    if (!schema.resolvable) {
      this.io.stderr.write(
        `Note: the $schema line points at ${schema.ref}, which exists once intercom-config is a dev dependency ` +
          "of this project, installed from a Git tag or a tarball (it is not on the npm registry yet; see its README's Install); " +
          'that also pins the version CI runs.\n',
      );
    }
    const outcome: InitOutcome = { file, shown: flags.config, schema: schema.ref, command };
    return this.show(initView, outcome, { format: flags.json ? 'json' : 'text' });
  }
}

/** Creates the file, failing instead of replacing one that exists (also one created meanwhile). */
async function writeStarter(file: string, text: string, shown: string, force: boolean): Promise<void> {
  try {
    if (force) await writeFileAtomic(file, text);
    else await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new UserError(`${shown} already exists; nothing was written.`, {
        hint: 'Pass --force to replace it, or -c FILE to write the starter config somewhere else.',
      });
    }
    throw new UserError(`Cannot write ${shown}: ${code ?? String(error)}.`, { cause: error });
  }
}

function flagFor(config: string): string {
  return config === 'intercom.config.yaml' ? '' : ` -c ${shellWord(config)}`;
}
