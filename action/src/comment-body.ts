import type { ApplyResultJson } from '../../src/cli/apply-result-json.js';
import type { Plan } from '../../src/engine/create-plan.js';
import { markdownCode, markdownFence } from '../../src/render/escape-markdown.js';
import { applyCountsLine, applyResultLists } from '../../src/cli/apply-result-markdown.js';
import { renderPlanMarkdown } from '../../src/render/render-markdown.js';

/** GitHub refuses a comment or issue body over 65,536 characters; keep a margin. */
export const COMMENT_LIMIT = 65_000;

/** Room kept for what the action adds around a rendered plan (heading, notes, links). */
const FRAME_RESERVE = 2_000;

/** What one comment or issue is about: the workspace input and the config file (repository-relative). */
export interface TargetKey {
  workspace: string;
  config: string;
}

/**
 * The hidden first line that finds a comment (or drift issue) again. Values are
 * percent-encoded, so no name can close the HTML comment or imitate another marker.
 */
export function marker(kind: 'plan' | 'drift', key: TargetKey): string {
  return `<!-- intercom-config-action:${kind} workspace=${encodeURIComponent(key.workspace)} config=${encodeURIComponent(key.config)} -->`;
}

/** The plan as a comment: everything that fits, then where to read the rest. */
export function planSection(plan: Plan, runUrl: string, limit = COMMENT_LIMIT): string {
  const rendered = renderPlanMarkdown(plan, { limit: limit - FRAME_RESERVE });
  // The renderer's own first line is its marker; ours replaces it.
  const body = rendered.replace(/^<!--.*-->\n/, '');
  const shown = body.split('\n').filter((line) => line === '<details>').length;
  const omitted = plan.changes.length - shown;
  const note = omitted > 0 ? `\n**${omitted} of ${plan.changes.length} changes are not shown here.** The full plan is in [the run's log](${runUrl}).\n` : '';
  return `${body}${note}`;
}

export function planComment(mark: string, plan: Plan, runUrl: string): string {
  return fit(`${mark}\n${planSection(plan, runUrl)}\n${runLink(runUrl)}`, runUrl);
}

/** A failed plan: the old plan must not stay up looking current. */
export function failureComment(mark: string, what: string, workspace: string, error: string, runUrl: string): string {
  return fit(
    [
      mark,
      `### ❌ intercom-config ${what} failed for ${markdownCode(workspace)}`,
      '',
      `No plan is shown because the latest ${what} failed; the error is below. Fix it and push again.`,
      '',
      markdownFence(error, 'text'),
      '',
      runLink(runUrl),
    ].join('\n'),
    runUrl,
  );
}

export type ApplyOutcome = 'applied' | 'failed' | 'interrupted' | 'not-attempted';

export interface ApplyReport {
  outcome: ApplyOutcome;
  workspace: string;
  /** The CLI's result, when apply ran. */
  result?: ApplyResultJson;
  /** Why nothing was attempted, or what went wrong. */
  error?: string;
  /** The saved plan that was applied, when there was one. */
  plan?: Plan;
}

const HEADINGS: Record<ApplyOutcome, string> = {
  applied: '### ✅ Applied to %',
  failed: '### ❌ Apply to % failed',
  interrupted: '### ⚠️ Apply to % was interrupted',
  'not-attempted': '### ⏹️ Apply to % was not attempted',
};

export function applyComment(mark: string, report: ApplyReport, runUrl: string): string {
  const lines = [mark, HEADINGS[report.outcome].replace('%', () => markdownCode(report.workspace)), '', applySummary(report), ''];
  const result = report.result;
  if (report.outcome === 'interrupted') lines.push(result ? INTERRUPTED : INTERRUPTED_UNREPORTED, '');
  if (result) lines.push(...applyResultLists(result));
  if (report.error) lines.push(markdownFence(report.error, 'text'), '');
  if (report.plan && report.plan.changes.length > 0) {
    lines.push('<details>', '<summary>The plan that was applied</summary>', '', planSection(report.plan, runUrl, COMMENT_LIMIT / 2), '</details>', '');
  }
  lines.push(runLink(runUrl));
  return fit(lines.join('\n'), runUrl);
}

const INTERRUPTED =
  'The workflow run was cancelled. No write started after that, and the writes already sent finished. Nothing was rolled back: run the apply again to do the rest.';
const INTERRUPTED_UNREPORTED =
  'The workflow run was cancelled while intercom-config was applying, and it stopped before it could report. Writes may have been sent: run a plan to see what is left.';

/** One line for the `summary` output and the top of the apply comment. */
export function applySummary(report: ApplyReport): string {
  if (report.result) return applyCountsLine(report.result);
  return report.outcome === 'interrupted'
    ? 'Apply interrupted before intercom-config could report; what it printed last is below.'
    : 'intercom-config reported no apply result; its error is below.';
}

/**
 * The last guard on size: cut at a line, close an open code fence, and say where the rest
 * is. Rendered plans are already sized to fit; lists and errors may not be.
 */
export function fit(body: string, runUrl: string, limit = COMMENT_LIMIT): string {
  if (body.length <= limit) return body;
  const note = `\n\n> [!NOTE]\n> This comment was cut to stay under GitHub's size limit. Everything is in [the run](${runUrl}).\n`;
  let cut = body.slice(0, limit - note.length - 20);
  cut = cut.slice(0, Math.max(cut.lastIndexOf('\n'), 0));
  const fence = openFence(cut);
  return `${cut}${fence ? `\n${fence}` : ''}${note}`;
}

function openFence(text: string): string | undefined {
  let open: string | undefined;
  for (const line of text.split('\n')) {
    const match = /^(`{3,})/.exec(line);
    if (!match) continue;
    if (open === undefined) open = match[1];
    else if (match[1]!.length >= open.length && line.trim() === match[1]) open = undefined;
  }
  return open;
}

function runLink(runUrl: string): string {
  return `<sub>[Workflow run](${runUrl}) · intercom-config action</sub>\n`;
}
