/**
 * The package as users get it: `npm pack`, installed without dev dependencies into an
 * empty project, then the CLI and the library used from there. Slow (an install):
 * everything is set up once.
 *
 * It packs a copy of the repository whose dist/ holds exactly what a clean build of the
 * current sources writes: the process project's global setup has just built dist/ from
 * them, and only the output of a source that still exists is copied (tsc never deletes
 * the output of a removed file). The copy's own pack hooks run as package.json declares
 * them, except the build that starts `prepack` (it would build the same sources a second
 * time), so the manifest is stripped and restored as on a real `npm pack`, and the dist/
 * other tests are running from is never rewritten.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runProcess, type ProcessResult } from '../helpers/process.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SETUP_TIMEOUT = 300_000;
const COMMAND_TIMEOUT = 60_000;

interface PackedFile {
  path: string;
  mode: number;
}

let work: string;
let source: string;
let project: string;
let packed: PackedFile[];
let version: string;
let install: ProcessResult;

// Variables npm sets for `npm test` describe this repository, not the temp project.
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_(package_|lifecycle_|config_local_prefix|command)/i.test(key) && key !== 'INIT_CWD'),
);
const ENV: NodeJS.ProcessEnv = { ...inherited, NO_COLOR: '1' };

function run(command: string, args: string[], cwd: string): Promise<ProcessResult> {
  return runProcess(command, args, { cwd, env: ENV });
}

async function mustRun(command: string, args: string[], cwd: string): Promise<ProcessResult> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** The installed CLI, the way users run it; `--no` so npx never fetches a package. */
const cli = (...args: string[]) => run('npx', ['--no', '--', 'intercom-config', ...args], project);
/**
 * The same installed CLI without npx in front, for the checks where npx adds nothing but
 * the second or two npm takes to start: npx's own path is the first-run test's.
 */
const installed = (...args: string[]) => run(join(project, 'node_modules', '.bin', 'intercom-config'), args, project);

const SKIPPED_AT_TOP = new Set(['node_modules', 'dist', '.git', '.intercom', 'coverage', '.vitest-tmp']);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'icfg-pack-'));
  source = join(work, 'source');
  project = join(work, 'project');
  await cp(ROOT, source, {
    recursive: true,
    filter: (path) => {
      const rel = relative(ROOT, path);
      return !SKIPPED_AT_TOP.has(rel.split(sep)[0] ?? '') && !rel.endsWith('.tgz') && basename(path) !== 'node_modules';
    },
  });
  await copyCleanBuild(join(ROOT, 'dist'), join(source, 'dist'));
  // The consumer's type check below resolves @types from here; npm pack never includes node_modules.
  await symlink(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');

  const hooks = (JSON.parse(await readFile(join(source, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [build, afterBuild] = (hooks['prepack'] ?? '').split(' && ');
  if (build !== 'npm run build' || afterBuild === undefined) throw new Error(`prepack should be "npm run build && …", not ${hooks['prepack']}`);
  await mustRun('sh', ['-c', afterBuild], source);
  const pack = await mustRun('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], source);
  await mustRun('sh', ['-c', hooks['postpack'] ?? 'false'], source);
  const [manifest] = JSON.parse(pack.stdout) as { filename: string; files: PackedFile[] }[];
  if (!manifest) throw new Error(`npm pack printed no manifest: ${pack.stdout}`);
  packed = manifest.files;
  version = (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  await mkdir(project);
  await writeFile(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  install = await mustRun('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', join(work, manifest.filename)], project);
}, SETUP_TIMEOUT);

/** The source of a compiled file: `x.js`/`x.d.ts` from `x.ts`, `x.cjs`/`x.d.cts` from `x.cts`. */
const SOURCE_OF: [compiled: RegExp, source: string][] = [
  [/(\.d\.ts|\.js)$/, '.ts'],
  [/(\.d\.cts|\.cjs)$/, '.cts'],
];

/** dist/ files whose source in src/ exists: what `tsc -p tsconfig.build.json` writes into an empty dist/. */
async function copyCleanBuild(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = relative(from, join(entry.parentPath, entry.name));
    const kind = SOURCE_OF.find(([compiled]) => compiled.test(file));
    if (!kind || !existsSync(join(ROOT, 'src', file.replace(kind[0], kind[1])))) continue;
    await mkdir(join(to, file, '..'), { recursive: true });
    await cp(join(from, file), join(to, file));
  }
}

afterAll(async () => {
  if (!work) return;
  // Unlink first so removing the copy can never reach into the repository's node_modules.
  await unlink(join(source, 'node_modules')).catch(() => undefined);
  await rm(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  test('ships the compiled CLI and library with declarations, the schema, README, LICENSE and CHANGELOG — nothing else', () => {
    const paths = packed.map((f) => f.path);
    for (const required of ['oclif.manifest.json', 'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'bin/run.js', 'schemas/intercom.config.schema.json', 'dist/index.js', 'dist/index.d.ts', 'dist/sandbox/index.js', 'dist/commands/init.js', 'dist/cli/hooks/command-not-found.js']) {
      expect(paths).toContain(required);
    }
    const unexpected = paths.filter((p) => !/^(dist\/.+\.(js|d\.ts)|dist\/esm-only\.(cjs|d\.cts)|bin\/run\.js|schemas\/[^/]+\.json|oclif\.manifest\.json|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/.test(p));
    expect(unexpected).toEqual([]);
    // Every module has its declarations.
    const withoutTypes = paths.filter((p) => p.endsWith('.js') && p.startsWith('dist/') && !paths.includes(p.replace(/\.js$/, '.d.ts')));
    expect(withoutTypes).toEqual([]);
    expect((packed.find((f) => f.path === 'bin/run.js')?.mode ?? 0) & 0o111).not.toBe(0);
  });

  test('installs without a warning: the published package.json has no install-time script (it builds on prepack)', async () => {
    const manifest = JSON.parse(await readFile(join(project, 'node_modules', 'intercom-config', 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    const installTime = ['preinstall', 'install', 'postinstall', 'prepare'].filter((name) => manifest.scripts?.[name] !== undefined);
    expect(installTime).toEqual([]);
    expect(manifest.scripts?.['prepack']).toMatch(/^npm run build && /);
    // The clone keeps `prepare` (npm ci and Git-tag installs build with it): packing put it back.
    const own = JSON.parse(await readFile(join(source, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(own.scripts['prepare']).toBe('npm run build');
    expect(existsSync(join(source, 'package.json.before-pack'))).toBe(false);
    const output = `${install.stdout}\n${install.stderr}`;
    expect(output.split('\n').filter((line) => /\bwarn/i.test(line))).toEqual([]);
  });

  test('--help and --version', async () => {
    const help = await installed('--help');
    expect(help.code).toBe(0);
    for (const command of ['init', 'validate', 'plan', 'apply', 'export', 'diff', 'sandbox']) expect(help.stdout).toMatch(new RegExp(`\\n\\s+${command}\\s`));
    const ver = await cli('--version');
    expect(ver.code).toBe(0);
    expect(ver.stdout.startsWith(`intercom-config/${version} `)).toBe(true);
  }, COMMAND_TIMEOUT);

  test('init, validate, plan, apply against the embedded sandbox, then a plan with no changes', async () => {
    const init = await cli('init');
    expect(init.code).toBe(0);
    const config = await readFile(join(project, 'intercom.config.yaml'), 'utf8');
    // Installed as a dependency, the $schema line points into node_modules, and resolves.
    const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(config)?.[1];
    expect(ref).toBe('./node_modules/intercom-config/schemas/intercom.config.schema.json');
    expect(existsSync(join(project, ref ?? ''))).toBe(true);
    expect(init.stderr).not.toContain('Note:');
    // Not on PATH: the next steps are typed through npx.
    expect(init.stdout).toContain('Next:\n  npx intercom-config validate\n');
    expect(config).toContain('#   npx intercom-config plan ');

    const validate = await cli('validate');
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('intercom.config.yaml is valid');

    const plan = await cli('plan', '--detailed-exitcode');
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('Plan: 8 to create.');

    const apply = await cli('apply', '--auto-approve');
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Apply complete: 8 created.');

    const again = await cli('plan', '--json', '--detailed-exitcode');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ format_version: 1, workspace: 'sandbox', changes: [] });
  }, COMMAND_TIMEOUT * 3);

  test('the library imports from the package, with working type declarations', async () => {
    await writeFile(
      join(project, 'check.mjs'),
      [
        "import { createPlan, loadConfig, TOOL_VERSION } from 'intercom-config';",
        "import { startSandbox } from 'intercom-config/sandbox';",
        "const loaded = await loadConfig('intercom.config.yaml', { env: {} });",
        'const sandbox = await startSandbox({});',
        "const res = await fetch(`${sandbox.url}/ticket_types`, { headers: { Authorization: 'Bearer any', 'Intercom-Version': '2.14' } });",
        'await sandbox.close();',
        'console.log(JSON.stringify({ version: TOOL_VERSION, createPlan: typeof createPlan, types: loaded.config.ticket_types.length, status: res.status }));',
      ].join('\n'),
    );
    const check = await run(process.execPath, ['check.mjs'], project);
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toEqual({ version, createPlan: 'function', types: 1, status: 200 });

    // Type-check a consumer the way a TypeScript user resolves the package (exports → types).
    await writeFile(
      join(project, 'consumer.ts'),
      [
        "import { createPlan, loadConfig, type Plan } from 'intercom-config';",
        "import { startSandbox, type RunningSandbox } from 'intercom-config/sandbox';",
        'export const plan: (input: Parameters<typeof createPlan>[0]) => Plan = createPlan;',
        'export const load: typeof loadConfig = loadConfig;',
        'export const sandbox: () => Promise<RunningSandbox> = () => startSandbox({});',
        '// @ts-expect-error -- a misspelt export must fail: the declarations are real, not `any`',
        "export { createPlna } from 'intercom-config';",
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const flags = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck'];
    const types = ['--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types')];
    const typecheck = await run(process.execPath, [tsc, ...flags, ...types, 'consumer.ts'], project);
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    expect(typecheck.code).toBe(0);
  }, COMMAND_TIMEOUT);

  test('the declarations compile in a strict project without @types/node (no NodeJS namespace, declarations checked too)', async () => {
    const dir = join(project, 'no-node-types');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'tsconfig.json'),
      // No `types`: nothing from @types is loaded. No skipLibCheck: errors inside the package's .d.ts files count.
      `${JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, types: [] }, files: ['use.ts'] })}\n`,
    );
    await writeFile(
      join(dir, 'use.ts'),
      [
        "import * as library from 'intercom-config';",
        "import * as sandbox from 'intercom-config/sandbox';",
        '// Every export of both entry points, so every declaration they reach is compiled.',
        'export type Everything = [typeof library, typeof sandbox];',
        "export const options: library.LoadConfigOptions = { env: { INTERCOM_TOKEN: 'x' }, workspace: 'staging' };",
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const typecheck = await run(process.execPath, [tsc, '-p', dir], dir);
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    expect(typecheck.code).toBe(0);
  }, COMMAND_TIMEOUT);

  test('require() of either entry point fails with a message that says the package is ESM only and how to load it', async () => {
    await writeFile(join(project, 'load.cjs'), "require(process.argv[2]);\n");
    for (const entry of ['intercom-config', 'intercom-config/sandbox']) {
      const result = await run(process.execPath, ['load.cjs', entry], project);
      expect(result.code, entry).toBe(1);
      expect(result.stderr, entry).toContain('intercom-config is an ES module and cannot be loaded with require()');
      expect(result.stderr, entry).toContain("await import('intercom-config')");
      expect(result.stderr, entry).not.toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
    }
  }, COMMAND_TIMEOUT);

  test('export -o into a new directory: its $schema path resolves from the written file', async () => {
    const result = await installed('export', '-o', 'other/dir/file.yaml');
    expect(result.code).toBe(0);
    const file = join(project, 'other', 'dir', 'file.yaml');
    const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(await readFile(file, 'utf8'))?.[1];
    expect(ref).toBe('../../node_modules/intercom-config/schemas/intercom.config.schema.json');
    expect(existsSync(resolve(project, 'other', 'dir', ref ?? ''))).toBe(true);
  }, COMMAND_TIMEOUT);

  test('help, -h and version work as typed out of habit', async () => {
    const help = await installed('help', 'plan');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('$ intercom-config plan [--debug]');
    expect((await installed('plan', '-h')).stdout).toBe(help.stdout);
    const ver = await installed('version');
    expect(ver.code).toBe(0);
    expect(ver.stdout.startsWith(`intercom-config/${version} `)).toBe(true);
  }, COMMAND_TIMEOUT);

  test('run from node_modules/.bin without npx (an npm script, a path), it still suggests npx: a local install is not on PATH', async () => {
    const dir = join(project, 'ops');
    await mkdir(dir, { recursive: true });
    const bin = join(project, 'node_modules', '.bin', 'intercom-config');
    const missing = await run(bin, ['validate', '-c', 'staging.yaml'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Create it with `npx intercom-config init -c staging.yaml`');
    const init = await run(bin, ['init', '-c', 'staging.yaml'], dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Next:\n  npx intercom-config validate -c staging.yaml\n');
  }, COMMAND_TIMEOUT);

  test('an unknown command suggests the closest one', async () => {
    const result = await installed('pln');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Did you mean plan?');
  }, COMMAND_TIMEOUT);
});
