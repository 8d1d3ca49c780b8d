/**
 * The validated config, as the rest of the library sees it. The zod schema in
 * `schema.ts` parses YAML into exactly these shapes; anything left out of the file is
 * `undefined` here, and an undefined field is never compared with the workspace.
 */

export const REGIONS = ['us', 'eu', 'au'] as const;
export type Region = (typeof REGIONS)[number];

export const TICKET_TYPE_CATEGORIES = ['Customer', 'Back-office', 'Tracker'] as const;
export type TicketTypeCategory = (typeof TICKET_TYPE_CATEGORIES)[number];

export const TICKET_STATE_CATEGORIES = ['submitted', 'in_progress', 'waiting_on_customer', 'resolved'] as const;
export type TicketStateCategory = (typeof TICKET_STATE_CATEGORIES)[number];

export const ATTRIBUTE_DATA_TYPES = ['string', 'list', 'integer', 'decimal', 'boolean', 'datetime', 'files'] as const;
export type AttributeDataType = (typeof ATTRIBUTE_DATA_TYPES)[number];

/** Locales accepted in `translated_content` (Intercom's group_translated_content keys). */
export const LOCALES = [
  'ar', 'bg', 'bs', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'he', 'hr', 'hu', 'id', 'it',
  'ja', 'ko', 'lt', 'lv', 'mn', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sl', 'sr', 'sv', 'tr', 'vi', 'pt-BR',
  'zh-CN', 'zh-TW',
] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_API_VERSION = '2.14';

export interface WorkspaceConfig {
  region?: Region;
  /** Base URL override; plain http only for loopback hosts. */
  url?: string;
  /** Bearer token, normally `${SOME_ENV_VAR}`. */
  token?: string;
  /** Path (relative to the config file) of an embedded sandbox's state file. */
  sandbox?: string;
  /** Sandbox only: seed file (relative to the config file) for a sandbox whose state file does not exist yet. */
  seed?: string;
}

/** Restricts a resource to some workspaces; absent = every workspace. */
export interface WorkspaceScoped {
  workspaces?: string[];
}

export interface DesiredAttribute {
  name: string;
  previous_names?: string[];
  description?: string;
  data_type: AttributeDataType;
  required_to_create?: boolean;
  required_to_create_for_contacts?: boolean;
  visible_on_create?: boolean;
  visible_to_contacts?: boolean;
  /** string attributes only */
  multiline?: boolean;
  /** list attributes only; compared with the live option labels */
  list_items?: string[];
  /** files attributes only */
  allow_multiple_values?: boolean;
  archived?: boolean;
  workspaces?: string[];
}

export interface DesiredTicketType extends WorkspaceScoped {
  name: string;
  previous_names?: string[];
  description?: string;
  category?: TicketTypeCategory;
  icon?: string;
  is_internal?: boolean;
  archived?: boolean;
  /** Internal labels of the states linked to this type; verified only. */
  states?: string[];
  attributes?: DesiredAttribute[];
}

export interface DesiredTicketState extends WorkspaceScoped {
  internal_label: string;
  external_label?: string;
  category?: TicketStateCategory;
}

export interface TranslatedGroupContent {
  name?: string;
  description?: string;
}

export interface DesiredCollection extends WorkspaceScoped {
  name: string;
  previous_names?: string[];
  /** Old parent path (names from the top level), for a collection that moved. */
  previous_path?: string[];
  description?: string;
  /** Help center identifier; top-level collections only (children inherit it). */
  help_center?: string;
  translated_content?: Partial<Record<Locale, TranslatedGroupContent>>;
  collections?: DesiredCollection[];
}

export interface HelpCenterConfig {
  collections?: DesiredCollection[];
}

export interface IntercomConfig {
  version: 1;
  api_version: string;
  default_workspace?: string;
  /** Archive unlisted ticket types/attributes (and delete collections with --allow-delete). */
  prune?: boolean;
  workspaces: Record<string, WorkspaceConfig>;
  ticket_states?: DesiredTicketState[];
  ticket_types?: DesiredTicketType[];
  help_center?: HelpCenterConfig;
}
