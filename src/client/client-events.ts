/**
 * Progress and debug traces from the client. The library never prints; callers (the CLI's
 * `--debug`, progress displays, tests) subscribe through `onEvent`. Paths never carry the
 * host or the token.
 */
export type ClientEvent =
  /** One attempt is about to be sent; `attempt` counts from 1. */
  | { type: 'request'; method: string; path: string; attempt: number }
  | { type: 'response'; method: string; path: string; status: number; ms: number; requestId?: string }
  /** The attempt failed in a passing way; the next one starts after `waitMs`. */
  | { type: 'retry'; method: string; path: string; reason: string; waitMs: number; attempt: number }
  /**
   * New requests are held for `waitMs` because the rate-limit window is used up. Sent for
   * every wait, so a caller can always say why nothing moves. `cappedFromMs`: the window
   * claimed to reset that far away (clock skew?); the wait was cut short and the request
   * is tried again after it.
   */
  | { type: 'rate-limited'; waitMs: number; remaining?: number; resetAt?: number; cappedFromMs?: number };
