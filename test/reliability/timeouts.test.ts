/**
 * Requests that get no answer in time. A create that timed out may or may not have
 * happened: apply re-reads before sending it again. Reads and updates are retried.
 *
 * No race with real time: the client's deadlines expire only when the test fires them,
 * and it fires them once the sandbox shows the request hanging (or holding its answer),
 * with nothing else in flight — so a slow machine changes nothing.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { UnknownOutcomeError } from '../../src/errors.js';
import { ManualDeadlines } from '../helpers/clock.js';
import { Rig } from './support/rig.js';
import { openSession, planAndApply } from './support/session.js';
import { BASE_WORLD, EVOLVED_WORLD } from './support/world.js';

/** The deadline the client arms; it expires when the test says, not after this long. */
const TIMEOUT_MS = 250;

/**
 * Each time one more request hangs, expires the deadlines armed once every other request
 * has been answered. With one write in flight at a time, that is the hanging request's deadline and no other; the
 * result lists how many were armed at each hang, to check after the run.
 */
async function expireWhenHung(rig: Rig, deadlines: ManualDeadlines, hangs: number): Promise<number[]> {
  const before = rig.sandbox.requests.filter((r) => r.fault === 'hang').length;
  const armed: number[] = [];
  for (let n = 1; n <= hangs; n += 1) {
    await rig.sandbox.waitForRequests((r) => r.fault === 'hang', before + n);
    // Reads have their own lane, so one may still be on its way back: let it land first.
    await deadlines.armedAtMost(1);
    armed.push(deadlines.expireAll());
  }
  return armed;
}

let rig: Rig;
beforeEach(async () => {
  rig = await Rig.start();
  await rig.writeConfig(BASE_WORLD);
});
afterEach(async () => {
  await rig.close();
});

describe('timeouts', () => {
  test('hanging creates, reads and updates: not performed, so sent again once, and the run converges', async () => {
    rig.sandbox.injectFault({ method: 'GET', path: '/help_center/collections', nth: 1, fault: { type: 'hang' } });
    rig.sandbox.injectFault({ method: 'POST', path: '/ticket_types', nth: 2, fault: { type: 'hang' } });
    rig.sandbox.injectFault({ method: 'POST', path: '/help_center/collections', nth: 3, fault: { type: 'hang' } });
    const deadlines = new ManualDeadlines();
    const session = await openSession(rig, { timeoutMs: TIMEOUT_MS, timers: deadlines, concurrency: 1 });
    try {
      const expiring = expireWhenHung(rig, deadlines, 3);
      const { result, events } = await planAndApply(session);
      expect(await expiring, 'deadlines expired at each hang').toEqual([1, 1, 1]);
      expect(result.failed).toEqual([]);
      expect(events.filter((e) => e.type === 'recovered')).toEqual([]);
    } finally {
      await session.close();
    }
    expect(rig.sandbox.requests.filter((r) => r.fault === 'hang')).toHaveLength(3);
    // 4 types + 8 collections, plus exactly one resend for each of the two hung creates.
    expect(rig.writes().filter((w) => w.path === '/ticket_types')).toHaveLength(5);
    expect(rig.writes().filter((w) => w.path === '/help_center/collections')).toHaveLength(9);
    rig.expectNoDuplicates(BASE_WORLD);
    await rig.expectConvergence(BASE_WORLD);

    // Updates: a hanging PUT is repeated (the same PUT twice leaves the same state).
    await rig.writeConfig(EVOLVED_WORLD);
    rig.sandbox.injectFault({ method: 'PUT', path: /^\/ticket_types\/\d+$/, nth: 1, fault: { type: 'hang' } });
    rig.sandbox.injectFault({ method: 'PUT', path: /^\/help_center\/collections\/\d+$/, nth: 2, fault: { type: 'hang' } });
    const againDeadlines = new ManualDeadlines();
    const again = await openSession(rig, { timeoutMs: TIMEOUT_MS, timers: againDeadlines, concurrency: 1 });
    try {
      const expiring = expireWhenHung(rig, againDeadlines, 2);
      expect((await planAndApply(again)).result.failed).toEqual([]);
      expect(await expiring).toEqual([1, 1]);
    } finally {
      await again.close();
    }
    await rig.expectConvergence(EVOLVED_WORLD);
  });

  test('creates that commit but answer too late are found by re-reading, never duplicated', async () => {
    const deadlines = new ManualDeadlines();
    const session = await openSession(rig, { timeoutMs: TIMEOUT_MS, timers: deadlines });
    try {
      const { plan } = await session.plan();
      // The first wave of creates is performed, then its answers are held back...
      rig.sandbox.injectFault({ method: 'POST', times: 7, fault: { type: 'hold-after-commit' } });
      const events: string[] = [];
      const applying = session.apply(plan, { onEvent: (e) => events.push(`${e.type} ${e.change.address}`) });
      await rig.sandbox.waitForHeld(7);
      // ...until the client gives up on all of them: it only knows the writes may have happened.
      expect(deadlines.expireAll()).toBe(7);
      const result = await applying;
      expect(result.failed).toEqual([]);
      // The first wave (every type and top-level collection: nothing they depend on) all
      // timed out after committing, and each was found by a re-read instead of resent.
      const recovered = events.filter((e) => e.startsWith('recovered ')).map((e) => e.slice('recovered '.length));
      expect(recovered.sort()).toEqual(
        plan.changes.filter((c) => c.dependsOn === undefined).map((c) => c.address).sort(),
      );
      expect(recovered).toHaveLength(7);
      expect(rig.writes().filter((w) => w.method === 'POST')).toHaveLength(19);
    } finally {
      await session.close();
    }
    rig.expectNoDuplicates(BASE_WORLD);
    await rig.expectConvergence(BASE_WORLD);
  });

  test('when the re-read after an unknown create fails too, apply stops instead of risking a duplicate', async () => {
    rig.sandbox.injectFault({ method: 'POST', path: '/ticket_types', nth: 1, fault: { type: 'drop-after-commit' } });
    // One write at a time: the plan reads /ticket_types, then the check before the first
    // create; the third read is the re-read after its lost answer.
    rig.sandbox.injectFault({ method: 'GET', path: '/ticket_types', nth: 3, fault: { type: 'hang' } });
    const deadlines = new ManualDeadlines();
    const session = await openSession(rig, { timeoutMs: TIMEOUT_MS, timers: deadlines, maxRetries: 0, concurrency: 1 });
    try {
      const expiring = expireWhenHung(rig, deadlines, 1);
      const { result } = await planAndApply(session, { concurrency: 1 });
      expect(await expiring).toEqual([1]);
      expect(result.failed).toHaveLength(1);
      const [failure] = result.failed;
      expect(failure?.change.kind).toBe('ticket_type');
      expect(failure?.change.name).toBe((rig.writes()[0]?.body as { name: string }).name);
      expect(failure?.error).toBeInstanceOf(UnknownOutcomeError);
      expect(failure?.error.message).toMatch(/^No answer from Intercom for POST \/ticket_types; the write may or may not have happened$/);
      expect(result.notAttempted.length).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
    // No create was sent twice: the lost one (it did commit) was left for the next run to see.
    const typePosts = rig.writes().filter((w) => w.path === '/ticket_types' && w.method === 'POST');
    const names = typePosts.map((w) => (w.body as { name: string }).name);
    expect(new Set(names).size).toBe(names.length);
    expect(typePosts[0]?.fault).toBe('drop-after-commit');
    rig.expectNoDuplicates(BASE_WORLD);
    await rig.expectConvergence(BASE_WORLD);
  });
});
