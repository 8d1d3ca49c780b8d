/** Every kind that creates, as the concurrent-apply tests drive it. */
import type { RequestMatch, SandboxState } from '../../../src/sandbox/index.js';
import type { KindRequests } from './two-applies.js';

export interface KindCase {
  kind: string;
  config: string;
  requests: KindRequests;
  /** The live objects of the kind bearing the declared name (active ones). */
  named(state: SandboxState): { id: string; name: string; archived?: boolean }[];
  /** What happens when both pass the check: Intercom accepts the second, or refuses it itself. */
  second: 'duplicate' | 'refused by Intercom';
  /** The write that undoes a duplicate; absent for kinds that are deleted (needs --allow-delete). */
  undo: RequestMatch;
  deletes: boolean;
}

const SEVERITY = { name: 'Severity', description: 'How bad', data_type: 'string' } as const;

export const CASES: KindCase[] = [
  {
    kind: 'ticket type',
    config: 'ticket_types:\n  - name: Incident\n    description: Something broke\n',
    requests: { listing: { path: '/ticket_types' }, planReads: 1, create: { method: 'POST', path: '/ticket_types' } },
    named: (s) => s.ticket_types.filter((t) => t.name === 'Incident'),
    second: 'duplicate',
    undo: { method: 'PUT', path: /^\/ticket_types\/\d+$/ },
    deletes: false,
  },
  {
    kind: 'attribute',
    config: `ticket_types:\n  - name: Bug\n    attributes:\n      - { name: ${SEVERITY.name}, description: ${SEVERITY.description}, data_type: string }\n`,
    requests: { listing: { path: '/ticket_types' }, planReads: 1, create: { method: 'POST', path: /^\/ticket_types\/\d+\/attributes$/ } },
    named: (s) => s.ticket_types.flatMap((t) => t.attributes).filter((a) => a.name === 'Severity'),
    second: 'duplicate',
    undo: { method: 'PUT', path: /^\/ticket_types\/\d+\/attributes\/\d+$/ },
    deletes: false,
  },
  {
    kind: 'data attribute',
    config: 'data_attributes:\n  contact:\n    - { name: plan_tier, description: Billing plan, data_type: string }\n',
    // Contact and company attributes are both read to plan; only contact ones to check.
    requests: { listing: { path: '/data_attributes' }, planReads: 2, create: { method: 'POST', path: '/data_attributes' } },
    named: (s) => s.data_attributes.flatMap((a) => (a.name === 'plan_tier' && a.id !== null ? [{ id: a.id, name: a.name, archived: a.archived }] : [])),
    second: 'refused by Intercom',
    undo: { method: 'PUT', path: /^\/data_attributes\/\d+$/ },
    deletes: false,
  },
  {
    kind: 'collection',
    config: 'help_center:\n  collections:\n    - name: Getting started\n      description: First steps\n',
    requests: { listing: { path: '/help_center/collections' }, planReads: 1, create: { method: 'POST', path: '/help_center/collections' } },
    named: (s) => s.collections.filter((c) => c.name === 'Getting started'),
    second: 'duplicate',
    undo: { method: 'DELETE', path: /^\/help_center\/collections\/\d+$/ },
    deletes: true,
  },
  {
    kind: 'article',
    config: 'help_center:\n  default_author: ada@example.com\n  articles:\n    - title: Install the app\n      body: Open the store.\n',
    requests: { listing: { path: '/articles' }, planReads: 1, create: { method: 'POST', path: '/articles' } },
    named: (s) => s.articles.filter((a) => a.content.title === 'Install the app').map((a) => ({ id: a.id, name: a.content.title })),
    second: 'duplicate',
    undo: { method: 'DELETE', path: /^\/articles\/\d+$/ },
    deletes: true,
  },
];

