/**
 * The request log, and waiting on it: a test awaits "the POST was answered 400" instead of
 * polling or sleeping.
 */
import type { RequestLogEntry } from './types.js';

type Watch = { matches: (entries: readonly RequestLogEntry[]) => boolean; resolve: () => void };

export class RequestLog {
  /** In arrival order; entries change (status, fault) while their request runs. */
  readonly entries: RequestLogEntry[] = [];
  private watches: Watch[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    this.changed();
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** Re-checks the waiters; called whenever an entry was added or settled. */
  changed(): void {
    if (this.watches.length === 0) return;
    const ready = this.watches.filter((w) => w.matches(this.entries));
    this.watches = this.watches.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  /** Resolves once at least `count` logged requests satisfy `predicate`. */
  waitFor(predicate: (entry: RequestLogEntry) => boolean, count = 1): Promise<void> {
    const matches = (entries: readonly RequestLogEntry[]) => entries.filter(predicate).length >= count;
    if (matches(this.entries)) return Promise.resolve();
    return new Promise((resolve) => this.watches.push({ matches, resolve }));
  }
}
