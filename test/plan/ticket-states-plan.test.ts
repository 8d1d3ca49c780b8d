import { expect, test } from 'vitest';
import { createPlan } from '../../src/engine/create-plan.js';
import { DEFAULT_STATES, config, planInput } from '../helpers/live-builders.js';

test('declared states that match are not changes', () => {
  const plan = createPlan(
    planInput(config({ ticket_states: [{ internal_label: 'Waiting on customer', external_label: 'Waiting on you', category: 'waiting_on_customer' }] }), {
      ticketStates: DEFAULT_STATES,
    }),
  );
  expect(plan.changes).toEqual([]);
});

test('a missing state is a manual change saying how to create it', () => {
  const plan = createPlan(
    planInput(config({ ticket_states: [{ internal_label: 'With engineering', external_label: 'In progress', category: 'in_progress' }] }), {
      ticketStates: DEFAULT_STATES,
    }),
  );
  expect(plan.changes).toEqual([
    expect.objectContaining({ kind: 'ticket_state', action: 'manual', name: 'With engineering' }),
  ]);
  expect(plan.changes[0]?.reason).toMatch(/^missing: create it in Intercom \(Settings → Tickets → Ticket states\) with internal label "With engineering", external label "In progress", category in_progress/);
});

test('a label mismatch names both labels; an archived state asks to unarchive it', () => {
  const states = DEFAULT_STATES.map((s) => (s.id === '4' ? { ...s, archived: true } : s));
  const plan = createPlan(
    planInput(
      config({
        ticket_states: [
          { internal_label: 'Waiting on customer', external_label: 'Waiting for you' },
          { internal_label: 'Resolved' },
        ],
      }),
      { ticketStates: states },
    ),
  );
  expect(plan.changes.map((c) => c.reason)).toEqual([
    expect.stringMatching(/change its external label from "Waiting on you" to "Waiting for you"/),
    expect.stringMatching(/unarchive it/),
  ]);
  expect(plan.summary).toMatchObject({ manual: 2, create: 0 });
});
