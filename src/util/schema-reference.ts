import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { dependentProject, isWithin, realpathOfPath } from './install-location.js';

const SCHEMA_IN_PACKAGE = 'schemas/intercom.config.schema.json';

/** Where the schema is once intercom-config is a dependency of the project. */
export const DEPENDENCY_SCHEMA_REF = `./node_modules/intercom-config/${SCHEMA_IN_PACKAGE}`;

export interface SchemaReference {
  /** The `$schema` value for the `# yaml-language-server:` line, relative to the config file. */
  ref: string;
  /** False when the running copy is not part of the project (npx cache, global install). */
  resolvable: boolean;
}

/**
 * The `$schema` reference for a config written into `configDir` by the package at
 * `packageRoot`. The line gets committed, so it must be a path every clone of the
 * project can follow:
 * - the package is a dependency of the project (`<project>/node_modules/intercom-config`,
 *   the project being configDir or one of its parents) → the relative path to it;
 * - configDir is inside the package itself (a clone of intercom-config) → the relative
 *   path to its `schemas/`;
 * - anything else (npx cache, global install) would be a path on this machine only, so
 *   the reference assumes the recommended setup, intercom-config as a dev dependency of
 *   the project at `projectDir` (whose `node_modules` the path then goes through).
 */
export function schemaReference(packageRoot: string, configDir: string, projectDir = configDir): SchemaReference {
  const project = dependentProject(packageRoot);
  const partOfProject = project !== undefined ? isWithin(configDir, project) : isWithin(configDir, packageRoot);
  if (!partOfProject) return { ref: relativeRef(configDir, join(projectDir, 'node_modules', 'intercom-config', SCHEMA_IN_PACKAGE)), resolvable: false };
  return { ref: relativeRef(configDir, join(packageRoot, SCHEMA_IN_PACKAGE)), resolvable: true };
}

/**
 * schemaReference for a file about to be written into `configDir`, which may not exist
 * yet (`export -o new/dir/file.yaml`): real paths (a symlinked directory must not hide that
 * the file is inside the project), and as the project to install into, the nearest
 * directory with a package.json, else the working directory when the file is below it.
 */
export function schemaReferenceFor(packageRoot: string, configDir: string, cwd: string): SchemaReference {
  const dir = realpathOfPath(configDir);
  return schemaReference(realpathOfPath(packageRoot), dir, projectDirOf(dir, realpathOfPath(cwd)));
}

function projectDirOf(dir: string, cwd: string): string {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'package.json'))) return at;
    if (dirname(at) === at) break;
  }
  return isWithin(dir, cwd) ? cwd : dir;
}

function relativeRef(fromDir: string, file: string): string {
  const path = relative(fromDir, file).split(sep).join('/');
  return path.startsWith('../') ? path : `./${path}`;
}
