/**
 * The one comparison of every write with its answer, driven by each kind's managed-field
 * declaration, and what a later plan does with a field Intercom did not apply.
 */
import { describe, expect, test } from 'vitest';
import { applyPlan } from '../../src/apply/apply-plan.js';
import { NotAppliedError, unappliedFields } from '../../src/apply/verify-answer.js';
import type { IntercomApi } from '../../src/client/live-types.js';
import { createPlan } from '../../src/engine/create-plan.js';
import type { Change } from '../../src/resources/registry.js';
import { config, liveAttribute, liveCollection, liveType, planInput, HELP_CENTER } from '../helpers/live-builders.js';

const typeUpdate: Change = {
  address: 'ticket_type["Bug"]',
  kind: 'ticket_type',
  action: 'update',
  name: 'Bug',
  id: '5',
  fields: [
    { path: 'category', before: 'Customer', after: 'Back-office' },
    { path: 'icon', before: '🎟', after: '🛠️' },
    { path: 'archived', before: true, after: false },
  ],
  operation: { type: 'update_ticket_type', ticketTypeId: '5', body: { category: 'Back-office', icon: '🛠️', archived: false } },
};

describe('unappliedFields', () => {
  test('ticket types: a kept category is reported; an icon without U+FE0F and a field outside the managed ones (archived) are read from the answer', () => {
    const answer = liveType({ id: '5', name: 'Bug', category: 'Customer', icon: '🛠', archived: false });
    expect(unappliedFields(typeUpdate, { id: '1', answer })).toEqual([{ path: 'category', sent: 'Back-office', received: 'Customer' }]);
    expect(unappliedFields(typeUpdate, { id: '1', answer: { ...answer, archived: true } }).map((f) => f.path)).toEqual(['category', 'archived']);
  });

  test('attributes: list options compare as labels; a default Intercom leaves out is the documented default', () => {
    const change: Change = {
      address: 'a',
      kind: 'ticket_type_attribute',
      action: 'create',
      name: 'Severity',
      ticket_type: 'Bug',
      fields: [
        { path: 'list_items', after: ['Low', 'High'] },
        { path: 'required_to_create', after: false },
      ],
    };
    const answer = liveAttribute({ name: 'Severity', data_type: 'list', list_items: ['Low', 'Medium', 'High'], multiline: undefined });
    expect(unappliedFields(change, { id: '1', answer })).toEqual([{ path: 'list_items', sent: ['Low', 'High'], received: ['Low', 'Medium', 'High'] }]);
    expect(unappliedFields(change, { id: '1', answer: { ...answer, list_items: ['Low', 'High'] } })).toEqual([]);
  });

  test('collections: nested translation paths are read; a parent, written as an id, is not judged here', () => {
    const change: Change = {
      address: 'c',
      kind: 'collection',
      action: 'update',
      name: 'Guides',
      id: '10',
      help_center: 'acme-help',
      path: ['Guides'],
      fields: [
        { path: 'translated_content.fr.name', before: 'Aide', after: 'Guides' },
        { path: 'parent', before: '(top level)', after: 'Docs' },
      ],
    };
    const answer = liveCollection({ id: '10', name: 'Guides', translated_content: { fr: { name: 'Aide', description: null } } });
    expect(unappliedFields(change, { id: '1', answer })).toEqual([{ path: 'translated_content.fr.name', sent: 'Guides', received: 'Aide' }]);
    expect(unappliedFields(change, { id: '1' })).toEqual([]);
  });
});

describe('apply and the next plan', () => {
  const live = liveType({ id: '5', name: 'Bug', category: 'Customer', attributes: [] });
  const planOf = (unapplied = []) =>
    createPlan({ ...planInput(config({ ticket_types: [{ name: 'Bug', category: 'Back-office', description: 'New' }] }), { ticketTypes: [live] }), unapplied });

  test('a write answered without a field is a failure naming it; it does not stop the writes after it', async () => {
    const task = liveType({ id: '6', name: 'Task', attributes: [] });
    const written: string[] = [];
    const api = {
      // Keeps the category, as an Intercom that ignores it on update would.
      updateTicketType: async (id: string, body: { description?: string }) => {
        written.push(id);
        return { ...(id === '5' ? live : task), ...(body.description !== undefined ? { description: body.description } : {}) };
      },
    } as unknown as IntercomApi;
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'Bug', category: 'Back-office', description: 'New' }, { name: 'Task', description: 'Too' }] }), {
        ticketTypes: [live, task],
      }),
    );
    const result = await applyPlan(plan, api, { concurrency: 1 });
    expect(written).toEqual(['5', '6']);
    expect(result.applied.map((a) => a.id)).toEqual(['6']);
    expect(result.failed).toHaveLength(1);
    const error = result.failed[0]!.error as NotAppliedError;
    expect(error).toBeInstanceOf(NotAppliedError);
    expect(error.message).toBe('not applied by Intercom: ticket_types[0].category: category sent "Back-office", received "Customer"');
    expect(error.id).toBe('5');
  });

  test('a field remembered as not applied leaves the write and becomes a manual step; a different value is sent again', () => {
    const record = { kind: 'ticket_type', id: '5', path: 'category', sent: 'Back-office', received: 'Customer' };
    const plan = planOf([record] as never);
    expect(plan.changes.map((c) => [c.address, c.action, c.operation])).toEqual([
      ['ticket_type["Bug"]', 'update', { type: 'update_ticket_type', ticketTypeId: '5', body: { description: 'New' } }],
      ['ticket_type["Bug"].category', 'manual', undefined],
    ]);
    expect(plan.changes[1]?.reason).toMatch(/^Intercom did not apply category through the API when it was last sent \(it kept "Customer"\)/);
    const other = createPlan({
      ...planInput(config({ ticket_types: [{ name: 'Bug', category: 'Tracker' }] }), { ticketTypes: [live] }),
      unapplied: [record],
    });
    expect(other.changes.map((c) => c.action)).toEqual(['update']);
  });

  test('nothing else of a kind that is all remembered is written', () => {
    const plan = createPlan({
      ...planInput(config({ help_center: { collections: [{ name: 'Guides', description: 'New' }] } }), {
        helpCenters: [HELP_CENTER],
        collections: [liveCollection({ id: '10', name: 'Guides', description: 'Old' })],
      }),
      unapplied: [{ kind: 'collection', id: '10', path: 'description', sent: 'New', received: 'Old' }],
    });
    expect(plan.changes.map((c) => [c.action, c.operation])).toEqual([['manual', undefined]]);
  });
});
