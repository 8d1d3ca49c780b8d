/**
 * What Ctrl-C means while `apply` runs, by what it is doing:
 * - reading the workspace and planning: nothing is written yet, so the run ends at once (130);
 * - at the confirmation question: the answer is no (the apply is cancelled, exit 1);
 * - during the writes: the first stops new writes and lets those in flight finish (the
 *   summary follows, exit 130); the second ends the process at once (130), since someone
 *   pressing it twice wants out more than a summary.
 */
import type { CliIo } from './io.js';

/** The exit code of a run ended by Ctrl-C (128 + SIGINT), as shells report it. */
export const INTERRUPTED_EXIT_CODE = 130;

export interface InterruptNotices {
  /** Said before the run ends while nothing has been written. */
  beforeWrites(): void;
  /** The first Ctrl-C during the writes. */
  stopping(): void;
  /** The second one: the process ends right after. */
  exiting(): void;
}

type Phase = { name: 'reading' } | { name: 'asking'; answer: AbortController } | { name: 'writing'; pressed: number };

export class ApplyInterrupts {
  /** Aborted by the first Ctrl-C during the writes: the apply's `signal`. */
  readonly #writes = new AbortController();
  #phase: Phase = { name: 'reading' };
  readonly #unsubscribe: () => void;

  constructor(
    private readonly io: Pick<CliIo, 'onInterrupt' | 'exitNow'>,
    private readonly notices: InterruptNotices,
  ) {
    this.#unsubscribe = io.onInterrupt(() => this.#interrupted());
  }

  get writeSignal(): AbortSignal {
    return this.#writes.signal;
  }

  /** Runs a question; Ctrl-C meanwhile aborts the signal it is given. */
  async asking<T>(ask: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const answer = new AbortController();
    this.#phase = { name: 'asking', answer };
    try {
      return await ask(answer.signal);
    } finally {
      this.#phase = { name: 'reading' };
    }
  }

  writing(): void {
    this.#phase = { name: 'writing', pressed: 0 };
  }

  /** The apply is over: Ctrl-C gets its usual meaning back. */
  dispose(): void {
    this.#unsubscribe();
  }

  #interrupted(): void {
    const phase = this.#phase;
    switch (phase.name) {
      case 'reading':
        this.notices.beforeWrites();
        this.io.exitNow(INTERRUPTED_EXIT_CODE);
        return;
      case 'asking':
        phase.answer.abort();
        return;
      case 'writing':
        phase.pressed += 1;
        if (phase.pressed === 1) {
          this.#writes.abort();
          this.notices.stopping();
          return;
        }
        this.notices.exiting();
        this.io.exitNow(INTERRUPTED_EXIT_CODE);
    }
  }
}
