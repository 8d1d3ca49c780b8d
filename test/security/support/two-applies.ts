/**
 * Two applies of one config against one sandbox workspace, each through its own session
 * and client (as two CI jobs would be), with the sandbox's holds pinning how they interleave.
 */
import { join } from 'node:path';
import type { ApplyResult } from '../../../src/apply/apply-plan.js';
import { afterEach, beforeEach } from 'vitest';
import { startSandbox, type RequestMatch, type RunningSandbox } from '../../../src/sandbox/index.js';
import { scratchDir } from '../../helpers/cli.js';
import { WorkspaceSession } from '../../../src/services/workspace-session.js';

export const TOKEN = 'concurrent-applies-token';

export interface RaceSetup {
  readonly sandbox: RunningSandbox;
  readonly scratch: Awaited<ReturnType<typeof scratchDir>>;
}

/** A fresh sandbox (with a `Bug` type to add attributes to) and a scratch folder for each test. */
export function raceSetup(): RaceSetup {
  const setup = {} as { sandbox: RunningSandbox; scratch: Awaited<ReturnType<typeof scratchDir>> };
  beforeEach(async () => {
    setup.sandbox = await startSandbox({ token: TOKEN, seed: { ticket_types: [{ name: 'Bug' }] } });
    setup.scratch = await scratchDir('icfg-race-');
  });
  afterEach(async () => {
    await setup.sandbox.close();
    await setup.scratch.cleanup();
  });
  return setup;
}

/** One kind's requests, as the holds need them. */
export interface KindRequests {
  /** The listing the checks around a create read, and how many times one plan reads it. */
  listing: RequestMatch & { path: string | RegExp };
  planReads: number;
  create: RequestMatch;
}

export interface Run {
  name: 'first' | 'second';
  result: ApplyResult;
}

/** Plans and applies once; resolves with the result, closing the session. */
export async function planAndApply(dir: string, name: Run['name'], options: { allowDelete?: boolean } = {}): Promise<Run> {
  const session = await WorkspaceSession.open({
    configFile: join(dir, 'intercom.config.yaml'),
    env: { INTERCOM_TOKEN: TOKEN },
    ...(options.allowDelete ? { allowDelete: true } : {}),
  });
  try {
    const { plan } = await session.plan();
    return { name, result: await session.apply(plan) };
  } finally {
    await session.close();
  }
}

/**
 * The later run's check sees the earlier run's create: both plan before either creates, one
 * create is answered, and only then may the other run's check read the family.
 */
export async function checkAfterCreate<T>(sandbox: RunningSandbox, requests: KindRequests, start: () => Promise<T>[]): Promise<T[]> {
  // Each run reads the listing `planReads` times to plan, then once to check: the last of
  // those reads is the check of whichever run comes second, while the other run's create waits.
  const lastCheck = sandbox.hold({ ...requests.listing, method: 'GET', nth: 2 * requests.planReads + 2, times: 1 });
  const firstCreate = sandbox.hold({ ...requests.create, times: 1 });
  const runs = start();
  await Promise.all([lastCheck.arrived(1), firstCreate.arrived(1)]);
  const created = sandbox.answered(requests.create, 1);
  firstCreate.release();
  await created;
  lastCheck.release();
  return Promise.all(runs);
}

/**
 * Both runs pass the check before either creates, and both read again after: the checks
 * after apply see both objects. What undoes a duplicate (`undo`) waits until the run that
 * finishes first has finished, so that run saw the duplicate too.
 */
export async function bothCreate<T>(
  sandbox: RunningSandbox,
  requests: KindRequests,
  start: () => Promise<T>[],
  undo?: RequestMatch,
): Promise<T[]> {
  const creates = sandbox.hold({ ...requests.create, times: 2 });
  const undoing = undo ? sandbox.hold({ ...undo, times: 1 }) : undefined;
  const runs = start();
  await creates.arrived(2);
  creates.release();
  // Made in the same turn as the release: no request can arrive in between.
  const rereads = sandbox.hold({ ...requests.listing, method: 'GET', times: 2 });
  await rereads.arrived(2);
  rereads.release();
  if (undoing) {
    await undoing.arrived(1);
    await Promise.race(runs);
    undoing.release();
  }
  return Promise.all(runs);
}
