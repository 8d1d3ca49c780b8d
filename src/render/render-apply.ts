import type { ApplyResult } from '../apply/apply-plan.js';
import { CHANGE_ACTIONS } from '../plan/plan-types.js';
import type { Change } from '../resources/registry.js';
import { PAST_TENSE, describeChange } from './describe-change.js';
import { terminalInline as show, terminalLines } from './escape-terminal.js';
import { ACTION_SYMBOLS, colorFor, createStyle, type Style } from './style.js';

/** What apply did, what failed and what is left, for the end of `apply`. */
export function renderApplyResult(result: ApplyResult, options: { color: boolean }): string {
  const style = createStyle(options.color);
  const lines: string[] = [];
  const counts = CHANGE_ACTIONS.map((action) => [action, result.applied.filter((a) => a.change.action === action).length] as const)
    .filter(([, n]) => n > 0)
    .map(([action, n]) => `${n} ${PAST_TENSE[action]}`);
  const done = counts.length > 0 ? counts.join(', ') : 'nothing to write';

  if (result.failed.length === 0 && !result.interrupted) {
    lines.push(style.bold(style.green(`Apply complete: ${done}.`)));
  } else {
    const tally = `${result.applied.length} applied, ${result.failed.length} failed, ${result.notAttempted.length} not attempted`;
    lines.push(style.bold(style.red(result.interrupted ? `Apply interrupted: ${tally}.` : `Apply failed: ${tally}.`)));
    if (result.applied.length > 0) {
      lines.push('Applied:');
      for (const { change, id } of result.applied) lines.push(`  ${line(change, style)} (id ${show(id)})`);
    }
    if (result.failed.length > 0) {
      lines.push('Failed:');
      for (const { change, error } of result.failed) lines.push(`  ${line(change, style)}: ${terminalLines(error.message)}`);
    }
    if (result.notAttempted.length > 0) {
      lines.push('Not attempted:');
      for (const change of result.notAttempted) lines.push(`  ${line(change, style)}`);
    }
    if (result.duplicates?.length) {
      lines.push(
        'Another apply (or a person) created the same object(s) at the same moment. Of two objects with one name, the later is the duplicate: the run that made it undoes it as shown above. Run plan again once every run has finished.',
      );
    }
    if (result.failed.some(({ error }) => error.name === 'NotAppliedError')) {
      lines.push('Intercom answered some writes without applying every field sent: it kept its own values. The next plan shows each such field as a manual step in Intercom.');
    }
    lines.push(
      result.failed.length > 0
        ? 'Nothing was rolled back. Fix the cause, then run plan or apply again: it re-reads the workspace and does only what is left.'
        : 'Nothing was rolled back. Run plan or apply again when ready: it re-reads the workspace and does only what is left.',
    );
  }
  if (result.remaining.length > 0) {
    lines.push('', style.bold('Left for you to do in Intercom (the API cannot):'));
    for (const change of result.remaining) lines.push(`  ${line(change, style)}: ${show(change.reason ?? '')}`);
  }
  return `${lines.join('\n')}\n`;
}

function line(change: Change, style: Style): string {
  return colorFor(change.action, style)(`${ACTION_SYMBOLS[change.action]} ${show(describeChange(change))}`);
}
