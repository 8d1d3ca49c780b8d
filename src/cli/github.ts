import { appendFile } from 'node:fs/promises';
import type { ConfigIssue } from '../errors.js';

export function inGitHubActions(env: NodeJS.ProcessEnv): boolean {
  return env['GITHUB_ACTIONS'] === 'true';
}

/** `::error` workflow commands, so GitHub marks each problem on the file's line. */
export function annotations(issues: readonly ConfigIssue[]): string {
  return issues
    .map((issue) => {
      const loc = issue.location;
      const props = loc ? ` file=${escapeProperty(loc.file)},line=${loc.line},col=${loc.column}` : '';
      return `::error${props}::${escapeData(issue.message)}\n`;
    })
    .join('');
}

/** Appends to the job summary when GitHub provides one. */
export async function appendStepSummary(markdown: string, env: NodeJS.ProcessEnv): Promise<void> {
  const file = env['GITHUB_STEP_SUMMARY'];
  if (file) await appendFile(file, `${markdown}\n`);
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
