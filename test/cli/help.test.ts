import { describe, expect, test } from 'vitest';
import { COMMAND_IDS, commandClass } from '../helpers/cli.js';

// The metadata `--help` renders, read from the command classes in src/commands. The help
// text itself, as oclif prints it, is checked through the binary in bin.process.test.ts.
const commands = (
  await Promise.all(
    COMMAND_IDS.map(async (id) => {
      const c = await commandClass(id);
      const flags: Record<string, { type: string; description?: string | undefined }> = { ...c.baseFlags, ...c.flags };
      return { id, summary: c.summary, description: c.description, examples: c.examples, hidden: c.hidden, flags, args: c.args ?? {} };
    }),
  )
).filter((c) => !c.hidden);

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
