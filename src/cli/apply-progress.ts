/**
 * What `apply` shows on stderr while it writes. On a terminal, one live line rewritten in
 * place (`Applying 137/400 · 12 failed · ~40 s left`), with failures kept above it; in
 * `--debug` or when stderr is not a terminal (CI logs, files), one line per change, as
 * plain text that reads the same in a log. Rate-limit waits and Ctrl-C are said in both.
 * It only draws what the apply and the client report, on the clock it is given: no timers.
 */
import type { ApplyEvent } from '../apply/apply-plan.js';
import type { Style } from '../render/style.js';
import type { TextOutput } from './io.js';
import { applyProgressLine, rateLimitLine, type RateLimitEvent } from './progress.js';

export interface ApplyProgressOptions {
  stream: TextOutput;
  style: Style;
  /** Rewrite one line in place (stderr is a terminal and `--debug` is off). */
  live: boolean;
  /** The clock the ETA and rate-limit waits are measured on. */
  now: () => number;
  /** For the time a rate-limit window resets; the local zone when absent. */
  timeZone?: string | undefined;
}

/** Erases the terminal line the cursor is on and returns to its start. */
const CLEAR_LINE = '\r\x1b[2K';
/** An ETA from less than this much time is noise. */
const MIN_SAMPLE_MS = 1_000;

export class ApplyProgress {
  readonly #options: ApplyProgressOptions;
  #total = 0;
  #startedAt: number | undefined;
  readonly #inFlight = new Set<string>();
  readonly #finished = new Set<string>();
  readonly #failed = new Set<string>();
  /** The rate-limit wait under way, shown in the live line until it is over. */
  #waiting: { text: string; until: number } | undefined;
  #stopping = false;
  /** The live line on screen, if any (so the next write clears it first, and an unchanged one is left alone). */
  #drawn: string | undefined;

  constructor(options: ApplyProgressOptions) {
    this.#options = options;
  }

  /** The writes begin. */
  starting(writes: number): void {
    this.#total = writes;
    this.#startedAt = this.#options.now();
    if (!this.#options.live) {
      this.#options.stream.write(`\nApplying ${writes} change(s)…\n`);
      return;
    }
    this.#options.stream.write('\n');
    this.#draw();
  }

  event(event: ApplyEvent): void {
    const address = event.change.address;
    if (event.type === 'start') this.#inFlight.add(address);
    else {
      this.#inFlight.delete(address);
      // A change reported twice (a duplicate found after it was done) counts once.
      if (event.type !== 'skipped') this.#finished.add(address);
      if (event.type === 'failed') this.#failed.add(address);
    }
    if (!this.#options.live) {
      const line = applyProgressLine(event, this.#options.style);
      if (line) this.#options.stream.write(`${line}\n`);
      return;
    }
    // Failures stay on screen above the live line; successes only move the count.
    if (event.type === 'failed') this.#above(applyProgressLine(event, this.#options.style) ?? '');
    else this.#draw();
  }

  /** The client holds requests back until Intercom's rate-limit window resets. */
  rateLimited(event: RateLimitEvent): void {
    const text = rateLimitLine(event, this.#options.timeZone);
    if (!this.#options.live || this.#startedAt === undefined) {
      // Before the writes (reading the workspace) there is no live line yet.
      this.#options.stream.write(`${this.#startedAt === undefined ? '' : '  '}${text}\n`);
      return;
    }
    this.#waiting = { text, until: this.#options.now() + event.waitMs };
    this.#draw();
  }

  /** The first Ctrl-C: no new writes start; those in flight finish. */
  stopping(): void {
    this.#stopping = true;
    const inFlight = this.#inFlight.size;
    const waiting = inFlight === 0 ? 'nothing is in flight' : `waiting for the ${inFlight} write(s) in flight`;
    this.#say(`Interrupted: no new writes will start; ${waiting}. Press Ctrl-C again to exit at once.`);
  }

  /** The second Ctrl-C: the process ends now, whatever is in flight. */
  exiting(): void {
    const inFlight = this.#inFlight.size;
    const left = inFlight === 0 ? '' : ` ${inFlight} write(s) were in flight and may have happened.`;
    this.#say(`Exiting at once.${left} Run plan to see what is left.`);
  }

  /** The writes are over: the live line makes way for the summary. */
  finish(): void {
    if (this.#drawn !== undefined) this.#options.stream.write(CLEAR_LINE);
    this.#drawn = undefined;
  }

  #say(text: string): void {
    if (this.#options.live && this.#startedAt !== undefined) this.#above(text);
    else this.#options.stream.write(`\n${text}\n`);
  }

  /** A permanent line, written above the live line. */
  #above(text: string): void {
    this.#options.stream.write(`${this.#drawn !== undefined ? CLEAR_LINE : ''}${text}\n`);
    this.#drawn = undefined;
    this.#draw();
  }

  #draw(): void {
    const line = this.#liveLine();
    if (line === this.#drawn) return;
    this.#options.stream.write(`${this.#drawn !== undefined ? CLEAR_LINE : ''}${line}`);
    this.#drawn = line;
  }

  /**
   * `Applying 137/400 · 12 failed · ~40 s left`; what comes after the count only when there
   * is something to say. Cut to the terminal's width: a line that wrapped could no longer
   * be erased in place, and each redraw would leave a copy of its start behind.
   */
  #liveLine(): string {
    const failed = this.#failed.size > 0 ? `${this.#failed.size} failed` : undefined;
    const parts = [`Applying ${this.#finished.size}/${this.#total}`];
    if (failed) parts.push(failed);
    const now = this.#options.now();
    if (this.#waiting && now >= this.#waiting.until) this.#waiting = undefined;
    if (this.#stopping) parts.push(`stopping, ${this.#inFlight.size} in flight`);
    else if (this.#waiting) parts.push(this.#waiting.text);
    else {
      const eta = this.#etaMs(now);
      if (eta !== undefined) parts.push(`~${formatDuration(eta)} left`);
    }
    const line = fit(parts.join(' · '), this.#options.stream.columns);
    // Coloured after the cut, so escape codes never count towards the width.
    return failed && line.includes(failed) ? line.replace(failed, this.#options.style.red(failed)) : line;
  }

  /** The time left at the pace so far; undefined until there is a pace to go by. */
  #etaMs(now: number): number | undefined {
    const done = this.#finished.size;
    const elapsed = now - (this.#startedAt ?? now);
    if (done === 0 || done >= this.#total || elapsed < MIN_SAMPLE_MS) return undefined;
    return (elapsed / done) * (this.#total - done);
  }
}

/** `text` within `columns - 1` characters (the last column would wrap on some terminals). */
function fit(text: string, columns: number | undefined): string {
  if (columns === undefined || columns < 2 || text.length < columns) return text;
  return `${text.slice(0, columns - 2)}…`;
}

/** `40 s`, `3 min`: whole units, rounded up so the last seconds never read "0 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
