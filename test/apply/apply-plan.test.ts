import { describe, expect, test } from 'vitest';
import { applyPlan, type ApplyEvent } from '../../src/apply/apply-plan.js';
import { CHECK_LISTING_FRESH_MS } from '../../src/apply/create-checks.js';
import type { IntercomApi, LiveTicketType } from '../../src/client/live-types.js';
import { IntercomApiError, UnknownOutcomeError } from '../../src/errors.js';
import { createPlan } from '../../src/engine/create-plan.js';
import { config, liveType, planInput } from '../helpers/live-builders.js';

/**
 * A scripted IntercomApi seam: records the writes and can fail chosen ones. Ordering and
 * failure semantics are the executor's; HTTP behaviour is covered against the sandbox.
 */
/**
 * `holdSuccesses`: type creates that succeed answer only once `release()` is called, so a
 * test can keep them in flight until an event (never a delay).
 */
function scriptedApi(script: { failCreateOf?: Record<string, Error>; lostAnswerFor?: string[]; holdSuccesses?: boolean; now?: () => number } = {}) {
  const calls: string[] = [];
  const types: LiveTicketType[] = [];
  let nextId = 100;
  const lost = new Set(script.lostAnswerFor ?? []);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const api: Partial<IntercomApi> = {
    ...(script.now ? { now: script.now } : {}),
    async createTicketType(body) {
      const failure = script.failCreateOf?.[body.name ?? ''];
      if (!failure && script.holdSuccesses) await released;
      calls.push(`create type ${body.name}`);
      if (failure) throw failure;
      const created = liveType({ id: String(nextId++), name: body.name ?? '' });
      types.push(created);
      if (lost.delete(body.name ?? '')) throw new UnknownOutcomeError('POST', '/ticket_types', new Error('socket hang up'));
      return created;
    },
    async listTicketTypes() {
      calls.push('list types');
      return types;
    },
    async backoff(retry) {
      calls.push(`wait before retry ${retry}`);
    },
    async createAttribute(typeId, body) {
      calls.push(`create attribute ${body.name} on ${typeId}`);
      // Answers with what was sent, as Intercom does (every answer is checked against the write).
      return { ...liveType({ id: typeId, name: 'x' }).attributes[0]!, id: String(nextId++), name: body.name ?? '', description: body.description ?? '' };
    },
  };
  return { api: api as IntercomApi, calls, release };
}

/** The writes among the calls (the listings before and after creates aside). */
const writesIn = (calls: readonly string[]) => calls.filter((c) => c.startsWith('create'));

const twoTypes = () =>
  createPlan(
    planInput(
      config({
        ticket_types: [
          { name: 'A', attributes: [{ name: 'A1', description: 'First', data_type: 'string' }] },
          { name: 'B', attributes: [{ name: 'B1', description: 'First', data_type: 'string' }] },
        ],
      }),
      { ticketTypes: [] },
    ),
  );

describe('applyPlan', () => {
  test('attributes of a new type are written after the type, with its new id', async () => {
    // Each check comes CHECK_LISTING_FRESH_MS after the one before, so none can reuse a listing.
    let clock = 0;
    const { api, calls } = scriptedApi({ now: () => (clock += CHECK_LISTING_FRESH_MS) });
    const result = await applyPlan(twoTypes(), api, { concurrency: 1 });
    expect(writesIn(calls)).toEqual(['create type A', 'create attribute A1 on 100', 'create type B', 'create attribute B1 on 102']);
    // Each create is checked against a listing of its own (one wave each at concurrency 1), then all once after.
    expect(calls.filter((c) => c === 'list types')).toHaveLength(5);
    expect(result.applied).toHaveLength(4);
    expect(result.failed).toEqual([]);
  });

  test('within CHECK_LISTING_FRESH_MS one listing serves the checks of later waves too; the check after apply reads again', async () => {
    const { api, calls } = scriptedApi({ now: () => 0 });
    const result = await applyPlan(twoTypes(), api, { concurrency: 1 });
    expect(result.applied).toHaveLength(4);
    expect(calls.filter((c) => c === 'list types')).toHaveLength(2);
  });

  test('after a refused write nothing new starts and the rest is reported as not attempted', async () => {
    const refused = new IntercomApiError({ status: 400, code: 'parameter_invalid', message: 'bad', method: 'POST', path: '/ticket_types', requestId: 'req-1' });
    const { api, calls } = scriptedApi({ failCreateOf: { A: refused } });
    const events: ApplyEvent['type'][] = [];
    const result = await applyPlan(twoTypes(), api, { concurrency: 1, onEvent: (e) => events.push(e.type) });
    expect(writesIn(calls)).toEqual(['create type A']);
    expect(result.failed).toEqual([{ change: expect.objectContaining({ name: 'A' }), error: refused }]);
    expect(result.notAttempted.map((c) => c.name)).toEqual(['A1', 'B', 'B1']);
    expect(events).toEqual(['start', 'failed']);
  });

  test('writes in flight when one fails still finish and count as applied', async () => {
    const refused = new IntercomApiError({ status: 400, code: 'parameter_invalid', message: 'bad', method: 'POST', path: '/ticket_types' });
    const { api, release } = scriptedApi({ failCreateOf: { A: refused }, holdSuccesses: true });
    // B is in flight when A fails; it answers only after the failure was taken in.
    const result = await applyPlan(twoTypes(), api, { concurrency: 4, onEvent: (e) => e.type === 'failed' && release() });
    expect(result.applied.map((a) => a.change.name)).toEqual(['B']);
    expect(result.notAttempted.map((c) => c.name).sort()).toEqual(['A1', 'B1']);
  });

  test('a create whose answer was lost is found by re-reading, not sent twice', async () => {
    const { api, calls } = scriptedApi({ lostAnswerFor: ['A'] });
    const result = await applyPlan(twoTypes(), api, { concurrency: 1 });
    expect(calls.filter((c) => c === 'create type A')).toHaveLength(1);
    expect(calls).toContain('list types');
    // It waited as a read would before re-reading.
    expect(calls.slice(calls.indexOf('create type A'), calls.indexOf('create type A') + 3)).toEqual(['create type A', 'wait before retry 1', 'list types']);
    expect(result.applied.map((a) => a.change.name)).toEqual(['A', 'A1', 'B', 'B1']);
  });

  test('manual changes are never sent and are returned as remaining', async () => {
    const plan = createPlan(planInput(config({ ticket_states: [{ internal_label: 'Nope' }] }), { ticketStates: [] }));
    const { api, calls } = scriptedApi();
    const result = await applyPlan(plan, api);
    expect(calls).toEqual([]);
    expect(result.remaining.map((c) => c.action)).toEqual(['manual']);
  });
});
