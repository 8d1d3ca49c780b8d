/**
 * A source workspace that holds a name twice (Intercom lets two ticket types or sibling
 * collections share one): objects are matched by name, so neither `diff` nor `plan
 * --from` may promote either of them, nor touch what the target holds under that name.
 */
import { describe, expect, test } from 'vitest';
import { twoWorkspacesSuite } from '../helpers/two-workspaces.js';

const TOKENS = { INTERCOM_TOKEN_STAGING: 'tok_staging_dup_41c9', INTERCOM_TOKEN_PRODUCTION: 'tok_production_dup_7d2e' };

const w = twoWorkspacesSuite({
  tokens: TOKENS,
  stagingSeed: {
    ticket_types: [
      { name: 'Dup', description: 'First' },
      { name: 'Dup', description: 'Second' },
      { name: 'Bug report', description: 'Staging text' },
      { name: 'Other', description: 'Only in staging' },
    ],
    collections: [{ name: 'Guides' }, { name: 'Guides', collections: [{ name: 'Setup' }] }, { name: 'Billing' }],
  },
  productionSeed: {
    ticket_types: [{ name: 'Dup', description: 'Production text', attributes: [{ name: 'Area', description: 'Where', data_type: 'string' }] }],
    collections: [{ name: 'Guides', collections: [{ name: 'Setup' }, { name: 'Team' }] }],
  },
  freshEachTest: true,
  config: () => `${w.header()}ticket_types:\n  - name: Bug report\nhelp_center:\n  collections: []\n`,
});

const changes = (stdout: string) => (JSON.parse(stdout) as { changes: { action: string; kind: string; name: string }[] }).changes.map((c) => `${c.action} ${c.kind} ${c.name}`);
const notes = (stdout: string) => (JSON.parse(stdout) as { notes?: string[] }).notes ?? [];

describe('a name staging holds twice', () => {
  test('diff leaves it out, with what production holds under it, even with --prune, and says why', async () => {
    const diff = await w.cli(['diff', '--from', 'staging', '--to', 'production', '--prune', '--allow-delete', '--json']);
    expect(diff.code, diff.stderr).toBe(0);
    const planned = changes(diff.stdout);
    expect(planned).toEqual(expect.arrayContaining(['create ticket_type Bug report', 'create ticket_type Other', 'create collection Billing']));
    expect(planned.filter((c) => /Dup|Guides|Setup|Team|Area/.test(c))).toEqual([]);
    expect(notes(diff.stdout)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('ticket type "Dup" is not promoted: workspace "staging" has 2 with this name'),
        expect.stringContaining('collection "Guides" is not promoted: workspace "staging" has 2 with this name'),
      ]),
    );
  });

  test('plan --from promotes only what the file declares: never one of the two', async () => {
    const plan = await w.cli(['plan', '--from', 'staging', '-w', 'production', '--json']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(changes(plan.stdout)).toEqual(['create ticket_type Bug report']);
  });

  test('plan --from holds back a declared name staging holds twice', async () => {
    await w.scratch.write('intercom.config.yaml', `${w.header()}ticket_types:\n  - name: Dup\n  - name: Bug report\n`);
    const plan = await w.cli(['plan', '--from', 'staging', '-w', 'production', '--prune', '--json']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(changes(plan.stdout)).toEqual(['create ticket_type Bug report']);
    expect(notes(plan.stdout)).toContainEqual(expect.stringContaining('Rename or archive all but one of them in "staging" to promote it.'));
  });
});
