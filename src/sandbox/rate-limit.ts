/**
 * Per-token rate limiting in fixed windows aligned to the epoch (Intercom counts in
 * 10-second windows). Off until a limit is set.
 */
import type { RateLimitSetting } from './types.js';

export const DEFAULT_WINDOW_MS = 10_000;

export interface RateLimitVerdict {
  allowed: boolean;
  limit: number;
  headers: Record<string, string>;
  /** Intercom's 429 wording, e.g. "Exceeded rate limit of 5 in 10_seconds". */
  message: string;
}

export class RateLimiter {
  private setting: Required<RateLimitSetting> | null = null;
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(setting: RateLimitSetting | null | undefined, private readonly clock: () => number = Date.now) {
    this.configure(setting ?? null);
  }

  configure(setting: RateLimitSetting | null): void {
    if (setting !== null && (!Number.isInteger(setting.limit) || setting.limit < 1)) {
      throw new RangeError(`Rate limit must be a positive integer, got ${setting.limit}`);
    }
    this.setting = setting === null ? null : { limit: setting.limit, windowMs: setting.windowMs ?? DEFAULT_WINDOW_MS };
    this.windows.clear();
  }

  /** Counts one call for `token`; undefined when rate limiting is off. */
  take(token: string): RateLimitVerdict | undefined {
    if (!this.setting) return undefined;
    const { limit, windowMs } = this.setting;
    const now = this.clock();
    const start = Math.floor(now / windowMs) * windowMs;
    let window = this.windows.get(token);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.windows.set(token, window);
    }
    window.count += 1;
    const allowed = window.count <= limit;
    return {
      allowed,
      limit,
      headers: {
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': String(Math.max(0, limit - window.count)),
        'X-RateLimit-Reset': String(Math.ceil((start + windowMs) / 1000)),
      },
      message: `Exceeded rate limit of ${limit} in ${windowLabel(windowMs)}`,
    };
  }
}

function windowLabel(windowMs: number): string {
  const seconds = windowMs / 1000;
  return Number.isInteger(seconds) ? `${seconds}_seconds` : `${windowMs}_milliseconds`;
}
