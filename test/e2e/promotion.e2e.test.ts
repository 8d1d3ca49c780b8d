import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { SandboxSeed } from '../../src/sandbox/index.js';
import { twoWorkspacesSuite } from '../helpers/two-workspaces.js';

const TOKENS = { INTERCOM_TOKEN_STAGING: 'tok_staging_9b2e6f1d', INTERCOM_TOKEN_PRODUCTION: 'tok_production_5a1c7e3b' };

/** Every resource kind, every attribute data type, two help centers and translations. */
const STAGING_SEED: SandboxSeed = {
  help_centers: [
    { identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true },
    { identifier: 'partners', display_name: 'Partners', locales: ['en'] },
  ],
  ticket_states: [{ category: 'in_progress', internal_label: 'With engineering', external_label: 'In progress' }],
  ticket_types: [
    {
      name: 'Bug report',
      description: 'Something is broken',
      icon: '🐞',
      attributes: [
        { name: 'Severity', description: 'How bad', data_type: 'list', list_items: ['Low', 'High'], required_to_create: true },
        { name: 'Steps', description: 'About steps', data_type: 'string', multiline: true },
        { name: 'Count', description: 'About count', data_type: 'integer' },
        { name: 'Cost', description: 'About cost', data_type: 'decimal' },
        { name: 'Blocking', description: 'About blocking', data_type: 'boolean' },
        { name: 'Seen at', description: 'About seen at', data_type: 'datetime' },
        { name: 'Logs', description: 'About logs', data_type: 'files', allow_multiple_values: true },
        { name: 'Old field', description: 'About old field', data_type: 'string', archived: true },
      ],
    },
    { name: 'Escalation', category: 'Tracker', icon: '🛠️' },
    { name: 'Retired', archived: true },
  ],
  collections: [
    {
      name: 'Getting started',
      description: 'First steps',
      translated_content: { fr: { name: 'Premiers pas', description: 'Premières étapes' } },
      collections: [{ name: 'Install', collections: [{ name: 'Web' }] }],
    },
    { name: 'Partner API', help_center: 'partners' },
  ],
};
const PRODUCTION_SEED: SandboxSeed = {
  help_centers: [
    { identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true },
    { identifier: 'partners', display_name: 'Partners', locales: ['en'] },
  ],
  ticket_states: [{ category: 'in_progress', internal_label: 'With engineering', external_label: 'In progress' }],
  ticket_types: [{ name: 'Bug report', description: 'Old text', attributes: [{ name: 'Severity', description: 'How bad', data_type: 'list', list_items: ['Low'] }] }],
};

const w = twoWorkspacesSuite({ tokens: TOKENS, stagingSeed: STAGING_SEED, productionSeed: PRODUCTION_SEED, config: () => config() });

const config = () => `${w.header()}ticket_states: []
ticket_types: []
help_center:
  collections: []
`;

const cli = (args: string[]) => w.cli(args);

describe('export', () => {
  test('is deterministic, has no ids or built-ins, and plans to no changes for every kind', async () => {
    const first = await cli(['export', '-w', 'staging']);
    const second = await cli(['export', '-w', 'staging']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/intercom\.config\.schema\.json$/);
    expect(first.stdout).not.toMatch(/\bid:|created_at|updated_at|_default_title_|_default_description_|\border:|\bicon: book/);

    const exported = parse(first.stdout) as { ticket_types: { name: string; attributes?: { name: string }[] }[]; help_center: { collections: { name: string; help_center?: string }[] } };
    expect(exported.ticket_types.map((t) => t.name)).toEqual(['Bug report', 'Escalation', 'Retired']);
    expect(exported.ticket_types[0]?.attributes?.map((a) => a.name)).toEqual(['Blocking', 'Cost', 'Count', 'Logs', 'Old field', 'Seen at', 'Severity', 'Steps']);
    expect(exported.help_center.collections.map((c) => [c.name, c.help_center])).toEqual([
      ['Getting started', undefined],
      ['Partner API', 'partners'],
    ]);

    await w.scratch.write('exported.yaml', first.stdout);
    const plan = await cli(['plan', '-c', 'exported.yaml', '-w', 'staging', '--prune', '--detailed-exitcode']);
    expect(plan.stdout).toContain('No changes');
    expect(plan.code).toBe(0);
  });
});

describe('diff --from staging --to production', () => {
  test('shows what promotion would change, and exits 0 once promoted', async () => {
    const diff = await cli(['diff', '--from', 'staging', '--to', 'production', '--detailed-exitcode']);
    expect(diff.code).toBe(2);
    expect(diff.stdout.split('\n')[0]).toBe(`Diff "staging" → "production" at ${w.production.url} (Intercom API 2.14)`);
    expect(diff.stdout).toMatch(/~ description : "Old text" → "Something is broken"/);
    expect(diff.stdout).toMatch(/~ list_items +: \["Low"\] → \["Low","High"\]/);
    expect(diff.stdout).toContain('+ ticket type "Escalation"');
    expect(diff.stdout).toContain('+ collection acme-help: "Getting started / Install / Web"');
    expect(diff.stdout).toContain('+ collection partners: "Partner API"');
    expect(diff.stdout).not.toContain('"Retired"');
    expect(w.production.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    const json = JSON.parse((await cli(['diff', '--from', 'staging', '--to', 'production', '--json'])).stdout) as { workspace: string };
    expect(json.workspace).toBe('production');

    const exported = await cli(['export', '-w', 'staging', '-o', 'promote.yaml']);
    expect(exported.code).toBe(0);
    const apply = await cli(['apply', '-c', 'promote.yaml', '-w', 'production', '--auto-approve']);
    expect(apply.code).toBe(0);

    const after = await cli(['diff', '--from', 'staging', '--to', 'production', '--detailed-exitcode']);
    expect(after.stdout).toContain('No changes');
    expect(after.code).toBe(0);
  });

  test('a resource declared for some workspaces only is planned only there', async () => {
    await w.scratch.write(
      'scoped.yaml',
      config().replace('ticket_types: []', 'ticket_types:\n  - name: Staging only\n    workspaces: [staging]\n  - name: Everywhere'),
    );
    const stagingPlan = await cli(['plan', '-c', 'scoped.yaml', '-w', 'staging', '--json']);
    const productionPlan = await cli(['plan', '-c', 'scoped.yaml', '-w', 'production', '--json']);
    const names = (text: string) => (JSON.parse(text) as { changes: { name: string }[] }).changes.map((c) => c.name);
    expect(names(stagingPlan.stdout)).toEqual(['Staging only', 'Everywhere']);
    expect(names(productionPlan.stdout)).toEqual(['Everywhere']);
  });
});
