/**
 * Requests parked by a `hold` fault until a test releases them: the event-driven way to
 * keep a request in flight (before a kill, or while a client's deadline fires) without
 * guessing how long to sleep.
 */

export interface HoldTicket {
  /** True once released (carry on), false when the sandbox closes (drop the request). */
  proceed: Promise<boolean>;
  /** The server calls this when it is finished with the request, however it ended. */
  finished(): void;
}

interface Parked {
  go(proceed: boolean): void;
  done: Promise<void>;
}

export class HoldBook {
  private parked: Parked[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  /** Requests held right now. */
  get count(): number {
    return this.parked.length;
  }

  hold(): HoldTicket {
    let go!: (proceed: boolean) => void;
    let finished!: () => void;
    const proceed = new Promise<boolean>((resolve) => (go = resolve));
    const done = new Promise<void>((resolve) => (finished = resolve));
    this.parked.push({ go, done });
    this.notify();
    return { proceed, finished };
  }

  /** Resolves once at least `count` requests are held at the same time. */
  waitFor(count: number): Promise<void> {
    if (this.parked.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** Lets every held request go on; resolves when the server has finished all of them. */
  async release(): Promise<number> {
    const released = this.parked;
    this.parked = [];
    for (const p of released) p.go(true);
    await Promise.all(released.map((p) => p.done));
    return released.length;
  }

  /** Drops every held request (the sandbox is closing). */
  abortAll(): void {
    const dropped = this.parked;
    this.parked = [];
    for (const p of dropped) p.go(false);
  }

  private notify(): void {
    const ready = this.waiters.filter((w) => this.parked.length >= w.count);
    this.waiters = this.waiters.filter((w) => this.parked.length < w.count);
    for (const w of ready) w.resolve();
  }
}
