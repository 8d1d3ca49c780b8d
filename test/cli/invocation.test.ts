import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commandPrefix } from '../../src/cli/invocation.js';
import { scratchDir } from '../helpers/cli.js';

// Real directories: the check follows symlinks, so the layouts below exist on disk.
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let project: string;
let installed: string;
beforeAll(async () => {
  scratch = await scratchDir('icfg-invocation-');
  project = join(scratch.dir, 'acme');
  installed = join(project, 'node_modules', 'intercom-config');
  await mkdir(installed, { recursive: true });
  await mkdir(join(project, 'ops'), { recursive: true });
});
afterAll(async () => {
  await scratch.cleanup();
});

const bin = 'intercom-config';

describe('how the user runs the CLI, for the commands we print', () => {
  test('through npx or npm exec (npm_command=exec): npx, wherever the package is', () => {
    expect(commandPrefix({ bin, packageRoot: '/usr/lib/node_modules/intercom-config', cwd: scratch.dir, env: { npm_command: 'exec' } })).toBe('npx intercom-config');
  });

  test('installed in the project the user is in (also from a subdirectory): npx, as a local install is not on PATH', () => {
    expect(commandPrefix({ bin, packageRoot: installed, cwd: project, env: {} })).toBe('npx intercom-config');
    expect(commandPrefix({ bin, packageRoot: installed, cwd: join(project, 'ops'), env: {} })).toBe('npx intercom-config');
    // An npm script of the project runs it the same way, but the user retypes it in a shell.
    expect(commandPrefix({ bin, packageRoot: installed, cwd: project, env: { npm_command: 'run-script', npm_lifecycle_event: 'setup' } })).toBe('npx intercom-config');
  });

  test('reached through a symlinked directory: still the same project', async () => {
    const link = join(scratch.dir, 'linked-acme');
    await symlink(project, link, 'dir');
    expect(commandPrefix({ bin, packageRoot: join(link, 'node_modules', 'intercom-config'), cwd: join(project, 'ops'), env: {} })).toBe('npx intercom-config');
    expect(commandPrefix({ bin, packageRoot: installed, cwd: join(link, 'ops'), env: {} })).toBe('npx intercom-config');
  });

  test.each([
    ['a global install', '/usr/lib/node_modules/intercom-config'],
    ["another project's node_modules", '/srv/other/node_modules/intercom-config'],
    ['a clone (npm link)', '/src/intercom-config'],
  ])('%s is on PATH: the bare name', (_what, packageRoot) => {
    expect(commandPrefix({ bin, packageRoot, cwd: project, env: {} })).toBe('intercom-config');
  });
});
