import type { IntercomConfig } from '../config/config-types.js';
import type { SourceLocation } from '../errors.js';
import { PlanError } from '../errors.js';
import { PlanIssues, type ConfigPath } from '../plan/plan-issues.js';
import { summarize, type PlanNote, type PlanOf, type PlanOptions } from '../plan/plan-types.js';
import type { LiveState } from '../resources/live-families.js';
import { KINDS, type Change } from '../resources/registry.js';
import { TOOL_VERSION } from '../version.js';
import { setAsideUnapplied, type UnappliedRecord } from './unapplied-fields.js';

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
  /** Fields Intercom answered earlier writes without applying: planned as manual steps. */
  unapplied?: readonly UnappliedRecord[];
}

/**
 * Computes the plan: a pure function of the config and the live state, each kind's
 * changes in registry order. Throws PlanError with every problem found (data_type changes,
 * ambiguous matches) instead of a partial plan.
 */
export function createPlan(input: PlanInput): Plan {
  const issues = new PlanIssues(input.locate);
  const notes: PlanNote[] = [];
  const ctx = { workspace: input.workspace, apiVersion: input.apiVersion, live: input.live, options: input.options, issues, notes };
  const planned: Change[] = KINDS.flatMap((kind): Change[] => kind.plan(input.config, ctx));
  if (issues.list.length > 0) throw new PlanError(issues.list);
  const changes = setAsideUnapplied(planned, input.unapplied ?? []);
  return {
    format_version: 1,
    tool_version: TOOL_VERSION,
    workspace: input.workspace,
    api_version: input.apiVersion,
    changes,
    summary: summarize(changes),
    ...(notes.length > 0 ? { notes } : {}),
  };
}
