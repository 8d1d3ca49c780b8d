/**
 * The one call the product makes to a running sandbox's admin routes: a manual step (what
 * an admin does in Intercom's settings) sent to `intercom-config sandbox` in another
 * process. Not retried: a step is not idempotent (adding a state twice is refused), and a
 * sandbox on this machine either answers or is not running.
 */
import ky, { HTTPError } from 'ky';
import { UserError } from '../errors.js';
import { TOOL_VERSION } from '../version.js';

/** What the sandbox answers to a step it performed (`ManualStepOutcome` of intercom-config/sandbox). */
export interface SandboxStepAnswer {
  done: string;
  [key: string]: unknown;
}

const TIMEOUT_MS = 10_000;

export async function postSandboxStep(baseUrl: string, token: string, step: unknown): Promise<SandboxStepAnswer> {
  const url = `${baseUrl.replace(/\/+$/, '')}/__sandbox/manual-steps`;
  try {
    return await ky
      .post(url, {
        json: step,
        headers: { Authorization: `Bearer ${token}`, 'User-Agent': `intercom-config/${TOOL_VERSION}` },
        retry: 0,
        timeout: TIMEOUT_MS,
      })
      .json<SandboxStepAnswer>();
  } catch (error) {
    throw await describeFailure(baseUrl, error);
  }
}

async function describeFailure(baseUrl: string, error: unknown): Promise<UserError> {
  if (!(error instanceof HTTPError)) {
    return new UserError(`No sandbox answered at ${baseUrl}: ${(error as Error).message}`, {
      cause: error,
      hint: 'Check the address `intercom-config sandbox` printed when it started, or leave out --url to change a stopped sandbox\'s state file.',
    });
  }
  const body = (await error.response.json().catch(() => ({}))) as { error?: unknown; hint?: unknown };
  const message = typeof body.error === 'string' ? body.error : `HTTP ${error.response.status}`;
  const status = error.response.status;
  if (status === 401) {
    return new UserError(`The sandbox at ${baseUrl} refused the token.`, {
      hint: 'Pass the token the sandbox was started with: --token, or better INTERCOM_SANDBOX_TOKEN.',
    });
  }
  if (status === 404) return new UserError(`${baseUrl} is not an intercom-config sandbox, or one too old for manual steps (${message}).`);
  return new UserError(`The sandbox refused the step: ${message}`, typeof body.hint === 'string' ? { hint: body.hint } : {});
}
