/**
 * Articles end to end, through the CLI against the sandbox, once with bodies stored as sent
 * and once rewritten the way Intercom's editor does: three languages, nested collections,
 * drafts and published articles, links between new articles (one pair linking both ways),
 * a rename through previous_titles, a move to another collection, a body edit and a prune.
 * After every apply, planning again shows no changes.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxSeed } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_articles_5d1f0c7e9a2b4c6d8e0f1a2b3c4d5e6f';
const SEED: SandboxSeed = {
  help_centers: [{ identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr', 'de'], default: true }],
  articles: [{ title: 'Legacy notes', body: '<p>Old</p>' }],
};

const FILES: Record<string, string> = {
  'articles/install.md': [
    '# Install the app',
    '',
    'Open the **app store**, then [set up your account](setup.md). Questions? See the [billing FAQ](billing.md#refunds).',
    '',
    '## Steps',
    '',
    '1. Download the app',
    '2. Sign in',
    '   - with your *work* email',
    '',
    '```sh',
    'acme login',
    '```',
    '',
  ].join('\n'),
  'articles/install.fr.md': "# Installer l'application\n\nEnsuite, [configurez votre compte](setup.fr.md).\n",
  'articles/install.de.md': '# App installieren\n\nErst **laden**, dann öffnen.\n',
  'articles/setup.md': '# Set up your account\n\nInstalled the app? If not, start [here](install.md#steps).\n',
  'articles/setup.fr.md': '# Configurer votre compte\n\nRetour à [l\'installation](install.fr.md).\n',
  'articles/billing.md': [
    '# Billing',
    '',
    '| Plan | Price |',
    '| --- | --- |',
    '| Basic | 10 € |',
    '',
    '![invoice](https://cdn.example.com/invoice.png)',
    '',
    '## Refunds',
    '',
    'Within 30 days.',
    '',
  ].join('\n'),
};

const CONFIG = (billingTitle = 'Billing FAQ', setupCollection = '[Getting started]') => `
help_center:
  default_author: ada@example.com
  collections:
    - name: Getting started
      collections:
        - name: Installation
    - name: Billing
  articles:
    - title: Install the app
      collection: [Getting started, Installation]
      description: Everything you need
      body_file: articles/install.md
      state: published
      translated_content:
        fr: { title: Installer l'application, body_file: articles/install.fr.md, state: published }
        de: { title: App installieren, body_file: articles/install.de.md, state: draft, author: katherine@example.com }
    - title: Set up your account
      collection: ${setupCollection}
      body_file: articles/setup.md
      state: draft
      translated_content:
        fr: { title: Configurer votre compte, body_file: articles/setup.fr.md }
    - title: ${billingTitle}
${billingTitle === 'Billing FAQ' ? '' : '      previous_titles: [Billing FAQ]\n'}      collection: [Billing]
      author: grace@example.com
      body_file: articles/billing.md
      state: published
`;

describe.each(['verbatim', 'editor'] as const)('articles end to end, bodies stored %s', (articleHtml) => {
  let sandbox: RunningSandbox;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;

  async function cli(args: string[], body?: string) {
    if (body !== undefined) await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + body);
    sandbox.clearRequestLog();
    const result = await runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN } });
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
    return result;
  }
  const articles = () => sandbox.snapshot().articles;
  const article = (title: string) => articles().find((a) => a.content.title === title);
  const writes = () => sandbox.requests.filter((r) => r.method !== 'GET');
  async function expectNoChanges(...flags: string[]) {
    const again = await cli(['plan', '--detailed-exitcode', ...flags]);
    expect(again.stdout + again.stderr).toContain('No changes');
    expect(again.code).toBe(0);
    expect(writes()).toEqual([]);
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ token: TOKEN, seed: SEED, articleHtml });
    scratch = await scratchDir();
    await mkdir(`${scratch.dir}/articles`);
    for (const [name, text] of Object.entries(FILES)) await scratch.write(name, text);
  });
  afterAll(async () => {
    await sandbox.close();
    await scratch.cleanup();
  });

  test('three languages, nested collections, drafts and published, links between new articles: created, then no changes', async () => {
    const apply = await cli(['apply', '--auto-approve'], CONFIG());
    expect(apply.code).toBe(0);
    // 3 collections, 3 articles, and one article written a second time for the links that go both ways.
    expect(apply.stdout).toContain('Apply complete: 6 created, 1 updated.');

    const install = article('Install the app')!;
    const setup = article('Set up your account')!;
    const billing = article('Billing FAQ')!;
    const collections = sandbox.snapshot().collections;
    expect(install.parent_id).toBe(collections.find((c) => c.name === 'Installation')?.id);
    expect(install.content.state).toBe('published');
    expect(setup.content.state).toBe('draft');
    expect(Object.keys(install.translations).sort()).toEqual(['de', 'fr']);
    expect(install.translations['de']).toMatchObject({ title: 'App installieren', state: 'draft' });
    expect(install.translations['fr']?.state).toBe('published');
    const admins = sandbox.snapshot().admins;
    expect(install.translations['de']?.author_id).toBe(admins.find((a) => a.email === 'katherine@example.com')?.id);
    expect(billing.content.author_id).toBe(admins.find((a) => a.email === 'grace@example.com')?.id);

    // Links are the targets' Intercom URLs, in the linking content's language.
    expect(install.content.body).toContain(`/en/articles/${setup.id}-set-up-your-account"`);
    expect(install.content.body).toContain(`/en/articles/${billing.id}-billing-faq#refunds"`);
    expect(install.translations['fr']?.body).toContain(`/fr/articles/${setup.id}-configurer-votre-compte"`);
    expect(setup.content.body).toContain(`/en/articles/${install.id}-install-the-app#steps"`);
    expect(setup.translations['fr']?.body).toContain(`/fr/articles/${install.id}-installer-l-application"`);
    if (articleHtml === 'editor') expect(install.content.body).toContain('class="intercom-content-link"');

    await expectNoChanges();
  });

  test('a rename through previous_titles keeps the article; links to it under the old URL are not a change', async () => {
    const id = article('Billing FAQ')!.id;
    const plan = await cli(['plan'], CONFIG('Payments FAQ'));
    expect(plan.stdout).toMatch(/~ title +: "Billing FAQ" → "Payments FAQ"/);
    expect(plan.stdout).toContain('Plan: 1 to update.');
    expect((await cli(['apply', '--auto-approve'])).code).toBe(0);
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([`PUT /articles/${id}`]);
    expect(article('Payments FAQ')?.id).toBe(id);
    // "Install the app" still links with the old slug, which Intercom resolves by id.
    expect(article('Install the app')?.content.body).toContain(`/en/articles/${id}-billing-faq#refunds`);
    await expectNoChanges();
  });

  test('a move to another collection keeps the article', async () => {
    const id = article('Set up your account')!.id;
    const plan = await cli(['plan'], CONFIG('Payments FAQ', '[Getting started, Installation]'));
    expect(plan.stdout).toMatch(/~ collection +: "Getting started" → "Getting started \/ Installation"/);
    expect((await cli(['apply', '--auto-approve'])).code).toBe(0);
    const moved = article('Set up your account')!;
    expect(moved.id).toBe(id);
    expect(moved.parent_id).toBe(sandbox.snapshot().collections.find((c) => c.name === 'Installation')?.id);
    await expectNoChanges();
  });

  test('a body edit is planned as a readable line diff, applied, and then no change', async () => {
    await scratch.write('articles/install.de.md', '# App installieren\n\nErst **laden**, dann starten.\n');
    const plan = await cli(['plan']);
    expect(plan.stdout).toMatch(/~ translated_content\.de\.body : \+1 −1 lines/);
    expect(plan.stdout).toContain('- Erst **laden**, dann öffnen.');
    expect(plan.stdout).toContain('+ Erst **laden**, dann starten.');
    expect(plan.stdout).not.toContain('<p');
    expect((await cli(['apply', '--auto-approve'])).code).toBe(0);
    expect(article('Install the app')?.translations['de']?.body).toContain('starten');
    await expectNoChanges();
  });

  test('unlisted articles are blocked with --prune and deleted only with --allow-delete', async () => {
    const blocked = await cli(['plan', '--prune', '--detailed-exitcode']);
    expect(blocked.code).toBe(2);
    expect(blocked.stdout).toContain('# article "Legacy notes" (acme-help: no collection)');
    expect(blocked.stdout).toContain('Plan: 1 blocked.');
    const deleted = await cli(['apply', '--prune', '--allow-delete', '--auto-approve']);
    expect(deleted.code).toBe(0);
    expect(writes().map((w) => w.method)).toEqual(['DELETE']);
    expect(article('Legacy notes')).toBeUndefined();
    await expectNoChanges('--prune', '--allow-delete');
  });
});
