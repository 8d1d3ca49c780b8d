import type { ChangeKind } from '../plan/plan-types.js';
import { attributeHandler } from './attributes/handler.js';
import { collectionHandler } from './collections/handler.js';
import type { ResourceHandler } from './resource-handler.js';
import { ticketTypeHandler } from './ticket-types/handler.js';

/** Kinds that apply can write. Ticket states are verify-only, so they have no handler. */
export const HANDLERS: Partial<Record<ChangeKind, ResourceHandler>> = {
  ticket_type: ticketTypeHandler,
  ticket_type_attribute: attributeHandler,
  collection: collectionHandler,
};
