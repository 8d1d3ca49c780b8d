import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { flagSpellings, flagSuggestions, unknownCommandMessage } from '../../src/cli/suggest.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const COMMANDS = ['apply', 'diff', 'export', 'init', 'plan', 'sandbox', 'validate'];

describe('suggestions (pure)', () => {
  test('flag spellings include --no-X for negatable booleans and --help', () => {
    const spellings = flagSpellings({
      prune: { type: 'boolean' },
      color: { type: 'boolean', allowNo: true },
      out: { type: 'option' },
    });
    expect(spellings.sort()).toEqual(['color', 'help', 'no-color', 'out', 'prune']);
  });

  test('a mistyped long flag gets the closest spelling; values and short flags are ignored', () => {
    const spellings = ['prune', 'allow-delete', 'out', 'no-color', 'color', 'help'];
    expect(flagSuggestions(['--prnue'], spellings)).toEqual(['Did you mean --prune?']);
    expect(flagSuggestions(['--allow_delete=true'], spellings)).toEqual(['Did you mean --allow-delete?']);
    expect(flagSuggestions(['--no-colr'], spellings)).toEqual(['Did you mean --no-color?']);
    expect(flagSuggestions(['--allow-delte', '--outt'], spellings)).toEqual(['Did you mean --allow-delete?', 'Did you mean --out?']);
    expect(flagSuggestions(['-x', '--completely-unrelated'], spellings)).toEqual([]);
  });

  test('an unknown command names the closest one and where to look', () => {
    expect(unknownCommandMessage('pln', COMMANDS, 'intercom-config')).toBe(
      'Error: intercom-config has no command "pln".\nDid you mean plan?\nSee: intercom-config --help\n',
    );
    expect(unknownCommandMessage('xyzzy', COMMANDS, 'intercom-config')).not.toContain('Did you mean');
    expect(unknownCommandMessage('--verison', COMMANDS, 'intercom-config')).toContain('Did you mean --version?');
    // An argument to a command that takes none reaches oclif's hook as a longer command.
    expect(unknownCommandMessage('plan extra-arg', COMMANDS, 'intercom-config')).toBe(
      'Error: intercom-config plan takes no argument "extra-arg".\nSee: intercom-config plan --help\n',
    );
    expect(unknownCommandMessage('sandbox stats', [...COMMANDS, 'sandbox states'], 'intercom-config')).toContain('Did you mean sandbox states?');
  });
});

// Unknown commands go through oclif's routing, so they are checked through the binary
// (bin.process.test.ts); unknown flags are the command's own, checked here in-process.
describe('suggestions from the CLI', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeAll(async () => {
    scratch = await scratchDir('icfg-suggest-');
  });
  afterAll(async () => {
    await scratch.cleanup();
  });

  test.each([
    [['plan', '--prnue'], 'Did you mean --prune?'],
    [['apply', '--auto-aprove'], 'Did you mean --auto-approve?'],
  ])('%j suggests the flag, exit 1', async (args, suggestion) => {
    // Tests run with NODE_ENV=test, where oclif warns about commands that never parsed.
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    const result = await runCli(args, { cwd: scratch.dir });
    // Warnings are emitted on the next tick: let them arrive before listening stops.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    expect(warnings).toEqual([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Nonexistent flag: ${args[1]}`);
    expect(result.stderr).toContain(suggestion);
    expect(result.stderr).toContain(`See: intercom-config ${args[0]} --help`);
    // One pointer to help, not oclif's generic one as well.
    expect(result.stderr).not.toContain('See more help with --help');
  });
});
