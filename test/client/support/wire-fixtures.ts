/** Answers in the shapes Intercom really sends (INTERCOM-API.md §3–§8). */

export function wireAttribute(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'ticket_type_attribute',
    id: '201',
    workspace_id: 'abc123',
    name: 'Severity',
    description: 'How bad is it?',
    data_type: 'list',
    input_options: {
      list_options: [
        { label: 'Low', id: '6b4b8c59-1e0f-4b7d-9d1e-0c9a1a1e7a01' },
        { label: 'Medium', id: '6b4b8c59-1e0f-4b7d-9d1e-0c9a1a1e7a02' },
        { label: 'High', id: '6b4b8c59-1e0f-4b7d-9d1e-0c9a1a1e7a03' },
      ],
    },
    order: 2,
    required_to_create: true,
    required_to_create_for_contacts: false,
    visible_on_create: true,
    visible_to_contacts: true,
    default: false,
    ticket_type_id: 67,
    archived: false,
    created_at: 1_700_000_000,
    updated_at: 1_700_000_000,
    ...overrides,
  };
}

export function wireTicketType(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'ticket_type',
    id: '67',
    name: 'Bug report',
    description: 'Something is broken',
    icon: '🐞',
    workspace_id: 'abc123',
    archived: false,
    created_at: 1_700_000_000,
    updated_at: 1_700_000_100,
    is_internal: false,
    category: 'Customer',
    ticket_type_attributes: {
      type: 'list',
      data: [
        wireAttribute({ id: '199', name: '_default_title_', data_type: 'string', input_options: { multiline: false }, default: true, order: 0, description: '' }),
        wireAttribute(),
      ],
    },
    ticket_states: {
      type: 'list',
      data: [
        { type: 'ticket_state', id: '8269', category: 'submitted', internal_label: 'Submitted', external_label: 'Submitted' },
      ],
    },
    ...overrides,
  };
}

export function wireCollection(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '159',
    workspace_id: 'abc123',
    name: 'Getting started',
    url: 'http://help.example.com/en/collections/159-getting-started',
    order: 1,
    created_at: 1_700_000_000,
    updated_at: 1_700_000_000,
    description: 'First steps',
    icon: 'book-bookmark',
    parent_id: null,
    help_center_id: 7,
    ...overrides,
  };
}
