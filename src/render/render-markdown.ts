import type { Plan } from '../engine/create-plan.js';
import { CHANGE_ACTIONS, type TextDiffLine } from '../plan/plan-types.js';
import type { Change } from '../resources/registry.js';
import { describeNamedObject } from '../resources/ignore.js';
import { describeChange, diffSize, formatValue, planScope } from './describe-change.js';
import { commentValue, markdownCode, markdownFence, markdownInline } from './escape-markdown.js';
import { ACTION_SYMBOLS } from './style.js';

/** GitHub rejects comments over 65,536 characters; stay clear of it. */
export const MARKDOWN_LIMIT = 65_000;

/**
 * First line of every comment, so a workflow can find and update its own comment. A diff
 * has its own marker: a comment upsert keyed on one never replaces the other.
 */
export function markdownMarker(workspace: string, diffFrom?: string): string {
  return diffFrom === undefined
    ? `<!-- intercom-config-plan workspace=${commentValue(workspace)} -->`
    : `<!-- intercom-config-diff from=${commentValue(diffFrom)} to=${commentValue(workspace)} -->`;
}

export interface MarkdownRenderOptions {
  limit?: number;
  /** `diff`: the plan promotes `plan.from` to `plan.workspace`, and says so in its marker and title. */
  diff?: boolean;
}

/**
 * A pull-request comment: marker, summary table, then one collapsible block per object.
 * Details are cut (with a note) to stay under the limit; the summary never is.
 */
export function renderPlanMarkdown(plan: Plan, options: MarkdownRenderOptions = {}): string {
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const diffFrom = options.diff ? plan.from : undefined;
  const head: string[] = [
    markdownMarker(plan.workspace, diffFrom),
    (diffFrom === undefined
      ? `### intercom-config plan for ${markdownCode(plan.workspace)}`
      : `### intercom-config diff ${markdownCode(diffFrom)} → ${markdownCode(plan.workspace)}`) + (plan.host === undefined ? '' : ` at ${markdownCode(plan.host)}`),
    '',
  ];
  const scope = planScope(plan);
  if (scope.length > 0) head.push(...scope.map((line) => `> ${markdownInline(line)}`), '');
  if (plan.notes?.length) head.push('**Notes**', '', ...plan.notes.map((note) => `- ${markdownInline(note.message)}`), '');
  if (plan.changes.length === 0) {
    head.push('**No changes.** The workspace matches the configuration.', '');
    return `${head.join('\n')}\n`;
  }
  head.push(`| ${CHANGE_ACTIONS.join(' | ')} |`, `|${CHANGE_ACTIONS.map(() => '---:').join('|')}|`);
  head.push(`| ${CHANGE_ACTIONS.map((a) => String(plan.summary[a])).join(' | ')} |`, '');
  const footer = `\n<sub>Intercom API ${plan.api_version} · intercom-config ${plan.tool_version}</sub>\n`;

  const ignored = ignoredList(plan);
  let body = '';
  let shown = 0;
  for (const change of plan.changes) {
    const block = renderDetails(change);
    const note = truncationNote(plan.changes.length - shown - 1);
    if (head.join('\n').length + body.length + block.length + note.length + ignored.length + footer.length > limit) break;
    body += block;
    shown += 1;
  }
  const omitted = plan.changes.length - shown;
  return `${head.join('\n')}\n${body}${omitted > 0 ? truncationNote(omitted) : ''}${ignored}${footer}`;
}

function renderDetails(change: Change): string {
  const title = `<code>${ACTION_SYMBOLS[change.action]}</code> <b>${change.action}</b> ${markdownInline(describeChange(change))}${
    change.id ? ` <sub>id ${markdownInline(change.id)}</sub>` : ''
  }`;
  const lines: string[] = ['<details>', `<summary>${title}</summary>`, ''];
  if (change.fields?.length) {
    lines.push('| field | before | after |', '|---|---|---|');
    const diffs: string[] = [];
    for (const field of change.fields) {
      if (field.diff) {
        lines.push(`| ${markdownCode(field.path)} | ${diffSize(field.diff)} | see below |`);
        diffs.push(...diffBlock(field.path, field.diff));
        continue;
      }
      const before = 'before' in field ? cell(formatValue(field.before)) : '';
      lines.push(`| ${markdownCode(field.path)} | ${before} | ${cell(formatValue(field.after))} |`);
    }
    lines.push('', ...diffs);
  }
  if (change.reason) lines.push(`> ${markdownInline(change.reason)}`, '');
  lines.push('</details>', '');
  return `${lines.join('\n')}\n`;
}

/** Ignored objects listed in a comment at most; the rest are counted. */
const IGNORED_SHOWN = 100;

function ignoredList(plan: Plan): string {
  if (!plan.ignored?.length) return '';
  const items = plan.ignored.slice(0, IGNORED_SHOWN).map((o) => `- ${markdownInline(describeNamedObject(o))} <sub>id ${markdownInline(o.id)}</sub>`);
  const more = plan.ignored.length - IGNORED_SHOWN;
  if (more > 0) items.push(`- … and ${more} more (run \`intercom-config plan\` for all)`);
  return `\n**Kept out of reach by \`ignore:\`** (never created, changed, archived or deleted):\n\n${items.join('\n')}\n`;
}

/** Body diffs stay short in a comment: the plan in a terminal shows them whole. */
const DIFF_LINES_SHOWN = 30;

function diffBlock(path: string, diff: readonly TextDiffLine[]): string[] {
  // One diff line per line of the block: a line break inside a line's text is shown, not kept.
  const shown = diff.slice(0, DIFF_LINES_SHOWN).map((d) => `${d.op === '…' ? '@@' : d.op} ${d.text.replace(/\n/g, '\\n')}`);
  if (diff.length > DIFF_LINES_SHOWN) shown.push(`@@ ${diff.length - DIFF_LINES_SHOWN} more diff lines: run intercom-config plan to see them`);
  return [`${markdownCode(path)}:`, '', markdownFence(shown.join('\n'), 'diff'), ''];
}

function truncationNote(omitted: number): string {
  return omitted > 0
    ? `\n> [!NOTE]\n> ${omitted} more change(s) are not shown to keep this comment under GitHub's size limit. ` +
        'Run `intercom-config plan` for the full plan.\n'
    : '';
}

function cell(text: string): string {
  return markdownCode(text.length > 500 ? `${text.slice(0, 497)}...` : text);
}
