/**
 * Fields Intercom answered without applying (src/apply/verify-answer.ts) are remembered
 * per workspace. When a later plan would send the same value to the same object again,
 * over the same live value, that field is taken out of the write and shown as a manual
 * step instead: the API does not let us change it, so sending it again would only fail
 * again, and a plan that quietly repeats it would never settle.
 */
import { isEqual } from '../plan/field-diff.js';
import type { FieldChange } from '../plan/plan-types.js';
import { kindOf, type Change } from '../resources/registry.js';

/** One field of one live object that Intercom did not take as sent. */
export interface UnappliedRecord {
  kind: string;
  id: string;
  path: string;
  sent: unknown;
  received: unknown;
}

export function setAsideUnapplied(changes: readonly Change[], records: readonly UnappliedRecord[]): Change[] {
  if (records.length === 0) return [...changes];
  const out: Change[] = [];
  for (const change of changes) {
    const known = (field: FieldChange) =>
      records.some(
        (r) => r.kind === change.kind && r.id === change.id && r.path === field.path && isEqual(r.sent, field.after) && isEqual(r.received, field.before),
      );
    const stuck = change.operation && change.id !== undefined ? (change.fields ?? []).filter(known) : [];
    if (stuck.length === 0) {
      out.push(change);
      continue;
    }
    const rest = (change.fields ?? []).filter((f) => !stuck.includes(f));
    if (rest.length > 0) out.push(withoutFields(change, stuck, rest));
    for (const field of stuck) out.push(manualStep(change, field));
  }
  return out;
}

/** The change without the stuck fields; a body key goes once no field under it is left. */
function withoutFields(change: Change, stuck: readonly FieldChange[], rest: FieldChange[]): Change {
  const copy = structuredClone(change);
  copy.fields = rest;
  const body = (copy.operation as { body?: Record<string, unknown> } | undefined)?.body;
  if (body) {
    for (const field of stuck) {
      const key = field.path.split('.')[0] ?? '';
      if (!rest.some((f) => f.path.split('.')[0] === key)) delete body[key];
    }
  }
  return copy;
}

function manualStep(change: Change, field: FieldChange): Change {
  const { operation: _o, dependsOn: _d, ...identity } = change;
  const where = kindOf(change).whereInIntercom(change as never);
  return {
    ...identity,
    address: `${change.address}.${field.path}`,
    action: 'manual',
    fields: [field],
    reason:
      `Intercom did not apply ${field.path} through the API when it was last sent (it kept ${JSON.stringify(field.before)}): ` +
      `the API does not let intercom-config change it. Change it in Intercom (${where}), or write the live value in the config.`,
  } as Change;
}
