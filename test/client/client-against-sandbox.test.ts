/**
 * Every IntercomApi method against the embedded sandbox — the path users run — plus the
 * sandbox's own faults and rate limiting, with real sockets. Client and sandbox share a
 * test clock: retry backoffs and rate-limit windows pass without real waiting.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IntercomClient, type ClientEvent, type IntercomClientOptions } from '../../src/client/index.js';
import { UnknownOutcomeError } from '../../src/errors.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { TestClock } from '../helpers/clock.js';

const TOKEN = 'sandbox-token-7f3a9c';
let sandbox: RunningSandbox;
let events: ClientEvent[];
let clock: TestClock;

beforeEach(async () => {
  clock = new TestClock();
  sandbox = await startSandbox({ token: TOKEN, perPageMax: 5, clock });
  events = [];
});
afterEach(async () => {
  await sandbox.close();
});

function client(overrides: Partial<IntercomClientOptions> = {}): IntercomClient {
  return new IntercomClient({
    baseUrl: sandbox.url,
    token: TOKEN,
    apiVersion: '2.14',
    onEvent: (event) => events.push(event),
    now: clock.now,
    sleep: clock.sleep,
    ...overrides,
  });
}

describe('IntercomClient against the sandbox', () => {
  it('runs every IntercomApi method, with one request per call and no read after a write', async () => {
    const api = client();
    const [helpCenter] = await api.listHelpCenters();
    expect(helpCenter).toMatchObject({ id: '1', identifier: 'acme-help' });
    const states = await api.listTicketStates();
    expect(states.map((s) => s.category).sort()).toEqual(['in_progress', 'resolved', 'submitted', 'waiting_on_customer']);

    const type = await api.createTicketType({ name: 'Bug report', description: 'Broken', category: 'Customer', icon: '🐞' });
    expect(type).toMatchObject({ name: 'Bug report', description: 'Broken', category: 'Customer', archived: false });
    expect(type.attributes.map((a) => [a.name, a.default])).toEqual([['_default_title_', true], ['_default_description_', true]]);
    expect(type.states).toHaveLength(4);

    const severity = await api.createAttribute(type.id, {
      name: 'Severity',
      description: 'How bad',
      data_type: 'list',
      list_items: 'Low,Medium,High',
      required_to_create: true,
    });
    expect(severity).toMatchObject({ ticket_type_id: type.id, data_type: 'list', list_items: ['Low', 'Medium', 'High'], required_to_create: true });
    const steps = await api.createAttribute(type.id, { name: 'Steps', description: 'What happened', data_type: 'string', multiline: true });
    expect(steps.multiline).toBe(true);

    const renamed = await api.updateAttribute(type.id, severity.id, { list_items: 'Low,High', description: 'Impact' });
    expect(renamed).toMatchObject({ id: severity.id, list_items: ['Low', 'High'], description: 'Impact' });
    const archived = await api.updateTicketType(type.id, { archived: true, name: 'Bug' });
    expect(archived).toMatchObject({ id: type.id, name: 'Bug', archived: true });

    const listed = await api.listTicketTypes();
    expect(listed.find((t) => t.id === type.id)?.attributes.map((a) => a.name)).toEqual([
      '_default_title_',
      '_default_description_',
      'Severity',
      'Steps',
    ]);
    expect(await api.getTicketType(type.id)).toMatchObject({ name: 'Bug', archived: true });

    const parent = await api.createCollection({ name: 'Getting started', description: 'First steps', help_center_id: 1 });
    expect(parent).toMatchObject({ name: 'Getting started', parent_id: null, help_center_id: '1' });
    const child = await api.createCollection({ name: 'Install', parent_id: parent.id });
    expect(child.parent_id).toBe(parent.id);
    const moved = await api.updateCollection(child.id, { description: 'Setup', translated_content: { fr: { name: 'Installer', description: 'Mise en place' } } });
    expect(moved.translated_content?.fr).toEqual({ name: 'Installer', description: 'Mise en place' });
    expect(await api.getCollection(child.id)).toMatchObject({ id: child.id, description: 'Setup' });
    await api.deleteCollection(child.id);
    expect((await api.listCollections()).map((c) => c.id)).toEqual([parent.id]);

    expect(sandbox.requests.map((r) => r.status)).not.toContain(429);
    expect(api.stats.requests).toBe(sandbox.requests.length);
    expect(api.stats.retries).toBe(0);
  });

  it('follows every collection page when the sandbox caps per_page', async () => {
    const api = client();
    for (let i = 0; i < 12; i += 1) await api.createCollection({ name: `Collection ${i}` });
    sandbox.clearRequestLog();
    const collections = await api.listCollections();
    expect(collections).toHaveLength(12);
    expect(new Set(collections.map((c) => c.id)).size).toBe(12);
    const pages = sandbox.requests.map((r) => new URLSearchParams(r.query));
    // The first page asks for the most; the rest ask for what the sandbox honoured.
    expect(pages.map((q) => q.get('per_page'))).toEqual(['150', '5', '5']);
    expect(pages.map((q) => q.get('page')).sort()).toEqual(['1', '2', '3']);
  });

  it('retries reads and idempotent writes through 503s and a 405 HTML page', async () => {
    const api = client();
    const type = await api.createTicketType({ name: 'Question' });
    sandbox.injectFault({ method: 'GET', path: '/ticket_types', fault: { type: 'html-405' } });
    sandbox.injectFault({ method: 'PUT', fault: { status: 503 }, times: 2 });
    expect((await api.listTicketTypes()).map((t) => t.name)).toEqual(['Question']);
    expect(await api.updateTicketType(type.id, { description: 'Asked' })).toMatchObject({ description: 'Asked' });
    expect(api.stats.retries).toBe(3);
  });

  it('does not repeat a create whose answer was lost after the commit: exactly one object exists', async () => {
    const api = client();
    sandbox.injectFault({ method: 'POST', path: '/ticket_types', fault: { type: 'drop-after-commit' } });
    await expect(api.createTicketType({ name: 'Incident' })).rejects.toBeInstanceOf(UnknownOutcomeError);
    expect(sandbox.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect((await api.listTicketTypes()).filter((t) => t.name === 'Incident')).toHaveLength(1);
  });

  it('treats a DELETE whose first answer was lost as done', async () => {
    const api = client();
    const collection = await api.createCollection({ name: 'Old' });
    sandbox.injectFault({ method: 'DELETE', fault: { type: 'drop-after-commit' } });
    await expect(api.deleteCollection(collection.id)).resolves.toBeUndefined();
    expect(sandbox.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([0, 404]);
  });

  it('keeps every 429 away: the throttle waits for the window instead (limit 10 per second)', async () => {
    sandbox.setRateLimit({ limit: 10, windowMs: 1_000 });
    const api = client();
    const created = await Promise.all(Array.from({ length: 25 }, (_, i) => api.createCollection({ name: `C${i}` })));
    expect(created).toHaveLength(25);
    expect(sandbox.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(api.stats.rateLimitWaits).toBeGreaterThanOrEqual(2);
    expect(events.some((e) => e.type === 'rate-limited')).toBe(true);
  });

  it('rejects a wrong token with a typed 401', async () => {
    const api = new IntercomClient({ baseUrl: sandbox.url, token: 'wrong-token', apiVersion: '2.14' });
    await expect(api.listTicketTypes()).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
  });
});
