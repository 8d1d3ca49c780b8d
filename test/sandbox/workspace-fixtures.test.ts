import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/sandbox/index.js';
import { openSandbox, SandboxClient } from './support/sandbox-client.js';

describe('help centers and ticket states of a fresh workspace', () => {
  let sandbox: RunningSandbox;
  let api: SandboxClient;

  beforeAll(async () => {
    ({ sandbox, api } = await openSandbox());
  });
  afterAll(() => sandbox.close());

  it('holds one help center; default and locales only from API 2.16 on', async () => {
    const v214 = (await api.get('/help_center/help_centers')).body;
    expect(v214.type).toBe('list');
    expect(v214.data).toHaveLength(1);
    expect(v214.data[0]).toMatchObject({
      id: '1',
      identifier: 'acme-help',
      display_name: 'Acme Help',
      website_turned_on: true,
      url: 'https://help.acme.test',
      custom_domain: null,
    });
    expect(v214.data[0]).not.toHaveProperty('locales');
    expect(v214.data[0]).not.toHaveProperty('default');
    for (const version of ['2.16', 'Preview']) {
      const newer = (await api.get('/help_center/help_centers/1', { version })).body;
      expect(newer).toMatchObject({ default: true, locales: ['en', 'fr'] });
    }
  });

  it('answers 404 not_found for an unknown help center', async () => {
    const reply = await api.get('/help_center/help_centers/424242');
    expect(reply.status).toBe(404);
    expect(reply.body.errors[0]).toEqual({ code: 'not_found', message: 'Resource Not Found' });
  });

  it('lists the four default ticket states with their archived flag', async () => {
    const states = (await api.get('/ticket_states')).body;
    expect(states.type).toBe('list');
    expect(states.data.map((s: any) => [s.type, s.category, s.internal_label, s.external_label, s.archived])).toEqual([
      ['ticket_state', 'submitted', 'Submitted', 'Submitted', false],
      ['ticket_state', 'in_progress', 'In progress', 'In progress', false],
      ['ticket_state', 'waiting_on_customer', 'Waiting on customer', 'Waiting on you', false],
      ['ticket_state', 'resolved', 'Resolved', 'Resolved', false],
    ]);
    expect(states.data[0].ticket_types).toEqual({ type: 'list', data: [] });
  });

  it('has no routes to create help centers or ticket states', async () => {
    expect((await api.post('/help_center/help_centers', { identifier: 'x' })).status).toBe(404);
    expect((await api.post('/ticket_states', { internal_label: 'x' })).status).toBe(404);
  });
});
