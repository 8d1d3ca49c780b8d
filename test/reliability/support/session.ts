import { join } from 'node:path';
import type { ApplyEvent } from '../../../src/apply/apply-plan.js';
import type { ClientEvent } from '../../../src/client/intercom-client.js';
import { WorkspaceSession } from '../../../src/services/workspace-session.js';
import type { Rig } from './rig.js';

/**
 * The library's session on the rig's config, for faults the CLI cannot set up (a short
 * client timeout, no retries). Events are collected for assertions.
 */
export async function openSession(
  rig: Rig,
  client: { timeoutMs?: number; maxRetries?: number; concurrency?: number },
  onClientEvent?: (event: ClientEvent) => void,
): Promise<WorkspaceSession> {
  return WorkspaceSession.open({
    configFile: join(rig.dir, 'intercom.config.yaml'),
    env: rig.env(),
    client,
    ...(onClientEvent ? { onClientEvent } : {}),
  });
}

/** Plans and applies once, collecting apply events. */
export async function planAndApply(session: WorkspaceSession) {
  const events: ApplyEvent[] = [];
  const { plan } = await session.plan();
  const result = await session.apply(plan, { onEvent: (e) => events.push(e) });
  return { plan, result, events };
}
