import { describe, expect } from 'vitest';
import { TestClock } from '../helpers/clock.js';
import { openSandbox, sandboxTestWith, type Reply } from './support/sandbox-client.js';

/**
 * A sandbox on a clock that stands still (rate-limit windows never roll over mid-test);
 * `admin` calls its own routes with its token.
 */
const it = sandboxTestWith({ clock: new TestClock() }).extend<{ admin: (method: string, path: string, body?: unknown) => Promise<Reply> }>({
  admin: async ({ api }, use) => {
    await use((method, path, body) => api.call(method, `/__sandbox${path}`, body));
  },
});

describe('request log', () => {
  it('records every request in order with method, path, query, status, body and version', async ({ sandbox, api }) => {
    await api.post('/ticket_types', { name: 'Bug' });
    await api.get('/help_center/collections?page=2&per_page=10', { version: '2.15' });
    await api.get('/ticket_types', { token: null });
    expect(sandbox.requests).toEqual([
      expect.objectContaining({ method: 'POST', path: '/ticket_types', query: '', status: 200, body: { name: 'Bug' }, apiVersion: '2.14' }),
      expect.objectContaining({ method: 'GET', path: '/help_center/collections', query: 'page=2&per_page=10', status: 200, apiVersion: '2.15' }),
      expect.objectContaining({ method: 'GET', path: '/ticket_types', status: 401 }),
    ]);
    expect(sandbox.requests[0]?.at).toBeTypeOf('number');
    expect(JSON.stringify(sandbox.requests)).not.toContain('test-token');
  });

  it('can be cleared', async ({ sandbox, api }) => {
    await api.get('/ticket_types');
    sandbox.clearRequestLog();
    expect(sandbox.requests).toEqual([]);
    await api.get('/ticket_states');
    expect(sandbox.requests.map((r) => r.path)).toEqual(['/ticket_states']);
  });
});

describe('admin routes', () => {
  it('injects and clears faults, including regex paths', async ({ api, admin }) => {
    expect((await admin('POST', '/faults', { method: 'GET', path: '^/ticket_', pathRegex: true, fault: { status: 503 } })).status).toBe(200);
    expect((await api.get('/ticket_states')).status).toBe(503);
    expect((await admin('POST', '/faults', { path: '/ticket_types', times: 5, fault: { status: 500 } })).status).toBe(200);
    expect((await admin('DELETE', '/faults')).status).toBe(200);
    expect((await api.get('/ticket_types')).status).toBe(200);
  });

  it('rejects malformed fault rules', async ({ admin }) => {
    const reply = await admin('POST', '/faults', { fault: { status: 418 } });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatch(/fault/);
    expect((await admin('POST', '/faults', { path: '(', pathRegex: true, fault: { type: 'hang' } })).status).toBe(400);
  });

  it('serves and clears the request log, which excludes admin calls', async ({ api, admin }) => {
    await api.get('/ticket_types');
    const log = (await admin('GET', '/requests')).body;
    expect(log.requests.map((r: any) => r.path)).toEqual(['/ticket_types']);
    await admin('DELETE', '/requests');
    expect((await admin('GET', '/requests')).body.requests).toEqual([]);
  });

  it('serves the state, sets the rate limit and the latency', async ({ api, admin }) => {
    await api.post('/ticket_types', { name: 'Bug' });
    const state = (await admin('GET', '/state')).body;
    expect(state.ticket_types.map((t: any) => t.name)).toEqual(['Bug']);

    expect((await admin('PUT', '/rate-limit', { limit: 1 })).status).toBe(200);
    expect((await api.get('/ticket_types')).headers.get('x-ratelimit-limit')).toBe('1');
    expect((await api.get('/ticket_types')).status).toBe(429);
    expect((await admin('PUT', '/rate-limit', null)).status).toBe(200);
    expect((await api.get('/ticket_types')).status).toBe(200);

    expect((await admin('PUT', '/latency', { ms: 0 })).status).toBe(200);
    expect((await admin('PUT', '/latency', { ms: -1 })).status).toBe(400);
    expect((await admin('GET', '/nothing-here')).status).toBe(404);
  });

  it('requires the sandbox token when one is configured', async ({ admin }) => {
    const guarded = await openSandbox({ token: 'admin-secret' });
    try {
      const anonymous = await guarded.api.get('/__sandbox/state', { token: 'other' });
      expect(anonymous.status).toBe(401);
      expect((await guarded.api.get('/__sandbox/state')).status).toBe(200);
    } finally {
      await guarded.sandbox.close();
    }
  });
});

describe('the sandbox clock', () => {
  it('stamps requests and objects with its own time, not the wall clock', async () => {
    const start = Date.UTC(2030, 5, 1, 8, 0, 0);
    const clock = new TestClock('manual', start);
    const { sandbox, api } = await openSandbox({ clock });
    try {
      const created = (await api.post('/ticket_types', { name: 'Timed' })).body;
      expect(sandbox.requests[0]?.at).toBe(start);
      expect(created).toMatchObject({ created_at: start / 1000, updated_at: start / 1000 });
      clock.advance(5_000);
      const updated = (await api.put(`/ticket_types/${created.id}`, { description: 'Later' })).body;
      expect(sandbox.requests[1]?.at).toBe(start + 5_000);
      expect(updated).toMatchObject({ created_at: start / 1000, updated_at: start / 1000 + 5 });
    } finally {
      await sandbox.close();
    }
  });
});
