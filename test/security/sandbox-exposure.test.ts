/**
 * Issue 12, item 12: the sandbox is a local server holding a workspace, so a web page (via
 * the browser, or DNS rebinding) must not drive it, its admin routes need a token, a fault
 * rule cannot freeze it with a catastrophic regex, listening beyond loopback is announced
 * loudly, and its token can come from the environment instead of the command line
 * (sandbox-exposure.process.test.ts, with the real CLI).
 */
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { SandboxClient } from '../sandbox/support/sandbox-client.js';

const EXPOSURE_TOKEN = 'exposure-test-token';

/** A raw HTTP request, so that Host, Origin and Sec-Fetch-* are exactly what a browser would send. */
function raw(url: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('browsers cannot drive the sandbox', () => {
  let sandbox: RunningSandbox;
  let host: string;
  beforeEach(async () => {
    sandbox = await startSandbox();
    host = new URL(sandbox.url).host;
  });
  afterEach(async () => {
    await sandbox.close();
  });

  const auth = { Authorization: 'Bearer any-token', Accept: 'application/json', 'Content-Type': 'text/plain' };

  test('a cross-site POST from a page (Origin header) is refused: nothing created, nothing logged', async () => {
    const reply = await raw(sandbox.url, 'POST', '/ticket_types', { ...auth, Host: host, Origin: 'https://evil.example' }, '{"name":"Pwned"}');
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ type: 'error.list', errors: [{ code: 'forbidden' }] });
    expect(sandbox.snapshot().ticket_types).toEqual([]);
    expect(sandbox.requests).toEqual([]);
  });

  test('a navigation or image request from another site (Sec-Fetch-Site: cross-site) is refused', async () => {
    const reply = await raw(sandbox.url, 'GET', '/__sandbox/state', { ...auth, Host: host, 'Sec-Fetch-Site': 'cross-site' });
    expect(reply.status).toBe(403);
  });

  test('DNS rebinding: a request addressed to another host name is refused on a loopback sandbox', async () => {
    const port = new URL(sandbox.url).port;
    expect((await raw(sandbox.url, 'GET', '/ticket_types', { ...auth, Host: `rebound.example:${port}` })).status).toBe(403);
    expect((await raw(sandbox.url, 'GET', '/ticket_types', { ...auth, Host: `localhost:${port}` })).status).toBe(200);
    expect((await raw(sandbox.url, 'GET', '/ticket_types', { ...auth, Host: host })).status).toBe(200);
  });

  test('admin routes need a bearer token even when the sandbox accepts any', async () => {
    expect((await raw(sandbox.url, 'GET', '/__sandbox/state', { Host: host })).status).toBe(401);
    expect((await raw(sandbox.url, 'DELETE', '/__sandbox/requests', { Host: host })).status).toBe(401);
    expect((await raw(sandbox.url, 'GET', '/__sandbox/state', { Host: host, Authorization: 'Bearer x' })).status).toBe(200);
  });
});

describe('fault rules sent over HTTP', () => {
  let sandbox: RunningSandbox;
  let api: SandboxClient;
  beforeEach(async () => {
    sandbox = await startSandbox({ token: EXPOSURE_TOKEN });
    api = new SandboxClient(sandbox.url, EXPOSURE_TOKEN);
  });
  afterEach(async () => {
    await sandbox.close();
  });

  test.each(['(a+)+$', '(\\w|\\d)*x', '((ab)+)+', 'a*b*c*d*', '(x)\\1', `^/${'a'.repeat(300)}`])('%s is refused: it could freeze the sandbox', async (pattern) => {
    const reply = await api.post('/__sandbox/faults', { path: pattern, pathRegex: true, fault: { status: 503 } });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatch(/^Path regex refused: /);
  });

  test('an ordinary path regex works, and a crafted long path is not even tested against it', async () => {
    const ok = await api.post('/__sandbox/faults', { path: '^/ticket_types/\\d+/attributes$', pathRegex: true, times: 5, fault: { status: 503 } });
    expect(ok.status).toBe(200);
    const created = await api.post('/ticket_types', { name: 'Bug' });
    expect((await api.post(`/ticket_types/${created.body.id}/attributes`, { name: 'A', data_type: 'string', description: 'x' })).status).toBe(503);
    expect((await api.get(`/ticket_types/${'1'.repeat(5000)}/attributes`)).status).toBe(404);
  });
});

describe('exposure beyond loopback', () => {
  test('listening on 0.0.0.0 comes with a loud warning', async () => {
    const open = await startSandbox({ host: '0.0.0.0' });
    const guarded = await startSandbox({ host: '0.0.0.0', token: EXPOSURE_TOKEN });
    const local = await startSandbox();
    try {
      expect(open.warnings).toEqual([
        'The sandbox listens on 0.0.0.0, so other machines can reach it: anyone who can connect can read and change this workspace with any token. ' +
          'Set --token (or INTERCOM_SANDBOX_TOKEN) to require one. Keep the default 127.0.0.1 unless other machines must reach it.',
      ]);
      expect(guarded.warnings[0]).toContain('anyone who can connect can read and change this workspace.');
      expect(local.warnings).toEqual([]);
    } finally {
      await Promise.all([open.close(), guarded.close(), local.close()]);
    }
  });
});
