import { appendFile } from 'node:fs/promises';
import type { ConfigIssue } from '../errors.js';
import { annotation } from '../render/escape-workflow-command.js';

/** The environment as commands read it; a plain record, so no Node types leak into public ones. */
export type Environment = Record<string, string | undefined>;

export function inGitHubActions(env: Environment): boolean {
  return env['GITHUB_ACTIONS'] === 'true';
}

/** `::error` workflow commands, so GitHub marks each problem on the file's line. */
export function annotations(issues: readonly ConfigIssue[]): string {
  return issues
    .map((issue) => {
      const loc = issue.location;
      return annotation('error', issue.message, loc ? { file: loc.file, line: loc.line, col: loc.column } : {});
    })
    .join('');
}

/** Appends to the job summary when GitHub provides one. */
export async function appendStepSummary(markdown: string, env: Environment): Promise<void> {
  const file = env['GITHUB_STEP_SUMMARY'];
  if (file) await appendFile(file, `${markdown}\n`);
}
