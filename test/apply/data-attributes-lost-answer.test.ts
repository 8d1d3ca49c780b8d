/**
 * A data attribute create whose answer is lost after Intercom made it is found again by
 * re-reading its model's listing, never sent twice (Intercom has no idempotency keys).
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { applyPlan, type ApplyEvent } from '../../src/apply/apply-plan.js';
import { IntercomClient } from '../../src/client/intercom-client.js';
import { createPlan } from '../../src/engine/create-plan.js';
import { fetchLiveState, managedFamilies } from '../../src/live/live-state.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { config, planInput } from '../helpers/live-builders.js';

let sandbox: RunningSandbox;
let api: IntercomClient;
beforeEach(async () => {
  sandbox = await startSandbox();
  api = new IntercomClient({ baseUrl: sandbox.url, token: 'lost-answer-test', apiVersion: '2.14' });
});
afterEach(() => sandbox.close());

test('a create committed without an answer is recovered by re-reading, and a re-plan is empty', async () => {
  const cfg = config({
    data_attributes: {
      contact: [{ name: 'plan_tier', data_type: 'options', options: ['free', 'pro'] }],
      company: [{ name: 'seats', data_type: 'integer' }],
    },
  });
  const read = () => fetchLiveState(api, managedFamilies(cfg));
  sandbox.injectFault({ method: 'POST', path: '/data_attributes', nth: 1, times: 2, fault: { type: 'drop-after-commit' } });

  const events: ApplyEvent[] = [];
  const result = await applyPlan(createPlan(planInput(cfg, await read())), api, { onEvent: (e) => events.push(e) });
  expect(result.failed).toEqual([]);
  expect(events.filter((e) => e.type === 'recovered').map((e) => e.change.name).sort()).toEqual(['plan_tier', 'seats']);
  expect(sandbox.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  expect(sandbox.snapshot().data_attributes.filter((a) => a.custom).map((a) => a.name).sort()).toEqual(['plan_tier', 'seats']);
  expect(createPlan(planInput(cfg, await read())).changes).toEqual([]);
});
