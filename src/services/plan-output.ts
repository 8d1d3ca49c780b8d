import { realpath } from 'node:fs/promises';
import { FileReadError, MAX_PLAN_BYTES, readRegularFile } from '../common/read-regular-file.js';
import { UserError } from '../errors.js';
import { SAVED_PLAN_KIND } from '../plan/saved-plan.js';

/**
 * Checks `plan --out FILE` before anything is read: FILE may be new or an earlier saved
 * plan, never the config file or another file that would be lost (`--out README.md`), nor
 * a device or folder. A plan that was shown but could not be saved is refused this early.
 */
export async function checkPlanOutput(out: string, configFile: string): Promise<void> {
  const [target, config] = await Promise.all([realpathOrUndefined(out), realpathOrUndefined(configFile)]);
  if (target === undefined) return;
  if (target === config) {
    throw new UserError(`--out ${out} is the config file; saving the plan there would replace it.`, { hint: 'Name another file for the plan, e.g. --out plan.out.' });
  }
  let text: string;
  try {
    text = (await readRegularFile(target, MAX_PLAN_BYTES)).toString('utf8');
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    throw new UserError(`--out ${out} cannot be replaced with the plan: ${error.reason}.`, { hint: 'Name a new file, or an earlier saved plan to replace.' });
  }
  if (!isSavedPlan(text)) {
    throw new UserError(`--out ${out} exists and is not a plan saved by intercom-config; it is left as it is.`, {
      hint: 'Name a new file, or remove that one first if it may go.',
    });
  }
}

function isSavedPlan(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    return data !== null && typeof data === 'object' && (data as Record<string, unknown>)['kind'] === SAVED_PLAN_KIND;
  } catch {
    return false;
  }
}

async function realpathOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    return undefined;
  }
}
