/**
 * Issue 12, item 4: two sandboxes on one state file would each keep a copy and overwrite
 * the other's acknowledged writes. The second one is refused with a clear message; a lock
 * left by a process that died is taken over. The second process here is the real CLI
 * (`intercom-config sandbox`, from the build `npm test` makes), and a `plan` whose
 * embedded sandbox uses the same file.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SandboxError, startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { lockFileOf } from '../../src/sandbox/state-lock.js';
import { runCli, scratchDir } from '../helpers/cli.js';
import { SandboxClient } from '../sandbox/support/sandbox-client.js';

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let first: RunningSandbox | undefined;
let stateFile: string;
beforeEach(async () => {
  scratch = await scratchDir('icfg-lock-');
  stateFile = join(scratch.dir, '.intercom', 'sandbox.json');
});
afterEach(async () => {
  await first?.close();
  first = undefined;
  await scratch.cleanup();
});

/** The pid of a process that has already exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.once('error', reject);
    child.once('exit', () => resolve(child.pid ?? 0));
  });
}

describe('one sandbox per state file', () => {
  test('a second sandbox process on the same state file is refused; the first keeps every write', async () => {
    first = await startSandbox({ stateFile, token: 'lock-test-token' });
    const api = new SandboxClient(first.url, 'lock-test-token');
    expect((await api.post('/ticket_types', { name: 'Before' })).status).toBe(200);

    const second = await runCli(['sandbox', '--port', '0', '--state', stateFile], { cwd: scratch.dir });
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `Error: The sandbox state file ${stateFile} is in use by process ${process.pid}; two sandboxes on one state file would overwrite each other's writes\n` +
        `Stop the other sandbox (or the intercom-config command using it), or use another state file. If nothing is using it, delete ${stateFile}.lock.\n`,
    );

    // A command whose embedded sandbox points at the same file is refused the same way, before any request.
    await scratch.write('intercom.config.yaml', 'version: 1\nworkspaces:\n  sandbox:\n    sandbox: .intercom/sandbox.json\nticket_types:\n  - name: After\n');
    const apply = await runCli(['apply', '--auto-approve'], { cwd: scratch.dir });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(`is in use by process ${process.pid}`);

    expect((await api.post('/ticket_types', { name: 'Still mine' })).status).toBe(200);
    await first.close();
    first = undefined;
    const saved = JSON.parse(await readFile(stateFile, 'utf8')) as { ticket_types: { name: string }[] };
    expect(saved.ticket_types.map((t) => t.name)).toEqual(['Before', 'Still mine']);
  });

  test('in one process, too: the second start is refused until the first is closed', async () => {
    first = await startSandbox({ stateFile });
    const error = await startSandbox({ stateFile }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxError);
    expect((error as SandboxError).message).toContain(`is in use by process ${process.pid}`);
    await first.close();
    first = await startSandbox({ stateFile });
    expect(first.snapshot().ticket_types).toEqual([]);
  });

  test('a lock left by a process that died is stale: it is taken over, and released on close', async () => {
    const pid = await deadPid();
    await startSandbox({ stateFile }).then((s) => s.close()); // creates the directory and state
    await writeFile(lockFileOf(stateFile), JSON.stringify({ pid, host: hostname(), nonce: 'crashed' }));
    first = await startSandbox({ stateFile });
    expect(JSON.parse(await readFile(lockFileOf(stateFile), 'utf8'))).toMatchObject({ pid: process.pid });
    await first.close();
    first = undefined;
    await expect(readFile(lockFileOf(stateFile), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('a lock from a live process on another host is respected (its liveness cannot be checked)', async () => {
    await startSandbox({ stateFile }).then((s) => s.close());
    await writeFile(lockFileOf(stateFile), JSON.stringify({ pid: 1, host: 'elsewhere.example', nonce: 'x' }));
    const error = await startSandbox({ stateFile }).catch((e: unknown) => e);
    expect((error as SandboxError).message).toContain('is in use by process 1 on elsewhere.example');
  });
});
