import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEPENDENCY_SCHEMA_REF, schemaReference } from '../../src/util/schema-reference.js';
import { starterConfig } from '../../src/cli/starter-config.js';
import { loadConfig, resolveWorkspace } from '../../src/config/index.js';
import { runCli, scratchDir } from '../helpers/cli.js';

let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeEach(async () => {
  scratch = await scratchDir('icfg-init-');
});
afterEach(async () => {
  await scratch.cleanup();
});

describe('the $schema reference', () => {
  test('a dependency of the project: relative to the config, also from a subdirectory', () => {
    const pkg = '/home/me/acme/node_modules/intercom-config';
    expect(schemaReference(pkg, '/home/me/acme')).toEqual({ ref: DEPENDENCY_SCHEMA_REF, resolvable: true });
    expect(schemaReference(pkg, '/home/me/acme/intercom')).toEqual({
      ref: '../node_modules/intercom-config/schemas/intercom.config.schema.json',
      resolvable: true,
    });
  });

  test('a clone of intercom-config: its own schemas/ directory', () => {
    expect(schemaReference('/src/intercom-config', '/src/intercom-config')).toEqual({
      ref: './schemas/intercom.config.schema.json',
      resolvable: true,
    });
    expect(schemaReference('/src/intercom-config', '/src/intercom-config/examples/acme').ref).toBe('../../schemas/intercom.config.schema.json');
  });

  test.each([
    ['npx cache', '/home/me/.npm/_npx/1a2b3c/node_modules/intercom-config'],
    ['global install', '/usr/lib/node_modules/intercom-config'],
    ['another clone', '/src/intercom-config'],
  ])('never a path on this machine only (%s): the dependency path instead', (_what, pkg) => {
    expect(schemaReference(pkg, '/home/me/acme')).toEqual({ ref: DEPENDENCY_SCHEMA_REF, resolvable: false });
  });

  test('the dependency path goes through the node_modules of the project, also from a subdirectory', () => {
    expect(schemaReference('/usr/lib/node_modules/intercom-config', '/home/me/acme/ops/staging', '/home/me/acme')).toEqual({
      ref: '../../node_modules/intercom-config/schemas/intercom.config.schema.json',
      resolvable: false,
    });
  });
});

describe('the starter config', () => {
  test('validates, with a sandbox workspace and one example of each resource kind', async () => {
    const file = await scratch.write('intercom.config.yaml', starterConfig(DEPENDENCY_SCHEMA_REF));
    const loaded = await loadConfig(file, { env: {} });
    const { config } = loaded;
    expect(Object.keys(config.workspaces)).toEqual(['sandbox']);
    expect(resolveWorkspace(loaded, undefined, {}).kind).toBe('sandbox');
    expect(config.ticket_states?.map((s) => s.internal_label)).toEqual(['In progress']);
    expect(config.ticket_types?.map((t) => [t.name, t.attributes?.map((a) => a.name)])).toEqual([['Bug report', ['Severity', 'Steps to reproduce']]]);
    expect(config.help_center?.collections?.map((c) => [c.name, c.collections?.map((child) => child.name)])).toEqual([['Getting started', ['Installation']]]);
    expect([config.data_attributes?.contact?.map((a) => a.name), config.data_attributes?.company?.map((a) => a.name)]).toEqual([['plan_tier'], ['seats']]);
    expect(config.help_center?.articles?.map((a) => [a.title, a.collection])).toEqual([['Install the app', ['Getting started', 'Installation']]]);
  });

  test('the commented-out workspace is valid once uncommented, and reads INTERCOM_TOKEN', async () => {
    const uncommented = starterConfig(DEPENDENCY_SCHEMA_REF)
      .split('\n')
      .map((line) => (/^ {2}# ?(production:|  region:|  token:)/.test(line) ? line.replace('# ', '') : line))
      .join('\n');
    const file = await scratch.write('intercom.config.yaml', uncommented);
    const env = { INTERCOM_TOKEN: 'tok_from_env' };
    const loaded = await loadConfig(file, { env });
    expect(Object.keys(loaded.config.workspaces)).toEqual(['sandbox', 'production']);
    expect(resolveWorkspace(loaded, 'production', env)).toMatchObject({ kind: 'remote', token: 'tok_from_env', baseUrl: 'https://api.intercom.io' });
  });
});

describe('intercom-config init', () => {
  test('writes the starter file; then plan, apply and a re-plan work in that empty directory', async () => {
    const init = await runCli(['init'], { cwd: scratch.dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Wrote intercom.config.yaml');
    const text = await readFile(join(scratch.dir, 'intercom.config.yaml'), 'utf8');
    expect(text).toBe(starterConfig(DEPENDENCY_SCHEMA_REF));
    // Run from outside any project, the schema is only there once installed as a dependency: say so.
    expect(init.stderr).toContain('once intercom-config is a dev dependency of this project, installed from a Git tag or a tarball');
    // The name on the registry is not ours yet: never send users there.
    expect(init.stderr).not.toContain('npm install');

    const plan = await runCli(['plan', '--detailed-exitcode'], { cwd: scratch.dir });
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('Plan: 8 to create.');

    const apply = await runCli(['apply', '--auto-approve'], { cwd: scratch.dir });
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Apply complete: 8 created.');
    expect(existsSync(join(scratch.dir, '.intercom', 'sandbox.json'))).toBe(true);

    const again = await runCli(['plan', '--detailed-exitcode'], { cwd: scratch.dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes');
  });

  test('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    await scratch.write('intercom.config.yaml', 'version: 1\n# mine\n');
    const refused = await runCli(['init'], { cwd: scratch.dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('Error: intercom.config.yaml already exists; nothing was written.');
    expect(refused.stderr).toContain('--force');
    expect(await readFile(join(scratch.dir, 'intercom.config.yaml'), 'utf8')).toBe('version: 1\n# mine\n');

    const forced = await runCli(['init', '--force'], { cwd: scratch.dir });
    expect(forced.code).toBe(0);
    expect(await readFile(join(scratch.dir, 'intercom.config.yaml'), 'utf8')).toBe(starterConfig(DEPENDENCY_SCHEMA_REF));
  });

  test('-c writes elsewhere (creating directories); --json reports the file and the $schema reference', async () => {
    const result = await runCli(['init', '-c', 'ops/intercom.yaml', '--json'], { cwd: scratch.dir });
    expect(result.code).toBe(0);
    const file = join(scratch.dir, 'ops', 'intercom.yaml');
    // From ops/, the project's node_modules (where it is once installed) is one level up.
    expect(JSON.parse(result.stdout)).toEqual({ file: expect.stringMatching(/ops[/\\]intercom\.yaml$/), schema: '../node_modules/intercom-config/schemas/intercom.config.schema.json' });
    expect(existsSync(file)).toBe(true);

    const validate = await runCli(['validate', '-c', 'ops/intercom.yaml'], { cwd: scratch.dir });
    expect(validate.code).toBe(0);
  });

});

describe('the commands init suggests, as the user runs the CLI', () => {
  test('through npx (npm_command=exec), the next steps and the comments in the file say `npx intercom-config` and name the file', async () => {
    const result = await runCli(['init', '-c', 'ops/intercom.yaml'], { cwd: scratch.dir, env: { npm_command: 'exec' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Next:\n  npx intercom-config validate -c ops/intercom.yaml\n  npx intercom-config plan -c ops/intercom.yaml\n  npx intercom-config apply --auto-approve -c ops/intercom.yaml\n');
    const text = await readFile(join(scratch.dir, 'ops', 'intercom.yaml'), 'utf8');
    // The comments name the file too, so they can be pasted as they are.
    expect(text).toContain('#   npx intercom-config plan -c ops/intercom.yaml # what would change\n');
    expect(text).toContain('#   npx intercom-config apply --auto-approve -c ops/intercom.yaml # make it so\n');
    expect(text).toContain('#   npx intercom-config plan -w production -c ops/intercom.yaml\n');
    expect(text).not.toMatch(/^#\s+intercom-config /m);
  });

  test('run from a clone or a global install, the bare name', async () => {
    const result = await runCli(['init'], { cwd: scratch.dir, env: {} });
    expect(result.stdout).toContain('Next:\n  intercom-config validate\n  intercom-config plan\n  intercom-config apply --auto-approve\n');
  });

  test.each([['validate'], ['plan'], ['apply', '--auto-approve'], ['export']])('%j without a config file points at init, through npx too', async (...args) => {
    const missing = await runCli(args, { cwd: scratch.dir, env: {} });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('Error: Cannot read the config file intercom.config.yaml: it does not exist\nCreate it with `intercom-config init`, or pass the right file with --config FILE.\n');
    const viaNpx = await runCli([...args, '-c', 'ops/staging.yaml'], { cwd: scratch.dir, env: { npm_command: 'exec' } });
    expect(viaNpx.code).toBe(1);
    expect(viaNpx.stderr).toContain('Create it with `npx intercom-config init -c ops/staging.yaml`');
  });
});
