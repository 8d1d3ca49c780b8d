import type { Plan } from '../engine/create-plan.js';
import { describeSelection } from '../engine/selection.js';
import type { TextDiffLine } from '../plan/plan-types.js';
import { kindOf, type Change } from '../resources/registry.js';

/**
 * What a plan was restricted to or made from, shown under its title in every rendering, so
 * nobody takes a partial or promoted plan for a plan of the whole file.
 */
export function planScope(plan: Plan): string[] {
  const lines: string[] = [];
  if (plan.from !== undefined) lines.push(`Desired state: the live state of workspace "${plan.from}" (promotion), not the file's values.`);
  if (plan.selection) lines.push(`Selection: ${describeSelection(plan.selection)}; changes to other objects are not planned.`);
  return lines;
}

/** One-line title of a change, the same in every renderer, as its kind words it. */
export function describeChange(change: Change): string {
  return kindOf(change).describe(change);
}

export function formatValue(value: unknown): string {
  if (value === undefined) return '(unset)';
  if (typeof value === 'string') return value.includes('\n') ? longText(value) : JSON.stringify(value);
  return JSON.stringify(value);
}

/** A text of several lines (a new article's body) as one line: its start and its size. */
function longText(text: string): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  const first = lines.find((line) => line.trim() !== '') ?? '';
  const start = first.length > 60 ? `${first.slice(0, 57)}...` : first;
  return `${JSON.stringify(start)} … (${lines.length} ${lines.length === 1 ? 'line' : 'lines'})`;
}

/** `+3 −1 lines`: the size of a text diff. */
export function diffSize(diff: readonly TextDiffLine[]): string {
  const added = diff.filter((d) => d.op === '+').length;
  const removed = diff.filter((d) => d.op === '-').length;
  return `+${added} −${removed} lines`;
}

export const PAST_TENSE: Record<Change['action'], string> = {
  create: 'created',
  update: 'updated',
  archive: 'archived',
  unarchive: 'unarchived',
  delete: 'deleted',
  manual: 'left for a manual step',
  blocked: 'blocked',
};
