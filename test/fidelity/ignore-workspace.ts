/**
 * The workspace of the `ignore:` tests: objects another team owns or Intercom made itself,
 * next to ones the config manages, and a config that keeps the former out of reach.
 */
export const IGNORE_SEED = {
  ticket_types: [
    { id: 1, name: 'Customer Request' },
    { id: 2, name: 'Tracker Tickets', category: 'Tracker' as const },
    {
      id: 3,
      name: 'Bug report',
      attributes: [
        { id: 31, name: 'Severity', description: 'How bad', data_type: 'string' as const },
        { id: 32, name: 'Internal notes', description: 'Ours', data_type: 'string' as const },
        { id: 33, name: 'Old field', description: 'Unused', data_type: 'string' as const },
      ],
    },
    { id: 4, name: 'Feature' },
  ],
  collections: [
    { id: 50, name: 'Legacy', collections: [{ id: 51, name: 'Old', collections: [{ id: 52, name: 'Older' }] }] },
    { id: 60, name: 'Guides', collections: [{ id: 61, name: 'Internal' }, { id: 62, name: 'Setup' }] },
    { id: 70, name: 'Handbook', collections: [{ id: 71, name: 'Internal' }] },
    { id: 80, name: 'Archive' },
  ],
};

export const IGNORE_CONFIG = `
ignore:
  ticket_types: ["Customer Request*", "Tracker*"]
  attributes: ["Bug report/Internal*"]
  collections: ["Legacy/**", "*/Internal"]
ticket_types:
  - name: Bug report
    attributes:
      - { name: Severity, description: How bad, data_type: string }
help_center:
  collections:
    - name: Guides
`;
