import type { IntercomConfig } from '../config/config-types.js';
import type { SourceLocation } from '../errors.js';
import { BugError, PlanError } from '../errors.js';
import { PlanIssues, type ConfigPath } from '../plan/plan-issues.js';
import { isSelective, summarize, type IgnoredObject, type PlanNote, type PlanOf, type PlanOptions } from '../plan/plan-types.js';
import { IgnoreRules, ignoredObjects } from '../resources/ignore.js';
import type { LiveState } from '../resources/live-families.js';
import type { KindPlanContext } from '../resources/kind.js';
import { KINDS, kindOf, type Change } from '../resources/registry.js';
import { TOOL_VERSION } from '../version.js';
import { heldBarrier, heldNotes, type PromotionInput } from './promotion.js';
import { compileSelection, selectChanges } from './selection.js';
import { setAsideUnapplied, type UnappliedRecord } from './unapplied-fields.js';

export const ALLOW_DELETE_WITHOUT_PRUNE =
  '--allow-delete does nothing without --prune (or `prune: true` in the config): only pruning deletes, so nothing will be deleted';

/** A plan of this build's resource kinds. */
export type Plan = PlanOf<Change>;

/** Everything a plan is computed from. */
export interface PlanInput {
  config: IntercomConfig;
  workspace: string;
  /** Where `live` was read (see `PlanOf.host`). */
  host?: string;
  apiVersion: string;
  live: LiveState;
  options: PlanOptions;
  /** Source positions for messages; optional so plans can be made from configs built in memory. */
  locate?: (path: ConfigPath) => SourceLocation | undefined;
  /** Fields Intercom answered earlier writes without applying: planned as manual steps. */
  unapplied?: readonly UnappliedRecord[];
  /** When the config's resources are another workspace's live state (`plan --from`): where from, and what is held back. */
  promotion?: PromotionInput;
}

/**
 * Computes the plan: a pure function of the config and the live state, each kind's
 * changes in registry order. Throws PlanError with every problem found (data_type changes,
 * ambiguous matches) instead of a partial plan.
 */
export function createPlan(input: PlanInput): Plan {
  const issues = new PlanIssues(input.locate);
  const notes: PlanNote[] = [];
  // Deleting is only ever a way to prune: alone, the flag would look like a safety net that is not there.
  if (input.options.allowDelete && !input.options.prune) notes.push({ message: ALLOW_DELETE_WITHOUT_PRUNE });
  const ignore = new IgnoreRules(input.config.ignore);
  const planned: Change[] = [];
  const edges: Array<[address: string, prerequisite: string]> = [];
  const ctx: KindPlanContext = {
    workspace: input.workspace,
    apiVersion: input.apiVersion,
    live: input.live,
    options: input.options,
    issues,
    notes,
    ignore,
    planned,
    order: (address, prerequisite) => edges.push([address, prerequisite]),
  };
  for (const kind of KINDS) planned.push(...(kind.plan(input.config, ctx) as Change[]));
  if (issues.list.length > 0) throw new PlanError(issues.list);
  addOrderEdges(planned, edges);
  const all = setAsideUnapplied(planned, input.unapplied ?? []);
  const { selection } = input.options;
  const { promotion } = input;
  const compiled = compileSelection(selection);
  const changes =
    compiled || promotion ? selectChanges(all, compiled, { issues, notes, ...(promotion ? { barrier: heldBarrier(promotion) } : {}) }) : all;
  if (issues.list.length > 0) throw new PlanError(issues.list);
  const ignored = ignoredObjects(input.live, ignore);
  assertNothingIgnored(changes, ignore, ignored);
  // A note about a change left out describes what is not planned; a note about no one
  // change (the custom attribute count) sums up every change the file implies, which a
  // selection would make wrong.
  const dropped = new Set(all.filter((c) => !changes.includes(c)).map((c) => c.address));
  const relevant = (note: PlanNote) => (note.address === undefined ? compiled === undefined : !dropped.has(note.address));
  const shown = [...notes.filter(relevant), ...(promotion ? heldNotes(promotion, input.workspace) : [])];
  const destructive = changes.some((c) => c.action === 'archive' || c.action === 'delete');
  return {
    format_version: 1,
    tool_version: TOOL_VERSION,
    workspace: input.workspace,
    ...(input.host !== undefined ? { host: input.host } : {}),
    api_version: input.apiVersion,
    ...(promotion ? { from: promotion.from } : {}),
    ...(isSelective(selection) ? { selection } : {}),
    changes,
    summary: summarize(changes),
    ...(shown.length > 0 ? { notes: shown } : {}),
    // Before anything is archived or deleted, the reader sees what stays out of reach.
    ...(destructive && ignored.length > 0 ? { ignored } : {}),
  };
}

/**
 * Each kind leaves ignored objects alone while it plans; this is the registry-wide
 * guarantee that none slipped through: a change to one is a bug, never a write.
 */
function assertNothingIgnored(changes: readonly Change[], rules: IgnoreRules, ignored: readonly IgnoredObject[]): void {
  const ids = new Set(ignored.map((o) => `${o.kind}:${o.id}`));
  for (const change of changes) {
    if (change.action === 'manual') continue;
    const touches = (change.id !== undefined && ids.has(`${change.kind}:${change.id}`)) || rules.ignores(change.kind, kindOf(change).namePath(change as never));
    if (touches) throw new BugError(`the plan would ${change.action} ${change.address}, which \`ignore:\` keeps out of reach`);
  }
}

/** Edges one kind asked for on another kind's changes (see KindPlanContext.order). */
function addOrderEdges(changes: readonly Change[], edges: ReadonlyArray<readonly [string, string]>): void {
  if (edges.length === 0) return;
  const byAddress = new Map(changes.map((c) => [c.address, c]));
  for (const [address, prerequisite] of edges) {
    const change = byAddress.get(address);
    if (!change || !byAddress.has(prerequisite) || change.dependsOn?.includes(prerequisite)) continue;
    change.dependsOn = [...(change.dependsOn ?? []), prerequisite];
  }
}
