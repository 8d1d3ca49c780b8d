import { describe, expect, test } from 'vitest';
import type { DesiredCollection } from '../../src/config/config-types.js';
import { createPlan, type Plan } from '../../src/engine/create-plan.js';
import { PlanError } from '../../src/errors.js';
import type { LiveState } from '../../src/live/live-state.js';
import type { DesiredArticle } from '../../src/resources/articles/schema.js';
import type { Change } from '../../src/resources/registry.js';
import { ADMINS, HELP_URL, liveArticle, translation } from '../helpers/article-builders.js';
import { HELP_CENTER, OTHER_HELP_CENTER, config, liveCollection, planInput } from '../helpers/live-builders.js';

const COLLECTIONS = [
  liveCollection({ id: '10', name: 'Getting started' }),
  liveCollection({ id: '11', name: 'Installation', parent_id: '10' }),
  liveCollection({ id: '12', name: 'Billing' }),
];

function plan(articles: DesiredArticle[], live: Partial<LiveState> = {}, options = {}, collections?: DesiredCollection[]): Plan {
  return createPlan(
    planInput(
      config({ help_center: { default_author: 'ada@example.com', articles, ...(collections ? { collections } : {}) } }),
      { helpCenters: [HELP_CENTER, OTHER_HELP_CENTER], collections: COLLECTIONS, articles: [], admins: ADMINS, ...live },
      options,
    ),
  );
}

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanError) return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw error;
  }
  return [];
}

const articles = (p: Plan) => p.changes.filter((c): c is Extract<Change, { kind: 'article' }> => c.kind === 'article');

describe('articles: create and compare', () => {
  test('a new article in a live collection is one create with HTML, the author resolved by email', () => {
    const p = plan([{ title: 'Install', collection: ['Getting started', 'Installation'], body: 'Hello **you**', state: 'published' }]);
    expect(p.changes).toHaveLength(1);
    expect(p.changes[0]).toMatchObject({
      kind: 'article',
      action: 'create',
      address: 'article["acme-help"]["Getting started"]["Installation"]["Install"]',
      help_center: 'acme-help',
      collection: ['Getting started', 'Installation'],
      operation: { type: 'create_article', parent: { id: '11' }, body: { title: 'Install', body: '<p>Hello <strong>you</strong></p>\n', author_id: 501, state: 'published' } },
    });
  });

  test('an article in a collection created by the same plan waits for that create', () => {
    const p = plan([{ title: 'Welcome', collection: ['New section'], body: 'Hi' }], {}, {}, [{ name: 'New section' }]);
    const [collection, article] = p.changes;
    expect(collection).toMatchObject({ kind: 'collection', action: 'create' });
    expect(article).toMatchObject({ operation: { parent: { address: collection!.address } }, dependsOn: [collection!.address] });
  });

  test('a body Intercom\'s editor rewrote (classes, tag spellings, whitespace) is no change; another author email is', () => {
    const live = liveArticle({
      id: '1',
      title: 'Install',
      parent_id: '11',
      body: '<h1 id="h_abc">Steps</h1><p class="no-margin">Open the <b>app</b>.</p>',
      author_id: '501',
    });
    const same = plan([{ title: 'Install', collection: ['Getting started', 'Installation'], body: '# Steps\n\nOpen the **app**.\n' }], { articles: [live] });
    expect(same.changes).toEqual([]);
    const other = plan([{ title: 'Install', collection: ['Getting started', 'Installation'], author: 'grace@example.com' }], { articles: [live] });
    expect(articles(other)[0]).toMatchObject({
      action: 'update',
      fields: [{ path: 'author', before: 'ada@example.com', after: 'grace@example.com' }],
      operation: { type: 'update_article', articleId: '1', body: { author_id: 502 } },
    });
  });

  test('a changed body is shown as a Markdown line diff and sent whole', () => {
    const live = liveArticle({ id: '1', title: 'Install', parent_id: '12', body: '<p>One</p><p>Two</p><p>Three</p>' });
    const [change] = articles(plan([{ title: 'Install', collection: ['Billing'], body: 'One\n\nTwo, changed\n\nThree\n' }], { articles: [live] }));
    const body = change!.fields!.find((f) => f.path === 'body')!;
    expect(body.diff).toEqual([
      { op: ' ', text: 'One' },
      { op: ' ', text: '' },
      { op: '-', text: 'Two' },
      { op: '+', text: 'Two, changed' },
      { op: ' ', text: '' },
      { op: ' ', text: 'Three' },
    ]);
    expect(change!.operation).toMatchObject({ body: { body: '<p>One</p>\n<p>Two, changed</p>\n<p>Three</p>\n' } });
  });
});

describe('articles: identity, renames and moves', () => {
  test('a previous title in the same collection renames the article (same id)', () => {
    const live = liveArticle({ id: '7', title: 'Installing', parent_id: '11' });
    const [change] = articles(plan([{ title: 'Install', previous_titles: ['Installing'], collection: ['Getting started', 'Installation'] }], { articles: [live] }));
    expect(change).toMatchObject({ action: 'update', id: '7', fields: [{ path: 'title', before: 'Installing', after: 'Install' }], operation: { body: { title: 'Install' } } });
  });

  test('the only live article with the title elsewhere in the help center is moved there, renamed on the way', () => {
    const live = liveArticle({ id: '7', title: 'Old name', parent_id: '12' });
    const [change] = articles(plan([{ title: 'New name', previous_titles: ['Old name'], collection: ['Getting started'] }], { articles: [live] }));
    expect(change).toMatchObject({
      action: 'update',
      id: '7',
      fields: [
        { path: 'title', before: 'Old name', after: 'New name' },
        { path: 'collection', before: 'Billing', after: 'Getting started' },
      ],
      operation: { type: 'update_article', articleId: '7', parent: { id: '10' }, body: { title: 'New name' } },
    });
  });

  test('two live articles elsewhere with the title stop the plan naming both ids', () => {
    const live = [liveArticle({ id: '7', title: 'FAQ', parent_id: '12' }), liveArticle({ id: '8', title: 'FAQ', parent_id: '11' })];
    expect(problems(() => plan([{ title: 'FAQ', collection: ['Getting started'] }], { articles: live }))).toEqual([
      expect.stringMatching(/^help_center\.articles\.0\.title: .*ids 7 \("FAQ"\) and 8 \("FAQ"\)/),
    ]);
  });

  test('an article at its place is never taken by another article\'s move', () => {
    const live = [liveArticle({ id: '7', title: 'FAQ', parent_id: '12' })];
    const p = plan([{ title: 'FAQ', collection: ['Getting started'] }, { title: 'FAQ', collection: ['Billing'] }], { articles: live });
    expect(articles(p).map((c) => `${c.action} ${c.collection.join('/')}`)).toEqual(['create Getting started']);
  });

  test('articles of another help center are never matched', () => {
    const partners = liveCollection({ id: '30', name: 'Partner docs', help_center_id: '2' });
    const live = [liveArticle({ id: '7', title: 'FAQ', parent_id: '30' })];
    const p = plan([{ title: 'FAQ', collection: ['Billing'] }], { articles: live, collections: [...COLLECTIONS, partners] });
    expect(articles(p)[0]).toMatchObject({ action: 'create' });
  });
});

describe('articles: links between them', () => {
  const target = liveArticle({ id: '7', title: 'Set up', parent_id: '12', body: '<p>Setup</p>' });

  test('a link to a declared article\'s file becomes its live URL; after a rename the old URL still counts as the same link', () => {
    const decl: DesiredArticle[] = [
      { title: 'Install', collection: ['Billing'], body_file: 'articles/install.md', body: 'See [setup](setup.md#first).' },
      { title: 'Set up', collection: ['Billing'], body_file: 'articles/setup.md', body: 'Setup' },
    ];
    const created = articles(plan(decl, { articles: [target] }));
    expect(created[0]!.operation).toMatchObject({ body: { body: `<p>See <a href="${target.url}#first">setup</a>.</p>\n` } });

    // Intercom keeps the old slug in the linking article after the target's rename.
    const renamed = { ...target, title: 'Setting up', url: `${HELP_URL}/en/articles/7-setting-up` };
    const linking = liveArticle({ id: '8', title: 'Install', parent_id: '12', body: `<p>See <a href="${target.url}#first">setup</a>.</p>` });
    const after = plan([decl[0]!, { ...decl[1]!, title: 'Setting up' }], { articles: [renamed, linking] });
    expect(after.changes).toEqual([]);
  });

  test('a link to an article created in the same apply waits for it and is filled in from its answer', () => {
    const decl: DesiredArticle[] = [
      { title: 'Install', collection: ['Billing'], body_file: 'install.md', body: 'See [setup](setup.md).' },
      { title: 'Set up', collection: ['Billing'], body_file: 'setup.md', body: 'Setup' },
    ];
    const [install, setup] = articles(plan(decl));
    expect(install).toMatchObject({
      dependsOn: [setup!.address],
      operation: { links: [{ in: undefined, token: 0, target: setup!.address, locale: undefined, fragment: '' }] },
    });
    expect(install!.fields!.find((f) => f.path === 'body')!.after).toBe('See [setup](setup.md).');
  });

  test('two new articles linking to each other: one is written twice, nothing waits in a circle', () => {
    const decl: DesiredArticle[] = [
      { title: 'A', collection: ['Billing'], body_file: 'a.md', body: 'To [b](b.md).' },
      { title: 'B', collection: ['Billing'], body_file: 'b.md', body: 'To [a](a.md).' },
    ];
    const changes = articles(plan(decl));
    expect(changes.map((c) => `${c.action} ${c.name} ${c.operation?.type}`)).toEqual([
      'create A create_article',
      'create B create_article',
      'update B relink_article',
    ]);
    // B goes first with its link left empty, then A linking to B, then B again linking to A.
    const [a, b, relink] = changes;
    expect(a!.dependsOn).toEqual([b!.address]);
    expect(b!.dependsOn).toBeUndefined();
    expect(b!.operation).toMatchObject({ links: [{ target: a!.address, deferred: true }] });
    expect(relink).toMatchObject({ address: `${b!.address}#links`, dependsOn: [b!.address, a!.address], operation: { article: { address: b!.address } } });
  });

  test('a link to a translation that does not exist yet waits for the write that adds it', () => {
    const live = liveArticle({ id: '7', title: 'Set up', parent_id: '12', default_locale: 'en', translated_content: {} });
    const decl: DesiredArticle[] = [
      { title: 'Install', collection: ['Billing'], body_file: 'install.md', body: 'x', translated_content: { fr: { title: 'Installer', body_file: 'install.fr.md', body: 'Voir [config](setup.fr.md).' } } },
      { title: 'Set up', collection: ['Billing'], body_file: 'setup.md', body: '', translated_content: { fr: { title: 'Configurer', body_file: 'setup.fr.md', body: 'Config' } } },
    ];
    const [install, setup] = articles(plan(decl, { articles: [live] }));
    expect(setup).toMatchObject({ action: 'update', operation: { body: { translated_content: { fr: { title: 'Configurer', author_id: 501 } } } } });
    expect(install).toMatchObject({ dependsOn: [setup!.address], operation: { links: [{ in: 'fr', target: setup!.address, locale: 'fr' }] } });
  });
});

describe('articles: links to an article without a URL', () => {
  test('a live target Intercom gave no URL, with nothing to write, stops the plan at the linking article', () => {
    const draft = liveArticle({ id: '7', title: 'Set up', parent_id: '12', url: null });
    const decl: DesiredArticle[] = [
      { title: 'Install', collection: ['Billing'], body_file: 'install.md', body: 'See [setup](setup.md).' },
      { title: 'Set up', collection: ['Billing'], body_file: 'setup.md', body: '' },
    ];
    expect(problems(() => plan(decl, { articles: [draft] }))).toEqual([
      expect.stringMatching(/^help_center\.articles\.0\.body_file: a link to "Set up": that article has no URL in Intercom/),
    ]);
  });
});

describe('articles: problems found before any write', () => {
  test('unknown author, unknown collection, a locale the help center lacks, the default locale as a translation', () => {
    const issues = problems(() =>
      plan([
        { title: 'A', collection: ['Nowhere'], body: 'x' },
        { title: 'B', author: 'nobody@example.com' },
        { title: 'C', translated_content: { de: { title: 'C' }, en: { title: 'C' } } },
      ]),
    );
    expect(issues).toEqual([
      expect.stringMatching(/^help_center\.articles\.0\.collection: no collection "Nowhere" in help center "acme-help"/),
      expect.stringMatching(/^help_center\.articles\.1\.author: no teammate of this workspace has the email "nobody@example\.com"/),
      expect.stringMatching(/^help_center\.articles\.2\.translated_content\.de: help center "acme-help" has no "de" language/),
      expect.stringMatching(/^help_center\.articles\.2\.translated_content\.en: "en" is the default language/),
    ]);
  });

  test('an article outside any collection cannot be placed in another help center than the default', () => {
    expect(problems(() => plan([{ title: 'A', help_center: 'partners' }]))).toEqual([expect.stringMatching(/help_center: an article outside any collection is in the default help center/)]);
  });

  test('a collection this plan renames or deletes is not a place for an article under its old path', () => {
    const issues = problems(() => plan([{ title: 'A', collection: ['Billing'] }], {}, {}, [{ name: 'Payments', previous_names: ['Billing'] }]));
    expect(issues).toEqual([expect.stringMatching(/collection "Billing" becomes "Payments" in this plan/)]);
  });
});

describe('articles: pruning', () => {
  const live = [liveArticle({ id: '7', title: 'Declared', parent_id: '12' }), liveArticle({ id: '8', title: 'Legacy', parent_id: '11' })];

  test('unlisted articles are blocked with --prune, deleted only with --allow-delete', () => {
    const decl: DesiredArticle[] = [{ title: 'Declared', collection: ['Billing'] }];
    expect(articles(plan(decl, { articles: live }, { prune: true })).map((c) => `${c.action} ${c.name}`)).toEqual(['blocked Legacy']);
    expect(articles(plan(decl, { articles: live }, { prune: true, allowDelete: true }))[0]).toMatchObject({
      action: 'delete',
      id: '8',
      collection: ['Getting started', 'Installation'],
      operation: { type: 'delete_article', articleId: '8' },
    });
  });

  test('a collection is deleted only after the articles in it are deleted or moved out', () => {
    const decl: DesiredArticle[] = [{ title: 'Declared', collection: ['Getting started'] }];
    const collections: DesiredCollection[] = [{ name: 'Getting started' }];
    const p = plan(decl, { articles: [...live, liveArticle({ id: '9', title: 'Other', parent_id: '12' })] }, { prune: true, allowDelete: true }, collections);
    const byName = new Map(p.changes.map((c) => [`${c.kind} ${c.name}`, c]));
    expect(byName.get('collection Billing')?.dependsOn).toEqual(expect.arrayContaining([byName.get('article Declared')!.address, byName.get('article Other')!.address]));
    expect(byName.get('collection Installation')?.dependsOn).toEqual([byName.get('article Legacy')!.address]);
  });
});

describe('articles: translations', () => {
  test('a live translation is compared per field; a new one is sent whole with the article\'s author', () => {
    const live = liveArticle({
      id: '7',
      title: 'Install',
      parent_id: '12',
      default_locale: 'en',
      translated_content: { en: translation({ title: 'Install', url: `${HELP_URL}/en/articles/7-install` }), fr: translation({ title: 'Installer', url: `${HELP_URL}/fr/articles/7-installer`, state: 'draft' }) },
    });
    const [change] = articles(plan([{ title: 'Install', collection: ['Billing'], translated_content: { fr: { title: 'Installer', state: 'published' } } }], { articles: [live] }));
    expect(change).toMatchObject({
      fields: [{ path: 'translated_content.fr.state', before: 'draft', after: 'published' }],
      operation: { body: { translated_content: { fr: { state: 'published' } } } },
    });
  });
});
