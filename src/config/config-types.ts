/**
 * The validated config, as the rest of the library sees it. Every type here is inferred
 * from a zod schema — the settings in `schema.ts`, each kind's section in its own module
 * under src/resources/ — so the parser and the types cannot drift apart. Anything left
 * out of the file is `undefined`, and an undefined field is never compared with the
 * workspace.
 */
import type { IntercomConfig } from './schema.js';

export const REGIONS = ['us', 'eu', 'au'] as const;
export type Region = (typeof REGIONS)[number];

export const DEFAULT_API_VERSION = '2.14';

export type { IntercomConfig, WorkspaceConfig } from './schema.js';
export type { WorkspaceScoped, Locale } from './parts/schema-parts.js';
export { LOCALES } from './parts/schema-parts.js';
export { TICKET_STATE_CATEGORIES, type TicketStateCategory, type DesiredTicketState } from '../resources/ticket-states/schema.js';
export { TICKET_TYPE_CATEGORIES, type TicketTypeCategory, type DesiredTicketType } from '../resources/ticket-types/schema.js';
export { ATTRIBUTE_DATA_TYPES, type AttributeDataType, type DesiredAttribute } from '../resources/attributes/schema.js';
export type { DesiredCollection, TranslatedGroupContent } from '../resources/collections/schema.js';
export { DATA_ATTRIBUTE_TYPES, type DataAttributeType, type DesiredDataAttribute } from '../resources/data-attributes/schema.js';

export type HelpCenterConfig = NonNullable<IntercomConfig['help_center']>;
