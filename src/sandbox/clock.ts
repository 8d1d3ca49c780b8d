/**
 * The sandbox's sense of time: rate-limit windows, request-log timestamps, object
 * timestamps and added latency all read it, so a test can run them on a clock it drives.
 */
export interface SandboxClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Resolves once `ms` have passed on this clock. */
  sleep(ms: number): Promise<void>;
}

export const SYSTEM_CLOCK: SandboxClock = {
  now: () => Date.now(),
  sleep: (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()),
};
