import type { Plan } from '../engine/create-plan.js';
import { exportResources, withoutResources } from '../export/export-resources.js';
import { fetchLiveState } from '../live/live-state.js';
import { IgnoreRules } from '../resources/ignore.js';
import { familiesToExport } from './export-workspace.js';
import { WorkspaceSession, type SessionRequest } from './workspace-session.js';

export interface DiffRequest extends Omit<SessionRequest, 'workspace'> {
  from: string;
  to: string;
}

/**
 * What promoting workspace `from` to workspace `to` would change: `from`'s live
 * configuration is exported in memory and planned against `to`, exactly as
 * `export` then `plan` would.
 */
export async function diffWorkspaces(request: DiffRequest): Promise<{ plan: Plan }> {
  const source = await WorkspaceSession.open({ ...request, workspace: request.from });
  let resources;
  try {
    const live = await fetchLiveState(source.connection.api, familiesToExport(source.loaded.config));
    // Objects `ignore:` keeps out of reach are not promoted; the target keeps its own. Article
    // bodies get file names, so links between articles travel as links between them.
    resources = exportResources(live, { ignore: new IgnoreRules(source.loaded.config.ignore), articleFiles: true });
  } finally {
    await source.close();
  }
  const target = await WorkspaceSession.open({ ...request, workspace: request.to });
  try {
    const promoted = target.withConfig({ ...withoutResources(target.loaded.config), ...resources });
    return { plan: (await promoted.plan()).plan };
  } finally {
    await target.close();
  }
}
