/**
 * Reading request body fields with Intercom-style 400s: a missing required field is
 * `parameter_not_found`, a value of the wrong type is `parameter_invalid`. Unknown keys are
 * ignored, as the real API does.
 */
import { invalidParameter, missingParameter } from '../api-error.js';

type Body = Record<string, unknown>;

/** A required non-empty string; `label` is used in the message ("Name is a required parameter."). */
export function requiredString(body: Body, key: string, label: string): string {
  const value = body[key];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw missingParameter(label);
  }
  if (typeof value !== 'string') throw invalidParameter(`${key} must be a string.`);
  return value;
}

/** An optional string; null counts as absent. */
export function optionalString(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidParameter(`${key} must be a string.`);
  return value;
}

/** An optional string that, when given, must not be blank (e.g. a new name). */
export function optionalNonEmptyString(body: Body, key: string): string | undefined {
  const value = optionalString(body, key);
  if (value !== undefined && value.trim() === '') throw invalidParameter(`${key} cannot be blank.`);
  return value;
}

export function optionalBoolean(body: Body, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidParameter(`${key} must be a boolean.`);
  return value;
}

export function optionalEnum<T extends string>(body: Body, key: string, allowed: readonly T[]): T | undefined {
  const value = optionalString(body, key);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalidParameter(`${key} must be one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

/**
 * An id reference that clients send as a string or an integer. Returns undefined when
 * absent, null when explicitly null.
 */
export function optionalIdRef(body: Body, key: string): string | null | undefined {
  if (!(key in body)) return undefined;
  const value = body[key];
  if (value === null) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && /^\d+$/.test(value)) return value;
  throw invalidParameter(`${key} must be an id.`);
}

/** Intercom's comma-delimited `list_items` string. */
export function optionalListItems(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidParameter(`${key} must be a comma-separated string.`);
  return value;
}

export function optionalObject(body: Body, key: string): Record<string, unknown> | null | undefined {
  if (!(key in body)) return undefined;
  const value = body[key];
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidParameter(`${key} must be an object.`);
  return value as Record<string, unknown>;
}
