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

export type DataAttributeModel = 'contact' | 'company' | 'conversation';

export interface LiveDataAttribute {
  /** Built-in attributes (`custom: false`) have no id. */
  id: string | null;
  model: DataAttributeModel | string;
  name: string;
  /** `custom_attributes.<name>` for custom attributes, the name (or a dotted path) otherwise. */
  full_name: string;
  label: string;
  /** '' when Intercom sends none. */
  description: string;
  /**
   * The response type (string | integer | float | boolean | date): an attribute created as
   * `options` answers `string` (with `options`), one created as `datetime` answers `date`.
   */
  data_type: string;
  /** Option values when Intercom lists any (options attributes). */
  options?: string[];
  api_writable: boolean;
  messenger_writable: boolean;
  custom: boolean;
  archived: boolean;
  updated_at?: number;
}

export interface LiveAdmin {
  id: string;
  name: string;
  /** Authors are matched by email across workspaces: ids differ, emails do not. */
  email: string;
}

export interface LiveArticleContent {
  title: string;
  description: string;
  /** HTML as Intercom stores it (its editor rewrites what was sent): compare by meaning. */
  body: string;
  author_id: string;
  state: 'published' | 'draft' | string;
  url: string | null;
  updated_at?: number;
}

export interface LiveArticle extends LiveArticleContent {
  id: string;
  /** Collection (or section) id; null for an article that stands alone. */
  parent_id: string | null;
  parent_type: string | null;
  /** Only for multilingual help centers. */
  default_locale?: string;
  /** Content per locale (the default locale included), only for multilingual help centers; locales without content are left out. */
  translated_content?: Record<string, LiveArticleContent>;
}

export interface DataAttributeBody {
  /** Create only: name, model and data_type are fixed once the attribute exists. */
  name?: string;
  model?: 'contact' | 'company';
  data_type?: 'string' | 'integer' | 'float' | 'boolean' | 'datetime' | 'date' | 'options';
  description?: string;
  messenger_writable?: boolean;
  /** options attributes: at least two. */
  options?: { value: string }[];
  /** Update only. */
  archived?: boolean;
}

export interface ArticleContentBody {
  title?: string;
  description?: string;
  /** HTML. */
  body?: string;
  /** An admin id; the API takes an integer. */
  author_id?: number;
  state?: 'published' | 'draft';
}

export interface ArticleBody extends ArticleContentBody {
  /** A collection id (integer on create, string on update in the 2.14 schemas; both work); null detaches. */
  parent_id?: number | string | null;
  parent_type?: 'collection';
  translated_content?: Record<string, ArticleContentBody>;
}

/**
 * What the plan engine and the executor need from Intercom. `IntercomClient` implements it
 * over HTTP; nothing else in the library talks HTTP.
 */
export interface ListingOptions {
  /**
   * Read while this run writes the family (apply's checks around creates): a listing left
   * short by objects moving between pages is used as read instead of refused.
   */
  whileWriting?: boolean;
}

export interface IntercomApi {
  /** The client's clock (epoch ms), injectable in tests; `Date.now` when absent. */
  now?(): number;
  listTicketTypes(): Promise<LiveTicketType[]>;
  getTicketType(id: string): Promise<LiveTicketType>;
  createTicketType(body: TicketTypeBody): Promise<LiveTicketType>;
  updateTicketType(id: string, body: TicketTypeBody): Promise<LiveTicketType>;
  createAttribute(ticketTypeId: string, body: AttributeBody): Promise<LiveAttribute>;
  updateAttribute(ticketTypeId: string, attributeId: string, body: AttributeBody): Promise<LiveAttribute>;
  listTicketStates(): Promise<LiveTicketState[]>;
  listHelpCenters(): Promise<LiveHelpCenter[]>;
  /** Every collection of every help center, following all pages. */
  listCollections(options?: ListingOptions): Promise<LiveCollection[]>;
  getCollection(id: string): Promise<LiveCollection>;
  createCollection(body: CollectionBody): Promise<LiveCollection>;
  updateCollection(id: string, body: CollectionBody): Promise<LiveCollection>;
  deleteCollection(id: string): Promise<void>;
  /** One model's attributes, built-in and custom; archived ones only with `includeArchived`. */
  listDataAttributes(model: DataAttributeModel, includeArchived: boolean): Promise<LiveDataAttribute[]>;
  createDataAttribute(body: DataAttributeBody): Promise<LiveDataAttribute>;
  updateDataAttribute(id: string, body: DataAttributeBody): Promise<LiveDataAttribute>;
  /** Every article, following all pages. */
  listArticles(options?: ListingOptions): Promise<LiveArticle[]>;
  getArticle(id: string): Promise<LiveArticle>;
  createArticle(body: ArticleBody): Promise<LiveArticle>;
  updateArticle(id: string, body: ArticleBody): Promise<LiveArticle>;
  /** Permanent. */
  deleteArticle(id: string): Promise<void>;
  listAdmins(): Promise<LiveAdmin[]>;
  /**
   * Waits before the `retry`-th new try of a request the caller repeats itself (a create
   * whose outcome was unknown, re-read and found absent), as long as a read would wait.
   */
  backoff(retry: number, request: { method: string; path: string; reason: string }): Promise<void>;
}
