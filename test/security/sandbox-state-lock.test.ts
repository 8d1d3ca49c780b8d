/**
 * Issue 12, item 4: two sandboxes on one state file would each keep a copy and overwrite
 * the other's acknowledged writes. The second one is refused with a clear message; a lock
 * left by a process that died is taken over. Here within one process;
 * sandbox-state-lock.process.test.ts runs the second sandbox (and a command whose embedded
 * sandbox uses the same file) as real CLI processes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SandboxError, startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { lockFileOf } from '../../src/sandbox/state-lock.js';
import { scratchDir } from '../helpers/cli.js';
import { startProcess } from '../helpers/process.js';

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
async function deadPid(): Promise<number> {
  const child = startProcess(process.execPath, ['-e', ''], { cwd: scratch.dir, env: {} });
  await child.done;
  return child.child.pid ?? 0;
}

describe('one sandbox per state file', () => {
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
