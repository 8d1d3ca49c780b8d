import { createHash } from 'node:crypto';
import type { LiveState } from '../live/live-state.js';
import type { Plan } from './plan-types.js';

/** JSON with sorted keys, so equal values always hash alike. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A hash of every live object the plan touches, keyed `kind:id`. Timestamps are left out;
 * a type's hash covers its own fields only, so an unrelated attribute edit does not make
 * a plan that only renames the type stale.
 */
export function fingerprintTouched(plan: Plan, live: LiveState): Record<string, string> {
  const objects = liveObjects(live);
  const out: Record<string, string> = {};
  for (const change of plan.changes) {
    if (change.id === undefined) continue;
    const key = `${change.kind}:${change.id}`;
    const object = objects.get(key);
    out[key] = object === undefined ? 'absent' : sha256(canonicalJson(object));
  }
  return out;
}

function liveObjects(live: LiveState): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const { attributes, updated_at: _u, ...type } of live.ticketTypes ?? []) {
    map.set(`ticket_type:${type.id}`, type);
    for (const attribute of attributes) map.set(`ticket_type_attribute:${attribute.id}`, attribute);
  }
  for (const state of live.ticketStates ?? []) map.set(`ticket_state:${state.id}`, state);
  for (const { updated_at: _u, ...collection } of live.collections ?? []) map.set(`collection:${collection.id}`, collection);
  return map;
}
