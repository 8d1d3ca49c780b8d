import { cp, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load-config.js';
import { COMMAND_IDS, commandClass, runCli, scratchDir } from '../helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(ROOT, 'examples');
const scratches: Awaited<ReturnType<typeof scratchDir>>[] = [];
afterAll(async () => {
  for (const s of scratches) await s.cleanup();
});

const folders = (await readdir(EXAMPLES, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
const configFolders: string[] = [];
for (const name of folders) {
  if ((await readdir(join(EXAMPLES, name))).includes('intercom.config.yaml')) configFolders.push(name);
}

describe('shipped configs run as is against the embedded sandbox', () => {
  test.each([{ name: '(repository root)', dir: ROOT, files: ['intercom.config.yaml'] }, ...configFolders.map((name) => ({ name, dir: join(EXAMPLES, name), files: ['intercom.config.yaml', 'seed.yaml'] }))])(
    '$name: apply, then plan has no changes',
    async ({ dir, files }) => {
      const scratch = await scratchDir('icfg-example-');
      scratches.push(scratch);
      for (const file of files) await cp(join(dir, file), join(scratch.dir, file)).catch(() => undefined);
      // The schema comment points into the repository; keep it valid from the copy.
      const config = (await readFile(join(scratch.dir, 'intercom.config.yaml'), 'utf8')).replace(/\$schema=\S+/, `$schema=${join(ROOT, 'schemas/intercom.config.schema.json')}`);
      await scratch.write('intercom.config.yaml', config);
      await loadConfig(join(scratch.dir, 'intercom.config.yaml'), { env: {} });
      const apply = await runCli(['apply', '--auto-approve'], { cwd: scratch.dir });
      expect(apply.code, apply.stderr).toBe(0);
      const plan = await runCli(['plan', '--detailed-exitcode'], { cwd: scratch.dir });
      expect(plan.stdout).toContain('No changes');
      expect(plan.code).toBe(0);
    },
  );
});

describe('the GitHub Actions example', () => {
  test('only uses commands and flags that exist', async () => {
    const workflow = parse(await readFile(join(EXAMPLES, 'github-actions/intercom-config.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { run?: string }[] }>;
    };
    const invocations = Object.values(workflow.jobs)
      .flatMap((job) => job.steps.map((s) => s.run ?? ''))
      .flatMap((run) => [...run.matchAll(/intercom-config@\S+ ([^\n>|]+)/g)].map((m) => m[1]!.trim().split(/\s+/)));
    expect(invocations.length).toBeGreaterThanOrEqual(6);
    for (const [command, ...args] of invocations) {
      expect(COMMAND_IDS, `command ${command}`).toContain(command);
      const found = await commandClass(command!);
      for (const flag of args.filter((a) => a.startsWith('--'))) {
        expect(Object.keys({ ...found.baseFlags, ...found.flags }), `${command} ${flag}`).toContain(flag.slice(2));
      }
    }
  });
});
