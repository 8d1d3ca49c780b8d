import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * The project that has the package at `packageRoot` as a dependency: the directory that
 * holds the first `node_modules` on its path (`<project>/node_modules/intercom-config`, also
 * pnpm's `<project>/node_modules/.pnpm/…/node_modules/intercom-config`). Undefined when the
 * package is not under a `node_modules` (a clone). The npx cache and a global install are
 * "projects" too (`~/.npm/_npx/<hash>`, `/usr/lib`): callers tell them apart by whether the
 * user's directory is inside.
 */
export function dependentProject(packageRoot: string): string | undefined {
  const segments = packageRoot.split(sep);
  const modulesAt = segments.indexOf('node_modules');
  return modulesAt > 0 ? segments.slice(0, modulesAt).join(sep) || sep : undefined;
}

/** Whether `dir` is `ancestor` or below it. */
export function isWithin(dir: string, ancestor: string): boolean {
  const rel = relative(ancestor, dir);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * realpath of the nearest part of `path` that exists, with the rest appended: symlinked
 * directories (macOS /tmp, a linked home) must not hide that one path is inside another,
 * also for a file about to be written into a directory not created yet.
 */
export function realpathOfPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realpathOfPath(parent), basename(path));
  }
}
