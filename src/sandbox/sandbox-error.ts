/**
 * A problem the person running the sandbox can fix: a bad option, seed or state file, a
 * port in use. The sandbox imports nothing from the product, so it has its own error
 * class; the product turns it into its UserError at the boundary (src/workspace/local-sandbox.ts).
 */
export class SandboxError extends Error {
  override name = 'SandboxError';
  /** What to do next, printed under the message. */
  readonly hint?: string;

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    if (options.hint !== undefined) this.hint = options.hint;
  }
}
