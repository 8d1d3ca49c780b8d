import { afterEach, describe, expect, it } from 'vitest';
import { IntercomApiError, NetworkError } from '../../src/errors.js';
import { errorList, inOrder, startScriptedServer, type ScriptedServer } from './support/scripted-server.js';
import { makeClient } from './support/test-client.js';
import { wireTicketType } from './support/wire-fixtures.js';

const list = { type: 'list', data: [wireTicketType()] };
let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('retrying reads and idempotent writes', () => {
  it('retries a GET through 500, 503 and 408 with growing backoff, then returns the data', async () => {
    server = await startScriptedServer(
      inOrder(
        { status: 500, json: errorList('server_error', 'boom') },
        { status: 503, json: errorList('service_unavailable', 'later') },
        { status: 408, json: errorList('request_timeout', 'slow') },
        { status: 200, json: list },
      ),
    );
    const { client, waits, events } = makeClient(server.url);
    const types = await client.listTicketTypes();
    expect(types.map((t) => t.name)).toEqual(['Bug report']);
    expect(server.requests).toHaveLength(4);
    // Zero jitter: half of 500 ms · 2^(n-1).
    expect(waits).toEqual([250, 500, 1000]);
    expect(client.stats).toEqual({ requests: 4, retries: 3, rateLimitWaits: 0 });
    expect(events.filter((e) => e.type === 'retry').map((e) => (e.type === 'retry' ? e.attempt : 0))).toEqual([1, 2, 3]);
  });

  it('keeps the backoff between half and all of each step when jitter is on', async () => {
    server = await startScriptedServer(
      inOrder(...Array.from({ length: 5 }, () => ({ status: 502, json: errorList('bad_gateway', 'x') })), { status: 200, json: list }),
    );
    const { client, waits } = makeClient(server.url, { random: () => 0.999 });
    await client.listTicketTypes();
    const steps = [500, 1000, 2000, 4000, 8000];
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual((steps[i] ?? 0) / 2);
      expect(wait).toBeLessThanOrEqual(steps[i] ?? 0);
    });
  });

  it('gives up after maxRetries with a typed error carrying status, code and request id', async () => {
    server = await startScriptedServer(() => ({ status: 500, json: errorList('server_error', 'down', 'req-42') }));
    const { client } = makeClient(server.url, { maxRetries: 2 });
    const error = await client.listTicketStates().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomApiError);
    expect(error).toMatchObject({ status: 500, code: 'server_error', requestId: 'req-42', method: 'GET', path: '/ticket_states' });
    expect(server.requests).toHaveLength(3);
  });

  it('retries a GET whose connection is dropped or whose body is cut off', async () => {
    server = await startScriptedServer(
      inOrder({ drop: true }, { truncate: { status: 200, json: list } }, { status: 200, json: list }),
    );
    const { client, events } = makeClient(server.url);
    await expect(client.listTicketTypes()).resolves.toHaveLength(1);
    expect(server.requests).toHaveLength(3);
    const reasons = events.flatMap((e) => (e.type === 'retry' ? [e.reason] : []));
    expect(reasons[1]).toMatch(/connection closed while reading the 200 answer/);
  });

  it('retries a GET that times out, and reports a NetworkError naming the host when it keeps timing out', async () => {
    server = await startScriptedServer(inOrder({ hang: true }, { status: 200, json: list }));
    const first = makeClient(server, { timeoutMs: 150 });
    await expect(first.client.listTicketTypes()).resolves.toHaveLength(1);
    expect(first.events.find((e) => e.type === 'retry')).toMatchObject({ reason: 'timeout after 150 ms' });

    await server.close();
    server = await startScriptedServer(() => ({ hang: true }));
    const second = makeClient(server, { timeoutMs: 100, maxRetries: 1 });
    const error = await second.client.listTicketTypes().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain(`127.0.0.1:${server.port}`);
    expect((error as Error).message).toContain('2 attempts');
    expect(server.requests).toHaveLength(2);
  });

  it('puts the deadline over the body too: a body that stops half-way is a timeout, not a hang', async () => {
    server = await startScriptedServer(inOrder({ stall: { status: 200, json: list } }, { status: 200, json: list }));
    const { client, events } = makeClient(server, { timeoutMs: 150 });
    await expect(client.listTicketTypes()).resolves.toHaveLength(1);
    expect(events.find((e) => e.type === 'retry')).toMatchObject({ reason: 'timeout after 150 ms' });
  });

  it('retries an HTML page (a 405 challenge) on GET, then fails with non_json_response', async () => {
    const html = { status: 405, text: '<html><body>Are you human?</body></html>' };
    server = await startScriptedServer(inOrder(html, { status: 200, json: list }));
    const { client } = makeClient(server.url);
    await expect(client.listTicketTypes()).resolves.toHaveLength(1);

    await server.close();
    server = await startScriptedServer(() => html);
    const again = makeClient(server.url, { maxRetries: 2 });
    const error = await again.client.listTicketTypes().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomApiError);
    expect(error).toMatchObject({ status: 405, code: 'non_json_response' });
    expect((error as IntercomApiError).hint).toMatch(/instead of JSON/);
    expect(server.requests).toHaveLength(3);
  });

  it('retries a PUT after a 5xx (repeating it leaves the same state)', async () => {
    server = await startScriptedServer(
      inOrder({ status: 502, text: 'Bad gateway' }, { status: 200, json: wireTicketType({ description: 'new' }) }),
    );
    const { client } = makeClient(server.url);
    const updated = await client.updateTicketType('67', { description: 'new' });
    expect(updated.description).toBe('new');
    expect(server.requests.map((r) => r.body)).toEqual(['{"description":"new"}', '{"description":"new"}']);
  });

  it('honours Retry-After on a 503 when it is longer than the backoff', async () => {
    server = await startScriptedServer(
      inOrder({ status: 503, json: errorList('service_unavailable', 'x'), headers: { 'retry-after': '7' } }, { status: 200, json: list }),
    );
    const { client, waits } = makeClient(server.url);
    await client.listTicketTypes();
    expect(waits).toEqual([7000]);
  });

  it('does not retry a client error such as 400 or 404', async () => {
    server = await startScriptedServer(() => ({ status: 404, json: errorList('not_found', 'Resource Not Found') }));
    const { client, waits } = makeClient(server.url);
    await expect(client.getTicketType('999')).rejects.toMatchObject({ status: 404, code: 'not_found', path: '/ticket_types/999' });
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('fails at once, without retrying, when the host name does not resolve', async () => {
    // The injected fetch fails the way Node's does, so the test needs no DNS.
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND api.intercom.invalid'), { code: 'ENOTFOUND' });
    const fetch = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: notFound });
    };
    const { client, waits } = makeClient('https://api.intercom.invalid', { fetch });
    const error = await client.listTicketTypes().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ hint: expect.stringMatching(/region or url/) });
    expect(waits).toEqual([]);
  });
});

describe('answers that keep breaking off', () => {
  it('end in a NetworkError that says the connection broke while reading', async () => {
    const list = { type: 'list', data: [] };
    const server_ = await startScriptedServer(() => ({ truncate: { status: 200, json: list } }));
    const { client } = makeClient(server_.url, { maxRetries: 1 });
    const error = await client.listTicketTypes().catch((e: unknown) => e);
    await server_.close();
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/broke while reading the 200 answer to GET \/ticket_types \(2 attempts\)/);
  });
});
