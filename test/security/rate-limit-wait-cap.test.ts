/**
 * Issue 12, item 9: with a clock an hour behind Intercom's, X-RateLimit-Reset looks an
 * hour away and the client used to wait silently for that hour. A single wait is now at
 * most a minute; after it the request goes again and a 429 starts another bounded wait.
 * Every wait is announced through the client's event callback, and the CLI says it, with
 * or without --debug.
 * Real HTTP to the sandbox (real headers); the skew is the client's
 * injected clock, and its sleep only records the waits.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IntercomClient, type ClientEvent } from '../../src/client/intercom-client.js';
import { MAX_RATE_LIMIT_WAIT_MS } from '../../src/client/rate-limit-throttle.js';
import { IntercomApiError } from '../../src/errors.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const SKEW_MS = 60 * 60 * 1000;
const RATE_TOKEN = 'rate-cap-test-token';

let sandbox: RunningSandbox;
beforeEach(async () => {
  // An hour-long window: a test cannot straddle its end by accident.
  sandbox = await startSandbox({ token: RATE_TOKEN, rateLimit: { limit: 1, windowMs: 60 * 60 * 1000 } });
});
afterEach(async () => {
  await sandbox.close();
});

function skewedClient(onSleep: (waitNo: number) => void, maxRateLimitRetries = 20) {
  const waits: number[] = [];
  const events: ClientEvent[] = [];
  const client = new IntercomClient({
    baseUrl: sandbox.url,
    token: RATE_TOKEN,
    apiVersion: '2.14',
    maxRateLimitRetries,
    now: () => Date.now() - SKEW_MS,
    sleep: async (ms) => {
      waits.push(ms);
      onSleep(waits.length);
    },
    random: () => 0,
    onEvent: (event) => events.push(event),
  });
  return { client, waits, events };
}

describe('a rate-limit reset far in the future', () => {
  test('is waited for a minute at most, announced each time, then the request is tried again', async () => {
    // The limit is lifted during the second wait, as Intercom's window would end.
    const { client, waits, events } = skewedClient((waitNo) => {
      if (waitNo === 2) sandbox.setRateLimit(null);
    });
    await client.listTicketTypes(); // uses the one call of the window: Remaining 0
    await client.listTicketTypes(); // held by the throttle, sent, refused with a 429, held again, sent

    expect(waits).toEqual([MAX_RATE_LIMIT_WAIT_MS, MAX_RATE_LIMIT_WAIT_MS]);
    const announced = events.filter((e) => e.type === 'rate-limited');
    expect(announced).toHaveLength(2);
    for (const event of announced) {
      expect(event).toMatchObject({ waitMs: MAX_RATE_LIMIT_WAIT_MS, remaining: 0 });
      // What the header claimed, on our (skewed) clock: about an hour.
      expect((event as { cappedFromMs?: number }).cappedFromMs).toBeGreaterThan(SKEW_MS);
    }
    // Each wait is announced before it starts.
    const order = events.filter((e) => e.type === 'rate-limited' || e.type === 'request').map((e) => e.type);
    expect(order).toEqual(['request', 'rate-limited', 'request', 'rate-limited', 'request']);
    expect(sandbox.requests.map((r) => r.status)).toEqual([200, 429, 200]);
  });

  test('a window that never ends fails after the retries, having waited minutes, not hours', async () => {
    const { client, waits } = skewedClient(() => undefined, 3);
    await client.listTicketTypes();
    const error = await client.listTicketTypes().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomApiError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_exceeded' });
    expect(waits.every((ms) => ms <= MAX_RATE_LIMIT_WAIT_MS)).toBe(true);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(4 * MAX_RATE_LIMIT_WAIT_MS);
  });
});

describe('the CLI says every wait, without --debug', () => {
  test('a capped wait names the far-away reset (clock skew?) and the minute it waits instead', async () => {
    const scratch = await scratchDir('icfg-ratecap-');
    try {
      await scratch.write('intercom.config.yaml', `${remoteHeader(sandbox.url)}ticket_types:\n  - name: Question\n`);
      // Someone else used the window's one call: the CLI's first request gets a 429.
      await fetch(`${sandbox.url}/ticket_types`, { headers: { Authorization: `Bearer ${RATE_TOKEN}` } });
      const waits: number[] = [];
      const clock = {
        now: () => Date.now() - SKEW_MS,
        // The hour-long window ends during the first wait, as Intercom's would have long ago.
        sleep: async (ms: number) => {
          waits.push(ms);
          sandbox.setRateLimit(null);
        },
      };
      const result = await runCli(['plan'], { cwd: scratch.dir, env: { INTERCOM_TOKEN: RATE_TOKEN }, clock });
      expect(result.code, result.stderr).toBe(0);
      expect(waits).toContain(MAX_RATE_LIMIT_WAIT_MS);
      // The window (an hour, aligned to the hour) ends 1–2 hours away on the skewed clock.
      expect(result.stderr).toMatch(/^Intercom's rate-limit reset is [3-7],\d{3} s away \(clock skew\?\); waiting 60 s then retrying$/m);
      expect(result.stderr).not.toContain('[debug]');
    } finally {
      await scratch.cleanup();
    }
  });
});
