/**
 * 429 storms: the sandbox rate-limits per token with Intercom's X-RateLimit-* headers and
 * a quota smaller than the CLI's parallelism, and writes find the window spent. A refused call
 * was not performed, so every kind (creates included) is resent after the window resets;
 * nothing is duplicated and the run completes. The windows pass on the rig's clock, which
 * moves when the CLI waits for a reset: no real seconds, and no window rolling over early
 * on a slow machine.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Rig, TOKEN } from './support/rig.js';
import { BASE_WORLD, EVOLVED_WORLD } from './support/world.js';

/**
 * Fewer calls per window than the CLI starts at once. The client paces itself by the
 * rate-limit headers, so on its own it rarely overshoots; another integration spending the
 * same quota is what makes Intercom refuse. Intercom's 10-second windows pass on the rig's
 * clock, at no cost in real time.
 */
const LIMIT = 2;
const WINDOW_MS = 10_000;

let rig: Rig;
beforeEach(async () => {
  rig = await Rig.start();
});
afterEach(async () => {
  await rig.close();
});

/** Spends what is left of the window, as another app on the same workspace would. */
async function spendWindow(): Promise<void> {
  for (;;) {
    const answer = await fetch(`${rig.sandbox.url}/admins`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    await answer.body?.cancel();
    if (answer.status === 429) return;
  }
}

/**
 * Applies under the rate limit while the first `refuse` writes of `method` each find the
 * window already spent: each is held on arrival, the window spent, then let through.
 */
async function applyInStorm(method: 'POST' | 'PUT', refuse: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  rig.sandbox.clearRequestLog();
  rig.sandbox.setRateLimit({ limit: LIMIT, windowMs: WINDOW_MS });
  const applying = rig.cli(['apply', '--auto-approve', '--debug']);
  for (let n = 1; n <= refuse; n += 1) {
    const hold = rig.sandbox.hold({ method, nth: 1, times: 1 });
    await hold.arrived(1);
    await spendWindow();
    hold.release();
    await rig.sandbox.answered({ method }, 1);
  }
  return applying;
}

/** Writes refused with 429. */
function refusedWrites() {
  return rig.writes().filter((r) => r.status === 429);
}

describe('429 storms', () => {
  test('a 429 carries the real rate-limit headers', async () => {
    rig.sandbox.setRateLimit({ limit: 1, windowMs: 60_000 });
    const call = () => fetch(`${rig.sandbox.url}/ticket_types`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect((await call()).status).toBe(200);
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-ratelimit-limit')).toBe('1');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(refused.headers.get('x-ratelimit-reset'))).toBeGreaterThan(rig.clock.now() / 1000);
    expect(await refused.json()).toMatchObject({ type: 'error.list', errors: [{ code: 'rate_limit_exceeded' }] });
  });

  test('creates and then updates go through a storm of 429s, once each, and converge', async () => {
    await rig.writeConfig(BASE_WORLD);
    const create = await applyInStorm('POST', 3);
    expect(create.code, create.stderr).toBe(0);
    expect(refusedWrites().filter((w) => w.method === 'POST')).toHaveLength(3);
    expect(create.stderr).toMatch(/\[debug\] rate limit: waiting \d+ ms/);
    expect(create.stderr).toMatch(/\[debug\] retry POST \S+ in \d+ ms: 429 rate limited/);
    // Every create was performed exactly once: a 429 means "not done", so resending is safe.
    expect(rig.writes().filter((w) => w.method === 'POST' && w.status === 200)).toHaveLength(19);
    rig.expectNoDuplicates(BASE_WORLD);
    await rig.expectConvergence(BASE_WORLD);

    await rig.writeConfig(EVOLVED_WORLD);
    const update = await applyInStorm('PUT', 3);
    expect(update.code, update.stderr).toBe(0);
    expect(refusedWrites().filter((w) => w.method === 'PUT')).toHaveLength(3);
    expect(rig.writes().filter((w) => w.method === 'POST')).toEqual([]);
    await rig.expectConvergence(EVOLVED_WORLD);
  });
});
