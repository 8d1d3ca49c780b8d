import { describe, expect, test } from 'vitest';
import { PlanError } from '../../src/errors.js';
import { createPlan } from '../../src/engine/create-plan.js';
import type { Change } from '../../src/resources/registry.js';
import { DEFAULT_STATES, builtIns, config, liveAttribute, liveType, planInput } from '../helpers/live-builders.js';

const brief = (changes: Change[]) => changes.map((c) => `${c.action} ${c.address}`);

describe('ticket types', () => {
  const cases: {
    when: string;
    declared: Parameters<typeof config>[0]['ticket_types'];
    live: ReturnType<typeof liveType>[];
    prune?: boolean;
    expected: string[];
  }[] = [
    { when: 'nothing is declared or live', declared: [], live: [], expected: [] },
    { when: 'a declared type is missing', declared: [{ name: 'Bug' }], live: [], expected: ['create ticket_type["Bug"]'] },
    { when: 'the live type already matches', declared: [{ name: 'Bug', description: 'x' }], live: [liveType({ id: '1', name: 'Bug', description: 'x' })], expected: [] },
    { when: 'a field left out differs live', declared: [{ name: 'Bug' }], live: [liveType({ id: '1', name: 'Bug', icon: '🐞', description: 'other' })], expected: [] },
    { when: 'a managed field differs', declared: [{ name: 'Bug', icon: '🐞' }], live: [liveType({ id: '1', name: 'Bug' })], expected: ['update ticket_type["Bug"]'] },
    { when: 'declared archived but live active', declared: [{ name: 'Bug', archived: true }], live: [liveType({ id: '1', name: 'Bug' })], expected: ['archive ticket_type["Bug"]'] },
    { when: 'declared but live archived', declared: [{ name: 'Bug' }], live: [liveType({ id: '1', name: 'Bug', archived: true })], expected: ['unarchive ticket_type["Bug"]'] },
    { when: 'declared archived and absent', declared: [{ name: 'Bug', archived: true }], live: [], expected: [] },
    { when: 'unlisted live types without prune', declared: [{ name: 'Bug' }], live: [liveType({ id: '1', name: 'Bug' }), liveType({ id: '2', name: 'Old' })], expected: [] },
    { when: 'unlisted live types with prune', declared: [{ name: 'Bug' }], live: [liveType({ id: '1', name: 'Bug' }), liveType({ id: '2', name: 'Old' }), liveType({ id: '3', name: 'Gone', archived: true })], prune: true, expected: ['archive ticket_type["Old"]'] },
  ];

  test.each(cases)('when $when', ({ declared, live, prune, expected }) => {
    const plan = createPlan(planInput(config({ ticket_types: declared }), { ticketTypes: live }, { prune: prune ?? false }));
    expect(brief(plan.changes)).toEqual(expected);
  });

  test('an update sends only the changed fields', () => {
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'Bug', description: 'new', icon: '🎟️', category: 'Customer' }] }), {
        ticketTypes: [liveType({ id: '7', name: 'Bug', description: 'old' })],
      }),
    );
    expect(plan.changes[0]).toMatchObject({
      action: 'update',
      id: '7',
      fields: [{ path: 'description', before: 'old', after: 'new' }],
      operation: { type: 'update_ticket_type', ticketTypeId: '7', body: { description: 'new' } },
    });
  });

  test('a previous name renames instead of recreating', () => {
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'Bug report', previous_names: ['Bug'] }] }), {
        ticketTypes: [liveType({ id: '7', name: 'Bug' })],
      }),
    );
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({ action: 'update', id: '7', operation: { body: { name: 'Bug report' } } });
  });

  test('the current name wins over a previous name', () => {
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'Bug report', previous_names: ['Bug'] }] }), {
        ticketTypes: [liveType({ id: '7', name: 'Bug' }), liveType({ id: '8', name: 'Bug report' })],
      }),
    );
    expect(plan.changes).toEqual([]);
  });

  test('two live matches stop the plan and name both ids', () => {
    const input = planInput(config({ ticket_types: [{ name: 'Bug' }] }), {
      ticketTypes: [liveType({ id: '7', name: 'Bug' }), liveType({ id: '9', name: 'Bug' })],
    });
    expect(() => createPlan(input)).toThrow(PlanError);
    expect(() => createPlan(input)).toThrow(/ids 7 \("Bug"\) and 9 \("Bug"\)/);
  });

  test('a type scoped to other workspaces is left out', () => {
    const plan = createPlan(planInput(config({ ticket_types: [{ name: 'Bug', workspaces: ['production'] }] }), { ticketTypes: [] }));
    expect(plan.changes).toEqual([]);
  });

  test('a family the config does not mention is never pruned', () => {
    const plan = createPlan(planInput(config({}), { ticketTypes: [liveType({ id: '1', name: 'Old' })] }, { prune: true }));
    expect(plan.changes).toEqual([]);
  });
});

describe('ticket type attributes', () => {
  test('attributes of a new type are created after it, referring to it by address', () => {
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'Bug', attributes: [{ name: 'Severity', description: 'How bad', data_type: 'list', list_items: ['Low', 'High'] }] }] }), {
        ticketTypes: [],
      }),
    );
    expect(brief(plan.changes)).toEqual(['create ticket_type["Bug"]', 'create ticket_type_attribute["Bug"]["Severity"]']);
    expect(plan.changes[1]).toMatchObject({
      dependsOn: ['ticket_type["Bug"]'],
      operation: {
        type: 'create_attribute',
        ticketType: { address: 'ticket_type["Bug"]' },
        body: { name: 'Severity', description: 'How bad', data_type: 'list', list_items: 'Low,High' },
      },
    });
  });

  test('creates of one type\'s attributes wait for each other in config order; other types do not wait', () => {
    const attrs = (names: string[]) => names.map((name) => ({ name, description: 'x', data_type: 'string' as const }));
    const live = liveType({ id: '5', name: 'Old', attributes: [...builtIns('5'), liveAttribute({ id: '50', ticket_type_id: '5', name: 'Kept', description: 'x', order: 2 })] });
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'New', attributes: attrs(['A', 'B', 'C']) }, { name: 'Old', attributes: attrs(['Kept', 'D', 'E']) }] }), {
        ticketTypes: [live],
      }),
    );
    const waits = Object.fromEntries(plan.changes.map((c) => [c.address, c.dependsOn ?? []]));
    expect(waits).toEqual({
      'ticket_type["New"]': [],
      'ticket_type_attribute["New"]["A"]': ['ticket_type["New"]'],
      'ticket_type_attribute["New"]["B"]': ['ticket_type["New"]', 'ticket_type_attribute["New"]["A"]'],
      'ticket_type_attribute["New"]["C"]': ['ticket_type["New"]', 'ticket_type_attribute["New"]["B"]'],
      'ticket_type_attribute["Old"]["D"]': [],
      'ticket_type_attribute["Old"]["E"]': ['ticket_type_attribute["Old"]["D"]'],
    });
    expect(plan.notes).toBeUndefined();
  });

  test('list options are compared as labels and sent as a comma string', () => {
    const live = liveType({
      id: '5',
      name: 'Bug',
      attributes: [liveAttribute({ id: '50', ticket_type_id: '5', name: 'Severity', data_type: 'list', list_items: ['Low', 'High'], multiline: undefined })],
    });
    const same = createPlan(
      planInput(config({ ticket_types: [{ name: 'Bug', attributes: [{ name: 'Severity', data_type: 'list', list_items: ['Low', 'High'] }] }] }), { ticketTypes: [live] }),
    );
    expect(same.changes).toEqual([]);
    const changed = createPlan(
      planInput(config({ ticket_types: [{ name: 'Bug', attributes: [{ name: 'Severity', data_type: 'list', list_items: ['Low', 'Medium', 'High'] }] }] }), {
        ticketTypes: [live],
      }),
    );
    expect(changed.changes[0]).toMatchObject({
      action: 'update',
      fields: [{ path: 'list_items', before: ['Low', 'High'], after: ['Low', 'Medium', 'High'] }],
      operation: { type: 'update_attribute', ticketTypeId: '5', attributeId: '50', body: { list_items: 'Low,Medium,High' } },
    });
  });

  test('a data_type change stops the plan with migration advice', () => {
    const live = liveType({ id: '5', name: 'Bug', attributes: [liveAttribute({ id: '50', name: 'Severity', data_type: 'string' })] });
    const input = planInput(
      config({ ticket_types: [{ name: 'Bug', attributes: [{ name: 'Severity', data_type: 'list', list_items: ['Low'] }] }] }),
      { ticketTypes: [live] },
    );
    expect(() => createPlan(input)).toThrow(/cannot become list.*new name.*archive the old one/s);
  });

  test('built-in attributes are never touched, even with prune', () => {
    const live = liveType({ id: '5', name: 'Bug', attributes: [...liveType({ id: '5', name: 'x' }).attributes, liveAttribute({ id: '51', name: 'Extra' })] });
    const plan = createPlan(planInput(config({ ticket_types: [{ name: 'Bug', attributes: [] }] }), { ticketTypes: [live] }, { prune: true }));
    expect(brief(plan.changes)).toEqual(['archive ticket_type_attribute["Bug"]["Extra"]']);
  });

  test('unarchiving and renaming an attribute is one write', () => {
    const live = liveType({ id: '5', name: 'Bug', attributes: [liveAttribute({ id: '50', name: 'Sev', archived: true })] });
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'Bug', attributes: [{ name: 'Severity', previous_names: ['Sev'], data_type: 'string' }] }] }), {
        ticketTypes: [live],
      }),
    );
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({ action: 'unarchive', operation: { body: { name: 'Severity', archived: false } } });
  });
});

describe('states of a ticket type', () => {
  test('a difference is a manual change that says what to do', () => {
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'Bug', states: ['Submitted', 'With engineering', 'Resolved'] }] }), {
        ticketTypes: [liveType({ id: '5', name: 'Bug' })],
        ticketStates: DEFAULT_STATES,
      }),
    );
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({ kind: 'ticket_type', action: 'manual', name: 'Bug' });
    expect(plan.changes[0]?.reason).toMatch(/add "With engineering" and remove "In progress", "Waiting on customer"/);
    expect(plan.summary.manual).toBe(1);
  });

  test('a new type is predicted to get the default states', () => {
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'Bug', states: ['Submitted', 'In progress', 'Waiting on customer', 'Resolved'] }] }), {
        ticketTypes: [],
        ticketStates: DEFAULT_STATES,
      }),
    );
    expect(brief(plan.changes)).toEqual(['create ticket_type["Bug"]']);
  });
});
