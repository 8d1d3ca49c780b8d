/**
 * The repository as a contributor gets it: `npm ci` asks about nothing in our control,
 * and `.gitignore` hides no file that is committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface PackageJson {
  allowScripts?: Record<string, boolean>;
}

interface Lockfile {
  packages: Record<string, { hasInstallScript?: boolean; version?: string }>;
}

describe('the repository', () => {
  test('every dependency with an install script is decided in allowScripts, so npm ci has nothing to ask', () => {
    const { allowScripts = {} } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript === true)
      .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version }));
    const undecided = withScripts.filter(({ name, version }) => !(name in allowScripts) && !(`${name}@${version}` in allowScripts));
    expect(undecided).toEqual([]);
  });

  test.skipIf(!existsSync(join(ROOT, '.git')))('.gitignore matches no committed file', () => {
    const ignoredButTracked = execFileSync('git', ['ls-files', '--cached', '--ignored', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
    expect(ignoredButTracked.split('\n').filter(Boolean)).toEqual([]);
  });
});
