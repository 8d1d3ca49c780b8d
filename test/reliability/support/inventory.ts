/**
 * "Every declared object exists exactly once": keys for declared objects and for what the
 * sandbox holds, so a test can compare the two as multisets.
 */
import type { DesiredCollection, IntercomConfig } from '../../../src/config/config-types.js';
import type { SandboxState } from '../../../src/sandbox/index.js';

/** `type:Bug`, `attribute:Bug/Severity`, `collection:acme-help/Guides/Setup`. */
export type InventoryKey = string;

/** One key per object the config declares for `workspace` (default help center: acme-help). */
export function declaredKeys(config: IntercomConfig, helpCenter = 'acme-help'): InventoryKey[] {
  const keys: InventoryKey[] = [];
  for (const type of config.ticket_types ?? []) {
    if (type.archived) continue;
    keys.push(`type:${type.name}`);
    for (const attribute of type.attributes ?? []) {
      if (!attribute.archived) keys.push(`attribute:${type.name}/${attribute.name}`);
    }
  }
  const visit = (list: readonly DesiredCollection[], path: string[], hc: string): void => {
    for (const c of list) {
      const here = [...path, c.name];
      const center = c.help_center ?? hc;
      keys.push(`collection:${center}/${here.join('/')}`);
      visit(c.collections ?? [], here, center);
    }
  };
  visit(config.help_center?.collections ?? [], [], helpCenter);
  return keys.sort();
}

/** How many live objects carry each key; built-in attributes are left out. */
export function liveCounts(state: SandboxState): Map<InventoryKey, number> {
  const counts = new Map<InventoryKey, number>();
  const add = (key: InventoryKey) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const type of state.ticket_types) {
    add(`type:${type.name}`);
    for (const attribute of type.attributes) if (!attribute.default) add(`attribute:${type.name}/${attribute.name}`);
  }
  const byId = new Map(state.collections.map((c) => [c.id, c]));
  const centers = new Map(state.help_centers.map((h) => [h.id, h.identifier]));
  for (const c of state.collections) {
    const names: string[] = [];
    for (let node: typeof c | undefined = c; node; node = node.parent_id ? byId.get(node.parent_id) : undefined) names.unshift(node.name);
    add(`collection:${centers.get(c.help_center_id) ?? '?'}/${names.join('/')}`);
  }
  return counts;
}

/** Keys that are declared but absent, or present more than once. */
export function inventoryProblems(config: IntercomConfig, state: SandboxState): { missing: string[]; duplicated: string[]; unexpected: string[] } {
  const declared = declaredKeys(config);
  const counts = liveCounts(state);
  return {
    missing: declared.filter((k) => !counts.has(k)),
    duplicated: [...counts].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`),
    unexpected: [...counts.keys()].filter((k) => !declared.includes(k)).sort(),
  };
}
