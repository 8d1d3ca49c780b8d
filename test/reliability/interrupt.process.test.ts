/**
 * Ctrl-C (a real SIGINT to the built CLI) in the middle of an apply against the sandbox.
 * The sandbox holds writes from the nth on, so there are writes in flight when the signal
 * lands; the test waits for the CLI to say it stopped, counts what was sent, then lets the
 * held writes finish. Timed by events throughout: held requests and printed lines.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startBin, type RunningProcess } from '../helpers/process.js';
import { inventoryProblems } from './support/inventory.js';
import { Rig } from './support/rig.js';
import { asConfig, BASE_WORLD } from './support/world.js';

let rig: Rig;
beforeEach(async () => {
  rig = await Rig.start();
});
afterEach(async () => {
  await rig.sandbox.releaseHeld();
  await rig.close();
});

const HELD = 3;

/** Starts an apply whose writes from the 4th on are held; resolves once 3 are in flight. */
async function applyWithWritesInFlight(): Promise<RunningProcess> {
  await rig.writeConfig(BASE_WORLD);
  rig.sandbox.clearRequestLog();
  rig.sandbox.injectFault({ method: 'POST', nth: 4, times: 1_000, fault: { type: 'hold' } });
  const run = startBin(['apply', '--auto-approve', '--concurrency', String(HELD)], { cwd: rig.dir, env: rig.env() });
  await rig.sandbox.waitForHeld(HELD);
  return run;
}

describe('Ctrl-C during an apply', () => {
  test('once: no new write after the signal, those in flight finish, the summary, exit 130', async () => {
    const run = await applyWithWritesInFlight();
    run.child.kill('SIGINT');
    await run.waitForOutput(/Interrupted: no new writes will start; waiting for the 3 write\(s\) in flight\./);
    const sentAtSignal = rig.writes().length;
    rig.sandbox.clearFaults();
    await rig.sandbox.releaseHeld();
    const result = await run.done;
    rig.outputs.add(result);

    expect(result.code, result.stderr).toBe(130);
    expect(result.signal).toBeNull();
    // Nothing was sent after the signal, and every write sent was performed.
    expect(rig.writes()).toHaveLength(sentAtSignal);
    expect(rig.writes().every((w) => w.status === 200)).toBe(true);
    const planned = Number(/Plan: (\d+) to create\./.exec(result.stdout)?.[1]);
    expect(result.stdout).toContain(`Apply interrupted: ${sentAtSignal} applied, 0 failed, ${planned - sentAtSignal} not attempted.`);
    expect(inventoryProblems(asConfig(BASE_WORLD), rig.sandbox.snapshot()).missing).toHaveLength(planned - sentAtSignal);
    expect(result.stdout).toMatch(/\nApplied:\n[\s\S]*\nNot attempted:\n/);
    expect(result.stdout).toContain('Nothing was rolled back. Run plan or apply again when ready');
    // The next apply does the rest.
    await rig.expectConvergence(BASE_WORLD);
  });

  test('twice: the process ends at once, with writes still in flight, exit 130', async () => {
    const run = await applyWithWritesInFlight();
    run.child.kill('SIGINT');
    await run.waitForOutput(/Press Ctrl-C again to exit at once\./);
    run.child.kill('SIGINT');
    const result = await run.done;
    rig.outputs.add(result);

    expect(result.code).toBe(130);
    // It did not wait for them: they are still held.
    expect(rig.sandbox.held).toBe(HELD);
    expect(result.stderr).toContain('Exiting at once. 3 write(s) were in flight and may have happened. Run plan to see what is left.');
    expect(result.stdout).not.toContain('Apply interrupted');
    // The server finishes them with nobody waiting; the next apply converges.
    await rig.sandbox.releaseHeld();
    rig.sandbox.clearFaults();
    await rig.expectConvergence(BASE_WORLD);
  });
});
