/**
 * The token only travels over https, except to loopback hosts where it never leaves the
 * machine. A plain-http URL to any other host is refused in the config (located, before
 * any connection) and again by the client itself, for library users.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IntercomClient } from '../../src/client/intercom-client.js';
import { loadConfig } from '../../src/config/load-config.js';
import { ConfigError, UserError } from '../../src/errors.js';
import { runCli, scratchDir } from '../helpers/cli.js';
import { Rig, TOKEN } from './support/rig.js';

function configWithUrl(url: string): string {
  return ['version: 1', 'workspaces:', '  remote:', `    url: ${url}`, '    token: ${INTERCOM_TOKEN}', 'ticket_types: []', ''].join('\n');
}

let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeAll(async () => {
  scratch = await scratchDir();
});
afterAll(async () => {
  await scratch.cleanup();
});

describe('https only, except loopback', () => {
  test('`url: http://example.com` is refused with a located error and no connection', async () => {
    await scratch.write('intercom.config.yaml', configWithUrl('http://example.com'));
    const network: string[] = [];
    const result = await runCli(['plan'], { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN }, network });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Error: The config has 1 error:\n' +
        '  intercom.config.yaml:4:10: workspaces.remote.url: uses plain http to a host that is not loopback, which would send ' +
        'the access token unencrypted; use https://, or http:// only for localhost, 127.x.x.x or [::1]\n',
    );
    expect(network).toEqual([]);
  });

  test.each(['http://example.com', 'http://10.0.0.1:8080', 'http://127.0.0.1.nip.io', 'http://localhost.example.com', 'http://[::2]'])(
    '%s is refused by the config loader and by the client',
    async (url) => {
      const file = await scratch.write('http.yaml', configWithUrl(url));
      const error = await loadConfig(file, { env: { INTERCOM_TOKEN: TOKEN } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues).toEqual([
        expect.objectContaining({ path: ['workspaces', 'remote', 'url'], location: { file, line: 4, column: 10 } }),
      ]);
      expect(() => new IntercomClient({ baseUrl: url, token: TOKEN, apiVersion: '2.14' })).toThrow(UserError);
    },
  );

  test.each(['https://api.eu.intercom.io', 'http://localhost:4010', 'http://127.0.0.1:4010', 'http://[::1]:4010'])('%s is accepted', async (url) => {
    const file = await scratch.write('ok.yaml', configWithUrl(url));
    await expect(loadConfig(file, { env: { INTERCOM_TOKEN: TOKEN } })).resolves.toBeDefined();
    expect(() => new IntercomClient({ baseUrl: url, token: TOKEN, apiVersion: '2.14' })).not.toThrow();
  });

  test('a loopback http sandbox is used as configured (the control for the refusals above)', async () => {
    const rig = await Rig.start();
    try {
      await rig.writeConfig({ ticket_types: [] });
      const result = await rig.cli(['plan', '--detailed-exitcode']);
      expect(result.code, result.stderr).toBe(0);
      expect(rig.sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /ticket_types']);
    } finally {
      await rig.close();
    }
  });
});
