import type { Plan } from '../engine/create-plan.js';
import type { ChangeBase, FieldChange, Selection } from '../plan/plan-types.js';
import { kindOf, type Change } from '../resources/registry.js';
import { terminalJson } from './escape-terminal.js';

type IdentityOf<C> = C extends ChangeBase ? Pick<C, 'kind' | 'action' | 'name' | 'id' | Exclude<keyof C, keyof ChangeBase>> : never;

/** Which object a change is about: kind, action, name, id, then its kind's identity fields. */
export type ChangeIdentity = IdentityOf<Change>;

/** The public view of a change (plan JSON format_version 1): no execution details. */
export type ChangeJson = ChangeIdentity & { fields?: FieldChange[]; reason?: string };

export interface PlanJson {
  format_version: 1;
  tool_version: string;
  workspace: string;
  /** The API origin the live state was read from, or `embedded sandbox`. */
  host?: string;
  api_version: string;
  /** `plan --from` and `diff`: the workspace whose live state the plan moves towards. */
  from?: string;
  /** `--target`/`--exclude`, when given: only changes to the objects they select are planned. */
  selection?: Selection;
  changes: ChangeJson[];
  summary: Plan['summary'];
  notes?: string[];
  /** Before archives or deletes: live objects `ignore:` keeps out of reach. */
  ignored?: { kind: string; id: string; path: string[] }[];
}

export function planToJson(plan: Plan): PlanJson {
  return {
    format_version: plan.format_version,
    tool_version: plan.tool_version,
    workspace: plan.workspace,
    ...(plan.host !== undefined ? { host: plan.host } : {}),
    api_version: plan.api_version,
    ...(plan.from !== undefined ? { from: plan.from } : {}),
    ...(plan.selection ? { selection: plan.selection } : {}),
    changes: plan.changes.map(changeToJson),
    summary: plan.summary,
    ...(plan.notes?.length ? { notes: plan.notes.map((note) => note.message) } : {}),
    ...(plan.ignored?.length ? { ignored: plan.ignored } : {}),
  };
}

/** Which object a change is about, as plan JSON and `apply --json` name it. */
export function changeIdentity(change: Change): ChangeIdentity {
  const out: Record<string, unknown> = { kind: change.kind, action: change.action, name: change.name };
  if (change.id !== undefined) out['id'] = change.id;
  const fields = change as unknown as Record<string, unknown>;
  for (const key of kindOf(change).identity as readonly string[]) if (fields[key] !== undefined) out[key] = fields[key];
  return out as ChangeIdentity;
}

function changeToJson(change: Change): ChangeJson {
  const out: ChangeJson = changeIdentity(change);
  if (change.fields !== undefined) out.fields = change.fields;
  if (change.reason !== undefined) out.reason = change.reason;
  return out;
}

export function renderPlanJson(plan: Plan): string {
  return `${terminalJson(planToJson(plan))}\n`;
}
