import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxSeed } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_collections_7c9e6679742540de944be07fc1f90ae7';
const UNMANAGED = Array.from({ length: 60 }, (_, i) => ({ name: `Legacy ${String(i + 1).padStart(2, '0')}`, description: 'old' }));
const SEED: SandboxSeed = {
  help_centers: [
    { identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr', 'de'], default: true },
    { identifier: 'partners', display_name: 'Partners', locales: ['en'] },
  ],
  collections: [...UNMANAGED, { name: 'Partner docs', help_center: 'partners', collections: [{ name: 'API' }] }],
};

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

async function cli(args: string[], body?: string) {
  if (body !== undefined) await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + body);
  const result = await runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN } });
  expect(result.stdout + result.stderr).not.toContain(TOKEN);
  return result;
}

const collections = () => sandbox.snapshot().collections;
const byName = (name: string) => collections().filter((c) => c.name === name);
const writes = () => sandbox.requests.filter((r) => r.method !== 'GET');

const TREE = `
help_center:
  collections:
    - name: Getting started
      description: First steps
      translated_content:
        fr: { name: Premiers pas, description: Premières étapes }
        de: { name: Erste Schritte }
      collections:
        - name: Installation
          description: Install the messenger
          translated_content:
            fr: { name: Installation }
          collections:
            - name: Web
              description: On a website
            - name: Mobile
        - name: Accounts
    - name: Billing
`;

beforeAll(async () => {
  sandbox = await startSandbox({ token: TOKEN, seed: SEED });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  scratch = await scratchDir();
  sandbox.clearRequestLog();
});
afterEach(() => scratch.cleanup());

describe('help-center collections end to end', () => {
  test('a 3-level tree with translations is created parents first; re-plan is empty', async () => {
    const apply = await cli(['apply', '--auto-approve'], TREE);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Apply complete: 6 created.');

    const posts = writes().filter((w) => w.method === 'POST');
    const order = posts.map((p) => (p.body as { name: string }).name);
    expect(order.indexOf('Getting started')).toBeLessThan(order.indexOf('Installation'));
    expect(order.indexOf('Installation')).toBeLessThan(order.indexOf('Web'));
    expect(order.indexOf('Installation')).toBeLessThan(order.indexOf('Mobile'));

    const [start] = byName('Getting started');
    const [install] = byName('Installation');
    expect(install?.parent_id).toBe(start?.id);
    expect(byName('Web')[0]?.parent_id).toBe(install?.id);
    expect(start?.translations['fr']).toEqual({ name: 'Premiers pas', description: 'Premières étapes' });
    expect(start?.translations['de']?.name).toBe('Erste Schritte');

    const again = await cli(['plan', '--detailed-exitcode']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes');
  });

  test('with 60 unmanaged collections over several pages, the plan stays empty and nothing unmanaged is touched', async () => {
    const plan = await cli(['plan', '--detailed-exitcode'], TREE);
    expect(plan.code).toBe(0);
    const pages = sandbox.requests.filter((r) => r.method === 'GET' && r.path === '/help_center/collections');
    expect(pages.length).toBeGreaterThan(1);
    expect(writes()).toEqual([]);

    const blocked = await cli(['apply', '--prune', '--auto-approve']);
    expect(blocked.code).toBe(0);
    expect(blocked.stdout).toContain('Plan: 60 blocked.');
    expect(writes()).toEqual([]);
    expect(collections().filter((c) => c.name.startsWith('Legacy'))).toHaveLength(60);
    // The partners help center is not mentioned by the config: never a candidate.
    expect(blocked.stdout).not.toContain('Partner docs');
  });

  test('rename and move are updates of the same collection', async () => {
    const webId = byName('Web')[0]?.id;
    const accountsId = byName('Accounts')[0]?.id;
    const moved = TREE.replace('        - name: Accounts\n', '')
      .replace('    - name: Billing\n', '    - name: Billing and accounts\n      previous_names: [Billing]\n      collections:\n        - name: Accounts\n')
      .replace('            - name: Web\n', '            - name: Websites\n              previous_names: [Web]\n');
    const plan = await cli(['plan'], moved);
    expect(plan.stdout).toMatch(/~ parent +: "Getting started" → "Billing and accounts"/);
    expect(plan.stdout).toMatch(/~ name +: "Web" → "Websites"/);
    expect(plan.stdout).toContain('Plan: 3 to update.');
    expect((await cli(['apply', '--auto-approve'])).code).toBe(0);
    expect(writes().every((w) => w.method === 'PUT')).toBe(true);
    expect(byName('Websites')[0]?.id).toBe(webId);
    const billing = byName('Billing and accounts')[0];
    expect(byName('Accounts')[0]).toMatchObject({ id: accountsId, parent_id: billing?.id });
    expect((await cli(['plan', '--detailed-exitcode'])).code).toBe(0);
  });

  test('delete is blocked without --allow-delete and goes children first with it', async () => {
    const ids = Object.fromEntries(['Installation', 'Websites', 'Mobile'].map((n) => [n, byName(n)[0]?.id]));
    const withoutInstallation = `
help_center:
  collections:
    - name: Getting started
      description: First steps
      translated_content:
        fr: { name: Premiers pas, description: Premières étapes }
        de: { name: Erste Schritte }
    - name: Billing and accounts
      collections:
        - name: Accounts
`;
    const blocked = await cli(['plan', '--prune', '--detailed-exitcode'], withoutInstallation);
    expect(blocked.code).toBe(2);
    expect(blocked.stdout).toContain('# collection acme-help: "Getting started / Installation / Websites"');
    expect(blocked.stdout).toContain('needs --allow-delete');
    expect(blocked.stdout).toContain('Plan: 63 blocked.');
    expect(writes()).toEqual([]);

    const deleting = await cli(['apply', '--prune', '--allow-delete', '--auto-approve'], withoutInstallation);
    expect(deleting.code).toBe(0);
    const deletes = writes().filter((w) => w.method === 'DELETE').map((w) => w.path.split('/').pop());
    expect(deletes).toHaveLength(63); // Installation, its two children, and the 60 legacy ones
    expect(deletes.indexOf(ids['Websites'])).toBeLessThan(deletes.indexOf(ids['Installation']));
    expect(deletes.indexOf(ids['Mobile'])).toBeLessThan(deletes.indexOf(ids['Installation']));
    expect(byName('Installation')).toEqual([]);
    // The partners help center is not in the config: untouched.
    expect(byName('Partner docs')).toHaveLength(1);
    expect(byName('API')).toHaveLength(1);
    expect((await cli(['plan', '--prune', '--allow-delete', '--detailed-exitcode'])).code).toBe(0);
  });
});

describe('ticket states are verified, never written', () => {
  const STATES = `
ticket_states:
  - internal_label: With engineering
    external_label: In progress
    category: in_progress
  - internal_label: Waiting on customer
    external_label: Waiting for you
    category: waiting_on_customer
ticket_types:
  - name: Incident
    states: [Submitted, With engineering, Waiting on customer, Resolved]
`;

  test('missing and mismatched states are manual changes in text and JSON, and keep --detailed-exitcode at 2', async () => {
    const text = await cli(['plan', '--detailed-exitcode'], STATES);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('! ticket state "With engineering"');
    expect(text.stdout).toContain('missing: create it in Intercom (Settings → Tickets → Ticket states)');
    expect(text.stdout).toContain('change its external label from "Waiting on you" to "Waiting for you"');
    expect(text.stdout).toContain('Plan: 1 to create, 3 manual steps.');

    const json = JSON.parse((await cli(['plan', '--json'])).stdout) as { changes: { kind: string; action: string; name: string; reason?: string }[] };
    expect(json.changes.filter((c) => c.action === 'manual').map((c) => `${c.kind}:${c.name}`)).toEqual([
      'ticket_state:With engineering',
      'ticket_state:Waiting on customer',
      'ticket_type:Incident',
    ]);

    const apply = await cli(['apply', '--auto-approve']);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Apply complete: 1 created.');
    expect(apply.stdout).toContain('Left for you to do in Intercom (the API cannot):');
    expect(writes().map((w) => w.path)).toEqual(['/ticket_types']);
  });
});
