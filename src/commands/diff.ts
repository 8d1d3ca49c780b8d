import { Flags } from '@oclif/core';
import { sessionRequest } from '../cli/command-session.js';
import { BaseCommand } from '../cli/base-command.js';
import { colorFlag, configFlags, pruneFlags, selectionFlags } from '../cli/flags.js';
import { appendStepSummary } from '../cli/github.js';
import { diffView, type PlanOutcome } from '../cli/plan-view.js';
import { renderPlanMarkdown } from '../render/render-markdown.js';
import { diffWorkspaces } from '../services/diff-workspaces.js';

export default class Diff extends BaseCommand {
  static override summary = "Show what promoting one workspace's configuration to another would change.";
  static override description =
    "Exports the live configuration of --from (in memory) and plans it against --to, exactly as `export` then `plan` would. " +
    'Nothing is written. Same output formats and exit codes as plan.';

  static override examples = [
    { description: 'What would promoting staging to production change?', command: '<%= config.bin %> diff --from staging --to production' },
    { description: 'In CI: exit 2 while production lags behind staging', command: '<%= config.bin %> diff --from staging --to production --detailed-exitcode' },
  ];

  static override flags = {
    config: configFlags.config,
    'allow-url': configFlags['allow-url'],
    from: Flags.string({ description: 'Workspace whose live configuration is promoted.', required: true, helpValue: 'NAME' }),
    to: Flags.string({ description: 'Workspace it would be promoted to.', required: true, helpValue: 'NAME' }),
    ...pruneFlags,
    ...selectionFlags,
    ...colorFlag,
    format: Flags.option({
      description: 'Output format: text, json (format_version 1) or markdown.',
      options: ['text', 'json', 'markdown'] as const,
      default: 'text' as const,
    })(),
    json: Flags.boolean({ description: 'Same as --format json.', default: false, exclusive: ['format'] }),
    'detailed-exitcode': Flags.boolean({
      description: 'Exit 0 when there are no differences, 2 when there are, 1 on errors.',
      default: false,
    }),
  };

  async run(): Promise<PlanOutcome> {
    const { flags } = await this.parse(Diff);
    const { workspace: _unused, from: _from, ...request } = sessionRequest(flags, this.io);
    const { plan } = await diffWorkspaces({ ...request, from: flags.from, to: flags.to });
    const outcome = this.show(diffView, { plan, detailedExitcode: flags['detailed-exitcode'] }, { format: flags.json ? 'json' : flags.format, color: flags.color });
    await appendStepSummary(renderPlanMarkdown(plan, { diff: true }), this.io.env);
    return outcome;
  }
}
