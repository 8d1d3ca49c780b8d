/**
 * How the action runs the CLI when the workflow run is cancelled: each of the runner's
 * signals reaches the CLI as Ctrl-C, and once cancelled no CLI is started. A small script
 * stands in for the CLI, so these run in milliseconds; pull-request.process.test.ts does
 * it with the bundled action, the real CLI and a sandbox.
 */
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Cancellation, cancellationBySignals } from '../../action/src/cancellation.js';
import { cliRunner } from '../../action/src/run-cli.js';
import { scratchDir } from '../helpers/cli.js';

/** Says "ready", then counts SIGINTs on stderr; the second ends it with 130, as the CLI does. */
const STAND_IN = `
let count = 0;
process.on('SIGINT', () => {
  count += 1;
  process.stderr.write('SIGINT ' + count + '\\n');
  if (count === 2) process.exit(130);
});
process.stdout.write(process.argv[2] === 'quick' ? 'done\\n' : 'ready\\n');
if (process.argv[2] !== 'quick') setInterval(() => {}, 1000);
`;

let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeAll(async () => {
  scratch = await scratchDir('icfg-action-cli-');
  await scratch.write('stand-in.mjs', STAND_IN);
});
afterAll(() => scratch.cleanup());

/** The runner's log, with a way to wait until some text has appeared in it. */
function logWatcher() {
  let text = '';
  const waiting: { pattern: string; resolve: () => void }[] = [];
  return {
    get text() {
      return text;
    },
    write(chunk: string) {
      text += chunk;
      for (const w of waiting.filter((w) => text.includes(w.pattern))) w.resolve();
    },
    until(pattern: string): Promise<void> {
      return text.includes(pattern) ? Promise.resolve() : new Promise((resolve) => waiting.push({ pattern, resolve }));
    },
  };
}

describe('the CLI under a cancelled workflow run', () => {
  test('each cancellation reaches the running CLI as Ctrl-C, and the run says it was cancelled', async () => {
    const cancellation = new Cancellation();
    const log = logWatcher();
    const running = cliRunner(`${scratch.dir}/stand-in.mjs`, { PATH: process.env['PATH'] }, (t) => log.write(t), cancellation)([], scratch.dir);
    await log.until('ready\n');
    cancellation.request();
    await log.until('SIGINT 1\n');
    cancellation.request();
    const run = await running;

    expect(run).toMatchObject({ code: 130, cancelled: true, started: true, stdout: 'ready\n', stderr: 'SIGINT 1\nSIGINT 2\n' });
    expect(log.text).toContain('[intercom-config action] The workflow run was cancelled: passing it on to intercom-config as Ctrl-C.\n');
    expect(log.text).toContain('as Ctrl-C (second time).\n');
    // Its output, our notes included, stays inside the stop-commands block, which is closed.
    const token = /^::stop-commands::(\S+)\n/.exec(log.text)?.[1];
    expect(log.text.endsWith(`::${token}::\n`)).toBe(true);
  });

  test('once cancelled, no CLI is started', async () => {
    const cancellation = new Cancellation();
    cancellation.request();
    const log = logWatcher();
    const run = await cliRunner(`${scratch.dir}/stand-in.mjs`, { PATH: process.env['PATH'] }, (t) => log.write(t), cancellation)(['quick'], scratch.dir);
    expect(run).toMatchObject({ code: 130, cancelled: true, started: false, stdout: '' });
    expect(run.stderr).toContain('cancelled before intercom-config started; nothing was run');
    expect(log.text).toBe('');
  });

  test('a run that ended before the cancellation is not cancelled, and is not signalled afterwards', async () => {
    const cancellation = new Cancellation();
    const log = logWatcher();
    const run = await cliRunner(`${scratch.dir}/stand-in.mjs`, { PATH: process.env['PATH'] }, (t) => log.write(t), cancellation)(['quick'], scratch.dir);
    cancellation.request();
    expect(run).toMatchObject({ code: 0, cancelled: false, started: true, stdout: 'done\n' });
    expect(log.text).not.toContain('cancelled');
  });

  test("the runner's SIGINT and then its SIGTERM are two requests", () => {
    const process = new EventEmitter();
    const cancellation = cancellationBySignals(process as unknown as NodeJS.Process);
    const seen: number[] = [];
    cancellation.subscribe((nth) => seen.push(nth));
    expect(cancellation.requested).toBe(false);
    process.emit('SIGINT');
    process.emit('SIGTERM');
    expect(cancellation.requested).toBe(true);
    expect(seen).toEqual([1, 2]);
  });
});
