/**
 * Progress on a terminal (issue 16): one live line rewritten in place, `Applying 137/400 ·
 * 12 failed · ~40 s left`, the rate-limit wait said in it, failures and Ctrl-C kept above
 * it. The renderer is fed a manual clock and a fake TTY that plays the bytes as a terminal
 * would, so the test reads the screen; then the CLI runs in-process on such a terminal
 * against the sandbox. (Not a terminal: apply-progress-plain.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ApplyProgress } from '../../src/cli/apply-progress.js';
import { rateLimitLine } from '../../src/cli/progress.js';
import { createPlan } from '../../src/engine/create-plan.js';
import { createStyle } from '../../src/render/style.js';
import type { Change } from '../../src/resources/registry.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { CtrlC, remoteHeader, runCli, scratchDir } from '../helpers/cli.js';
import { TestClock } from '../helpers/clock.js';
import { config, planInput } from '../helpers/live-builders.js';
import { FakeTerminal, play } from '../helpers/terminal.js';

const NAMES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
const changes = (): Change[] => createPlan(planInput(config({ ticket_types: NAMES.map((name) => ({ name })) }), { ticketTypes: [] })).changes;

/** 12:00:00 UTC on the test clock. */
const START = Date.UTC(2031, 0, 1, 12, 0, 0);

function terminalProgress() {
  const clock = new TestClock('manual', START);
  const terminal = new FakeTerminal();
  const progress = new ApplyProgress({ stream: terminal, style: createStyle(false), live: true, now: clock.now, timeZone: 'UTC' });
  const [a, b, c, d, e, f] = changes() as [Change, Change, Change, Change, Change, Change];
  return { clock, terminal, progress, a, b, c, d, e, f };
}

describe('the live line', () => {
  test('counts, failures, ETA from the clock, the rate-limit wait and Ctrl-C, on one line rewritten in place', () => {
    const { clock, terminal, progress, a, b, c, d, e, f } = terminalProgress();
    progress.starting(10);
    expect(terminal.screen()).toEqual(['', 'Applying 0/10']);

    progress.event({ type: 'start', change: a });
    progress.event({ type: 'start', change: b });
    progress.event({ type: 'done', change: a, id: '1' });
    // One done, no time passed: no pace to estimate from yet.
    expect(terminal.currentLine).toBe('Applying 1/10');

    clock.advance(2_000);
    progress.event({ type: 'done', change: b, id: '2' });
    // Two in 2 s: eight more take about 8 s.
    expect(terminal.currentLine).toBe('Applying 2/10 · ~8 s left');

    progress.event({ type: 'start', change: c });
    progress.event({ type: 'failed', change: c, error: new Error('Intercom refused it') });
    // The failure stays on screen above the line, which goes on below it.
    expect(terminal.screen()).toEqual(['', '  + ticket type "C" failed: Intercom refused it', 'Applying 3/10 · 1 failed · ~5 s left']);

    progress.rateLimited({ type: 'rate-limited', waitMs: 7_250, remaining: 0, resetAt: START / 1000 + 9 });
    expect(terminal.currentLine).toBe("Applying 3/10 · 1 failed · waiting 7 s for Intercom's rate limit (window resets at 12:00:09)");

    // Once the wait is over, the next event brings the ETA back.
    clock.advance(7_250);
    progress.event({ type: 'start', change: d });
    expect(terminal.currentLine).toMatch(/^Applying 3\/10 · 1 failed · ~\d+ s left$/);

    progress.event({ type: 'start', change: e });
    progress.event({ type: 'start', change: f });
    progress.stopping();
    expect(terminal.screen().slice(-2)).toEqual([
      'Interrupted: no new writes will start; waiting for the 3 write(s) in flight. Press Ctrl-C again to exit at once.',
      'Applying 3/10 · 1 failed · stopping, 3 in flight',
    ]);
    progress.event({ type: 'done', change: d, id: '4' });
    progress.event({ type: 'skipped', change: e });
    progress.event({ type: 'done', change: f, id: '6' });
    expect(terminal.currentLine).toBe('Applying 5/10 · 1 failed · stopping, 0 in flight');

    // The summary comes next, from the start of a clean line.
    progress.finish();
    expect(terminal.currentLine).toBe('');
    expect(terminal.screen()).toHaveLength(4);
    // Nothing but the permanent lines ever ended a line: the rest was rewritten in place.
    expect(terminal.raw.split('\n')).toHaveLength(4);
  });

  test('a capped wait (a reset far away: clock skew) is said as such', () => {
    const { terminal, progress, a } = terminalProgress();
    progress.starting(10);
    progress.event({ type: 'start', change: a });
    progress.rateLimited({ type: 'rate-limited', waitMs: 60_000, remaining: 0, resetAt: START / 1000 + 3_540, cappedFromMs: 3_540_000 });
    expect(terminal.currentLine).toBe("Applying 0/10 · Intercom's rate-limit reset is 3,540 s away (clock skew?); waiting 60 s then retrying");
  });

  test('never wider than the terminal: a wrapped line could not be rewritten in place', () => {
    const clock = new TestClock('manual', START);
    const terminal = new FakeTerminal(60);
    const progress = new ApplyProgress({ stream: terminal, style: createStyle(true), live: true, now: clock.now, timeZone: 'UTC' });
    const [a] = changes() as [Change];
    progress.starting(10);
    progress.event({ type: 'start', change: a });
    progress.event({ type: 'failed', change: a, error: new Error('refused') });
    progress.rateLimited({ type: 'rate-limited', waitMs: 7_000, remaining: 0, resetAt: START / 1000 + 7 });
    const line = terminal.currentLine;
    const visible = line.replace(/\x1b\[\d+m/g, '');
    expect(visible).toBe("Applying 1/10 · 1 failed · waiting 7 s for Intercom's rate…");
    expect(visible.length).toBeLessThan(60);
    expect(line).toContain('\x1b[31m1 failed\x1b[39m');
  });

  test('a second Ctrl-C says what may have happened before the process ends', () => {
    const { terminal, progress, a, b } = terminalProgress();
    progress.starting(10);
    progress.event({ type: 'start', change: a });
    progress.event({ type: 'start', change: b });
    progress.stopping();
    progress.exiting();
    expect(terminal.screen().at(-2)).toBe('Exiting at once. 2 write(s) were in flight and may have happened. Run plan to see what is left.');
  });
});

describe('rate-limit lines', () => {
  test('say how long, and when the window resets (or that the reset was capped)', () => {
    expect(rateLimitLine({ type: 'rate-limited', waitMs: 7_000, resetAt: START / 1000 + 7 }, 'UTC')).toBe(
      "waiting 7 s for Intercom's rate limit (window resets at 12:00:07)",
    );
    // A 429 without usable headers waits the backoff: there is no reset time to give.
    expect(rateLimitLine({ type: 'rate-limited', waitMs: 2_000 })).toBe("waiting 2 s for Intercom's rate limit");
    expect(rateLimitLine({ type: 'rate-limited', waitMs: 60_000, resetAt: START / 1000 + 3_540, cappedFromMs: 3_540_250 }, 'UTC')).toBe(
      "Intercom's rate-limit reset is 3,540 s away (clock skew?); waiting 60 s then retrying",
    );
    // The throttle's safety margin (a quarter second) is not worth a second more in the message.
    expect(rateLimitLine({ type: 'rate-limited', waitMs: 10_250, resetAt: START / 1000 + 10 }, 'UTC')).toBe(
      "waiting 10 s for Intercom's rate limit (window resets at 12:00:10)",
    );
  });

  test('when not a terminal, a wait during the writes is its own line among the changes', () => {
    const clock = new TestClock('manual', START);
    const terminal = new FakeTerminal();
    const progress = new ApplyProgress({ stream: { write: (t) => terminal.write(t) }, style: createStyle(false), live: false, now: clock.now, timeZone: 'UTC' });
    const [a] = changes() as [Change];
    progress.rateLimited({ type: 'rate-limited', waitMs: 1_250, remaining: 0, resetAt: START / 1000 + 1 });
    progress.starting(10);
    progress.event({ type: 'start', change: a });
    progress.rateLimited({ type: 'rate-limited', waitMs: 7_000, remaining: 0, resetAt: START / 1000 + 7 });
    progress.event({ type: 'done', change: a, id: '9' });
    expect(terminal.raw).toBe(
      "waiting 1 s for Intercom's rate limit (window resets at 12:00:01)\n" +
        '\nApplying 10 change(s)…\n' +
        "  waiting 7 s for Intercom's rate limit (window resets at 12:00:07)\n" +
        '  + ticket type "A" done (id 9)\n',
    );
  });
});

describe('apply on a terminal, against the sandbox', () => {
  const TOKEN = 'tok_terminal_8277e0910d750195b448797616e091ad';
  let sandbox: RunningSandbox;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let clock: TestClock;
  beforeEach(async () => {
    clock = new TestClock('auto', START);
    sandbox = await startSandbox({ token: TOKEN, clock });
    scratch = await scratchDir('icfg-terminal-');
    await scratch.write('intercom.config.yaml', `${remoteHeader(sandbox.url)}ticket_types:\n${NAMES.slice(0, 6).map((n) => `  - name: ${n}\n`).join('')}`);
  });
  afterEach(async () => {
    await sandbox.close();
    await scratch.cleanup();
  });
  const apply = (extra: string[], options: { ctrlC?: CtrlC } = {}) =>
    runCli(['apply', '--auto-approve', ...extra], { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN, TZ: 'UTC' }, clock, stderrTty: true, ...options });

  test('the live line counts to the end, says each rate-limit wait, and gives way to the summary', async () => {
    // Two calls per window: the writes wait for windows to reset, on the test clock.
    sandbox.setRateLimit({ limit: 2, windowMs: 10_000 });
    const result = await apply(['--concurrency', '1']);
    expect(result.code, result.stderr).toBe(0);
    const screen = play(result.stderr);
    // Not one line per change: the live line was rewritten, then cleared for the summary.
    expect(screen.filter((l) => l.includes('done (id'))).toEqual([]);
    expect(screen.at(-1)).toBe('');
    expect(result.stderr).toContain('\r\x1b[2KApplying 6/6');
    expect(result.stderr).toMatch(/Applying \d\/6 · waiting \d+ s for Intercom's rate limit \(window resets at 12:\d\d:\d0\)/);
    expect(result.stdout).toContain('Apply complete: 6 created.');
  });

  test('Ctrl-C: the notice above the line, then the applied / failed / not attempted summary, exit 130', async () => {
    const ctrlC = new CtrlC();
    const held = sandbox.hold({ method: 'POST', path: '/ticket_types' });
    const run = apply(['--concurrency', '2'], { ctrlC });
    await held.arrived(2);
    ctrlC.press();
    held.release();
    const result = await run;
    expect(result.code).toBe(130);
    const screen = play(result.stderr);
    expect(screen).toContain('Interrupted: no new writes will start; waiting for the 2 write(s) in flight. Press Ctrl-C again to exit at once.');
    expect(screen.at(-1)).toBe('');
    expect(result.stdout).toContain('Apply interrupted: 2 applied, 0 failed, 4 not attempted.');
  });
});
