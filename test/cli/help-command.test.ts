import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMMAND_IDS, commandClass, runCli, scratchDir } from '../helpers/cli.js';
import { TOOL_VERSION } from '../../src/version.js';

// `help` and `version` as commands, in-process. That `-h`, `--help` and `--version` print
// the same through oclif's routing is checked through the binary (bin.process.test.ts).
let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeAll(async () => {
  scratch = await scratchDir('icfg-help-');
});
afterAll(async () => {
  await scratch.cleanup();
});

describe('help', () => {
  test('`help plan` is the help of plan: usage, flags and examples', async () => {
    const result = await runCli(['help', 'plan'], { cwd: scratch.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Show what apply would change in a workspace\.\n/);
    expect(result.stdout).toContain('$ intercom-config plan [--debug]');
    expect(result.stdout).toContain('--detailed-exitcode');
    expect(result.stdout).toContain('$ intercom-config plan -w staging');
  });

  test('`help` alone lists every top-level command with its summary; nested ones are under their topic', async () => {
    const result = await runCli(['help'], { cwd: scratch.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('USAGE\n  $ intercom-config [COMMAND]');
    expect((await runCli(['help', 'sandbox'], { cwd: scratch.dir })).stdout).toMatch(/TOPICS\n\s+sandbox states\s+Ticket states of a sandbox workspace/);
    for (const id of COMMAND_IDS) {
      const command = await commandClass(id);
      if (command.hidden || id.includes(':')) continue;
      expect(result.stdout).toMatch(new RegExp(`\\n\\s+${id}\\s+${(command.summary ?? '').slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
  });

  test('an unknown command gets the closest one, exit 1 and nothing on stdout', async () => {
    const result = await runCli(['help', 'pln'], { cwd: scratch.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('Error: intercom-config has no command "pln".\nDid you mean plan?\nSee: intercom-config --help\n');
  });
});

describe('version', () => {
  test('prints the --version line: tool, version, platform, Node.js', async () => {
    const result = await runCli(['version'], { cwd: scratch.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`intercom-config/${TOOL_VERSION} ${process.platform}-${process.arch} node-${process.version}\n`);
  });

  test('--json gives the same facts as an object', async () => {
    const result = await runCli(['version', '--json'], { cwd: scratch.dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ name: 'intercom-config', version: TOOL_VERSION, platform: process.platform, arch: process.arch, node: process.version });
  });
});
