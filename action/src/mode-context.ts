import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plan } from '../../src/engine/create-plan.js';
import { parseSavedPlan } from '../../src/engine/saved-plans.js';
import { marker, type TargetKey } from './comment-body.js';
import { pullRequestOfEvent, type GitHubContext } from './github-context.js';
import { GitHubApiError, type GitHubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { Reporter } from './reporter.js';
import type { CliRunner } from './run-cli.js';
import { upsertComment } from './upsert-comment.js';

/** What every mode (plan, apply, drift) works with. */
export interface ModeContext {
  inputs: ActionInputs;
  github: GitHubContext;
  /** Absent without a token or a repository. */
  api: GitHubApi | undefined;
  cli: CliRunner;
  report: Reporter;
  /** The CLI's working directory: the checkout joined with `working-directory`. */
  cwd: string;
  key: TargetKey;
}

/** `--config` and `--workspace` as the inputs give them. */
export function targetArgs(context: ModeContext): string[] {
  const { inputs } = context;
  return ['--config', inputs.config, ...(inputs.workspace ? ['--workspace', inputs.workspace] : [])];
}

/** Where plan and drift save the plan when `plan-file` is not given: the runner's temp folder. */
export function planFilePath(context: ModeContext): string {
  if (context.inputs.planFile) return resolve(context.cwd, context.inputs.planFile);
  const slug = context.key.workspace.replace(/[^A-Za-z0-9_.-]+/g, '_');
  const hash = createHash('sha256').update(context.key.config).digest('hex').slice(0, 8);
  return join(context.github.tempDir ?? tmpdir(), `intercom-config-${slug}-${hash}.plan`);
}

/** The plan in a file saved by `plan --out`, or undefined when it cannot be read. */
export async function readSavedPlan(file: string): Promise<Plan | undefined> {
  try {
    return parseSavedPlan(await readFile(file, 'utf8'), file).plan;
  } catch {
    return undefined;
  }
}

export function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}

/**
 * Puts `body` in this workspace's comment on the pull request. Failing to comment (a
 * fork's read-only token, say) is a warning: the plan or apply itself is what the step
 * reports.
 */
export async function commentOnPullRequest(context: ModeContext, pullRequest: number | undefined, body: string): Promise<void> {
  const { api, report, inputs } = context;
  if (!inputs.comment) return;
  if (pullRequest === undefined) {
    report.log('No pull request for this run; no comment posted.');
    return;
  }
  if (!api) {
    report.annotate('warning', 'intercom-config: no comment', 'No github-token (or GITHUB_REPOSITORY), so the pull request gets no comment.');
    return;
  }
  try {
    const result = await upsertComment(api, pullRequest, marker('plan', context.key), body);
    report.log(`${result.action === 'created' ? 'Created' : 'Updated'} the comment on pull request #${pullRequest}${result.url ? `: ${result.url}` : ''}`);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    report.annotate('warning', 'intercom-config: comment not posted', error.message);
  }
}

/**
 * The pull request an apply belongs to: the event's own, or after a push to the default
 * branch the one merged as this commit.
 */
export async function pullRequestOfRun(context: ModeContext): Promise<number | undefined> {
  const fromEvent = pullRequestOfEvent(context.github);
  if (fromEvent !== undefined || !context.api || !context.github.sha || !context.inputs.comment) return fromEvent;
  try {
    const pulls = await context.api.pullRequestsOfCommit(context.github.sha);
    return (pulls.find((p) => p.merge_commit_sha === context.github.sha) ?? pulls[0])?.number;
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    context.report.annotate('warning', 'intercom-config: pull request not found', error.message);
    return undefined;
  }
}
