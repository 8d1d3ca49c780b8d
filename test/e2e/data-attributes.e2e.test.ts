import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxSeed } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_e2e_data_attributes_5f0c2a9e';
const env = { INTERCOM_TOKEN: TOKEN };

/** Custom attributes a workspace already has: one to prune, one archived, one something depends on. */
const SEED: SandboxSeed = {
  data_attributes: [
    { model: 'contact', name: 'old_field', data_type: 'string' },
    { model: 'company', name: 'legacy_code', data_type: 'string', archived: true },
    { model: 'company', name: 'crm_id', description: 'Id in the CRM', data_type: 'string', has_dependants: true },
  ],
};

const TYPES = ['string', 'integer', 'float', 'boolean', 'date', 'datetime'] as const;

const created = `
data_attributes:
  contact:
    - name: plan_tier
      description: Billing plan of the person
      data_type: options
      options: [free, pro, enterprise]
      messenger_writable: true
${TYPES.map((t) => `    - name: person_${t}\n      data_type: ${t}\n`).join('')}  company:
    - name: crm_id
      description: Id in the CRM
      data_type: string
    - name: band
      data_type: options
      options: [small, large]
${TYPES.map((t) => `    - name: company_${t}\n      data_type: ${t}\n`).join('')}`;

const updated = created
  .replace('Billing plan of the person', 'Plan the person pays for')
  .replace('[free, pro, enterprise]', '[pro, free, team]')
  .replace('    - name: person_string\n      data_type: string\n', '    - name: person_string\n      data_type: string\n      archived: true\n')
  .replace('  company:\n', '  company:\n    - name: legacy_code\n      data_type: string\n');

describe.each([{ scope: 'workspace' as const }, { scope: 'model' as const }])('data attributes end to end (limit counted per $scope)', ({ scope }) => {
  let sandbox: RunningSandbox;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  const outputs: string[] = [];

  async function cli(args: string[], body?: string) {
    if (body !== undefined) await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + body);
    const result = await runCli(args, { cwd: scratch.dir, env });
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  async function replanIsEmpty(...flags: string[]) {
    const again = await cli(['plan', '--detailed-exitcode', ...flags]);
    expect(again.stdout).toContain('No changes');
    expect(again.code).toBe(0);
  }

  const custom = () => sandbox.snapshot().data_attributes.filter((a) => a.custom);
  const attribute = (name: string) => custom().find((a) => a.name === name);
  const writes = () => sandbox.requests.filter((r) => r.method !== 'GET');

  beforeAll(async () => {
    sandbox = await startSandbox({ token: TOKEN, seed: SEED, dataAttributeLimit: { scope } });
    scratch = await scratchDir();
  });
  afterAll(async () => {
    await sandbox.close();
    await scratch.cleanup();
    for (const text of outputs) expect(text).not.toContain(TOKEN);
  });

  test('creates contact and company attributes of every data type; a re-plan is empty', async () => {
    const plan = await cli(['plan', '--detailed-exitcode'], created);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('+ contact data attribute "plan_tier"');
    expect(plan.stdout).toContain('+ company data attribute "company_datetime"');
    expect(plan.stdout).toContain('Plan: 14 to create.');
    expect(plan.stdout).toContain('Active custom attributes after this plan: contact 8 (now 1), company 8 (now 1); 16 of the 250 Intercom allows per workspace');

    sandbox.clearRequestLog();
    const apply = await cli(['apply', '--auto-approve']);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toContain('Apply complete: 14 created.');
    // One listing per model, archived included, before the writes; then one per model for
    // the check before the creates (they start together) and one per model after apply.
    const reads = sandbox.requests.filter((r) => r.method === 'GET').map((r) => r.query);
    expect(reads.slice(0, 2)).toEqual(['model=contact&include_archived=true', 'model=company&include_archived=true']);
    expect(reads.slice(2).sort()).toEqual([...Array(2).fill('model=company&include_archived=true'), ...Array(2).fill('model=contact&include_archived=true')]);
    expect(writes().find((w) => (w.body as { name?: string }).name === 'plan_tier')?.body).toEqual({
      name: 'plan_tier',
      model: 'contact',
      description: 'Billing plan of the person',
      data_type: 'options',
      options: [{ value: 'free' }, { value: 'pro' }, { value: 'enterprise' }],
      messenger_writable: true,
    });
    // The sandbox keeps the type as created; Intercom answers options as string and datetime as date.
    expect(attribute('person_datetime')?.data_type).toBe('datetime');
    expect(attribute('band')).toMatchObject({ model: 'company', data_type: 'options', options: ['small', 'large'] });
    await replanIsEmpty();
  });

  test('updates description and options, archives and unarchives; a re-plan is empty', async () => {
    const plan = await cli(['plan'], updated);
    expect(plan.stdout).toContain('~ description : "Billing plan of the person" → "Plan the person pays for"');
    expect(plan.stdout).toContain('~ options     : ["free","pro","enterprise"] → ["pro","free","team"]');
    expect(plan.stdout).toContain('option "enterprise" will no longer be offered, but people that hold it keep the value');
    expect(plan.stdout).toContain('- contact data attribute "person_string"');
    expect(plan.stdout).toContain('^ company data attribute "legacy_code"');
    expect(plan.stdout).toContain('Plan: 1 to update, 1 to archive, 1 to unarchive.');

    sandbox.clearRequestLog();
    expect((await cli(['apply', '--auto-approve'])).code).toBe(0);
    expect(writes().map((w) => [w.method, w.body])).toEqual(
      expect.arrayContaining([
        ['PUT', { description: 'Plan the person pays for', options: [{ value: 'pro' }, { value: 'free' }, { value: 'team' }] }],
        ['PUT', { archived: true }],
        ['PUT', { archived: false }],
      ]),
    );
    expect(writes()).toHaveLength(3);
    expect(attribute('person_string')?.archived).toBe(true);
    expect(attribute('legacy_code')?.archived).toBe(false);
    await replanIsEmpty();
  });

  test('--prune archives unlisted custom attributes of the declared models, never built-ins; a re-plan is empty', async () => {
    const builtIns = () => sandbox.snapshot().data_attributes.filter((a) => !a.custom);
    const before = builtIns();
    const plan = await cli(['plan', '--prune']);
    expect(plan.stdout).toContain('- contact data attribute "old_field"');
    expect(plan.stdout).toContain('Plan: 1 to archive.');
    expect((await cli(['apply', '--prune', '--auto-approve'])).code).toBe(0);
    expect(attribute('old_field')?.archived).toBe(true);
    expect(builtIns()).toEqual(before);
    await replanIsEmpty('--prune');
  });

  test('archiving an attribute something depends on is reported clearly, and the next plan still shows it', async () => {
    const refused = updated.replace('      description: Id in the CRM\n', '      description: Id in the CRM\n      archived: true\n');
    const apply = await cli(['apply', '--auto-approve'], refused);
    expect(apply.code).toBe(1);
    expect(apply.stdout + apply.stderr).toContain('company data attribute "crm_id": Intercom refused to archive it: something in the workspace still uses this attribute');
    expect(attribute('crm_id')?.archived).toBe(false);
    expect((await cli(['plan'])).stdout).toContain('- company data attribute "crm_id"');
  });
});
