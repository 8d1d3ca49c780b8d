import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { SandboxSeed } from '../../src/sandbox/index.js';
import { twoWorkspacesSuite } from '../helpers/two-workspaces.js';

const TOKENS = { INTERCOM_TOKEN_STAGING: 'tok_staging_da_71c3e09b', INTERCOM_TOKEN_PRODUCTION: 'tok_production_da_2b8f4d61' };

const STAGING_SEED: SandboxSeed = {
  data_attributes: [
    { model: 'contact', name: 'plan_tier', description: 'Billing plan', data_type: 'options', options: ['free', 'pro', 'enterprise'] },
    { model: 'contact', name: 'last_demo_at', data_type: 'datetime', messenger_writable: true },
    { model: 'contact', name: 'retired', data_type: 'string', archived: true },
    { model: 'company', name: 'seats', description: 'Licensed seats', data_type: 'integer' },
    { model: 'company', name: 'renewal_on', data_type: 'date' },
    { model: 'conversation', name: 'Priority reason', description: 'Why it is urgent', data_type: 'string' },
  ],
};
const PRODUCTION_SEED: SandboxSeed = {
  data_attributes: [
    { model: 'contact', name: 'plan_tier', description: 'Old text', data_type: 'options', options: ['free', 'pro'] },
    { model: 'company', name: 'seats', data_type: 'integer' },
    { model: 'conversation', name: 'Priority reason', description: 'Why it is urgent', data_type: 'string' },
  ],
};

const w = twoWorkspacesSuite({ tokens: TOKENS, stagingSeed: STAGING_SEED, productionSeed: PRODUCTION_SEED, config: () => config() });

/** Two workspaces in one config; the file manages every data attribute model. */
const config = () => `${w.header()}data_attributes:
  contact: []
  company: []
  conversation: []
`;

const cli = (args: string[]) => w.cli(args);

describe('export', () => {
  test('writes custom attributes only, by name, in the config\'s types; planning it shows no changes', async () => {
    const result = await cli(['export', '-w', 'staging']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/\bid:|created_at|updated_at|full_name|custom:|\bemail\b|monthly_spend/);
    const exported = parse(result.stdout) as { data_attributes: Record<string, unknown[]> };
    expect(exported.data_attributes).toEqual({
      contact: [
        { name: 'last_demo_at', data_type: 'date', messenger_writable: true },
        { name: 'plan_tier', description: 'Billing plan', data_type: 'options', options: ['free', 'pro', 'enterprise'], messenger_writable: false },
        { name: 'retired', data_type: 'string', messenger_writable: false, archived: true },
      ],
      company: [
        { name: 'renewal_on', data_type: 'date', messenger_writable: false },
        { name: 'seats', description: 'Licensed seats', data_type: 'integer', messenger_writable: false },
      ],
      conversation: [{ name: 'Priority reason', description: 'Why it is urgent', data_type: 'string', messenger_writable: false }],
    });

    await w.scratch.write('exported.yaml', result.stdout);
    const plan = await cli(['plan', '-c', 'exported.yaml', '-w', 'staging', '--prune', '--detailed-exitcode']);
    expect(plan.stdout).toContain('No changes');
    expect(plan.code).toBe(0);
  });
});

describe('diff --from staging --to production', () => {
  test('shows the attribute differences in every format, writes nothing, and is empty once promoted', async () => {
    const diff = await cli(['diff', '--from', 'staging', '--to', 'production', '--detailed-exitcode']);
    expect(diff.code).toBe(2);
    expect(diff.stdout).toContain('Diff "staging" → "production"');
    expect(diff.stdout).toMatch(/~ description +: "Old text" → "Billing plan"/);
    expect(diff.stdout).toMatch(/~ options +: \["free","pro"\] → \["free","pro","enterprise"\]/);
    expect(diff.stdout).toContain('+ contact data attribute "last_demo_at"');
    expect(diff.stdout).toContain('+ company data attribute "renewal_on"');
    expect(diff.stdout).not.toContain('"retired"');
    expect(w.production.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    const json = JSON.parse((await cli(['diff', '--from', 'staging', '--to', 'production', '--json'])).stdout) as { changes: Record<string, unknown>[]; notes: string[] };
    expect(json.changes).toContainEqual(expect.objectContaining({ kind: 'data_attribute', action: 'create', model: 'company', name: 'renewal_on' }));
    expect(json.changes).toContainEqual(expect.objectContaining({ kind: 'data_attribute', action: 'update', model: 'contact', name: 'plan_tier', id: expect.any(String) }));
    expect(json.notes).toEqual([expect.stringContaining('Active custom attributes after this plan: contact 2 (now 1), company 2 (now 1)')]);

    const markdown = await cli(['diff', '--from', 'staging', '--to', 'production', '--format', 'markdown']);
    // `_` is written as a character reference in markdown, so no name can start emphasis.
    expect(markdown.stdout).toContain('<b>create</b> company data attribute "renewal&#95;on"');
    expect(markdown.stdout).toContain('- Active custom attributes after this plan');

    // Promotion: export staging, plan it for production (saved), apply the saved plan.
    expect((await cli(['export', '-w', 'staging', '-o', 'promote.yaml'])).code).toBe(0);
    expect((await cli(['plan', '-c', 'promote.yaml', '-w', 'production', '--out', 'promote.plan'])).code).toBe(0);
    const saved = JSON.parse(await readFile(join(w.scratch.dir, 'promote.plan'), 'utf8')) as { fingerprints: Record<string, string> };
    expect(Object.keys(saved.fingerprints)).toEqual(expect.arrayContaining([expect.stringMatching(/^data_attribute:\d+$/)]));
    const apply = await cli(['apply', 'promote.plan', '-c', 'promote.yaml', '-w', 'production', '--auto-approve']);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toContain('Apply complete: 2 created, 2 updated.');

    const after = await cli(['diff', '--from', 'staging', '--to', 'production', '--detailed-exitcode']);
    expect(after.stdout).toContain('No changes');
    expect(after.code).toBe(0);
  });

  test('a conversation attribute that differs is a manual step, listed after apply and never sent', async () => {
    await w.scratch.write(
      'conversation.yaml',
      config().replace('  conversation: []\n', '  conversation:\n    - name: Priority reason\n      description: Why\n      data_type: string\n    - name: Escalated\n      data_type: boolean\n'),
    );
    w.production.clearRequestLog();
    const apply = await cli(['apply', '-c', 'conversation.yaml', '-w', 'production', '--auto-approve']);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('! conversation data attribute "Priority reason"');
    expect(apply.stdout).toContain('Left for you to do in Intercom (the API cannot):');
    expect(apply.stdout).toContain('conversation data attribute "Escalated": missing: create it in Intercom (Settings → Data → Conversations) as a boolean attribute');
    expect(w.production.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('a saved plan is refused as stale once an attribute it touches changed', async () => {
    await w.scratch.write('edited.yaml', config().replace('  contact: []\n', '  contact:\n    - name: plan_tier\n      description: Newest\n      data_type: options\n      options: [free, pro, enterprise]\n'));
    expect((await cli(['plan', '-c', 'edited.yaml', '-w', 'production', '--out', 'edited.plan'])).code).toBe(0);
    const id = w.production.snapshot().data_attributes.find((a) => a.name === 'plan_tier')?.id;
    const headers = { Authorization: `Bearer ${TOKENS.INTERCOM_TOKEN_PRODUCTION}`, 'Content-Type': 'application/json' };
    const changed = await fetch(`${w.production.url}/data_attributes/${id}`, { method: 'PUT', headers, body: JSON.stringify({ messenger_writable: true }) });
    expect(changed.status).toBe(200);
    const apply = await cli(['apply', 'edited.plan', '-c', 'edited.yaml', '-w', 'production', '--auto-approve']);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(`data attribute "plan_tier" (id ${id}) changed in Intercom`);
  });
});
