/**
 * Issue 12, item 15: saved plans and sandbox state describe a workspace; on a shared
 * machine they must not be readable by other users. Both are written 0600, and the
 * `.intercom/` directory the sandbox creates is 0700 — whatever the umask (the test sets
 * a permissive one, which the CLI inherits).
 */
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const mode = async (path: string): Promise<string> => ((await stat(path)).mode & 0o777).toString(8).padStart(3, '0');

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let previousUmask: number;
beforeAll(async () => {
  scratch = await scratchDir('icfg-perm-');
  previousUmask = process.umask(0o000);
});
afterAll(async () => {
  process.umask(previousUmask);
  await scratch.cleanup();
});

describe.skipIf(process.platform === 'win32')('file permissions', () => {
  test('plan --out writes 0600 (replacing a readable file); the embedded sandbox keeps its state 0600 in a 0700 .intercom/', async () => {
    await scratch.write('intercom.config.yaml', 'version: 1\nworkspaces:\n  sandbox:\n    sandbox: .intercom/sandbox.json\nticket_types:\n  - name: Bug\n');
    const planFile = join(scratch.dir, 'plans', 'saved.plan');
    await mkdir(join(scratch.dir, 'plans'));
    // An earlier saved plan someone made readable to all (plan --out replaces only a saved plan).
    expect((await runCli(['plan', '--out', 'plans/saved.plan'], { cwd: scratch.dir })).code).toBe(0);
    await chmod(planFile, 0o644);

    const plan = await runCli(['plan', '--out', 'plans/saved.plan'], { cwd: scratch.dir });
    expect(plan.code, plan.stderr).toBe(0);
    expect(await mode(planFile)).toBe('600');
    expect(await mode(join(scratch.dir, '.intercom'))).toBe('700');
    expect(await mode(join(scratch.dir, '.intercom', 'sandbox.json'))).toBe('600');

    const fresh = await runCli(['plan', '--out', 'new/dir/fresh.plan'], { cwd: scratch.dir });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(await mode(join(scratch.dir, 'new', 'dir', 'fresh.plan'))).toBe('600');
    expect(await mode(join(scratch.dir, 'new', 'dir'))).toBe('700');

    const apply = await runCli(['apply', 'plans/saved.plan', '--auto-approve'], { cwd: scratch.dir });
    expect(apply.code, apply.stderr).toBe(0);
    expect(await mode(join(scratch.dir, '.intercom', 'sandbox.json'))).toBe('600');
  });

  test('.intercom/not-applied.json (fields Intercom did not apply) is 0600 in a 0700 .intercom/, like saved plans', async () => {
    const dir = join(scratch.dir, 'unapplied');
    await mkdir(dir);
    const config = (category: string): string =>
      'version: 1\nworkspaces:\n  sandbox:\n    sandbox: state/sandbox.json\n    switches:\n      category_on_update: keep\n' +
      `ticket_types:\n  - name: Bug\n    category: ${category}\n`;
    await writeFile(join(dir, 'intercom.config.yaml'), config('Customer'));
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    await writeFile(join(dir, 'intercom.config.yaml'), config('Back-office'));

    const apply = await runCli(['apply', '--auto-approve'], { cwd: dir });
    expect(apply.code).toBe(1);
    expect(apply.stdout).toContain('not applied by Intercom');
    expect(await mode(join(dir, '.intercom'))).toBe('700');
    expect(await mode(join(dir, '.intercom', 'not-applied.json'))).toBe('600');
  });

  test('a state file that was readable by others becomes 0600 at the next write', async () => {
    const stateFile = join(scratch.dir, 'other', 'state.json');
    await startSandbox({ stateFile }).then((s) => s.close());
    await chmod(stateFile, 0o644);
    const sandbox = await startSandbox({ stateFile });
    try {
      await fetch(`${sandbox.url}/ticket_types`, {
        method: 'POST',
        headers: { Authorization: 'Bearer perm-test', 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ name: 'Written' }),
      });
    } finally {
      await sandbox.close();
    }
    expect(await mode(stateFile)).toBe('600');
    expect(await mode(join(scratch.dir, 'other'))).toBe('700');
  });
});
