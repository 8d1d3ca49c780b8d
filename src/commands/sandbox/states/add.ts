import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../../../cli/base-command.js';
import { manualStepView, SANDBOX_STEP_TARGETS, sandboxStepFlags, sandboxTarget } from '../../../cli/sandbox-step.js';
import { performSandboxStep, type ManualStepOutcome } from '../../../services/sandbox-manual-step.js';

export default class SandboxStatesAdd extends BaseCommand {
  static override summary = 'Add a ticket state to a sandbox workspace, as an admin does in Intercom’s settings.';

  static override description = SANDBOX_STEP_TARGETS;

  static override examples = [
    {
      description: 'Add the state a plan says is missing, to the sandbox of ./intercom.config.yaml',
      command: '<%= config.bin %> <%= command.id %> "Triaged" --category in_progress --external-label "In progress"',
    },
    {
      description: 'Add it to a sandbox running in another terminal',
      command: '<%= config.bin %> <%= command.id %> "Triaged" --category in_progress --url http://127.0.0.1:4010',
    },
  ];

  static override args = {
    label: Args.string({ description: 'Internal label (what teammates see; unique in the workspace).', required: true, ignoreStdin: true }),
  };

  static override flags = {
    category: Flags.string({
      description: 'Category of the state.',
      options: ['submitted', 'in_progress', 'waiting_on_customer', 'resolved'],
      required: true,
    }),
    'external-label': Flags.string({ description: 'What customers see (default: the internal label).' }),
    ...sandboxStepFlags,
  };

  async run(): Promise<ManualStepOutcome> {
    const { args, flags } = await this.parse(SandboxStatesAdd);
    const outcome = await performSandboxStep(sandboxTarget(flags), {
      step: 'add-state',
      internal_label: args.label,
      category: flags.category as 'submitted' | 'in_progress' | 'waiting_on_customer' | 'resolved',
      ...(flags['external-label'] !== undefined ? { external_label: flags['external-label'] } : {}),
    });
    return this.show(manualStepView, outcome, { format: flags.json ? 'json' : 'text' });
  }
}
