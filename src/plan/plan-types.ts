/**
 * The plan model: a value computed once, then rendered (text, JSON, markdown), saved, and
 * executed exactly as shown. Nothing here does I/O, and nothing here knows a resource
 * kind: each kind (src/resources/) defines its changes on top of `ChangeBase`, and the
 * registry unites them into the `Change` union.
 */

import type { ConfigPath } from '../config/parts/findings.js';

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
  /** Where the declared object is in the config, for messages about this change. */
  source?: ConfigPath;
}

export type PlanSummary = Record<ChangeAction, number>;

/** A live object the config's `ignore:` keeps out of reach. */
export interface IgnoredObject {
  kind: string;
  id: string;
  /** Its name path (src/plan/name-glob.ts). */
  path: string[];
}

/** Something the reader should know that is not a change (e.g. which of two same-named objects was matched). */
export interface PlanNote {
  message: string;
  /** The change it concerns, when there is one. */
  address?: string;
}

export interface PlanOf<C extends ChangeBase = ChangeBase> {
  format_version: 1;
  tool_version: string;
  workspace: string;
  /**
   * Where the live state was read: the API origin (`https://api.intercom.io`; never a token
   * or a path), or `embedded sandbox`. Absent only on plans made without a connection.
   */
  host?: string;
  api_version: string;
  changes: C[];
  summary: PlanSummary;
  /** Present when there is something to note. */
  notes?: PlanNote[];
  /** Before a plan that archives or deletes: every live object `ignore:` keeps untouched. */
  ignored?: IgnoredObject[];
  /** The `--target`/`--exclude` selectors the plan was restricted to, when any were given. */
  selection?: Selection;
  /** The workspace whose live state was the desired state (`plan --from`, `diff --from`), instead of the file's values. */
  from?: string;
}

/**
 * `--target` and `--exclude` as given: `kind:pattern` selectors (src/plan/name-glob.ts).
 * Only changes to objects some target matches (every change, without targets) and no
 * exclude matches are planned.
 */
export interface Selection {
  target: string[];
  exclude: string[];
}

export interface PlanOptions {
  /** Archive unlisted ticket types/attributes; delete unlisted collections with allowDelete. */
  prune: boolean;
  allowDelete: boolean;
  /** Restricts the plan to some objects; absent or empty: every change is planned. */
  selection?: Selection;
}

/** Whether a selection restricts anything. */
export function isSelective(selection: Selection | undefined): selection is Selection {
  return selection !== undefined && (selection.target.length > 0 || selection.exclude.length > 0);
}

/** Two selections pick the same objects when they list the same selectors, in any order. */
export function sameSelection(a: Selection | undefined, b: Selection | undefined): boolean {
  const key = (s: Selection | undefined) =>
    JSON.stringify(isSelective(s) ? [[...new Set(s.target)].sort(), [...new Set(s.exclude)].sort()] : [[], []]);
  return key(a) === key(b);
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

/** One field of a write that Intercom's answer does not show as sent. */
export interface UnappliedField {
  /** Dotted field path, as in the plan. */
  path: string;
  sent: unknown;
  received: unknown;
}
