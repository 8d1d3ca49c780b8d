import { declaredWorkspace } from '../config/resolve-workspace.js';
import type { Plan } from '../engine/create-plan.js';
import { withoutAmbiguousNames } from '../engine/promotion.js';
import { withoutResources } from '../export/export-resources.js';
import { familiesToExport } from './export-workspace.js';
import { WorkspaceSession, type SessionRequest } from './workspace-session.js';

export interface DiffRequest extends Omit<SessionRequest, 'workspace' | 'from'> {
  from: string;
  to: string;
}

/**
 * What promoting workspace `from` to workspace `to` would change: `from`'s live
 * configuration is exported in memory and planned against `to`, exactly as
 * `export` then `plan` would. Unlike `plan --from`, every object of `from` is promoted,
 * not only those the file declares.
 */
export async function diffWorkspaces({ from, to, ...request }: DiffRequest): Promise<{ plan: Plan }> {
  const source = await WorkspaceSession.open({ ...request, workspace: from, workspaceFlag: '--from' });
  let resources;
  try {
    // A misspelt --to is reported before `from` is read.
    declaredWorkspace(source.loaded, to, '--to');
    // Objects `ignore:` keeps out of reach are not promoted; the target keeps its own.
    resources = (await source.exportLive(familiesToExport(source.loaded.config))).resources;
  } finally {
    await source.close();
  }
  const target = await WorkspaceSession.open({ ...request, workspace: to, workspaceFlag: '--to' });
  try {
    // A name `from` holds twice cannot be matched: it is held back, with a note.
    const unambiguous = withoutAmbiguousNames(resources);
    const promoted = target.withConfig({ ...withoutResources(target.loaded.config), ...unambiguous.resources }, from, unambiguous.held);
    return { plan: (await promoted.plan()).plan };
  } finally {
    await target.close();
  }
}
