import { Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import { configFlags } from '../cli/flags.js';
import { withAllowedUrls } from '../config/api-hosts.js';
import { validateConfig } from '../services/validate-config.js';

export default class Validate extends BaseCommand {
  static override summary = 'Check the config file without changing anything.';
  static override description =
    'Validates the whole file offline: YAML, schema, duplicate names, references, nesting and Intercom rules. ' +
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

  async run(): Promise<void> {
    const { flags } = await this.parse(Validate);
    const report = await validateConfig({ configFile: flags.config, workspace: flags.workspace, online: flags.online, env: withAllowedUrls(process.env, flags['allow-url'] ?? []) });
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ valid: true, ...report }, null, 2)}\n`);
      return;
    }
    const c = report.counts;
    process.stdout.write(
      `${report.file} is valid: ${c.ticket_types} ticket type(s), ${c.attributes} attribute(s), ` +
        `${c.ticket_states} ticket state(s), ${c.data_attributes} data attribute(s), ${c.collections} collection(s), ${c.articles} article(s).\n`,
    );
    if (report.online) {
      process.stdout.write(`Workspace "${report.online.workspace}" is reachable and the config can be planned against it.\n`);
      for (const line of report.online.manual) process.stdout.write(`  ! ${line}\n`);
    }
  }
}
