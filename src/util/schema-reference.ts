import { join, relative, sep } from 'node:path';
import { dependentProject, isWithin } from './install-location.js';

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
 *   the reference assumes the recommended setup, intercom-config as a dev dependency.
 */
export function schemaReference(packageRoot: string, configDir: string): SchemaReference {
  const schemaFile = join(packageRoot, SCHEMA_IN_PACKAGE);
  const project = dependentProject(packageRoot);
  const partOfProject = project !== undefined ? isWithin(configDir, project) : isWithin(configDir, packageRoot);
  if (!partOfProject) return { ref: DEPENDENCY_SCHEMA_REF, resolvable: false };
  const path = relative(configDir, schemaFile).split(sep).join('/');
  return { ref: path.startsWith('../') ? path : `./${path}`, resolvable: true };
}
