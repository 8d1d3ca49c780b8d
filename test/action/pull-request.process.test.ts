import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { marker } from '../../action/src/comment-body.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { configText, runActionEntry, RUN_URL, startActionEntry, useActionFixture, type ActionRun } from './action-harness.js';
import { GITHUB_BODY_LIMIT } from './fake-github.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const BUG = { name: 'Bug report', description: 'Something is broken' };
const IDEA = { name: 'Feature request', description: 'An idea for the product' };

const fixture = useActionFixture({ configDir: 'intercom', config: configText([BUG, IDEA]) });
const writeConfig = (text: string) => fixture.writeConfig(text);

function action(inputs: Record<string, string>, event: { name: string; payload: Record<string, unknown> } = PULL_REQUEST): Promise<ActionRun> {
  return runActionEntry(fixture.bundleDir, {
    inputs: { 'working-directory': 'intercom', ...inputs },
    eventName: event.name,
    event: event.payload,
    checkout: fixture.checkout,
    github: fixture.github,
    sha: SHA,
  });
}

const PULL_REQUEST = { name: 'pull_request', payload: { pull_request: { number: 7 } } };
const PUSH = { name: 'push', payload: { ref: 'refs/heads/main' } };
const MARKER = marker('plan', { workspace: 'default', config: 'intercom/intercom.config.yaml' });
const onPullRequest = () => fixture.github.comments.filter((c) => c.issue_number === 7);

describe('plan on a pull request', () => {
  test('the first run creates one comment, the second updates that same comment', async () => {
    const first = await action({ command: 'plan' });
    expect(first.code, first.stdout).toBe(0);
    expect(onPullRequest()).toHaveLength(1);
    const [comment] = onPullRequest();
    expect(comment!.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comment!.body).toContain('<b>create</b> ticket type "Bug report"');
    expect(first.outputs).toMatchObject({ 'exit-code': '2', 'has-changes': 'true', summary: 'Plan: 2 to create.' });
    expect(existsSync(first.outputs['plan-file']!)).toBe(false); // the runner's temp folder is gone with the job
    // Written once, by the action: the CLI does not get the runner's summary file.
    expect(first.summary.match(/### intercom-config plan for <code>sandbox<\/code>/g)).toHaveLength(1);
    expect(first.commands).toContainEqual({ name: 'notice', properties: 'title=intercom-config plan (sandbox)', message: 'Plan: 2 to create.' });

    await writeConfig(configText([BUG, { ...IDEA, description: 'Tell us what you miss' }]));
    const second = await action({ command: 'plan' });
    expect(second.code, second.stdout).toBe(0);
    expect(onPullRequest()).toHaveLength(1);
    expect(onPullRequest()[0]!.id).toBe(comment!.id);
    expect(onPullRequest()[0]!.body).toContain('Tell us what you miss');
    expect(fixture.github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(fixture.github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  test('a plan with no changes says so', async () => {
    const applied = await action({ command: 'apply', comment: 'false' }, PUSH);
    expect(applied.code, applied.stdout).toBe(0);
    const run = await action({ command: 'plan' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ 'exit-code': '0', 'has-changes': 'false', summary: 'No changes.' });
    expect(onPullRequest()[0]!.body).toContain('**No changes.** The workspace matches the configuration.');
  });

  test('a failed plan replaces the comment with the error, and the error is annotated on the file', async () => {
    await action({ command: 'plan' });
    const id = onPullRequest()[0]!.id;
    await writeConfig(configText([BUG]).replace('category: Customer', 'category: Customerz'));
    const run = await action({ command: 'plan' });
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.outputs['has-changes']).toBeUndefined();
    const [comment] = onPullRequest();
    expect(comment!.id).toBe(id);
    expect(comment!.body.startsWith(`${MARKER}\n### ❌ intercom-config plan failed for <code>default</code>`)).toBe(true);
    expect(comment!.body).not.toContain('<details>');
    expect(comment!.body).toContain('Customerz');
    expect(comment!.body).toContain(RUN_URL);
    const located = run.commands.find((c) => c.name === 'error' && c.properties.startsWith('file='));
    expect(located?.properties).toMatch(/^file=intercom\/intercom\.config\.yaml,line=\d+,col=\d+$/);
    expect(run.summary).toContain('plan failed');
  });

  test('an oversized plan is cut under GitHub\'s limit and links to the run for the rest', async () => {
    const many = Array.from({ length: 160 }, (_, i) => ({ name: `Type ${String(i).padStart(3, '0')}`, description: `${'A long description. '.repeat(22)}${i}` }));
    await writeConfig(configText(many));
    const run = await action({ command: 'plan' });
    expect(run.code, run.stdout).toBe(0);
    const body = onPullRequest()[0]!.body;
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body).toMatch(/\*\*\d+ of 160 changes are not shown here\.\*\* The full plan is in \[the run's log\]/);
    expect(body).toContain(RUN_URL);
    expect(body).toContain('| 160 | 0 |'); // the summary table is never cut
    expect(run.stdout).toContain('Type 159'); // the log has all of it
  });

  test('comments are kept per workspace and config, and duplicates left by racing runs collapse into one', async () => {
    await writeConfig(configText([BUG], ['staging', 'production']));
    const stagingMarker = marker('plan', { workspace: 'staging', config: 'intercom/intercom.config.yaml' });
    fixture.github.comments.push(
      { id: 11, issue_number: 7, body: `${stagingMarker}\nold plan`, html_url: '' },
      { id: 12, issue_number: 7, body: 'A human comment', html_url: '' },
      { id: 13, issue_number: 7, body: `${stagingMarker}\nracing duplicate`, html_url: '' },
    );
    expect((await action({ command: 'plan', workspace: 'staging' })).code).toBe(0);
    expect((await action({ command: 'plan', workspace: 'production' })).code).toBe(0);
    const bodies = onPullRequest().map((c) => [c.id, c.body.split('\n')[0]]);
    expect(bodies).toEqual([
      [11, stagingMarker],
      [12, 'A human comment'],
      [expect.any(Number), marker('plan', { workspace: 'production', config: 'intercom/intercom.config.yaml' })],
    ]);
    expect(onPullRequest()[0]!.body).toContain('### intercom-config plan for <code>staging</code>');
  });

  test('no input, plan or error text can start a workflow command', async () => {
    await writeConfig(configText([{ name: 'Bug report', description: 'first line\n::add-mask::leak\n::set-output name=x::y' }]));
    const ok = await action({ command: 'plan' });
    const badWorkspace = await action({ command: 'plan', workspace: 'nosuch\n::add-mask::leak::' });
    // The CLI names the missing file as given, keeping the line break but breaking the `::`
    // that would start the next line (escape-terminal.ts).
    const badConfig = await action({ command: 'plan', config: 'missing\n::add-mask::leak.yaml' });
    expect(badConfig.stdout).toContain('\n\\u003a:add-mask::leak.yaml');
    expect([ok.code, badWorkspace.code, badConfig.code]).toEqual([0, 1, 1]);
    for (const run of [ok, badWorkspace, badConfig]) {
      expect(run.commands.map((c) => c.name).every((name) => ['notice', 'warning', 'error'].includes(name)), run.stdout).toBe(true);
    }
    const error = badWorkspace.commands.find((c) => c.name === 'error')!;
    expect(error.properties).toBe('title=intercom-config plan failed (nosuch%0A%3A%3Aadd-mask%3A%3Aleak%3A%3A)');
    expect(badConfig.commands.find((c) => c.name === 'error')!.message).toContain('missing%0A\\u003a:add-mask::leak.yaml');
  });
});

/** A config whose one workspace is a sandbox the test started, its token from INTERCOM_TOKEN. */
function liveConfig(url: string, ticketTypes: string[]): string {
  return ['version: 1', 'workspaces:', '  live:', `    url: ${url}`, '    token: ${INTERCOM_TOKEN}', 'ticket_types:', ...ticketTypes, ''].join('\n');
}

/** The action's apply on the push that merged pull request 7, with the live sandbox's token. */
function applyOnMerge(inputs: Record<string, string> = {}) {
  return {
    inputs: { command: 'apply', 'working-directory': 'intercom', ...inputs },
    eventName: PUSH.name,
    event: PUSH.payload,
    checkout: fixture.checkout,
    github: fixture.github,
    sha: SHA,
    env: { INTERCOM_TOKEN: 'intercom-test-token' },
  };
}

describe('apply after merge', () => {
  test('posts the result to the merged pull request, in its workspace comment', async () => {
    const planned = await action({ command: 'plan', 'plan-file': 'plans/default.plan' });
    expect(planned.code, planned.stdout).toBe(0);
    fixture.github.pullsOfCommit.set(SHA, [{ number: 7, merge_commit_sha: SHA }]);

    const applied = await action({ command: 'apply', 'plan-file': 'plans/default.plan' }, PUSH);
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.outputs).toMatchObject({ 'exit-code': '0', 'has-changes': 'true', summary: 'Apply: 2 applied, 0 failed, 0 not attempted.' });
    expect(onPullRequest()).toHaveLength(1);
    const body = onPullRequest()[0]!.body;
    expect(body.startsWith(`${MARKER}\n### ✅ Applied to <code>default</code>`)).toBe(true);
    expect(body).toContain('**Applied (2)**');
    expect(body).toMatch(/- create ticket type <code>Bug report<\/code> \(id <code>\d+<\/code>\)/);
    expect(body).toContain('The plan that was applied');
    expect(applied.summary).toContain('Applied to');

    // The same saved plan again: its creates exist now, so the CLI refuses it and writes nothing.
    const again = await action({ command: 'apply', 'plan-file': 'plans/default.plan' }, PUSH);
    expect(again.code).toBe(1);
    expect(again.outputs['exit-code']).toBe('1');
    expect(again.outputs['summary']).toMatch(/^Apply not attempted: Error: /);
    const refused = onPullRequest()[0]!.body;
    expect(refused).toContain('### ⏹️ Apply to <code>default</code> was not attempted');
    expect(refused).toContain('intercom-config reported no apply result; its error is below.');
    expect(refused).toMatch(/```text\nError: [^`]*nothing was written/i);
    expect(again.commands.some((c) => c.name === 'error' && c.properties === 'title=intercom-config apply not attempted (default)')).toBe(true);
  });

  test('a failed apply reports what was applied, what failed and what was not attempted', async () => {
    const sandbox = await startSandbox({ token: 'intercom-test-token' });
    try {
      // The second ticket type's create keeps failing (the CLI re-reads and retries a create
      // that was not performed, so one fault is not enough); its attribute cannot be attempted.
      sandbox.injectFault({ method: 'POST', path: '/ticket_types', nth: 2, times: 50, fault: { status: 500 } });
      await writeConfig(
        liveConfig(sandbox.url, [
          '  - { name: Bug report, description: Something is broken, category: Customer }',
          '  - name: Feature request',
          '    description: An idea',
          '    category: Customer',
          '    attributes:',
          '      - { name: Area, description: Which part?, data_type: string }',
        ]),
      );
      fixture.github.pullsOfCommit.set(SHA, [{ number: 7, merge_commit_sha: SHA }]);
      const run = await runActionEntry(fixture.bundleDir, applyOnMerge());
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs).toMatchObject({ 'exit-code': '1', summary: 'Apply: 1 applied, 1 failed, 1 not attempted.' });
      const body = onPullRequest()[0]!.body;
      expect(body).toContain('### ❌ Apply to <code>default</code> failed');
      expect(body).toMatch(/\*\*Applied \(1\)\*\*\n\n- create ticket type <code>Bug report<\/code>/);
      expect(body).toMatch(/\*\*Failed \(1\)\*\*\n\n- create ticket type <code>Feature request<\/code> — <code>[^<]*POST \/ticket&#95;types/);
      expect(body).toContain('**Not attempted (1)**\n\n- create ticket type attribute <code>Feature request › Area</code>');
      expect(body).not.toContain('```'); // the lists say it all; no log dump
      expect(body).not.toContain('intercom-test-token');
      expect(run.stdout).not.toContain('intercom-test-token');
    } finally {
      await sandbox.close();
    }
  });

  test('a cancelled run reaches the CLI as Ctrl-C: writes in flight finish, nothing new is sent, the comment says interrupted', async () => {
    const sandbox = await startSandbox({ token: 'intercom-test-token' });
    try {
      // Six types, two creates at a time; from the third create on the sandbox holds them.
      const types = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];
      await writeConfig(liveConfig(sandbox.url, types.map((name) => `  - { name: ${name}, description: The ${name} type, category: Customer }`)));
      sandbox.injectFault({ method: 'POST', path: '/ticket_types', nth: 3, times: 1_000, fault: { type: 'hold' } });
      fixture.github.pullsOfCommit.set(SHA, [{ number: 7, merge_commit_sha: SHA }]);
      const started = await startActionEntry(fixture.bundleDir, applyOnMerge({ args: '--concurrency 2' }));
      await sandbox.waitForHeld(2);
      // What the runner does when someone cancels the workflow run.
      started.process.child.kill('SIGINT');
      await started.process.waitForOutput(/Interrupted: no new writes will start; waiting for the 2 write\(s\) in flight\./, 'stdout');
      const writes = () => sandbox.requests.filter((r) => r.method !== 'GET');
      const sentAtSignal = writes().length;
      sandbox.clearFaults();
      await sandbox.releaseHeld();
      const run = await started.done;

      expect(sentAtSignal).toBe(4);
      expect(writes()).toHaveLength(sentAtSignal);
      expect(writes().every((w) => w.status === 200)).toBe(true);
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain('[intercom-config action] The workflow run was cancelled: passing it on to intercom-config as Ctrl-C.');
      expect(run.outputs).toMatchObject({ 'exit-code': '130', summary: 'Apply interrupted: 4 applied, 0 failed, 2 not attempted.' });
      const body = onPullRequest()[0]!.body;
      expect(body).toContain('### ⚠️ Apply to <code>default</code> was interrupted');
      expect(body).toContain('**Applied (4)**');
      expect(body).toMatch(/\*\*Not attempted \(2\)\*\*\n\n- create ticket type <code>(Echo|Foxtrot)<\/code>/);
      expect(body).toContain('run the apply again to do the rest');
      expect(run.commands).toContainEqual(expect.objectContaining({ name: 'error', properties: 'title=intercom-config apply interrupted (default)' }));
    } finally {
      await sandbox.releaseHeld();
      await sandbox.close();
    }
  });

  test('a saved plan that archives is applied only when the apply step confirms it with --prune in its own args', async () => {
    expect((await action({ command: 'apply', comment: 'false' }, PUSH)).code).toBe(0);
    await writeConfig(configText([BUG]));
    const planned = await action({ command: 'plan', 'plan-file': 'plans/prune.plan', args: '--prune' });
    expect(planned.code, planned.stdout).toBe(0);
    expect(onPullRequest()[0]!.body).toContain('<b>archive</b> ticket type "Feature request"');

    const unconfirmed = await action({ command: 'apply', 'plan-file': 'plans/prune.plan', comment: 'false' }, PUSH);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stdout).toContain('--prune');
    expect(unconfirmed.outputs).toMatchObject({ 'exit-code': '1' });

    const applied = await action({ command: 'apply', 'plan-file': 'plans/prune.plan', comment: 'false', args: '--prune' }, PUSH);
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.outputs).toMatchObject({ 'exit-code': '0', summary: 'Apply: 1 applied, 0 failed, 0 not attempted.' });
  });

  test('without a pull request for the commit, apply still runs and says where the result is', async () => {
    const run = await action({ command: 'apply' }, PUSH);
    expect(run.code, run.stdout).toBe(0);
    expect(fixture.github.comments).toHaveLength(0);
    expect(run.stdout).toContain('No pull request for this run; no comment posted.');
    expect(run.summary).toContain('**Applied (2)**');
  });
});
