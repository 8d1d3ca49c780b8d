import { join } from 'node:path';
import type { ApplyEvent, ApplyOptions } from '../../../src/apply/apply-plan.js';
import type { ClientEvent } from '../../../src/client/intercom-client.js';
import { WorkspaceSession } from '../../../src/services/workspace-session.js';
import type { ClientOverrides } from '../../../src/workspace/connect.js';
import type { Rig } from './rig.js';

/**
 * The library's session on the rig's config (and clock), for faults the CLI cannot set up:
 * a short client timeout whose deadlines the test fires, no retries, one request at a time.
 */
export async function openSession(rig: Rig, client: ClientOverrides, onClientEvent?: (event: ClientEvent) => void): Promise<WorkspaceSession> {
  return WorkspaceSession.open({
    configFile: join(rig.dir, 'intercom.config.yaml'),
    env: rig.env(),
    client: { now: rig.clock.now, sleep: rig.clock.sleep, ...client },
    ...(onClientEvent ? { onClientEvent } : {}),
  });
}

/** Plans and applies once, collecting apply events. */
export async function planAndApply(session: WorkspaceSession, options: Omit<ApplyOptions, 'onEvent'> = {}) {
  const events: ApplyEvent[] = [];
  const { plan } = await session.plan();
  const result = await session.apply(plan, { ...options, onEvent: (e) => events.push(e) });
  return { plan, result, events };
}
