import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { IntercomApiError, UnknownOutcomeError } from '../../src/errors.js';
import { errorList, inOrder, startScriptedServer, type ScriptedServer } from './support/scripted-server.js';
import { makeClient } from './support/test-client.js';
import { wireCollection, wireTicketType } from './support/wire-fixtures.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const created = { status: 200, json: wireTicketType({ id: '70', name: 'Feature request' }) };

describe('a POST whose outcome is unknown is never sent twice', () => {
  const unknownCases = [
    { name: 'a timeout', reply: { hang: true as const } },
    { name: 'a connection dropped after sending', reply: { drop: true as const } },
    { name: 'an answer cut off half-way', reply: { truncate: { status: 200, json: created.json } } },
    { name: 'a 500', reply: { status: 500, json: errorList('server_error', 'oops', 'req-500') } },
    { name: 'a 503 page from a proxy', reply: { status: 503, text: '<h1>Service Unavailable</h1>' } },
    { name: 'a 408', reply: { status: 408, json: errorList('request_timeout', 'slow') } },
    { name: 'a 200 that is not JSON', reply: { status: 200, text: '<html>ok</html>' } },
  ];

  for (const { name, reply } of unknownCases) {
    it(`after ${name}: throws UnknownOutcomeError and sends it once`, async () => {
      server = await startScriptedServer(inOrder(reply, created));
      const { client, waits } = makeClient(server, { timeoutMs: 150 });
      const error = await client.createTicketType({ name: 'Feature request' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownOutcomeError);
      expect(error).toMatchObject({ method: 'POST', path: '/ticket_types' });
      expect((error as UnknownOutcomeError).hint).toMatch(/plan again/);
      expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect(waits).toEqual([]);
    });
  }

  it('keeps the request id of a 5xx in the cause', async () => {
    server = await startScriptedServer(inOrder({ status: 502, json: errorList('bad_gateway', 'upstream', 'req-502') }));
    const error = (await client().createCollection({ name: 'X' }).catch((e: unknown) => e)) as UnknownOutcomeError;
    expect(error.cause).toBeInstanceOf(IntercomApiError);
    expect(error.cause).toMatchObject({ status: 502, requestId: 'req-502' });
  });

  it('resends a POST refused with 429, after the window resets', async () => {
    server = await startScriptedServer((_request, index) => {
      const reset = Math.floor(clock.now / 1000) + 3;
      return index === 0
        ? { status: 429, json: errorList('rate_limit_exceeded', 'Exceeded rate limit of 167 in 10_seconds'), headers: rateHeaders(0, reset) }
        : created;
    });
    const { client: c, waits, clock: testClock } = makeClient(server.url);
    clock = testClock;
    const type = await c.createTicketType({ name: 'Feature request' });
    expect(type.id).toBe('70');
    expect(server.requests).toHaveLength(2);
    // The fake clock starts on a whole second: the reset is 3 s away, plus the 250 ms margin.
    expect(waits).toEqual([3250]);
  });

  it('resends a POST whose connection was refused before anything was sent', async () => {
    const port = await freePort();
    const { client: c, events } = makeClient(`http://127.0.0.1:${port}`, {
      // The first wait starts the server on that port, so the second attempt gets through.
      sleep: async () => {
        server ??= await startScriptedServer(inOrder(created), port);
      },
    });
    const type = await c.createTicketType({ name: 'Feature request' });
    expect(type.name).toBe('Feature request');
    expect(events.find((e) => e.type === 'retry')).toMatchObject({ reason: expect.stringMatching(/^ECONNREFUSED/) });
    expect(server?.requests).toHaveLength(1);
  });

  it('resends a POST refused by a 405 edge page after a backoff: nothing was written', async () => {
    server = await startScriptedServer(inOrder({ status: 405, text: '<html><body>Are you human?</body></html>' }, created));
    const { client: c, waits } = makeClient(server.url);
    const type = await c.createTicketType({ name: 'Feature request' });
    expect(type.id).toBe('70');
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(waits).toEqual([250]);
  });

  it('does not resend a POST that Intercom rejected with a 400', async () => {
    server = await startScriptedServer(inOrder({ status: 400, json: errorList('parameter_not_found', 'Name is a required parameter.') }));
    const error = await client().createCollection({ description: 'no name' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: 'parameter_not_found', message: expect.stringContaining('Name is a required parameter.') });
    expect(server.requests).toHaveLength(1);
  });
});

describe('DELETE', () => {
  it('counts a 404 on a retry after an unanswered attempt as deleted', async () => {
    server = await startScriptedServer(inOrder({ hang: true }, { status: 404, json: errorList('not_found', 'Resource Not Found') }));
    const { client: c } = makeClient(server, { timeoutMs: 150 });
    await expect(c.deleteCollection('159')).resolves.toBeUndefined();
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['DELETE /help_center/collections/159', 'DELETE /help_center/collections/159']);
  });

  it('counts a 404 after a 5xx as deleted too (the server may have committed first)', async () => {
    server = await startScriptedServer(inOrder({ status: 500, json: errorList('server_error', 'x') }, { status: 404, json: errorList('not_found', 'gone') }));
    await expect(client().deleteCollection('159')).resolves.toBeUndefined();
  });

  it('reports a 404 on the first attempt as not found', async () => {
    server = await startScriptedServer(inOrder({ status: 404, json: errorList('not_found', 'Resource Not Found', 'req-404') }));
    await expect(client().deleteCollection('159')).rejects.toMatchObject({ status: 404, code: 'not_found', requestId: 'req-404' });
  });

  it('reports a 404 after a 429 as not found (the 429 attempt was certainly not performed)', async () => {
    server = await startScriptedServer(
      inOrder({ status: 429, json: errorList('rate_limit_exceeded', 'x') }, { status: 404, json: errorList('not_found', 'Resource Not Found') }),
    );
    await expect(client().deleteCollection('159')).rejects.toMatchObject({ status: 404 });
  });

  it('accepts the documented deleted body', async () => {
    server = await startScriptedServer(inOrder({ status: 200, json: { id: '159', object: 'collection', deleted: true } }));
    await expect(client().deleteCollection('159')).resolves.toBeUndefined();
    expect(server.requests[0]?.method).toBe('DELETE');
  });
});

describe('writes return the object from their own answer', () => {
  it('sends exactly one request per write, with the body as given', async () => {
    server = await startScriptedServer(inOrder({ status: 200, json: wireCollection({ id: 300, name: 'New', parent_id: 159 }) }));
    const collection = await client().createCollection({ name: 'New', parent_id: '159' });
    expect(collection).toMatchObject({ id: '300', name: 'New', parent_id: '159' });
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ name: 'New', parent_id: '159' });
  });
});

let clock = { now: 0 };

function client() {
  if (!server) throw new Error('start the server first');
  return makeClient(server.url, { timeoutMs: 150 }).client;
}

function rateHeaders(remaining: number, reset: number): Record<string, string> {
  return { 'x-ratelimit-limit': '167', 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(reset) };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}
