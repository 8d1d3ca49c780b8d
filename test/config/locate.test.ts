import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';

const TEXT = `version: 1
workspaces:
  sandbox:
    sandbox: .intercom/sandbox.json
  staging: {}
ticket_types:
  - name: Bug report
    attributes:
      - &severity
        name: Severity
        data_type: list
        list_items: [Low, High]
        workspaces: [staging]
      - name: Notes
        data_type: string
  - name: Incident
    attributes:
      - <<: *severity
        description: Impact
help_center:
  collections:
    - name: Guides
      collections:
        - name: Setup
`;

const loaded = parseConfig(TEXT, 'dir/intercom.config.yaml', { env: {} });
const at = (line: number, column: number) => ({ file: 'dir/intercom.config.yaml', line, column });

describe('locate', () => {
  test('points at the value (1-based line and column)', () => {
    expect(loaded.locate(['version'])).toEqual(at(1, 10));
    expect(loaded.locate(['ticket_types', 0, 'name'])).toEqual(at(7, 11));
    expect(loaded.locate(['ticket_types', 0, 'attributes', 0, 'list_items', 1])).toEqual(at(12, 27));
    expect(loaded.locate(['help_center', 'collections', 0, 'collections', 0, 'name'])).toEqual(at(24, 17));
  });

  test('a missing node falls back to the nearest ancestor that exists', () => {
    expect(loaded.locate(['ticket_types', 0, 'description'])).toEqual(loaded.locate(['ticket_types', 0]));
    expect(loaded.locate(['ticket_types', 0])).toEqual(at(7, 5));
    expect(loaded.locate(['ticket_types', 9, 'name'])).toEqual(at(7, 3));
    expect(loaded.locate(['nowhere'])).toEqual(at(1, 1));
  });

  test('keys merged in with <<: *anchor are found where the anchor wrote them', () => {
    expect(loaded.locate(['ticket_types', 1, 'attributes', 0, 'data_type'])).toEqual(at(11, 20));
    expect(loaded.locate(['ticket_types', 1, 'attributes', 0, 'description'])).toEqual(at(19, 22));
  });
});

describe('issue locations', () => {
  const issuesOf = (text: string) => {
    try {
      parseConfig(text, 'c.yaml', { env: {} });
    } catch (error) {
      return (error as { issues: Array<{ location?: { line: number; column: number }; message: string }> }).issues;
    }
    throw new Error('expected errors');
  };

  test('an unknown key points at the key, a bad value at the value, a missing key at its mapping', () => {
    const issues = issuesOf(`version: 1
workspaces:
  sandbox:
    sandbox: x
ticket_types:
  - name: Bug
    colour: red
    category: nope
  - description: no name
`);
    expect(issues.map((i) => [i.location?.line, i.location?.column, i.message.split(':')[0]])).toEqual([
      [7, 5, 'ticket_types[0].colour'],
      [8, 15, 'ticket_types[0].category'],
      [9, 5, 'ticket_types[1]'],
    ]);
  });

  test('issues come sorted by position even when found in another order', () => {
    const issues = issuesOf(`version: 1
api_version: "1.0"
workspaces:
  sandbox:
    sandbox: x
ticket_types:
  - name: A
  - name: A
    bogus: 1
default_workspace: nowhere
`);
    const lines = issues.map((i) => i.location?.line ?? 0);
    expect(lines).toEqual([2, 8, 9, 10]);
  });
});
