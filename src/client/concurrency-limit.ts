/**
 * A first-come-first-served semaphore: at most `max` holders at a time. `max` may be a
 * function when the ceiling moves while requests run (the read lane follows the rate-limit
 * budget): call `recheck()` when it may have grown, so that waiters get in at once.
 */
export class ConcurrencyLimit {
  readonly #max: () => number;
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(max: number | (() => number)) {
    if (typeof max === 'number') {
      if (!Number.isInteger(max) || max < 1) throw new RangeError(`concurrency must be a positive integer, got ${max}`);
      this.#max = () => max;
    } else {
      // Never below one holder: a lane that admits nobody would hang its callers.
      this.#max = () => Math.max(1, max());
    }
  }

  async acquire(): Promise<void> {
    // Waiters first: a newcomer may not overtake a request that queued before it.
    if (this.#waiting.length === 0 && this.#active < this.#max()) {
      this.#active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    this.#active -= 1;
    this.recheck();
  }

  /** Lets waiters in while there is room under the (possibly raised) ceiling. */
  recheck(): void {
    while (this.#waiting.length > 0 && this.#active < this.#max()) {
      this.#active += 1;
      this.#waiting.shift()?.();
    }
  }
}
