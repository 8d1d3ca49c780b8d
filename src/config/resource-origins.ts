/**
 * Links objects derived from the loaded config (e.g. by selectForWorkspace) back to the
 * object they were copied from, so errors found later can still point at the file.
 */
const origins = new WeakMap<object, object>();

export function recordOrigin(copy: object, original: object): void {
  if (copy !== original) origins.set(copy, origins.get(original) ?? original);
}

export function originOf(value: object): object {
  return origins.get(value) ?? value;
}
