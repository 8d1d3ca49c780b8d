import { afterEach, describe, expect, it } from 'vitest';
import { IntercomApiError } from '../../src/errors.js';
import { errorList, startScriptedServer, type Reply, type ScriptedServer } from './support/scripted-server.js';
import { makeClient } from './support/test-client.js';
import { wireCollection } from './support/wire-fixtures.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const WINDOW_MS = 10_000;

/**
 * Intercom's limiter over the test's fake clock: `limit` calls per fixed 10-second window,
 * X-RateLimit-* on every answer, 429 beyond the limit. Tracks how many run at once.
 */
function limiter(limit: number, clock: { now: number }, delayMs = 0) {
  const perWindow = new Map<number, number>();
  const stats = { refused: 0, maxInFlight: 0, inFlight: 0 };
  const handle = async (): Promise<Reply> => {
    const start = Math.floor(clock.now / WINDOW_MS) * WINDOW_MS;
    const used = (perWindow.get(start) ?? 0) + 1;
    perWindow.set(start, used);
    const headers = {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-reset': String((start + WINDOW_MS) / 1000),
    };
    if (used > limit) {
      stats.refused += 1;
      return { status: 429, json: errorList('rate_limit_exceeded', `Exceeded rate limit of ${limit} in 10_seconds`), headers };
    }
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    stats.inFlight -= 1;
    return { status: 200, json: wireCollection({ id: String(used) }), headers };
  };
  return { handle, perWindow, stats };
}

describe('proactive throttling', () => {
  it('holds requests when the window is used up, so no 429 comes back (concurrency 4, limit 10)', async () => {
    const clockRef = { now: 0 };
    const limit = limiter(10, clockRef, 5);
    server = await startScriptedServer(limit.handle);
    const { client, clock, events } = makeClient(server.url, { concurrency: 4 });
    Object.defineProperty(clockRef, 'now', { get: () => clock.now });

    const writes = Array.from({ length: 50 }, (_, i) => client.createCollection({ name: `C${i}` }));
    await expect(Promise.all(writes)).resolves.toHaveLength(50);

    expect(limit.stats.refused).toBe(0);
    const windows = [...limit.perWindow.values()];
    expect(windows.every((count) => count <= 10)).toBe(true);
    // Requests in flight are counted as spent, so a window may end up to concurrency − 1
    // calls short of the limit — never more.
    expect(windows.slice(0, -1).every((count) => count >= 10 - 3)).toBe(true);
    // One pause per window boundary, each announced once.
    expect(client.stats).toEqual({ requests: 50, retries: 0, rateLimitWaits: windows.length - 1 });
    expect(events.filter((e) => e.type === 'rate-limited')).toHaveLength(windows.length - 1);
    expect(limit.stats.maxInFlight).toBeGreaterThan(1);
  });

  it('runs at full concurrency and never waits while under the limit', async () => {
    const clockRef = { now: 0 };
    const limit = limiter(1_000, clockRef, 20);
    server = await startScriptedServer(limit.handle);
    const { client, clock, waits } = makeClient(server.url, { concurrency: 8 });
    Object.defineProperty(clockRef, 'now', { get: () => clock.now });

    await Promise.all(Array.from({ length: 40 }, (_, i) => client.createCollection({ name: `C${i}` })));
    expect(waits).toEqual([]);
    expect(limit.stats.maxInFlight).toBe(8);
  });

  it('counts requests still in flight, not just the last Remaining it saw', async () => {
    // Limit 6 and 6 in flight: answers say "remaining 5, 4, …" while the others are
    // already on their way; trusting Remaining alone would send a 7th into a 429.
    const clockRef = { now: 0 };
    const limit = limiter(6, clockRef, 15);
    server = await startScriptedServer(limit.handle);
    const { client, clock } = makeClient(server.url, { concurrency: 6 });
    Object.defineProperty(clockRef, 'now', { get: () => clock.now });

    await Promise.all(Array.from({ length: 30 }, (_, i) => client.createCollection({ name: `C${i}` })));
    expect(limit.stats.refused).toBe(0);
  });
});

describe('429 answers', () => {
  it('waits until X-RateLimit-Reset plus a margin, once for all requests refused together', async () => {
    let clock = { now: 0 };
    let arrived = 0;
    let release: () => void = () => undefined;
    const allArrived = new Promise<void>((resolve) => (release = resolve));
    server = await startScriptedServer(async (_request, index) => {
      if (index >= 4) return { status: 200, json: wireCollection() };
      arrived += 1;
      if (arrived === 4) release();
      await allArrived;
      const reset = Math.floor(clock.now / 1000) + 4;
      return { status: 429, json: errorList('rate_limit_exceeded', 'x'), headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } };
    });
    const waits: number[] = [];
    const made = makeClient(server.url, {
      concurrency: 4,
      // The pause lasts until the other refusals have arrived during it.
      sleep: async (ms) => {
        waits.push(ms);
        while (made.events.filter((e) => e.type === 'retry').length < 4) await new Promise((resolve) => setImmediate(resolve));
        made.clock.now += ms;
      },
    });
    clock = made.clock;
    const start = clock.now;

    await Promise.all(Array.from({ length: 4 }, () => made.client.getCollection('159')));
    expect(waits).toEqual([4250]);
    expect(made.events.filter((e) => e.type === 'rate-limited')).toEqual([
      { type: 'rate-limited', waitMs: 4250, remaining: 0, resetAt: start / 1000 + 4 },
    ]);
    expect(made.events.filter((e) => e.type === 'retry')).toHaveLength(4);
    expect(server.requests).toHaveLength(8);
  });

  it('waits at least a second when the reset it names has already passed (clock skew)', async () => {
    let clock = { now: 0 };
    let calls = 0;
    server = await startScriptedServer(() => {
      calls += 1;
      const past = Math.floor(clock.now / 1000) - 5;
      return calls === 1
        ? { status: 429, json: errorList('rate_limit_exceeded', 'x'), headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(past) } }
        : { status: 200, json: wireCollection() };
    });
    const made = makeClient(server.url);
    clock = made.clock;
    await made.client.getCollection('159');
    expect(made.waits).toEqual([1000]);
  });

  it('backs off exponentially when a 429 carries no rate-limit headers', async () => {
    let calls = 0;
    server = await startScriptedServer(() => {
      calls += 1;
      return calls <= 3 ? { status: 429, json: errorList('rate_limit_exceeded', 'x') } : { status: 200, json: wireCollection() };
    });
    const { client, waits } = makeClient(server.url);
    await client.getCollection('159');
    expect(waits).toEqual([250, 500, 1000]);
  });

  it('gives up after maxRateLimitRetries with a typed 429 error and a hint', async () => {
    server = await startScriptedServer(() => ({ status: 429, json: errorList('rate_limit_exceeded', 'Exceeded rate limit', 'req-429') }));
    const { client } = makeClient(server.url, { maxRateLimitRetries: 2 });
    const error = await client.listHelpCenters().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomApiError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_exceeded', requestId: 'req-429' });
    expect((error as IntercomApiError).hint).toMatch(/rate limit/);
    expect(server.requests).toHaveLength(3);
  });
});
