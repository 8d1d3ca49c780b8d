import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sameBody } from '../../src/content/index.js';
import type { RunningSandbox, SandboxOptions, SandboxSeed } from '../../src/sandbox/index.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { openSandbox, withTempDir } from './support/sandbox-client.js';
import type { SandboxClient } from './support/sandbox-client.js';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const SEED: SandboxSeed = {
  help_centers: [
    { identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true, url: 'https://help.acme.test' },
    { identifier: 'partners', display_name: 'Partners', locales: ['en'] },
  ],
  collections: [{ name: 'Getting started', collections: [{ name: 'Installation' }] }, { name: 'API', help_center: 'partners' }],
};

async function open(options: SandboxOptions = {}): Promise<SandboxClient> {
  const opened = await openSandbox({ seed: SEED, ...options });
  sandbox = opened.sandbox;
  return opened.api;
}

const collectionId = (name: string) => Number(sandbox?.snapshot().collections.find((c) => c.name === name)?.id);
const adminId = (email: string) => Number(sandbox?.snapshot().admins.find((a) => a.email === email)?.id);

describe('admins', () => {
  it('lists the seeded teammates with their emails and gets one', async () => {
    const api = await open();
    const list = (await api.get('/admins')).body;
    expect(list.type).toBe('admin.list');
    expect(list.admins.map((a: any) => a.email)).toEqual(['ada@example.com', 'grace@example.com', 'katherine@example.com']);
    expect((await api.get(`/admins/${list.admins[1].id}`)).body).toMatchObject({ type: 'admin', name: 'Grace Hopper', away_status_reason_id: null });
    expect((await api.get('/admins/999999')).body.errors[0]).toEqual({ code: 'admin_not_found', message: 'Admin not found' });
  });
});

describe('articles', () => {
  it('creates an article in a collection with translated content, and reads it back', async () => {
    const api = await open();
    const ada = adminId('ada@example.com');
    const created = await api.post('/articles', {
      title: 'Install the app',
      description: 'Get going',
      body: '<p>Open the store.</p>',
      author_id: ada,
      state: 'published',
      parent_id: collectionId('Installation'),
      parent_type: 'collection',
      translated_content: { fr: { title: "Installer l'application", body: '<p>Ouvrez le store.</p>' }, de: { title: 'Ignored: not a locale of the help center' } },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      type: 'article',
      title: 'Install the app',
      body: '<p>Open the store.</p>',
      author_id: ada,
      state: 'published',
      parent_id: collectionId('Installation'),
      parent_type: 'collection',
      parent_ids: [],
      default_locale: 'en',
      url: `https://help.acme.test/en/articles/${created.body.id}-install-the-app`,
    });
    expect(typeof created.body.id).toBe('string');
    expect(created.body.translated_content.fr).toMatchObject({ type: 'article_content', title: "Installer l'application", author_id: ada, state: 'draft' });
    expect(created.body.translated_content).not.toHaveProperty('de');
    expect((await api.get(`/articles/${created.body.id}`)).body).toEqual(created.body);
  });

  it('requires title and author_id (top level or the default locale), and a teammate as author', async () => {
    const api = await open();
    const noAuthor = await api.post('/articles', { title: 'x', body: 'y', state: 'published' });
    expect(noAuthor.body.errors[0]).toEqual({ code: 'parameter_not_found', message: 'author_id must be in the main body or default locale translated_content object' });
    const ada = adminId('ada@example.com');
    const fromLocale = await api.post('/articles', { translated_content: { en: { title: 'From en', author_id: ada } } });
    expect(fromLocale.body).toMatchObject({ title: 'From en', author_id: ada, state: 'draft', body: '', description: '' });
    expect((await api.post('/articles', { title: 'x', author_id: 424242 })).status).toBe(400);
    expect((await api.post('/articles', { title: 'x', author_id: ada, parent_id: 999999 })).status).toBe(404);
    expect((await api.post('/articles', { title: 'x', author_id: ada, state: 'live' })).status).toBe(400);
  });

  it('single-locale help centers answer no default_locale or translated_content; standalone articles use the default help center', async () => {
    const api = await open();
    const ada = adminId('ada@example.com');
    const partner = (await api.post('/articles', { title: 'Keys', author_id: ada, parent_id: collectionId('API') })).body;
    expect(partner).not.toHaveProperty('translated_content');
    expect(partner.url).toMatch(/^https:\/\/partners\.help\.test\/en\/articles\/\d+-keys$/);
    const standalone = (await api.post('/articles', { title: 'Alone', author_id: ada })).body;
    expect(standalone).toMatchObject({ parent_id: null, parent_type: null, default_locale: 'en' });
    expect(standalone.translated_content.fr).toBeNull();
  });

  it('updates content per locale, moves and detaches, and deletes permanently', async () => {
    const api = await open();
    const ada = adminId('ada@example.com');
    const grace = adminId('grace@example.com');
    const article = (await api.post('/articles', { title: 'Old', author_id: ada, parent_id: collectionId('Getting started') })).body;
    const updated = (await api.put(`/articles/${article.id}`, {
      title: 'New',
      author_id: grace,
      state: 'published',
      parent_id: String(collectionId('Installation')),
      translated_content: { fr: { title: 'Nouveau', body: '<p>Bonjour</p>' } },
    })).body;
    expect(updated).toMatchObject({ id: article.id, title: 'New', author_id: grace, state: 'published', parent_id: collectionId('Installation') });
    expect(updated.translated_content.fr).toMatchObject({ title: 'Nouveau', author_id: grace, state: 'draft' });
    const frOnly = (await api.put(`/articles/${article.id}`, { translated_content: { fr: { state: 'published' } } })).body;
    expect(frOnly).toMatchObject({ title: 'New', state: 'published' });
    expect(frOnly.translated_content.fr).toMatchObject({ title: 'Nouveau', state: 'published' });
    expect((await api.put(`/articles/${article.id}`, { parent_id: null })).body).toMatchObject({ parent_id: null, parent_type: null });
    expect((await api.put(`/articles/${article.id}`, { author_id: 424242, title: 'Refused' })).status).toBe(400);
    expect(sandbox?.snapshot().articles[0]?.content.title).toBe('New');
    expect((await api.delete(`/articles/${article.id}`)).body).toEqual({ id: article.id, object: 'article', deleted: true });
    expect((await api.get(`/articles/${article.id}`)).status).toBe(404);
  });

  it('pages the list newest first, with a pages object even on one page', async () => {
    const api = await open({ perPageMax: 2 });
    const ada = adminId('ada@example.com');
    for (const title of ['One', 'Two', 'Three']) await api.post('/articles', { title, author_id: ada });
    const first = (await api.get('/articles?per_page=2')).body;
    expect(first).toMatchObject({ type: 'list', total_count: 3, pages: { type: 'pages', page: 1, per_page: 2, total_pages: 2 } });
    expect(first.data.map((a: any) => a.title)).toEqual(['Three', 'Two']);
    expect(first.data[0]).not.toHaveProperty('statistics');
    expect((await api.get('/articles?page=2&per_page=2')).body.data.map((a: any) => a.title)).toEqual(['One']);
    expect((await api.get('/articles?page=5')).body.data).toEqual([]);
  });

  it("with articleHtml 'editor', stores bodies as Intercom's editor rewrites them, meaning unchanged", async () => {
    const api = await open({ articleHtml: 'editor' });
    const ada = adminId('ada@example.com');
    const sent = '<h2>Steps</h2>\n<p>Open the <strong>store</strong> and <a href="https://x.test">read</a>.</p>\n<ul>\n<li>one</li>\n</ul>';
    const stored = (await api.post('/articles', { title: 'Edited', author_id: ada, body: sent, translated_content: { fr: { title: 'Édité', body: 'Texte brut' } } })).body;
    expect(stored.body).toMatch(/^<h2 id="h_[0-9a-f]{10}">Steps<\/h2><p class="no-margin">Open the <b>store<\/b> and <a href="https:\/\/x.test" target="_blank" class="intercom-content-link">read<\/a>\.<\/p><ul><li><p class="no-margin">one<\/p><\/li><\/ul>$/);
    expect(sameBody(stored.body, sent)).toBe(true);
    expect(stored.translated_content.fr.body).toBe('<p class="no-margin">Texte brut</p>');
    sandbox?.setArticleHtml('verbatim');
    expect((await api.put(`/articles/${stored.id}`, { body: sent })).body.body).toBe(sent);
  });
});

describe('seeded admins, data attributes and articles', () => {
  it('replaces the default admins, adds custom attributes and places articles by collection path and author email', async () => {
    const api = await open({
      seed: {
        ...SEED,
        admins: [{ id: 900, name: 'Dana', email: 'dana@example.com' }, { name: 'Eve', email: 'eve@example.com' }],
        data_attributes: [{ model: 'contact', name: 'plan_tier', data_type: 'options', options: ['free', 'pro'], archived: true }],
        articles: [
          { title: 'Install', collection: ['Getting started', 'Installation'], author: 'eve@example.com', state: 'published', body: '<p>Hi</p>', translated_content: { fr: { title: 'Installer' } } },
          { title: 'Partner keys', help_center: 'partners' },
        ],
      },
    });
    expect((await api.get('/admins')).body.admins.map((a: any) => [a.id, a.email])).toEqual([['900', 'dana@example.com'], [expect.any(String), 'eve@example.com']]);
    const tier = (await api.get('/data_attributes?model=contact&include_archived=true')).body.data.find((a: any) => a.name === 'plan_tier');
    expect(tier).toMatchObject({ data_type: 'string', options: ['free', 'pro'], archived: true });
    const articles = (await api.get('/articles')).body.data;
    const install = articles.find((a: any) => a.title === 'Install');
    expect(install).toMatchObject({ parent_id: collectionId('Installation'), author_id: adminId('eve@example.com'), state: 'published' });
    expect(install.translated_content.fr).toMatchObject({ title: 'Installer', author_id: adminId('eve@example.com') });
    expect(articles.find((a: any) => a.title === 'Partner keys')).toMatchObject({ author_id: 900, parent_id: null });
    expect(articles.find((a: any) => a.title === 'Partner keys')).not.toHaveProperty('translated_content');
  });

  it('names the seed entry an unknown author or collection comes from', async () => {
    await expect(startSandbox({ seed: { articles: [{ title: 'x', author: 'nobody@example.com' }] } })).rejects.toThrow(/articles\[0\]\.author: no admin has the email 'nobody@example.com'/);
    await expect(startSandbox({ seed: { articles: [{ title: 'x', collection: ['Nope'] }] } })).rejects.toThrow(/articles\[0\]\.parent: no earlier collection at 'Nope'/);
    await expect(startSandbox({ seed: { data_attributes: [{ model: 'contact', name: 'email', data_type: 'string' }] } })).rejects.toThrow(/data_attributes\[0\]\.name/);
  });

  it('persists them, and upgrades a state file written before they existed', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'sandbox.json');
      const first = await startSandbox({ stateFile, seed: { articles: [{ title: 'Kept' }] } });
      const before = first.snapshot();
      await first.close();
      const again = await startSandbox({ stateFile });
      expect(again.snapshot()).toEqual(before);
      await again.close();

      const { admins: _a, data_attributes: _d, articles: _r, ...old } = before;
      await writeFile(stateFile, JSON.stringify(old));
      const upgraded = await startSandbox({ stateFile });
      const state = upgraded.snapshot();
      await upgraded.close();
      expect(state.admins.map((a) => a.email)).toEqual(['ada@example.com', 'grace@example.com', 'katherine@example.com']);
      expect(state.admins.every((a) => Number(a.id) >= old.next_id)).toBe(true);
      expect(state.data_attributes.some((a) => a.model === 'contact' && a.name === 'email')).toBe(true);
      expect(state.articles).toEqual([]);
    });
  });
});
