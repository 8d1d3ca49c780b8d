import type { IntercomApi } from '../client/live-types.js';

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
  collections: (api: IntercomApi) => api.listCollections(),
  /** Every article of every help center, following all pages (bodies included: no read per article). */
  articles: (api: IntercomApi) => api.listArticles(),
  /** Teammates, whose emails name article authors. */
  admins: (api: IntercomApi) => api.listAdmins(),
} as const satisfies Record<string, (api: IntercomApi) => Promise<unknown[]>>;

export type LiveFamily = keyof typeof LIVE_FAMILIES;

export const LIVE_FAMILY_NAMES = Object.keys(LIVE_FAMILIES) as LiveFamily[];

/** What was read from the workspace; a family the config does not need is not read. */
export type LiveState = { [F in LiveFamily]?: Awaited<ReturnType<(typeof LIVE_FAMILIES)[F]>> };
