/**
 * Article writes under lost answers and saved plans: a create whose answer is lost is found
 * by re-reading, never sent twice (and an article linking to it still gets its URL); a
 * saved plan is refused once an article it touches changed in Intercom.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_articles_safety_8f3a1d6c';
let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN, articleHtml: 'editor' });
  scratch = await scratchDir();
  await scratch.write('first.md', '# First\n\nThe first one.\n');
  await scratch.write('second.md', '# Second\n\nAfter [the first](first.md).\n');
});
afterEach(async () => {
  await sandbox.close();
  await scratch.cleanup();
});

const CONFIG = `help_center:
  default_author: ada@example.com
  articles:
    - { title: First, body_file: first.md, state: published }
    - { title: Second, body_file: second.md }
`;

async function cli(args: string[]) {
  await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + CONFIG);
  return runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN } });
}

describe('article writes', () => {
  test('creates whose answers are lost are found by re-reading, not repeated; the link to one still gets its URL', async () => {
    sandbox.injectFault({ method: 'POST', path: '/articles', nth: 1, times: 2, fault: { type: 'drop-after-commit' } });
    const apply = await cli(['apply', '--auto-approve']);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stderr.match(/the answer was lost, found it by re-reading/g)).toHaveLength(2);
    const articles = sandbox.snapshot().articles;
    expect(articles.map((a) => a.content.title).sort()).toEqual(['First', 'Second']);
    const first = articles.find((a) => a.content.title === 'First')!;
    expect(articles.find((a) => a.content.title === 'Second')?.content.body).toContain(`/articles/${first.id}-first"`);
    sandbox.clearRequestLog();
    const again = await cli(['plan', '--detailed-exitcode']);
    expect(again.code, again.stdout).toBe(0);
  });

  test('a saved plan is refused once an article it touches changed in Intercom', async () => {
    expect((await cli(['apply', '--auto-approve'])).code).toBe(0);
    await scratch.write('first.md', '# First\n\nThe first one, edited.\n');
    expect((await cli(['plan', '--out', 'edit.plan'])).code).toBe(0);
    const first = sandbox.snapshot().articles.find((a) => a.content.title === 'First')!;
    const edited = await fetch(`${sandbox.url}/articles/${first.id}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', 'Intercom-Version': '2.14' },
      body: JSON.stringify({ body: '<p>Someone edited this in Intercom.</p>' }),
    });
    expect(edited.status).toBe(200);
    const stale = await cli(['apply', 'edit.plan', '--auto-approve']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`article "First" (id ${first.id}) changed in Intercom`);
    expect(sandbox.snapshot().articles.find((a) => a.id === first.id)?.content.body).toContain('Someone edited this');
  });
});
