/**
 * Issue 12, item 8: the config decided where the token goes. A pull request changing
 * `url:` to `https://attacker.example` would have made CI's plan send the production token
 * there. Only Intercom's API hosts and loopback are allowed by the file alone; any other
 * host needs `--allow-url HOST` or INTERCOM_CONFIG_ALLOW_URL, and without it the command
 * stops with an error located at `url:` before opening any connection.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { resolveWorkspace } from '../../src/config/resolve-workspace.js';
import { ConfigError } from '../../src/errors.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { connectWorkspace } from '../../src/workspace/connect.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const PRODUCTION_TOKEN = 'destination-test-production-token';
const ATTACKER = 'attacker.example';

function config(url: string): string {
  return ['version: 1', 'workspaces:', '  production:', `    url: ${url}`, '    token: ${INTERCOM_TOKEN}', 'ticket_types: []', ''].join('\n');
}

let scratch: Awaited<ReturnType<typeof scratchDir>>;
/** Every connection and listening server of the CLI runs since the test began. */
let network: string[] = [];
beforeAll(async () => {
  scratch = await scratchDir('icfg-dest-');
});
afterAll(async () => {
  await scratch.cleanup();
});
beforeEach(() => {
  network = [];
});

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: PRODUCTION_TOKEN, ...env }, network });
}

const connections = async (): Promise<string[]> => network.filter((l) => l.startsWith('connect'));

describe('the token goes only where the file alone may send it', () => {
  test.each(['plan', 'apply', 'export'])('`%s` with `url: https://attacker.example` stops at the url, before any connection', async (command) => {
    await scratch.write('intercom.config.yaml', config(`https://${ATTACKER}`));
    const result = await cli(command === 'apply' ? ['apply', '--auto-approve'] : [command]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Error: The config has 1 error:\n' +
        `  intercom.config.yaml:4:10: workspaces.production.url: ${ATTACKER} is not an Intercom API host (api.intercom.io, api.eu.intercom.io, api.au.intercom.io) ` +
        `nor loopback, and the access token would be sent there. The config file alone cannot allow that: if you trust this host, run with --allow-url ${ATTACKER} ` +
        `or set INTERCOM_CONFIG_ALLOW_URL=${ATTACKER}\n`,
    );
    expect(await connections()).toEqual([]);
  });

  test('a non-standard port of an Intercom host, or a look-alike host, needs the opt-in too', async () => {
    for (const url of ['https://api.intercom.io:8443', 'https://api.intercom.io.attacker.example', 'https://api-intercom.io']) {
      await scratch.write('intercom.config.yaml', config(url));
      const result = await cli(['plan']);
      expect(result.code, url).toBe(1);
      expect(result.stderr, url).toContain('is not an Intercom API host');
      expect(await connections()).toEqual([]);
    }
  });

  test('with --allow-url HOST (or the variable) the request is made: the opt-in really opens the door', async () => {
    await scratch.write('intercom.config.yaml', config(`https://${ATTACKER}`));
    const withFlag = await cli(['plan', '--allow-url', ATTACKER]);
    expect(withFlag.code).toBe(1);
    expect(withFlag.stderr).toContain(`Could not reach Intercom at ${ATTACKER}`);
    expect(await connections()).toContain(`connect ${ATTACKER}:443`);

    network.length = 0;
    const withEnv = await cli(['plan'], { INTERCOM_CONFIG_ALLOW_URL: `other.example, ${ATTACKER}` });
    expect(withEnv.stderr).toContain(`Could not reach Intercom at ${ATTACKER}`);
    // Allowing one host does not allow another.
    const wrongHost = await cli(['plan', '--allow-url', 'other.example']);
    expect(wrongHost.stderr).toContain(`${ATTACKER} is not an Intercom API host`);
  });

  test('`validate` refuses the same url offline, located, in any workspace; the opt-in makes the file valid', async () => {
    const twoWorkspaces = [
      'version: 1',
      'default_workspace: local',
      'workspaces:',
      '  local:',
      '    sandbox: .intercom/local.json',
      '  production:',
      `    url: https://${ATTACKER}`,
      '    token: ${INTERCOM_TOKEN}',
      'ticket_types: []',
      '',
    ].join('\n');
    await scratch.write('intercom.config.yaml', twoWorkspaces);
    const refused = await cli(['validate']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`intercom.config.yaml:7:10: workspaces.production.url: ${ATTACKER} is not an Intercom API host`);
    expect(refused.stdout).toBe('');
    const allowed = await cli(['validate', '--allow-url', ATTACKER]);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toContain('intercom.config.yaml is valid');
    expect((await cli(['validate'], { INTERCOM_CONFIG_ALLOW_URL: ATTACKER })).code).toBe(0);
    expect(await connections()).toEqual([]);
  });

  test('an allowed host:port allows only that port', async () => {
    await scratch.write('intercom.config.yaml', config(`https://${ATTACKER}:8443`));
    expect((await cli(['plan', '--allow-url', `${ATTACKER}:9443`])).stderr).toContain('is not an Intercom API host');
    expect((await cli(['plan', '--allow-url', `${ATTACKER}:8443`])).stderr).toContain(`Could not reach Intercom at ${ATTACKER}:8443`);
  });
});

describe('loopback and the official hosts need no opt-in', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ token: PRODUCTION_TOKEN });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  test('a loopback sandbox is planned against as configured, and the connection names the host it talks to', async () => {
    const loaded = parseConfig(config(sandbox.url), '/repo/intercom.config.yaml', { env: { INTERCOM_TOKEN: PRODUCTION_TOKEN } });
    const connection = await connectWorkspace(resolveWorkspace(loaded, undefined, { INTERCOM_TOKEN: PRODUCTION_TOKEN }), { apiVersion: '2.14' });
    expect(connection.host).toBe(new URL(sandbox.url).host);
    expect(await connection.api.listTicketTypes()).toEqual([]);
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /ticket_types']);
  });

  test('library users get the same refusal, located, and may allow a host in code', async () => {
    const loaded = parseConfig(config(`https://${ATTACKER}/intercom`), '/repo/intercom.config.yaml', { env: { INTERCOM_TOKEN: PRODUCTION_TOKEN } });
    const workspace = resolveWorkspace(loaded, undefined, { INTERCOM_TOKEN: PRODUCTION_TOKEN });
    const error = await connectWorkspace(workspace, { apiVersion: '2.14' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues[0]?.location).toEqual({ file: '/repo/intercom.config.yaml', line: 4, column: 10 });
    const allowed = await connectWorkspace(workspace, { apiVersion: '2.14', allowUrls: [ATTACKER] });
    expect(allowed.host).toBe(ATTACKER);

    for (const region of ['us', 'eu', 'au']) {
      const regional = parseConfig(`version: 1\nworkspaces:\n  w:\n    region: ${region}\n`, 'f.yaml', { env: {} });
      const connection = await connectWorkspace(resolveWorkspace(regional, undefined, { INTERCOM_TOKEN: PRODUCTION_TOKEN }), { apiVersion: '2.14' });
      expect(connection.host).toMatch(/^api\.(eu\.|au\.)?intercom\.io$/);
    }
  });
});
