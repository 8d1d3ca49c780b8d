/**
 * What plan and drift leave behind when the workflow run is cancelled while the CLI plans:
 * a warning and the step's outputs, never a "plan failed" comment over the last good plan
 * nor a touched drift issue. The modes run in-process against the fake GitHub, with a CLI
 * runner that answers as a cancelled CLI does (run-cli.test.ts pins that part).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { marker } from '../../action/src/comment-body.js';
import { driftMode } from '../../action/src/drift-mode.js';
import { GitHubApi } from '../../action/src/github-api.js';
import type { ModeContext } from '../../action/src/mode-context.js';
import { planMode } from '../../action/src/plan-mode.js';
import { Reporter } from '../../action/src/reporter.js';
import type { CliRun } from '../../action/src/run-cli.js';
import { parseOutputs, TEST_GITHUB_TOKEN } from './action-harness.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

const KEY = { workspace: 'production', config: 'intercom.config.yaml' };
const CANCELLED: CliRun = { code: 130, stdout: '', stderr: '', cancelled: true, started: true };

let github: FakeGitHub;
let dir: string;
let log: string;
beforeEach(async () => {
  github = await startFakeGitHub({ token: TEST_GITHUB_TOKEN, owner: 'acme', repo: 'support-config' });
  dir = await mkdtemp(join(tmpdir(), 'icfg-cancelled-modes-'));
  await writeFile(join(dir, 'output'), '');
  await writeFile(join(dir, 'summary.md'), '');
  log = '';
});
afterEach(async () => {
  await github.close();
  await rm(dir, { recursive: true, force: true });
});

function context(command: 'plan' | 'drift'): ModeContext {
  return {
    inputs: { command, workspace: 'production', config: 'intercom.config.yaml', workingDirectory: '.', comment: true, githubToken: TEST_GITHUB_TOKEN, planFile: '', args: [] },
    github: {
      apiUrl: github.apiUrl,
      owner: 'acme',
      repo: 'support-config',
      eventName: 'pull_request',
      event: { pull_request: { number: 7 } },
      sha: 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2',
      runUrl: 'https://github.example/acme/support-config/actions/runs/9',
      workspaceDir: dir,
      outputFile: join(dir, 'output'),
      summaryFile: join(dir, 'summary.md'),
      tempDir: dir,
    },
    api: new GitHubApi({ apiUrl: github.apiUrl, token: TEST_GITHUB_TOKEN, owner: 'acme', repo: 'support-config' }),
    cli: () => Promise.resolve(CANCELLED),
    report: new Reporter((text) => void (log += text), { outputFile: join(dir, 'output'), summaryFile: join(dir, 'summary.md'), workspaceDir: dir }),
    cwd: dir,
    key: KEY,
  };
}

describe('a cancelled run while the CLI plans', () => {
  test('plan: the pull request keeps its comment; the step warns and fails', async () => {
    const previous = `${marker('plan', KEY)}\nthe last good plan`;
    github.comments.push({ id: 1, issue_number: 7, body: previous, html_url: 'https://github.example/c/1' });

    expect(await planMode(context('plan'))).toBe(1);
    expect(github.comments).toEqual([expect.objectContaining({ id: 1, body: previous })]);
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(log).toContain('::warning title=intercom-config plan cancelled (production)::The workflow run was cancelled before the plan was finished.');
    expect(log).not.toContain('plan failed');
    expect(parseOutputs(await readFile(join(dir, 'output'), 'utf8'))).toMatchObject({ 'exit-code': '130' });
    expect(await readFile(join(dir, 'summary.md'), 'utf8')).toContain('### ⚠️ intercom-config plan cancelled for <code>production</code>');
  });

  test('drift: the drift issue is not touched; the step warns and fails', async () => {
    expect(await driftMode(context('drift'))).toBe(1);
    expect(github.requests).toEqual([]);
    expect(log).toContain('::warning title=intercom-config drift check cancelled (production)::');
    expect(await readFile(join(dir, 'summary.md'), 'utf8')).toContain('drift check cancelled for <code>production</code>\n\nThe drift issue was left as it is.');
  });
});
