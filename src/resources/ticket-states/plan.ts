import type { LiveTicketState } from '../../client/live-types.js';
import { inWorkspace } from '../../config/parts/schema-parts.js';
import { newFields } from '../../plan/field-diff.js';
import { address, type ChangeBase } from '../../plan/plan-types.js';
import { sameName } from '../../plan/same-name.js';
import { preferExact } from '../kit/match-by-name.js';
import { managedFields } from '../kit/managed-fields.js';
import { addStateCommand } from './sandbox-steps.js';
import type { DesiredTicketState } from './schema.js';

/** Ticket states are verify-only: their changes are manual steps, never sent. */
export type TicketStateChange = ChangeBase<'ticket_state', never>;

const WHERE = 'Settings → Tickets → Ticket states';

/** The internal label identifies a state; the others are compared. */
export const TICKET_STATE_FIELDS = managedFields<DesiredTicketState, LiveTicketState>()({
  internal_label: {},
  external_label: {},
  category: {},
});

/**
 * Ticket states are declared and verified, never written: the API can only list them.
 * Every difference is a manual change whose reason says exactly what to do in Intercom.
 */
export function planTicketStates(
  declared: readonly DesiredTicketState[],
  live: readonly LiveTicketState[],
  workspace: string,
): TicketStateChange[] {
  const changes: TicketStateChange[] = [];
  for (const state of declared) {
    if (!inWorkspace(state, workspace)) continue;
    const change = planOneState(state, findState(live, state.internal_label));
    if (change) changes.push(change);
  }
  return changes;
}

function planOneState(state: DesiredTicketState, current: LiveTicketState | undefined): TicketStateChange | undefined {
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
      fields: newFields(TICKET_STATE_FIELDS.desired(state)),
      reason:
        `missing: create it in Intercom (${WHERE}) with ${details.join(', ')}; the API cannot create ticket states. ` +
        `In a sandbox workspace: \`${addStateCommand(state.internal_label, state.category, state.external_label)}\`.`,
    };
  }
  // Matched by internal label as Intercom compares names, so the label can differ only in case or Unicode form.
  const fields = TICKET_STATE_FIELDS.changes(TICKET_STATE_FIELDS.live(current), TICKET_STATE_FIELDS.desired(state));
  if (current.archived) fields.push({ path: 'archived', before: true, after: false });
  if (fields.length === 0) return undefined;
  const steps = fields.map((f) =>
    f.path === 'archived'
      ? 'unarchive it'
      : f.path === 'category'
        ? `set its category to ${String(f.after)} (it is ${String(f.before)})`
        : f.path === 'internal_label'
          ? `change its internal label from "${String(f.before)}" to "${String(f.after)}"`
          : `change its external label from "${String(f.before)}" to "${String(f.after)}"`,
  );
  return {
    ...base,
    id: current.id,
    fields,
    reason: `differs: in Intercom (${WHERE}), ${steps.join('; ')}; the API cannot change ticket states.`,
  };
}

/** By internal label (unique per workspace, case aside); the exact spelling, then an active state, wins. */
function findState(live: readonly LiveTicketState[], label: string): LiveTicketState | undefined {
  const matches = preferExact(label, live.filter((s) => sameName(s.internal_label, label)), (s) => s.internal_label);
  return matches.find((s) => !s.archived) ?? matches[0];
}
