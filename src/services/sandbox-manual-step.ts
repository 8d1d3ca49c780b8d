/**
 * `intercom-config sandbox states …`: one manual step, sent to a running sandbox (its admin
 * route) or applied to a stopped sandbox's state file under the state-file lock.
 */
import { postSandboxStep } from '../client/sandbox-admin.js';
import type { ManualStep, ManualStepOutcome } from '../sandbox/index.js';
import { manualStepOnStateFile } from '../workspace/local-sandbox.js';

export type { ManualStep, ManualStepOutcome } from '../sandbox/index.js';

export type SandboxTarget =
  /** `intercom-config sandbox` running in another process. */
  | { url: string; token: string }
  /** The state file of a sandbox that is not running (an embedded sandbox between commands). */
  | { stateFile: string };

export async function performSandboxStep(target: SandboxTarget, step: ManualStep): Promise<ManualStepOutcome> {
  if ('url' in target) return (await postSandboxStep(target.url, target.token, step)) as ManualStepOutcome;
  return manualStepOnStateFile(target.stateFile, step);
}
