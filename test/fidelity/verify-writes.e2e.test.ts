/**
 * Every write is checked against its answer. A field Intercom silently kept is reported as
 * not applied (field, sent, received, located) with exit 1, and the next plan shows it as
 * a manual step in Intercom instead of sending it again.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { Fidelity, positionOf } from './support.js';

let fx: Fidelity | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const BASE = `
ticket_types:
  - name: Bug report
    category: Customer
    attributes:
      - name: Severity
        description: How bad is it?
        data_type: list
        list_items: [Low, Medium, High]
`;

describe('writes Intercom answers without applying every field', () => {
  test('list_items that Intercom only appends: exit 1 naming field, sent and received at their place; then a manual step, no repeat', async () => {
    const f = (fx = await Fidelity.start({ switches: { list_items_on_update: 'append' } }));
    await f.config(BASE);
    expect((await f.cli(['apply', '--auto-approve'])).code).toBe(0);

    const text = await f.config(BASE.replace('[Low, Medium, High]', '[Low, High]').replace('category: Customer', 'category: Customer\n    description: Broken'));
    const apply = await f.cli(['apply', '--auto-approve']);
    expect(apply.code).toBe(1);
    expect(apply.stdout).toContain('Apply failed: 1 applied, 1 failed, 0 not attempted.');
    expect(apply.stdout).toContain(
      `~ attribute "Bug report" › "Severity": not applied by Intercom: intercom.config.yaml:${positionOf(text, '[Low, High]')}: list_items sent ["Low","High"], received ["Low","Medium","High"]`,
    );
    expect(apply.stdout).toContain('The next plan shows each such field as a manual step in Intercom.');

    f.sandbox.clearRequestLog();
    const plan = await f.cli(['plan', '--detailed-exitcode']);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('! attribute "Bug report" › "Severity"');
    expect(plan.stdout).toContain(
      'Intercom did not apply list_items through the API when it was last sent (it kept ["Low","Medium","High"]): the API does not let intercom-config change it. ' +
        'Change it in Intercom (Settings → Tickets → ticket types → "Bug report" → attribute "Severity"), or write the live value in the config.',
    );
    expect(plan.stdout).toContain('Plan: 1 manual step.');
    const again = await f.cli(['apply', '--auto-approve']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Left for you to do in Intercom');
    expect(f.writes()).toEqual([]);

    // Writing the live value in the config settles it.
    await f.config(BASE.replace('category: Customer', 'category: Customer\n    description: Broken'));
    expect((await f.cli(['plan', '--detailed-exitcode'])).code).toBe(0);
  });

  test('a category Intercom keeps: the other fields of the same write are applied, the category is reported', async () => {
    const f = (fx = await Fidelity.start({ switches: { category_on_update: 'keep' } }));
    await f.config(BASE);
    expect((await f.cli(['apply', '--auto-approve'])).code).toBe(0);
    await f.config(BASE.replace('category: Customer', 'category: Back-office\n    description: Internal now'));
    const apply = await f.cli(['apply', '--auto-approve', '--json']);
    expect(apply.code).toBe(1);
    const result = JSON.parse(apply.stdout);
    expect(result.failed).toEqual([
      expect.objectContaining({
        kind: 'ticket_type',
        name: 'Bug report',
        error: expect.stringMatching(/not applied by Intercom: .*category sent "Back-office", received "Customer"$/),
        not_applied: [{ path: 'category', sent: 'Back-office', received: 'Customer' }],
      }),
    ]);
    expect(f.sandbox.snapshot().ticket_types[0]).toMatchObject({ category: 'Customer', description: 'Internal now' });
    const plan = await f.cli(['plan', '--json']);
    expect(JSON.parse(plan.stdout).changes).toEqual([
      expect.objectContaining({ kind: 'ticket_type', action: 'manual', fields: [{ path: 'category', before: 'Customer', after: 'Back-office' }] }),
    ]);
  });
});
