/** How the security tests read refusals: the issues of a config, the UserError of a call. */
import { parseConfig } from '../../../src/config/load-config.js';
import { ConfigError, UserError, type ConfigIssue } from '../../../src/errors.js';

/** The located issues `parseConfig` reports for `text` (as `intercom.config.yaml`); [] when it loads. */
export function configIssues(text: string, env: NodeJS.ProcessEnv = {}): ConfigIssue[] {
  try {
    parseConfig(text, 'intercom.config.yaml', { env });
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
}

/** Issues as `line:column message`, the way a reader scans them. */
export function configMessages(text: string, env: NodeJS.ProcessEnv = {}): string[] {
  return configIssues(text, env).map((i) => `${i.location?.line}:${i.location?.column} ${i.message}`);
}

/** The UserError `run` throws; fails the test when it throws nothing or something else. */
export function userErrorOf(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}
