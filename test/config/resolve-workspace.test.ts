import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { REGION_BASE_URLS, resolveWorkspace } from '../../src/config/resolve-workspace.js';
import { UserError } from '../../src/errors.js';

const TOKEN = 'resolve-test-token-value';

function load(workspaces: string, extra = '', env: NodeJS.ProcessEnv = {}) {
  return parseConfig(`version: 1\n${extra}workspaces:\n${workspaces}`, '/repo/config/intercom.config.yaml', { env });
}

function refusal(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('resolveWorkspace', () => {
  test('regions map to the official base URLs, us by default', () => {
    const loaded = load('  us: {}\n  eu:\n    region: eu\n  au:\n    region: au\n', 'default_workspace: us\n');
    const env = { INTERCOM_TOKEN: TOKEN };
    expect(resolveWorkspace(loaded, undefined, env)).toEqual({ name: 'us', kind: 'remote', baseUrl: 'https://api.intercom.io', token: TOKEN });
    expect(resolveWorkspace(loaded, 'eu', env).baseUrl).toBe('https://api.eu.intercom.io');
    expect(resolveWorkspace(loaded, 'au', env).baseUrl).toBe(REGION_BASE_URLS.au);
  });

  test('url overrides the region address, without a trailing slash', () => {
    const loaded = load('  local:\n    url: http://127.0.0.1:4010/\n  proxy:\n    url: https://proxy.example.com/intercom/\n', 'default_workspace: local\n');
    const env = { INTERCOM_TOKEN: TOKEN };
    expect(resolveWorkspace(loaded, undefined, env).baseUrl).toBe('http://127.0.0.1:4010');
    expect(resolveWorkspace(loaded, 'proxy', env).baseUrl).toBe('https://proxy.example.com/intercom');
  });

  test('a workspace token comes from its own variable; without one, from INTERCOM_TOKEN', () => {
    const loaded = load('  own:\n    token: ${OWN_TOKEN}\n  plain: {}\n', 'default_workspace: own\n', { OWN_TOKEN: 'own-token-value' });
    expect(resolveWorkspace(loaded, 'own', { INTERCOM_TOKEN: TOKEN }).token).toBe('own-token-value');
    expect(resolveWorkspace(loaded, 'plain', { INTERCOM_TOKEN: TOKEN }).token).toBe(TOKEN);
  });

  test('a remote workspace without any token is refused with what to set', () => {
    const loaded = load('  plain: {}\n');
    const error = refusal(() => resolveWorkspace(loaded, undefined, {}));
    expect(error.message).toBe('Workspace "plain" has no access token');
    expect(error.hint).toContain('INTERCOM_TOKEN');
    expect(error.hint).toContain('token: ${');
  });

  test('sandbox state files resolve against the config file directory', () => {
    const loaded = load('  sandbox:\n    sandbox: .intercom/sandbox.json\n  abs:\n    sandbox: /tmp/state.json\n');
    expect(resolveWorkspace(loaded, undefined, {})).toEqual({
      name: 'sandbox',
      kind: 'sandbox',
      sandboxStateFile: join('/repo/config', '.intercom/sandbox.json'),
    });
    expect(resolveWorkspace(loaded, 'abs', {}).sandboxStateFile).toBe('/tmp/state.json');
  });

  test('choice order: the name given, default_workspace, the only one, then sandbox', () => {
    const env = { INTERCOM_TOKEN: TOKEN };
    expect(resolveWorkspace(load('  only: {}\n'), undefined, env).name).toBe('only');
    expect(resolveWorkspace(load('  a: {}\n  sandbox:\n    sandbox: s.json\n'), undefined, env).name).toBe('sandbox');
    expect(resolveWorkspace(load('  a: {}\n  sandbox:\n    sandbox: s.json\n', 'default_workspace: a\n'), undefined, env).name).toBe('a');
    expect(resolveWorkspace(load('  a: {}\n  sandbox:\n    sandbox: s.json\n', 'default_workspace: a\n'), 'sandbox', env).name).toBe('sandbox');
  });

  test('several workspaces and no default: asks for --workspace', () => {
    const error = refusal(() => resolveWorkspace(load('  a: {}\n  b: {}\n'), undefined, {}));
    expect(error.message).toContain('declares several workspaces (a, b) and no default_workspace');
    expect(error.hint).toContain('--workspace');
  });

  test('an unknown name lists the declared workspaces', () => {
    const error = refusal(() => resolveWorkspace(load('  staging: {}\n  production: {}\n'), 'prod', {}));
    expect(error.message).toBe('Unknown workspace "prod"; /repo/config/intercom.config.yaml declares staging, production');
  });

  test('a workspace whose variables were unset at load time is refused, naming them and where they are used', () => {
    const loaded = load('  staging: {}\n  production:\n    url: https://${HOST}\n    token: ${PRODUCTION_TOKEN}\n', 'default_workspace: staging\n');
    const error = refusal(() => resolveWorkspace(loaded, 'production', { HOST: 'later.example.com', PRODUCTION_TOKEN: TOKEN }));
    expect(error.message).toBe(
      'Workspace "production" needs environment variables HOST, PRODUCTION_TOKEN, which were unset or empty when the config was loaded (used by workspaces.production.url (/repo/config/intercom.config.yaml:6:10), workspaces.production.token (/repo/config/intercom.config.yaml:7:12))',
    );
    expect(error.message).not.toContain(TOKEN);
  });
});
