/**
 * Issue 12, item 16: a redirect is never followed. Following it would send the request
 * (and a create's body, and with some clients the token) to an address nobody configured.
 * Two real sandboxes: the first answers with a redirect to the second, which must never
 * hear from the client.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IntercomClient } from '../../src/client/intercom-client.js';
import { IntercomApiError } from '../../src/errors.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const REDIRECT_TOKEN = 'redirect-test-token';

let origin: RunningSandbox;
let elsewhere: RunningSandbox;
beforeEach(async () => {
  origin = await startSandbox({ token: REDIRECT_TOKEN });
  elsewhere = await startSandbox();
});
afterEach(async () => {
  await origin.close();
  await elsewhere.close();
});

function client(): IntercomClient {
  return new IntercomClient({ baseUrl: origin.url, token: REDIRECT_TOKEN, apiVersion: '2.14', sleep: async () => undefined });
}

describe('redirects', () => {
  test.each([301, 302, 303, 307, 308] as const)('a %i on a read is refused after one attempt; the target hears nothing', async (status) => {
    origin.injectFault({ method: 'GET', path: '/ticket_types', times: 10, fault: { type: 'redirect', status, location: `${elsewhere.url}/ticket_types` } });
    const error = await client().listTicketTypes().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomApiError);
    expect((error as IntercomApiError).message).toBe(
      `Intercom refused GET /ticket_types: ${status} redirect_not_followed: the answer redirects to ${elsewhere.url}; intercom-config never follows redirects, so nothing was sent there`,
    );
    expect(origin.requests).toHaveLength(1);
    expect(elsewhere.requests).toEqual([]);
  });

  test('a 307 on a create (which would resend the body) is refused; nothing is created anywhere', async () => {
    origin.injectFault({ method: 'POST', path: '/ticket_types', fault: { type: 'redirect', location: `${elsewhere.url}/ticket_types` } });
    const error = await client().createTicketType({ name: 'Bug' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 307, code: 'redirect_not_followed' });
    expect(elsewhere.requests).toEqual([]);
    expect(origin.snapshot().ticket_types).toEqual([]);
    expect(elsewhere.snapshot().ticket_types).toEqual([]);
  });

  test('through the CLI: exit 1 with the reason and what to check', async () => {
    const scratch = await scratchDir('icfg-redirect-');
    try {
      await scratch.write('intercom.config.yaml', `${remoteHeader(origin.url)}ticket_types: []\n`);
      origin.injectFault({ method: 'GET', fault: { type: 'redirect', location: 'https://login.example/sso' } });
      const result = await runCli(['plan'], { cwd: scratch.dir, env: { INTERCOM_TOKEN: REDIRECT_TOKEN } });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'Error: Intercom refused GET /ticket_types: 307 redirect_not_followed: the answer redirects to https://login.example; intercom-config never follows redirects, so nothing was sent there\n' +
          'Check the workspace region or url: it should name the API host itself (e.g. https://api.eu.intercom.io), not an address that forwards.\n',
      );
    } finally {
      await scratch.cleanup();
    }
  });
});
