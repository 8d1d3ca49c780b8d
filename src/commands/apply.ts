import { Args, Flags } from '@oclif/core';
import { applyResultToJson } from '../cli/apply-result-json.js';
import { BaseCommand } from '../cli/base-command.js';
import { sessionRequest } from '../cli/command-session.js';
import { colorFlag, configFlags, fromFlag, pruneFlags, selectionFlags } from '../cli/flags.js';
import { applyProgressLine } from '../cli/progress.js';
import { confirm } from '../cli/prompt.js';
import { UserError } from '../errors.js';
import { parseSavedPlan } from '../engine/saved-plans.js';
import { renderApplyResult } from '../render/render-apply.js';
import { renderPlanText } from '../render/render-text.js';
import { createStyle, shouldColor } from '../render/style.js';
import { WorkspaceSession } from '../services/workspace-session.js';
import { FileReadError, MAX_PLAN_BYTES, readRegularFile } from '../common/read-regular-file.js';

export default class Apply extends BaseCommand {
  static override summary = 'Make the workspace match the config.';
  static override description =
    'Computes the plan, shows it, asks for confirmation (unless --auto-approve) and performs exactly the writes shown, ' +
    'in dependency order. Manual steps (ticket states) are listed at the end. Without a terminal, --auto-approve is required. ' +
    'With --json the result goes to stdout as JSON and the plan, progress and summary to stderr; --json never prompts, so it needs --auto-approve.';

  static override examples = [
    { description: 'Review and apply to the default workspace', command: '<%= config.bin %> apply' },
    { description: 'Apply to staging without a prompt (CI)', command: '<%= config.bin %> apply -w staging --auto-approve' },
    { description: 'Also archive what is not in the config', command: '<%= config.bin %> apply --prune' },
    { description: 'Apply a plan saved with `plan --out` (refused if the workspace changed since)', command: '<%= config.bin %> apply prod.plan --auto-approve' },
    { description: 'In a script: the result as JSON on stdout', command: '<%= config.bin %> apply --auto-approve --json > result.json' },
    { description: 'Only collections under Guides', command: '<%= config.bin %> apply --target "collection:Guides/**"' },
    { description: "Promote staging's live state to production", command: '<%= config.bin %> apply --from staging -w production' },
  ];

  static override args = {
    planfile: Args.string({ description: 'A plan saved with `plan --out`; applied exactly as saved, or refused when stale.' }),
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
      description: 'Print the result as JSON on stdout ({applied, failed, not_attempted, remaining}); the plan goes to stderr. Needs --auto-approve.',
      default: false,
    }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Apply);
    if (flags.json && !flags['auto-approve']) {
      throw new UserError('--json cannot ask for confirmation, so it needs --auto-approve.', {
        hint: 'Review the changes first with `intercom-config plan --out FILE`, then run `intercom-config apply FILE --auto-approve --json`.',
      });
    }
    if (!flags['auto-approve'] && !process.stdin.isTTY) {
      throw new UserError('apply needs a confirmation, but stdin is not a terminal.', {
        hint: 'Review the changes with `intercom-config plan`, then run `intercom-config apply --auto-approve`.',
      });
    }
    // With --json, stdout carries only the JSON result; everything for people goes to stderr.
    const human = flags.json ? process.stderr : process.stdout;
    const color = shouldColor(human, process.env, flags.color);
    const errColor = shouldColor(process.stderr, process.env, flags.color);
    const saved = args.planfile ? parseSavedPlan(await readPlanFile(args.planfile), args.planfile) : undefined;
    if (saved && flags.workspace && flags.workspace !== saved.workspace) {
      throw new UserError(`${args.planfile} was made for workspace "${saved.workspace}", not "${flags.workspace}".`);
    }
    if (saved && (flags.prune || flags['allow-delete'])) {
      throw new UserError('--prune and --allow-delete cannot change a saved plan; pass them to `plan --out` instead.');
    }
    const session = await WorkspaceSession.open({
      // A saved plan keeps its own selection and source unless others are given (then refused).
      ...sessionRequest({ ...flags, workspace: saved?.workspace ?? flags.workspace, from: flags.from ?? saved?.source?.workspace }),
      client: { concurrency: flags.concurrency },
    });
    try {
      const plan = saved ? await session.verifySavedPlan(saved) : (await session.plan()).plan;
      human.write(renderPlanText(plan, { color }));
      if (plan.changes.length === 0) {
        if (flags.json) writeJson(applyResultToJson(plan.workspace, { applied: [], failed: [], notAttempted: [], remaining: [] }));
        return;
      }
      const writes = plan.changes.filter((c) => c.operation !== undefined).length;
      if (writes > 0 && !flags['auto-approve']) {
        const yes = await confirm(`\nApply ${writes} change(s) to workspace "${plan.workspace}"? Only "yes" is accepted: `);
        if (!yes) {
          process.stderr.write('Apply cancelled; nothing was written.\n');
          return;
        }
        // Archives and deletes next to objects kept out of reach: asked once more, so a pattern
        // that missed what it was meant to protect is caught before anything goes.
        if (plan.ignored?.length) {
          const again = await confirm(
            `The plan archives or deletes, and \`ignore:\` keeps the ${plan.ignored.length} object(s) listed above untouched. Is that list complete? Only "yes" is accepted: `,
          );
          if (!again) {
            process.stderr.write('Apply cancelled; nothing was written. Add what must be kept to `ignore:`, then plan again.\n');
            return;
          }
        }
      }
      const style = createStyle(errColor);
      if (writes > 0) process.stderr.write(`\nApplying ${writes} change(s)…\n`);
      const result = await session.apply(plan, {
        concurrency: flags.concurrency,
        onEvent: (event) => {
          const line = applyProgressLine(event, style);
          if (line) process.stderr.write(`${line}\n`);
        },
      });
      human.write(`\n${renderApplyResult(result, { color })}`);
      if (flags.json) writeJson(applyResultToJson(plan.workspace, result));
      if (result.failed.length > 0) process.exitCode = 1;
    } finally {
      await session.close();
    }
  }
}

function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

async function readPlanFile(file: string): Promise<string> {
  try {
    return (await readRegularFile(file, MAX_PLAN_BYTES)).toString('utf8');
  } catch (error) {
    throw new UserError(`Cannot read the plan file ${file}: ${error instanceof FileReadError ? error.reason : String(error)}.`, {
      hint: 'Pass the file written by `intercom-config plan --out FILE`.',
    });
  }
}
