import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../../../cli/base-command.js';
import { manualStepView, SANDBOX_STEP_TARGETS, sandboxStepFlags, sandboxTarget } from '../../../cli/sandbox-step.js';
import { performSandboxStep, type ManualStepOutcome } from '../../../services/sandbox-manual-step.js';

export default class SandboxStatesUpdate extends BaseCommand {
  static override summary = 'Change a ticket state of a sandbox workspace: labels, category, archived.';

  static override description = SANDBOX_STEP_TARGETS;

  static override examples = [
    {
      description: 'Rename what customers see, as a plan asks',
      command: '<%= config.bin %> <%= command.id %> "Waiting on customer" --external-label "Waiting for you"',
    },
    { description: 'Unarchive a state', command: '<%= config.bin %> <%= command.id %> "Triaged" --no-archived' },
  ];

  static override args = {
    label: Args.string({ description: 'The state’s current internal label.', required: true, ignoreStdin: true }),
  };

  static override flags = {
    'internal-label': Flags.string({ description: 'New internal label.' }),
    'external-label': Flags.string({ description: 'New external label (what customers see).' }),
    category: Flags.string({ description: 'New category.', options: ['submitted', 'in_progress', 'waiting_on_customer', 'resolved'] }),
    archived: Flags.boolean({ description: 'Archive the state (--no-archived unarchives it).', allowNo: true }),
    ...sandboxStepFlags,
  };

  async run(): Promise<ManualStepOutcome> {
    const { args, flags } = await this.parse(SandboxStatesUpdate);
    const outcome = await performSandboxStep(sandboxTarget(flags), {
      step: 'update-state',
      state: args.label,
      ...(flags['internal-label'] !== undefined ? { internal_label: flags['internal-label'] } : {}),
      ...(flags['external-label'] !== undefined ? { external_label: flags['external-label'] } : {}),
      ...(flags.category !== undefined ? { category: flags.category as 'submitted' | 'in_progress' | 'waiting_on_customer' | 'resolved' } : {}),
      ...(flags.archived !== undefined ? { archived: flags.archived } : {}),
    });
    return this.show(manualStepView, outcome, { format: flags.json ? 'json' : 'text' });
  }
}
