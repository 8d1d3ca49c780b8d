import { format } from 'node:util';
import { Args, Help as OclifHelp, type Config, type Interfaces } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import type { TextOutput } from '../cli/io.js';
import { unknownCommandMessage } from '../cli/suggest.js';

/**
 * oclif's own help renderer (the one behind `--help`), writing to the command's stdout
 * instead of the process's, so `help plan` prints exactly what `plan --help` prints.
 */
class HelpToStream extends OclifHelp {
  constructor(
    config: Config,
    private readonly out: TextOutput,
    options: Partial<Interfaces.HelpOptions>,
  ) {
    super(config, options);
  }

  protected override log(...args: string[]): void {
    this.out.write(`${format(...args)}\n`);
  }
}

export default class Help extends BaseCommand {
  static override summary = 'Show help for intercom-config or one of its commands.';
  static override description =
    'The same text as --help (or -h): `help plan` is `plan --help`, and `help` alone lists every command. ' +
    'An unknown command name gets the closest one as a suggestion.';

  static override examples = [
    { description: 'List every command', command: '<%= config.bin %> help' },
    { description: 'The flags and examples of one command', command: '<%= config.bin %> help plan' },
  ];

  // Everything after `help` names the command (`help sandbox`), not flags of this one.
  static override strict = false;
  static override args = {
    command: Args.string({ description: 'The command to explain; every command when omitted.', required: false, ignoreStdin: true }),
  };

  async run(): Promise<void> {
    const { argv } = await this.parse(Help);
    const words = (argv as string[]).filter((arg) => !arg.startsWith('-'));
    const subject = this.subject(words);
    if (words.length > 0 && subject === undefined) {
      const ids = this.config.commands.filter((c) => !c.hidden).map((c) => c.id.replaceAll(':', ' '));
      this.io.stderr.write(unknownCommandMessage(words.join(' '), ids, this.config.bin));
      this.io.setExitCode(1);
      return;
    }
    const options = this.config.pjson.oclif.helpOptions ?? {};
    await new HelpToStream(this.config, this.io.stdout, options).showHelp(subject === undefined ? [] : [subject]);
  }

  /** The longest run of leading words that names a command or topic (`sandbox states`), as an oclif id. */
  private subject(words: readonly string[]): string | undefined {
    let found: string | undefined;
    for (let n = 1; n <= words.length; n++) {
      const id = words.slice(0, n).join(':');
      if (this.config.findCommand(id) === undefined && this.config.findTopic(id) === undefined) break;
      found = id;
    }
    return found;
  }
}
