/**
 * What the CLI writes never destroys what was there: `plan --out` replaces only an earlier
 * saved plan (never the config or another file), no writer turns a device, FIFO or
 * folder into a regular file, and a link keeps pointing where it did.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, readFile, readlink, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { remoteHeader, runCli, useSandboxAndScratch } from '../helpers/cli.js';

const TOKEN = 'tok_output_files_3b9d';
const CONFIG = (url: string) => `${remoteHeader(url)}ticket_types:\n  - name: Question\n`;

const fixture = useSandboxAndScratch(TOKEN, 'icfg-outputs-');
beforeEach(async () => {
  await fixture.scratch.write('intercom.config.yaml', CONFIG(fixture.sandbox.url));
});

const cli = (args: string[]) => runCli(args, { cwd: fixture.scratch.dir, env: { INTERCOM_TOKEN: TOKEN } });

describe('plan --out', () => {
  test('the config file itself is refused before anything is read, and left as it was', async () => {
    for (const out of ['intercom.config.yaml', './intercom.config.yaml', join(fixture.scratch.dir, 'intercom.config.yaml')]) {
      const result = await cli(['plan', '--out', out]);
      expect(result.code, out).toBe(1);
      expect(result.stderr).toContain(`--out ${out} is the config file; saving the plan there would replace it.`);
    }
    expect(await readFile(join(fixture.scratch.dir, 'intercom.config.yaml'), 'utf8')).toBe(CONFIG(fixture.sandbox.url));
    expect(fixture.sandbox.requests).toEqual([]);
  });

  test('another existing file is left alone; an earlier saved plan is replaced', async () => {
    await fixture.scratch.write('README.md', '# Notes\n');
    const refused = await cli(['plan', '--out', 'README.md']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--out README.md exists and is not a plan saved by intercom-config; it is left as it is.');
    expect(await readFile(join(fixture.scratch.dir, 'README.md'), 'utf8')).toBe('# Notes\n');

    expect((await cli(['plan', '--out', 'p.plan'])).code).toBe(0);
    const again = await cli(['plan', '--out', 'p.plan']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('Saved the plan to p.plan');
    expect((await cli(['plan', '--out='])).stderr).toContain('--out needs a file name.');
    expect((await cli(['export', '-o', ''])).stderr).toContain('--output needs a path.');
  });

  test('through a link, the plan it points at is replaced and the link stays', async () => {
    expect((await cli(['plan', '--out', 'real.plan'])).code).toBe(0);
    await symlink('real.plan', join(fixture.scratch.dir, 'latest.plan'));
    const result = await cli(['plan', '--out', 'latest.plan']);
    expect(result.code, result.stderr).toBe(0);
    expect((await lstat(join(fixture.scratch.dir, 'latest.plan'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(fixture.scratch.dir, 'latest.plan'))).toBe('real.plan');
  });
});

describe('no writer replaces a FIFO or a folder', () => {
  test.each([
    ['plan --out', (path: string) => ['plan', '--out', path]],
    ['export -o', (path: string) => ['export', '-o', path]],
    ['init --force -c', (path: string) => ['init', '--force', '-c', path]],
  ])('%s', async (_name, args) => {
    const fifo = join(fixture.scratch.dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = await cli(args(fifo));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/FIFO \(named pipe\)/);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  test('export -o at a FIFO with --articles-dir writes no article file and reads nothing', async () => {
    const fifo = join(fixture.scratch.dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = await cli(['export', '-o', 'pipe', '--articles-dir', 'articles']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot write pipe: it is a FIFO \(named pipe\)/);
    expect(existsSync(join(fixture.scratch.dir, 'articles'))).toBe(false);
    expect(fixture.sandbox.requests).toEqual([]);
  });
});
