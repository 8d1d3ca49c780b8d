import { resolve } from 'node:path';
import { Flags } from '@oclif/core';
import type { ResultView } from './output.js';
import type { ManualStepOutcome, SandboxTarget } from '../services/sandbox-manual-step.js';

/** The state file `intercom-config init` declares for the sandbox workspace. */
export const DEFAULT_SANDBOX_STATE = '.intercom/sandbox.json';

/** Where a manual step goes: a stopped sandbox's state file, or a running sandbox. */
export const sandboxStepFlags = {
  state: Flags.string({
    description: `State file of a sandbox that is not running: the \`sandbox:\` path of a workspace in the config (default ${DEFAULT_SANDBOX_STATE}).`,
    helpValue: 'FILE',
    exclusive: ['url'],
  }),
  url: Flags.string({
    description: 'Send the step to a running `intercom-config sandbox` at this address instead (the one it printed), e.g. http://127.0.0.1:4010.',
    helpValue: 'URL',
  }),
  token: Flags.string({
    description: 'With --url: the token that sandbox was started with, if any. Prefer INTERCOM_SANDBOX_TOKEN: a flag is visible to other users in `ps`.',
    env: 'INTERCOM_SANDBOX_TOKEN',
  }),
  json: Flags.boolean({ description: 'Print what changed as JSON on stdout.', default: false }),
};

export function sandboxTarget(flags: { state?: string | undefined; url?: string | undefined; token?: string | undefined }): SandboxTarget {
  // A sandbox started without --token accepts any non-empty token.
  if (flags.url !== undefined) return { url: flags.url, token: flags.token ?? 'sandbox' };
  return { stateFile: resolve(flags.state ?? DEFAULT_SANDBOX_STATE) };
}

export const manualStepView: ResultView<ManualStepOutcome> = {
  text: (outcome) => `${outcome.done}\n`,
  json: (outcome) => outcome,
};

/** Shared help paragraph: where the step goes, and why it exists. */
export const SANDBOX_STEP_TARGETS =
  'The public API cannot create or change ticket states, nor choose the states of a ticket type: in Intercom an admin does that in Settings → Tickets. These commands do the same in a sandbox workspace, so a plan that waits for such a manual step can be cleared.\n\n' +
  `Without --url the step changes the state file of a sandbox that is not running (--state, default ${DEFAULT_SANDBOX_STATE}; the workspace must have been used once). ` +
  'While `intercom-config sandbox` serves that file it holds its lock, and the step is refused: send it to that sandbox with --url instead.';
