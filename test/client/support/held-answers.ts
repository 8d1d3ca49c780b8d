/**
 * Answers a scripted server holds back until the test lets them go, so a test can see how
 * many requests a client has in flight at once without measuring time: "N requests
 * arrived and none is answered yet" is a fact, not a race.
 */
export class HeldAnswers {
  /** Requests arrived and not yet answered. */
  inFlight = 0;
  /** The most that were in flight at once. */
  peak = 0;
  #held: (() => void)[] = [];
  #passThrough = false;
  #watchers: { count: number; resolve: () => void }[] = [];

  /** Call on arrival; resolves when the request may be answered. */
  async arrive(): Promise<void> {
    this.inFlight += 1;
    this.peak = Math.max(this.peak, this.inFlight);
    if (!this.#passThrough) {
      const released = new Promise<void>((resolve) => this.#held.push(resolve));
      this.#notify();
      await released;
    }
  }

  /** Call when the answer goes out. */
  answered(): void {
    this.inFlight -= 1;
  }

  /** Requests held right now. */
  get held(): number {
    return this.#held.length;
  }

  /** Resolves once `count` requests are held at the same time. */
  heldAtLeast(count: number): Promise<void> {
    return new Promise((resolve) => {
      this.#watchers.push({ count, resolve });
      this.#notify();
    });
  }

  /** Answers every held request (and keeps holding new ones). */
  releaseAll(): void {
    const held = this.#held;
    this.#held = [];
    for (const release of held) release();
  }

  /** From now on, nothing is held. */
  stopHolding(): void {
    this.#passThrough = true;
    this.releaseAll();
  }

  #notify(): void {
    this.#watchers = this.#watchers.filter((watcher) => {
      if (this.#held.length < watcher.count) return true;
      watcher.resolve();
      return false;
    });
  }
}
