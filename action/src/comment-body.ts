import type { ApplyResultJson, AppliedChangeJson } from '../../src/cli/apply-result-json.js';
import type { Plan } from '../../src/engine/create-plan.js';
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
      `### ❌ intercom-config ${what} failed for \`${code(workspace)}\``,
      '',
      `No plan is shown because the latest ${what} failed; the error is below. Fix it and push again.`,
      '',
      fenced(error),
      '',
      runLink(runUrl),
    ].join('\n'),
    runUrl,
  );
}

export type ApplyOutcome = 'applied' | 'failed' | 'not-attempted';

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
  applied: '### ✅ Applied to `%`',
  failed: '### ❌ Apply to `%` failed',
  'not-attempted': '### ⏹️ Apply to `%` was not attempted',
};

export function applyComment(mark: string, report: ApplyReport, runUrl: string): string {
  const lines = [mark, HEADINGS[report.outcome].replace('%', code(report.workspace)), '', applySummary(report), ''];
  const result = report.result;
  if (result) {
    lines.push(...changeList('Applied', result.applied, (c) => (c.id ? ` (id ${inline(c.id)})` : '')));
    lines.push(...changeList('Failed', result.failed, (c) => ` — ${inline(c.error)}`));
    lines.push(...changeList('Not attempted', result.not_attempted, () => ''));
    lines.push(...changeList('Manual steps remaining', result.remaining, (c) => (c.reason ? ` — ${inline(c.reason)}` : '')));
  }
  if (report.error) lines.push(fenced(report.error), '');
  if (report.plan && report.plan.changes.length > 0) {
    lines.push('<details>', '<summary>The plan that was applied</summary>', '', planSection(report.plan, runUrl, COMMENT_LIMIT / 2), '</details>', '');
  }
  lines.push(runLink(runUrl));
  return fit(lines.join('\n'), runUrl);
}

/** One line for the `summary` output and the top of the apply comment. */
export function applySummary(report: ApplyReport): string {
  const r = report.result;
  if (!r) return 'intercom-config reported no apply result; its error is below.';
  const total = r.applied.length + r.failed.length + r.not_attempted.length;
  if (total === 0 && r.remaining.length === 0) return 'No changes: the workspace already matched.';
  const parts = [`${r.applied.length} applied`, `${r.failed.length} failed`, `${r.not_attempted.length} not attempted`];
  if (r.remaining.length > 0) parts.push(`${r.remaining.length} manual step(s) remaining`);
  return `Apply: ${parts.join(', ')}.`;
}

function changeList<T extends AppliedChangeJson>(title: string, changes: T[], suffix: (change: T) => string): string[] {
  if (changes.length === 0) return [];
  return [`**${title} (${changes.length})**`, '', ...changes.map((c) => `- ${c.action} ${c.kind.replace(/_/g, ' ')} ${inline(describe(c))}${suffix(c)}`), ''];
}

function describe(change: AppliedChangeJson): string {
  if (change.path) return `${change.help_center ? `${change.help_center}: ` : ''}${change.path.join(' / ')}`;
  if (change.ticket_type) return `${change.ticket_type} › ${change.name}`;
  return change.name;
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

/** Text shown as is: a fence longer than any backtick run inside it cannot be closed early. */
function fenced(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text.replace(/\n+$/, '')}\n${fence}`;
}

/** Inline text from the workspace or Intercom: HTML-escaped, one line. */
function inline(text: string): string {
  return `<code>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/[\r\n]+/g, ' ')}</code>`;
}

function code(text: string): string {
  return text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ');
}
