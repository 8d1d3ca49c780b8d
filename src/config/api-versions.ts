/**
 * Intercom API versions this tool accepts in `api_version`. Ticket states (and the
 * `ticket_states` list on ticket types) only exist from 2.12, so older versions would
 * make state verification impossible.
 */
export const SUPPORTED_API_VERSIONS = ['2.12', '2.13', '2.14', '2.15', '2.16', 'Preview'] as const;
export type SupportedApiVersion = (typeof SUPPORTED_API_VERSIONS)[number];

/** The built-in attributes every ticket type gets; the config can never declare or touch them. */
export const BUILT_IN_ATTRIBUTE_NAMES = ['_default_title_', '_default_description_'] as const;

/** Collections nest at most this deep (collection → sub-collection → sub-sub-collection). */
export const MAX_COLLECTION_DEPTH = 3;

export const MAX_NAME_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 10_000;
