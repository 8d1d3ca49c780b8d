/**
 * The one place where requests wait, run and retry: each start cleared by the rate-limit
 * throttle, and every outcome judged by retry-policy.ts. Endpoint code calls `send()` and
 * never retries on its own.
 *
 * Requests go through one of two lanes. Writes: at most `concurrency` in flight, the
 * bounded parallelism of an apply. Reads (GET): as many as the rate-limit budget allows,
 * so every listing of a plan and every later page go out together — reads are cheap
 * against Intercom's budget of 10,000 a minute, and waiting for them is most of a plan's
 * wall time. The throttle keeps both lanes, together, within the budget the
 * X-RateLimit-* headers report.
 */
import type { KyInstance } from 'ky';
import { ConcurrencyLimit } from './concurrency-limit.js';
import { parseJsonBody, requestIdOf, type RequestContext } from './error-mapping.js';
import { attempt, createHttp, type AttemptOutcome, type DeadlineTimers, type HttpOptions, type HttpRequest } from './http-transport.js';
import { RateLimitThrottle } from './rate-limit-throttle.js';
import { CONNECTION_REFUSED_RETRIES, judge } from './retry-policy.js';
import type { ClientEvent } from './client-events.js';

/** Backoff for transient faults: 500 ms doubling per retry, at most 15 s, half of it jittered. */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 15_000;

export function backoffMs(retry: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1));
  // Equal jitter: never less than half the step (no hammering), spread so that
  // parallel requests that failed together do not come back together.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Reads in flight while the budget is unknown (no answer yet, or none since the window
 * after the last one reported ended): enough for every listing a plan starts at once, one
 * per family, and few enough to be harmless should the workspace's budget be nearly spent.
 */
export const READS_BEFORE_BUDGET_KNOWN = 16;
/**
 * Reads in flight once the budget is known; the throttle keeps them within it. This only
 * bounds open sockets and pages held in memory: 250 pages of 150 are 37,500 objects read
 * in one round trip.
 */
export const MAX_READS_IN_FLIGHT = 250;

export interface SchedulerOptions {
  http: HttpOptions;
  host: string;
  timeoutMs: number;
  /** Writes in flight at once; reads follow the rate-limit budget instead. */
  concurrency: number;
  maxRetries: number;
  maxRateLimitRetries: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  timers: DeadlineTimers;
  random: () => number;
  redact: (text: string) => string;
  redactBody: (value: unknown, raw: string) => unknown;
  emit: (event: ClientEvent) => void;
}

export interface JsonAnswer {
  status: number;
  body: unknown;
  requestId: string | undefined;
  /** For error messages: method and path as shown to people. */
  context: RequestContext;
}

export interface SchedulerStats {
  requests: number;
  retries: number;
  rateLimitWaits: number;
}

export class RequestScheduler {
  readonly stats: SchedulerStats = { requests: 0, retries: 0, rateLimitWaits: 0 };
  readonly throttle: RateLimitThrottle;
  readonly #options: SchedulerOptions;
  readonly #writes: ConcurrencyLimit;
  readonly #reads: ConcurrencyLimit;
  readonly #http: KyInstance;

  constructor(options: SchedulerOptions) {
    this.#options = options;
    this.#writes = new ConcurrencyLimit(options.concurrency);
    this.#reads = new ConcurrencyLimit(() => this.#readCeiling());
    this.throttle = new RateLimitThrottle({
      now: options.now,
      sleep: options.sleep,
      // A first reading of the budget opens the read lane to the reads queued behind it.
      onBudgetChange: () => this.#reads.recheck(),
      onPause: (info) => {
        this.stats.rateLimitWaits += 1;
        options.emit({
          type: 'rate-limited',
          waitMs: info.waitMs,
          ...(info.remaining !== undefined ? { remaining: info.remaining } : {}),
          ...(info.resetAt !== undefined ? { resetAt: info.resetAt } : {}),
          ...(info.cappedFromMs !== undefined ? { cappedFromMs: info.cappedFromMs } : {}),
        });
      },
    });
    this.#http = createHttp(options.http);
  }

  /** Reads allowed in flight: the throttle holds each start within the budget once it is known. */
  #readCeiling(): number {
    if (this.throttle.knowsBudget) return MAX_READS_IN_FLIGHT;
    // Whatever window this is, it allows X-RateLimit-Limit calls at most (when an earlier
    // answer said it): no more go out before an answer tells what is left.
    return Math.min(READS_BEFORE_BUDGET_KNOWN, this.throttle.windowLimit ?? READS_BEFORE_BUDGET_KNOWN);
  }

  /** Sends `request` until it succeeds, fails for good, or its retries run out. */
  async send(request: HttpRequest): Promise<JsonAnswer> {
    const o = this.#options;
    const context: RequestContext = { method: request.method, path: displayPath(request), host: o.host, redact: o.redact, redactBody: o.redactBody };
    let faults = 0;
    let refusals = 0;
    let rateLimits = 0;
    let earlierMayHaveBeenPerformed = false;
    for (let attemptNo = 1; ; attemptNo += 1) {
      const outcome = await this.#attempt(request, context, attemptNo);
      const verdict = judge(request.method, outcome, context, { attempts: attemptNo, earlierMayHaveBeenPerformed });
      if (verdict.kind === 'done') return { status: verdict.status, body: verdict.body, requestId: verdict.requestId, context };
      if (verdict.kind === 'fail') throw verdict.error;

      if (verdict.kind === 'rate-limited') {
        rateLimits += 1;
        if (rateLimits > o.maxRateLimitRetries) throw verdict.finalError;
        const waitMs = this.throttle.pauseAfterRateLimit(verdict.headers, backoffMs(rateLimits, o.random));
        this.#noteRetry(context, attemptNo, '429 rate limited', waitMs);
        continue; // the next acquire() waits out the pause
      }

      if (verdict.mayHaveBeenPerformed) earlierMayHaveBeenPerformed = true;
      faults += 1;
      if (verdict.refused) refusals += 1;
      if (faults > o.maxRetries || refusals > CONNECTION_REFUSED_RETRIES) throw verdict.finalError;
      const waitMs = Math.max(backoffMs(faults, o.random), verdict.retryAfterMs ?? 0);
      this.#noteRetry(context, attemptNo, verdict.reason, waitMs);
      // The slot is free during the wait, so other requests keep going.
      await o.sleep(waitMs);
    }
  }

  /**
   * Waits as a read waits before its `retry`-th retry, for a request its caller repeats
   * itself: a create whose outcome was unknown is only sent again after re-reading, which
   * this client cannot do, but the wait between tries is the same.
   */
  async backoff(retry: number, request: { method: string; path: string; reason: string }): Promise<void> {
    const waitMs = backoffMs(retry, this.#options.random);
    this.#options.emit({ type: 'retry', method: request.method, path: request.path, reason: request.reason, waitMs, attempt: retry });
    this.stats.retries += 1;
    await this.#options.sleep(waitMs);
  }

  #noteRetry(context: RequestContext, attemptNo: number, reason: string, waitMs: number): void {
    this.stats.retries += 1;
    this.#options.emit({ type: 'retry', method: context.method, path: context.path, reason, waitMs, attempt: attemptNo });
  }

  async #attempt(request: HttpRequest, context: RequestContext, attemptNo: number): Promise<AttemptOutcome> {
    const lane = request.method === 'GET' ? this.#reads : this.#writes;
    await lane.acquire();
    try {
      await this.throttle.acquire();
      try {
        this.stats.requests += 1;
        this.#options.emit({ type: 'request', method: context.method, path: context.path, attempt: attemptNo });
        const started = performance.now();
        // The throttle learns from each answer while the request still counts as in flight.
        const outcome = await attempt(this.#http, request, this.#options.timeoutMs, (headers) => this.throttle.observe(headers), this.#options.timers);
        if (outcome.kind === 'response') {
          // Error bodies carry the request id; success bodies are not parsed twice for it.
          const body = outcome.status >= 400 ? parseJsonBody(outcome.text)?.value : undefined;
          const requestId = requestIdOf(context, outcome.headers, body);
          this.#options.emit({
            type: 'response',
            method: context.method,
            path: context.path,
            status: outcome.status,
            ms: Math.round(performance.now() - started),
            ...(requestId ? { requestId } : {}),
          });
        }
        return outcome;
      } finally {
        this.throttle.release();
      }
    } finally {
      lane.release();
    }
  }
}

/** `/path?query` for messages and events; the query holds only our own paging numbers. */
export function displayPath(request: HttpRequest): string {
  const query = request.searchParams
    ? new URLSearchParams(Object.entries(request.searchParams).map(([k, v]): [string, string] => [k, String(v)])).toString()
    : '';
  return `/${request.path}${query ? `?${query}` : ''}`;
}
