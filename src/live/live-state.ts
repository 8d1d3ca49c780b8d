import type {
  IntercomApi,
  LiveCollection,
  LiveHelpCenter,
  LiveTicketState,
  LiveTicketType,
} from '../client/live-types.js';
import type { IntercomConfig } from '../config/config-types.js';

/** What was read from the workspace; a family the config does not mention is not read. */
export interface LiveState {
  ticketTypes?: LiveTicketType[];
  ticketStates?: LiveTicketState[];
  helpCenters?: LiveHelpCenter[];
  collections?: LiveCollection[];
}

export interface LiveFamilies {
  ticketTypes: boolean;
  ticketStates: boolean;
  helpCenters: boolean;
  collections: boolean;
}

/**
 * The families a config manages: a top-level key present in the file, even as an empty
 * list. Families the file does not mention are neither read nor pruned.
 */
export function managedFamilies(config: IntercomConfig): LiveFamilies {
  const collections = config.help_center?.collections !== undefined;
  return {
    ticketTypes: config.ticket_types !== undefined,
    // A type's `states:` is checked against the states a new type would be given.
    ticketStates: config.ticket_states !== undefined || (config.ticket_types ?? []).some((t) => t.states !== undefined),
    helpCenters: collections,
    collections,
  };
}

export const ALL_FAMILIES: LiveFamilies = { ticketTypes: true, ticketStates: true, helpCenters: true, collections: true };

/** One list call per family (collections: their pages), all in parallel; never a GET per object. */
export async function fetchLiveState(api: IntercomApi, families: LiveFamilies): Promise<LiveState> {
  const [ticketTypes, ticketStates, helpCenters, collections] = await Promise.all([
    families.ticketTypes ? api.listTicketTypes() : undefined,
    families.ticketStates ? api.listTicketStates() : undefined,
    families.helpCenters ? api.listHelpCenters() : undefined,
    families.collections ? api.listCollections() : undefined,
  ]);
  const live: LiveState = {};
  if (ticketTypes) live.ticketTypes = ticketTypes;
  if (ticketStates) live.ticketStates = ticketStates;
  if (helpCenters) live.helpCenters = helpCenters;
  if (collections) live.collections = collections;
  return live;
}
