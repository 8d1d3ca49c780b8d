import { UserError } from '../errors.js';
import type { ManualStep, ManualStepOutcome, RunningSandbox, SandboxOptions } from '../sandbox/index.js';

/**
 * The product's way into the sandbox: loaded on demand, so commands against Intercom never
 * load it, and its errors (a damaged state file, a port in use) become UserErrors, shown
 * with their hint and without a stack trace.
 */
export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const sandbox = await import('../sandbox/index.js');
  return asUserError(sandbox.SandboxError, () => sandbox.startSandbox(options));
}

/** A manual step on the state file of a sandbox that is not running (see the sandbox's manual-state-file.ts). */
export async function manualStepOnStateFile(stateFile: string, step: ManualStep): Promise<ManualStepOutcome> {
  const sandbox = await import('../sandbox/index.js');
  return asUserError(sandbox.SandboxError, () => sandbox.performManualStepOnStateFile(stateFile, step));
}

async function asUserError<T>(sandboxError: abstract new (...args: never[]) => Error & { hint?: string }, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof sandboxError)) throw error;
    throw new UserError(error.message, { ...(error.hint !== undefined ? { hint: error.hint } : {}), cause: error });
  }
}
