import type { LiveTicketState } from '../../client/live-types.js';
import type { DesiredTicketState } from '../../config/config-types.js';
import { diffFields } from '../../plan/field-diff.js';
import { address, inWorkspace, type PlanInput } from '../../plan/plan-context.js';
import type { Change } from '../../plan/plan-types.js';

const WHERE = 'Settings → Tickets → Ticket states';

/**
 * Ticket states are declared and verified, never written: the API can only list them.
 * Every difference is a manual change whose reason says exactly what to do in Intercom.
 */
export function planTicketStates(input: PlanInput): Change[] {
  const declared = input.config.ticket_states;
  if (declared === undefined) return [];
  const live = input.live.ticketStates ?? [];
  const changes: Change[] = [];
  for (const state of declared) {
    if (!inWorkspace(state, input.workspace)) continue;
    const change = planOneState(state, findState(live, state.internal_label));
    if (change) changes.push(change);
  }
  return changes;
}

function planOneState(state: DesiredTicketState, current: LiveTicketState | undefined): Change | undefined {
  const base = {
    address: address('ticket_state', state.internal_label),
    kind: 'ticket_state' as const,
    action: 'manual' as const,
    name: state.internal_label,
  };
  if (!current) {
    const details = [
      `internal label "${state.internal_label}"`,
      state.external_label !== undefined ? `external label "${state.external_label}"` : undefined,
      state.category !== undefined ? `category ${state.category}` : undefined,
    ].filter(Boolean);
    return {
      ...base,
      fields: Object.entries({ internal_label: state.internal_label, external_label: state.external_label, category: state.category })
        .filter(([, v]) => v !== undefined)
        .map(([path, after]) => ({ path, after })),
      reason: `missing: create it in Intercom (${WHERE}) with ${details.join(', ')}; the API cannot create ticket states.`,
    };
  }
  const fields = diffFields(
    { external_label: current.external_label, category: current.category },
    { external_label: state.external_label, category: state.category },
  );
  if (current.archived) fields.push({ path: 'archived', before: true, after: false });
  if (fields.length === 0) return undefined;
  const steps = fields.map((f) =>
    f.path === 'archived'
      ? 'unarchive it'
      : f.path === 'category'
        ? `set its category to ${String(f.after)} (it is ${String(f.before)})`
        : `change its external label from "${String(f.before)}" to "${String(f.after)}"`,
  );
  return {
    ...base,
    id: current.id,
    fields,
    reason: `differs: in Intercom (${WHERE}), ${steps.join('; ')}; the API cannot change ticket states.`,
  };
}

/** By internal label (unique per workspace); an active state wins over an archived one. */
function findState(live: readonly LiveTicketState[], label: string): LiveTicketState | undefined {
  const matches = live.filter((s) => s.internal_label === label);
  return matches.find((s) => !s.archived) ?? matches[0];
}
