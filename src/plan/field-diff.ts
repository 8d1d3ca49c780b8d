import deepDiff from 'deep-diff';
import type { FieldChange } from './plan-types.js';

/**
 * Field-level differences over managed fields only: a key that is undefined in `desired`
 * is not managed and never compared. Nested objects (translated content) are diffed down
 * to their leaves so the plan says exactly which translation changes; arrays are compared
 * whole because a list of options reads best as before → after.
 */
export function diffFields(live: Record<string, unknown>, desired: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key in desired) {
    const after = desired[key];
    const before = live[key];
    // Most fields of a large workspace are unchanged scalars: settle those first.
    if (after === undefined || before === after) continue;
    if (isPlainObject(after) && (isPlainObject(before) || before === undefined)) {
      // The usual case, nothing changed, is settled without copying and deep-diffing.
      if (!isCoveredBy(after, before ?? {})) changes.push(...diffObjects(key, before ?? {}, after));
    } else if (!isEqual(before, after)) {
      changes.push(before === undefined ? { path: key, after } : { path: key, before, after });
    }
  }
  return changes;
}

function diffObjects(prefix: string, before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const diffs = deepDiff.diff(pruneUndefined(before), pruneUndefined(after)) ?? [];
  const changes: FieldChange[] = [];
  for (const d of diffs) {
    const path = [prefix, ...(d.path ?? [])].join('.');
    if (d.kind === 'N') changes.push(...leaves(path, d.rhs));
    else if (d.kind === 'E') changes.push({ path, before: d.lhs, after: d.rhs });
    else if (d.kind === 'A') changes.push({ path, before: readPath(before, d.path), after: readPath(after, d.path) });
    // Removals ('D') are not reported: keys absent from the config are not managed.
  }
  return changes;
}

/**
 * The fields of an object about to be created: every defined value, nested objects down
 * to their leaves. The same as diffing against an empty object, without the diff.
 */
export function newFields(desired: Record<string, unknown>): FieldChange[] {
  const fields: FieldChange[] = [];
  const visit = (path: string, value: unknown): void => {
    if (value === undefined) return;
    if (isPlainObject(value)) for (const key in value) visit(`${path}.${key}`, value[key]);
    else fields.push({ path, after: value });
  };
  for (const key in desired) visit(key, desired[key]);
  return fields;
}

/** A new nested object reads best one leaf per line. */
function leaves(path: string, value: unknown): FieldChange[] {
  if (!isPlainObject(value)) return [{ path, after: value }];
  return Object.entries(value).flatMap(([key, v]) => leaves(`${path}.${key}`, v));
}

export function isEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => isEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!isEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/**
 * True when every defined value in `desired` is equal to the value at the same place in
 * `live`: the nested diff would then report nothing (extra live keys are not managed).
 */
function isCoveredBy(desired: Record<string, unknown>, live: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(desired)) {
    if (value === undefined) continue;
    const current = live[key];
    if (isPlainObject(value)) {
      if (!isPlainObject(current) || !isCoveredBy(value, current)) return false;
    } else if (!isEqual(current, value)) {
      return false;
    }
  }
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pruneUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

function readPath(root: unknown, path: unknown[] | undefined): unknown {
  let node = root;
  for (const key of path ?? []) node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[String(key)] : undefined;
  return node;
}
