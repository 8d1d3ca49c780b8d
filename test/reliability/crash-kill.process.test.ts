/**
 * `kill -9` of the CLI in the middle of an apply: requests already sent may still be
 * performed by the server after the process is gone, and nothing of the run is kept
 * locally. The next apply re-reads the workspace and converges without duplicates.
 *
 * A real process and a real kill, timed by events: the sandbox holds writes from the nth
 * on, the kill lands while they are held (in flight), and the held writes are then
 * performed, as a server finishing its work after the client died.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startBin } from '../helpers/process.js';
import { inventoryProblems } from './support/inventory.js';
import { Rig } from './support/rig.js';
import { asConfig, BASE_WORLD, EVOLVED_WORLD, type Resources } from './support/world.js';

let rig: Rig;
beforeEach(async () => {
  rig = await Rig.start();
});
afterEach(async () => {
  await rig.close();
});

/** Starts `apply`, holds the `writes`th write (of `method`) and those after, and SIGKILLs the CLI while they are held. */
async function killMidApply(resources: Resources, method: 'POST' | 'PUT', writes: number) {
  await rig.writeConfig(resources);
  rig.sandbox.clearRequestLog();
  rig.sandbox.injectFault({ method, nth: writes, times: 1_000, fault: { type: 'hold' } });
  const run = startBin(['apply', '--auto-approve', '--concurrency', '3'], { cwd: rig.dir, env: rig.env() });
  await rig.sandbox.waitForHeld(1);
  // Writes the sandbox has received but not answered yet: in flight at the moment of the kill.
  const inFlight = rig.writes().filter((w) => w.status === 0).length;
  run.child.kill('SIGKILL');
  const result = await run.done;
  rig.outputs.add(result);
  // The server finishes what it had received; the writes happen with nobody waiting.
  await rig.sandbox.releaseHeld();
  rig.sandbox.clearFaults();
  return { result, inFlight };
}

describe('kill -9 in the middle of an apply', () => {
  test('during creates, then during updates: each next apply converges with no duplicates', async () => {
    const creating = await killMidApply(BASE_WORLD, 'POST', 4);
    expect(creating.result.signal).toBe('SIGKILL');
    expect(creating.inFlight).toBeGreaterThan(0);
    expect(creating.result.stdout).not.toContain('Apply complete');
    const partial = inventoryProblems(asConfig(BASE_WORLD), rig.sandbox.snapshot());
    expect(partial.missing.length, 'the kill left work undone').toBeGreaterThan(0);
    expect(partial.duplicated).toEqual([]);
    await rig.expectConvergence(BASE_WORLD);

    const updating = await killMidApply(EVOLVED_WORLD, 'PUT', 3);
    expect(updating.result.signal).toBe('SIGKILL');
    expect(updating.inFlight).toBeGreaterThan(0);
    const replan = await rig.cli(['plan', '--detailed-exitcode']);
    expect(replan.code, 'updates were left undone').toBe(2);
    await rig.expectConvergence(EVOLVED_WORLD);
    expect(rig.writes().filter((w) => w.method === 'POST')).toEqual([]);
  });
});
