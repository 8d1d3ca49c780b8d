/**
 * One-step promotion (`plan --from staging -w production`, `apply --from`) end to end,
 * through the CLI against two sandboxes over HTTP: production moves towards staging's
 * live state, only for what the file declares for production; what staging lacks is held
 * back; prune and selectors act inside that; a saved promotion is refused once staging or
 * the selection changed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { SandboxSeed } from '../../src/sandbox/index.js';
import { twoWorkspacesSuite } from '../helpers/two-workspaces.js';

const TOKENS = { INTERCOM_TOKEN_STAGING: 'tok_stg_from_81d3', INTERCOM_TOKEN_PRODUCTION: 'tok_prd_from_2b7e' };
const HELP_CENTERS: SandboxSeed['help_centers'] = [{ identifier: 'acme-help', display_name: 'Acme Help', locales: ['en'], default: true }];

/** Staging was applied from the file, then tuned by hand; it also holds experiments the file does not declare. */
const STAGING_SEED: SandboxSeed = {
  help_centers: HELP_CENTERS,
  ticket_types: [
    {
      name: 'Bug report',
      description: 'Tuned in staging',
      attributes: [
        { name: 'Severity', description: 'How bad', data_type: 'list', list_items: ['Low', 'High'] },
        { name: 'Scratch', description: 'Staging experiment', data_type: 'string' },
      ],
    },
    { name: 'Staging experiment' },
  ],
  collections: [{ name: 'Guides', description: 'How-tos', collections: [{ name: 'Setup', description: 'First steps' }] }, { name: 'Lab' }],
};

/** Production still has the old name, and objects of its own. */
const PRODUCTION_SEED: SandboxSeed = {
  help_centers: HELP_CENTERS,
  ticket_types: [
    { name: 'Bug', description: 'Old', attributes: [{ name: 'Severity', description: 'How bad', data_type: 'list', list_items: ['Low'] }] },
    { name: 'Production only', description: 'Kept' },
    { name: 'Not in staging', description: 'Kept too' },
    { name: 'Undeclared' },
  ],
  collections: [{ name: 'Guides', description: 'How-tos' }, { name: 'Old stuff' }],
};

// Every test starts from both seeds again: the tests apply to production.
const w = twoWorkspacesSuite({ tokens: TOKENS, stagingSeed: STAGING_SEED, productionSeed: PRODUCTION_SEED, config: () => config(), freshEachTest: true });

const config = () => `${w.header()}ticket_types:
  - name: Bug report
    previous_names: [Bug]
    description: The file's text
    attributes:
      - name: Severity
        description: How bad
        data_type: list
        list_items: [Low]
  - name: Production only
    workspaces: [production]
  - name: Not in staging
help_center:
  collections:
    - name: Guides
      collections:
        - name: Setup
`;

const cli = (args: string[]) => w.cli(args);
interface PlanJson {
  workspace: string;
  from?: string;
  changes: { action: string; kind: string; name: string; fields?: { path: string; before?: unknown; after?: unknown }[] }[];
  notes?: string[];
}
const promotion = async (...args: string[]) => JSON.parse((await cli(['plan', '--from', 'staging', '-w', 'production', '--json', ...args])).stdout) as PlanJson;
const changed = (plan: PlanJson) => plan.changes.map((c) => `${c.action} ${c.kind} ${c.name}`);
const productionWrites = () => w.production.requests.filter((r) => r.method !== 'GET');
const productionTypes = () => Object.fromEntries(w.production.snapshot().ticket_types.map((t) => [t.name, t]));



describe('plan --from staging -w production', () => {
  test("plans production towards staging's live values, for what the file declares only; nothing is written", async () => {
    const plan = await promotion();
    expect(plan.workspace).toBe('production');
    expect(plan.from).toBe('staging');
    expect(changed(plan)).toEqual(['update ticket_type Bug report', 'update ticket_type_attribute Severity', 'create collection Setup']);
    expect(plan.changes[0]?.fields).toEqual(
      expect.arrayContaining([
        { path: 'name', before: 'Bug', after: 'Bug report' },
        { path: 'description', before: 'Old', after: 'Tuned in staging' },
      ]),
    );
    expect(plan.changes[1]?.fields).toContainEqual({ path: 'list_items', before: ['Low'], after: ['Low', 'High'] });
    expect(plan.notes).toEqual([
      'ticket type "Production only" is not promoted: the config declares it only for other workspaces than "staging"; "production" keeps its own, if it has one, as it is.',
      'ticket type "Not in staging" is not promoted: workspace "staging" has none; "production" keeps its own, if it has one, as it is.',
    ]);
    expect(productionWrites()).toEqual([]);
    expect(w.staging.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    const text = await cli(['plan', '--from', 'staging', '-w', 'production']);
    expect(text.stdout).toContain('Desired state: the live state of workspace "staging" (promotion), not the file\'s values.');
  });

  test('prune archives and deletes what the file does not declare, never what is held back, and only inside a selection', async () => {
    const pruned = await promotion('--prune', '--allow-delete');
    expect(changed(pruned)).toEqual(expect.arrayContaining(['archive ticket_type Undeclared', 'delete collection Old stuff']));
    expect(changed(pruned).filter((c) => /Production only|Not in staging|Staging experiment|Lab|Scratch/.test(c))).toEqual([]);

    const types = await promotion('--prune', '--allow-delete', '--target', 'ticket_type:*');
    expect(changed(types)).toEqual(['update ticket_type Bug report', 'archive ticket_type Undeclared']);
  });

  test('apply --from promotes at once; afterwards promotion has nothing left to do, while diff still shows all of staging', async () => {
    const applied = await cli(['apply', '--from', 'staging', '-w', 'production', '--auto-approve', '--prune', '--allow-delete']);
    expect(applied.code).toBe(0);
    const types = productionTypes();
    expect(types['Bug report']?.description).toBe('Tuned in staging');
    expect(types['Bug']).toBeUndefined();
    expect(types['Production only']?.archived).toBe(false);
    expect(types['Not in staging']?.archived).toBe(false);
    expect(types['Undeclared']?.archived).toBe(true);
    expect(types['Staging experiment']).toBeUndefined();
    expect(w.production.snapshot().collections.map((c) => c.name).sort()).toEqual(['Guides', 'Setup']);

    const again = await cli(['plan', '--from', 'staging', '-w', 'production', '--prune', '--allow-delete', '--detailed-exitcode']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');
    const diff = await cli(['diff', '--from', 'staging', '--to', 'production', '--json']);
    expect(changed(JSON.parse(diff.stdout) as PlanJson)).toEqual(expect.arrayContaining(['create ticket_type Staging experiment', 'create ticket_type_attribute Scratch']));
  });

  test('a saved promotion records its source and applies exactly; it is refused once staging changed, or with another source or selection', async () => {
    const saved = await cli(['plan', '--from', 'staging', '-w', 'production', '--out', 'promote.plan']);
    expect(saved.code).toBe(0);
    const file = JSON.parse(await readFile(join(w.scratch.dir, 'promote.plan'), 'utf8')) as { source: { workspace: string; fingerprints: Record<string, string> } };
    expect(file.source.workspace).toBe('staging');
    expect(Object.keys(file.source.fingerprints).sort()).toEqual(['collection:Guides', 'collection:Guides/Setup', 'ticket_type:Bug report', 'ticket_type_attribute:Bug report/Severity']);

    const otherSelection = await cli(['apply', 'promote.plan', '--auto-approve', '--target', 'ticket_type:*']);
    expect(otherSelection.code).toBe(1);
    expect(otherSelection.stderr).toContain('a selection cannot change a saved plan');
    await cli(['plan', '-w', 'production', '--out', 'plain.plan']);
    const plainWithSource = await cli(['apply', 'plain.plan', '--from', 'staging', '--auto-approve']);
    expect(plainWithSource.code).toBe(1);
    expect(plainWithSource.stderr).toContain('The saved plan was made from the config file, not with --from staging.');

    // Someone tunes staging again after the review: the reviewed plan no longer says what promoting does.
    await w.scratch.write('staging-edit.yaml', config().replace("description: The file's text", 'description: Tuned once more'));
    expect((await cli(['apply', '-c', 'staging-edit.yaml', '-w', 'staging', '--auto-approve', '--target', 'ticket_type:Bug report'])).code).toBe(0);
    const stale = await cli(['apply', 'promote.plan', '--auto-approve']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('The saved plan is stale; workspace "staging", whose live state it promotes, changed since it was made:');
    expect(stale.stderr).toContain('  - ticket_type:Bug report changed');
    // The command that makes it again, as printed, names the workspace it promotes to.
    expect(stale.stderr).toContain('Run `intercom-config plan --from staging -w production --out FILE` again');
    expect(productionWrites()).toEqual([]);

    await cli(['plan', '--from', 'staging', '-w', 'production', '--out', 'promote.plan']);
    const applied = await cli(['apply', 'promote.plan', '--auto-approve']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Desired state: the live state of workspace "staging"');
    expect(productionTypes()['Bug report']?.description).toBe('Tuned once more');
  });

  test('promoting a workspace to itself is refused before anything is read', async () => {
    const result = await cli(['plan', '--from', 'production', '-w', 'production']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--from production names the workspace being planned');
    expect([...w.staging.requests, ...w.production.requests]).toEqual([]);
  });
});
