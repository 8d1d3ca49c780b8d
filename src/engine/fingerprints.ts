import { canonicalJson, sha256 } from '../plan/canonical-json.js';
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
