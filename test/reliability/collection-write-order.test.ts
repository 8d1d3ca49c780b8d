/**
 * Regression cases found by the plan-convergence property: collection writes whose end
 * state is valid but which Intercom refuses in the wrong order (nesting deeper than three
 * levels for a moment, or moving a collection into its own sub-collection). Each is
 * applied with full parallelism and must converge in one run.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import type { DesiredCollection } from '../../src/config/config-types.js';
import { startSandbox, type CollectionSeed, type RunningSandbox } from '../../src/sandbox/index.js';
import { WorkspaceSession } from '../../src/services/workspace-session.js';
import { remoteHeader } from '../helpers/cli.js';
import { TestClock } from '../helpers/clock.js';
import { TOKEN } from './support/rig.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'icfg-order-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Applies `desired` over `live` in one run; returns the sandbox's collection paths after. */
async function applyOnce(live: CollectionSeed[], desired: DesiredCollection[], options: { prune?: boolean; slowFirstPutTo?: number } = {}): Promise<string[]> {
  const prune = options.prune ?? false;
  const clock = new TestClock();
  const sandbox = await startSandbox({ token: TOKEN, seed: { collections: live }, clock });
  // One write is held back until every other write sent meanwhile has been answered, then
  // refused once (503) and retried: order no longer happens by luck.
  let releasing: Promise<void> = Promise.resolve();
  if (options.slowFirstPutTo !== undefined) {
    sandbox.injectFault({ method: 'PUT', path: `/help_center/collections/${options.slowFirstPutTo}`, fault: { type: 'hold', then: { status: 503 } } });
    releasing = releaseWhenAloneInFlight(sandbox);
  }
  const configFile = join(dir, 'intercom.config.yaml');
  await writeFile(configFile, remoteHeader(sandbox.url) + stringify({ help_center: { collections: desired } }));
  const session = await WorkspaceSession.open({
    configFile,
    env: { INTERCOM_TOKEN: TOKEN },
    prune,
    allowDelete: prune,
    client: { now: clock.now, sleep: clock.sleep },
  });
  try {
    const { plan } = await session.plan();
    const result = await session.apply(plan, { concurrency: 8 });
    await releasing;
    expect(result.failed.map((f) => f.error.message)).toEqual([]);
    expect((await session.plan()).plan.changes).toEqual([]);
    const state = sandbox.snapshot();
    const byId = new Map(state.collections.map((c) => [c.id, c]));
    const pathOf = (id: string | null): string => {
      const c = id === null ? undefined : byId.get(id);
      return c ? `${c.parent_id ? `${pathOf(c.parent_id)} / ` : ''}${c.name}` : '';
    };
    return state.collections.map((c) => pathOf(c.id)).sort();
  } finally {
    await session.close();
    await sandbox.close();
  }
}

/** Releases the held request once it is the only one the sandbox has not answered. */
async function releaseWhenAloneInFlight(sandbox: RunningSandbox): Promise<void> {
  await sandbox.waitForHeld(1);
  const aloneInFlight = () => sandbox.requests.filter((r) => r.status === 0).length === 1;
  await sandbox.waitForRequests(aloneInFlight);
  await sandbox.releaseHeld();
}

describe('collection writes run in an order Intercom accepts', () => {
  test('a parent and its child swap places', async () => {
    const paths = await applyOnce([{ name: 'A', collections: [{ id: 7, name: 'B' }] }], [{ name: 'B', collections: [{ name: 'A' }] }], {
      slowFirstPutTo: 7,
    });
    expect(paths).toEqual(['B', 'B / A']);
  });

  test('a collection moves deeper while one of its sub-collections moves up within it', async () => {
    const live: CollectionSeed[] = [
      { name: 'Teams', collections: [{ name: 'Security', collections: [{ name: 'Setup' }] }] },
      { name: 'Billing', collections: [{ name: 'Mobile', collections: [{ name: 'API' }] }] },
    ];
    // Setup comes up to the top; Billing goes under it with API directly below; Mobile
    // (not listed) stays in Billing.
    const desired: DesiredCollection[] = [{ name: 'Teams' }, { name: 'Setup', collections: [{ name: 'Billing', collections: [{ name: 'API' }] }] }];
    expect(await applyOnce(live, desired)).toEqual([
      'Setup',
      'Setup / Billing',
      'Setup / Billing / API',
      'Setup / Billing / Mobile',
      'Teams',
      'Teams / Security',
    ]);
  });

  test('new collections under a parent that moves up', async () => {
    const live: CollectionSeed[] = [{ name: 'X', collections: [{ name: 'Y', collections: [{ id: 7, name: 'P' }] }] }];
    const desired: DesiredCollection[] = [{ name: 'X', collections: [{ name: 'Y' }] }, { name: 'P', collections: [{ name: 'New', collections: [{ name: 'Newer' }] }] }];
    expect(await applyOnce(live, desired, { slowFirstPutTo: 7 })).toEqual(['P', 'P / New', 'P / New / Newer', 'X', 'X / Y']);
  });

  test('a collection moves deeper once its unlisted sub-collections are deleted', async () => {
    const live: CollectionSeed[] = [{ name: 'A', collections: [{ name: 'B', collections: [{ name: 'C' }] }] }, { name: 'X', collections: [{ name: 'Y' }] }];
    const desired: DesiredCollection[] = [{ name: 'X', collections: [{ name: 'Y', collections: [{ name: 'A' }] }] }];
    expect(await applyOnce(live, desired, { prune: true })).toEqual(['X', 'X / Y', 'X / Y / A']);
  });
});
