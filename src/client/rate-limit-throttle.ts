/**
 * Proactive rate limiting. Intercom counts calls in fixed 10-second windows and reports
 * `X-RateLimit-Remaining` and `X-RateLimit-Reset` (epoch seconds) on every answer. The
 * throttle keeps a conservative estimate of the calls left in the current window and,
 * when it reaches zero, holds every new request until the window resets — so a run goes
 * at full speed under the limit and waits instead of collecting 429s at it.
 */

/** Added to X-RateLimit-Reset: it has one-second resolution and clocks drift a little. */
export const RESET_MARGIN_MS = 250;
/** Shortest wait after a 429 whose reset time has already passed on our clock (skew). */
export const MIN_RATE_LIMIT_WAIT_MS = 1_000;
/**
 * Longest single wait. Intercom's windows last 10 seconds, so a reset far in the future
 * means our clock is behind (or the header is wrong): after this wait the request is sent
 * again, and a 429 then starts a new (again bounded) wait.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 60_000;
/** Intercom's windows last 10 seconds, one after the other. */
export const WINDOW_SECONDS = 10;

export interface RateLimitReading {
  remaining: number;
  /** Epoch seconds at which the window ends. */
  resetAt: number;
  limit?: number;
}

export function readRateLimit(headers: Headers): RateLimitReading | undefined {
  const remaining = Number.parseInt(headers.get('x-ratelimit-remaining') ?? '', 10);
  const resetAt = Number.parseInt(headers.get('x-ratelimit-reset') ?? '', 10);
  if (!Number.isFinite(remaining) || !Number.isFinite(resetAt)) return undefined;
  const limit = Number.parseInt(headers.get('x-ratelimit-limit') ?? '', 10);
  return Number.isFinite(limit) ? { remaining, resetAt, limit } : { remaining, resetAt };
}

export interface PauseInfo {
  waitMs: number;
  remaining?: number;
  resetAt?: number;
  /** The reset was further away than MAX_RATE_LIMIT_WAIT_MS: this is how far, on our clock. */
  cappedFromMs?: number;
}

export interface ThrottleOptions {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Called once per pause (not once per waiting request). */
  onPause: (info: PauseInfo) => void;
  /** Called when the budget may have become known: an answer was read, or a window assumed. */
  onBudgetChange?: () => void;
}

interface Window {
  resetAt: number;
  /** Calls we may still start in this window. */
  estimate: number;
  /**
   * The window that followed one we waited out, taken to allow X-RateLimit-Limit calls
   * until an answer of its own reports what is left (and when it ends).
   */
  assumed?: true;
}

interface Pause {
  until: number;
  /** The window this pause waits out, if it waits for one. */
  window: Window | undefined;
  done: Promise<void>;
}

export class RateLimitThrottle {
  readonly #options: ThrottleOptions;
  #window: Window | undefined;
  /** Windows already waited out: late answers that still describe them are ignored. */
  #expiredResetAt = Number.NEGATIVE_INFINITY;
  #pause: Pause | undefined;
  #inFlight = 0;
  #limit: number | undefined;

  constructor(options: ThrottleOptions) {
    this.#options = options;
  }

  /**
   * Whether the calls the current window still allows are known (reported, or assumed for a
   * window that has just followed one). Until then nothing bounds a burst but the caller's
   * own caution.
   */
  get knowsBudget(): boolean {
    const window = this.#window;
    return window !== undefined && this.#options.now() < window.resetAt * 1000 + RESET_MARGIN_MS;
  }

  /**
   * X-RateLimit-Limit as last reported: the calls a fresh window allows, so the most that
   * may go out before an answer tells the budget of a window that has just begun.
   */
  get windowLimit(): number | undefined {
    return this.#limit;
  }

  /** Waits until one more request may start, and counts it as in flight. */
  async acquire(): Promise<void> {
    for (;;) {
      if (this.#pause) {
        await this.#pause.done;
        continue;
      }
      const window = this.#window;
      if (window) {
        const waitMs = window.resetAt * 1000 + RESET_MARGIN_MS - this.#options.now();
        if (waitMs <= 0) {
          this.#expire(window);
          continue;
        }
        if (window.estimate <= 0) {
          this.#pauseFor(window, { waitMs, remaining: 0, resetAt: window.resetAt });
          continue;
        }
        window.estimate -= 1;
      }
      this.#inFlight += 1;
      return;
    }
  }

  /** The request counted by `acquire()` has finished (with or without an answer). */
  release(): void {
    this.#inFlight -= 1;
  }

  /**
   * Learns from the headers of an answer to a request that is still counted in flight.
   * The server's Remaining already includes this request but not necessarily the others
   * in flight, so they are subtracted: the estimate may be a few calls low, never high.
   */
  observe(headers: Headers): void {
    const reading = readRateLimit(headers);
    if (reading?.limit !== undefined) this.#limit = reading.limit;
    if (!reading || reading.resetAt <= this.#expiredResetAt) return;
    const current = this.#window;
    if (current && !current.assumed && reading.resetAt < current.resetAt) return;
    const fresh = reading.remaining - Math.max(0, this.#inFlight - 1);
    if (!current || current.assumed || reading.resetAt > current.resetAt) {
      this.#window = { resetAt: reading.resetAt, estimate: fresh };
    } else {
      current.estimate = Math.min(current.estimate, fresh);
    }
    this.#options.onBudgetChange?.();
  }

  /**
   * A 429: the request was refused, so nothing may start until the window it names has
   * reset. Without usable headers, waits `fallbackMs` (the caller's backoff). Returns the wait.
   */
  pauseAfterRateLimit(headers: Headers, fallbackMs: number): number {
    const reading = readRateLimit(headers);
    if (!reading) return this.#pauseFor(undefined, { waitMs: fallbackMs });
    const now = this.#options.now();
    // Requests refused together name the same window: they share the pause already made.
    const current = this.#pause;
    if (current?.window && reading.resetAt <= current.window.resetAt) return Math.max(0, current.until - now);
    const waitMs = Math.max(reading.resetAt * 1000 + RESET_MARGIN_MS - now, MIN_RATE_LIMIT_WAIT_MS);
    const window: Window = { resetAt: reading.resetAt, estimate: 0 };
    if (!this.#window || this.#window.assumed || this.#window.resetAt <= reading.resetAt) this.#window = window;
    return this.#pauseFor(window, { waitMs, remaining: reading.remaining, resetAt: reading.resetAt });
  }

  /** Starts a pause (at most MAX_RATE_LIMIT_WAIT_MS) unless a longer one runs; returns its length. */
  #pauseFor(window: Window | undefined, wanted: PauseInfo): number {
    const info: PauseInfo =
      wanted.waitMs > MAX_RATE_LIMIT_WAIT_MS ? { ...wanted, waitMs: MAX_RATE_LIMIT_WAIT_MS, cappedFromMs: wanted.waitMs } : wanted;
    const { waitMs } = info;
    const until = this.#options.now() + waitMs;
    if (this.#pause && this.#pause.until >= until) return waitMs;
    this.#options.onPause(info);
    const pause: Pause = {
      until,
      window,
      done: this.#options.sleep(waitMs).then(() => {
        if (this.#pause === pause) this.#pause = undefined;
        // The wait was computed to outlast the window, so it is over — even when the
        // clock we were given did not move (tests inject a sleep that returns at once).
        // A capped wait may not have: the next request finds out, and a 429 pauses again.
        if (window) this.#expire(window);
      }),
    };
    this.#pause = pause;
    return waitMs;
  }

  #expire(window: Window): void {
    this.#expiredResetAt = Math.max(this.#expiredResetAt, window.resetAt);
    if (this.#window !== window) return;
    this.#window = undefined;
    // The next window has just begun: it allows Limit calls, less those still in flight,
    // which it may count too. Without this, every request held back by the pause would
    // start at once, however small the new window's budget. At least one may start, so
    // requests that hang for a whole window cannot stall the rest: its answer tells the
    // real budget. Once the next window is over too, nothing is assumed.
    const next = window.resetAt + WINDOW_SECONDS;
    if (this.#limit !== undefined && this.#options.now() < next * 1000) {
      this.#window = { resetAt: next, estimate: Math.max(1, this.#limit - this.#inFlight), assumed: true };
      this.#options.onBudgetChange?.();
    }
  }
}
