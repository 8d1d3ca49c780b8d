import type { AppliedChangeJson, ApplyResultJson } from './apply-result-json.js';
import { markdownCode } from '../render/escape-markdown.js';

/**
 * What an apply did, in markdown: the job summary of `apply` and the action's apply
 * comment. Every name, id and message goes through escape-markdown.ts.
 */

/** One line: how many changes were applied, failed, not attempted and left for a person. */
export function applyCountsLine(result: ApplyResultJson): string {
  const total = result.applied.length + result.failed.length + result.not_attempted.length;
  if (total === 0 && result.remaining.length === 0) return 'No changes: the workspace already matched.';
  const parts = [`${result.applied.length} applied`, `${result.failed.length} failed`, `${result.not_attempted.length} not attempted`];
  if (result.remaining.length > 0) parts.push(`${result.remaining.length} manual step(s) remaining`);
  return `${result.interrupted ? 'Apply interrupted' : 'Apply'}: ${parts.join(', ')}.`;
}

/** The four lists, each with its count, empty ones left out. */
export function applyResultLists(result: ApplyResultJson): string[] {
  return [
    ...changeList('Applied', result.applied, (c) => (c.id ? ` (id ${markdownCode(c.id)})` : '')),
    ...changeList('Failed', result.failed, (c) => ` — ${markdownCode(oneLine(c.error))}`),
    ...changeList('Not attempted', result.not_attempted, () => ''),
    ...changeList('Manual steps remaining', result.remaining, (c) => (c.reason ? ` — ${markdownCode(oneLine(c.reason))}` : '')),
  ];
}

/** A message of several lines (an error and its detail) read as one line of a list. */
function oneLine(message: string): string {
  return message.replace(/\n\s*/g, ' ');
}

/** The job summary `apply` writes when GitHub provides one. */
export function renderApplyMarkdown(result: ApplyResultJson): string {
  const icon = result.failed.length > 0 ? '❌' : result.interrupted ? '⚠️' : '✅';
  return [`### ${icon} intercom-config apply to ${markdownCode(result.workspace)}`, '', applyCountsLine(result), '', ...applyResultLists(result)].join('\n');
}

function changeList<T extends AppliedChangeJson>(title: string, changes: T[], suffix: (change: T) => string): string[] {
  if (changes.length === 0) return [];
  return [`**${title} (${changes.length})**`, '', ...changes.map((c) => `- ${c.action} ${c.kind.replace(/_/g, ' ')} ${markdownCode(describe(c))}${suffix(c)}`), ''];
}

function describe(change: AppliedChangeJson): string {
  if (change.path) return `${change.help_center ? `${change.help_center}: ` : ''}${change.path.join(' / ')}`;
  if (change.ticket_type) return `${change.ticket_type} › ${change.name}`;
  return change.name;
}
