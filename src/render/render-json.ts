import type { Change, Plan } from '../plan/plan-types.js';

/** The public view of a change (plan JSON format_version 1): no execution details. */
export interface ChangeJson {
  kind: Change['kind'];
  action: Change['action'];
  name: string;
  id?: string;
  ticket_type?: string;
  help_center?: string;
  path?: string[];
  fields?: Change['fields'];
  reason?: string;
}

export interface PlanJson {
  format_version: 1;
  tool_version: string;
  workspace: string;
  api_version: string;
  changes: ChangeJson[];
  summary: Plan['summary'];
}

export function planToJson(plan: Plan): PlanJson {
  return {
    format_version: plan.format_version,
    tool_version: plan.tool_version,
    workspace: plan.workspace,
    api_version: plan.api_version,
    changes: plan.changes.map(changeToJson),
    summary: plan.summary,
  };
}

/** Which object a change is about, as plan JSON and `apply --json` name it. */
export function changeIdentity(change: Change): Pick<ChangeJson, 'kind' | 'action' | 'name' | 'id' | 'ticket_type' | 'help_center' | 'path'> {
  const out: ChangeJson = { kind: change.kind, action: change.action, name: change.name };
  if (change.id !== undefined) out.id = change.id;
  if (change.ticket_type !== undefined) out.ticket_type = change.ticket_type;
  if (change.help_center !== undefined) out.help_center = change.help_center;
  if (change.path !== undefined) out.path = change.path;
  return out;
}

function changeToJson(change: Change): ChangeJson {
  const out: ChangeJson = changeIdentity(change);
  if (change.fields !== undefined) out.fields = change.fields;
  if (change.reason !== undefined) out.reason = change.reason;
  return out;
}

export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify(planToJson(plan), null, 2)}\n`;
}
