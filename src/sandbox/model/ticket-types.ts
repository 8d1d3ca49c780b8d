/**
 * Creating ticket types and their attributes with Intercom's defaults. Shared by the HTTP
 * routes (after request validation) and the seed loader.
 */
import { invalidParameter } from '../api-error.js';
import { TICKET_STATE_CATEGORIES } from '../state.js';
import type { AttributeDataType, AttributeRecord, TicketTypeCategory, TicketTypeRecord } from '../state.js';
import type { Workspace } from '../workspace.js';
import { initialInputOptions, updatedInputOptions } from './input-options.js';
import type { InputFlags } from './input-options.js';

export const DEFAULT_TICKET_TYPE_ICON = '🎟️';

export interface NewTicketType {
  id?: string;
  name: string;
  description?: string;
  icon?: string;
  category?: TicketTypeCategory;
  is_internal?: boolean;
  archived?: boolean;
  /** Linked states; default: the workspace's default state of each category. */
  state_ids?: string[];
}

export interface AttributeFlags {
  required_to_create?: boolean;
  required_to_create_for_contacts?: boolean;
  visible_on_create?: boolean;
  visible_to_contacts?: boolean;
}

export interface NewAttribute extends AttributeFlags, InputFlags {
  id?: string;
  name: string;
  description: string;
  data_type: AttributeDataType;
  archived?: boolean;
}

export interface AttributePatch extends AttributeFlags, InputFlags {
  name?: string;
  description?: string;
  archived?: boolean;
}

/** The first non-archived state of each category, in category order. */
export function defaultStateIds(ws: Workspace): string[] {
  const ids: string[] = [];
  for (const category of TICKET_STATE_CATEGORIES) {
    const state = ws.state.ticket_states.find((s) => s.category === category && !s.archived);
    if (state) ids.push(state.id);
  }
  return ids;
}

export function createTicketType(ws: Workspace, input: NewTicketType): TicketTypeRecord {
  const now = ws.nowSeconds();
  const category = input.category ?? 'Customer';
  // Trackers are always internal in real workspaces.
  const isInternal = category === 'Tracker' ? true : (input.is_internal ?? false);
  const id = input.id ?? ws.nextId();
  if (input.id !== undefined) ws.reserveId(input.id);
  const record: TicketTypeRecord = {
    id,
    name: input.name,
    description: input.description ?? '',
    icon: input.icon ?? DEFAULT_TICKET_TYPE_ICON,
    category,
    is_internal: isInternal,
    archived: input.archived ?? false,
    created_at: now,
    updated_at: now,
    attributes: [],
    state_ids: input.state_ids ?? defaultStateIds(ws),
  };
  record.attributes.push(builtInAttribute(ws, '_default_title_', 0, false, isInternal, now));
  record.attributes.push(builtInAttribute(ws, '_default_description_', 1, true, isInternal, now));
  ws.addTicketType(record);
  return record;
}

function builtInAttribute(
  ws: Workspace,
  name: string,
  order: number,
  multiline: boolean,
  isInternal: boolean,
  now: number,
): AttributeRecord {
  return {
    id: ws.nextId(),
    name,
    description: '',
    data_type: 'string',
    input_options: { multiline },
    order,
    required_to_create: false,
    required_to_create_for_contacts: false,
    visible_on_create: true,
    visible_to_contacts: !isInternal,
    default: true,
    archived: false,
    created_at: now,
    updated_at: now,
  };
}

export function addAttribute(ws: Workspace, ticketType: TicketTypeRecord, input: NewAttribute): AttributeRecord {
  if (input.data_type === 'list' && (input.list_items ?? []).length === 0) {
    throw invalidParameter('List attributes need at least one item in list_items.');
  }
  const now = ws.nowSeconds();
  const id = input.id ?? ws.nextId();
  if (input.id !== undefined) ws.reserveId(input.id);
  const order = ticketType.attributes.reduce((max, a) => Math.max(max, a.order), -1) + 1;
  const record: AttributeRecord = {
    id,
    name: input.name,
    description: input.description,
    data_type: input.data_type,
    input_options: initialInputOptions(input.data_type, input),
    order,
    required_to_create: input.required_to_create ?? false,
    required_to_create_for_contacts: input.required_to_create_for_contacts ?? false,
    visible_on_create: input.visible_on_create ?? true,
    visible_to_contacts: input.visible_to_contacts ?? true,
    default: false,
    archived: input.archived ?? false,
    created_at: now,
    updated_at: now,
  };
  ticketType.attributes.push(record);
  ws.markChanged();
  return record;
}

/**
 * Partial update; `data_type` is not part of the patch because Intercom never changes it.
 * `listItems: append` keeps every existing option and adds the new labels after them.
 */
export function updateAttribute(ws: Workspace, attribute: AttributeRecord, patch: AttributePatch, listItems: 'replace' | 'append' = 'replace'): void {
  if (attribute.data_type === 'list' && patch.list_items !== undefined && patch.list_items.length === 0) {
    throw invalidParameter('List attributes need at least one item in list_items.');
  }
  if (patch.name !== undefined) attribute.name = patch.name;
  if (patch.description !== undefined) attribute.description = patch.description;
  if (patch.archived !== undefined) attribute.archived = patch.archived;
  if (patch.required_to_create !== undefined) attribute.required_to_create = patch.required_to_create;
  if (patch.required_to_create_for_contacts !== undefined) {
    attribute.required_to_create_for_contacts = patch.required_to_create_for_contacts;
  }
  if (patch.visible_on_create !== undefined) attribute.visible_on_create = patch.visible_on_create;
  if (patch.visible_to_contacts !== undefined) attribute.visible_to_contacts = patch.visible_to_contacts;
  attribute.input_options = updatedInputOptions(attribute.data_type, attribute.input_options, patch, listItems);
  attribute.updated_at = ws.nowSeconds();
  ws.markChanged();
}
