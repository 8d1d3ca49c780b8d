/**
 * Normalised views of live Intercom objects. The client converts every real response
 * shape (INTERCOM-API.md §8) into these, so the plan engine never sees wire quirks:
 * ids are strings, attribute lists come from `data` or `ticket_type_attributes`,
 * list options become plain labels.
 */
export interface LiveTicketStateRef {
  id: string;
  category: string;
  internal_label: string;
  external_label: string;
}

export interface LiveAttribute {
  id: string;
  ticket_type_id: string;
  name: string;
  description: string;
  data_type: string;
  required_to_create: boolean;
  required_to_create_for_contacts: boolean;
  visible_on_create: boolean;
  visible_to_contacts: boolean;
  /** From input_options.multiline (string attributes). */
  multiline?: boolean;
  /** Labels of input_options.list_options, in order (list attributes). */
  list_items?: string[];
  /** From input_options.allow_multiple_values (files attributes). */
  allow_multiple_values?: boolean;
  archived: boolean;
  /** Built-in `_default_title_` / `_default_description_`: never touched. */
  default: boolean;
  order: number;
}

export interface LiveTicketType {
  id: string;
  name: string;
  description: string;
  category?: string;
  icon: string;
  is_internal: boolean;
  archived: boolean;
  attributes: LiveAttribute[];
  states: LiveTicketStateRef[];
  updated_at?: number;
}

export interface LiveTicketState {
  id: string;
  category: string;
  internal_label: string;
  external_label: string;
  archived: boolean;
  /** Ids of the ticket types that use this state. */
  ticket_type_ids: string[];
}

export interface LiveHelpCenter {
  id: string;
  identifier: string;
  display_name: string;
  /** Only reported by API ≥ 2.16 (and the sandbox); absent otherwise. */
  locales?: string[];
  default?: boolean;
}

export interface LiveCollection {
  id: string;
  name: string;
  description: string | null;
  parent_id: string | null;
  help_center_id: string | null;
  default_locale?: string;
  translated_content?: Record<string, { name: string | null; description: string | null }>;
  updated_at?: number;
}

/** Request bodies, exactly as Intercom documents them (only the fields being sent). */
export interface TicketTypeBody {
  name?: string;
  description?: string;
  category?: string;
  icon?: string;
  is_internal?: boolean;
  archived?: boolean;
}

export interface AttributeBody {
  name?: string;
  description?: string;
  data_type?: string;
  required_to_create?: boolean;
  required_to_create_for_contacts?: boolean;
  visible_on_create?: boolean;
  visible_to_contacts?: boolean;
  multiline?: boolean;
  /** Comma-separated labels, as the API wants them. */
  list_items?: string;
  allow_multiple_values?: boolean;
  archived?: boolean;
}

export interface CollectionBody {
  name?: string;
  description?: string;
  parent_id?: string | null;
  help_center_id?: number | null;
  translated_content?: Record<string, unknown> | null;
}

/**
 * What the plan engine and the executor need from Intercom. `IntercomClient` implements it
 * over HTTP; nothing else in the library talks HTTP.
 */
export interface IntercomApi {
  listTicketTypes(): Promise<LiveTicketType[]>;
  getTicketType(id: string): Promise<LiveTicketType>;
  createTicketType(body: TicketTypeBody): Promise<LiveTicketType>;
  updateTicketType(id: string, body: TicketTypeBody): Promise<LiveTicketType>;
  createAttribute(ticketTypeId: string, body: AttributeBody): Promise<LiveAttribute>;
  updateAttribute(ticketTypeId: string, attributeId: string, body: AttributeBody): Promise<LiveAttribute>;
  listTicketStates(): Promise<LiveTicketState[]>;
  listHelpCenters(): Promise<LiveHelpCenter[]>;
  /** Every collection of every help center, following all pages. */
  listCollections(): Promise<LiveCollection[]>;
  getCollection(id: string): Promise<LiveCollection>;
  createCollection(body: CollectionBody): Promise<LiveCollection>;
  updateCollection(id: string, body: CollectionBody): Promise<LiveCollection>;
  deleteCollection(id: string): Promise<void>;
}
