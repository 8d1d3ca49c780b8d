/**
 * Issue 12, item 7 (the offline part): control characters and bidirectional overrides in
 * config names could retitle a terminal, overwrite a line, start a GitHub workflow command
 * (`::add-mask::` at a line start) or show a name in another order than it is stored.
 * They are refused offline, located, and the message names the code point instead of
 * echoing the character.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli, scratchDir } from '../helpers/cli.js';
import { configIssues, configMessages } from './support/refusals.js';

const HEADER = 'version: 1\nworkspaces:\n  sandbox:\n    sandbox: .intercom/sandbox.json\n';

describe('control and bidirectional characters in names', () => {
  test.each([
    ['an escape sequence (terminal title)', '"\\e]0;owned\\aBug"', 'U+001B at character 1'],
    ['a carriage return (line overwrite)', '"Bug\\rFeature"', 'U+000D at character 4'],
    ['a line break before a workflow command', '"Bug\\n::add-mask::x"', 'U+000A at character 4'],
    ['a C1 control', '"Bug\\x9b2J"', 'U+009B at character 4'],
    ['a line separator', '"Bug\\u2028x"', 'U+2028 at character 4'],
  ])('%s in a ticket type name is a located error', (_what, yaml, where) => {
    expect(configIssues(`${HEADER}ticket_types:\n  - name: ${yaml}\n`)).toEqual([
      {
        location: { file: 'intercom.config.yaml', line: 6, column: 11 },
        path: ['ticket_types', 0, 'name'],
        message: `ticket_types[0].name: contains the control character ${where}; control characters can rewrite terminal output and CI logs, so remove it`,
      },
    ]);
  });

  test('a right-to-left override in an attribute name, a list option and a collection name', () => {
    const text = [
      `${HEADER}ticket_types:`,
      '  - name: Bug',
      '    attributes:',
      '      - name: "Sev\\u202Eytire"',
      '        data_type: list',
      '        list_items: [Low, "\\u2066High"]',
      'help_center:',
      '  collections:',
      '    - name: "Docs\\u200F"',
      '      translated_content:',
      '        fr: { name: "\\u202Dx" }',
      '',
    ].join('\n');
    expect(configMessages(text)).toEqual([
      '8:15 ticket_types[0].attributes[0].name: contains the invisible bidirectional control U+202E at character 4 (RIGHT-TO-LEFT OVERRIDE); it makes text display in another order than it is stored, so remove it',
      '10:27 ticket_types[0].attributes[0].list_items[1]: contains the invisible bidirectional control U+2066 at character 1 (LEFT-TO-RIGHT ISOLATE); it makes text display in another order than it is stored, so remove it',
      '13:13 help_center.collections[0].name: contains the invisible bidirectional control U+200F at character 5 (RIGHT-TO-LEFT MARK); it makes text display in another order than it is stored, so remove it',
      '15:21 help_center.collections[0].translated_content.fr.name: contains the invisible bidirectional control U+202D at character 1 (LEFT-TO-RIGHT OVERRIDE); it makes text display in another order than it is stored, so remove it',
    ]);
  });

  test('names from ${VARIABLES} are checked after expansion, ticket states too', () => {
    const text = `${HEADER}ticket_states:\n  - internal_label: \${LABEL}\n    external_label: "Open\\x07"\n`;
    const issues = configIssues(text, { LABEL: 'Waiting\u001b[2K' });
    expect(issues.map((i) => i.path)).toEqual([
      ['ticket_states', 0, 'internal_label'],
      ['ticket_states', 0, 'external_label'],
    ]);
  });

  test('through the CLI: exit 1, the message never carries the raw character, nothing is sent', async () => {
    const scratch = await scratchDir('icfg-ctl-');
    try {
      await scratch.write('intercom.config.yaml', `${HEADER}ticket_types:\n  - name: "\\e]0;owned\\a::add-mask::x"\n`);
      const network: string[] = [];
      const result = await runCli(['plan'], { cwd: scratch.dir, network });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('intercom.config.yaml:6:11: ticket_types[0].name: contains the control character U+001B at character 1');
      expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
      expect(network).toEqual([]);
    } finally {
      await scratch.cleanup();
    }
  });

  test('in GitHub Actions each error is an annotation whose file and message cannot end it early', async () => {
    const scratch = await scratchDir('icfg-ctl-');
    try {
      await scratch.write('we,ird:name.yaml', `${HEADER}ticket_types:\n  - name: "Bug\\r::add-mask::x"\n`);
      const result = await runCli(['plan', '-c', 'we,ird:name.yaml'], { cwd: scratch.dir, env: { GITHUB_ACTIONS: 'true' } });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        '::error file=we%2Cird%3Aname.yaml,line=6,col=11::ticket_types[0].name: contains the control character U+000D at character 4; ' +
          'control characters can rewrite terminal output and CI logs, so remove it\n',
      );
    } finally {
      await scratch.cleanup();
    }
  });

  test('ordinary names, emoji and right-to-left scripts stay valid', () => {
    const text = `${HEADER}ticket_types:\n  - name: "Bug 🐞 report"\n  - name: "בקשת שירות"\n  - name: "Dev 👩‍💻"\n  - name: "می‌خواهم"\n`;
    expect(configIssues(text)).toEqual([]);
  });
});
