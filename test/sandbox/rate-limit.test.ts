import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/sandbox/rate-limit.js';
import { TestClock } from '../helpers/clock.js';
import { openSandbox } from './support/sandbox-client.js';

describe('rate limiting over HTTP', () => {
  it('sends the X-RateLimit headers on every authenticated answer and 429s over the limit', async () => {
    // The window cannot roll over mid-test: the sandbox's clock moves only when told to.
    const clock = new TestClock('manual');
    const { sandbox, api } = await openSandbox({ rateLimit: { limit: 3 }, clock });
    try {
      const remaining: (string | null)[] = [];
      for (let i = 0; i < 3; i += 1) {
        const reply = await api.get('/ticket_types');
        expect(reply.status).toBe(200);
        expect(reply.headers.get('x-ratelimit-limit')).toBe('3');
        remaining.push(reply.headers.get('x-ratelimit-remaining'));
      }
      expect(remaining).toEqual(['2', '1', '0']);

      const limited = await api.get('/ticket_types');
      expect(limited.status).toBe(429);
      expect(limited.body).toMatchObject({
        type: 'error.list',
        errors: [{ code: 'rate_limit_exceeded', message: 'Exceeded rate limit of 3 in 10_seconds' }],
      });
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(limited.headers.get('retry-after')).toBeNull();
      const reset = Number(limited.headers.get('x-ratelimit-reset'));
      expect(Number.isInteger(reset)).toBe(true);
      expect(reset % 10).toBe(0);

      // Errors after the limit check (here a 404) still carry the headers.
      const otherToken = await api.get('/nope', { token: 'second-token' });
      expect(otherToken.status).toBe(404);
      expect(otherToken.headers.get('x-ratelimit-remaining')).toBe('2');

      // Once the clock passes the reset time, the next window starts afresh.
      clock.advance(reset * 1000 - clock.now());
      const next = await api.get('/ticket_types');
      expect(next.status).toBe(200);
      expect(next.headers.get('x-ratelimit-remaining')).toBe('2');
      expect(Number(next.headers.get('x-ratelimit-reset'))).toBe(reset + 10);
    } finally {
      await sandbox.close();
    }
  });

  it('sends no rate-limit headers on 401 and none while rate limiting is off', async () => {
    const { sandbox, api } = await openSandbox({ clock: new TestClock('manual') });
    try {
      expect((await api.get('/ticket_types')).headers.get('x-ratelimit-limit')).toBeNull();
      sandbox.setRateLimit({ limit: 1 });
      expect((await api.get('/ticket_types', { token: null })).headers.get('x-ratelimit-limit')).toBeNull();
      expect((await api.get('/ticket_types')).headers.get('x-ratelimit-limit')).toBe('1');
      expect((await api.get('/ticket_types')).status).toBe(429);
      sandbox.setRateLimit(null);
      expect((await api.get('/ticket_types')).status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });
});

describe('RateLimiter windows', () => {
  it('counts per token in fixed windows and starts over in the next window', () => {
    let now = 1_700_000_003_000;
    const limiter = new RateLimiter({ limit: 2 }, () => now);
    expect(limiter.take('a')?.allowed).toBe(true);
    expect(limiter.take('a')?.allowed).toBe(true);
    const third = limiter.take('a');
    expect(third?.allowed).toBe(false);
    expect(third?.headers['X-RateLimit-Reset']).toBe('1700000010');
    expect(limiter.take('b')?.allowed).toBe(true);
    now += 7_000;
    const next = limiter.take('a');
    expect(next?.allowed).toBe(true);
    expect(next?.headers['X-RateLimit-Remaining']).toBe('1');
    expect(next?.headers['X-RateLimit-Reset']).toBe('1700000020');
  });

  it('names other window lengths in the message', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000 }, () => 0);
    expect(limiter.take('a')?.message).toBe('Exceeded rate limit of 1 in 60_seconds');
  });
});
