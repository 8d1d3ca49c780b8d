/**
 * Bursts of 500/503. A failed read or update is retried with backoff; a create that got a
 * 5xx may or may not have happened, so apply re-reads before sending it again. A burst
 * longer than the retries stops the apply with a report, and the next run converges.
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

describe('bursts of 500 and 503', () => {
  test('short bursts on reads, creates and updates are ridden out in one run, with no duplicates', async () => {
    await rig.writeConfig(BASE_WORLD);
    rig.sandbox.injectFault({ method: 'GET', path: '/ticket_types', nth: 1, times: 2, fault: { status: 503 } });
    rig.sandbox.injectFault({ method: 'POST', path: '/ticket_types', nth: 1, times: 3, fault: { status: 503 } });
    rig.sandbox.injectFault({ method: 'POST', path: /^\/ticket_types\/\d+\/attributes$/, nth: 2, times: 2, fault: { status: 500 } });
    rig.sandbox.injectFault({ method: 'POST', path: '/help_center/collections', nth: 1, times: 2, fault: { status: 500 } });

    const create = await rig.cli(['apply', '--auto-approve']);
    expect(create.code, create.stderr).toBe(0);
    expect(rig.sandbox.requests.filter((r) => r.status >= 500)).toHaveLength(9);
    // Each refused create was re-read, found absent and sent once more: never twice over.
    const performed = rig.writes().filter((w) => w.method === 'POST' && w.status === 200);
    expect(performed).toHaveLength(19);
    rig.expectNoDuplicates(BASE_WORLD);
    await rig.expectConvergence(BASE_WORLD);

    rig.sandbox.clearRequestLog();
    await rig.writeConfig(EVOLVED_WORLD);
    rig.sandbox.injectFault({ method: 'PUT', nth: 1, times: 4, fault: { status: 500 } });
    rig.sandbox.injectFault({ method: 'PUT', nth: 9, times: 2, fault: { status: 503 } });
    const update = await rig.cli(['apply', '--auto-approve']);
    expect(update.code, update.stderr).toBe(0);
    expect(rig.writes().filter((w) => w.status >= 500)).toHaveLength(6);
    expect(rig.writes().filter((w) => w.method === 'POST')).toEqual([]);
    await rig.expectConvergence(EVOLVED_WORLD);
  });

  test('a burst that outlasts the retries stops the apply with a report; the next run converges', async () => {
    await rig.writeConfig(BASE_WORLD);
    // Every collection create fails for a long time; each is tried three times, re-reading
    // in between, and then reported.
    rig.sandbox.injectFault({ method: 'POST', path: '/help_center/collections', times: 1000, fault: { status: 503 } });

    const apply = await rig.cli(['apply', '--auto-approve']);
    expect(apply.code).toBe(1);
    expect(apply.stdout).toMatch(/Apply failed: \d+ applied, \d+ failed, \d+ not attempted\./);
    expect(apply.stdout).toMatch(/Failed:\n(?: {2}\+ collection acme-help: "[^"]+": No answer from Intercom for POST \/help_center\/collections; the write may or may not have happened\n)+/);
    expect(apply.stdout).toContain('Nothing was rolled back.');
    expect(apply.stderr).not.toMatch(/\n\s+at /);
    // Three tries per failed create, each after a re-read that found nothing.
    const failedCount = Number(/(\d+) failed/.exec(apply.stdout)?.[1]);
    expect(rig.writes().filter((w) => w.path === '/help_center/collections')).toHaveLength(failedCount * 3);
    expect(rig.sandbox.snapshot().collections).toEqual([]);
    rig.expectNoDuplicates(BASE_WORLD);

    await rig.expectConvergence(BASE_WORLD);
  });
});
