import { canonicalJson, sha256 } from '../plan/canonical-json.js';
import { exactPattern } from '../plan/name-glob.js';
import type { LiveState } from '../resources/live-families.js';
import { CHANGE_KIND_MODULES } from '../resources/registry.js';
import type { Plan } from './create-plan.js';

/**
 * A hash of every live object the plan touches, keyed `kind:id`, as each kind fingerprints
 * its objects (without timestamps). A saved plan keeps them, so `apply FILE` notices an
 * object that changed since.
 */
export function fingerprintTouched(plan: Plan, live: LiveState): Record<string, string> {
  const objects = new Map<string, unknown>();
  for (const module of CHANGE_KIND_MODULES) {
    for (const [id, object] of module.liveObjects(live)) objects.set(`${module.name}:${id}`, object);
  }
  const out: Record<string, string> = {};
  for (const change of plan.changes) {
    if (change.id === undefined) continue;
    const key = `${change.kind}:${change.id}`;
    const object = objects.get(key);
    out[key] = object === undefined ? 'absent' : sha256(canonicalJson(object));
  }
  return out;
}

/**
 * A hash of each named live object, keyed by the selector that names it
 * (`ticket_type_attribute:Bug report/Severity`): what a promotion (`plan --from`) took from
 * its source workspace, so `apply FILE` notices a source object that changed since. Kinds
 * that cannot be written (ticket states) have no names to look up and are left out; a
 * fresh plan still compares them.
 */
export function fingerprintNamed(live: LiveState, objects: readonly { kind: string; path: readonly string[] }[]): Record<string, string> {
  const wanted = new Set(objects.map((o) => `${o.kind}:${exactPattern(o.path)}`));
  const out: Record<string, string> = {};
  for (const module of CHANGE_KIND_MODULES) {
    if (!module.ignore) continue;
    const byId = new Map<string, unknown>(module.liveObjects(live));
    for (const { id, path } of module.ignore.liveNames(live)) {
      const key = `${module.name}:${exactPattern(path)}`;
      if (wanted.has(key) && byId.has(id)) out[key] = sha256(canonicalJson(byId.get(id)));
    }
  }
  return out;
}
