/**
 * Issue 12, item 10: a create answered with 502/503 used to be reported as "no answer"
 * only. The report now carries the status, code and request id that did arrive, so the
 * failure can be traced with Intercom — while still saying that the write may or may not
 * have happened (a 5xx does not tell). Apply backs off between tries as reads do, and
 * re-reads before each new try, so a create is never sent twice. A 405 edge page on a
 * write was a refusal before anything was written: it is sent again like a 503 on a read.
 * Real HTTP to the sandbox.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { applyPlan } from '../../src/apply/apply-plan.js';
import { IntercomClient } from '../../src/client/intercom-client.js';
import { createPlan } from '../../src/engine/create-plan.js';
import { UnknownOutcomeError } from '../../src/errors.js';
import { config, planInput } from '../helpers/live-builders.js';
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

describe('apply, after a create answered with a server error', () => {
  /** A client whose waits are recorded (zero jitter) instead of slept. */
  function recordingClient() {
    const waits: number[] = [];
    const api = new IntercomClient({
      baseUrl: sandbox.url,
      token: CREATE_TOKEN,
      apiVersion: '2.14',
      random: () => 0,
      sleep: async (ms) => void waits.push(ms),
    });
    return { api, waits };
  }
  const plan = () => createPlan(planInput(config({ ticket_types: [{ name: 'Incident' }] }), { ticketTypes: [] }));
  const trail = () => sandbox.requests.map((r) => `${r.method} ${r.path} ${r.status}`);

  test('waits as a read would, re-reads, and only then sends the create again', async () => {
    sandbox.injectFault({ method: 'POST', path: '/ticket_types', times: 2, fault: { status: 503 } });
    const { api, waits } = recordingClient();
    const result = await applyPlan(plan(), api);
    expect(result.failed).toEqual([]);
    expect(result.applied).toHaveLength(1);
    // The same steps as a read's retries: half of 500 ms · 2^(n-1) without jitter.
    expect(waits).toEqual([250, 500]);
    expect(trail()).toEqual([
      'GET /ticket_types 200', // the check before the create
      'POST /ticket_types 503',
      'GET /ticket_types 200', // did it happen? no
      'POST /ticket_types 503',
      'GET /ticket_types 200',
      'POST /ticket_types 200',
      'GET /ticket_types 200', // the check for duplicates after apply
    ]);
    expect(sandbox.snapshot().ticket_types.map((t) => t.name)).toEqual(['Incident']);
  });

  test('after the last try, the report carries the status, code and request id received', async () => {
    sandbox.injectFault({ method: 'POST', path: '/ticket_types', times: 100, fault: { status: 502 } });
    const { api, waits } = recordingClient();
    const result = await applyPlan(plan(), api);
    const error = result.failed[0]?.error as UnknownOutcomeError;
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect(error.received).toMatchObject({ status: 502, code: 'server_error', requestId: expect.stringMatching(UUID) });
    expect(error.message).toContain(`The only answer was 502 server_error (request id ${error.received?.requestId})`);
    expect(waits).toEqual([250, 500, 1000]);
    expect(sandbox.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    expect(sandbox.snapshot().ticket_types).toEqual([]);
  });

  test('a 405 edge page on a create is sent again after a backoff, and the apply succeeds with one object', async () => {
    sandbox.injectFault({ method: 'POST', path: '/ticket_types', times: 2, fault: { type: 'html-405' } });
    const { api, waits } = recordingClient();
    const result = await applyPlan(plan(), api);
    expect(result.failed).toEqual([]);
    expect(waits).toEqual([250, 500]);
    expect(sandbox.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([405, 405, 200]);
    expect(sandbox.snapshot().ticket_types.map((t) => t.name)).toEqual(['Incident']);
  });

  test('a 405 edge page on an update is sent again too', async () => {
    const { api } = recordingClient();
    const created = await api.createTicketType({ name: 'Incident' });
    sandbox.injectFault({ method: 'PUT', fault: { type: 'html-405' } });
    await expect(api.updateTicketType(created.id, { description: 'Broken' })).resolves.toMatchObject({ description: 'Broken' });
  });
});
