import { canonicalJson, sha256 } from '../plan/canonical-json.js';
import type { IntercomConfig } from './config-types.js';

/**
 * Keys of a workspace entry that say where requests go and with what credential, not what
 * the workspace should hold: a saved plan records and checks the host it talked to itself
 * (`plan.host`), and nothing derived from a token belongs in a plan file.
 */
const CONNECTION_KEYS = new Set(['token', 'url', 'region']);

/**
 * A hash of what the config means for one workspace: its validated, normalised value, so
 * a comment, a reordered key or a re-indented block does not make a saved plan stale.
 * Other workspaces' entries and `default_workspace` are left out (they do not change a
 * plan of this workspace), and so are this workspace's connection keys: rotating a token
 * changes nothing the plan says.
 */
export function configMeaningHash(config: IntercomConfig, workspace: string | undefined): string {
  const { workspaces, default_workspace: _default, ...rest } = config;
  const own = workspace !== undefined && Object.hasOwn(workspaces, workspace) ? (workspaces[workspace] as Record<string, unknown>) : undefined;
  const entry = own === undefined ? null : Object.fromEntries(Object.entries(own).filter(([key]) => !CONNECTION_KEYS.has(key)));
  return sha256(canonicalJson({ ...rest, workspace: workspace === undefined ? null : { name: workspace, entry } }));
}
