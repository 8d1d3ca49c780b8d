import * as z from 'zod';
import { label, name, scope } from '../../config/parts/schema-parts.js';

export const TICKET_STATE_CATEGORIES = ['submitted', 'in_progress', 'waiting_on_customer', 'resolved'] as const;
export type TicketStateCategory = (typeof TICKET_STATE_CATEGORIES)[number];

export const ticketStateSchema = z
  .strictObject({
    internal_label: name('Label teammates see; unique in the workspace; identifies the state.'),
    external_label: label().optional().describe('Label customers see.'),
    category: z.enum(TICKET_STATE_CATEGORIES).optional().describe('submitted, in_progress, waiting_on_customer or resolved.'),
    workspaces: scope,
  })
  .describe('A ticket state that must exist. Verified only: states are created in Intercom settings, not through the API.');

export type DesiredTicketState = z.output<typeof ticketStateSchema>;

export const ticketStatesSection = {
  ticket_states: z.array(ticketStateSchema).optional().describe('Ticket states the workspace must have (verified only).'),
};
