import type { DesiredCollection, IntercomConfig } from '../config/config-types.js';
import { loadConfig } from '../config/load-config.js';
import { describeChange } from '../render/describe-change.js';
import { WorkspaceSession, type SessionRequest } from './workspace-session.js';

export interface ValidationReport {
  file: string;
  counts: { ticket_types: number; attributes: number; ticket_states: number; collections: number };
  /** Present with --online: the workspace checked and what still needs a manual step. */
  online?: { workspace: string; manual: string[] };
}

/**
 * Offline: the whole file (schema, references, Intercom rules). Online: also the
 * workspace — the token works, help centers and locales exist, states are as declared,
 * and the config can be planned against it (no ambiguous matches, no data_type changes).
 */
export async function validateConfig(request: SessionRequest & { online?: boolean }): Promise<ValidationReport> {
  const env = request.env ?? process.env;
  const loaded = await loadConfig(request.configFile, { env, ...(request.workspace ? { workspace: request.workspace } : {}) });
  const report: ValidationReport = { file: loaded.file, counts: countResources(loaded.config) };
  if (!request.online) return report;
  const session = await WorkspaceSession.open(request);
  try {
    const { plan } = await session.plan();
    const manual = plan.changes
      .filter((c) => c.action === 'manual')
      .map((c) => `${describeChange(c)}: ${c.reason ?? ''}`);
    report.online = { workspace: session.workspace.name, manual };
  } finally {
    await session.close();
  }
  return report;
}

function countResources(config: IntercomConfig): ValidationReport['counts'] {
  const countCollections = (list: readonly DesiredCollection[] | undefined): number =>
    (list ?? []).reduce((n, c) => n + 1 + countCollections(c.collections), 0);
  return {
    ticket_types: config.ticket_types?.length ?? 0,
    attributes: (config.ticket_types ?? []).reduce((n, t) => n + (t.attributes?.length ?? 0), 0),
    ticket_states: config.ticket_states?.length ?? 0,
    collections: countCollections(config.help_center?.collections),
  };
}
