import { relative, resolve, sep } from 'node:path';
import { applyMode } from './apply-mode.js';
import type { Cancellation } from './cancellation.js';
import { driftMode } from './drift-mode.js';
import { GitHubApi } from './github-api.js';
import { readContext } from './github-context.js';
import { InputError, readInputs } from './inputs.js';
import type { ModeContext } from './mode-context.js';
import { planMode } from './plan-mode.js';
import { Reporter } from './reporter.js';
import { cliRunner } from './run-cli.js';
import { annotation } from './workflow-commands.js';

const MODES = { plan: planMode, apply: applyMode, drift: driftMode } as const;

/**
 * The action from the runner's environment to an exit code. `cliPath` is the bundled CLI
 * next to the action's own file; `write` is the step's stdout; `cancellation` says when the
 * runner cancels the step.
 */
export async function runAction(env: NodeJS.ProcessEnv, cliPath: string, write: (text: string) => void, cancellation?: Cancellation): Promise<number> {
  try {
    const inputs = readInputs(env);
    const github = await readContext(env);
    const report = new Reporter(write, github);
    const cwd = resolve(github.workspaceDir, inputs.workingDirectory);
    const context: ModeContext = {
      inputs,
      github,
      api:
        inputs.githubToken && github.owner && github.repo
          ? new GitHubApi({ apiUrl: github.apiUrl, token: inputs.githubToken, owner: github.owner, repo: github.repo })
          : undefined,
      cli: cliRunner(cliPath, env, write, cancellation),
      report,
      cwd,
      key: {
        workspace: inputs.workspace || 'default',
        config: relative(github.workspaceDir, resolve(cwd, inputs.config)).split(sep).join('/'),
      },
    };
    return await MODES[inputs.command](context);
  } catch (error) {
    const message = error instanceof InputError ? `Invalid input: ${error.message}` : `The action failed unexpectedly: ${(error as Error).stack ?? String(error)}`;
    write(annotation('error', message, { title: 'intercom-config action' }));
    return 1;
  }
}
