import type { LiveTicketState, LiveTicketType } from '../../client/live-types.js';
import { address } from '../../plan/plan-types.js';
import { sameName } from '../../plan/same-name.js';
import { addStateCommand, assignStatesCommand, shellWord } from '../ticket-states/sandbox-steps.js';
import type { TicketTypeChange } from './plan.js';
import type { DesiredTicketType } from './schema.js';

/**
 * A type's `states:` is verified, never written: the API cannot link states to a type.
 * A difference becomes a manual change saying what to do in Intercom's settings.
 */
export function planTypeStates(
  liveStates: readonly LiveTicketState[],
  type: DesiredTicketType,
  current: LiveTicketType | undefined,
): TicketTypeChange[] {
  if (type.states === undefined) return [];
  const linked = current
    ? current.states.map((s) => s.internal_label)
    : defaultStatesForNewType(liveStates).map((s) => s.internal_label);
  const wanted = type.states;
  const missing = wanted.filter((label) => !linked.some((l) => sameName(l, label)));
  const extra = linked.filter((label) => !wanted.some((w) => sameName(w, label)));
  if (missing.length === 0 && extra.length === 0) return [];

  const steps: string[] = [];
  if (missing.length > 0) steps.push(`add ${quoteList(missing)}`);
  if (extra.length > 0) steps.push(`remove ${quoteList(extra)}`);
  const when = current ? '' : ' once it has been created';
  // A state the workspace lacks cannot be chosen for the type: it has to be created first.
  const absent = missing.filter((label) => !liveStates.some((s) => !s.archived && sameName(s.internal_label, label)));
  const archived = absent.filter((label) => liveStates.some((s) => sameName(s.internal_label, label)));
  const unknown = absent.filter((label) => !archived.includes(label));
  const first: string[] = [];
  if (unknown.length > 0) {
    first.push(
      `${quoteList(unknown)} ${unknown.length === 1 ? 'does' : 'do'} not exist in this workspace: create ${unknown.length === 1 ? 'it' : 'them'} first ` +
        `in Settings → Tickets → Ticket states (in a sandbox workspace: ${unknown.map((l) => `\`${addStateCommand(l, undefined, undefined)}\``).join(', ')})`,
    );
  }
  if (archived.length > 0) {
    first.push(
      `${quoteList(archived)} ${archived.length === 1 ? 'is' : 'are'} archived: unarchive ${archived.length === 1 ? 'it' : 'them'} first in Settings → Tickets → Ticket states ` +
        `(in a sandbox workspace: ${archived.map((l) => `\`intercom-config sandbox states update ${shellWord(l)} --no-archived\``).join(', ')})`,
    );
  }
  return [
    {
      address: `${address('ticket_type', type.name)}.states`,
      kind: 'ticket_type',
      action: 'manual',
      name: type.name,
      ...(current ? { id: current.id } : {}),
      fields: [{ path: 'states', before: linked, after: wanted }],
      reason:
        first.map((f) => `${f}. `).join('') +
        `In Intercom, open Settings → Tickets → ticket types → "${type.name}"${when} and ${steps.join(' and ')} ` +
        'in its ticket states; the API cannot change which states a ticket type uses. ' +
        `In a sandbox workspace: \`${assignStatesCommand(type.name, wanted)}\`.`,
    },
  ];
}

/**
 * What Intercom links to a new type: the workspace's default state of each category. The
 * oldest live, unarchived state of a category stands for its default.
 */
export function defaultStatesForNewType(states: readonly LiveTicketState[]): LiveTicketState[] {
  const byCategory = new Map<string, LiveTicketState>();
  for (const state of states) {
    if (state.archived) continue;
    const seen = byCategory.get(state.category);
    if (!seen || Number(state.id) < Number(seen.id)) byCategory.set(state.category, state);
  }
  return [...byCategory.values()];
}

function quoteList(labels: readonly string[]): string {
  return labels.map((l) => `"${l}"`).join(', ');
}
