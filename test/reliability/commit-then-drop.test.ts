/**
 * The write happens, then the connection drops before the answer (drop-after-commit).
 * Creates must be found by re-reading instead of sent twice; updates may be repeated.
 * Either way the run, or the next one, converges with every object exactly once.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Rig } from './support/rig.js';
import { BASE_WORLD, EVOLVED_WORLD } from './support/world.js';

let rig: Rig;
beforeEach(async () => {
  rig = await Rig.start();
});
afterEach(async () => {
  await rig.close();
});

const ATTRIBUTES_PATH = /^\/ticket_types\/\d+\/attributes$/;

describe('commit-then-drop on creates', () => {
  test('every kind of create whose answer is lost is recovered by re-reading, never sent twice', async () => {
    await rig.writeConfig(BASE_WORLD);
    rig.sandbox.injectFault({ method: 'POST', path: '/ticket_types', nth: 2, times: 2, fault: { type: 'drop-after-commit' } });
    rig.sandbox.injectFault({ method: 'POST', path: ATTRIBUTES_PATH, nth: 1, times: 3, fault: { type: 'drop-after-commit' } });
    rig.sandbox.injectFault({ method: 'POST', path: '/help_center/collections', nth: 1, times: 4, fault: { type: 'drop-after-commit' } });

    const apply = await rig.cli(['apply', '--auto-approve']);
    expect(apply.code, apply.stderr).toBe(0);
    const dropped = rig.sandbox.requests.filter((r) => r.fault === 'drop-after-commit');
    expect(dropped).toHaveLength(9);
    // Each lost answer is reported as recovered, and no create was repeated.
    expect(apply.stderr.match(/the answer was lost, found it by re-reading/g)).toHaveLength(9);
    const posts = rig.writes().filter((w) => w.method === 'POST');
    expect(posts).toHaveLength(4 + 7 + 8);
    rig.expectNoDuplicates(BASE_WORLD);

    await rig.expectConvergence(BASE_WORLD);
  });

  test('a create whose answer is lost while re-reads also fail for a while is found, not repeated', async () => {
    await rig.writeConfig(BASE_WORLD);
    // The create commits and its answer is lost; the first re-reads (GET) fail too. Apply
    // must wait for a successful re-read before deciding, and then find the type.
    rig.sandbox.injectFault({ method: 'POST', path: '/ticket_types', nth: 1, fault: { type: 'drop-after-commit' } });
    rig.sandbox.injectFault({ method: 'GET', path: '/ticket_types', nth: 2, times: 2, fault: { type: 'drop-before' } });

    const apply = await rig.cli(['apply', '--auto-approve']);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stderr.match(/the answer was lost, found it by re-reading/g)).toHaveLength(1);
    expect(rig.writes().filter((w) => w.method === 'POST' && w.path === '/ticket_types')).toHaveLength(4);
    rig.expectNoDuplicates(BASE_WORLD);
    await rig.expectConvergence(BASE_WORLD);
  });
});

describe('commit-then-drop on updates', () => {
  test('updates whose answers are lost are repeated safely; renames and moves land once', async () => {
    await rig.writeConfig(BASE_WORLD);
    expect((await rig.cli(['apply', '--auto-approve'])).code).toBe(0);
    const idsBefore = new Map(rig.sandbox.snapshot().ticket_types.map((t) => [t.name, t.id]));
    rig.sandbox.clearRequestLog();

    await rig.writeConfig(EVOLVED_WORLD);
    rig.sandbox.injectFault({ method: 'PUT', path: /^\/ticket_types\/\d+$/, nth: 1, times: 2, fault: { type: 'drop-after-commit' } });
    rig.sandbox.injectFault({ method: 'PUT', path: /^\/ticket_types\/\d+\/attributes\/\d+$/, nth: 1, times: 3, fault: { type: 'drop-after-commit' } });
    rig.sandbox.injectFault({ method: 'PUT', path: /^\/help_center\/collections\/\d+$/, nth: 2, times: 2, fault: { type: 'drop-after-commit' } });

    const apply = await rig.cli(['apply', '--auto-approve']);
    expect(apply.code, apply.stderr).toBe(0);
    expect(rig.sandbox.requests.filter((r) => r.fault === 'drop-after-commit')).toHaveLength(7);
    // Updates only: nothing was created to make up for a lost answer.
    expect(rig.writes().every((w) => w.method === 'PUT')).toBe(true);
    const after = rig.sandbox.snapshot().ticket_types;
    expect(after.find((t) => t.name === 'Feature idea')?.id).toBe(idsBefore.get('Feature request'));

    await rig.expectConvergence(EVOLVED_WORLD);
  });
});
