/**
 * The check before each create is cheap: creates that start together share one listing of
 * their family, unwritable families (help centers) are read once per apply, and the check
 * after apply reads each family once. Objects the plan itself knows never block a create.
 * Real HTTP to the sandbox through the client users run.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { applyPlan } from '../../src/apply/apply-plan.js';
import { IntercomClient } from '../../src/client/intercom-client.js';
import type { IntercomConfig } from '../../src/config/config-types.js';
import { createPlan } from '../../src/engine/create-plan.js';
import { fetchLiveState, managedFamilies } from '../../src/live/live-state.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { config, planInput } from '../helpers/live-builders.js';

let sandbox: RunningSandbox;
let api: IntercomClient;
beforeEach(async () => {
  sandbox = await startSandbox({ seed: { collections: [{ name: 'Setup' }] } });
  // A clock that stands still: every check falls within CHECK_LISTING_FRESH_MS of the first.
  api = new IntercomClient({ baseUrl: sandbox.url, token: 'checks', apiVersion: '2.14', now: () => 0 });
});
afterEach(() => sandbox.close());

async function apply(cfg: IntercomConfig) {
  const plan = createPlan(planInput(cfg, await fetchLiveState(api, managedFamilies(cfg))));
  sandbox.clearRequestLog();
  return { plan, result: await applyPlan(plan, api, { concurrency: 8 }) };
}

const reads = (path: string) => sandbox.requests.filter((r) => r.method === 'GET' && r.path === path).length;

describe('the checks around creates', () => {
  test('creates that start together share one listing of their family; the check after apply reads it once more', async () => {
    const { result } = await apply(
      config({
        ticket_types: [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
        help_center: { collections: [{ name: 'One' }, { name: 'Two' }, { name: 'Three' }] },
      }),
    );
    expect(result.failed).toEqual([]);
    expect(result.applied).toHaveLength(6);
    expect(reads('/ticket_types')).toBe(2);
    expect(reads('/help_center/collections')).toBe(2);
    // Help centers cannot change through the API: read once for the whole apply.
    expect(reads('/help_center/help_centers')).toBe(1);
  });

  test('creates that wait for one another (the attributes of a new type, in form order) share a listing while it is fresh', async () => {
    const attribute = (name: string) => ({ name, description: name, data_type: 'string' as const });
    const { result } = await apply(config({ ticket_types: [{ name: 'Bug', attributes: [attribute('One'), attribute('Two')] }] }));
    expect(result.failed).toEqual([]);
    // Type, first attribute, second attribute: three waves within CHECK_LISTING_FRESH_MS on
    // this clock share one listing; then the check after apply reads again.
    expect(reads('/ticket_types')).toBe(2);
  });

  test('a name the plan itself frees (a rename) does not block the create that takes it', async () => {
    const { plan, result } = await apply(
      config({ help_center: { collections: [{ name: 'Install', previous_names: ['Setup'] }, { name: 'Setup', description: 'New' }] } }),
    );
    expect(plan.changes.map((c) => `${c.action} ${c.name}`)).toEqual(['update Install', 'create Setup']);
    expect(result.failed).toEqual([]);
    expect(result.duplicates).toBeUndefined();
    expect(sandbox.snapshot().collections.map((c) => c.name).sort()).toEqual(['Install', 'Setup']);
  });

  test('a paged listing that this apply\'s own creates keep shifting does not stop the checks', async () => {
    // Small pages and creates landing between page reads: the listing for a later wave's
    // check comes back short of its total_count, as it does under Intercom's newest-first order.
    await sandbox.close();
    sandbox = await startSandbox({ perPageMax: 3, seed: { collections: [{ name: 'Setup' }] } });
    api = new IntercomClient({ baseUrl: sandbox.url, token: 'checks', apiVersion: '2.14', perPage: 3 });
    const tree = (n: number) => ({ name: `Section ${n}`, collections: [1, 2, 3].map((t) => ({ name: `Topic ${n}.${t}`, collections: [{ name: `Sub ${n}.${t}` }] })) });
    const { result } = await apply(config({ help_center: { collections: Array.from({ length: 8 }, (_, n) => tree(n)) } }));
    expect(result.failed.map((f) => f.error.message)).toEqual([]);
    expect(result.applied).toHaveLength(56);
    expect(sandbox.snapshot().collections).toHaveLength(57);
  });
});

