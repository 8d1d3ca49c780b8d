import { describe, expect } from 'vitest';
import { openSandbox, sandboxTest as it } from './support/sandbox-client.js';

describe('ticket types', () => {
  it('creates a type with Intercom defaults, the two built-in attributes and the four default states', async ({ api }) => {
    const reply = await api.post('/ticket_types', { name: 'Bug report' });
    expect(reply.status).toBe(200);
    const tt = reply.body;
    expect(tt).toMatchObject({
      type: 'ticket_type',
      id: expect.stringMatching(/^\d+$/),
      name: 'Bug report',
      description: '',
      icon: '🎟️',
      archived: false,
      is_internal: false,
      category: 'Customer',
      workspace_id: expect.any(String),
    });
    expect(tt.created_at).toBeTypeOf('number');
    expect(tt.ticket_type_attributes.type).toBe('list');
    expect(tt.ticket_type_attributes).not.toHaveProperty('ticket_type_attributes');
    const builtIns = tt.ticket_type_attributes.data;
    expect(builtIns.map((a: any) => [a.name, a.order, a.default, a.input_options])).toEqual([
      ['_default_title_', 0, true, { multiline: false }],
      ['_default_description_', 1, true, { multiline: true }],
    ]);
    expect(builtIns[0].ticket_type_id).toBe(Number(tt.id));
    expect(tt.ticket_states.data.map((s: any) => [s.category, s.internal_label, s.external_label])).toEqual([
      ['submitted', 'Submitted', 'Submitted'],
      ['in_progress', 'In progress', 'In progress'],
      ['waiting_on_customer', 'Waiting on customer', 'Waiting on you'],
      ['resolved', 'Resolved', 'Resolved'],
    ]);
  });

  it('shares the workspace states between types instead of copying them', async ({ api }) => {
    const a = (await api.post('/ticket_types', { name: 'A' })).body;
    const b = (await api.post('/ticket_types', { name: 'B' })).body;
    expect(a.ticket_states.data.map((s: any) => s.id)).toEqual(b.ticket_states.data.map((s: any) => s.id));
    const states = (await api.get('/ticket_states')).body.data;
    expect(states).toHaveLength(4);
    for (const state of states) {
      expect(state.ticket_types.data.map((t: any) => t.name)).toEqual(['A', 'B']);
      expect(Object.keys(state.ticket_types.data[0]).sort()).toEqual(
        ['archived', 'category', 'description', 'icon', 'id', 'is_internal', 'name', 'type'],
      );
    }
  });

  it('makes Trackers internal and hides built-ins from contacts on internal types', async ({ api }) => {
    const tt = (await api.post('/ticket_types', { name: 'Outage', category: 'Tracker', is_internal: false })).body;
    expect(tt.is_internal).toBe(true);
    expect(tt.ticket_type_attributes.data.map((a: any) => a.visible_to_contacts)).toEqual([false, false]);
  });

  it('requires a name and a valid category', async ({ sandbox, api }) => {
    const noName = await api.post('/ticket_types', { description: 'x' });
    expect(noName.status).toBe(400);
    expect(noName.body.errors[0]).toEqual({ code: 'parameter_not_found', message: 'Name is a required parameter.' });
    const badCategory = await api.post('/ticket_types', { name: 'X', category: 'customer' });
    expect(badCategory.status).toBe(400);
    expect(badCategory.body.errors[0].code).toBe('parameter_invalid');
    expect(sandbox.snapshot().ticket_types).toHaveLength(0);
  });

  it('allows duplicate names by default and can be told to reject them', async ({ api }) => {
    expect((await api.post('/ticket_types', { name: 'Twin' })).status).toBe(200);
    expect((await api.post('/ticket_types', { name: 'Twin' })).status).toBe(200);
    const strict = await openSandbox({ duplicateNames: 'reject' });
    try {
      expect((await strict.api.post('/ticket_types', { name: 'Twin' })).status).toBe(200);
      const again = await strict.api.post('/ticket_types', { name: 'twin' });
      expect(again.status).toBe(400);
      expect(again.body.errors[0].code).toBe('parameter_invalid');
    } finally {
      await strict.sandbox.close();
    }
  });

  it('gets one type, and answers 404 not_found for an unknown id', async ({ api }) => {
    const created = (await api.post('/ticket_types', { name: 'Question' })).body;
    const got = await api.get(`/ticket_types/${created.id}`);
    expect(got.body).toEqual(created);
    const missing = await api.get('/ticket_types/999999');
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0]).toEqual({ code: 'not_found', message: 'Resource Not Found' });
    expect((await api.put('/ticket_types/999999', { name: 'x' })).status).toBe(404);
  });

  it('updates only the fields sent and bumps nothing else', async ({ api }) => {
    const created = (await api.post('/ticket_types', { name: 'Billing', description: 'Money', icon: '💰' })).body;
    const updated = (await api.put(`/ticket_types/${created.id}`, { description: 'Invoices', ignored_key: 1 })).body;
    expect(updated).toMatchObject({ name: 'Billing', description: 'Invoices', icon: '💰', category: 'Customer' });
    expect(updated.ticket_type_attributes).toEqual(created.ticket_type_attributes);
  });

  it('keeps archived types in the list, and archiving is reversible', async ({ api }) => {
    const created = (await api.post('/ticket_types', { name: 'Old' })).body;
    await api.post('/ticket_types', { name: 'Current' });
    const archived = await api.put(`/ticket_types/${created.id}`, { archived: true });
    expect(archived.body.archived).toBe(true);
    const list = (await api.get('/ticket_types')).body.data;
    expect(list.map((t: any) => [t.name, t.archived])).toEqual([
      ['Old', true],
      ['Current', false],
    ]);
    const restored = await api.put(`/ticket_types/${created.id}`, { archived: false });
    expect(restored.body.archived).toBe(false);
  });

  it('shapes the type by API version: no category before 2.10, no ticket_states before 2.12', async ({ api }) => {
    const created = (await api.post('/ticket_types', { name: 'Versioned' })).body;
    const v29 = (await api.get(`/ticket_types/${created.id}`, { version: '2.9' })).body;
    expect(v29).not.toHaveProperty('category');
    expect(v29).not.toHaveProperty('ticket_states');
    const v211 = (await api.get(`/ticket_types/${created.id}`, { version: '2.11' })).body;
    expect(v211.category).toBe('Customer');
    expect(v211).not.toHaveProperty('ticket_states');
    expect((await api.get('/ticket_types', { version: '2.8' })).status).toBe(400);
  });
});
