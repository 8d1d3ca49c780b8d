/**
 * Reads at network speed: every listing a plan needs, then every later page, goes out at
 * once — within the rate-limit budget the answers report, and never held back by the write
 * concurrency. The scripted server holds its answers, so "all of them were in flight
 * before the first was answered" is checked by counting, not by timing. (A client that
 * sent fewer than a step waits for would leave the test waiting until vitest's timeout.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fetchLiveState } from '../../src/live/live-state.js';
import { LIVE_FAMILY_NAMES } from '../../src/resources/live-families.js';
import { HeldAnswers } from './support/held-answers.js';
import { errorList, startScriptedServer, type RecordedRequest, type Reply, type ScriptedServer } from './support/scripted-server.js';
import type { ClientEvent } from '../../src/client/index.js';
import { makeClient } from './support/test-client.js';
import { wireCollection } from './support/wire-fixtures.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const WINDOW_MS = 10_000;

const collections = (count: number) => Array.from({ length: count }, (_, i) => wireCollection({ id: String(1000 + i), name: `C${i}` }));
const articles = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ type: 'article', id: String(5000 + i), title: `A${i}`, state: 'published', author_id: 1, parent_id: null }));

function query(request: RecordedRequest): { path: string; page: number; perPage: number | undefined } {
  const url = new URL(request.url, 'http://x');
  const perPage = url.searchParams.get('per_page');
  return { path: url.pathname, page: Number(url.searchParams.get('page') ?? '1'), perPage: perPage === null ? undefined : Number(perPage) };
}

/** One page of `all`, honouring at most `cap` per page, as Intercom's paged lists answer. */
function page(all: unknown[], request: RecordedRequest, cap: number): unknown {
  const { page: number, perPage } = query(request);
  const size = Math.min(cap, perPage ?? 20);
  const data = all.slice((number - 1) * size, number * size);
  return { type: 'list', data, total_count: all.length, pages: { type: 'pages', page: number, per_page: size, total_pages: Math.ceil(all.length / size) } };
}

/**
 * A workspace with every listing a plan reads, `limit` calls per 10-second window over the
 * test's clock (X-RateLimit-* on every answer, 429 beyond), pages of at most `cap`.
 */
function workspace(options: {
  collections: number;
  articles: number;
  cap: number;
  limit: number;
  clock: { now: number };
  hold: (request: RecordedRequest) => boolean;
  gate: HeldAnswers;
  onArrival?: () => void;
}) {
  const content = { collections: collections(options.collections), articles: articles(options.articles) };
  const perWindow = new Map<number, number>();
  const stats = { refused: 0 };
  const handler = async (request: RecordedRequest): Promise<Reply> => {
    options.onArrival?.();
    const start = Math.floor(options.clock.now / WINDOW_MS) * WINDOW_MS;
    const used = (perWindow.get(start) ?? 0) + 1;
    perWindow.set(start, used);
    const headers = {
      'x-ratelimit-limit': String(options.limit),
      'x-ratelimit-remaining': String(Math.max(0, options.limit - used)),
      'x-ratelimit-reset': String((start + WINDOW_MS) / 1000),
    };
    if (used > options.limit) {
      stats.refused += 1;
      return { status: 429, json: errorList('rate_limit_exceeded', `Exceeded rate limit of ${options.limit} in 10_seconds`), headers };
    }
    const held = options.hold(request);
    if (held) await options.gate.arrive();
    try {
      return { status: 200, json: answer(request), headers };
    } finally {
      if (held) options.gate.answered();
    }
  };
  const answer = (request: RecordedRequest): unknown => {
    switch (query(request).path) {
      case '/help_center/collections':
        return page(content.collections, request, options.cap);
      case '/articles':
        return page(content.articles, request, options.cap);
      case '/help_center/help_centers':
        return { type: 'list', data: [{ id: '7', identifier: 'acme-help', display_name: 'Acme Help', default: true }] };
      case '/admins':
        return { type: 'admin.list', admins: [{ type: 'admin', id: '1', name: 'Ada', email: 'ada@example.com' }] };
      default: // ticket types, ticket states, data attributes of each model
        return { type: 'list', data: [] };
    }
  };
  return { handler, stats, perWindow };
}

describe('reads at network speed', () => {
  it('sends every listing of a plan at once, then every later page of every listing at once: two round trips', { timeout: 15_000 }, async () => {
    const gate = new HeldAnswers();
    const clock = { now: Date.UTC(2030, 0, 1, 12, 0, 0) };
    // 29 collection pages and 10 article pages of 10.
    const ws = workspace({ collections: 290, articles: 95, cap: 10, limit: 1_000, clock, hold: () => true, gate });
    server = await startScriptedServer(ws.handler);
    // A write concurrency of 2 must not hold the reads back.
    const { client } = makeClient(server.url, { concurrency: 2, now: () => clock.now });
    const families = Object.fromEntries(LIVE_FAMILY_NAMES.map((family) => [family, true])) as Parameters<typeof fetchLiveState>[1];
    const reading = fetchLiveState(client, families);

    // Round 1: one listing per family, all in flight, none answered.
    await gate.heldAtLeast(LIVE_FAMILY_NAMES.length);
    const first = server.requests.map(query);
    expect(first).toHaveLength(9);
    expect(first.every((r) => r.page === 1)).toBe(true);
    gate.releaseAll();

    // Round 2: pages 2–29 of the collections and 2–10 of the articles, all in flight.
    await gate.heldAtLeast(28 + 9);
    const later = server.requests.slice(9).map(query);
    expect(later).toHaveLength(37);
    expect(later.every((r) => r.page >= 2)).toBe(true);
    gate.stopHolding();

    const live = await reading;
    expect(live.collections).toHaveLength(290);
    expect(live.articles).toHaveLength(95);
    // Nothing else was needed: no third round trip, no request sent twice.
    expect(server.requests).toHaveLength(46);
    expect(gate.peak).toBe(37);
    expect(ws.stats.refused).toBe(0);
  });

  it('keeps reads within the budget X-RateLimit-Remaining reports: K left means K in flight, the rest wait for the window', { timeout: 15_000 }, async () => {
    const gate = new HeldAnswers();
    const clock = { now: Date.UTC(2030, 0, 1, 12, 0, 0) };
    const waits: number[] = [];
    // A pause lasts until the window resets, and whatever was sent before it reaches the
    // server long before: the fake clock moves only once every request started has arrived.
    let started = 0;
    let arrived = 0;
    let landing: (() => void) | undefined;
    const allLanded = () =>
      arrived >= started ? Promise.resolve() : new Promise<void>((resolve) => (landing = resolve));
    let pausing: () => void = () => undefined;
    const paused = new Promise<void>((resolve) => (pausing = resolve));
    let resume: () => void = () => undefined;
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    // Limit 6: the first page leaves 5. 21 pages of 10.
    const ws = workspace({
      collections: 205,
      articles: 0,
      cap: 10,
      limit: 6,
      clock,
      hold: (r) => query(r).page > 1,
      gate,
      onArrival: () => {
        arrived += 1;
        if (arrived >= started) landing?.();
      },
    });
    server = await startScriptedServer(ws.handler);
    const events: ClientEvent[] = [];
    const { client } = makeClient(server.url, {
      now: () => clock.now,
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'request') started += 1;
      },
      sleep: async (ms) => {
        waits.push(ms);
        pausing();
        await resumed;
        await allLanded();
        clock.now += ms;
      },
    });
    const listing = client.listCollections();

    await paused;
    await gate.heldAtLeast(5);
    // Five reads went out, and the client waits for the window rather than send a sixth.
    expect(gate.held).toBe(5);
    expect(server.requests).toHaveLength(6);
    expect(events.filter((e) => e.type === 'rate-limited')).toEqual([expect.objectContaining({ remaining: 0 })]);

    gate.stopHolding();
    resume();
    expect(await listing).toHaveLength(205);
    // Window after window, never more than the limit: no 429, and never more than 6 in flight.
    expect(ws.stats.refused).toBe(0);
    expect([...ws.perWindow.values()].every((count) => count <= 6)).toBe(true);
    expect(gate.peak).toBeLessThanOrEqual(6);
    expect(waits.length).toBeGreaterThanOrEqual(3);
  });

  it('asks for the largest page first, then for the size the first answer honoured — in this listing and the next', async () => {
    const all = collections(30);
    server = await startScriptedServer((request) => ({ status: 200, json: page(all, request, 7) }));
    const { client } = makeClient(server.url);

    expect(await client.listCollections()).toHaveLength(30);
    const asked = server.requests.map(query);
    expect(asked.map((r) => r.perPage)).toEqual([150, 7, 7, 7, 7]);
    expect(asked.map((r) => r.page).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);

    server.requests.length = 0;
    expect(await client.listCollections()).toHaveLength(30);
    expect(server.requests.map((r) => query(r).perPage)).toEqual([7, 7, 7, 7, 7]);
  });
});
