import type { IntercomApi, ListingOptions } from '../client/live-types.js';

/**
 * The listings a plan can read: one client call per family, never a GET per object. Kinds
 * say which families they need (`ResourceKind.reads`); families shared by several kinds
 * (ticket states, help centers) are read once. A kind with a new listing adds its family
 * here.
 */
export const LIVE_FAMILIES = {
  ticketTypes: (api: IntercomApi) => api.listTicketTypes(),
  ticketStates: (api: IntercomApi) => api.listTicketStates(),
  helpCenters: (api: IntercomApi) => api.listHelpCenters(),
  /** Every collection of every help center, following all pages. */
  collections: (api: IntercomApi, options?: ListingOptions) => api.listCollections(options),
  /** Data attributes, one listing per model, archived ones included; built-in attributes come in the same list. */
  contactDataAttributes: (api: IntercomApi) => api.listDataAttributes('contact', true),
  companyDataAttributes: (api: IntercomApi) => api.listDataAttributes('company', true),
  conversationDataAttributes: (api: IntercomApi) => api.listDataAttributes('conversation', true),
  /** Every article of every help center, following all pages (bodies included: no read per article). */
  articles: (api: IntercomApi, options?: ListingOptions) => api.listArticles(options),
  /** Teammates, whose emails name article authors. */
  admins: (api: IntercomApi) => api.listAdmins(),
} as const satisfies Record<string, (api: IntercomApi, options?: ListingOptions) => Promise<unknown[]>>;

export type LiveFamily = keyof typeof LIVE_FAMILIES;

export const LIVE_FAMILY_NAMES = Object.keys(LIVE_FAMILIES) as LiveFamily[];

/**
 * Families read only when the config declares them, never by a whole-workspace export:
 * API 2.16 answers 422 to `GET /data_attributes?model=conversation`, and conversation
 * attributes are verified only.
 */
export const DECLARED_ONLY_FAMILIES: readonly LiveFamily[] = ['conversationDataAttributes'];

/** What was read from the workspace; a family the config does not need is not read. */
export type LiveState = { [F in LiveFamily]?: Awaited<ReturnType<(typeof LIVE_FAMILIES)[F]>> };
