import { resolve } from 'node:path';
import { Config } from '@oclif/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli, scratchDir } from '../helpers/cli.js';

// The same command metadata `--help` renders, read from the built CLI (dist/commands).
const config = await Config.load(resolve(import.meta.dirname, '../..'));
const commands = config.commands.filter((c) => !c.hidden);

let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeAll(async () => {
  scratch = await scratchDir('icfg-help-');
});
afterAll(async () => {
  await scratch.cleanup();
});

describe('every command teaches its use', () => {
  test('the CLI has the commands of the product contract, and init', () => {
    expect(commands.map((c) => c.id).sort()).toEqual(expect.arrayContaining(['apply', 'init', 'plan', 'sandbox', 'validate']));
  });

  describe.each(commands.map((c) => [c.id, c] as const))('%s', (_id, command) => {
    test('has a summary and a description', () => {
      expect(command.summary?.trim()).toBeTruthy();
      expect(command.description?.trim()).toBeTruthy();
    });

    test('has at least one example, each with a description and a command line', () => {
      const examples = command.examples ?? [];
      expect(examples.length).toBeGreaterThanOrEqual(1);
      for (const example of examples) {
        expect(typeof example).toBe('object');
        if (typeof example === 'string') continue;
        expect(example.description.trim()).toBeTruthy();
        expect(example.command).toContain('<%= config.bin %>');
      }
    });

    test('describes every flag and argument', () => {
      const undescribed = [
        ...Object.entries(command.flags).filter(([, flag]) => !flag.description?.trim()).map(([name]) => `--${name}`),
        ...Object.entries(command.args).filter(([, arg]) => !arg.description?.trim()).map(([name]) => name),
      ];
      expect(undescribed).toEqual([]);
    });
  });
});

describe('--json wherever a command has a result', () => {
  // sandbox is a long-running server: it has no result to print.
  test.each(['validate', 'plan', 'apply', 'init', 'export', 'diff'])('%s --json', (id) => {
    const command = commands.find((c) => c.id === id);
    expect(command, `${id} is not a command`).toBeDefined();
    expect(command?.flags['json']?.type).toBe('boolean');
  });
});

describe('help output', () => {
  test('plan --help shows planning against staging, saving a plan and --detailed-exitcode in CI', async () => {
    const result = await runCli(['plan', '--help'], { cwd: scratch.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('$ intercom-config plan -w staging');
    expect(result.stdout).toContain('$ intercom-config plan -w production --out prod.plan');
    expect(result.stdout).toContain('`apply prod.plan` then applies exactly that');
    expect(result.stdout).toMatch(/In CI[^\n]*\n\s+\$ intercom-config plan [^\n]*--detailed-exitcode/);
    expect(result.stdout).toContain('--json');
    expect(result.stdout).toContain('Print request traces (token redacted)');
  });

  test('the top-level help lists every command with its summary', async () => {
    const result = await runCli(['--help'], { cwd: scratch.dir });
    expect(result.code).toBe(0);
    for (const command of commands) {
      expect(result.stdout).toMatch(new RegExp(`\\n\\s+${command.id}\\s+${escape(command.summary?.slice(0, 30) ?? '')}`));
    }
  });

  test('--version names the tool and its version', async () => {
    const result = await runCli(['--version'], { cwd: scratch.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^intercom-config/${escape(config.version)} `));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
