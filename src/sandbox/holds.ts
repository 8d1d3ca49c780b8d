/**
 * Held requests and answer watches: the event-driven way for a test to keep requests in
 * flight (before a kill, while a client's deadline fires, while another client runs) and
 * to learn when answers went out, without guessing how long to sleep.
 *
 * A request is held in one of two ways, and both park it the same way:
 * - `hold(match)`: matching requests wait on arrival, before anything is done with them,
 *   until that hold's own `release()`;
 * - a `hold` fault (before the request is performed) or `hold-after-commit` (after it is
 *   performed and persisted, before the answer): such requests wait together until
 *   `releaseHeld()`.
 * Closing the sandbox drops every request still held.
 */
import { matchesRequest } from './faults.js';
import type { RequestHold, RequestLogEntry, RequestMatch } from './types.js';

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

/** Requests parked together and let go together. */
class Lot {
  parked: Parked[] = [];
  /** Requests parked here so far, released or not. */
  total = 0;
  private listeners: (() => void)[] = [];

  park(): HoldTicket {
    let go!: (proceed: boolean) => void;
    let finished!: () => void;
    const proceed = new Promise<boolean>((resolve) => (go = resolve));
    const done = new Promise<void>((resolve) => (finished = resolve));
    this.parked.push({ go, done });
    this.total += 1;
    for (const listener of [...this.listeners]) listener();
    return { proceed, finished };
  }

  /** Resolves once `reached()` holds, checked now and at every new arrival. */
  until(reached: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      if (reached()) return resolve();
      const listener = (): void => {
        if (!reached()) return;
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve();
      };
      this.listeners.push(listener);
    });
  }

  /** Lets the parked requests go on (true) or drops them (false), in the order they came. */
  letGo(proceed: boolean): Parked[] {
    const gone = this.parked;
    this.parked = [];
    for (const p of gone) p.go(proceed);
    return gone;
  }
}

interface MatchHold {
  match: RequestMatch;
  seen: number;
  released: boolean;
  lot: Lot;
}

interface Watch {
  match: RequestMatch;
  remaining: number;
  resolve: () => void;
}

export class Holds {
  private matchHolds: MatchHold[] = [];
  /** Requests held by `hold` and `hold-after-commit` faults. */
  private readonly faultLot = new Lot();
  private watches: Watch[] = [];

  /** Holds matching requests (the `nth` … `nth+times-1` of them, default every one) until released. */
  hold(match: RequestMatch): RequestHold {
    const hold: MatchHold = { match, seen: 0, released: false, lot: new Lot() };
    this.matchHolds.push(hold);
    return {
      arrived: (count) => hold.lot.until(() => hold.lot.total >= count),
      release: () => {
        hold.released = true;
        this.matchHolds = this.matchHolds.filter((h) => h !== hold);
        hold.lot.letGo(true);
      },
    };
  }

  /** Tickets of the `hold(match)` holds that keep this request as it arrives (usually none). */
  onArrival(method: string, path: string): HoldTicket[] {
    const tickets: HoldTicket[] = [];
    for (const hold of this.matchHolds) {
      if (hold.released || !matchesRequest(hold.match, method, path)) continue;
      hold.seen += 1;
      const nth = hold.match.nth ?? 1;
      const times = hold.match.times ?? Number.POSITIVE_INFINITY;
      if (hold.seen >= nth && hold.seen < nth + times) tickets.push(hold.lot.park());
    }
    return tickets;
  }

  /** The ticket of a request a `hold` or `hold-after-commit` fault keeps. */
  onFault(): HoldTicket {
    return this.faultLot.park();
  }

  /** Requests held by faults right now. */
  get held(): number {
    return this.faultLot.parked.length;
  }

  /** Resolves once at least `count` requests are held by faults at the same time. */
  waitForHeld(count: number): Promise<void> {
    return this.faultLot.until(() => this.faultLot.parked.length >= count);
  }

  /** Lets every request held by a fault go on; resolves with how many, once the server has finished them. */
  async releaseHeld(): Promise<number> {
    const released = this.faultLot.letGo(true);
    await Promise.all(released.map((p) => p.done));
    return released.length;
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

  /** Drops every held request, however it is held (the sandbox is closing). */
  abortAll(): void {
    this.faultLot.letGo(false);
    for (const hold of this.matchHolds) hold.lot.letGo(false);
  }
}
