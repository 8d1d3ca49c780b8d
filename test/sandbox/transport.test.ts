import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/sandbox/index.js';
import { TestClock } from '../helpers/clock.js';
import { openSandbox, SandboxClient, UUID_PATTERN } from './support/sandbox-client.js';

describe('sandbox transport', () => {
  let sandbox: RunningSandbox;
  let api: SandboxClient;

  beforeAll(async () => {
    ({ sandbox, api } = await openSandbox({ rateLimit: { limit: 1000 } }));
  });
  afterAll(() => sandbox.close());

  it('answers a missing token with 401 error.list, a fresh request id and no rate-limit headers', async () => {
    const first = await api.get('/ticket_types', { token: null });
    const second = await api.get('/ticket_types', { token: null });
    expect(first.status).toBe(401);
    expect(first.body).toEqual({
      type: 'error.list',
      request_id: expect.stringMatching(UUID_PATTERN),
      errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
    });
    expect(second.body.request_id).not.toBe(first.body.request_id);
    expect(first.headers.get('x-ratelimit-limit')).toBeNull();
  });

  it('refuses a malformed Authorization header', async () => {
    const reply = await api.get('/ticket_types', { token: null, headers: { Authorization: 'Basic abc' } });
    expect(reply.status).toBe(401);
  });

  it('accepts any non-empty bearer token when none is configured', async () => {
    const reply = await api.get('/ticket_types', { token: 'whatever-you-like' });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ type: 'list', data: [] });
  });

  it('accepts every known Intercom-Version and defaults when it is absent', async () => {
    for (const version of ['2.9', '2.14', '2.16', 'Preview', 'Unstable']) {
      expect((await api.get('/ticket_types', { version })).status).toBe(200);
    }
    expect((await api.get('/ticket_types', { version: null })).status).toBe(200);
  });

  it('answers an unknown Intercom-Version with 400 intercom_version_invalid', async () => {
    const reply = await api.get('/ticket_types', { version: '3.7' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].code).toBe('intercom_version_invalid');
  });

  it('refuses endpoints older than the requested version (ticket states need 2.12)', async () => {
    const reply = await api.get('/ticket_states', { version: '2.11' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toEqual({
      code: 'intercom_version_invalid',
      message: 'Requested resource is not available in current API version.',
    });
  });

  it('answers malformed JSON with 400 parameter_invalid', async () => {
    const reply = await api.post('/ticket_types', undefined, { rawBody: '{"name": "Bug', headers: { 'Content-Type': 'application/json' } });
    expect(reply.status).toBe(400);
    expect(reply.body.type).toBe('error.list');
    expect(reply.body.errors[0].code).toBe('parameter_invalid');
  });

  it('answers a JSON body that is not an object with 400 parameter_invalid', async () => {
    const reply = await api.post('/help_center/collections', ['Getting started']);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].code).toBe('parameter_invalid');
  });

  it('answers unknown routes and unsupported methods with 404 not_found', async () => {
    const unknown = await api.get('/contacts');
    const noDelete = await api.delete('/ticket_types/1');
    const noAttributeList = await api.get('/ticket_types/1/attributes');
    for (const reply of [unknown, noDelete, noAttributeList]) {
      expect(reply.status).toBe(404);
      expect(reply.body.errors).toEqual([{ code: 'not_found', message: 'Resource Not Found' }]);
    }
  });

  it('answers 406 when Accept excludes JSON, and is lenient when Accept is absent', async () => {
    const html = await api.get('/ticket_types', { headers: { Accept: 'text/html' } });
    expect(html.status).toBe(406);
    const response = await fetch(`${sandbox.url}/ticket_types`, { headers: { Authorization: 'Bearer t' } });
    expect(response.status).toBe(200);
  });

  it('answers creates with 200, not 201', async () => {
    const reply = await api.post('/ticket_types', { name: 'Transport check' });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('sandbox token option', () => {
  it('accepts only the configured token', async () => {
    const { sandbox, api } = await openSandbox({ token: 'right-token' });
    try {
      expect((await api.get('/ticket_types')).status).toBe(200);
      const wrong = await api.get('/ticket_types', { token: 'wrong-token' });
      expect(wrong.status).toBe(401);
      expect(JSON.stringify(wrong.body)).not.toContain('right-token');
    } finally {
      await sandbox.close();
    }
  });
});

describe('sandbox latency knob', () => {
  it('delays answers by its clock, so a client gives up first, until the latency is set back to 0', async () => {
    const clock = new TestClock('manual');
    const { sandbox, api } = await openSandbox({ latencyMs: 2_000, clock });
    try {
      const gaveUp = new AbortController();
      const slow = fetch(`${sandbox.url}/ticket_types`, { headers: { Authorization: 'Bearer t' }, signal: gaveUp.signal });
      // Performed, then waiting out the latency on the sandbox's clock: the client gives up.
      await until(() => clock.sleeping === 1);
      gaveUp.abort();
      await expect(slow).rejects.toThrow(/abort/i);

      // The answer comes once the clock has moved by the latency.
      const delayed = api.get('/ticket_types');
      await until(() => clock.sleeping === 2);
      clock.advance(1_999);
      expect(clock.sleeping).toBe(2);
      clock.advance(1);
      expect((await delayed).status).toBe(200);

      sandbox.setLatency(0);
      expect((await api.get('/ticket_types')).status).toBe(200);
      expect(sandbox.requests.map((r) => r.path)).toEqual(['/ticket_types', '/ticket_types', '/ticket_types']);
    } finally {
      await sandbox.close();
    }
  });
});

/** Waits for a condition that the sandbox reaches on its own turn of the event loop. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
