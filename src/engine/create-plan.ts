import type { IntercomConfig } from '../config/config-types.js';
import type { SourceLocation } from '../errors.js';
import { PlanError } from '../errors.js';
import { PlanIssues, type ConfigPath } from '../plan/plan-issues.js';
import { summarize, type PlanOf, type PlanOptions } from '../plan/plan-types.js';
import type { LiveState } from '../resources/live-families.js';
import type { KindPlanContext } from '../resources/kind.js';
import { KINDS, type Change } from '../resources/registry.js';
import { TOOL_VERSION } from '../version.js';

/** A plan of this build's resource kinds. */
export type Plan = PlanOf<Change>;

/** Everything a plan is computed from. */
export interface PlanInput {
  config: IntercomConfig;
  workspace: string;
  apiVersion: string;
  live: LiveState;
  options: PlanOptions;
  /** Source positions for messages; optional so plans can be made from configs built in memory. */
  locate?: (path: ConfigPath) => SourceLocation | undefined;
}

/**
 * Computes the plan: a pure function of the config and the live state, each kind's
 * changes in registry order. Throws PlanError with every problem found (data_type changes,
 * ambiguous matches) instead of a partial plan.
 */
export function createPlan(input: PlanInput): Plan {
  const issues = new PlanIssues(input.locate);
  const changes: Change[] = [];
  const edges: Array<[address: string, prerequisite: string]> = [];
  const ctx: KindPlanContext = {
    workspace: input.workspace,
    apiVersion: input.apiVersion,
    live: input.live,
    options: input.options,
    issues,
    planned: changes,
    order: (address, prerequisite) => edges.push([address, prerequisite]),
  };
  for (const kind of KINDS) changes.push(...(kind.plan(input.config, ctx) as Change[]));
  if (issues.list.length > 0) throw new PlanError(issues.list);
  addOrderEdges(changes, edges);
  return {
    format_version: 1,
    tool_version: TOOL_VERSION,
    workspace: input.workspace,
    api_version: input.apiVersion,
    changes,
    summary: summarize(changes),
  };
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
