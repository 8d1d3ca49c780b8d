import { Flags } from '@oclif/core';
import { sessionRequest } from '../cli/command-session.js';
import { BaseCommand } from '../cli/base-command.js';
import { colorFlag, configFlags, fromFlag, pruneFlags, selectionFlags } from '../cli/flags.js';
import { appendStepSummary } from '../cli/github.js';
import { planView, type PlanOutcome } from '../cli/plan-view.js';
import { applyCommandFor, removalFlagsFor } from '../engine/saved-plans.js';
import { terminalInline } from '../render/escape-terminal.js';
import { renderPlanMarkdown } from '../render/render-markdown.js';
import { UserError } from '../errors.js';
import { checkPlanOutput } from '../services/plan-output.js';
import { WorkspaceSession } from '../services/workspace-session.js';
import { writeFileAtomic } from '../util/write-file-atomic.js';

export default class Plan extends BaseCommand {
  static override summary = 'Show what apply would change in a workspace.';
  static override description =
    'Reads the live workspace, compares it with the config and prints the plan. Nothing is written. ' +
    'Fields left out of the config are not compared; objects not in the config are left alone unless --prune is given.';

  static override examples = [
    { description: 'Plan against the default workspace', command: '<%= config.bin %> plan' },
    { description: 'Plan against staging', command: '<%= config.bin %> plan -w staging' },
    { description: 'Save the plan for review; `apply prod.plan` then applies exactly that', command: '<%= config.bin %> plan -w production --out prod.plan' },
    { description: 'In CI: exit 2 when there are changes, 0 when there are none', command: '<%= config.bin %> plan -w production --detailed-exitcode' },
    { description: 'A pull-request comment', command: '<%= config.bin %> plan --format markdown > plan.md' },
    { description: 'Machine-readable plan on stdout', command: '<%= config.bin %> plan --json > plan.json' },
    { description: 'Only the Bug report type and its attributes', command: '<%= config.bin %> plan --target "ticket_type:Bug report" --target "attribute:Bug report/*"' },
    { description: "Promote: production towards staging's live state, saved for review", command: '<%= config.bin %> plan --from staging -w production --out promote.plan' },
  ];

  static override flags = {
    ...configFlags,
    ...pruneFlags,
    ...selectionFlags,
    ...fromFlag,
    ...colorFlag,
    format: Flags.option({
      description: 'Output format: text for terminals, json (format_version 1), markdown for a pull-request comment.',
      options: ['text', 'json', 'markdown'] as const,
      default: 'text' as const,
    })(),
    json: Flags.boolean({ description: 'Same as --format json.', default: false, exclusive: ['format'] }),
    out: Flags.string({ description: 'Also save the plan to FILE for `apply FILE` (holds no token).', helpValue: 'FILE' }),
    'detailed-exitcode': Flags.boolean({
      description: 'Exit 0 when there are no changes, 2 when there are changes (manual and blocked included), 1 on errors.',
      default: false,
    }),
  };

  async run(): Promise<PlanOutcome> {
    const { flags } = await this.parse(Plan);
    if (flags.out === '') throw new UserError('--out needs a file name.', { hint: 'Write --out FILE, e.g. --out plan.out.' });
    if (flags.out) await checkPlanOutput(flags.out, flags.config);
    const session = await WorkspaceSession.open(sessionRequest(flags, this.io));
    try {
      const { plan, live } = await session.plan();
      const outcome = this.show(planView, { plan, detailedExitcode: flags['detailed-exitcode'] }, { format: flags.json ? 'json' : flags.format, color: flags.color });
      await appendStepSummary(renderPlanMarkdown(plan), this.io.env);
      if (flags.out) {
        await writeFileAtomic(flags.out, session.savePlan(plan, live), { private: true });
        const command = applyCommandFor({ planFile: flags.out, configFile: flags.config, allowUrls: flags['allow-url'], flags: removalFlagsFor(plan) });
        this.io.stderr.write(`Saved the plan to ${terminalInline(flags.out)}; run \`${terminalInline(command)}\` to apply exactly this.\n`);
        outcome.savedTo = flags.out;
      }
      return outcome;
    } finally {
      await session.close();
    }
  }
}
