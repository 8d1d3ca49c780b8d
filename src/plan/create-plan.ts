import { PlanError } from '../errors.js';
import { planCollections } from '../resources/collections/plan.js';
import { planTicketStates } from '../resources/ticket-states/plan.js';
import { planTicketTypes } from '../resources/ticket-types/plan.js';
import { TOOL_VERSION } from '../version.js';
import { PlanIssues, type PlanInput } from './plan-context.js';
import { summarize, type Plan } from './plan-types.js';

/**
 * Computes the plan: a pure function of the config and the live state. Throws PlanError
 * with every problem found (data_type changes, ambiguous matches) instead of a partial plan.
 */
export function createPlan(input: PlanInput): Plan {
  const issues = new PlanIssues(input.locate);
  const changes = [
    ...planTicketStates(input),
    ...planTicketTypes(input, issues),
    ...planCollections(input, issues),
  ];
  if (issues.list.length > 0) throw new PlanError(issues.list);
  return {
    format_version: 1,
    tool_version: TOOL_VERSION,
    workspace: input.workspace,
    api_version: input.apiVersion,
    changes,
    summary: summarize(changes),
  };
}
