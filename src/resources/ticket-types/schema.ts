import * as z from 'zod';
import { description, MAX_NAME_LENGTH, name, previousNames, scope } from '../../config/parts/schema-parts.js';
import { attributeSchema } from '../attributes/schema.js';

export const TICKET_TYPE_CATEGORIES = ['Customer', 'Back-office', 'Tracker'] as const;
export type TicketTypeCategory = (typeof TICKET_TYPE_CATEGORIES)[number];

export const ticketTypeSchema = z
  .strictObject({
    name: name('Ticket type name, unique in the workspace; identifies the ticket type.'),
    previous_names: previousNames('ticket type'),
    description: description('What the ticket type is for.'),
    category: z.enum(TICKET_TYPE_CATEGORIES).optional().describe('Customer, Back-office or Tracker (exact spelling).'),
    icon: z.string().min(1).max(MAX_NAME_LENGTH).optional().describe('An emoji, e.g. "🐞".'),
    is_internal: z.boolean().optional().describe('Internal ticket type, not shown to customers (a limited feature in Intercom).'),
    archived: z.boolean().optional().describe('Archive the ticket type; false brings it back. Ticket types cannot be deleted.'),
    states: z
      .array(name('Internal label of a ticket state.'))
      .optional()
      .describe('Internal labels of the ticket states this type should use. Verified only: the API cannot link states.'),
    attributes: z
      .array(attributeSchema)
      .optional()
      .describe(
        'Custom attributes; the built-in title and description are managed by Intercom. Left out, the type\'s attributes are not managed (prune leaves them alone); `attributes: []` manages them (prune archives every one).',
      ),
    workspaces: scope,
  })
  .describe('A ticket type, matched to the live one by name (or a previous name).');

export type DesiredTicketType = z.output<typeof ticketTypeSchema>;

export const ticketTypesSection = {
  ticket_types: z.array(ticketTypeSchema).optional().describe('Ticket types and their attributes.'),
};
