/**
 * Ctrl-C and Ctrl-D during `apply`, through the CLI in-process: at the question they cancel
 * (exit 1, nothing written); during the writes the first stops new writes and the summary
 * follows (exit 130), the second ends the run at once (130). Ctrl-C is pressed on events —
 * the question being read, writes held in flight by the sandbox — never after a delay.
 * The real process and a real SIGINT: apply-interrupt.process.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { CtrlC, remoteHeader, runCli, scratchDir, type CliOptions } from '../helpers/cli.js';

const TOKEN = 'tok_interrupt_92eb5ffee6ae2fec3ad71c777531578f';
const TYPES = ['A', 'B', 'C', 'D', 'E', 'F'];
const BODY = `ticket_types:\n${TYPES.map((name) => `  - name: ${name}\n`).join('')}`;

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN });
  scratch = await scratchDir('icfg-interrupt-');
  await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY);
});
afterEach(async () => {
  await sandbox.close();
  await scratch.cleanup();
});

const cli = (args: string[], options: Partial<CliOptions> = {}) => runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN }, ...options });
const writes = () => sandbox.requests.filter((r) => r.method !== 'GET');

/** A terminal's stdin on which nobody types: `onRead` runs once the prompt starts reading it. */
function silentStdin(onRead: () => void): Readable {
  let asked = false;
  return new Readable({
    read() {
      if (asked) return;
      asked = true;
      // The question is on screen and the prompt waits for a line: the moment to press a key.
      queueMicrotask(onRead);
    },
  });
}

describe('at the confirmation question', () => {
  test('Ctrl-D (end of input) cancels: the message on a line of its own, exit 1, nothing written', async () => {
    const result = await cli(['apply'], { tty: true, input: '' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Only "yes" is accepted: \nApply cancelled; nothing was written.\n');
    expect(result.stderr).not.toContain('bug');
    expect(writes()).toEqual([]);
  });

  test('Ctrl-C cancels the same way: exit 1, not 130, and not "a bug in intercom-config"', async () => {
    const ctrlC = new CtrlC();
    const result = await cli(['apply'], { tty: true, ctrlC, stdin: silentStdin(() => ctrlC.press()) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Only "yes" is accepted: \nApply cancelled; nothing was written.\n');
    expect(result.stderr).not.toContain('bug');
    expect(writes()).toEqual([]);
    // Ctrl-C has its usual meaning again once apply is over.
    expect(ctrlC.listening).toBe(false);
  });
});

describe('during the writes', () => {
  test('the first Ctrl-C starts no new write, lets those in flight finish, and prints the summary: exit 130', async () => {
    const ctrlC = new CtrlC();
    const held = sandbox.hold({ method: 'POST', path: '/ticket_types' });
    const run = cli(['apply', '--auto-approve', '--concurrency', '2'], { ctrlC });
    await held.arrived(2);
    ctrlC.press();
    held.release();
    const result = await run;

    // The two held when Ctrl-C came were all that was ever sent.
    expect(writes()).toHaveLength(2);
    expect(writes().every((w) => w.status === 200)).toBe(true);
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('Interrupted: no new writes will start; waiting for the 2 write(s) in flight. Press Ctrl-C again to exit at once.\n');
    const summary = result.stdout.slice(result.stdout.indexOf('\nApply interrupted'));
    const section = (title: string) => summary.split(`${title}:\n`)[1]?.split('\n').filter((l) => l.startsWith('  ')) ?? [];
    expect(summary.split('\n')[1]).toBe('Apply interrupted: 2 applied, 0 failed, 4 not attempted.');
    expect(section('Applied')).toHaveLength(6); // the two applied, then (after "Not attempted:") the four others
    expect(section('Not attempted')).toHaveLength(4);
    expect(summary).not.toContain('Failed:');
    expect(summary).toContain('Nothing was rolled back. Run plan or apply again when ready: it re-reads the workspace and does only what is left.\n');
    expect(sandbox.snapshot().ticket_types.map((t) => t.name)).toHaveLength(2);
  });

  test('with --json the result says so: interrupted, the rest not attempted, exit 130', async () => {
    const ctrlC = new CtrlC();
    const held = sandbox.hold({ method: 'POST', path: '/ticket_types' });
    const run = cli(['apply', '--auto-approve', '--json', '--concurrency', '1'], { ctrlC });
    await held.arrived(1);
    ctrlC.press();
    held.release();
    const result = await run;
    expect(result.code).toBe(130);
    const json = JSON.parse(result.stdout) as { applied: unknown[]; not_attempted: unknown[]; interrupted?: boolean };
    expect(json.interrupted).toBe(true);
    expect(json.applied).toHaveLength(1);
    expect(json.not_attempted).toHaveLength(5);
  });

  test('under GitHub Actions the job summary says interrupted, not applied', async () => {
    const ctrlC = new CtrlC();
    const held = sandbox.hold({ method: 'POST', path: '/ticket_types' });
    const summaryFile = await scratch.write('summary.md', '');
    const run = cli(['apply', '--auto-approve', '--concurrency', '1'], { ctrlC, env: { INTERCOM_TOKEN: TOKEN, GITHUB_STEP_SUMMARY: summaryFile } });
    await held.arrived(1);
    ctrlC.press();
    held.release();
    expect((await run).code).toBe(130);
    const summary = await readFile(summaryFile, 'utf8');
    expect(summary).toContain('### ⚠️ intercom-config apply to <code>test</code>');
    expect(summary).toContain('Apply interrupted: 1 applied, 0 failed, 5 not attempted.');
  });

  test('a second Ctrl-C ends the run at once (130), without waiting for the writes in flight', async () => {
    const ctrlC = new CtrlC();
    const held = sandbox.hold({ method: 'POST', path: '/ticket_types' });
    const run = cli(['apply', '--auto-approve', '--concurrency', '2'], { ctrlC });
    await held.arrived(2);
    ctrlC.press();
    ctrlC.press();
    // In-process the command cannot be stopped: what it says after the exit is dropped, as a
    // dead process would say nothing. Let it finish so the run returns.
    held.release();
    const result = await run;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('Exiting at once. 2 write(s) were in flight and may have happened. Run plan to see what is left.\n');
    expect(result.stdout).not.toContain('Apply interrupted');
    expect(writes()).toHaveLength(2);
  });
});

describe('before the question', () => {
  test('Ctrl-C while the workspace is read ends the run at once: nothing written, exit 130', async () => {
    const ctrlC = new CtrlC();
    const reads = sandbox.hold({ method: 'GET' });
    // No answer comes: in-process the command goes on after the exit (a real process would
    // not), and must not get as far as writing.
    const run = cli(['apply'], { tty: true, ctrlC, input: '' });
    await reads.arrived(1);
    ctrlC.press();
    reads.release();
    const result = await run;
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('\nApply cancelled; nothing was written.\n');
  });
});
