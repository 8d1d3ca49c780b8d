import { describe, expect, test } from 'vitest';
import { InputError, readInputs, splitArgs } from '../../action/src/inputs.js';

describe('action inputs', () => {
  test('defaults when the runner passes empty inputs', () => {
    expect(readInputs({ 'INPUT_GITHUB-TOKEN': 't', INPUT_ARGS: '' })).toEqual({
      command: 'plan',
      workspace: '',
      config: 'intercom.config.yaml',
      workingDirectory: '.',
      comment: true,
      githubToken: 't',
      planFile: '',
      args: [],
    });
  });

  test('names with dashes are read as the runner writes them', () => {
    const inputs = readInputs({ 'INPUT_WORKING-DIRECTORY': 'infra/intercom', 'INPUT_PLAN-FILE': 'prod.plan', INPUT_COMMENT: 'False', INPUT_COMMAND: 'drift' });
    expect(inputs).toMatchObject({ workingDirectory: 'infra/intercom', planFile: 'prod.plan', comment: false, command: 'drift' });
  });

  test.each([
    [{ INPUT_COMMAND: 'destroy' }, 'command: "destroy" is not one of plan, apply, drift'],
    [{ INPUT_COMMENT: 'yes' }, 'comment: write true or false, not "yes"'],
    [{ INPUT_ARGS: '--prune -w production' }, 'args: -w is set by the action; use the `workspace` input'],
    [{ INPUT_ARGS: '--out=x.plan' }, 'args: --out is set by the action; use the `plan-file` input'],
    [{ INPUT_ARGS: "--target 'unclosed" }, "args: a ' quote is not closed"],
  ])('%o is refused: %s', (env, message) => {
    expect(() => readInputs(env)).toThrow(new InputError(message));
  });

  test('args split like a shell: quotes keep spaces, backslashes escape', () => {
    expect(splitArgs(`  --prune --target 'ticket_type:Bug report' --exclude "collection:A \\"B\\"/**" a\\ b '' `)).toEqual([
      '--prune',
      '--target',
      'ticket_type:Bug report',
      '--exclude',
      'collection:A "B"/**',
      'a b',
      '',
    ]);
  });
});
