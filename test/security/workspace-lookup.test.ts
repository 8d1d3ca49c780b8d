/**
 * Issue 12, item 2: `-w toString` (or any name every JavaScript object inherits) used to
 * "find" Object.prototype.toString, which has no `sandbox:`, `url:` or `region:`, so the
 * command went to api.intercom.io with INTERCOM_TOKEN — production. Names are looked up
 * among the declared workspaces only; `__proto__` cannot name a workspace; inherited
 * names are just as unknown in `${NAME}` references.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { resolveWorkspace } from '../../src/config/resolve-workspace.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { runCli, scratchDir } from '../helpers/cli.js';
import { SandboxClient } from '../sandbox/support/sandbox-client.js';
import { configIssues, userErrorOf } from './support/refusals.js';

const PRODUCTION_TOKEN = 'lookup-test-production-token';
const CONFIG = [
  'version: 1',
  'default_workspace: sandbox',
  'workspaces:',
  '  sandbox:',
  '    sandbox: .intercom/sandbox.json',
  '  production:',
  '    region: eu',
  '    token: ${INTERCOM_TOKEN_PRODUCTION}',
  '',
].join('\n');
const ENV = { INTERCOM_TOKEN_PRODUCTION: PRODUCTION_TOKEN, INTERCOM_TOKEN: PRODUCTION_TOKEN };
const INHERITED = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];

describe('workspace names are looked up among the declared ones only', () => {
  test.each(INHERITED)('-w %s is an unknown workspace, never a remote one', (name) => {
    const loaded = parseConfig(CONFIG, 'intercom.config.yaml', { env: ENV, workspace: name });
    const error = userErrorOf(() => resolveWorkspace(loaded, name, ENV));
    expect(error.message).toBe(`Unknown workspace ${JSON.stringify(name)}; intercom.config.yaml declares sandbox, production`);
  });

  test('an undeclared name close to a declared one gets a did-you-mean', () => {
    const loaded = parseConfig(CONFIG, 'intercom.config.yaml', { env: ENV });
    expect(userErrorOf(() => resolveWorkspace(loaded, 'prodution', ENV)).message).toBe(
      'Unknown workspace "prodution"; intercom.config.yaml declares sandbox, production; did you mean "production"?',
    );
  });

  test('through the CLI: `plan -w toString` exits 1 and opens no connection at all', async () => {
    const scratch = await scratchDir('icfg-lookup-');
    try {
      await scratch.write('intercom.config.yaml', CONFIG);
      const network: string[] = [];
      const result = await runCli(['plan', '-w', 'toString'], { cwd: scratch.dir, env: ENV, network });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Error: Unknown workspace "toString"; intercom.config.yaml declares sandbox, production');
      expect(network).toEqual([]);
    } finally {
      await scratch.cleanup();
    }
  });

  test('a workspace named __proto__ is refused, located at its key', () => {
    const text = 'version: 1\nworkspaces:\n  __proto__:\n    sandbox: s.json\n';
    expect(configIssues(text)).toEqual([
      {
        location: { file: 'intercom.config.yaml', line: 3, column: 3 },
        path: ['workspaces', '__proto__'],
        message: 'workspaces.__proto__: key "__proto__": workspace names use letters, digits, ".", "_" and "-", starting with a letter or digit',
      },
    ]);
  });

  test('a workspace really named like an inherited property resolves to its own declaration', () => {
    const text = 'version: 1\nworkspaces:\n  constructor:\n    sandbox: state.json\n  toString:\n    url: http://127.0.0.1:4010\n';
    const loaded = parseConfig(text, '/repo/intercom.config.yaml', { env: {} });
    expect(resolveWorkspace(loaded, 'constructor', {})).toEqual({ name: 'constructor', kind: 'sandbox', sandboxStateFile: '/repo/state.json' });
    expect(resolveWorkspace(loaded, 'toString', { INTERCOM_TOKEN: 't' })).toMatchObject({ name: 'toString', baseUrl: 'http://127.0.0.1:4010' });
    expect(userErrorOf(() => resolveWorkspace(loaded, 'valueOf', {})).message).toContain('Unknown workspace "valueOf"');
  });

  test('${toString} is an unset variable, not the text of a JavaScript function', () => {
    const text = `${CONFIG}ticket_types:\n  - name: \${toString}\n`;
    expect(configIssues(text)).toEqual([
      expect.objectContaining({
        path: ['ticket_types', 0, 'name'],
        message: 'ticket_types[0].name: environment variable toString is not set; set it before running intercom-config, or write the value in the file',
      }),
    ]);
  });

  test('the sandbox keeps locales named like inherited properties as plain keys (found by the same audit)', async () => {
    const sandbox = await startSandbox({
      seed: { help_centers: [{ identifier: 'odd', display_name: 'Odd', locales: ['en', 'constructor', 'toString'], default: true }] },
    });
    try {
      const api = new SandboxClient(sandbox.url);
      const created = await api.post('/help_center/collections', {
        name: 'Plain',
        translated_content: JSON.parse('{"toString": {"name": "T"}, "__proto__": {"name": "P"}}') as unknown,
      });
      expect(created.status).toBe(200);
      expect(created.body.translated_content).toEqual({
        type: 'group_translated_content',
        en: { type: 'group_content', name: 'Plain', description: '' },
        constructor: { type: 'group_content', name: '', description: '' },
        toString: { type: 'group_content', name: 'T', description: '' },
      });
    } finally {
      await sandbox.close();
    }
  });
});
