/**
 * Bad article input stops `apply` with a message that points at the file, line and column
 * (of the config, or of the Markdown file) and nothing is written. What the file alone
 * shows is refused before any request; what needs the workspace (its teammates, its
 * collections, its help center's languages) is refused after the listings, before any write.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_articles_bad_input_0c4b8e2d';
let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  sandbox = await startSandbox({
    token: TOKEN,
    seed: {
      help_centers: [{ identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true }],
      collections: [{ name: 'Guides' }],
    },
  });
  scratch = await scratchDir();
  await mkdir(`${scratch.dir}/articles`);
  await scratch.write('articles/ok.md', '# Fine\n');
  await scratch.write('articles/image.md', '# Install\n\nLike this:\n\n  ![store](img/store.png)\n');
});
afterAll(async () => {
  await sandbox.close();
  await scratch.cleanup();
});
beforeEach(() => sandbox.clearRequestLog());

async function applyWith(articles: string, apiVersion = '2.14') {
  const header = remoteHeader(sandbox.url).replace('version: 1\n', `version: 1\napi_version: "${apiVersion}"\n`);
  await scratch.write('intercom.config.yaml', `${header}help_center:\n  default_author: ada@example.com\n  articles:\n${articles}`);
  const result = await runCli(['apply', '--auto-approve'], { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN } });
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toContain('    at ');
  return result.stderr;
}

describe('bad article input: a located error, nothing written', () => {
  test.each([
    ['a missing body file', '    - title: Install\n      body_file: articles/missing.md\n', /intercom\.config\.yaml:12:18: help_center\.articles\[0\]\.body_file: cannot read articles\/missing\.md: it does not exist/],
    ['a relative image', '    - title: Install\n      body_file: articles/image.md\n', /articles\/image\.md:5:12: help_center\.articles\[0\]\.body_file: image "img\/store\.png" is a relative path/],
    [
      'two articles with one title in one collection',
      '    - { title: FAQ, collection: [Guides], body_file: articles/ok.md }\n    - { title: FAQ, collection: [Guides] }\n',
      /intercom\.config\.yaml:12:16: help_center\.articles\[1\]\.title: duplicate article title "FAQ" \(also on line 11\)/,
    ],
  ])('%s is refused before any request', async (_what, articles, message) => {
    expect(await applyWith(articles)).toMatch(message);
    expect(sandbox.requests).toEqual([]);
  });

  test.each([
    ['an author no teammate has', '    - title: Install\n      author: nobody@example.com\n', '2.14', /intercom\.config\.yaml:12:15: no teammate of this workspace has the email "nobody@example\.com"/],
    ['an unknown collection path', '    - title: Install\n      collection: [Guides, Nowhere]\n', '2.14', /intercom\.config\.yaml:12:19: no collection "Guides \/ Nowhere" in help center "acme-help"/],
    [
      'a language the help center does not have',
      '    - title: Install\n      translated_content:\n        de: { title: Installieren }\n',
      '2.16',
      /intercom\.config\.yaml:13:13: help center "acme-help" has no "de" language \(it has en, fr\)/,
    ],
  ])('%s is refused after reading the workspace, before any write', async (_what, articles, apiVersion, message) => {
    expect(await applyWith(articles, apiVersion)).toMatch(message);
    expect(sandbox.requests.length).toBeGreaterThan(0);
    expect(sandbox.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
