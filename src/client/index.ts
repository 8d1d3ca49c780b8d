export { IntercomClient, CLIENT_DEFAULTS, type IntercomClientOptions } from './intercom-client.js';
export type { ClientEvent } from './client-events.js';
export { redact } from './redact.js';
export type * from './live-types.js';
