/**
 * Promoting articles: staging's articles are exported as Markdown files and applied to
 * production, whose ids (of collections, articles and the very same admins) all differ.
 * Authors travel by email and links between articles as links between files, so
 * production ends up linking to its own articles and `diff` shows nothing left to do.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SandboxSeed } from '../../src/sandbox/index.js';
import { twoWorkspacesSuite } from '../helpers/two-workspaces.js';

const TOKENS = { INTERCOM_TOKEN_STAGING: 'tok_staging_articles_3e8a', INTERCOM_TOKEN_PRODUCTION: 'tok_production_articles_7c1f' };
const HELP_CENTERS: SandboxSeed['help_centers'] = [{ identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true }];
const STAGING_SEED: SandboxSeed = {
  help_centers: HELP_CENTERS,
  admins: [
    { id: 101, name: 'Ada Lovelace', email: 'ada@example.com' },
    { id: 102, name: 'Grace Hopper', email: 'grace@example.com' },
  ],
};
// Same people, other ids, other order; other objects first, so no id lines up by chance.
const PRODUCTION_SEED: SandboxSeed = {
  help_centers: HELP_CENTERS,
  admins: [
    { id: 9002, name: 'Grace Hopper', email: 'grace@example.com' },
    { id: 9001, name: 'Ada Lovelace', email: 'ada@example.com' },
  ],
  collections: [{ name: 'Announcements' }, { name: 'Status' }],
  articles: [{ title: 'Maintenance window', collection: ['Status'], body: '<p>Sunday</p>' }],
};

const w = twoWorkspacesSuite({
  tokens: TOKENS,
  stagingSeed: STAGING_SEED,
  productionSeed: PRODUCTION_SEED,
  sandbox: { articleHtml: 'editor' },
  config: () => w.header() + STAGING_ARTICLES,
});

const STAGING_ARTICLES = `help_center:
  default_author: ada@example.com
  collections:
    - name: Guides
      collections:
        - name: Mobile
  articles:
    - title: Install on iOS
      collection: [Guides, Mobile]
      body_file: src/ios.md
      state: published
      translated_content:
        fr: { title: Installer sur iOS, body_file: src/ios.fr.md, state: published }
    - title: Troubleshooting
      collection: [Guides]
      author: grace@example.com
      body_file: src/troubleshooting.md
`;

const cli = (args: string[], cwd?: string) => w.cli(args, cwd);

beforeAll(async () => {
  await mkdir(join(w.scratch.dir, 'src'));
  await w.scratch.write('src/ios.md', '# iOS\n\nStuck? Read [troubleshooting](troubleshooting.md#network).\n');
  await w.scratch.write('src/ios.fr.md', '# iOS\n\nVoir aussi [la version anglaise](ios.md).\n');
  await w.scratch.write('src/troubleshooting.md', '# Troubleshooting\n\n## Network\n\nBack to [installing](ios.md).\n');
});

describe('promoting articles from staging to production', () => {
  test('export staging as Markdown files, apply to production: authors by email, links to production\'s own articles, diff empty', async () => {
    expect((await cli(['apply', '-w', 'staging', '--auto-approve'])).code).toBe(0);

    await mkdir(join(w.scratch.dir, 'promoted'));
    const exported = await cli(['export', '-w', 'staging', '--articles-dir', 'promoted/articles', '--output', 'promoted/intercom.config.yaml']);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('Wrote 3 article file(s) to promoted/articles.');
    const promotedDir = join(w.scratch.dir, 'promoted');
    const yaml = await readFile(join(promotedDir, 'intercom.config.yaml'), 'utf8');
    expect(yaml).toContain('body_file: articles/guides/mobile/install-on-ios.md');
    expect(yaml).toContain('default_author: ada@example.com');
    expect(yaml).not.toMatch(/\b10[12]\b/);
    const ios = await readFile(join(promotedDir, 'articles/guides/mobile/install-on-ios.md'), 'utf8');
    expect(ios).toContain('[troubleshooting](../troubleshooting.md#network)');

    const applied = await cli(['apply', '-w', 'production', '--auto-approve'], promotedDir);
    expect(applied.code).toBe(0);
    const prod = w.production.snapshot();
    const byTitle = (title: string) => prod.articles.find((a) => a.content.title === title)!;
    const troubleshooting = byTitle('Troubleshooting');
    expect(byTitle('Install on iOS').content.body).toContain(`/en/articles/${troubleshooting.id}-troubleshooting#network"`);
    expect(byTitle('Install on iOS').content.author_id).toBe('9001');
    expect(troubleshooting.content.author_id).toBe('9002');
    expect(prod.articles.map((a) => a.id)).not.toContain(w.staging.snapshot().articles.find((a) => a.content.title === 'Troubleshooting')?.id);

    const diff = await cli(['diff', '--from', 'staging', '--to', 'production', '--detailed-exitcode']);
    expect(diff.stdout).toContain('No changes');
    expect(diff.code).toBe(0);
    const plan = await cli(['plan', '-w', 'production', '--detailed-exitcode'], promotedDir);
    expect(plan.code).toBe(0);
    // Production's own article is not staging's business: left alone without --prune.
    expect(prod.articles.some((a) => a.content.title === 'Maintenance window')).toBe(true);
  });
});
