/**
 * Issue 17, item 4: the manual steps an admin does in Intercom's settings (ticket states, a
 * type's states), through the admin route of a running sandbox and on a stopped sandbox's
 * state file. What they change is what the public API then answers.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { performManualStepOnStateFile, SandboxError, startSandbox } from '../../src/sandbox/index.js';
import { openSandbox, sandboxTest, withTempDir, type Reply } from './support/sandbox-client.js';

const it = sandboxTest.extend<{ step: (body: unknown) => Promise<Reply> }>({
  step: async ({ api }, use) => {
    await use((body) => api.call('POST', '/__sandbox/manual-steps', body));
  },
});

describe('manual steps through the admin route', () => {
  it('adds a ticket state the API then lists, and a type can use it', async ({ api, step }) => {
    const type = (await api.post('/ticket_types', { name: 'Defect' })).body;
    const added = await step({ step: 'add-state', internal_label: 'Triaged', category: 'in_progress' });
    expect(added.status).toBe(200);
    expect(added.body.done).toMatch(/^Added ticket state "Triaged" \(id \d+, category in_progress, customers see "Triaged"\)\.$/);

    const states = (await api.get('/ticket_states')).body.data;
    expect(states).toContainEqual(expect.objectContaining({ internal_label: 'Triaged', external_label: 'Triaged', category: 'in_progress' }));

    const assigned = await step({ step: 'set-type-states', ticket_type: 'Defect', states: ['Resolved', 'Triaged', 'Submitted'] });
    expect(assigned.status).toBe(200);
    expect(assigned.body.ticket_type).toEqual({ id: type.id, name: 'Defect', states: ['Submitted', 'Triaged', 'Resolved'] });
    const live = (await api.get(`/ticket_types/${type.id}`)).body;
    expect(live.ticket_states.data.map((s: { internal_label: string }) => s.internal_label)).toEqual(['Submitted', 'Triaged', 'Resolved']);
  });

  it('updates a state: labels, category, archived', async ({ api, step }) => {
    const changed = await step({ step: 'update-state', state: 'Waiting on customer', external_label: 'Waiting for you', archived: true });
    expect(changed.status).toBe(200);
    expect(changed.body.done).toBe('Changed ticket state "Waiting on customer" (id ' + changed.body.state.id + '): external_label "Waiting on you" → "Waiting for you", archived false → true.');
    const state = (await api.get('/ticket_states')).body.data.find((s: { id: string }) => s.id === changed.body.state.id);
    expect(state).toMatchObject({ external_label: 'Waiting for you', archived: true });
    const again = await step({ step: 'update-state', state: 'waiting on customer', archived: true });
    expect(again.body.done).toBe('Ticket state "Waiting on customer" already is as asked; nothing changed.');
  });

  it('refuses, changing nothing: a taken label (any case), an unknown state or type, an archived state for a type', async ({ sandbox, api, step }) => {
    await api.post('/ticket_types', { name: 'Defect' });
    await step({ step: 'update-state', state: 'In progress', archived: true });
    const before = sandbox.snapshot();
    const refusals = [
      [{ step: 'add-state', internal_label: 'submitted', category: 'submitted' }, /already exists .*internal labels are unique/],
      [{ step: 'update-state', state: 'Nope', category: 'resolved' }, /^No ticket state has the internal label "Nope"; the workspace has "Submitted", /],
      [{ step: 'update-state', state: 'Submitted', internal_label: 'Resolved' }, /already has the internal label "Resolved"/],
      [{ step: 'set-type-states', ticket_type: 'Feature', states: ['Submitted'] }, /^No ticket type is named "Feature"/],
      [{ step: 'set-type-states', ticket_type: 'Defect', states: ['Submitted', 'In progress'] }, /"In progress" is archived/],
    ] as const;
    for (const [body, message] of refusals) {
      const reply = await step(body);
      expect(reply.status, JSON.stringify(body)).toBe(422);
      expect(reply.body.error).toMatch(message);
    }
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('answers 400 to a malformed step and 401 without a token', async ({ api, step }) => {
    expect((await step({ step: 'add-state', internal_label: 'X', category: 'later' })).status).toBe(400);
    expect((await step({ step: 'set-type-states', ticket_type: 'Defect', states: [] })).body.error).toBe(
      'Invalid manual step: states: name at least one ticket state',
    );
    expect((await step({ step: 'delete-everything' })).status).toBe(400);
    const anonymous = await api.call('POST', '/__sandbox/manual-steps', { step: 'add-state', internal_label: 'X', category: 'resolved' }, { token: null });
    expect(anonymous.status).toBe(401);
  });

  it('saves the step before answering: a restart keeps it', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'state.json');
      const { sandbox, api } = await openSandbox({ stateFile });
      try {
        expect((await api.call('POST', '/__sandbox/manual-steps', { step: 'add-state', internal_label: 'Triaged', category: 'in_progress' })).status).toBe(200);
        const saved = JSON.parse(await readFile(stateFile, 'utf8'));
        expect(saved.ticket_states.map((s: { internal_label: string }) => s.internal_label)).toContain('Triaged');
      } finally {
        await sandbox.close();
      }
    });
  });
});

describe('manual steps in-process and on a state file', () => {
  it('manualStep() in-process does the same, and rejects a refused step with a SandboxError', async ({ sandbox }) => {
    const outcome = await sandbox.manualStep({ step: 'add-state', internal_label: 'Blocked', category: 'waiting_on_customer', external_label: 'On hold' });
    expect(outcome.state).toMatchObject({ internal_label: 'Blocked', external_label: 'On hold', category: 'waiting_on_customer' });
    await expect(sandbox.manualStep({ step: 'add-state', internal_label: 'Blocked', category: 'resolved' })).rejects.toBeInstanceOf(SandboxError);
  });

  it('changes a stopped sandbox state file under its lock; refuses while a sandbox serves it, and when there is no state yet', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'state.json');
      await expect(performManualStepOnStateFile(stateFile, { step: 'add-state', internal_label: 'Triaged', category: 'in_progress' })).rejects.toThrow(
        `There is no sandbox state file at ${stateFile} yet.`,
      );

      const running = await startSandbox({ stateFile });
      const refused = await performManualStepOnStateFile(stateFile, { step: 'add-state', internal_label: 'Triaged', category: 'in_progress' }).catch((e: SandboxError) => e);
      expect(refused).toBeInstanceOf(SandboxError);
      expect((refused as SandboxError).message).toMatch(/is in use by process/);
      expect((refused as SandboxError).hint).toContain('send the step to it instead with --url');
      await running.close();

      const outcome = await performManualStepOnStateFile(stateFile, { step: 'add-state', internal_label: 'Triaged', category: 'in_progress' });
      expect(outcome.done).toMatch(/^Added ticket state "Triaged"/);
      const restarted = await startSandbox({ stateFile });
      try {
        expect(restarted.snapshot().ticket_states.map((s) => s.internal_label)).toContain('Triaged');
      } finally {
        await restarted.close();
      }
    });
  });
});
