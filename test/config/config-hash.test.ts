/**
 * The config hash a saved plan records: what the file means for the workspace planned, not
 * its bytes — so a comment does not make a reviewed plan stale, and a changed value does.
 */
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';

const ENV = { TOKEN_A: 'tok_hash_a_1', TOKEN_B: 'tok_hash_b_2', STAGING: 'tok_hash_staging' };
const CONFIG = `version: 1
default_workspace: production
workspaces:
  production:
    region: eu
    token: \${TOKEN_A}
  staging:
    token: \${STAGING}
ticket_types:
  - name: Bug report
    description: Something broke
    attributes:
      - { name: Severity, data_type: string }
`;
const hash = (text: string, env: Record<string, string> = ENV) => parseConfig(text, 'intercom.config.yaml', { env }).hash;

describe('the config hash', () => {
  test('comments, layout, key order and quoting do not change it', () => {
    const relaidOut = `# production config, reviewed in PR 7
version: 1
default_workspace: production
workspaces:
  staging: { token: "\${STAGING}" }
  production:   # EU data hosting
    token: '\${TOKEN_A}'
    region: eu
ticket_types:
- description: "Something broke"
  name: Bug report
  attributes:
  - data_type: string
    name: Severity
`;
    expect(hash(relaidOut)).toBe(hash(CONFIG));
  });

  test('a changed value, an added object or another api_version changes it', () => {
    expect(hash(CONFIG.replace('Something broke', 'Something is broken'))).not.toBe(hash(CONFIG));
    expect(hash(`${CONFIG}  - name: Question\n`)).not.toBe(hash(CONFIG));
    expect(hash(`api_version: '2.15'\n${CONFIG}`)).not.toBe(hash(CONFIG));
    expect(hash(`prune: true\n${CONFIG}`)).not.toBe(hash(CONFIG));
  });

  test('the token, the host and the other workspaces are not part of it', () => {
    // A rotated token: the plan says the same; and no plan file carries anything derived from a token.
    expect(hash(CONFIG, { ...ENV, TOKEN_A: 'tok_rotated' })).toBe(hash(CONFIG));
    // Where requests go is checked on its own (the plan's host), with its own message.
    expect(hash(CONFIG.replace('region: eu', 'url: http://127.0.0.1:4010'))).toBe(hash(CONFIG));
    expect(hash(CONFIG.replace('    token: ${STAGING}\n', '    region: au\n    token: ${STAGING}\n'))).toBe(hash(CONFIG));
  });

  test('it belongs to the workspace planned', () => {
    const staging = parseConfig(CONFIG, 'intercom.config.yaml', { env: ENV, workspace: 'staging' }).hash;
    expect(staging).not.toBe(hash(CONFIG));
  });
});
