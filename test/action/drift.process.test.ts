import { describe, expect, test } from 'vitest';
import { marker } from '../../action/src/comment-body.js';
import { configText, runActionEntry, RUN_URL, useActionFixture, type ActionRun } from './action-harness.js';

const SCHEDULE = { name: 'schedule', payload: { schedule: '17 6 * * *' } };
const BUG = { name: 'Bug report', description: 'Something is broken' };
const MARKER = marker('drift', { workspace: 'sandbox', config: 'intercom.config.yaml' });

const fixture = useActionFixture({ configDir: '.', config: configText([BUG]) });

function action(command: 'drift' | 'apply', inputs: Record<string, string> = {}, token?: string): Promise<ActionRun> {
  return runActionEntry(fixture.bundleDir, {
    inputs: { command, workspace: 'sandbox', ...inputs },
    eventName: SCHEDULE.name,
    event: SCHEDULE.payload,
    checkout: fixture.checkout,
    github: fixture.github,
    ...(token !== undefined ? { token } : {}),
  });
}

const driftIssues = () => fixture.github.issues.filter((i) => i.body.startsWith(`${MARKER}\n`));

describe('drift', () => {
  test('opens one issue while live differs, updates it, and closes it when the workspace matches again', async () => {
    const first = await action('drift');
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ 'exit-code': '2', 'has-changes': 'true', summary: 'Plan: 1 to create.' });
    expect(driftIssues()).toHaveLength(1);
    const issue = driftIssues()[0]!;
    expect(issue).toMatchObject({ state: 'open', title: 'intercom-config: workspace "sandbox" has drifted from intercom.config.yaml' });
    expect(issue.body).toContain('<b>create</b> ticket type "Bug report"');
    expect(issue.body).toContain(RUN_URL);
    expect(first.commands).toContainEqual({
      name: 'warning',
      properties: 'title=intercom-config drift (sandbox)',
      message: `Plan: 1 to create. See the drift issue #${issue.number}.`,
    });

    await fixture.writeConfig(configText([BUG, { name: 'Question', description: 'Ask us anything' }]));
    const second = await action('drift');
    expect(second.code, second.stdout).toBe(0);
    expect(fixture.github.issues).toHaveLength(1);
    expect(driftIssues()[0]).toMatchObject({ number: issue.number, state: 'open' });
    expect(driftIssues()[0]!.body).toContain('ticket type "Question"');

    expect((await action('apply', { comment: 'false' })).code).toBe(0);
    const third = await action('drift');
    expect(third.code, third.stdout).toBe(0);
    expect(third.outputs).toMatchObject({ 'exit-code': '0', 'has-changes': 'false', summary: 'No changes.' });
    expect(fixture.github.issues[0]).toMatchObject({ number: issue.number, state: 'closed', state_reason: 'completed' });
    const closing = fixture.github.comments.filter((c) => c.issue_number === issue.number);
    expect(closing).toHaveLength(1);
    expect(closing[0]!.body).toContain('matches <code>intercom.config.yaml</code> again');

    const fourth = await action('drift');
    expect(fourth.code).toBe(0);
    expect(fixture.github.issues).toHaveLength(1);
    expect(fixture.github.requests.filter((r) => r.method !== 'GET')).toHaveLength(4); // open, update, comment + close
  });

  test('a failed check fails the step and leaves the issue as it was', async () => {
    await action('drift');
    const before = structuredClone(fixture.github.issues);
    await fixture.writeConfig(configText([BUG]).replace('category: Customer', 'category: Nope'));
    const run = await action('drift');
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('1');
    expect(fixture.github.issues).toEqual(before);
    expect(run.commands.some((c) => c.name === 'error' && c.properties === 'title=intercom-config drift check failed (sandbox)')).toBe(true);
  });

  test('issues of other workspaces and people are left alone', async () => {
    fixture.github.issues.push({ number: 50, title: 'Please add a ticket type', body: 'We need one for refunds', state: 'open', state_reason: null, html_url: '' });
    const other = marker('drift', { workspace: 'production', config: 'intercom.config.yaml' });
    fixture.github.issues.push({ number: 51, title: 'production drifted', body: `${other}\nold`, state: 'open', state_reason: null, html_url: '' });
    await action('drift');
    expect((await action('apply', { comment: 'false' })).code).toBe(0);
    await action('drift');
    expect(fixture.github.issues.filter((i) => i.state === 'open').map((i) => i.number)).toEqual([50, 51]);
    expect(driftIssues().map((i) => i.state)).toEqual(['closed']);
  });

  test('without a token, drift says what it needs', async () => {
    const run = await action('drift', {}, '');
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.name === 'error')?.message).toContain('drift needs a github-token with `issues: write`');
  });
});
