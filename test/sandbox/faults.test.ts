import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { openSandbox, sandboxTest as it, UUID_PATTERN, withTempDir } from './support/sandbox-client.js';

describe('fault injection', () => {
  it.for([500, 502, 503, 408] as const)('answers %i with error.list without performing the request', async (status, { sandbox, api }) => {
    sandbox.injectFault({ method: 'POST', path: '/ticket_types', fault: { status } });
    const failed = await api.post('/ticket_types', { name: 'Bug' });
    expect(failed.status).toBe(status);
    expect(failed.body).toMatchObject({ type: 'error.list', request_id: expect.stringMatching(UUID_PATTERN) });
    expect(sandbox.snapshot().ticket_types).toHaveLength(0);
    expect((await api.post('/ticket_types', { name: 'Bug' })).status).toBe(200);
  });

  it('fails only the nth matching request, for `times` requests in a row', async ({ sandbox, api }) => {
    sandbox.injectFault({ path: '/ticket_types', method: 'get', nth: 2, times: 2, fault: { status: 503 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await api.get('/ticket_types')).status);
      // Requests on other paths do not count.
      await api.get('/ticket_states');
    }
    expect(statuses).toEqual([200, 503, 503, 200, 200]);
  });

  it('matches paths by regular expression', async ({ sandbox, api }) => {
    const tt = (await api.post('/ticket_types', { name: 'Bug' })).body;
    sandbox.injectFault({ path: /^\/ticket_types\/\d+$/, times: 3, fault: { status: 500 } });
    expect((await api.get(`/ticket_types/${tt.id}`)).status).toBe(500);
    expect((await api.get('/ticket_types')).status).toBe(200);
  });

  it('drop-before closes the connection and performs nothing', async ({ sandbox, api }) => {
    sandbox.injectFault({ method: 'POST', fault: { type: 'drop-before' } });
    await expect(api.post('/ticket_types', { name: 'Lost' })).rejects.toThrow();
    expect(sandbox.snapshot().ticket_types).toHaveLength(0);
    expect(sandbox.requests.at(-1)).toMatchObject({ path: '/ticket_types', status: 0, fault: 'drop-before' });
  });

  it('hold keeps matching requests unprocessed until released; answered resolves once they are answered', async ({ sandbox, api }) => {
    const hold = sandbox.hold({ method: 'POST', path: '/ticket_types', nth: 2, times: 1 });
    const answered = sandbox.answered({ method: 'POST', path: '/ticket_types' }, 2);
    expect((await api.post('/ticket_types', { name: 'First' })).status).toBe(200);
    const second = api.post('/ticket_types', { name: 'Second' });
    await hold.arrived(1);
    // Held: logged, but not performed, while other requests (even the third POST) go through.
    expect(sandbox.snapshot().ticket_types.map((t) => t.name)).toEqual(['First']);
    expect((await api.post('/ticket_types', { name: 'Third' })).status).toBe(200);
    hold.release();
    expect((await second).status).toBe(200);
    await answered;
    expect(sandbox.snapshot().ticket_types.map((t) => t.name)).toEqual(['First', 'Third', 'Second']);
  });

  it('html-405 answers a non-JSON HTML page', async ({ sandbox, api }) => {
    sandbox.injectFault({ fault: { type: 'html-405' } });
    const reply = await api.get('/ticket_types');
    expect(reply.status).toBe(405);
    expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
    expect(reply.body).toMatch(/^<!DOCTYPE html>/);
  });

  it('hang never answers; the client times out and close() still finishes', async ({ sandbox }) => {
    sandbox.injectFault({ fault: { type: 'hang' } });
    const gaveUp = new AbortController();
    const pending = fetch(`${sandbox.url}/ticket_types`, { headers: { Authorization: 'Bearer t' }, signal: gaveUp.signal });
    await sandbox.waitForRequests((r) => r.fault === 'hang');
    gaveUp.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    expect(sandbox.requests.at(-1)).toMatchObject({ status: 0, fault: 'hang' });
  });

  it('clearFaults removes every rule', async ({ sandbox, api }) => {
    sandbox.injectFault({ fault: { status: 500 }, times: 10 });
    sandbox.clearFaults();
    expect((await api.get('/ticket_types')).status).toBe(200);
  });
});

describe('drop-after-commit', () => {
  it('performs and persists the write, then drops the connection without an answer', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'state.json');
      const { sandbox, api } = await openSandbox({ stateFile });
      try {
        sandbox.injectFault({ method: 'POST', path: '/help_center/collections', fault: { type: 'drop-after-commit' } });
        await expect(api.post('/help_center/collections', { name: 'Committed' })).rejects.toThrow();
        const onDisk = JSON.parse(await readFile(stateFile, 'utf8'));
        expect(onDisk.collections.map((c: any) => c.name)).toEqual(['Committed']);
        const list = (await api.get('/help_center/collections')).body;
        expect(list.data.map((c: any) => c.name)).toEqual(['Committed']);
        expect(sandbox.requests[0]).toMatchObject({ method: 'POST', status: 0, fault: 'drop-after-commit' });
      } finally {
        await sandbox.close();
      }
    });
  });

  it('a hanging request does not keep close() waiting', async () => {
    const { sandbox } = await openSandbox();
    sandbox.injectFault({ fault: { type: 'hang' } });
    const pending = fetch(`${sandbox.url}/ticket_types`, { headers: { Authorization: 'Bearer t' } });
    await sandbox.waitForRequests(() => true);
    await sandbox.close();
    await expect(pending).rejects.toThrow();
  });
});

describe('hold until released', () => {
  it('keeps the request unperformed until released; then performs and answers it', async ({ sandbox, api }) => {
    sandbox.injectFault({ method: 'POST', path: '/ticket_types', fault: { type: 'hold' } });
    const held = api.post('/ticket_types', { name: 'Held' });
    await sandbox.waitForHeld(1);
    expect(sandbox.held).toBe(1);
    expect(sandbox.snapshot().ticket_types).toEqual([]);
    expect(sandbox.requests.at(-1)).toMatchObject({ status: 0, fault: 'hold' });
    // Other requests go on meanwhile.
    expect((await api.get('/ticket_types')).status).toBe(200);

    expect(await sandbox.releaseHeld()).toBe(1);
    expect(sandbox.held).toBe(0);
    expect((await held).status).toBe(200);
    expect(sandbox.snapshot().ticket_types.map((t) => t.name)).toEqual(['Held']);
    expect(sandbox.requests[0]).toMatchObject({ status: 200, fault: 'hold' });
  });

  it('performs a released request even when its client has gone, and releaseHeld waits for it', async ({ sandbox }) => {
    sandbox.injectFault({ method: 'POST', fault: { type: 'hold' } });
    const gaveUp = new AbortController();
    const request = fetch(`${sandbox.url}/ticket_types`, {
      method: 'POST',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Orphan' }),
      signal: gaveUp.signal,
    });
    await sandbox.waitForHeld(1);
    gaveUp.abort();
    await expect(request).rejects.toThrow(/abort/i);
    await sandbox.releaseHeld();
    expect(sandbox.snapshot().ticket_types.map((t) => t.name)).toEqual(['Orphan']);
  });

  it('drops requests still held when the sandbox closes, unperformed, however they are held', async () => {
    const { sandbox, api } = await openSandbox();
    sandbox.injectFault({ method: 'POST', fault: { type: 'hold' } });
    const held = api.post('/ticket_types', { name: 'Never' });
    const byMatch = sandbox.hold({ method: 'PUT' });
    const heldByMatch = api.put('/ticket_types/1', { name: 'Nor this' });
    await Promise.all([sandbox.waitForHeld(1), byMatch.arrived(1)]);
    const dropped = Promise.all([expect(held).rejects.toThrow(), expect(heldByMatch).rejects.toThrow()]);
    await sandbox.close();
    await dropped;
    expect(sandbox.snapshot().ticket_types).toEqual([]);
  });

  it('hold-after-commit performs the write, then keeps the answer until released', async ({ sandbox, api }) => {
    sandbox.injectFault({ method: 'POST', times: 2, fault: { type: 'hold-after-commit' } });
    const first = api.post('/ticket_types', { name: 'One' });
    const second = api.post('/ticket_types', { name: 'Two' });
    await sandbox.waitForHeld(2);
    expect(sandbox.snapshot().ticket_types.map((t) => t.name).sort()).toEqual(['One', 'Two']);
    expect(sandbox.requests.every((r) => r.status === 0)).toBe(true);
    expect(await sandbox.releaseHeld()).toBe(2);
    expect([(await first).status, (await second).status]).toEqual([200, 200]);
  });

  it('hold then a status: after release, answers that status without performing anything', async ({ sandbox, api }) => {
    sandbox.injectFault({ method: 'POST', fault: { type: 'hold', then: { status: 503 } } });
    const held = api.post('/ticket_types', { name: 'Refused later' });
    await sandbox.waitForHeld(1);
    await sandbox.releaseHeld();
    expect((await held).status).toBe(503);
    expect(sandbox.snapshot().ticket_types).toEqual([]);
  });

  it('waitForRequests resolves on arrival, and again once an answer has its status', async ({ sandbox, api }) => {
    sandbox.injectFault({ method: 'POST', fault: { type: 'hold' } });
    const arrived = sandbox.waitForRequests((r) => r.method === 'POST');
    const answered = sandbox.waitForRequests((r) => r.method === 'POST' && r.status === 200);
    let answeredYet = false;
    void answered.then(() => (answeredYet = true));
    const held = api.post('/ticket_types', { name: 'Watched' });
    await arrived;
    await sandbox.waitForHeld(1);
    expect(answeredYet).toBe(false);
    await sandbox.releaseHeld();
    await answered;
    expect((await held).status).toBe(200);
    await sandbox.waitForRequests((r) => r.status === 200, 1);
  });
});
