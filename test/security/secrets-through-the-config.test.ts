/**
 * A config file — a pull request's, say — must not be able to carry a secret of the
 * machine that runs it into a plan, a comment or Intercom: neither the access token
 * through `${VAR}`, nor another file through an article's `body_file`.
 */
import { symlink, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { remoteHeader, runCli, scratchDir, useSandboxAndScratch } from '../helpers/cli.js';

const TOKEN = 'tok_secret_through_config_6d1f0b2a';

const fixture = useSandboxAndScratch(TOKEN, 'icfg-secret-cfg-');

const cli = (args: string[]) => runCli(args, { cwd: fixture.scratch.dir, env: { INTERCOM_TOKEN: TOKEN, CI_SECRET: 'ci-secret-value' } });

describe('the token through ${VAR}', () => {
  test('outside `token:` it is refused offline, located, and shown nowhere', async () => {
    await fixture.scratch.write('intercom.config.yaml', `${remoteHeader(fixture.sandbox.url)}ticket_types:\n  - name: Leak\n    description: "token ${'${INTERCOM_TOKEN}'}"\n`);
    for (const args of [['validate'], ['plan', '--format', 'markdown'], ['plan', '--out', 'p.plan']]) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toContain("intercom.config.yaml:9:18: ticket_types[0].description: ${INTERCOM_TOKEN} holds an access token (workspaces.test.token reads it); it may be used only in a workspace's `token:`");
      expect(result.stdout + result.stderr).not.toContain(TOKEN);
    }
    expect(fixture.sandbox.requests).toEqual([]);
  });
});

describe('body_file', () => {
  const config = (bodyFile: string) =>
    `${remoteHeader(fixture.sandbox.url)}help_center:\n  default_author: ada@example.com\n  articles:\n    - title: Leak\n      body_file: ${JSON.stringify(bodyFile)}\n`;

  test.each([
    ['/etc/hostname', 'is an absolute path'],
    ['/proc/self/environ', 'is an absolute path'],
    ['../outside.md', "leads out of the config file's folder"],
    ['articles/../../outside.md', "leads out of the config file's folder"],
  ])('%s is refused offline, located, and never read', async (bodyFile, why) => {
    await fixture.scratch.write('intercom.config.yaml', config(bodyFile));
    const result = await cli(['validate']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`intercom\\.config\\.yaml:\\d+:\\d+: help_center\\.articles\\[0\\]\\.body_file: .*${why.replace(/'/g, "'")}`));
    expect(result.stderr).not.toContain('ci-secret-value');
  });

  test('a link inside the folder to a file outside it is refused; a file below the folder is read', async () => {
    const outside = await scratchDir('icfg-secret-outside-');
    try {
      await outside.write('secret.md', 'ci-secret-value');
      await mkdir(join(fixture.scratch.dir, 'articles'));
      await symlink(join(outside.dir, 'secret.md'), join(fixture.scratch.dir, 'articles', 'linked.md'));
      await fixture.scratch.write('intercom.config.yaml', config('articles/linked.md'));
      const linked = await cli(['validate']);
      expect(linked.code).toBe(1);
      expect(linked.stderr).toContain("articles/linked.md is a link to a file outside the config file's folder");

      await fixture.scratch.write('articles/own.md', '# Fine\n\nA body of our own.\n');
      await fixture.scratch.write('intercom.config.yaml', config('articles/own.md'));
      const own = await cli(['validate']);
      expect(own.code, own.stderr).toBe(0);
    } finally {
      await outside.cleanup();
    }
  });

  test('export --articles-dir outside the folder of the written config is refused before anything is read', async () => {
    await fixture.scratch.write('intercom.config.yaml', remoteHeader(fixture.sandbox.url));
    const result = await cli(['export', '-o', 'out/intercom.config.yaml', '--articles-dir', 'articles']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--articles-dir articles is outside out, the folder the config is written to');
    expect(fixture.sandbox.requests).toEqual([]);
  });
});
