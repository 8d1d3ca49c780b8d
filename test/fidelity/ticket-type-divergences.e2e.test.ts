/**
 * Issue 11, divergences 2, 5, 6, 7 and 9: ticket types and attributes as the real API
 * treats them, each reproduced by a sandbox switch (or seed) and checked through the CLI.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { SandboxOptions } from '../../src/sandbox/index.js';
import { Fidelity, positionOf } from './support.js';

let fx: Fidelity | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

async function open(options: SandboxOptions = {}): Promise<Fidelity> {
  fx = await Fidelity.start(options);
  return fx;
}

const attributeNames = (f: Fidelity, type: string) =>
  f.sandbox
    .snapshot()
    .ticket_types.find((t) => t.name === type)!
    .attributes.filter((a) => !a.default)
    .sort((a, b) => a.order - b.order)
    .map((a) => a.name);

describe('2. an attribute is never created without a description', () => {
  test('the plan stops before the first write, naming each such attribute at its place in the file', async () => {
    const f = await open({ switches: { empty_attribute_description: 'reject' } });
    const text = await f.config(`
ticket_types:
  - name: Bug report
    attributes:
      - name: Severity
        data_type: list
        list_items: [Low, High]
      - name: Steps
        description: ""
        data_type: string
      - name: Build
        description: Which build?
        data_type: string
`);
    for (const args of [['plan'], ['apply', '--auto-approve']]) {
      const result = await f.cli(args);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Cannot plan: 2 problems');
      expect(result.stderr).toContain(`intercom.config.yaml:${positionOf(text, 'Severity')}: attribute "Severity" of ticket type "Bug report" would be created without a description`);
      expect(result.stderr).toContain(`intercom.config.yaml:${positionOf(text, '""')}: attribute "Steps" of ticket type "Bug report" would be created without a description`);
    }
    expect(f.writes()).toEqual([]);
  });
});

describe('5. is_internal: true on a Customer ticket type', () => {
  test('is refused offline by validate when the file says Customer, and at plan time when Intercom does', async () => {
    const f = await open({ seed: { ticket_types: [{ name: 'Question', category: 'Customer' }] }, switches: { customer_is_internal: 'force-false' } });
    const declared = await f.config(`
ticket_types:
  - name: Refund
    category: Customer
    is_internal: true
`);
    const validate = await f.cli(['validate']);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain(`intercom.config.yaml:${positionOf(declared, 'true')}: ticket_types[0].is_internal: ticket type "Refund" is a Customer ticket type, and Intercom always shares Customer tickets with customers`);

    const live = await f.config(`
ticket_types:
  - name: Question
    is_internal: true
`);
    const plan = await f.cli(['apply', '--auto-approve']);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain(`intercom.config.yaml:${positionOf(live, 'true')}: ticket type "Question" is a Customer ticket type`);
    expect(f.writes()).toEqual([]);
  });
});

describe('6. an archived and an active object with one name', () => {
  test('the active one is matched and the plan says so; the archived one is left alone', async () => {
    const f = await open({
      seed: {
        ticket_types: [
          { id: 7, name: 'Bug report', archived: true },
          {
            id: 8,
            name: 'Bug report',
            attributes: [
              { id: 80, name: 'Severity', description: 'Old', data_type: 'string', archived: true },
              { id: 81, name: 'Severity', description: 'Old', data_type: 'string' },
            ],
          },
        ],
      },
    });
    await f.config(`
ticket_types:
  - name: Bug report
    description: Something is broken
    attributes:
      - name: Severity
        description: How bad is it?
        data_type: string
`);
    const plan = await f.cli(['plan']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('ticket type "Bug report": matched the active one (id 8); an archived one with the same name (id 7) is left alone');
    expect(plan.stdout).toContain('attribute "Bug report" › "Severity": matched the active one (id 81); an archived one with the same name (id 80) is left alone');
    expect(plan.stdout).toContain('~ ticket type "Bug report" (id 8)');
    expect((await f.cli(['apply', '--auto-approve'])).code).toBe(0);
    expect(f.writes().map((w) => `${w.method} ${w.path}`)).toEqual(['PUT /ticket_types/8', 'PUT /ticket_types/8/attributes/81']);
    expect((await f.cli(['plan', '--detailed-exitcode'])).code).toBe(0);
  });
});

describe('7. attribute creation order is the form order', () => {
  const SIX = ['Severity', 'Area', 'Steps', 'Build', 'Browser', 'Logs'];

  test('one type\'s attributes are created one after another in config order, even when requests are processed out of order', async () => {
    const f = await open({ switches: { request_order: 'shuffled' } });
    const attributes = SIX.map((name) => `      - { name: ${name}, description: About ${name}, data_type: string }`).join('\n');
    await f.config(`
ticket_types:
  - name: Bug report
    attributes:
${attributes}
  - name: Question
    attributes:
${attributes}
`);
    expect((await f.cli(['apply', '--auto-approve', '--concurrency', '16'])).code).toBe(0);
    expect(attributeNames(f, 'Bug report')).toEqual(SIX);
    expect(attributeNames(f, 'Question')).toEqual(SIX);
    expect((await f.cli(['plan', '--detailed-exitcode'])).code).toBe(0);
  });

  test('when the live order differs from the config, the plan says so and how to fix it', async () => {
    const f = await open({
      seed: {
        ticket_types: [
          {
            name: 'Bug report',
            attributes: [
              { name: 'Severity', description: 'x', data_type: 'string' },
              { name: 'Steps', description: 'x', data_type: 'string' },
            ],
          },
        ],
      },
    });
    await f.config(`
ticket_types:
  - name: Bug report
    attributes:
      - { name: Area, description: x, data_type: string }
      - { name: Steps, description: x, data_type: string }
      - { name: Severity, description: x, data_type: string }
`);
    const plan = await f.cli(['plan', '--json']);
    expect(JSON.parse(plan.stdout).notes).toEqual([
      'attributes of ticket type "Bug report" will be in the order "Severity", "Steps", "Area" in Intercom, not "Area", "Steps", "Severity" as in the config: ' +
        'Intercom orders attributes by creation and the API cannot reorder them. Drag them into place in Intercom (Settings → Tickets → "Bug report"), or list them in the config in Intercom\'s order',
    ]);
  });
});

describe('9. icons with and without the emoji variation selector', () => {
  test('compare as equal, so a workspace that strips U+FE0F converges', async () => {
    const f = await open({ switches: { icon_variation_selector: 'stripped' } });
    await f.config(`
ticket_types:
  - name: Escalation
    icon: "🛠️"
`);
    expect((await f.cli(['apply', '--auto-approve'])).code).toBe(0);
    expect(f.sandbox.snapshot().ticket_types[0]?.icon).toBe('🛠');
    const again = await f.cli(['plan', '--detailed-exitcode']);
    expect(again.stdout).toContain('No changes');
    expect(again.code).toBe(0);
  });
});
