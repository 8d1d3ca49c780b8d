/**
 * Time under the test's control: a clock whose sleeps end at once (moving the clock
 * forward), or only when the test advances it; and deadline timers that fire only when
 * the test says so.
 */
import type { SandboxClock } from '../../src/sandbox/index.js';
import type { DeadlineTimers } from '../../src/client/http-transport.js';

interface Sleeper {
  due: number;
  wake(): void;
}

export class TestClock implements SandboxClock {
  #now: number;
  #sleepers: Sleeper[] = [];

  /**
   * `auto`: every sleep ends on the next turn of the event loop with the clock moved to its
   * end, so retries and rate-limit windows pass at once. `manual`: sleeps end only when
   * `advance` reaches them.
   */
  constructor(
    readonly mode: 'auto' | 'manual' = 'auto',
    start = Date.UTC(2031, 0, 1, 12, 0, 0),
  ) {
    this.#now = start;
  }

  readonly now = (): number => this.#now;

  readonly sleep = (ms: number): Promise<void> => {
    const due = this.#now + Math.max(0, ms);
    if (this.mode === 'auto') {
      return new Promise((resolve) =>
        setImmediate(() => {
          this.#now = Math.max(this.#now, due);
          resolve();
        }),
      );
    }
    if (due <= this.#now) return Promise.resolve();
    return new Promise((wake) => this.#sleepers.push({ due, wake }));
  };

  /** Moves the clock forward, waking the sleepers whose time has come. */
  advance(ms: number): void {
    this.#now += ms;
    const woken = this.#sleepers.filter((s) => s.due <= this.#now);
    this.#sleepers = this.#sleepers.filter((s) => s.due > this.#now);
    for (const s of woken) s.wake();
  }

  /** Sleeps not yet over (manual mode). */
  get sleeping(): number {
    return this.#sleepers.length;
  }
}

/** Client deadline timers that never expire by themselves: `expireAll` makes every armed one fire. */
export class ManualDeadlines implements DeadlineTimers {
  #armed = new Map<number, () => void>();
  #next = 0;
  fired = 0;

  setTimeout(expire: () => void): number {
    const id = ++this.#next;
    this.#armed.set(id, expire);
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#armed.delete(handle as number);
    const ready = this.#waiters.filter((w) => this.#armed.size <= w.count);
    this.#waiters = this.#waiters.filter((w) => this.#armed.size > w.count);
    for (const w of ready) w.resolve();
  }

  #waiters: { count: number; resolve: () => void }[] = [];

  /** Resolves once at most `count` deadlines are armed (the others' requests were answered). */
  armedAtMost(count: number): Promise<void> {
    if (this.#armed.size <= count) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ count, resolve }));
  }

  /** Deadlines armed right now: one per request in flight. */
  get armed(): number {
    return this.#armed.size;
  }

  expireAll(): number {
    const due = [...this.#armed.values()];
    this.#armed.clear();
    for (const expire of due) expire();
    this.fired += due.length;
    return due.length;
  }
}
