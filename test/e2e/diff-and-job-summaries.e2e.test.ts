/**
 * Issue 17, item 9: `diff` names both workspaces in its title (text and markdown), its
 * markdown has a marker of its own (a comment upsert keyed on plan's marker never replaces
 * a diff, nor the other way round), and `diff` and `apply` write the GitHub job summary
 * when GITHUB_STEP_SUMMARY is set, as `plan` does.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { markdownMarker } from '../../src/render/render-markdown.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { runCli, scratchDir } from '../helpers/cli.js';
import { TestClock } from '../helpers/clock.js';

const TOKENS = { INTERCOM_TOKEN_STAGING: 'tok_summary_staging_4f1e', INTERCOM_TOKEN_PRODUCTION: 'tok_summary_production_8c2d' };

let staging: RunningSandbox;
let production: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  staging = await startSandbox({ token: TOKENS.INTERCOM_TOKEN_STAGING, seed: { ticket_types: [{ name: 'Bug report', description: 'Something is broken' }, { name: 'Escalation' }] } });
  production = await startSandbox({ token: TOKENS.INTERCOM_TOKEN_PRODUCTION, seed: { ticket_types: [{ name: 'Bug report', description: 'Old text' }] } });
  scratch = await scratchDir('icfg-summary-');
  await scratch.write(
    'intercom.config.yaml',
    `version: 1
default_workspace: staging
workspaces:
  staging:
    url: ${staging.url}
    token: \${INTERCOM_TOKEN_STAGING}
  production:
    url: ${production.url}
    token: \${INTERCOM_TOKEN_PRODUCTION}
ticket_types:
  - name: Bug report
    description: Something is broken
`,
  );
});
afterAll(async () => {
  await staging.close();
  await production.close();
  await scratch.cleanup();
});

/** Runs the CLI with a fresh job summary file; returns the run and what it appended. */
async function withSummary(args: string[]) {
  // Retries of a failing write wait on this clock, which never waits.
  const clock = new TestClock();
  const file = join(scratch.dir, `summary-${args[0]}-${Date.now()}.md`);
  await scratch.write(file.slice(scratch.dir.length + 1), '');
  const result = await runCli(args, { cwd: scratch.dir, env: { ...TOKENS, GITHUB_STEP_SUMMARY: file }, clock });
  return { ...result, summary: await readFile(file, 'utf8') };
}

describe('diff', () => {
  test('text: the title says from → to', async () => {
    const diff = await runCli(['diff', '--from', 'staging', '--to', 'production'], { cwd: scratch.dir, env: TOKENS });
    expect(diff.code).toBe(0);
    expect(diff.stdout.split('\n')[0]).toBe(`Diff "staging" → "production" at ${production.url} (Intercom API 2.14)`);
    expect(diff.stdout).toContain('+ ticket type "Escalation"');
  });

  test('markdown: its own marker and title, distinct from the plan of the same workspace', async () => {
    const diff = await runCli(['diff', '--from', 'staging', '--to', 'production', '--format', 'markdown'], { cwd: scratch.dir, env: TOKENS });
    const plan = await runCli(['plan', '-w', 'production', '--format', 'markdown'], { cwd: scratch.dir, env: TOKENS });
    const [diffMarker, diffTitle] = diff.stdout.split('\n');
    expect(diffMarker).toBe('<!-- intercom-config-diff from="staging" to="production" -->');
    expect(diffTitle).toBe(`### intercom-config diff <code>staging</code> → <code>production</code> at <code>${production.url}</code>`);
    expect(plan.stdout.split('\n')[0]).toBe('<!-- intercom-config-plan workspace="production" -->');
    expect(markdownMarker('production', 'staging')).toBe(diffMarker);
    // Neither marker is a prefix of the other, so no search for one finds the other.
    expect(diffMarker!.startsWith('<!-- intercom-config-plan')).toBe(false);
  });

  test('writes the job summary: the same markdown as --format markdown', async () => {
    const run = await withSummary(['diff', '--from', 'staging', '--to', 'production']);
    expect(run.code).toBe(0);
    expect(run.summary.split('\n')[0]).toBe('<!-- intercom-config-diff from="staging" to="production" -->');
    expect(run.summary).toContain('<b>create</b> ticket type "Escalation"');
  });
});

describe('apply writes the job summary', () => {
  test('what was applied, with ids; then, with nothing left, that nothing changed', async () => {
    const plan = await withSummary(['plan', '-w', 'production']);
    expect(plan.summary.split('\n')[0]).toBe('<!-- intercom-config-plan workspace="production" -->');

    const apply = await withSummary(['apply', '-w', 'production', '--auto-approve']);
    expect(apply.code).toBe(0);
    const id = production.requests.find((r) => r.method === 'PUT')?.path.split('/').pop();
    expect(apply.summary).toBe(
      ['### ✅ intercom-config apply to <code>production</code>', '', 'Apply: 1 applied, 0 failed, 0 not attempted.', '', '**Applied (1)**', '', `- update ticket type <code>Bug report</code> (id <code>${id}</code>)`, '', ''].join('\n'),
    );

    const again = await withSummary(['apply', '-w', 'production', '--auto-approve']);
    expect(again.code).toBe(0);
    expect(again.summary).toBe('### ✅ intercom-config apply to <code>production</code>\n\nNo changes: the workspace already matched.\n\n');
  });

  test('a failed write is in the summary too', async () => {
    production.injectFault({ method: 'POST', path: '/ticket_types', times: 20, fault: { status: 500 } });
    await scratch.write('extra.yaml', (await readFile(join(scratch.dir, 'intercom.config.yaml'), 'utf8')) + '  - name: Incident\n');
    const apply = await withSummary(['apply', '-c', 'extra.yaml', '-w', 'production', '--auto-approve']);
    expect(apply.code).toBe(1);
    expect(apply.summary).toContain('### ❌ intercom-config apply to <code>production</code>');
    expect(apply.summary).toContain('**Failed (1)**\n\n- create ticket type <code>Incident</code> — <code>');
  });
});
