/**
 * `apply` in a real pseudo-terminal: the built CLI runs under `script`, which gives it one,
 * and keys are typed when the question appears. Ctrl-C and Ctrl-D reach the CLI as a
 * terminal sends them (the terminal turns Ctrl-C into SIGINT, Ctrl-D into the end of
 * input). Both cancel: "Apply cancelled; nothing was written.", exit 1, not a bug report.
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
  await scratch.write('intercom.config.yaml', `${remoteHeader(sandbox.url)}ticket_types:\n  - name: Question\n  - name: Incident\n`);
});
afterEach(async () => {
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
    expect(result.stdout).toContain('\r\x1b[2KApplying 2/2');
    const screen = play(result.stdout.replaceAll('\r\n', '\n'));
    expect(screen.filter((l) => l.includes('done (id'))).toEqual([]);
    expect(screen).toContain('Apply complete: 2 created.');
  });
});
