/**
 * Errors are told apart by class and properties, never by their wording: user-fixable,
 * a command-line mistake, or a bug.
 */
import { Errors } from '@oclif/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classifyFailure, describeFailure } from '../../src/cli/failure.js';
import { BugError, ConfigError, ConfigFileMissingError, StalePlanError, UserError } from '../../src/errors.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const context = { command: 'intercom-config', commandLine: 'intercom-config plan', suggest: (flags: readonly string[]) => flags.map((f) => `Did you mean ${f}?`), debug: false };

describe('classifyFailure', () => {
  test('user errors, whatever their subclass', () => {
    expect(classifyFailure(new UserError('x')).kind).toBe('user');
    expect(classifyFailure(new StalePlanError('x')).kind).toBe('user');
    expect(classifyFailure(new ConfigError([{ path: [], message: 'bad' }])).kind).toBe('user');
  });

  test('oclif parse errors are usage errors; the rejected flags come from the error, not its text', () => {
    const unknown = Object.assign(new Errors.CLIError('Nonexistent flag: --prnue'), { flags: ['--prnue'] });
    expect(classifyFailure(unknown)).toMatchObject({ kind: 'usage', unknownFlags: ['--prnue'] });
    // Same wording, no flags property: still usage, but nothing to suggest.
    expect(classifyFailure(new Errors.CLIError('Nonexistent flag: --prnue'))).toMatchObject({ kind: 'usage', unknownFlags: [] });
  });

  test('anything else is a bug, even when its message reads like a usage error', () => {
    expect(classifyFailure(new BugError('x')).kind).toBe('bug');
    expect(classifyFailure(new Error('Missing required flag --from')).kind).toBe('bug');
    expect(classifyFailure(new TypeError('expected a string')).kind).toBe('bug');
    expect(classifyFailure('a string thrown')).toMatchObject({ kind: 'bug', error: expect.any(Error) });
  });
});

describe('describeFailure', () => {
  test('a user error: message and what to do next, no stack trace', () => {
    const text = describeFailure(classifyFailure(new UserError('It broke.', { hint: 'Do this.' })), context);
    expect(text).toBe('Error: It broke.\nDo this.\n');
  });

  test('a bug asks for a report; --debug adds the stack', () => {
    const error = new Error('boom');
    expect(describeFailure(classifyFailure(error), context)).toBe('Error: boom\nThis is a bug in intercom-config. Run again with --debug and report the output.\n');
    expect(describeFailure(classifyFailure(error), { ...context, debug: true })).toContain(error.stack!);
  });

  test('a missing config file points at init, as the user runs the CLI, naming a file that is not the default', () => {
    expect(describeFailure(classifyFailure(new ConfigFileMissingError('intercom.config.yaml')), { ...context, command: 'npx intercom-config' })).toBe(
      'Error: Cannot read the config file intercom.config.yaml: it does not exist\nCreate it with `npx intercom-config init`, or pass the right file with --config FILE.\n',
    );
    expect(describeFailure(classifyFailure(new ConfigFileMissingError('ops/staging.yaml')), context)).toContain('Create it with `intercom-config init -c ops/staging.yaml`');
    // Pasted into a shell, the hint names the same file.
    expect(new ConfigFileMissingError("my team's config.yaml").hint).toContain(`\`intercom-config init -c 'my team'\\''s config.yaml'\``);
  });

  test('commands in a hint are written as the user runs the CLI; prose and paths naming it are not', () => {
    const error = new UserError('The saved plan was made for another config.', {
      hint: 'Nothing was written. Run `intercom-config plan --out FILE` again, or: intercom-config apply FILE -c ops/intercom-config plan.yaml. intercom-config never guesses.',
    });
    expect(describeFailure(classifyFailure(error), { ...context, command: 'npx intercom-config' })).toBe(
      'Error: The saved plan was made for another config.\n' +
        'Nothing was written. Run `npx intercom-config plan --out FILE` again, or: npx intercom-config apply FILE -c ops/intercom-config plan.yaml. intercom-config never guesses.\n',
    );
    expect(describeFailure(classifyFailure(error), context)).toContain('Run `intercom-config plan --out FILE` again');
  });

  test('a usage error points at the command help, once', () => {
    const error = Object.assign(new Errors.CLIError('Nonexistent flag: --prnue\nSee more help with --help'), { flags: ['--prnue'] });
    expect(describeFailure(classifyFailure(error), context)).toBe('Error: Nonexistent flag: --prnue\nDid you mean --prnue?\nSee: intercom-config plan --help\n');
  });
});

describe('usage errors from the CLI', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeAll(async () => {
    scratch = await scratchDir('icfg-usage-');
  });
  afterAll(async () => {
    await scratch.cleanup();
  });

  test.each([
    [['apply', '--concurrency', 'many'], 'Expected an integer but received: many'],
    [['diff', '--from', 'staging'], 'Missing required flag to'],
    [['plan', '--format', 'yaml'], 'Expected --format=yaml to be one of: text, json, markdown'],
    [['validate', 'extra'], 'Unexpected argument: extra'],
  ])('%j: exit 1, the parser message and a pointer to help, never "bug"', async (args, message) => {
    const result = await runCli(args, { cwd: scratch.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(`See: intercom-config ${args[0]} --help`);
    expect(result.stderr).not.toContain('This is a bug');
  });
});

describe('an error that quotes a name from Intercom', () => {
  test('is escaped for the terminal: controls in notation, no workflow command at a line start', () => {
    const error = new UserError('Intercom refused POST /ticket_types: 400 parameter_invalid: "\u001b]0;owned\u0007Bug\n::add-mask::secret" ##[error]x', {
      hint: 'Rename "\u202eexe.txt\r" in Intercom.',
    });
    expect(describeFailure(classifyFailure(error), context)).toBe(
      'Error: Intercom refused POST /ticket_types: 400 parameter_invalid: "\\u001b]0;owned\\u0007Bug\n\\u003a:add-mask::secret" ##\\u005berror]x\n' +
        'Rename "\\u202eexe.txt\\r" in Intercom.\n',
    );
  });
});
