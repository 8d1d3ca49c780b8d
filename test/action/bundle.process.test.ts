import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES, OUTPUT_NAMES } from '../../action/src/inputs.js';
import { bundleAction } from './action-harness.js';

const ROOT = resolve(import.meta.dirname, '../..');
const COMMITTED = join(ROOT, 'action/dist');

let fresh: Awaited<ReturnType<typeof bundleAction>>;
beforeAll(async () => {
  fresh = await bundleAction();
});
afterAll(() => fresh.cleanup());

describe('the committed bundle (workflows run it without installing anything)', () => {
  test('is exactly what the current sources bundle to', async () => {
    expect((await readdir(COMMITTED)).sort()).toEqual((await readdir(fresh.dir)).sort());
    for (const file of await readdir(fresh.dir)) {
      const same = (await readFile(join(COMMITTED, file), 'utf8')) === (await readFile(join(fresh.dir, file), 'utf8'));
      // Not toEqual: a 2 MB diff helps no one. The fix is one command.
      expect(same, `action/dist/${file} is stale: run \`npm run bundle:action\` and commit action/dist`).toBe(true);
    }
  });

  test('needs no package from node_modules at run time', async () => {
    for (const file of ['index.js', 'cli.js']) {
      const text = await readFile(join(COMMITTED, file), 'utf8');
      const imports = [...text.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((m) => m[1]);
      expect(imports.every((name) => name!.startsWith('node:')), `${file} imports ${imports.join(', ')}`).toBe(true);
    }
  });
});

describe('action.yml', () => {
  test('is a JavaScript action on node24 whose inputs and outputs are the ones the entry reads and writes', async () => {
    const metadata = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    expect(metadata.runs).toEqual({ using: 'node24', main: 'action/dist/index.js' });
    expect(existsSync(join(ROOT, metadata.runs.main))).toBe(true);
    expect(Object.keys(metadata.inputs)).toEqual([...INPUT_NAMES]);
    expect(Object.keys(metadata.outputs)).toEqual([...OUTPUT_NAMES]);
    expect(metadata.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(metadata.inputs['command']!.default).toBe('plan');
  });
});
