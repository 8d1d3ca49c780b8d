/**
 * Ticket types, their attributes and ticket states as Intercom renders them. Attributes
 * sit under `ticket_type_attributes.data` (the real key; the schema's
 * `ticket_type_attributes.ticket_type_attributes` is wrong).
 */
import { atLeast } from '../api-version.js';
import type { ApiVersion } from '../api-version.js';
import type { AttributeRecord, TicketStateRecord, TicketTypeRecord } from '../state.js';
import type { Workspace } from '../workspace.js';

export function renderTicketType(ws: Workspace, tt: TicketTypeRecord, version: ApiVersion): Record<string, unknown> {
  const body: Record<string, unknown> = {
    type: 'ticket_type',
    id: tt.id,
    name: tt.name,
    description: tt.description,
    icon: tt.icon,
    workspace_id: ws.workspaceId,
    archived: tt.archived,
    created_at: tt.created_at,
    updated_at: tt.updated_at,
    is_internal: tt.is_internal,
    ticket_type_attributes: {
      type: 'list',
      data: tt.attributes.map((a) => renderAttribute(ws, tt, a)),
    },
  };
  if (atLeast(version, '2.10')) body['category'] = tt.category;
  if (atLeast(version, '2.12')) {
    const states = tt.state_ids.map((id) => ws.ticketState(id)).filter((s) => s !== undefined);
    body['ticket_states'] = { type: 'list', data: states.map(renderTicketStateRef) };
  }
  return body;
}

export function renderAttribute(ws: Workspace, tt: TicketTypeRecord, attr: AttributeRecord): Record<string, unknown> {
  return {
    type: 'ticket_type_attribute',
    id: attr.id,
    workspace_id: ws.workspaceId,
    name: attr.name,
    description: attr.description,
    data_type: attr.data_type,
    input_options: attr.input_options === null ? null : structuredClone(attr.input_options),
    order: attr.order,
    required_to_create: attr.required_to_create,
    required_to_create_for_contacts: attr.required_to_create_for_contacts,
    visible_on_create: attr.visible_on_create,
    visible_to_contacts: attr.visible_to_contacts,
    default: attr.default,
    // An integer here, although ticket type ids are strings everywhere else.
    ticket_type_id: Number(tt.id),
    archived: attr.archived,
    created_at: attr.created_at,
    updated_at: attr.updated_at,
  };
}

/** The short state embedded in a ticket type. */
export function renderTicketStateRef(state: TicketStateRecord): Record<string, unknown> {
  return {
    type: 'ticket_state',
    id: state.id,
    category: state.category,
    internal_label: state.internal_label,
    external_label: state.external_label,
  };
}

/** A state of `GET /ticket_states`, listing the (abbreviated) ticket types that use it. */
export function renderTicketStateDetailed(ws: Workspace, state: TicketStateRecord, version: ApiVersion): Record<string, unknown> {
  const users = ws.state.ticket_types.filter((tt) => tt.state_ids.includes(state.id));
  return {
    ...renderTicketStateRef(state),
    ticket_types: { type: 'list', data: users.map((tt) => renderTicketTypeSummary(tt, version)) },
    archived: state.archived,
  };
}

function renderTicketTypeSummary(tt: TicketTypeRecord, version: ApiVersion): Record<string, unknown> {
  const body: Record<string, unknown> = {
    type: 'ticket_type',
    id: tt.id,
    name: tt.name,
    description: tt.description,
    icon: tt.icon,
    archived: tt.archived,
    is_internal: tt.is_internal,
  };
  if (atLeast(version, '2.10')) body['category'] = tt.category;
  return body;
}
