import type { TicketTypeCategory } from './schema.js';

/**
 * Intercom decides `is_internal` for two categories whatever is sent: Customer tickets are
 * always shared with customers, Tracker tickets never are (Intercom's help articles on
 * ticket types). Declaring the opposite could never settle, so it is refused — offline
 * when the file names the category, at plan time when the category comes from Intercom.
 */
export function internalConflict(name: string, category: string | undefined, isInternal: boolean | undefined): string | undefined {
  if (isInternal === undefined) return undefined;
  const fixed: Partial<Record<TicketTypeCategory, boolean>> = { Customer: false, Tracker: true };
  const kept = category === undefined ? undefined : fixed[category as TicketTypeCategory];
  if (kept === undefined || kept === isInternal) return undefined;
  return category === 'Tracker'
    ? `ticket type "${name}" is a Tracker, and Intercom keeps Tracker ticket types internal; is_internal: false would never take effect. Remove is_internal (or set it to true), or choose another category`
    : `ticket type "${name}" is a Customer ticket type, and Intercom always shares Customer tickets with customers; is_internal: true would never take effect. Remove is_internal (or set it to false), or use category: Back-office for internal tickets`;
}
