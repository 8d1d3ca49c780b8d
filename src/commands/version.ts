import { Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import type { ResultView } from '../cli/output.js';

/** What `version` reports: the same facts as `--version`, which bug reports ask for. */
interface VersionInfo {
  name: string;
  version: string;
  platform: string;
  arch: string;
  node: string;
}

const versionView: ResultView<VersionInfo> = {
  // The line `--version` prints (oclif's user-agent format), so either spelling answers alike.
  text: (info) => `${info.name}/${info.version} ${info.platform}-${info.arch} node-${info.node}\n`,
  json: (info) => info,
};

export default class Version extends BaseCommand {
  static override summary = 'Show the version of intercom-config, the platform and Node.js.';
  static override description = 'The same line as --version (or -v); with --json, the same facts as a JSON object.';

  static override examples = [
    { description: 'The version, for a bug report', command: '<%= config.bin %> version' },
    { description: 'As JSON, for scripts', command: '<%= config.bin %> version --json' },
  ];

  static override flags = {
    json: Flags.boolean({ description: 'Print the version facts as JSON on stdout.', default: false }),
  };

  async run(): Promise<VersionInfo> {
    const { flags } = await this.parse(Version);
    const info: VersionInfo = {
      name: this.config.name,
      version: this.config.version,
      platform: this.config.platform,
      arch: this.config.arch,
      node: process.version,
    };
    return this.show(versionView, info, { format: flags.json ? 'json' : 'text' });
  }
}
