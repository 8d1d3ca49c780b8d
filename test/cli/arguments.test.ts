import { describe, expect, test } from 'vitest';
import { COMMAND_IDS, commandClass } from '../helpers/cli.js';

describe('positional arguments', () => {
  // oclif reads a missing argument from piped stdin: `echo yes | apply` would take "yes"
  // for the plan file (bin.process.test.ts shows the real process refusing instead).
  test('no command takes an argument from stdin', async () => {
    const fromStdin: string[] = [];
    for (const id of COMMAND_IDS) {
      const command = await commandClass(id);
      for (const [name, arg] of Object.entries(command.args ?? {})) if (!arg.ignoreStdin) fromStdin.push(`${id} ${name}`);
    }
    expect(fromStdin).toEqual([]);
  });
});
