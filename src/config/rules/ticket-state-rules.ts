import type { Finding } from '../findings.js';
import { findNameClashes } from './name-clashes.js';
import { records, type Loose, type RuleContext } from './loose.js';

/** Intercom requires internal labels to be unique across the workspace. */
export function checkTicketStates(data: Loose, context: RuleContext): Finding[] {
  return findNameClashes(records(data['ticket_states']), ['ticket_states'], { noun: 'ticket state', key: 'internal_label' }, context);
}
