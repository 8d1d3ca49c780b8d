import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'config');

export interface FixtureCase {
  name: string;
  dir: string;
  /** Config path relative to the working directory, as a user would pass it. */
  file: string;
  env: Record<string, string>;
}

/** One case per folder: `<kind>/<case>/intercom.config.yaml`, plus `env.json` when it needs variables. */
export function fixtureCases(kind: 'valid' | 'invalid'): FixtureCase[] {
  const root = join(FIXTURES, kind);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const envFile = join(dir, 'env.json');
      const env = existsSync(envFile) ? (JSON.parse(readFileSync(envFile, 'utf8')) as Record<string, string>) : {};
      return { name, dir, file: relative(process.cwd(), join(dir, 'intercom.config.yaml')), env };
    });
}
