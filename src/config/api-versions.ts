/**
 * Intercom API versions this tool accepts in `api_version`. Ticket states (and the
 * `ticket_states` list on ticket types) only exist from 2.12, so older versions would
 * make state verification impossible.
 */
export const SUPPORTED_API_VERSIONS = ['2.12', '2.13', '2.14', '2.15', '2.16', 'Preview'] as const;
export type SupportedApiVersion = (typeof SUPPORTED_API_VERSIONS)[number];
