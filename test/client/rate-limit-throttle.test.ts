import { describe, expect, it } from 'vitest';
import { RateLimitThrottle, readRateLimit, RESET_MARGIN_MS, type PauseInfo } from '../../src/client/rate-limit-throttle.js';

const T0 = 2_000_000_000_000; // epoch ms on a whole second

function setup() {
  const clock = { now: T0 };
  const waits: number[] = [];
  const pauses: PauseInfo[] = [];
  const throttle = new RateLimitThrottle({
    now: () => clock.now,
    sleep: async (ms) => {
      waits.push(ms);
      clock.now += ms;
    },
    onPause: (info) => pauses.push(info),
  });
  return { throttle, clock, waits, pauses };
}

function headers(remaining: number, resetAt: number, limit = 100): Headers {
  return new Headers({ 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(resetAt) });
}

/** How many acquire() calls complete before the throttle makes one wait. */
async function startsBeforePause(throttle: RateLimitThrottle, waits: number[], max = 50): Promise<number> {
  for (let started = 0; started < max; started += 1) {
    const before = waits.length;
    await throttle.acquire();
    if (waits.length > before) return started;
  }
  return max;
}

describe('RateLimitThrottle', () => {
  it('reads the three X-RateLimit headers, and nothing when they are missing', () => {
    expect(readRateLimit(headers(5, 1234, 167))).toEqual({ remaining: 5, resetAt: 1234, limit: 167 });
    expect(readRateLimit(new Headers())).toBeUndefined();
  });

  it('lets requests through freely until an answer reports the window', async () => {
    const { throttle, waits } = setup();
    for (let i = 0; i < 20; i += 1) await throttle.acquire();
    expect(waits).toEqual([]);
  });

  it('subtracts the other requests in flight from Remaining', async () => {
    const { throttle, waits } = setup();
    for (let i = 0; i < 4; i += 1) await throttle.acquire();
    // One of the four answers: the server has 5 left, but the 3 others may not be counted yet.
    throttle.observe(headers(5, T0 / 1000 + 10));
    throttle.release();
    expect(await startsBeforePause(throttle, waits)).toBe(2);
    expect(waits).toEqual([10_000 + RESET_MARGIN_MS]);
  });

  it('pauses once, until the reset plus margin, and then lets a new window through', async () => {
    const { throttle, waits, pauses } = setup();
    await throttle.acquire();
    throttle.observe(headers(0, T0 / 1000 + 3));
    throttle.release();
    await throttle.acquire();
    expect(waits).toEqual([3_000 + RESET_MARGIN_MS]);
    expect(pauses).toEqual([{ waitMs: 3_250, remaining: 0, resetAt: T0 / 1000 + 3 }]);
    for (let i = 0; i < 10; i += 1) await throttle.acquire();
    expect(waits).toHaveLength(1);
  });

  it('ignores late answers that describe a window already waited out', async () => {
    const { throttle, waits } = setup();
    await throttle.acquire();
    throttle.observe(headers(0, T0 / 1000 + 1));
    await throttle.acquire(); // waits out the window
    throttle.observe(headers(0, T0 / 1000 + 1)); // a straggler from that window
    await throttle.acquire();
    expect(waits).toHaveLength(1);
  });

  it('keeps the lower estimate when answers of one window arrive out of order', async () => {
    const { throttle, waits } = setup();
    await throttle.acquire();
    throttle.observe(headers(1, T0 / 1000 + 10));
    throttle.release();
    throttle.observe(headers(7, T0 / 1000 + 10)); // older answer, higher count
    expect(await startsBeforePause(throttle, waits)).toBe(1);
  });

  it('takes the window after one it waited out to allow Limit calls, less those in flight, until that window reports', async () => {
    const { throttle, waits } = setup();
    for (let i = 0; i < 3; i += 1) await throttle.acquire();
    throttle.observe(headers(0, T0 / 1000 + 2, 5)); // used up; 3 still in flight
    await throttle.acquire(); // waits out the window, then starts the first of the next
    expect(waits).toEqual([2_000 + RESET_MARGIN_MS]);
    // 5 − 3 in flight = 2 for the new window: one started above, one more, then a pause.
    expect(await startsBeforePause(throttle, waits)).toBe(1);
    expect(waits[1]).toBe(10_000); // until the end of the assumed window (T0 + 12 s + margin)
    // An answer of the new window replaces the assumption.
    throttle.observe(headers(3, T0 / 1000 + 22, 5));
    expect(throttle.knowsBudget).toBe(true);
  });

  it('forgets a window once its reset time has passed, without pausing', async () => {
    const { throttle, clock, waits } = setup();
    await throttle.acquire();
    throttle.observe(headers(0, T0 / 1000 + 2));
    throttle.release();
    clock.now += 5_000; // idle for longer than the window
    await throttle.acquire();
    expect(waits).toEqual([]);
  });
});
