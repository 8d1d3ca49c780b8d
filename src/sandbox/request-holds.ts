/**
 * Holds and answer watches: how a test pins the interleaving of clients that run at once
 * (two applies on one workspace) without sleeping. A hold keeps matching requests waiting,
 * unprocessed, until released; a watch resolves once matching requests have been answered.
 */
import { matchesRequest } from './faults.js';
import type { RequestHold, RequestLogEntry, RequestMatch } from './types.js';

interface ActiveHold {
  match: RequestMatch;
  seen: number;
  released: boolean;
  waiting: (() => void)[];
  held: number;
  onArrival: (() => void)[];
}

interface Watch {
  match: RequestMatch;
  remaining: number;
  resolve: () => void;
}

export class RequestHolds {
  private holds: ActiveHold[] = [];
  private watches: Watch[] = [];

  /** Holds matching requests (the `nth` … `nth+times-1` of them, default every one) until released. */
  hold(match: RequestMatch): RequestHold {
    const hold: ActiveHold = { match, seen: 0, released: false, waiting: [], held: 0, onArrival: [] };
    this.holds.push(hold);
    return {
      arrived: (count) =>
        new Promise<void>((resolve) => {
          if (hold.held >= count) resolve();
          else hold.onArrival.push(() => hold.held >= count && resolve());
        }),
      release: () => {
        hold.released = true;
        this.holds = this.holds.filter((h) => h !== hold);
        for (const go of hold.waiting.splice(0)) go();
      },
    };
  }

  /** Waits while a hold keeps this request; resolves at once when none does. */
  async pass(method: string, path: string): Promise<void> {
    for (const hold of [...this.holds]) {
      if (hold.released || !matchesRequest(hold.match, method, path)) continue;
      hold.seen += 1;
      const nth = hold.match.nth ?? 1;
      const times = hold.match.times ?? Number.POSITIVE_INFINITY;
      if (hold.seen < nth || hold.seen >= nth + times) continue;
      hold.held += 1;
      const waited = new Promise<void>((resolve) => hold.waiting.push(resolve));
      for (const notify of hold.onArrival) notify();
      await waited;
    }
  }

  /** Resolves once `count` requests matching `match` have been answered from now on. */
  answered(match: RequestMatch, count: number): Promise<void> {
    return new Promise((resolve) => {
      if (count <= 0) resolve();
      else this.watches.push({ match, remaining: count, resolve });
    });
  }

  /** Called once a request has had its answer. */
  noteAnswered(entry: RequestLogEntry): void {
    this.watches = this.watches.filter((watch) => {
      if (!matchesRequest(watch.match, entry.method, entry.path)) return true;
      watch.remaining -= 1;
      if (watch.remaining > 0) return true;
      watch.resolve();
      return false;
    });
  }
}
