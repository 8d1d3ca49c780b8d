/**
 * Issue 12, item 8: every plan names the host it talked to — the origin only, never a
 * token — and a saved plan applied against another host is refused before anything is read.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { canonicalJson, sha256 } from '../../src/plan/canonical-json.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_host_c9f0f895fb98ab9159f51fd0297e236d';
const BODY = 'ticket_types:\n  - name: Question\n    description: Ask us\n';
const SEED = { ticket_types: [{ name: 'Question', description: 'Asked' }] };

let first: RunningSandbox;
let second: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeAll(async () => {
  first = await startSandbox({ token: TOKEN, seed: SEED });
  second = await startSandbox({ token: TOKEN, seed: SEED });
});
afterAll(async () => {
  await first.close();
  await second.close();
});
beforeEach(async () => {
  scratch = await scratchDir('icfg-host-');
  first.clearRequestLog();
  second.clearRequestLog();
});
afterEach(() => scratch.cleanup());

async function cli(args: string[]) {
  const result = await runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN } });
  expect(result.stdout + result.stderr).not.toContain(TOKEN);
  return result;
}

describe('the host a plan names', () => {
  test('text, JSON and markdown name the origin requests went to', async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(first.url) + BODY);
    const origin = new URL(first.url).origin;
    const text = await cli(['plan']);
    expect(text.stdout.split('\n')[0]).toBe(`Workspace "test" at ${origin} (Intercom API 2.14)`);
    const json = await cli(['plan', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ workspace: 'test', host: origin });
    const markdown = await cli(['plan', '--format', 'markdown']);
    expect(markdown.stdout).toContain(`### intercom-config plan for <code>test</code> at <code>${origin}</code>`);
  });

  test('an embedded sandbox is named as such: its port changes every run', async () => {
    await scratch.write('intercom.config.yaml', `version: 1\nworkspaces:\n  local:\n    sandbox: state.json\n${BODY}`);
    const json = await cli(['plan', '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ workspace: 'local', host: 'embedded sandbox' });
    expect((await cli(['plan', '--out', 'local.plan'])).code).toBe(0);
    const applied = await cli(['apply', 'local.plan']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Apply complete: 1 created.');
  });
});

describe('a saved plan belongs to its host', () => {
  test('applied against another host it is stale: refused before any request', async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(first.url) + BODY);
    expect((await cli(['plan', '--out', 'p.plan'])).code).toBe(0);
    // The same workspace name and resources, now pointing somewhere else.
    await scratch.write('intercom.config.yaml', remoteHeader(second.url) + BODY);
    const refused = await cli(['apply', 'p.plan']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`The saved plan is stale: it was made against ${new URL(first.url).origin}, and this run talks to ${new URL(second.url).origin}`);
    expect(refused.stderr).toContain('Nothing was written');
    expect(second.requests).toEqual([]);
    expect(first.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('a plan file without a host, even with a fresh checksum, is refused', async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(first.url) + BODY);
    expect((await cli(['plan', '--out', 'p.plan'])).code).toBe(0);
    const saved = JSON.parse(await readFile(join(scratch.dir, 'p.plan'), 'utf8')) as { plan: Record<string, unknown>; checksum?: string };
    delete saved.plan['host'];
    delete saved.checksum;
    await writeFile(join(scratch.dir, 'hostless.plan'), JSON.stringify({ ...saved, checksum: sha256(canonicalJson(saved)) }));
    first.clearRequestLog();
    const refused = await cli(['apply', 'hostless.plan']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('it does not record which host it was made against');
    expect(first.requests).toEqual([]);
  });
});
