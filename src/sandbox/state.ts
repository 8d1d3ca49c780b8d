/**
 * The sandbox's persisted state: plain JSON data, close to the API's own shapes so a
 * snapshot reads like the responses. Ids are numeric strings drawn from one counter, so
 * an id of one kind never names an object of another kind (catches client mix-ups).
 */
import { randomBytes } from 'node:crypto';

export const STATE_FORMAT = 'intercom-config-sandbox-state';
export const STATE_FORMAT_VERSION = 1;

export type TicketStateCategory = 'submitted' | 'in_progress' | 'waiting_on_customer' | 'resolved';
export const TICKET_STATE_CATEGORIES: readonly TicketStateCategory[] = [
  'submitted',
  'in_progress',
  'waiting_on_customer',
  'resolved',
];

export type TicketTypeCategory = 'Customer' | 'Back-office' | 'Tracker';
export const TICKET_TYPE_CATEGORIES: readonly TicketTypeCategory[] = ['Customer', 'Back-office', 'Tracker'];

export type AttributeDataType = 'string' | 'list' | 'integer' | 'decimal' | 'boolean' | 'datetime' | 'files';
export const ATTRIBUTE_DATA_TYPES: readonly AttributeDataType[] = [
  'string',
  'list',
  'integer',
  'decimal',
  'boolean',
  'datetime',
  'files',
];

export interface HelpCenterRecord {
  id: string;
  identifier: string;
  display_name: string;
  /** First entry is the default locale. */
  locales: string[];
  default: boolean;
  website_turned_on: boolean;
  url: string;
  custom_domain: string | null;
  created_at: number;
  updated_at: number;
}

export interface TicketStateRecord {
  id: string;
  category: TicketStateCategory;
  internal_label: string;
  external_label: string;
  archived: boolean;
}

export interface ListOption {
  label: string;
  id: string;
}

export type InputOptions =
  | { multiline: boolean }
  | { list_options: ListOption[] }
  | { allow_multiple_values: boolean }
  | null;

export interface AttributeRecord {
  id: string;
  name: string;
  description: string;
  data_type: AttributeDataType;
  input_options: InputOptions;
  order: number;
  required_to_create: boolean;
  required_to_create_for_contacts: boolean;
  visible_on_create: boolean;
  visible_to_contacts: boolean;
  default: boolean;
  archived: boolean;
  created_at: number;
  updated_at: number;
}

export interface TicketTypeRecord {
  id: string;
  name: string;
  description: string;
  icon: string;
  category: TicketTypeCategory;
  is_internal: boolean;
  archived: boolean;
  created_at: number;
  updated_at: number;
  attributes: AttributeRecord[];
  /** Linked workspace states, in category order. */
  state_ids: string[];
}

export interface LocalizedContent {
  name: string;
  description: string;
}

export interface CollectionRecord {
  id: string;
  help_center_id: string;
  parent_id: string | null;
  /** Content of the help center's default locale. */
  name: string;
  description: string | null;
  /** Content of the other locales of the help center. */
  translations: Record<string, LocalizedContent>;
  icon: string | null;
  order: number;
  created_at: number;
  updated_at: number;
  /**
   * Monotonic write sequence: breaks ties between equal `updated_at` seconds. Every change
   * to a collection must bump it (`touchCollection`): the state serializer caches on it.
   */
  seq: number;
}

export type {
  AdminRecord,
  ArticleContentRecord,
  ArticleRecord,
  ArticleState,
  DataAttributeModel,
  DataAttributeRecord,
  DataAttributeType,
} from './content-records.js';
import type { AdminRecord, ArticleRecord, DataAttributeRecord } from './content-records.js';

/** Which seed a state was created from, so a later, different seed is noticed (it is never applied). */
export interface SeedRecord {
  /** Hash of the seed's content (seedHash), when the state was created from one. */
  hash?: string;
  /** A different seed already reported as not applied: reported once, not at every start. */
  ignored_hash?: string;
}

export interface SandboxState {
  format: typeof STATE_FORMAT;
  format_version: typeof STATE_FORMAT_VERSION;
  workspace_id: string;
  next_id: number;
  next_seq: number;
  help_centers: HelpCenterRecord[];
  ticket_states: TicketStateRecord[];
  ticket_types: TicketTypeRecord[];
  collections: CollectionRecord[];
  admins: AdminRecord[];
  data_attributes: DataAttributeRecord[];
  articles: ArticleRecord[];
  /** Absent from state files written before seeds were recorded. */
  seed?: SeedRecord;
}

/** What a fresh workspace holds when no seed says otherwise. */
export const DEFAULT_HELP_CENTER = {
  identifier: 'acme-help',
  display_name: 'Acme Help',
  locales: ['en', 'fr'],
  default: true,
  website_turned_on: true,
  url: 'https://help.acme.test',
  custom_domain: null,
} as const;

/** Intercom's four default states; note "Waiting on you" as the external label. */
export const DEFAULT_TICKET_STATES: readonly Omit<TicketStateRecord, 'id'>[] = [
  { category: 'submitted', internal_label: 'Submitted', external_label: 'Submitted', archived: false },
  { category: 'in_progress', internal_label: 'In progress', external_label: 'In progress', archived: false },
  { category: 'waiting_on_customer', internal_label: 'Waiting on customer', external_label: 'Waiting on you', archived: false },
  { category: 'resolved', internal_label: 'Resolved', external_label: 'Resolved', archived: false },
];

export function emptyState(firstId: number): SandboxState {
  return {
    format: STATE_FORMAT,
    format_version: STATE_FORMAT_VERSION,
    workspace_id: randomBytes(4).toString('hex'),
    next_id: firstId,
    next_seq: 1,
    help_centers: [],
    ticket_states: [],
    ticket_types: [],
    collections: [],
    admins: [],
    data_attributes: [],
    articles: [],
  };
}
