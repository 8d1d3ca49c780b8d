/**
 * `kill -9` of the CLI in the middle of an apply: requests already sent may still be
 * performed by the server after the process is gone, and nothing of the run is kept
 * locally. The next apply re-reads the workspace and converges without duplicates.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inventoryProblems } from './support/inventory.js';
import { startCli, waitUntil } from './support/cli-process.js';
import { Rig } from './support/rig.js';
import { asConfig, BASE_WORLD, EVOLVED_WORLD, type Resources } from './support/world.js';

let rig: Rig;
beforeEach(async () => {
  rig = await Rig.start();
});
afterEach(async () => {
  await rig.close();
});

/** Starts `apply` with slow answers, and SIGKILLs it once `writes` writes reached the sandbox. */
async function killMidApply(resources: Resources, writes: number) {
  await rig.writeConfig(resources);
  rig.sandbox.clearRequestLog();
  rig.sandbox.setLatency(150);
  const run = startCli(['apply', '--auto-approve', '--concurrency', '3'], { cwd: rig.dir, env: rig.env() });
  await waitUntil(() => rig.writes().length >= writes, `${writes} writes reached the sandbox`);
  // Writes the sandbox has received but not answered yet: in flight at the moment of the kill.
  const inFlight = rig.writes().filter((w) => w.status === 0).length;
  run.child.kill('SIGKILL');
  const result = await run.done;
  rig.outputs.add(result);
  rig.sandbox.setLatency(0);
  return { result, inFlight };
}

describe('kill -9 in the middle of an apply', () => {
  test('during creates, then during updates: each next apply converges with no duplicates', async () => {
    const creating = await killMidApply(BASE_WORLD, 4);
    expect(creating.result.signal).toBe('SIGKILL');
    expect(creating.inFlight).toBeGreaterThan(0);
    expect(creating.result.stdout).not.toContain('Apply complete');
    // Give answers still sleeping in the sandbox time to finish; the writes already happened.
    await new Promise((r) => setTimeout(r, 200));
    const partial = inventoryProblems(asConfig(BASE_WORLD), rig.sandbox.snapshot());
    expect(partial.missing.length, 'the kill left work undone').toBeGreaterThan(0);
    expect(partial.duplicated).toEqual([]);
    await rig.expectConvergence(BASE_WORLD);

    const updating = await killMidApply(EVOLVED_WORLD, 3);
    expect(updating.result.signal).toBe('SIGKILL');
    expect(updating.inFlight).toBeGreaterThan(0);
    const replan = await rig.cli(['plan', '--detailed-exitcode']);
    expect(replan.code, 'updates were left undone').toBe(2);
    await rig.expectConvergence(EVOLVED_WORLD);
    expect(rig.writes().filter((w) => w.method === 'POST')).toEqual([]);
  });
});
