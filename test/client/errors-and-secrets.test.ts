import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/version.js';
import { IntercomApiError } from '../../src/errors.js';
import { IntercomClient, redact } from '../../src/client/index.js';
import { errorList, inOrder, startScriptedServer, type Reply, type ScriptedServer } from './support/scripted-server.js';
import { makeClient, TOKEN } from './support/test-client.js';
import { wireTicketType } from './support/wire-fixtures.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('requests', () => {
  it('carry the bearer token, Intercom-Version, Accept and User-Agent; bodies carry Content-Type', async () => {
    server = await startScriptedServer(() => ({ status: 200, json: wireTicketType() }));
    const { client } = makeClient(server.url);
    await client.getTicketType('67');
    await client.updateTicketType('67', { archived: true });
    const [get, put] = server.requests;
    expect(get?.headers).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      'intercom-version': '2.14',
      accept: 'application/json',
      'user-agent': `intercom-config/${TOOL_VERSION}`,
    });
    expect(get?.headers['content-type']).toBeUndefined();
    expect(put?.headers['content-type']).toBe('application/json');
    expect(put?.body).toBe('{"archived":true}');
  });

  it('keep a path prefix of the base URL and escape ids', async () => {
    server = await startScriptedServer(() => ({ status: 200, json: wireTicketType() }));
    const { client } = makeClient(`${server.url}/proxy/intercom/`);
    await client.getTicketType('6/7');
    expect(server.requests[0]?.url).toBe('/proxy/intercom/ticket_types/6%2F7');
  });
});

describe('Intercom errors', () => {
  it('401 becomes an IntercomApiError with the request id and a token/region hint', async () => {
    server = await startScriptedServer(inOrder({ status: 401, json: errorList('unauthorized', 'Access Token Invalid', 'b3c1-77') }));
    const error = (await makeClient(server.url).client.listTicketTypes().catch((e: unknown) => e)) as IntercomApiError;
    expect(error).toBeInstanceOf(IntercomApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized', requestId: 'b3c1-77', method: 'GET', path: '/ticket_types' });
    expect(error.message).toBe('Intercom refused GET /ticket_types: 401 unauthorized: Access Token Invalid (request id b3c1-77)');
    expect(error.hint).toMatch(/token.*region/);
    expect(server.requests).toHaveLength(1);
  });

  it('403 api_plan_restricted says the plan lacks the feature', async () => {
    server = await startScriptedServer(inOrder({ status: 403, json: errorList('api_plan_restricted', 'Active subscription needed.') }));
    const error = (await makeClient(server.url).client.listHelpCenters().catch((e: unknown) => e)) as IntercomApiError;
    expect(error.code).toBe('api_plan_restricted');
    expect(error.hint).toMatch(/plan/);
  });

  it('falls back to the X-Request-Id header and to http_<status> for bodies that are not error lists', async () => {
    server = await startScriptedServer(inOrder({ status: 422, json: { message: 'nope' }, headers: { 'x-request-id': 'hdr-1' } }));
    const error = (await makeClient(server.url).client.createCollection({ name: 'x' }).catch((e: unknown) => e)) as IntercomApiError;
    expect(error).toMatchObject({ status: 422, code: 'http_422', requestId: 'hdr-1' });
    expect(error.message).toContain('nope');
  });
});

describe('the token never leaks', () => {
  const spellings = [TOKEN, encodeURIComponent(TOKEN), TOKEN.split(':')[0] ?? TOKEN];

  it('redact() removes the token, its Bearer form and its URL-encoded form', () => {
    const text = `Authorization: Bearer ${TOKEN}; url ?t=${encodeURIComponent(TOKEN)}; raw ${TOKEN}`;
    expect(redact(text, TOKEN)).toBe('Authorization: [REDACTED]; url ?t=[REDACTED]; raw [REDACTED]');
    expect(redact('nothing here', '')).toBe('nothing here');
  });

  it('appears in no error, cause, event or client dump across every failure path', async () => {
    // A hostile server echoes the Authorization header back in every text it sends.
    const echo = (request: { headers: Record<string, unknown> }) => String(request.headers.authorization);
    const scenarios: { name: string; replies: (auth: string) => Reply[]; run: (c: ReturnType<typeof makeClient>['client']) => Promise<unknown> }[] = [
      { name: '401', replies: (a) => [{ status: 401, json: errorList('unauthorized', `bad ${a}`, a) }], run: (c) => c.listTicketTypes() },
      { name: '500s', replies: (a) => Array(3).fill({ status: 500, json: errorList(`code ${a}`, a) }), run: (c) => c.listTicketStates() },
      { name: 'html', replies: (a) => Array(3).fill({ status: 405, text: `<p>${a}</p>` }), run: (c) => c.listHelpCenters() },
      { name: 'post 502', replies: (a) => [{ status: 502, json: errorList('bad_gateway', a, a) }], run: (c) => c.createTicketType({ name: 'x' }) },
      { name: 'post timeout', replies: () => [{ hang: true }], run: (c) => c.createAttribute('1', { name: 'x' }) },
      { name: 'drop', replies: () => Array(3).fill({ drop: true }), run: (c) => c.getCollection('1') },
      { name: '429', replies: (a) => Array(3).fill({ status: 429, json: errorList('rate_limit_exceeded', a, a), headers: { 'x-request-id': a } }), run: (c) => c.deleteCollection('1') },
      { name: 'bad shape', replies: (a) => [{ status: 200, json: { type: 'list', data: [{ id: a }] }, headers: { 'x-request-id': a } }], run: (c) => c.listCollections() },
    ];
    const dumps: string[] = [];
    for (const scenario of scenarios) {
      server = await startScriptedServer((request, index) => scenario.replies(echo(request))[index] ?? { status: 500, text: '' });
      const made = makeClient(server, { timeoutMs: 100, maxRetries: 2, maxRateLimitRetries: 2 });
      const error = await scenario.run(made.client).then(
        () => new Error(`${scenario.name}: expected a failure`),
        (e: unknown) => e,
      );
      expect(error, scenario.name).toBeInstanceOf(Error);
      dumps.push(inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error), String((error as Error).stack));
      dumps.push(JSON.stringify(made.events), inspect(made.client, { depth: 10, showHidden: true }));
      await server.close();
      server = undefined;
    }
    // The echo did reach the texts (so the check below is not vacuous) — in redacted form.
    expect(dumps.join('\n')).toContain('[REDACTED]');
    for (const spelling of spellings) expect(dumps.join('\n')).not.toContain(spelling);
  });
});

describe('client options', () => {
  it('refuses plain http to a non-loopback host, credentials in the URL and unusable tokens — without echoing them', () => {
    const make = (baseUrl: string, token = TOKEN) => () => new IntercomClient({ baseUrl, token, apiVersion: '2.14' });
    expect(make('http://api.intercom.io')).toThrow(/https/);
    expect(make('ftp://127.0.0.1')).toThrow(/https/);
    expect(make('https://user:hunter2@api.intercom.io')).toThrow(/credentials/);
    expect(make('https://user:hunter2@api.intercom.io')).not.toThrow(/hunter2/);
    expect(make('not a url')).toThrow(/not a valid URL/);
    expect(make('https://api.intercom.io', `${TOKEN}\n`)).toThrow(/line breaks/);
    expect(make('https://api.intercom.io', `${TOKEN}\n`)).not.toThrow(TOKEN);
    expect(make('https://api.intercom.io', '')).toThrow(/empty/);
    for (const loopback of ['http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010']) {
      expect(make(loopback)).not.toThrow();
    }
  });
});
