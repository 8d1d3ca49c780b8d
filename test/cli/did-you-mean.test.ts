/**
 * What people type from habit or other tools, and the answer they get: the workspace they
 * meant (named by the flag to fix), and Intercom's names for data types.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { withArticle } from '../../src/common/english.js';
import { suggestValues } from '../../src/config/did-you-mean.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_did_you_mean_7c6a180b36896a0a8c02787eeafb0e4c';

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeAll(async () => {
  sandbox = await startSandbox({ token: TOKEN });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  scratch = await scratchDir('icfg-dym-');
});
afterEach(() => scratch.cleanup());

const workspaces = () =>
  [
    'version: 1',
    'default_workspace: staging',
    'workspaces:',
    ...['staging', 'production'].flatMap((name) => [`  ${name}:`, `    url: ${sandbox.url}`, '    token: ${INTERCOM_TOKEN}']),
    '',
  ].join('\n');

async function cli(args: string[]) {
  return runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN } });
}

describe('a workspace name that is not declared', () => {
  test.each([
    [['plan', '-w', 'stagin'], '"stagin"; intercom.config.yaml declares staging, production; did you mean "staging"?', '--workspace'],
    [['diff', '--from', 'staging', '--to', 'prodution'], '"prodution"; intercom.config.yaml declares staging, production; did you mean "production"?', '--to'],
    [['diff', '--from', 'stagin', '--to', 'production'], '"stagin"; intercom.config.yaml declares staging, production; did you mean "staging"?', '--from'],
    [['diff', '--from', 'staging', '--to', 'nosuch'], '"nosuch"; intercom.config.yaml declares staging, production\n', '--to'],
    [['plan', '-w', 'production', '--from', 'stagin'], '"stagin"; intercom.config.yaml declares staging, production; did you mean "staging"?', '--from'],
  ])('%j: the closest declared name, the flag to fix, and not one request', async (args, message, flag) => {
    await scratch.write('intercom.config.yaml', workspaces());
    sandbox.clearRequestLog();
    const result = await cli(args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Error: Unknown workspace ${message}`);
    expect(result.stderr).toContain(`Pass one of those names with ${flag}, or declare the workspace under \`workspaces:\`.`);
    expect(sandbox.requests).toEqual([]);
  });
});

describe('data types by the names other tools use', () => {
  test('number and text: Intercom calls them integer or decimal (ticket type attributes), integer or float (data attributes), and string', async () => {
    await scratch.write(
      'intercom.config.yaml',
      workspaces() +
        [
          'ticket_types:',
          '  - name: Bug report',
          '    attributes:',
          '      - name: Count',
          '        data_type: number',
          '      - name: Notes',
          '        data_type: text',
          'data_attributes:',
          '  contact:',
          '    - name: score',
          '      data_type: number',
          '    - name: bio',
          '      data_type: text',
          '',
        ].join('\n'),
    );
    const result = await cli(['validate']);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines).toContain(
      '  intercom.config.yaml:14:20: ticket_types[0].attributes[0].data_type: the text "number" is not allowed here; use one of string, list, integer, decimal, boolean, datetime, files; did you mean "integer" or "decimal"?',
    );
    expect(lines).toContain('  intercom.config.yaml:16:20: ticket_types[0].attributes[1].data_type: the text "text" is not allowed here; use one of string, list, integer, decimal, boolean, datetime, files; did you mean "string"?');
    expect(lines).toContain(
      '  intercom.config.yaml:20:18: data_attributes.contact[0].data_type: the text "number" is not allowed here; use one of string, integer, float, boolean, date, datetime, options; did you mean "integer" or "float"?',
    );
    expect(lines).toContain('  intercom.config.yaml:22:18: data_attributes.contact[1].data_type: the text "text" is not allowed here; use one of string, integer, float, boolean, date, datetime, options; did you mean "string"?');
  });

  test.each([
    ['number', ['string', 'list', 'integer', 'decimal'], ['integer', 'decimal']],
    ['Number', ['string', 'integer', 'float'], ['integer', 'float']],
    ['float', ['integer', 'decimal'], ['decimal']],
    ['decimal', ['integer', 'float'], ['float']],
    ['bool', ['string', 'boolean'], ['boolean']],
    ['date', ['string', 'datetime'], ['datetime']],
    ['enum', ['string', 'options'], ['options']],
    // A misspelling still gets the closest value; nothing close, nothing suggested.
    ['integr', ['string', 'integer'], ['integer']],
    ['colour', ['string', 'integer'], []],
    // Only allowed values, even for a known synonym.
    ['number', ['string', 'boolean'], []],
    ['toString', ['string'], ['string']],
  ])('%s among %j → %j', (input, allowed, expected) => {
    expect(suggestValues(input, allowed)).toEqual(expected);
  });

  test('messages that name a type use the right article', () => {
    expect(['integer', 'options', 'list', 'string', 'decimal', 'float', 'boolean', 'datetime', 'files'].map(withArticle)).toEqual([
      'an integer',
      'an options',
      'a list',
      'a string',
      'a decimal',
      'a float',
      'a boolean',
      'a datetime',
      'a files',
    ]);
  });
});
