/**
 * The `$schema` line of a file `export -o` writes resolves from where the file is, in a
 * directory that does not exist yet: editors and the yaml-language-server read it relative
 * to the file, never to the directory export ran in.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli, scratchDir } from '../helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SCHEMA = join(ROOT, 'schemas', 'intercom.config.schema.json');

const CONFIG = [
  'version: 1',
  'workspaces:',
  '  sandbox:',
  '    sandbox: .intercom/sandbox.json',
  'ticket_types:',
  '  - name: Question',
  '    description: Ask us anything',
  '',
].join('\n');

/** The `$schema` path of an exported file, resolved from that file's directory. */
async function schemaOf(file: string): Promise<{ ref: string; resolved: string }> {
  const text = await readFile(file, 'utf8');
  const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
  if (ref === undefined) throw new Error(`no $schema line in ${file}:\n${text}`);
  return { ref, resolved: resolve(dirname(file), ref) };
}

async function exportTo(cwd: string, output: string) {
  await writeFile(join(cwd, 'intercom.config.yaml'), CONFIG);
  // The sandbox first holds what the config declares, so the export has something to write.
  const apply = await runCli(['apply', '--auto-approve'], { cwd });
  expect(apply.code).toBe(0);
  const result = await runCli(['export', '-o', output], { cwd });
  expect(result.stderr).toBe(`Exported workspace "sandbox" to ${output}.\n`);
  expect(result.code).toBe(0);
  return join(cwd, output);
}

describe('export -o other/dir/file.yaml', () => {
  let cleanup: () => Promise<void>;
  afterEach(() => cleanup());

  describe('run from a clone of intercom-config', () => {
    let dir: string;
    beforeEach(async () => {
      await mkdir(join(ROOT, '.vitest-tmp'), { recursive: true });
      dir = await mkdtemp(join(ROOT, '.vitest-tmp', 'export-schema-'));
      cleanup = () => rm(dir, { recursive: true, force: true });
    });

    test("the path leads to the clone's schemas/ from the new directory", async () => {
      const file = await exportTo(dir, 'other/dir/file.yaml');
      const { ref, resolved } = await schemaOf(file);
      expect(ref).toMatch(/^(\.\.\/)+schemas\/intercom\.config\.schema\.json$/);
      expect(resolved).toBe(SCHEMA);
    });
  });

  describe('run from outside the project (npx, a global install)', () => {
    let scratch: Awaited<ReturnType<typeof scratchDir>>;
    beforeEach(async () => {
      scratch = await scratchDir('icfg-export-schema-');
      cleanup = () => scratch.cleanup();
    });

    test('the path goes through the node_modules of the project, and resolves once intercom-config is installed there', async () => {
      await scratch.write('package.json', '{ "name": "acme", "private": true }\n');
      const file = await exportTo(scratch.dir, 'other/dir/file.yaml');
      const { ref, resolved } = await schemaOf(file);
      expect(ref).toBe('../../node_modules/intercom-config/schemas/intercom.config.schema.json');
      // Installing the dev dependency puts the package at node_modules/intercom-config.
      await mkdir(join(scratch.dir, 'node_modules'));
      await symlink(ROOT, join(scratch.dir, 'node_modules', 'intercom-config'), 'dir');
      expect(existsSync(resolved)).toBe(true);
      expect(await readFile(resolved, 'utf8')).toBe(await readFile(SCHEMA, 'utf8'));
    });

    test('without a package.json, the directory export runs in is the project', async () => {
      const file = await exportTo(scratch.dir, 'a/b/c/file.yaml');
      expect((await schemaOf(file)).resolved).toBe(join(scratch.dir, 'node_modules', 'intercom-config', 'schemas', 'intercom.config.schema.json'));
    });
  });
});

describe('export -o into another directory keeps a sandbox workspace working from there', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeEach(async () => {
    scratch = await scratchDir('icfg-export-paths-');
  });
  afterEach(() => scratch.cleanup());

  test('its state and seed files are written relative to the new file; planning it shows no changes and no warning', async () => {
    await scratch.write('seed.yaml', 'ticket_types:\n  - name: Seeded\n    description: From the seed\n');
    await scratch.write('intercom.config.yaml', CONFIG.replace('    sandbox: .intercom/sandbox.json', '    sandbox: .intercom/sandbox.json\n    seed: seed.yaml'));
    expect((await runCli(['apply', '--auto-approve'], { cwd: scratch.dir })).code).toBe(0);
    const exported = await runCli(['export', '-o', 'out/export.yaml'], { cwd: scratch.dir });
    expect(exported.code, exported.stderr).toBe(0);
    const text = await readFile(join(scratch.dir, 'out', 'export.yaml'), 'utf8');
    expect(text).toContain('sandbox: ../.intercom/sandbox.json');
    expect(text).toContain('seed: ../seed.yaml');
    const plan = await runCli(['plan', '-c', 'out/export.yaml', '--detailed-exitcode'], { cwd: scratch.dir });
    expect(plan.stderr).toBe('');
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).toContain('No changes');
  });
});
