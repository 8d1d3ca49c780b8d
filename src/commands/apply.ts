import { Args, Flags } from '@oclif/core';
import type { ApplyResult } from '../apply/apply-plan.js';
import { applyResultToJson, type ApplyResultJson } from '../cli/apply-result-json.js';
import { appendStepSummary } from '../cli/github.js';
import { BaseCommand } from '../cli/base-command.js';
import { sessionRequest } from '../cli/command-session.js';
import { colorFlag, configFlags, fromFlag, pruneFlags, selectionFlags } from '../cli/flags.js';
import type { ResultView } from '../cli/output.js';
import { ApplyInterrupts, INTERRUPTED_EXIT_CODE } from '../cli/apply-interrupts.js';
import { ApplyProgress } from '../cli/apply-progress.js';
import { confirm } from '../cli/prompt.js';
import { renderApplyMarkdown } from '../cli/apply-result-markdown.js';
import { renderApplyResult } from '../render/render-apply.js';
import { terminalInline } from '../render/escape-terminal.js';
import { renderPlanText } from '../render/render-text.js';
import { createStyle, shouldColor } from '../render/style.js';
import { applyWorkspace, type ApplyOutcome } from '../services/apply-workspace.js';

export default class Apply extends BaseCommand {
  static override summary = 'Make the workspace match the config.';
  static override description =
    'Computes the plan, shows it, asks for confirmation (unless --auto-approve) and performs exactly the writes shown, ' +
    'in dependency order. Manual steps (ticket states) are listed at the end. Without a terminal, --auto-approve is required. ' +
    'A saved plan (FILE) is applied without a question, as reviewed; when it archives or deletes, --prune (and --allow-delete for deletes) must be given to confirm. ' +
    'With --json the result goes to stdout as JSON and the plan, progress and summary to stderr; --json never prompts, so it needs --auto-approve or FILE. ' +
    'On a terminal, progress is one live line (one line per change with --debug or without a terminal); rate-limit waits are always said. ' +
    'Ctrl-C at the question cancels (exit 1); during the writes it starts no new write, waits for those in flight and prints the summary (exit 130); a second Ctrl-C exits at once.';

  static override examples = [
    { description: 'Review and apply to the default workspace', command: '<%= config.bin %> apply' },
    { description: 'Apply to staging without a prompt (CI)', command: '<%= config.bin %> apply -w staging --auto-approve' },
    { description: 'Also archive what is not in the config', command: '<%= config.bin %> apply --prune' },
    { description: 'Apply a reviewed plan saved with `plan --out` (refused if the workspace changed since)', command: '<%= config.bin %> apply prod.plan' },
    { description: 'Apply a saved plan that archives or deletes: the flags confirm its removals', command: '<%= config.bin %> apply prod.plan --prune --allow-delete' },
    { description: 'In a script: the result as JSON on stdout', command: '<%= config.bin %> apply prod.plan --json > result.json' },
    { description: 'Only collections under Guides', command: '<%= config.bin %> apply --target "collection:Guides/**"' },
    { description: "Promote staging's live state to production", command: '<%= config.bin %> apply --from staging -w production' },
  ];

  static override args = {
    // Never from stdin: oclif would otherwise take piped text (`echo yes | apply`) for the file.
    planfile: Args.string({ description: 'A plan saved with `plan --out`; applied exactly as saved, or refused when stale.', ignoreStdin: true }),
  };

  static override flags = {
    ...configFlags,
    ...pruneFlags,
    ...selectionFlags,
    ...fromFlag,
    ...colorFlag,
    'auto-approve': Flags.boolean({ description: 'Apply without asking for confirmation.', default: false }),
    concurrency: Flags.integer({ description: 'Requests in flight at once (rate limits are honoured whatever the value).', default: 16, min: 1, max: 32 }),
    json: Flags.boolean({
      description: 'Print the result as JSON on stdout ({applied, failed, not_attempted, remaining}); the plan goes to stderr. Needs --auto-approve or a saved plan.',
      default: false,
    }),
  };

  async run(): Promise<ApplyOutcome> {
    const { args, flags } = await this.parse(Apply);
    const { io } = this;
    // With --json, stdout carries only the JSON result; everything for people goes to stderr.
    const human = flags.json ? io.stderr : io.stdout;
    const progress = new ApplyProgress({
      stream: io.stderr,
      style: createStyle(shouldColor(io.stderr, io.env, flags.color)),
      // The live line needs a terminal; --debug keeps one line per change between its traces.
      live: io.stderr.isTTY === true && !flags.debug,
      now: io.clock?.now ?? Date.now,
      timeZone: io.env['TZ'],
    });
    const interrupts = new ApplyInterrupts(io, {
      beforeWrites: () => io.stderr.write(`\n${CANCELLED.declined}`),
      stopping: () => progress.stopping(),
      exiting: () => progress.exiting(),
    });
    const ask = (question: string) => interrupts.asking((signal) => confirm(io, question, { signal }));
    let outcome: ApplyOutcome;
    try {
      outcome = await applyWorkspace(
        {
          ...sessionRequest(flags, io, { rateLimited: (event) => progress.rateLimited(event) }),
          planFile: args.planfile,
          allowUrls: flags['allow-url'],
          autoApprove: flags['auto-approve'],
          json: flags.json,
          interactive: io.stdin.isTTY === true,
          concurrency: flags.concurrency,
          signal: interrupts.writeSignal,
        },
        {
          showPlan: (plan) => human.write(renderPlanText(plan, { color: shouldColor(human, io.env, flags.color) })),
          confirm: ({ writes, workspace }) => ask(`\nApply ${writes} change(s) to workspace "${terminalInline(workspace)}"? Only "yes" is accepted: `),
          confirmIgnored: ({ ignored }) =>
            ask(`The plan archives or deletes, and \`ignore:\` keeps the ${ignored} object(s) listed above untouched. Is that list complete? Only "yes" is accepted: `),
          starting: (writes) => {
            interrupts.writing();
            progress.starting(writes);
          },
          progress: (event) => progress.event(event),
        },
      );
    } finally {
      interrupts.dispose();
      progress.finish();
    }
    if (outcome.status === 'cancelled') io.stderr.write(CANCELLED[outcome.reason]);
    this.show(applyView, outcome, { format: flags.json ? 'json' : 'text', color: flags.color });
    // What was written, for the run's page; a cancelled apply wrote nothing and reports nothing.
    if (outcome.status !== 'cancelled') await appendStepSummary(renderApplyMarkdown(resultJson(outcome)), io.env);
    return outcome;
  }
}

const CANCELLED = {
  declined: 'Apply cancelled; nothing was written.\n',
  'ignored-incomplete': 'Apply cancelled; nothing was written. Add what must be kept to `ignore:`, then plan again.\n',
} as const;

const NOTHING_DONE: ApplyResult = { applied: [], failed: [], notAttempted: [], remaining: [] };

function resultJson(outcome: ApplyOutcome): ApplyResultJson {
  return applyResultToJson(outcome.plan.workspace, outcome.status === 'applied' ? outcome.result : NOTHING_DONE);
}

/** The summary after the writes (stdout, or stderr with --json) and the `--json` document. */
const applyView: ResultView<ApplyOutcome> = {
  text: (outcome, { color }) => (outcome.status === 'applied' ? `\n${renderApplyResult(outcome.result, { color })}` : ''),
  json: (outcome) => resultJson(outcome),
  exitCode: (outcome) => {
    // A cancelled apply did not do what was asked: not a success, as for other plan/apply tools.
    if (outcome.status === 'cancelled') return 1;
    if (outcome.status === 'no-changes') return 0;
    if (outcome.result.interrupted) return INTERRUPTED_EXIT_CODE;
    return outcome.result.failed.length > 0 ? 1 : 0;
  },
  textOnStderrWithJson: true,
};
