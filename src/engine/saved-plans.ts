import { DEFAULT_CONFIG_FILE } from '../config/load-config.js';
import { UserError } from '../errors.js';
import { shellWord } from '../util/shell-word.js';
import { parseSavedPlanText, type SavedPlanOf } from '../plan/saved-plan.js';
import { describeChange } from '../render/describe-change.js';
import { CHANGE_KINDS, type Change } from '../resources/registry.js';
import type { Plan } from './create-plan.js';

/** A plan file of this build's resource kinds. */
export type SavedPlan = SavedPlanOf<Change>;

/** Parses and verifies a saved plan; anything unreadable, edited, or of a kind this build does not know is refused. */
export function parseSavedPlan(text: string, file: string): SavedPlan {
  return parseSavedPlanText<Change>(text, file, CHANGE_KINDS);
}

/** What a plan removes: its archives and deletes, in plan order. */
export function removalsOf(plan: Plan): Change[] {
  return plan.changes.filter((c) => c.action === 'archive' || c.action === 'delete');
}

/**
 * The flags that must be on the command line to apply a saved plan: `--prune` when it
 * archives or deletes, and `--allow-delete` too when it deletes (only pruning deletes).
 * A plan file is data anyone with write access to it could have rewritten — checksum
 * included — so its own options never authorise a removal.
 */
export function removalFlagsFor(plan: Plan): string[] {
  const removals = removalsOf(plan);
  if (removals.length === 0) return [];
  return removals.some((c) => c.action === 'delete') ? ['--prune', '--allow-delete'] : ['--prune'];
}

export interface ApplyCommandParts {
  planFile: string;
  /** The config file as given; left out when it is the default. */
  configFile?: string | undefined;
  allowUrls?: readonly string[] | undefined;
  flags?: readonly string[];
}

/** The `intercom-config apply FILE …` command line that applies a saved plan, quoted for a POSIX shell. */
export function applyCommandFor(parts: ApplyCommandParts): string {
  const words = ['intercom-config', 'apply', parts.planFile];
  if (parts.configFile !== undefined && parts.configFile !== DEFAULT_CONFIG_FILE) words.push('-c', parts.configFile);
  for (const host of parts.allowUrls ?? []) words.push('--allow-url', host);
  words.push(...(parts.flags ?? []));
  return words.map(shellWord).join(' ');
}

/**
 * The `intercom-config plan … --out FILE` command line that makes a saved plan again (its
 * config, workspace, promotion source, selection and removal options), for the hint when
 * it is stale: run as printed, it plans the same thing against the workspace as it is now.
 */
export function replanCommandFor(saved: SavedPlan): string {
  const words = ['intercom-config', 'plan'];
  if (saved.config.file !== DEFAULT_CONFIG_FILE) words.push('-c', saved.config.file);
  if (saved.source) words.push('--from', saved.source.workspace);
  words.push('-w', saved.workspace);
  for (const pattern of saved.plan.selection?.target ?? []) words.push('--target', pattern);
  for (const pattern of saved.plan.selection?.exclude ?? []) words.push('--exclude', pattern);
  if (saved.options.prune) words.push('--prune');
  if (saved.options.allowDelete) words.push('--allow-delete');
  return [...words.map(shellWord), '--out', 'FILE'].join(' ');
}

/**
 * Refuses, before any request, a saved plan whose removals the command line does not
 * confirm; the message lists each removal and the command that confirms them.
 */
export function checkRemovalsConfirmed(
  saved: SavedPlan,
  given: { prune: boolean; allowDelete: boolean },
  command: Omit<ApplyCommandParts, 'flags'>,
): void {
  const needed = removalFlagsFor(saved.plan);
  const missing = needed.filter((flag) => (flag === '--prune' ? !given.prune : !given.allowDelete));
  if (missing.length === 0) return;
  const removals = removalsOf(saved.plan).map((c) => `  - ${c.action} ${describeChange(c)}${c.id ? ` (id ${c.id})` : ''}`);
  throw new UserError(
    `${command.planFile} archives or deletes ${removals.length} object(s), and a saved plan's removals must be confirmed on the command line with ${needed.join(' ')}:\n${removals.join('\n')}`,
    { hint: `Nothing was written. If these should go, run: ${applyCommandFor({ ...command, flags: needed })}` },
  );
}
