import { UserError } from '../errors.js';
import type { RunningSandbox, SandboxOptions } from '../sandbox/index.js';

/**
 * The product's way into the sandbox: loaded on demand, so commands against Intercom never
 * load it, and its errors (a damaged state file, a port in use) become UserErrors, shown
 * with their hint and without a stack trace.
 */
export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const sandbox = await import('../sandbox/index.js');
  try {
    return await sandbox.startSandbox(options);
  } catch (error) {
    if (!(error instanceof sandbox.SandboxError)) throw error;
    throw new UserError(error.message, { ...(error.hint !== undefined ? { hint: error.hint } : {}), cause: error });
  }
}
