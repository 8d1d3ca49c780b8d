/**
 * apply's policy (services/apply-workspace.ts) through the CLI in-process: who may be
 * asked, what the answer does, and what a saved plan must match — each refusal before
 * any write.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_policy_c4ca4238a0b923820dcc509a6f75849b';
const BODY = 'ticket_types:\n  - name: Question\n    description: Ask us\n';

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeAll(async () => {
  sandbox = await startSandbox({ token: TOKEN });
  scratch = await scratchDir('icfg-policy-');
});
afterAll(async () => {
  await sandbox.close();
  await scratch.cleanup();
});
beforeEach(async () => {
  await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY);
  sandbox.clearRequestLog();
});

const cli = (args: string[], options: { input?: string; tty?: boolean } = {}) =>
  runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN }, ...options });
const writes = () => sandbox.requests.filter((r) => r.method !== 'GET');

describe('confirmation on a terminal', () => {
  test('anything but "yes" cancels: the plan is shown, nothing is written, exit 1', async () => {
    const result = await cli(['apply'], { tty: true, input: 'y\n' });
    // A cancelled apply did not do what was asked: not a success.
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('+ ticket type "Question"');
    expect(result.stderr).toContain('Apply 1 change(s) to workspace "test"? Only "yes" is accepted: ');
    expect(result.stderr).toContain('Apply cancelled; nothing was written.');
    expect(writes()).toEqual([]);
  });

  test('"yes" applies what was shown', async () => {
    const result = await cli(['apply'], { tty: true, input: 'yes\n' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Apply complete: 1 created.');
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual(['POST /ticket_types']);
    // Nothing left to ask about: no question when there are no changes.
    const again = await cli(['apply'], { tty: true, input: '' });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes');
    expect(again.stderr).not.toContain('Only "yes" is accepted');
  });
});

describe('a second question when the plan archives next to objects `ignore:` keeps', () => {
  let seeded: RunningSandbox;
  beforeEach(async () => {
    seeded = await startSandbox({ token: TOKEN, seed: { ticket_types: [{ name: 'Question' }, { name: 'Old' }, { name: 'Theirs' }] } });
    await scratch.write('intercom.config.yaml', `${remoteHeader(seeded.url)}ignore:\n  ticket_types: [Theirs]\nticket_types:\n  - name: Question\n`);
  });
  afterEach(() => seeded.close());
  const seededWrites = () => seeded.requests.filter((r) => r.method !== 'GET');

  test('"no" to it cancels: nothing is written, and the answer says how to keep more', async () => {
    const result = await cli(['apply', '--prune'], { tty: true, input: 'yes\nno\n' });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('The plan archives or deletes, and `ignore:` keeps the 1 object(s) listed above untouched. Is that list complete? Only "yes" is accepted: ');
    expect(result.stderr).toContain('Apply cancelled; nothing was written. Add what must be kept to `ignore:`, then plan again.');
    expect(seededWrites()).toEqual([]);
  });

  test('"yes" to both archives what the config leaves out, and only that', async () => {
    const result = await cli(['apply', '--prune'], { tty: true, input: 'yes\nyes\n' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Apply complete: 1 archived.');
    expect(seeded.snapshot().ticket_types.filter((t) => t.archived).map((t) => t.name)).toEqual(['Old']);
    expect(seededWrites()).toHaveLength(1);
  });
});

describe('refused before anything is read', () => {
  test('without a terminal, apply needs --auto-approve', async () => {
    const result = await cli(['apply'], { tty: false, input: 'yes\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('apply needs a confirmation, but stdin is not a terminal.');
    expect(sandbox.requests).toEqual([]);
  });

  test('--json needs --auto-approve, even on a terminal', async () => {
    const result = await cli(['apply', '--json'], { tty: true, input: 'yes\n' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--json cannot ask for confirmation, so it needs --auto-approve.');
    expect(sandbox.requests).toEqual([]);
  });

  test('a saved plan is applied as saved: not to another workspace, not with other prune options', async () => {
    expect((await cli(['plan', '--out', 'saved.plan'])).code).toBe(0);
    sandbox.clearRequestLog();
    const otherWorkspace = await cli(['apply', 'saved.plan', '-w', 'production', '--auto-approve']);
    expect(otherWorkspace.code).toBe(1);
    expect(otherWorkspace.stderr).toContain('saved.plan was made for workspace "test", not "production".');
    const pruning = await cli(['apply', 'saved.plan', '--prune', '--auto-approve']);
    expect(pruning.code).toBe(1);
    expect(pruning.stderr).toContain('--prune and --allow-delete cannot change a saved plan');
    const missing = await cli(['apply', 'nowhere.plan', '--auto-approve']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read the plan file nowhere.plan: it does not exist.');
    expect(sandbox.requests).toEqual([]);
  });
});
