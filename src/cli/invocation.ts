import { dependentProject, isWithin, realpathOfPath } from '../util/install-location.js';

export interface Invocation {
  /** The command name (oclif's `bin`). */
  bin: string;
  /** Root of the running package. */
  packageRoot: string;
  /** The user's working directory. */
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * How the user types this CLI in the commands we suggest (next steps, hints): `npx
 * intercom-config` when it runs through npx or `npm exec` (npm sets npm_command=exec), or
 * from the node_modules of the project the user is in — a local install is not on PATH, so
 * a bare `intercom-config` would be "command not found". A global install, `npm link` or a
 * clone is on PATH (or the user knows how they run it): the bare name.
 */
export function commandPrefix(invocation: Invocation): string {
  const { bin, env } = invocation;
  if (env['npm_command'] === 'exec') return `npx ${bin}`;
  const project = dependentProject(realpathOfPath(invocation.packageRoot));
  return project !== undefined && isWithin(realpathOfPath(invocation.cwd), project) ? `npx ${bin}` : bin;
}
