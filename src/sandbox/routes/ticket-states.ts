/** `GET /ticket_states`: every state (archived included) with the ticket types using it. */
import { renderTicketStateDetailed } from '../render/ticket-types.js';
import { ok } from './route-types.js';
import type { Route } from './route-types.js';

export const ticketStateRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/ticket_states',
    minVersion: '2.12',
    handle: ({ ws, version }) =>
      ok({ type: 'list', data: ws.state.ticket_states.map((s) => renderTicketStateDetailed(ws, s, version)) }),
  },
];
