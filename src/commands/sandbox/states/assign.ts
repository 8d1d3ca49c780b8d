import { Args } from '@oclif/core';
import { BaseCommand } from '../../../cli/base-command.js';
import { manualStepView, SANDBOX_STEP_TARGETS, sandboxStepFlags, sandboxTarget } from '../../../cli/sandbox-step.js';
import { performSandboxStep, type ManualStepOutcome } from '../../../services/sandbox-manual-step.js';

export default class SandboxStatesAssign extends BaseCommand {
  static override summary = 'Choose the ticket states a ticket type of a sandbox workspace uses.';

  static override description =
    'Replaces the states the ticket type uses with exactly the ones named (internal labels, in any order; they are kept in category order), as choosing them in Intercom’s settings does.\n\n' +
    SANDBOX_STEP_TARGETS;

  static override examples = [
    {
      description: 'Give "Defect" the states its `states:` lists',
      command: '<%= config.bin %> <%= command.id %> Defect Submitted Triaged "In progress" Resolved',
    },
  ];

  static override strict = false;

  static override args = {
    type: Args.string({ description: 'Name of the ticket type.', required: true, ignoreStdin: true }),
    states: Args.string({ description: 'Internal labels of the states it uses from now on (one or more).', required: true, ignoreStdin: true }),
  };

  static override flags = { ...sandboxStepFlags };

  async run(): Promise<ManualStepOutcome> {
    const { args, argv, flags } = await this.parse(SandboxStatesAssign);
    const states = (argv as string[]).slice(1);
    const outcome = await performSandboxStep(sandboxTarget(flags), { step: 'set-type-states', ticket_type: args.type, states });
    return this.show(manualStepView, outcome, { format: flags.json ? 'json' : 'text' });
  }
}
