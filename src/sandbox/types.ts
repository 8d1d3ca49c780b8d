/**
 * Public types of the sandbox: its options, the request log, fault rules and the handle
 * returned by `startSandbox`.
 */
import type { SandboxClock } from './clock.js';
import type { ManualStep, ManualStepOutcome } from './manual-steps.js';
import type { SandboxSeed } from './seed-schema.js';
import type { SandboxState } from './state.js';
import type { SandboxSwitches } from './switches.js';

export interface RateLimitSetting {
  /** Calls allowed per token and window. */
  limit: number;
  /** Window length; Intercom uses 10-second windows. */
  windowMs?: number;
}

export interface SandboxOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 = ephemeral. */
  port?: number;
  /** Persisted state; loaded at start when it exists; absent = in-memory only. */
  stateFile?: string;
  /** Seed object, or path to a YAML/JSON seed file; applied only when the state is fresh. */
  seed?: SandboxSeed | string;
  /** Accept only this bearer token; otherwise any non-empty token. */
  token?: string;
  /** Collections list default per_page (default 20). */
  perPageDefault?: number;
  /** Server cap on per_page (default 50). */
  perPageMax?: number;
  /** Per-token rate limit; off by default. */
  rateLimit?: RateLimitSetting | null;
  /** Added before every response; default 0. */
  latencyMs?: number;
  /** Used when the Intercom-Version header is absent; default '2.14'. */
  defaultApiVersion?: string;
  /** Same as `switches.duplicate_names`, which wins when both are given. */
  duplicateNames?: 'allow' | 'reject';
  /** Time for rate-limit windows, latency and timestamps; default the system clock. */
  clock?: SandboxClock;
  /** Same as `switches: { article_html }` (kept for existing callers). */
  articleHtml?: 'verbatim' | 'editor';
  /**
   * Cap on live (unarchived) custom data attributes: `max` (default 250, Intercom's
   * documented cap); `scope` is the same as `switches: { data_attribute_limit }`.
   */
  dataAttributeLimit?: { max?: number; scope?: 'workspace' | 'model' };
  /** Behaviours no public source settles (see switches.ts); each defaults to its first value. */
  switches?: Partial<SandboxSwitches>;
  /** Random source of `request_order: shuffled`; default: seeded, the same on every run. */
  random?: () => number;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  /** Query string without the leading '?'. */
  query: string;
  /** 0 when no answer was sent (dropped or hanging connection). */
  status: number;
  /** Arrival time, epoch milliseconds. */
  at: number;
  /** Parsed JSON body (or the raw text when it was not JSON); absent when empty. */
  body?: unknown;
  /** The Intercom-Version header as sent, when present. */
  apiVersion?: string;
  /** The injected fault that shaped this request, if any. */
  fault?: string;
  /** 1-based position among requests in the order they were processed (absent until then). */
  processed?: number;
}

export type FaultKind =
  /** Answer with that status (error.list body) without performing the request. */
  | { status: 500 | 502 | 503 | 408 }
  /** Perform the write (and persist it), then destroy the socket without answering. */
  | { type: 'drop-after-commit' }
  /** Destroy the socket without performing anything. */
  | { type: 'drop-before' }
  /** Non-JSON 405 HTML page, as Intercom's edge sometimes sends. */
  | { type: 'html-405' }
  /** Never answer; the socket is closed when the server closes. */
  | { type: 'hang' }
  /**
   * Wait, unperformed, until `releaseHeld()`; then go on as `then` says (by default, perform
   * and answer normally). A request still held when the sandbox closes is dropped.
   */
  | { type: 'hold'; then?: FaultKind }
  /** Perform the write (and persist it), then keep the answer until `releaseHeld()`. */
  | { type: 'hold-after-commit' }
  /** Answer with a redirect to `location` (default status 307) without performing anything. */
  | { type: 'redirect'; location: string; status?: 301 | 302 | 303 | 307 | 308 };

/** Which requests a fault or a hold applies to. */
export interface RequestMatch {
  /** Matches any method when absent. */
  method?: string;
  /** Exact path, or a RegExp tested against the path; any path when absent. */
  path?: string | RegExp;
  /** 1-based among matching requests; default 1. */
  nth?: number;
  /** Consecutive matching requests affected; default 1 for faults, every one for holds. */
  times?: number;
}

export interface FaultRule extends RequestMatch {
  fault: FaultKind;
}

/** Requests kept waiting, unprocessed, until released (see `RunningSandbox.hold`). */
export interface RequestHold {
  /** Resolves once `count` matching requests are being held (or have been). */
  arrived(count: number): Promise<void>;
  /** Lets every held request go on, in the order they came; later ones are no longer held. */
  release(): void;
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:54321 (no trailing slash). */
  url: string;
  port: number;
  /** Things the person running it must know, e.g. that it is reachable from other machines. */
  warnings: string[];
  /** Stops listening, flushes state, destroys open sockets. */
  close(): Promise<void>;
  /** Every request, in arrival order (admin routes excluded). */
  readonly requests: RequestLogEntry[];
  clearRequestLog(): void;
  injectFault(rule: FaultRule): void;
  clearFaults(): void;
  /**
   * Keeps matching API requests waiting before anything is done with them, until released:
   * with `answered`, tests pin how concurrent clients interleave, without sleeping.
   */
  hold(match: RequestMatch): RequestHold;
  /** Resolves once `count` API requests matching `match` have been answered, counting from now. */
  answered(match: RequestMatch, count: number): Promise<void>;
  setRateLimit(limit: RateLimitSetting | null): void;
  setLatency(ms: number): void;
  /** Switches how article bodies written from now on are stored (see SandboxOptions). */
  setArticleHtml(mode: 'verbatim' | 'editor'): void;
  /** Deep copy of the current state, for assertions. */
  snapshot(): SandboxState;
  /**
   * Does what an admin does in Intercom's settings and the API cannot (add or change a
   * ticket state, choose a ticket type's states); saved before it resolves. Rejects with a
   * SandboxError, changing nothing, when the workspace refuses the step.
   */
  manualStep(step: ManualStep): Promise<ManualStepOutcome>;
  /** Resolves once at least `count` logged requests satisfy `predicate` (now or later). */
  waitForRequests(predicate: (entry: RequestLogEntry) => boolean, count?: number): Promise<void>;
  /** Requests held by `hold` faults right now. */
  readonly held: number;
  /** Resolves once at least `count` requests are held at the same time. */
  waitForHeld(count?: number): Promise<void>;
  /** Lets every held request go on; resolves with how many, once the sandbox has finished them. */
  releaseHeld(): Promise<number>;
}
