/**
 * A manual step on the state file of a sandbox that is not running. It takes the same lock
 * as a running sandbox, so it never races one: while a sandbox serves the file the step is
 * refused, and must go to that sandbox's admin route instead (`POST /__sandbox/manual-steps`).
 */
import { SandboxError } from './sandbox-error.js';
import { performManualStep, type ManualStep, type ManualStepOutcome } from './manual-steps.js';
import { loadStateFile, removeStaleTempFiles, writeAtomically } from './persistence.js';
import { lockStateFile } from './state-lock.js';
import { createStateSerializer } from './state-serializer.js';
import { Workspace } from './workspace.js';

export async function performManualStepOnStateFile(stateFile: string, step: ManualStep, now: () => number = Date.now): Promise<ManualStepOutcome> {
  let lock;
  try {
    lock = await lockStateFile(stateFile);
  } catch (error) {
    if (!(error instanceof SandboxError)) throw error;
    throw new SandboxError(error.message, {
      hint:
        'If `intercom-config sandbox` serves this file, send the step to it instead with --url (the address it printed, e.g. --url http://127.0.0.1:4010). ' +
        (error.hint ?? ''),
      cause: error,
    });
  }
  try {
    await removeStaleTempFiles(stateFile);
    const state = await loadStateFile(stateFile);
    if (!state) {
      // Creating a state here would make the workspace's seed file never apply (a seed is read only for a fresh state).
      throw new SandboxError(`There is no sandbox state file at ${stateFile} yet.`, {
        hint: 'Run any command against the sandbox workspace once (e.g. `intercom-config plan`), or start `intercom-config sandbox --state FILE`, so the workspace exists; then run this again.',
      });
    }
    const ws = new Workspace(state, now);
    const outcome = performManualStep(ws, step);
    if (ws.revision > 0) await writeAtomically(stateFile, createStateSerializer()(ws.state));
    return outcome;
  } finally {
    await lock.release();
  }
}
