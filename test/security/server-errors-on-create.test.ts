/**
 * Issue 12, item 10 (the client's part): a create answered with 502/503 used to be
 * reported as "no answer" only. The report now carries the status, code and request id
 * that did arrive, so the failure can be traced with Intercom — while still saying that
 * the write may or may not have happened (a 5xx does not tell). Real HTTP to the sandbox.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IntercomClient } from '../../src/client/intercom-client.js';
import { UnknownOutcomeError } from '../../src/errors.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const CREATE_TOKEN = 'server-error-test-token';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

let sandbox: RunningSandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ token: CREATE_TOKEN });
});
afterEach(async () => {
  await sandbox.close();
});

describe('a create answered with a server error', () => {
  test.each([
    [502, 'server_error'],
    [503, 'service_unavailable'],
  ] as const)('%i: the error carries the status, code and request id received', async (status, code) => {
    sandbox.injectFault({ method: 'POST', path: '/ticket_types', fault: { status } });
    const client = new IntercomClient({ baseUrl: sandbox.url, token: CREATE_TOKEN, apiVersion: '2.14' });
    const error = await client.createTicketType({ name: 'Bug' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    const received = (error as UnknownOutcomeError).received;
    expect(received).toMatchObject({ status, code, requestId: expect.stringMatching(UUID) });
    expect((error as UnknownOutcomeError).message).toBe(
      'No answer from Intercom for POST /ticket_types; the write may or may not have happened\n' +
        `    The only answer was ${status} ${code} (request id ${received?.requestId}), which does not say whether the write was done.`,
    );
  });

  test('the apply report shows what arrived for each create that failed', async () => {
    const scratch = await scratchDir('icfg-5xx-');
    try {
      await scratch.write('intercom.config.yaml', `${remoteHeader(sandbox.url)}ticket_types:\n  - name: Incident\n    description: Something broke\n`);
      sandbox.injectFault({ method: 'POST', path: '/ticket_types', times: 100, fault: { status: 503 } });
      const result = await runCli(['apply', '--auto-approve'], { cwd: scratch.dir, env: { INTERCOM_TOKEN: CREATE_TOKEN } });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /Failed:\n {2}\+ ticket type "Incident": No answer from Intercom for POST \/ticket_types; the write may or may not have happened\n {4}The only answer was 503 service_unavailable \(request id [0-9a-f-]{36}\), which does not say whether the write was done\.\n/,
      );
    } finally {
      await scratch.cleanup();
    }
  });
});
