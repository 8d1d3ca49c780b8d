import type { Plan } from '../engine/create-plan.js';
import { CHANGE_ACTIONS, type ChangeAction, type PlanSummary, type TextDiffLine } from '../plan/plan-types.js';
import type { Change } from '../resources/registry.js';
import { describeNamedObject } from '../resources/ignore.js';
import { describeChange, diffSize, formatValue, planScope } from './describe-change.js';
import { terminalInline as show } from './escape-terminal.js';
import { ACTION_LEGEND, ACTION_SYMBOLS, colorFor, createStyle, type Style } from './style.js';

export interface TextRenderOptions {
  color: boolean;
  /** `diff`: the plan promotes `plan.from` to `plan.workspace`, and its title says so. */
  diff?: boolean;
}

/**
 * The plan as a terminal reads it: a legend, one block per change, a summary line. Every
 * name, value and message goes through `show` (escape-terminal.ts).
 */
export function renderPlanText(plan: Plan, options: TextRenderOptions): string {
  const style = createStyle(options.color);
  const lines: string[] = [];
  const at = plan.host === undefined ? '' : ` at ${show(plan.host)}`;
  const title =
    options.diff && plan.from !== undefined
      ? `Diff "${show(plan.from)}" → "${show(plan.workspace)}"${at} (Intercom API ${show(plan.api_version)})`
      : `Workspace "${show(plan.workspace)}"${at} (Intercom API ${show(plan.api_version)})`;
  lines.push(style.bold(title));
  lines.push(...planScope(plan).map((line) => style.cyan(show(line))), '');
  if (plan.notes?.length) {
    lines.push('Notes:', ...plan.notes.map((note) => `  ${style.cyan('*')} ${show(note.message)}`), '');
  }
  if (plan.changes.length === 0) {
    lines.push(style.green('No changes. The workspace matches the configuration.'));
    return `${lines.join('\n')}\n`;
  }
  lines.push('Symbols:');
  for (const action of CHANGE_ACTIONS) {
    if (plan.summary[action] > 0) lines.push(`  ${colorFor(action, style)(ACTION_SYMBOLS[action])} ${ACTION_LEGEND[action]}`);
  }
  lines.push('');
  for (const change of plan.changes) lines.push(...renderChange(change, style), '');
  if (plan.ignored?.length) {
    lines.push(style.bold('Kept out of reach by `ignore:` (never created, changed, archived or deleted):'));
    for (const object of plan.ignored) lines.push(`  ${style.dim('=')} ${show(describeNamedObject(object))} ${style.dim(`(id ${show(object.id)})`)}`);
    lines.push('');
  }
  lines.push(style.bold(summaryLine(plan.summary)));
  return `${lines.join('\n')}\n`;
}

export function renderChange(change: Change, style: Style): string[] {
  const paint = colorFor(change.action, style);
  const id = change.id ? style.dim(` (id ${show(change.id)})`) : '';
  const lines = [`  ${paint(`${ACTION_SYMBOLS[change.action]} ${show(describeChange(change))}`)}${id}`];
  const paths = (change.fields ?? []).map((f) => show(f.path));
  const width = Math.max(0, ...paths.map((p) => p.length));
  for (const [index, field] of (change.fields ?? []).entries()) {
    const name = (paths[index] ?? '').padEnd(width);
    if (field.diff) {
      lines.push(`      ${style.yellow('~')} ${name} : ${diffSize(field.diff)}`);
      for (const line of field.diff) lines.push(`          ${diffLine(line, style)}`);
    } else if (!('before' in field)) lines.push(`      ${style.green('+')} ${name} = ${show(formatValue(field.after))}`);
    else lines.push(`      ${style.yellow('~')} ${name} : ${show(formatValue(field.before))} → ${show(formatValue(field.after))}`);
  }
  if (change.reason) lines.push(`      ${style.dim(`${change.action}: ${show(change.reason)}`)}`);
  return lines;
}

function diffLine(line: TextDiffLine, style: Style): string {
  const text = show(line.text);
  if (line.op === '+') return style.green(`+ ${text}`);
  if (line.op === '-') return style.red(`- ${text}`);
  return style.dim(line.op === '…' ? `… ${text}` : `  ${text}`);
}

const SUMMARY_WORDS: Record<ChangeAction, (n: number) => string> = {
  create: (n) => `${n} to create`,
  update: (n) => `${n} to update`,
  archive: (n) => `${n} to archive`,
  unarchive: (n) => `${n} to unarchive`,
  delete: (n) => `${n} to delete`,
  manual: (n) => `${n} manual ${n === 1 ? 'step' : 'steps'}`,
  blocked: (n) => `${n} blocked`,
};

export function summaryLine(summary: PlanSummary): string {
  const parts = CHANGE_ACTIONS.filter((a) => summary[a] > 0).map((a) => SUMMARY_WORDS[a](summary[a]));
  return parts.length === 0 ? 'No changes.' : `Plan: ${parts.join(', ')}.`;
}
