// @ts-check
/** The times a run of writes could take at best, against which the client is measured. */

/** Intercom's rate-limit window; the sandbox aligns windows to the epoch the same way. */
export const WINDOW_MS = 10_000;

/**
 * The definition: max(writes ÷ rate, writes × latency ÷ parallelism).
 * @param {number} writes
 * @param {number} limit
 * @param {number} latencyMs
 * @param {number} parallelism
 */
export function formulaIdealMs(writes, limit, latencyMs, parallelism) {
  const rateBound = (writes / limit) * WINDOW_MS;
  return Math.max(rateBound, (writes * latencyMs) / parallelism);
}

/**
 * A client without overhead in front of fixed windows: `parallelism` calls at a time,
 * each taking `latencyMs`, at most `limit` calls starting in any one window, waiting for
 * the exact window boundary when the budget is spent.
 * @param {{ writes: number; limit: number; latencyMs: number; parallelism: number; startedAt: number }} run
 */
export function windowedIdealMs({ writes, limit, latencyMs, parallelism, startedAt }) {
  let t = startedAt;
  let window = Math.floor(t / WINDOW_MS);
  let used = 0;
  let left = writes;
  let finished = t;
  while (left > 0) {
    if (Math.floor(t / WINDOW_MS) !== window) {
      window = Math.floor(t / WINDOW_MS);
      used = 0;
    }
    const batch = Math.min(parallelism, limit - used, left);
    if (batch <= 0) {
      t = (window + 1) * WINDOW_MS;
      continue;
    }
    used += batch;
    left -= batch;
    finished = t + latencyMs;
    t = finished;
  }
  return finished - startedAt;
}

/**
 * Waits until just after a window starts, so a run whose limit binds uses whole windows
 * and its ideal does not jump with where in a window it happened to begin.
 */
export function alignedStart(offsetMs = 50) {
  const wait = (WINDOW_MS - (Date.now() % WINDOW_MS) + offsetMs) % WINDOW_MS;
  return new Promise((resolve) => setTimeout(resolve, wait));
}
