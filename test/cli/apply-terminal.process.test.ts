/**
 * `apply` in a real pseudo-terminal: the built CLI runs under `script`, which gives it one,
 * and keys are typed when the question appears. Ctrl-C and Ctrl-D reach the CLI as a
 * terminal sends them (the terminal turns Ctrl-C into SIGINT, Ctrl-D into the end of
 * input). Both cancel at the question: "Apply cancelled; nothing was written.", exit 1,
 * not a bug report. During the writes, the live line and Ctrl-C as a person sees them.
 */
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, scratchDir } from '../helpers/cli.js';
import { BIN, cliEnv, startProcess } from '../helpers/process.js';
import { play } from '../helpers/terminal.js';

const TOKEN = 'tok_pty_45c48cce2e2d7fbdea1afc51c7c6ad26';
const hasScript = existsSync('/usr/bin/script');

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN });
  scratch = await scratchDir('icfg-pty-');
  await scratch.write('intercom.config.yaml', `${remoteHeader(sandbox.url)}ticket_types:\n  - name: Question\n  - name: Incident\n  - name: Outage\n`);
});
afterEach(async () => {
  await sandbox.releaseHeld();
  await sandbox.close();
  await scratch.cleanup();
});

/**
 * `intercom-config <args>` on a terminal; everything it shows arrives on script's stdout.
 * `exec`: the CLI replaces the shell, so Ctrl-C's SIGINT reaches only the CLI (a shell
 * waiting for it would end with the signal's 130 whatever the CLI exits with).
 */
const onTerminal = (args: string) =>
  startProcess('script', ['-qec', `exec ${process.execPath} ${BIN} ${args}`, '/dev/null'], {
    cwd: scratch.dir,
    env: cliEnv({ INTERCOM_TOKEN: TOKEN, TERM: 'dumb' }),
    openStdin: true,
  });
const writes = () => sandbox.requests.filter((r) => r.method !== 'GET');

describe.skipIf(!hasScript)('the confirmation question on a terminal', () => {
  test.each([
    ['Ctrl-C', '\x03'],
    ['Ctrl-D', '\x04'],
  ])('%s cancels: nothing written, exit 1', async (_key, byte) => {
    const run = onTerminal('apply');
    await run.waitForOutput(/Only "yes" is accepted: /, 'stdout');
    run.child.stdin?.write(byte);
    const result = await run.done;
    expect(result.code, result.stdout).toBe(1);
    expect(result.stdout).toMatch(/Only "yes" is accepted: (\^C)?\r?\nApply cancelled; nothing was written\.\r?\n/);
    expect(result.stdout).not.toContain('bug');
    expect(writes()).toEqual([]);
  });
});

describe.skipIf(!hasScript)('progress on a terminal', () => {
  test('one live line, rewritten in place, cleared for the summary', async () => {
    const result = await onTerminal('apply --auto-approve').done;
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('\r\x1b[2KApplying 3/3');
    const screen = play(result.stdout.replaceAll('\r\n', '\n'));
    expect(screen.filter((l) => l.includes('done (id'))).toEqual([]);
    expect(screen).toContain('Apply complete: 3 created.');
  });

  test('Ctrl-C while a write is in flight: the notice above the live line, the summary, exit 130', async () => {
    // The second create waits in the sandbox: in flight when Ctrl-C is typed.
    sandbox.injectFault({ method: 'POST', nth: 2, times: 1_000, fault: { type: 'hold' } });
    const run = onTerminal('apply --auto-approve --concurrency 1');
    await sandbox.waitForHeld(1);
    run.child.stdin?.write('\x03');
    await run.waitForOutput(/Press Ctrl-C again to exit at once\./, 'stdout');
    sandbox.clearFaults();
    await sandbox.releaseHeld();
    const result = await run.done;

    expect(result.code, result.stdout).toBe(130);
    const screen = play(result.stdout.replaceAll('\r\n', '\n'));
    expect(screen).toContain('Interrupted: no new writes will start; waiting for the 1 write(s) in flight. Press Ctrl-C again to exit at once.');
    expect(screen).toContain('Apply interrupted: 2 applied, 0 failed, 1 not attempted.');
    expect(writes()).toHaveLength(2);
  });
});
