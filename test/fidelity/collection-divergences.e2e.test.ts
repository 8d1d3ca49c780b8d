/**
 * Issue 11, divergences 1, 3, 4 and 8: what the real API does with collections and help
 * centers that the sandbox used not to, each reproduced by a sandbox switch (or its
 * version-gated answers) and checked through the CLI.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { SandboxOptions } from '../../src/sandbox/index.js';
import { Fidelity, positionOf } from './support.js';

let fx: Fidelity | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const TWO_HELP_CENTERS = {
  help_centers: [
    { identifier: 'partners', display_name: 'Partners', locales: ['en'] },
    { identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true },
  ],
};

async function open(options: SandboxOptions, apiVersion?: string): Promise<Fidelity> {
  fx = await Fidelity.start(options, apiVersion);
  return fx;
}

describe('1. child collections answered with help_center_id: null', () => {
  const TREE = `
help_center:
  collections:
    - name: Partner docs
      help_center: partners
      collections:
        - name: API
          collections: [{ name: Webhooks }]
    - name: Guides
      collections: [{ name: Setup }]
`;

  test('belong to their parent\'s help center: re-plan is empty, nothing is created twice, export and prune see them', async () => {
    const f = await open({ seed: TWO_HELP_CENTERS, switches: { child_help_center_id: 'null' } });
    await f.config(TREE);
    expect((await f.cli(['apply', '--auto-approve'])).code).toBe(0);
    const state = f.sandbox.snapshot();
    const partners = state.help_centers.find((h) => h.identifier === 'partners')!.id;
    expect(state.collections.filter((c) => ['Partner docs', 'API', 'Webhooks'].includes(c.name)).map((c) => c.help_center_id)).toEqual([partners, partners, partners]);

    const again = await f.cli(['plan', '--prune', '--allow-delete', '--detailed-exitcode']);
    expect(again.stdout).toContain('No changes');
    expect(again.code).toBe(0);
    expect(f.sandbox.snapshot().collections).toHaveLength(5);

    const exported = (await f.cli(['export'])).stdout.replace(/\n\s+description: ""/g, '');
    expect(exported).toMatch(/- name: Guides\n\s+collections:\n\s+- name: Setup\n/);
    expect(exported).toMatch(/- name: Partner docs\n\s+help_center: partners\n\s+collections:\n\s+- name: API\n\s+collections:\n\s+- name: Webhooks\n/);
  });
});

describe('3. a collection\'s name is its default locale\'s content', () => {
  test('a rename with a changed translation never sends the default locale: it converges even when a translation wins', async () => {
    const f = await open({ switches: { name_vs_translation: 'translation-wins' } });
    await f.config(`
help_center:
  collections:
    - name: Getting started
      translated_content:
        fr: { name: Premiers pas }
`);
    expect((await f.cli(['apply', '--auto-approve'])).code).toBe(0);
    f.sandbox.clearRequestLog();
    await f.config(`
help_center:
  collections:
    - name: First steps
      previous_names: [Getting started]
      translated_content:
        fr: { name: Premiers pas, description: Pour commencer }
`);
    const apply = await f.cli(['apply', '--auto-approve']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    const [put] = f.writes();
    expect(put?.body).toEqual({ name: 'First steps', translated_content: { fr: { name: 'Premiers pas', description: 'Pour commencer' } } });
    expect(f.sandbox.snapshot().collections.map((c) => c.name)).toEqual(['First steps']);
    expect((await f.cli(['plan', '--detailed-exitcode'])).code).toBe(0);
  });

  test('a default-locale translation that contradicts the name is refused, located, before any write', async () => {
    const f = await open({});
    const text = await f.config(`
help_center:
  collections:
    - name: Getting started
      translated_content:
        en: { name: Welcome }
`);
    const plan = await f.cli(['plan']);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain(`intercom.config.yaml:${positionOf(text, 'Welcome')}: translated_content.en.name is "Welcome"`);
    expect(f.writes()).toEqual([]);
  });
});

describe('4. the default help center below API 2.16', () => {
  const TOP = `
help_center:
  collections:
    - name: Billing
`;

  test('is read from a 2.16 answer, never guessed by list order', async () => {
    const f = await open({ seed: TWO_HELP_CENTERS }, '2.14');
    await f.config(TOP);
    expect((await f.cli(['apply', '--auto-approve'])).code).toBe(0);
    const state = f.sandbox.snapshot();
    const acme = state.help_centers.find((h) => h.identifier === 'acme-help')!.id;
    expect(state.collections.map((c) => [c.name, c.help_center_id])).toEqual([['Billing', acme]]);
    const versions = f.sandbox.requests.map((r) => `${r.method} ${r.path} ${r.apiVersion}`);
    expect(versions).toContain('GET /help_center/help_centers 2.16');
    expect(versions).toContain('POST /help_center/collections 2.14');
    expect(versions.filter((v) => v.endsWith('2.16')).every((v) => v.startsWith('GET /help_center/help_centers'))).toBe(true);
  });
});

describe('8. paging you can trust', () => {
  const LEGACY = Array.from({ length: 60 }, (_, i) => ({ name: `Legacy ${String(i + 1).padStart(2, '0')}` }));

  test('`pages: null` on a page that is not the last: the pages are followed to total_count, so nothing is created twice', async () => {
    const f = await open({ seed: { collections: LEGACY }, switches: { collection_pages_null: 'always' } });
    // The oldest collections are listed last, on the second page.
    await f.config(`
help_center:
  collections:
    - name: Legacy 01
    - name: Legacy 02
`);
    const plan = await f.cli(['plan', '--detailed-exitcode']);
    expect(plan.stdout).toContain('No changes');
    expect(plan.code).toBe(0);
    const pages = f.sandbox.requests.filter((r) => r.path === '/help_center/collections').map((r) => r.query);
    expect(pages).toEqual(['page=1&per_page=150', 'page=2&per_page=150']);
  });

  test('paged help centers are followed too', async () => {
    const f = await open({ seed: TWO_HELP_CENTERS, switches: { help_center_pages: 'paged' } });
    await f.config(`
help_center:
  collections:
    - name: Billing
      help_center: acme-help
    - name: Partners
      help_center: partners
`);
    const apply = await f.cli(['apply', '--auto-approve']);
    expect(apply.code, apply.stderr).toBe(0);
    const byName = Object.fromEntries(f.sandbox.snapshot().collections.map((c) => [c.name, c.help_center_id]));
    const ids = Object.fromEntries(f.sandbox.snapshot().help_centers.map((h) => [h.identifier, h.id]));
    expect(byName).toEqual({ Billing: ids['acme-help'], Partners: ids['partners'] });
  });
});
