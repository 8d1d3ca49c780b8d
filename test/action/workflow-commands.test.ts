import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { annotation, outputLines, parseCliAnnotations, verbatim } from '../../action/src/workflow-commands.js';
import { parseOutputs, runnerCommands } from './action-harness.js';

describe('workflow commands the action prints', () => {
  test('an annotation is one command whatever its text and title hold', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (message, title) => {
        const commands = runnerCommands(annotation('error', message, { title }));
        expect(commands).toHaveLength(1);
        expect(commands[0]!.name).toBe('error');
      }),
    );
    expect(annotation('warning', '50% done\n::add-mask::x', { title: 'a: b, c' })).toBe('::warning title=a%3A b%2C c::50%25 done%0A::add-mask::x\n');
  });

  test('text shown verbatim is never taken for a command, and the block cannot be ended from inside', () => {
    const text = '::add-mask::secret\n::set-output name=a::b\n::stop-commands::other\n::other::\n::error::x';
    expect(runnerCommands(text).map((c) => c.name)).toEqual(['add-mask', 'set-output', 'error']); // without protection
    expect(runnerCommands(verbatim(text))).toEqual([]);
    expect(runnerCommands(`${verbatim(text)}${annotation('notice', 'after')}`)).toEqual([{ name: 'notice', properties: '', message: 'after' }]);
  });

  test('outputs survive any value, including one that imitates a delimiter', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (summary, file) => {
        expect(parseOutputs(outputLines({ summary, 'plan-file': file, 'has-changes': undefined }))).toEqual({ summary, 'plan-file': file });
      }),
    );
  });

  test('the CLI\'s located config errors are read back; other lines are ignored', () => {
    const cli = '::error file=config/a%2Cb.yaml,line=3,col=7::data_type: "money" is not one of%0Astring, list\nplain text\n::error::no location';
    expect(parseCliAnnotations(cli)).toEqual([{ file: 'config/a,b.yaml', line: 3, col: 7, message: 'data_type: "money" is not one of\nstring, list' }]);
  });
});
