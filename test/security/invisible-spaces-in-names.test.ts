/**
 * Issue 12, item 13 (the offline part): a zero-width or non-breaking space makes a name
 * look like another while never matching it, so the plan would create a near-duplicate
 * instead of updating. Such names are refused offline, located, naming the character.
 * (Joiners inside emoji sequences and in scripts that need them stay valid.)
 */
import { describe, expect, test } from 'vitest';
import { configMessages } from './support/refusals.js';

const HEADER = 'version: 1\nworkspaces:\n  sandbox:\n    sandbox: .intercom/sandbox.json\n';

describe('invisible and non-breaking spaces in names', () => {
  test.each([
    ['\\u00A0', 'a non-breaking space, U+00A0 at character 4 (NO-BREAK SPACE); it looks like a space but does not match one, so type a normal space'],
    ['\\u202F', 'a non-breaking space, U+202F at character 4 (NARROW NO-BREAK SPACE); it looks like a space but does not match one, so type a normal space'],
    ['\\u2007', 'a non-breaking space, U+2007 at character 4 (FIGURE SPACE); it looks like a space but does not match one, so type a normal space'],
    ['\\u200B', 'the invisible U+200B at character 4 (ZERO WIDTH SPACE); names are matched by exact text and this character cannot be seen, so remove it'],
    ['\\uFEFF', 'the invisible U+FEFF at character 4 (ZERO WIDTH NO-BREAK SPACE); names are matched by exact text and this character cannot be seen, so remove it'],
    ['\\u2060', 'the invisible U+2060 at character 4 (WORD JOINER); names are matched by exact text and this character cannot be seen, so remove it'],
    ['\\u200D', 'the invisible U+200D at character 4 (ZERO WIDTH JOINER); names are matched by exact text and this character cannot be seen, so remove it'],
    ['\\u00AD', 'the invisible U+00AD at character 4 (SOFT HYPHEN); names are matched by exact text and this character cannot be seen, so remove it'],
    ['\\u034F', 'the invisible U+034F at character 4 (COMBINING GRAPHEME JOINER); names are matched by exact text and this character cannot be seen, so remove it'],
    ['\\u2063', 'the invisible U+2063 at character 4 (INVISIBLE SEPARATOR); names are matched by exact text and this character cannot be seen, so remove it'],
    ['\\u3164', 'the invisible U+3164 at character 4 (HANGUL FILLER); names are matched by exact text and this character cannot be seen, so remove it'],
    ['\\uFFA0', 'the invisible U+FFA0 at character 4 (HALFWIDTH HANGUL FILLER); names are matched by exact text and this character cannot be seen, so remove it'],
    ['\\U0001D173', 'the invisible U+1D173 at character 4 (MUSICAL SYMBOL BEGIN BEAM); names are matched by exact text and this character cannot be seen, so remove it'],
    ['\\U000E0001', 'the invisible U+E0001 at character 4 (LANGUAGE TAG); names are matched by exact text and this character cannot be seen, so remove it'],
  ])('"Bug%sreport" as a ticket type name is a located error', (escape, what) => {
    expect(configMessages(`${HEADER}ticket_types:\n  - name: "Bug${escape}report"\n`)).toEqual([`6:11 ticket_types[0].name: contains ${what}`]);
  });

  test('previous names, state references and collection paths are names too', () => {
    const text = [
      `${HEADER}ticket_types:`,
      '  - name: Bug',
      '    previous_names: ["Old\\u00A0bug"]',
      '    states: ["In\\u200Bprogress"]',
      'help_center:',
      '  collections:',
      '    - name: Guides',
      '      previous_path: ["Get\\u00A0started"]',
      '',
    ].join('\n');
    expect(configMessages(text).map((m) => m.split(': contains')[0])).toEqual([
      '7:22 ticket_types[0].previous_names[0]',
      '8:14 ticket_types[0].states[0]',
      '12:23 help_center.collections[0].previous_path[0]',
    ]);
  });

  test('an ordinary space, an emoji joiner sequence and a Persian zero-width non-joiner are fine', () => {
    expect(configMessages(`${HEADER}ticket_types:\n  - name: "Bug report"\n  - name: "Team 👨‍👩‍👧"\n  - name: "نیم‌فاصله"\n`)).toEqual([]);
  });
});
