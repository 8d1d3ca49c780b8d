import type {
  LiveAttribute,
  LiveCollection,
  LiveDataAttribute,
  LiveHelpCenter,
  LiveTicketState,
  LiveTicketType,
} from '../../src/client/live-types.js';
import type { IntercomConfig } from '../../src/config/config-types.js';
import type { LiveState } from '../../src/live/live-state.js';
import type { PlanInput } from '../../src/engine/create-plan.js';
import type { PlanOptions } from '../../src/plan/plan-types.js';

export const DEFAULT_STATES: LiveTicketState[] = [
  { id: '1', category: 'submitted', internal_label: 'Submitted', external_label: 'Submitted', archived: false, ticket_type_ids: [] },
  { id: '2', category: 'in_progress', internal_label: 'In progress', external_label: 'In progress', archived: false, ticket_type_ids: [] },
  { id: '3', category: 'waiting_on_customer', internal_label: 'Waiting on customer', external_label: 'Waiting on you', archived: false, ticket_type_ids: [] },
  { id: '4', category: 'resolved', internal_label: 'Resolved', external_label: 'Resolved', archived: false, ticket_type_ids: [] },
];

export function builtIns(typeId: string): LiveAttribute[] {
  return ['_default_title_', '_default_description_'].map((name, order) =>
    liveAttribute({ id: `${typeId}0${order}`, ticket_type_id: typeId, name, default: true, order, multiline: order === 1 }),
  );
}

export function liveAttribute(overrides: Partial<LiveAttribute> & { name: string }): LiveAttribute {
  return {
    id: '900',
    ticket_type_id: '1',
    description: '',
    data_type: 'string',
    required_to_create: false,
    required_to_create_for_contacts: false,
    visible_on_create: true,
    visible_to_contacts: true,
    multiline: false,
    archived: false,
    default: false,
    order: 2,
    ...overrides,
  };
}

export function liveType(overrides: Partial<LiveTicketType> & { id: string; name: string }): LiveTicketType {
  return {
    description: '',
    category: 'Customer',
    icon: '🎟️',
    is_internal: false,
    archived: false,
    attributes: builtIns(overrides.id),
    states: DEFAULT_STATES.map(({ id, category, internal_label, external_label }) => ({ id, category, internal_label, external_label })),
    ...overrides,
  };
}

export const HELP_CENTER: LiveHelpCenter = { id: '1', identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true };
export const OTHER_HELP_CENTER: LiveHelpCenter = { id: '2', identifier: 'partners', display_name: 'Partners', locales: ['en'], default: false };

export function liveCollection(overrides: Partial<LiveCollection> & { id: string; name: string }): LiveCollection {
  return { description: '', parent_id: null, help_center_id: '1', ...overrides };
}

/** A custom data attribute as the client normalises it (a built-in: `custom: false, id: null`). */
export function liveDataAttribute(overrides: Partial<LiveDataAttribute> & { id: string | null; name: string }): LiveDataAttribute {
  const custom = overrides.id !== null;
  const fullName = custom ? `custom_attributes.${overrides.name}` : overrides.name;
  return {
    model: 'contact',
    full_name: fullName,
    label: overrides.name,
    description: '',
    data_type: 'string',
    api_writable: true,
    messenger_writable: false,
    custom,
    archived: false,
    ...overrides,
  };
}

export function config(parts: Partial<IntercomConfig>): IntercomConfig {
  return { version: 1, api_version: '2.14', workspaces: { sandbox: { sandbox: 'state.json' } }, ...parts };
}

export function planInput(cfg: IntercomConfig, live: LiveState, options: Partial<PlanOptions> = {}, workspace = 'sandbox'): PlanInput {
  return { config: cfg, workspace, apiVersion: '2.14', live, options: { prune: false, allowDelete: false, ...options } };
}
