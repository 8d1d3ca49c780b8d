import { cp, readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { runCli, scratchDir } from '../helpers/cli.js';

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
  test.each<{ name: string; dir: string; files: string[] | 'all' }>([{ name: '(repository root)', dir: ROOT, files: ['intercom.config.yaml'] }, ...configFolders.map((name) => ({ name, dir: join(EXAMPLES, name), files: 'all' as const }))])(
    '$name: apply, then plan has no changes',
    async ({ dir, files }) => {
      const scratch = await scratchDir('icfg-example-');
      scratches.push(scratch);
      // An example folder is copied whole (article Markdown files included); the root only for its config.
      if (files === 'all') await cp(dir, scratch.dir, { recursive: true, filter: (source) => basename(source) !== '.intercom' });
      else for (const file of files) await cp(join(dir, file), join(scratch.dir, file));
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
