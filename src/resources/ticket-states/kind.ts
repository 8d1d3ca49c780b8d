import { records, text, type Loose } from '../../config/parts/loose.js';
import { findNameClashes } from '../../config/parts/name-clashes.js';
import type { ResourceKind } from '../kind.js';
import { byName } from '../kit/match-by-name.js';
import { planTicketStates, TICKET_STATE_FIELDS, type TicketStateChange } from './plan.js';
import { ticketStatesSection, type DesiredTicketState } from './schema.js';

/** Ticket states: declared and verified only; the API cannot create or change them. */
export const ticketStateKind: ResourceKind<typeof ticketStatesSection, TicketStateChange> = {
  name: 'ticket_state',
  section: ticketStatesSection,
  children: [],
  identity: [],

  // Intercom requires internal labels to be unique across the workspace.
  rules: (data, context) =>
    findNameClashes(records(data['ticket_states']), ['ticket_states'], { noun: 'ticket state', key: 'internal_label' }, context),

  // A state is named by its internal label.
  declaredObjects: (data: Loose) =>
    records(data['ticket_states']).map(([i, value]) => ({ kind: 'ticket_state', path: ['ticket_states', i], value, namePath: [text(value['internal_label']) ?? ''] })),

  reads: (config) => (config.ticket_states !== undefined ? ['ticketStates'] : []),

  plan: (config, ctx) =>
    config.ticket_states === undefined ? [] : planTicketStates(config.ticket_states, ctx.live.ticketStates ?? [], ctx.workspace),

  export: (live) =>
    live.ticketStates
      ? {
          ticket_states: live.ticketStates
            .filter((s) => !s.archived)
            .sort(byName((s) => s.internal_label))
            .map((s) => TICKET_STATE_FIELDS.exported(s) as DesiredTicketState),
        }
      : {},

  count: (config) => ({ ticket_states: config.ticket_states?.length ?? 0 }),

  describe: (change) => `ticket state "${change.name}"`,

  fields: TICKET_STATE_FIELDS,
  whereInIntercom: () => 'Settings → Tickets → Ticket states',
  namePath: (change) => [change.name],

  // Verify-only: no operation, so nothing to write or find again.
  writes: {},

  liveObjects: (live) => (live.ticketStates ?? []).map((state) => [state.id, state] as const),
};
