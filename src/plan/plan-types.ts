/**
 * The plan is a value: computed once by `createPlan`, then rendered (text, JSON,
 * markdown), saved, and executed exactly as shown. Nothing here does I/O.
 */
import type { AttributeBody, CollectionBody, TicketTypeBody } from '../client/live-types.js';

export const CHANGE_KINDS = ['ticket_type', 'ticket_type_attribute', 'ticket_state', 'collection'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

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
}

/** A live id, or the address of a create in the same plan whose id is known only once it ran. */
export type IdRef = { id: string } | { address: string };

/** What apply sends for one change: exactly one write. */
export type Operation =
  | { type: 'create_ticket_type'; body: TicketTypeBody }
  | { type: 'update_ticket_type'; ticketTypeId: string; body: TicketTypeBody }
  | { type: 'create_attribute'; ticketType: IdRef; body: AttributeBody }
  | { type: 'update_attribute'; ticketTypeId: string; attributeId: string; body: AttributeBody }
  | { type: 'create_collection'; helpCenterId: string; parent: IdRef | null; body: CollectionBody }
  | { type: 'update_collection'; collectionId: string; parent?: IdRef | null; body: CollectionBody }
  | { type: 'delete_collection'; collectionId: string };

export interface Change {
  /** Unique within the plan; used for dependencies, e.g. `ticket_type["Bug report"]`. */
  address: string;
  kind: ChangeKind;
  action: ChangeAction;
  name: string;
  /** Live id, when the object exists. */
  id?: string;
  /** Attributes: the owning ticket type's (desired) name. */
  ticket_type?: string;
  /** Collections: help center identifier and names from the top level down. */
  help_center?: string;
  path?: string[];
  fields?: FieldChange[];
  /** Why a manual, blocked or archive change is there, and what to do. */
  reason?: string;
  /** Absent for manual and blocked changes: they are never sent. */
  operation?: Operation;
  /** Addresses of changes that must succeed before this one runs. */
  dependsOn?: string[];
}

export type PlanSummary = Record<ChangeAction, number>;

export interface Plan {
  format_version: 1;
  tool_version: string;
  workspace: string;
  api_version: string;
  changes: Change[];
  summary: PlanSummary;
}

export interface PlanOptions {
  /** Archive unlisted ticket types/attributes; delete unlisted collections with allowDelete. */
  prune: boolean;
  allowDelete: boolean;
}

export function summarize(changes: readonly Change[]): PlanSummary {
  const summary = Object.fromEntries(CHANGE_ACTIONS.map((a) => [a, 0])) as PlanSummary;
  for (const change of changes) summary[change.action] += 1;
  return summary;
}
