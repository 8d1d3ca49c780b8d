/**
 * A sample of the bad-input corpus through the real binary: the same refusals as
 * in-process (bad-input-corpus.test.ts), with a preloaded guard proving that the process
 * opened no socket of any kind.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import { runBin } from '../helpers/process.js';
import { COMMANDS, corpusCases, NETWORK_GUARD, prepareCase, SAMPLE_FOR_ALL_COMMANDS } from './support/corpus.js';
import { TOKEN } from './support/rig.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'icfg-corpus-bin-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const SAMPLE = corpusCases().filter((c) => SAMPLE_FOR_ALL_COMMANDS.includes(c.name));

describe('bad input through the binary', () => {
  test('the sample is in the corpus', () => {
    expect(SAMPLE.map((c) => c.name).sort()).toEqual([...SAMPLE_FOR_ALL_COMMANDS].sort());
  });

  test.concurrent.for(SAMPLE.flatMap((fixture) => COMMANDS.map((args) => ({ case: fixture.name, command: args.join(' '), fixture, args }))))(
    '$case is refused by `$command`, with no socket opened',
    async ({ fixture, args }) => {
      const sandbox = await startSandbox({ token: TOKEN });
      try {
        const prepared = prepareCase(fixture, sandbox.url);
        const dir = await mkdtemp(join(root, `${fixture.name}-`));
        await writeFile(join(dir, 'intercom.config.yaml'), prepared.bytes);
        const networkLog = join(dir, 'network.log');
        const result = await runBin([...args], {
          cwd: dir,
          env: { INTERCOM_TOKEN: TOKEN, ...fixture.env, NODE_OPTIONS: `--import=${pathToFileURL(NETWORK_GUARD).href}`, ICFG_NETWORK_LOG: networkLog },
        });
        const what = `${fixture.name} / ${args[0]}:\n${result.stderr}`;
        expect(result.code, what).toBe(1);
        expect(result.stderr, what).toBe(`Error: ${prepared.expectedErrors}\n`);
        expect(result.stdout, what).toBe('');
        expect(sandbox.requests, what).toEqual([]);
        expect(await readFile(networkLog, 'utf8').catch(() => ''), what).toBe('');
        for (const secret of [TOKEN, ...prepared.secrets]) expect(result.stdout + result.stderr, what).not.toContain(secret);
      } finally {
        await sandbox.close();
      }
    },
  );
});
