import { Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import { sessionRequest } from '../cli/command-session.js';
import { configFlags } from '../cli/flags.js';
import type { ResultView } from '../cli/output.js';
import { terminalInline as show } from '../render/escape-terminal.js';
import { validateConfig, type ValidationReport } from '../services/validate-config.js';

const validateView: ResultView<ValidationReport> = {
  text(report) {
    const c = report.counts;
    const lines = [
      `${show(report.file)} is valid: ${c.ticket_types} ticket type(s), ${c.attributes} attribute(s), ` +
        `${c.ticket_states} ticket state(s), ${c.data_attributes} data attribute(s), ${c.collections} collection(s), ${c.articles} article(s).`,
    ];
    if (report.online) {
      lines.push(`Workspace "${show(report.online.workspace)}" is reachable and the config can be planned against it.`);
      for (const line of report.online.manual) lines.push(`  ! ${show(line)}`);
    }
    return `${lines.join('\n')}\n`;
  },
  json: (report) => ({ valid: true, ...report }),
};

export default class Validate extends BaseCommand {
  static override summary = 'Check the config file without changing anything.';
  static override description =
    'Validates the whole file offline: YAML, schema, duplicate names, references, nesting and Intercom rules, ' +
    'and that every workspace `url:` may receive the token (a host other than Intercom\'s and loopback needs --allow-url). ' +
    'Every problem is reported with file:line:col. With --online it also reads the workspace (token, help centers, ticket states).';

  static override examples = [
    { description: 'Check the config in the current directory', command: '<%= config.bin %> validate' },
    { description: 'Also check it against the staging workspace', command: '<%= config.bin %> validate --online -w staging' },
  ];

  static override flags = {
    ...configFlags,
    online: Flags.boolean({ description: 'Also check the workspace: token, help centers, ticket states.', default: false }),
    json: Flags.boolean({ description: 'Print the result as JSON on stdout.', default: false }),
  };

  async run(): Promise<ValidationReport> {
    const { flags } = await this.parse(Validate);
    const report = await validateConfig({ ...sessionRequest(flags, this.io), online: flags.online });
    return this.show(validateView, report, { format: flags.json ? 'json' : 'text' });
  }
}
