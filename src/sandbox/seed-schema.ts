/**
 * The seed file (YAML or JSON): help centers, ticket states and admins, which the public
 * API cannot create, plus pre-existing ticket types, collections, data attributes and
 * articles (seed-content-schema.ts). `id` fields are
 * optional; unknown keys are ignored.
 *
 * ```yaml
 * help_centers:
 *   - { identifier: acme-help, display_name: Acme Help, locales: [en, fr], default: true }
 * ticket_states:
 *   - { category: in_progress, internal_label: With engineering, external_label: In progress }
 * ticket_types:
 *   - name: Bug report
 *     states: [Submitted, With engineering, Waiting on customer, Resolved]
 *     attributes:
 *       - { name: Severity, data_type: list, list_items: [Low, High] }
 * collections:
 *   - name: Getting started
 *     collections:                  # children
 *       - name: Installation
 *   - { name: Billing, help_center: acme-help, parent: [Getting started] }
 * ```
 */
import { z } from 'zod';
import { adminSeed, articleSeed, dataAttributeSeed } from './seed-content-schema.js';
import type { AdminSeed, ArticleSeed, DataAttributeSeed } from './seed-content-schema.js';
import { ATTRIBUTE_DATA_TYPES, TICKET_STATE_CATEGORIES, TICKET_TYPE_CATEGORIES } from './state.js';
import type { AttributeDataType, TicketStateCategory, TicketTypeCategory } from './state.js';

export type SeedId = string | number;

export interface HelpCenterSeed {
  id?: SeedId;
  identifier: string;
  display_name: string;
  /** First is the default locale; default ['en']. */
  locales?: string[];
  default?: boolean;
  website_turned_on?: boolean;
  url?: string;
  custom_domain?: string | null;
}

export interface TicketStateSeed {
  id?: SeedId;
  category: TicketStateCategory;
  internal_label: string;
  external_label: string;
  archived?: boolean;
}

export interface AttributeSeed {
  id?: SeedId;
  name: string;
  description?: string;
  data_type: AttributeDataType;
  /** Labels, as a list or Intercom's comma-separated string. */
  list_items?: string[] | string;
  multiline?: boolean;
  allow_multiple_values?: boolean;
  required_to_create?: boolean;
  required_to_create_for_contacts?: boolean;
  visible_on_create?: boolean;
  visible_to_contacts?: boolean;
  archived?: boolean;
}

export interface TicketTypeSeed {
  id?: SeedId;
  name: string;
  description?: string;
  category?: TicketTypeCategory;
  icon?: string;
  is_internal?: boolean;
  archived?: boolean;
  attributes?: AttributeSeed[];
  /** Internal labels of the linked states; default: the default state of each category. */
  states?: string[];
}

export interface CollectionSeed {
  id?: SeedId;
  name: string;
  description?: string;
  /** Help center identifier; default: the default help center. */
  help_center?: string;
  /** Names from the top level down to the parent, as a list or joined with " / ". */
  parent?: string[] | string;
  translated_content?: Record<string, { name?: string; description?: string }>;
  /** Sub-collections. */
  collections?: CollectionSeed[];
}

export interface SandboxSeed {
  help_centers?: HelpCenterSeed[];
  ticket_states?: TicketStateSeed[];
  ticket_types?: TicketTypeSeed[];
  collections?: CollectionSeed[];
  /** Teammates (article authors); default: three example admins. See seed-content-schema.ts. */
  admins?: AdminSeed[];
  /** Custom data attributes; the built-in ones are always present. */
  data_attributes?: DataAttributeSeed[];
  articles?: ArticleSeed[];
}

const seedId = z.union([z.number().int().positive(), z.string().regex(/^\d+$/, 'ids are numeric')]);
const text = z.string().min(1);

const helpCenterSeed = z.object({
  id: seedId.optional(),
  identifier: text,
  display_name: text,
  locales: z.array(text).min(1).optional(),
  default: z.boolean().optional(),
  website_turned_on: z.boolean().optional(),
  url: z.string().optional(),
  custom_domain: z.string().nullable().optional(),
});

const ticketStateSeed = z.object({
  id: seedId.optional(),
  category: z.enum(TICKET_STATE_CATEGORIES as [TicketStateCategory, ...TicketStateCategory[]]),
  internal_label: text,
  external_label: text,
  archived: z.boolean().optional(),
});

const attributeSeed = z.object({
  id: seedId.optional(),
  name: text,
  description: z.string().optional(),
  data_type: z.enum(ATTRIBUTE_DATA_TYPES as [AttributeDataType, ...AttributeDataType[]]),
  list_items: z.union([z.array(text), z.string()]).optional(),
  multiline: z.boolean().optional(),
  allow_multiple_values: z.boolean().optional(),
  required_to_create: z.boolean().optional(),
  required_to_create_for_contacts: z.boolean().optional(),
  visible_on_create: z.boolean().optional(),
  visible_to_contacts: z.boolean().optional(),
  archived: z.boolean().optional(),
});

const ticketTypeSeed = z.object({
  id: seedId.optional(),
  name: text,
  description: z.string().optional(),
  category: z.enum(TICKET_TYPE_CATEGORIES as [TicketTypeCategory, ...TicketTypeCategory[]]).optional(),
  icon: z.string().optional(),
  is_internal: z.boolean().optional(),
  archived: z.boolean().optional(),
  attributes: z.array(attributeSeed).optional(),
  states: z.array(text).optional(),
});

const collectionSeed: z.ZodType<CollectionSeed> = z.object({
  id: seedId.optional(),
  name: text,
  description: z.string().optional(),
  help_center: text.optional(),
  parent: z.union([z.array(text), text]).optional(),
  translated_content: z
    .record(z.string(), z.object({ name: z.string().optional(), description: z.string().optional() }))
    .optional(),
  get collections() {
    return z.array(collectionSeed).optional();
  },
});

export const sandboxSeedSchema: z.ZodType<SandboxSeed> = z.object({
  help_centers: z.array(helpCenterSeed).min(1).optional(),
  ticket_states: z.array(ticketStateSeed).optional(),
  ticket_types: z.array(ticketTypeSeed).optional(),
  collections: z.array(collectionSeed).optional(),
  admins: z.array(adminSeed).min(1).optional(),
  data_attributes: z.array(dataAttributeSeed).optional(),
  articles: z.array(articleSeed).optional(),
});
