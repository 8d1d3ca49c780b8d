import { readFile } from 'node:fs/promises';
import { InputError } from './inputs.js';

/** What the runner tells a step about its run, from the standard GITHUB_* variables. */
export interface GitHubContext {
  /** REST base URL: GITHUB_API_URL (GitHub Enterprise has its own). */
  apiUrl: string;
  owner: string;
  repo: string;
  eventName: string;
  event: Record<string, unknown>;
  sha: string;
  /** Link to this run (and attempt), for "see the run" notes. */
  runUrl: string;
  /** Absolute path of the checkout; annotations name files relative to it. */
  workspaceDir: string;
  outputFile: string | undefined;
  summaryFile: string | undefined;
  tempDir: string | undefined;
}

export async function readContext(env: NodeJS.ProcessEnv): Promise<GitHubContext> {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const attempt = env['GITHUB_RUN_ATTEMPT'];
  const runUrl = runId
    ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
    : `${serverUrl}/${repository}/actions`;
  return {
    apiUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, ''),
    owner,
    repo,
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    event: await readEvent(env['GITHUB_EVENT_PATH']),
    sha: env['GITHUB_SHA'] ?? '',
    runUrl,
    workspaceDir: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    outputFile: env['GITHUB_OUTPUT'] || undefined,
    summaryFile: env['GITHUB_STEP_SUMMARY'] || undefined,
    tempDir: env['RUNNER_TEMP'] || undefined,
  };
}

async function readEvent(file: string | undefined): Promise<Record<string, unknown>> {
  if (!file) return {};
  try {
    const data: unknown = JSON.parse(await readFile(file, 'utf8'));
    return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch (error) {
    throw new InputError(`cannot read the event payload ${file}: ${(error as Error).message}`);
  }
}

/** The pull request the event is about, when the payload names one. */
export function pullRequestOfEvent(context: GitHubContext): number | undefined {
  const pr = record(context.event['pull_request']);
  if (typeof pr?.['number'] === 'number') return pr['number'];
  const issue = record(context.event['issue']);
  if (issue?.['pull_request'] && typeof issue['number'] === 'number') return issue['number'];
  return undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}
