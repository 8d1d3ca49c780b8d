/**
 * Lookups by a name that comes from outside (a flag, a config key, an API answer). A plain
 * `record[name]` also finds what every object inherits — `toString`, `constructor`,
 * `__proto__` — so `-w toString` would "find" a workspace; and `record["__proto__"] = x`
 * replaces the prototype instead of storing a key.
 */

/** The value stored under `key` in `record` itself, never an inherited one. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Stores `value` under `key` as a plain own property, even when `key` is `__proto__`. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
