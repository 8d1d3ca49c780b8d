import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Plan } from '../../src/engine/create-plan.js';
import { markdownCode } from '../../src/render/escape-markdown.js';
import { summaryLine } from '../../src/render/render-text.js';
import { failureComment, marker, planComment, planSection } from './comment-body.js';
import { commentOnPullRequest, firstLine, planFilePath, pullRequestOfRun, readSavedPlan, targetArgs, type ModeContext } from './mode-context.js';
import { errorText } from './run-cli.js';

/** Job summaries allow 1 MiB; a plan this long is already more than anyone reads there. */
export const SUMMARY_LIMIT = 200_000;

export type PlanRun =
  | { ok: true; code: 0 | 2; plan: Plan; planFile: string }
  | { ok: false; code: number; error: string; cancelled: boolean };

/**
 * `plan --out FILE --detailed-exitcode`: the log shows the plan as the CLI prints it; the
 * action reads the saved file for everything it renders, so comment, summary and apply
 * all describe the same plan value.
 */
export async function runPlan(context: ModeContext): Promise<PlanRun> {
  const planFile = planFilePath(context);
  await mkdir(dirname(planFile), { recursive: true });
  const run = await context.cli(['plan', ...targetArgs(context), '--out', planFile, '--detailed-exitcode', ...context.inputs.args], context.cwd);
  if (run.code === 0 || run.code === 2) {
    const plan = await readSavedPlan(planFile);
    if (plan) return { ok: true, code: run.code, plan, planFile };
    return { ok: false, code: 1, error: `intercom-config plan exited ${run.code} but its plan file ${planFile} cannot be read.`, cancelled: false };
  }
  if (run.cancelled) return { ok: false, code: run.code === 0 ? 1 : run.code, error: CANCELLED, cancelled: true };
  context.report.configErrors(run.stdout, context.cwd);
  return { ok: false, code: run.code === 0 ? 1 : run.code, error: errorText(run.stderr), cancelled: false };
}

const CANCELLED = 'The workflow run was cancelled before the plan was finished.';

/** `command: plan` — plan, then comment, summary, annotations and outputs. */
export async function planMode(context: ModeContext): Promise<number> {
  const { report, github, key } = context;
  const result = await runPlan(context);
  // On a push (after a merge), the merged pull request: its reviewers see the plan an
  // environment approval is about to apply.
  const pullRequest = await pullRequestOfRun(context);
  if (!result.ok && result.cancelled) {
    // A newer run (a later push, say) is on its way; its plan replaces the comment then.
    report.annotate('warning', `intercom-config plan cancelled (${key.workspace})`, `${result.error} The pull request's comment was left as it is.`);
    await report.outputs({ 'exit-code': String(result.code), summary: result.error });
    await report.summary(`### ⚠️ intercom-config plan cancelled for ${markdownCode(key.workspace)}\n\n${result.error}\n`);
    return 1;
  }
  if (!result.ok) {
    report.annotate('error', `intercom-config plan failed (${key.workspace})`, result.error);
    await report.outputs({ 'exit-code': String(result.code), summary: firstLine(result.error) });
    const body = failureComment(marker('plan', key), 'plan', key.workspace, result.error, github.runUrl);
    await report.summary(body);
    await commentOnPullRequest(context, pullRequest, body);
    return 1;
  }
  const { plan } = result;
  const summary = summaryLine(plan.summary);
  report.annotate('notice', `intercom-config plan (${plan.workspace})`, summary);
  await report.outputs({
    'exit-code': String(result.code),
    'has-changes': String(plan.changes.length > 0),
    'plan-file': result.planFile,
    summary,
  });
  await report.summary(planSection(plan, github.runUrl, SUMMARY_LIMIT));
  await commentOnPullRequest(context, pullRequest, planComment(marker('plan', key), plan, github.runUrl));
  return 0;
}
