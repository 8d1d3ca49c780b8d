import { resolve } from 'node:path';
import type { ApplyResultJson } from '../../src/cli/apply-result-json.js';
import { applyComment, applySummary, marker, type ApplyOutcome, type ApplyReport } from './comment-body.js';
import { commentOnPullRequest, firstLine, pullRequestOfRun, readSavedPlan, targetArgs, type ModeContext } from './mode-context.js';
import { errorText, type CliRun } from './run-cli.js';

/**
 * `command: apply` — one `apply --auto-approve --json` run: of the saved `plan-file` when
 * given (refused by the CLI if the workspace changed since), else of a fresh plan. Then
 * the result goes to the job summary and to the pull request's comment for this workspace.
 *
 * The CLI applies a saved plan's archives and deletes only when --prune/--allow-delete
 * confirm them, and the action never reads those from the file: a workflow that prunes
 * says so in the apply step's own `args`, so a plan file swapped between jobs cannot add
 * removals nobody wrote down.
 */
export async function applyMode(context: ModeContext): Promise<number> {
  const { inputs, report, github, key } = context;
  const planFile = inputs.planFile ? resolve(context.cwd, inputs.planFile) : undefined;
  const plan = planFile ? await readSavedPlan(planFile) : undefined;
  const run = await context.cli(
    ['apply', ...(planFile ? [planFile] : []), ...targetArgs(context), '--auto-approve', '--json', ...inputs.args],
    context.cwd,
  );
  const result = parseResult(run.stdout);
  const applyReport: ApplyReport = {
    outcome: outcomeOf(run, result),
    workspace: key.workspace,
    ...(result ? { result } : {}),
    // When apply ran, its lists say what happened; otherwise the CLI's error says why not.
    ...(!result ? { error: errorText(run.stderr) } : {}),
    ...(plan ? { plan } : {}),
  };
  if (!result) report.configErrors(run.stdout, context.cwd);

  const summary = applyReport.outcome === 'not-attempted' ? `Apply not attempted: ${firstLine(applyReport.error ?? '')}` : applySummary(applyReport);
  if (applyReport.outcome === 'applied') report.annotate('notice', `intercom-config apply (${key.workspace})`, summary);
  else report.annotate('error', `intercom-config apply ${applyReport.outcome.replace('-', ' ')} (${key.workspace})`, applyReport.error ?? summary);

  const changed = result ? result.applied.length + result.failed.length + result.not_attempted.length + result.remaining.length > 0 : plan?.changes.length;
  await report.outputs({
    'exit-code': String(run.code),
    ...(changed !== undefined ? { 'has-changes': String(Boolean(changed)) } : {}),
    ...(planFile ? { 'plan-file': planFile } : {}),
    summary,
  });
  const body = applyComment(marker('plan', key), applyReport, github.runUrl);
  await report.summary(body);
  await commentOnPullRequest(context, await pullRequestOfRun(context), body);
  return run.code === 0 && applyReport.outcome === 'applied' ? 0 : 1;
}

/**
 * A cancelled run is "interrupted" when the CLI says so, or when it was stopped before it
 * could say anything; one cancelled after its writes reports as they went.
 */
function outcomeOf(run: CliRun, result: ApplyResultJson | undefined): ApplyOutcome {
  if (!result) return run.cancelled && run.started ? 'interrupted' : 'not-attempted';
  if (result.interrupted) return 'interrupted';
  return run.code === 0 && result.failed.length === 0 ? 'applied' : 'failed';
}

/** The JSON `apply --json` prints on stdout; anything else means apply did not run. */
function parseResult(stdout: string): ApplyResultJson | undefined {
  const start = stdout.indexOf('{');
  if (start === -1) return undefined;
  try {
    const data = JSON.parse(stdout.slice(start)) as Partial<ApplyResultJson>;
    const lists = [data.applied, data.failed, data.not_attempted, data.remaining];
    return data.format_version === 1 && lists.every(Array.isArray) ? (data as ApplyResultJson) : undefined;
  } catch {
    return undefined;
  }
}
