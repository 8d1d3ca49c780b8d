import type { IntercomConfig } from '../config/config-types.js';
import { loadConfig } from '../config/load-config.js';
import { describeChange } from '../render/describe-change.js';
import { ConfigError } from '../errors.js';
import { KINDS } from '../resources/registry.js';
import { refusedWorkspaceUrls } from '../workspace/connect.js';
import { WorkspaceSession, type SessionRequest } from './workspace-session.js';

export interface ValidationReport {
  file: string;
  /** Declared objects per kind, e.g. `ticket_types`, `attributes`, in registry order. */
  counts: Record<string, number>;
  /** Present with --online: the workspace checked and what still needs a manual step. */
  online?: { workspace: string; manual: string[] };
}

/**
 * Offline: the whole file (schema, references, Intercom rules, and that every `url:` may
 * receive the token, as plan and apply check before connecting). Online: also the
 * workspace — the token works, help centers and locales exist, states are as declared,
 * and the config can be planned against it (no ambiguous matches, no data_type changes).
 */
export async function validateConfig(request: SessionRequest & { online?: boolean }): Promise<ValidationReport> {
  const env = request.env ?? process.env;
  const loaded = await loadConfig(request.configFile, { env, ...(request.workspace ? { workspace: request.workspace } : {}) });
  // Plan and apply refuse these before connecting; the file is not valid to run without the opt-in.
  const refused = refusedWorkspaceUrls(loaded, env);
  if (refused.length > 0) throw new ConfigError(refused);
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
  return Object.assign({}, ...KINDS.map((kind) => kind.count(config))) as ValidationReport['counts'];
}
