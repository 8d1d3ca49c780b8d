import type { DesiredCollection, IntercomConfig } from './config-types.js';
import { recordOrigin } from './resource-origins.js';

const inScope = (resource: { workspaces?: string[] }, workspace: string): boolean =>
  resource.workspaces === undefined || resource.workspaces.includes(workspace);

/** A copy without the `workspaces:` list, remembered as derived from the original (for locating errors). */
function unscoped<T extends { workspaces?: string[] }>(resource: T, changes: Partial<T> = {}): T {
  const { workspaces: _scope, ...rest } = resource;
  const copy = { ...rest, ...changes } as T;
  recordOrigin(copy, resource);
  return copy;
}

function selectCollections(collections: DesiredCollection[], workspace: string): DesiredCollection[] {
  return collections
    .filter((c) => inScope(c, workspace))
    .map((c) => unscoped(c, c.collections ? { collections: selectCollections(c.collections, workspace) } : {}));
}

/**
 * The config as one workspace sees it: resources whose `workspaces:` list excludes it are
 * dropped (with their attributes or child collections), and the remaining resources lose
 * their `workspaces:` field, which means nothing to Intercom. `workspaces`, `prune` and
 * the other top-level settings are kept as they are.
 */
export function selectForWorkspace(config: IntercomConfig, workspace: string): IntercomConfig {
  const selected: IntercomConfig = { ...config };
  if (config.ticket_states) selected.ticket_states = config.ticket_states.filter((s) => inScope(s, workspace)).map((s) => unscoped(s));
  if (config.ticket_types) {
    selected.ticket_types = config.ticket_types
      .filter((t) => inScope(t, workspace))
      .map((t) =>
        unscoped(t, t.attributes ? { attributes: t.attributes.filter((a) => inScope(a, workspace)).map((a) => unscoped(a)) } : {}),
      );
  }
  if (config.help_center) {
    selected.help_center = { ...config.help_center };
    if (config.help_center.collections) selected.help_center.collections = selectCollections(config.help_center.collections, workspace);
  }
  recordOrigin(selected, config);
  return selected;
}
