/**
 * The plan model: a value computed once, then rendered (text, JSON, markdown), saved, and
 * executed exactly as shown. Nothing here does I/O, and nothing here knows a resource
 * kind: each kind (src/resources/) defines its changes on top of `ChangeBase`, and the
 * registry unites them into the `Change` union.
 */

/** Summary order, also the order renderers list counts in. */
export const CHANGE_ACTIONS = ['create', 'update', 'archive', 'unarchive', 'delete', 'manual', 'blocked'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export interface FieldChange {
  /** Dotted path of the field, e.g. "description" or "translated_content.fr.name". */
  path: string;
  /** Absent on create. */
  before?: unknown;
  /** Absent when a value is removed. */
  after?: unknown;
  /**
   * For long texts (article bodies, shown as Markdown): the changed lines with a little
   * context, which renderers show instead of the two whole values.
   */
  diff?: TextDiffLine[];
}

/** One line of a text diff: `+` added, `-` removed, ` ` unchanged context, `…` unchanged lines left out. */
export interface TextDiffLine {
  op: '+' | '-' | ' ' | '…';
  text: string;
}

/** A live id, or the address of a create in the same plan whose id is known only once it ran. */
export type IdRef = { id: string } | { address: string };

/** What apply sends for one change: exactly one write, named by `type`. */
export interface OperationBase {
  type: string;
}

export interface ChangeBase<K extends string = string, Op extends OperationBase = OperationBase> {
  /** Unique within the plan; used for dependencies, e.g. `ticket_type["Bug report"]`. */
  address: string;
  kind: K;
  action: ChangeAction;
  name: string;
  /** Live id, when the object exists. */
  id?: string;
  fields?: FieldChange[];
  /** Why a manual, blocked or archive change is there, and what to do. */
  reason?: string;
  /** Absent for manual and blocked changes: they are never sent. */
  operation?: Op;
  /** Addresses of changes that must succeed before this one runs. */
  dependsOn?: string[];
}

export type PlanSummary = Record<ChangeAction, number>;

export interface PlanOf<C extends ChangeBase = ChangeBase> {
  format_version: 1;
  tool_version: string;
  workspace: string;
  api_version: string;
  changes: C[];
  summary: PlanSummary;
}

export interface PlanOptions {
  /** Archive unlisted ticket types/attributes; delete unlisted collections with allowDelete. */
  prune: boolean;
  allowDelete: boolean;
}

export function summarize(changes: readonly ChangeBase[]): PlanSummary {
  const summary = Object.fromEntries(CHANGE_ACTIONS.map((a) => [a, 0])) as PlanSummary;
  for (const change of changes) summary[change.action] += 1;
  return summary;
}

/** `name["a"]["b"]`: the address of a change, unique within a plan. */
export function address(kind: string, ...names: string[]): string {
  let out = kind;
  for (const name of names) out += `[${JSON.stringify(name)}]`;
  return out;
}
