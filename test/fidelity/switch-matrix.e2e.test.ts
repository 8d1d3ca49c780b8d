/**
 * The switch matrix: plan → apply → re-plan under every value of every sandbox switch
 * (all defaults once, then each other value on its own). Every setting converges (the
 * re-plan is empty), or ends in a clear message located in the file with exit 1 after
 * which the next plan shows a manual step and sends nothing — never a silent loop, never
 * a duplicate, never a write into the wrong help center. Every kind takes part: ticket
 * types and attributes, data attributes, collections in two help centers, and articles
 * (renamed, moved, linked, translated).
 */
import { describe, expect, test } from 'vitest';
import { SANDBOX_SWITCHES, type SandboxState, type SandboxSwitches } from '../../src/sandbox/index.js';
import { Fidelity, positionOf } from './support.js';

const SEED = {
  // Listed before the default one, so a help center guessed by list order is the wrong one.
  help_centers: [
    { identifier: 'partners', display_name: 'Partners', locales: ['en'] },
    { identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true },
  ],
};

const CREATE = `
ticket_types:
  - name: Bug report
    category: Customer
    icon: "🛠️"
    attributes:
      - { name: Severity, description: How bad, data_type: list, list_items: [Low, Medium, High] }
      - { name: Steps, description: What happened, data_type: string }
      - { name: Build, description: Which build, data_type: string }
      - { name: Browser, description: Which browser, data_type: string }
  - name: Refund
    category: Back-office
    is_internal: true
    attributes:
      - { name: Amount, description: How much, data_type: decimal }
help_center:
  collections:
    - name: Getting started
      translated_content: { fr: { name: Premiers pas } }
      collections:
        - name: Installation
          collections: [{ name: Web }]
    - name: Partner docs
      help_center: partners
      collections: [{ name: API }]
  articles:
    - title: Install the app
      collection: [Getting started, Installation]
      body: "# Install\\n\\nOpen the **store**, then [read on](welcome.md).\\n\\n| Step | Where |\\n|---|---|\\n| 1 | Store |\\n"
      state: published
      author: ada@example.com
      translated_content:
        fr: { title: Installer, body: "Ouvrez le magasin.", state: draft }
    - title: Welcome
      body_file: welcome.md
      collection: [Getting started]
      author: grace@example.com
data_attributes:
  contact:
    - { name: plan_tier, description: Billing plan, data_type: options, options: [free, pro] }
  company:
    - { name: seats, description: Licensed seats, data_type: integer }
`;

/** Every kind of update: renames, a removed list option, a new category, translations, new children. */
const EVOLVE = `
ticket_types:
  - name: Bug report
    category: Back-office
    description: Something is broken
    icon: "🛠️"
    attributes:
      - { name: Severity, description: How bad, data_type: list, list_items: [Low, High] }
      - { name: Steps to reproduce, previous_names: [Steps], description: What did you do?, data_type: string }
      - { name: Build, description: Which build, data_type: string }
      - { name: Browser, description: Which browser, data_type: string }
      - { name: Logs, description: Attach logs, data_type: files }
  - name: Refund
    category: Back-office
    is_internal: true
    attributes:
      - { name: Amount, description: How much, data_type: decimal }
help_center:
  collections:
    - name: First steps
      previous_names: [Getting started]
      translated_content: { fr: { name: Premiers pas, description: Pour commencer } }
      collections:
        - name: Installation
          collections: [{ name: Web }, { name: Mobile }]
        - name: Accounts
    - name: Partner docs
      help_center: partners
      collections: [{ name: API }, { name: Webhooks }]
  articles:
    - title: Install the web app
      previous_titles: [Install the app]
      collection: [First steps, Accounts]
      body: "# Install\\n\\nOpen the **app store**, then [read on](welcome.md).\\n\\n| Step | Where |\\n|---|---|\\n| 1 | Store |\\n"
      state: published
      author: grace@example.com
      translated_content:
        fr: { title: Installer l'application, body: "Ouvrez le magasin d'applications.", state: published }
    - title: Welcome
      body_file: welcome.md
      collection: [First steps]
      author: grace@example.com
data_attributes:
  contact:
    - { name: plan_tier, description: Billing plan of the person, data_type: options, options: [free, pro, enterprise] }
  company:
    - { name: seats, description: Seats bought, data_type: integer }
`;

/** What no Intercom can take: refused before any write, whatever the switches. */
const REFUSED = `
ticket_types:
  - name: Question
    category: Customer
    is_internal: true
    attributes:
      - { name: Topic, data_type: string }
`;

type Setting = { label: string; switches: Partial<SandboxSwitches>; notApplied?: string };

const SETTINGS: Setting[] = [
  { label: 'every switch at its default', switches: {} },
  ...Object.entries(SANDBOX_SWITCHES).flatMap(([name, values]) =>
    values.slice(1).map((value): Setting => ({
      label: `${name}: ${value}`,
      switches: { [name]: value },
      ...(name === 'list_items_on_update' ? { notApplied: 'list_items' } : {}),
      ...(name === 'category_on_update' ? { notApplied: 'category' } : {}),
    })),
  ),
];

/** No name twice where names identify, and every collection in its own help center. */
function expectSound(state: SandboxState): void {
  const twice = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);
  expect(twice(state.ticket_types.filter((t) => !t.archived).map((t) => t.name)), 'ticket types').toEqual([]);
  for (const type of state.ticket_types) expect(twice(type.attributes.map((a) => a.name)), type.name).toEqual([]);
  expect(twice(state.collections.map((c) => `${c.help_center_id}/${c.parent_id}/${c.name}`)), 'collections').toEqual([]);
  expect(twice(state.articles.map((a) => `${a.help_center_id}/${a.parent_id}/${a.content.title}`)), 'articles').toEqual([]);
  expect(twice(state.data_attributes.filter((a) => a.custom).map((a) => a.name)), 'data attributes').toEqual([]);
  const helpCenter = Object.fromEntries(state.help_centers.map((h) => [h.id, h.identifier]));
  const byId = new Map(state.collections.map((c) => [c.id, c]));
  for (const c of state.collections) {
    let top = c;
    while (top.parent_id !== null) top = byId.get(top.parent_id) ?? top;
    expect(helpCenter[c.help_center_id], c.name).toBe(top.name === 'Partner docs' ? 'partners' : 'acme-help');
  }
}

describe.each(SETTINGS)('under $label', ({ switches, notApplied }) => {
  test('plan → apply → re-plan converges, or ends located with exit 1 and a manual step after', async () => {
    const f = await Fidelity.start({ seed: SEED, switches });
    try {
      const refused = await f.config(REFUSED);
      const refusal = await f.cli(['plan']);
      expect(refusal.code).toBe(1);
      expect(refusal.stderr).toContain(`intercom.config.yaml:${positionOf(refused, 'true')}: ticket_types[0].is_internal:`);
      expect(f.writes()).toEqual([]);

      await f.file('welcome.md', 'Welcome! Start *here*.\n');
      await f.config(CREATE);
      const created = await f.cli(['apply', '--auto-approve']);
      expect(created.code, created.stdout + created.stderr).toBe(0);
      expectSound(f.sandbox.snapshot());
      const bug = f.sandbox.snapshot().ticket_types.find((t) => t.name === 'Bug report')!;
      expect(bug.attributes.filter((a) => !a.default).map((a) => a.name)).toEqual(['Severity', 'Steps', 'Build', 'Browser']);
      expect((await f.cli(['plan', '--detailed-exitcode'])).code).toBe(0);

      const evolved = await f.config(EVOLVE);
      const apply = await f.cli(['apply', '--auto-approve']);
      expectSound(f.sandbox.snapshot());
      // Renamed and moved, not recreated: still the two articles created first.
      expect(f.sandbox.snapshot().articles.map((a) => a.content.title).sort()).toEqual(['Install the web app', 'Welcome']);
      const replan = await f.cli(['plan', '--detailed-exitcode']);
      if (notApplied === undefined) {
        expect(apply.code, apply.stdout + apply.stderr).toBe(0);
        expect(replan.stdout).toContain('No changes');
        expect(replan.code).toBe(0);
      } else {
        const field = notApplied === 'list_items' ? '[Low, High]' : 'Back-office';
        expect(apply.code).toBe(1);
        expect(apply.stdout).toMatch(new RegExp(`not applied by Intercom: intercom\\.config\\.yaml:${positionOf(evolved, field)}: ${notApplied} sent `));
        expect(replan.code).toBe(2);
        expect(replan.stdout).toContain(`Intercom did not apply ${notApplied} through the API`);
        expect(replan.stdout).toContain('Plan: 1 manual step.');
        f.sandbox.clearRequestLog();
        expect((await f.cli(['apply', '--auto-approve'])).code).toBe(0);
        expect(f.writes()).toEqual([]);
      }
    } finally {
      await f.close();
    }
  });
});
