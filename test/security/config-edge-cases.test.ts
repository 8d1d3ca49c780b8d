/**
 * Issue 12, item 14: three small doors. A literal `$` right before `${X}` can be written
 * (`$$${X}`); `url: http://localhost.:PORT` is a located config error like every other,
 * not a late refusal by the client; and a refused connection is not retried six times over
 * twelve seconds.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IntercomClient } from '../../src/client/intercom-client.js';
import { parseConfig } from '../../src/config/load-config.js';
import { NetworkError } from '../../src/errors.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const EDGE_TOKEN = 'edge-case-test-token';

let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeAll(async () => {
  scratch = await scratchDir('icfg-edge-');
});
afterAll(async () => {
  await scratch.cleanup();
});

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('$ before a reference', () => {
  test('`$$` before `{` is one literal `$`: `$${X}` is the text, `$$${X}` is `$` then the value', () => {
    const text = [
      'version: 1',
      'workspaces:',
      '  sandbox:',
      '    sandbox: s.json',
      'ticket_types:',
      '  - name: Price in $$${CURRENCY}',
      '    description: Write $${CURRENCY} to use the variable; $5 and US$$ stay as written',
      '',
    ].join('\n');
    const { config } = parseConfig(text, 'intercom.config.yaml', { env: { CURRENCY: 'EUR' } });
    expect(config.ticket_types?.[0]).toMatchObject({
      name: 'Price in $EUR',
      description: 'Write ${CURRENCY} to use the variable; $5 and US$$ stay as written',
    });
  });
});

describe('a trailing-dot host', () => {
  test('`url: http://localhost.:PORT` is refused with a located error, before any connection', async () => {
    const port = await closedPort();
    await scratch.write('intercom.config.yaml', `version: 1\nworkspaces:\n  local:\n    url: http://localhost.:${port}\n    token: \${INTERCOM_TOKEN}\n`);
    const network: string[] = [];
    const result = await runCli(['plan'], { cwd: scratch.dir, env: { INTERCOM_TOKEN: EDGE_TOKEN }, network });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Error: The config has 1 error:\n' +
        '  intercom.config.yaml:4:10: workspaces.local.url: has a host name ending in a dot; write it without the final dot (e.g. localhost, api.eu.intercom.io)\n',
    );
    expect(network).toEqual([]);
  });
});

describe('a refused connection', () => {
  test('is retried once (a restarting server), not five times', async () => {
    const port = await closedPort();
    const waits: number[] = [];
    const client = new IntercomClient({
      baseUrl: `http://127.0.0.1:${port}`,
      token: EDGE_TOKEN,
      apiVersion: '2.14',
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 0,
    });
    const error = await client.listTicketTypes().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toBe(
      `Could not reach Intercom at 127.0.0.1:${port} (GET /ticket_types): connect ECONNREFUSED 127.0.0.1:${port} [ECONNREFUSED] (2 attempts)`,
    );
    expect(client.stats.requests).toBe(2);
    expect(waits).toEqual([250]);
  });
});
