import { markdownCode } from '../../src/render/escape-markdown.js';
import { summaryLine } from '../../src/render/render-text.js';
import { fit, marker, planSection } from './comment-body.js';
import { syncDriftIssue } from './drift-issue.js';
import { firstLine, type ModeContext } from './mode-context.js';
import { runPlan, SUMMARY_LIMIT } from './plan-mode.js';

/**
 * `command: drift` — on a schedule, plan the checked-out config (the default branch)
 * against the live workspace. Changes pending (plan exit 2) open or update one issue for
 * this workspace; no changes close it. An error fails the step and leaves the issue as it is.
 */
export async function driftMode(context: ModeContext): Promise<number> {
  const { report, github, key, api } = context;
  if (!api) {
    report.annotate('error', 'intercom-config drift', 'drift needs a github-token with `issues: write` (and GITHUB_REPOSITORY) to open and close issues.');
    return 1;
  }
  const result = await runPlan(context);
  if (!result.ok) {
    const what = result.cancelled ? 'cancelled' : 'failed';
    report.annotate(result.cancelled ? 'warning' : 'error', `intercom-config drift check ${what} (${key.workspace})`, result.error);
    await report.outputs({ 'exit-code': String(result.code), summary: firstLine(result.error) });
    await report.summary(`### ${result.cancelled ? '⚠️' : '❌'} intercom-config drift check ${what} for ${markdownCode(key.workspace)}\n\nThe drift issue was left as it is.\n`);
    return 1;
  }
  const { plan } = result;
  const summary = summaryLine(plan.summary);
  const drifted = result.code === 2;
  const mark = marker('drift', key);
  const where = markdownCode(key.config);
  const issue = await syncDriftIssue(
    api,
    mark,
    drifted
      ? {
          drift: true,
          title: `intercom-config: workspace "${plan.workspace}" has drifted from ${key.config}`,
          body: fit(
            `${mark}\nThe live workspace ${markdownCode(plan.workspace)} no longer matches ${where} as of [this run](${github.runUrl}) ` +
              `(commit ${github.sha.slice(0, 12) || 'unknown'}). Applying the config would make these changes; or change the config to match.\n\n` +
              `This issue is updated on every check and closed when the workspace matches again.\n\n${planSection(plan, github.runUrl)}`,
            github.runUrl,
          ),
        }
      : { drift: false, closingComment: `The live workspace ${markdownCode(plan.workspace)} matches ${where} again as of [this run](${github.runUrl}). Closing.` },
  );
  if (issue.action !== 'none') report.log(`Drift issue #${issue.number} ${issue.action}${issue.url ? `: ${issue.url}` : ''}`);
  if (drifted) report.annotate('warning', `intercom-config drift (${plan.workspace})`, `${summary} See the drift issue${issue.action === 'none' ? '' : ` #${issue.number}`}.`);
  await report.outputs({
    'exit-code': String(result.code),
    'has-changes': String(drifted),
    'plan-file': result.planFile,
    summary,
  });
  await report.summary(drifted ? planSection(plan, github.runUrl, SUMMARY_LIMIT) : `### intercom-config drift check for ${markdownCode(plan.workspace)}\n\nNo drift: ${summary}\n`);
  return 0;
}
