/**
 * Cancelling a workflow run: the runner sends SIGINT to the step's entry process (this
 * action), SIGTERM 7.5 s later, and kills the process tree 2.5 s after that. The CLI runs
 * as a child and is sent neither, so the action hands each signal on as the Ctrl-C the
 * CLI understands: the first stops new writes and waits for those in flight, the second
 * ends it at once. Either way the action stays up to report what was done.
 */
export class Cancellation {
  private signals = 0;
  private readonly listeners = new Set<(nth: number) => void>();

  /** True once the run was asked to stop. */
  get requested(): boolean {
    return this.signals > 0;
  }

  /** One more request to stop (the first, the second, …). */
  request(): void {
    this.signals += 1;
    for (const listener of [...this.listeners]) listener(this.signals);
  }

  /** Calls `listener` on each later request, until the returned function is called. */
  subscribe(listener: (nth: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** A cancellation requested by the runner's SIGINT and SIGTERM. */
export function cancellationBySignals(target: Pick<NodeJS.Process, 'on'> = process): Cancellation {
  const cancellation = new Cancellation();
  target.on('SIGINT', () => cancellation.request());
  target.on('SIGTERM', () => cancellation.request());
  return cancellation;
}
