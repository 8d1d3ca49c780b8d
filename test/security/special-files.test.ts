/**
 * Issue 12, item 6: `-c /dev/zero`, a FIFO or a directory must not hang the process or
 * fill its memory. Config, seed, state and plan files are read only when they are regular
 * files (after following symlinks), and never past their size bound.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { UserError } from '../../src/errors.js';
import { SandboxError, startSandbox } from '../../src/sandbox/index.js';
import { readRegularFile } from '../../src/common/read-regular-file.js';
import { runCli, scratchDir } from '../helpers/cli.js';

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let fifo: string;
beforeAll(async () => {
  scratch = await scratchDir('icfg-special-');
  fifo = join(scratch.dir, 'pipe.yaml');
  execFileSync('mkfifo', [fifo]);
});
afterAll(async () => {
  await scratch.cleanup();
});

/** A user-fixable refusal: the product's UserError, or the sandbox's own SandboxError. */
async function refusal(promise: Promise<unknown>): Promise<UserError | SandboxError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  expect(error instanceof UserError || error instanceof SandboxError).toBe(true);
  return error as UserError | SandboxError;
}

const hasDevZero = existsSync('/dev/zero');

describe('files that are not regular files', () => {
  test('a FIFO as the config is refused at once (it would wait for a writer forever)', async () => {
    const error = await refusal(loadConfig(fifo));
    expect(error.message).toBe(`${fifo} is a FIFO (named pipe), not a config file`);
    expect(error.hint).toBe('Pass the YAML file itself with --config FILE.');
  });

  test.runIf(hasDevZero)('-c /dev/zero, through the CLI: refused, exit 1, nothing read', async () => {
    const result = await runCli(['validate', '-c', '/dev/zero'], { cwd: scratch.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Error: /dev/zero is a device, not a config file\nPass the YAML file itself with --config FILE.\n');
  });

  test('a symlink to a regular file is followed; a symlink to a FIFO is not read', async () => {
    const real = await scratch.write('real.yaml', 'version: 1\nworkspaces:\n  sandbox:\n    sandbox: s.json\n');
    const viaLink = join(scratch.dir, 'link.yaml');
    await symlink(real, viaLink);
    await expect(loadConfig(viaLink)).resolves.toMatchObject({ file: viaLink });
    const toFifo = join(scratch.dir, 'fifo-link.yaml');
    await symlink(fifo, toFifo);
    expect((await refusal(loadConfig(toFifo))).message).toContain('is a FIFO (named pipe), not a config file');
  });

  test('a sandbox seed or state that is a FIFO is refused instead of hanging the sandbox', async () => {
    const seed = await refusal(startSandbox({ seed: fifo }));
    expect(seed.message).toBe(`Cannot read the sandbox seed file ${fifo}: it is a FIFO (named pipe), not a regular file`);
    const state = await refusal(startSandbox({ stateFile: fifo }));
    expect(state.message).toBe(`Cannot read the sandbox state file ${fifo}: it is a FIFO (named pipe), not a regular file`);
  });

  test('a plan file that is a FIFO is refused by apply', async () => {
    await scratch.write('intercom.config.yaml', 'version: 1\nworkspaces:\n  sandbox:\n    sandbox: .intercom/sandbox.json\n');
    const result = await runCli(['apply', fifo, '--auto-approve'], { cwd: scratch.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot read the plan file ${fifo}: it is a FIFO (named pipe), not a regular file.`);
  });

  test('a file that grows past the bound is not read past it', async () => {
    const big = join(scratch.dir, 'big.bin');
    await writeFile(big, Buffer.alloc(10_000, 0x61));
    await expect(readRegularFile(big, 10_000)).resolves.toHaveLength(10_000);
    await expect(readRegularFile(big, 9_999)).rejects.toMatchObject({ code: 'EFBIG' });
  });
});
