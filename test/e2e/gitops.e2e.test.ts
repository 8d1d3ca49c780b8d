import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_gitops_3f2504e04f8911d39a0c0305e82c3301';
let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

async function cli(args: string[], options: { body?: string; env?: NodeJS.ProcessEnv } = {}) {
  if (options.body !== undefined) await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + options.body);
  const result = await runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN, ...options.env } });
  expect(result.stdout + result.stderr).not.toContain(TOKEN);
  return result;
}
const writes = () => sandbox.requests.filter((r) => r.method !== 'GET');

const CONFIG = `
ticket_types:
  - name: Refund
    description: Money back
    attributes:
      - name: Amount
        description: About amount
        data_type: decimal
  - name: Outage
    description: Service down
`;

beforeAll(async () => {
  sandbox = await startSandbox({ token: TOKEN });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  scratch = await scratchDir();
});
afterEach(() => scratch.cleanup());

describe('saved plans', () => {
  test('plan --out then apply FILE applies exactly the saved plan; the file holds no token', async () => {
    const plan = await cli(['plan', '--out', 'changes.plan'], { body: CONFIG });
    expect(plan.code).toBe(0);
    const saved = await readFile(join(scratch.dir, 'changes.plan'), 'utf8');
    expect(saved).not.toContain(TOKEN);
    expect(JSON.parse(saved)).toMatchObject({ workspace: 'test', api_version: '2.14', config: { hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });

    sandbox.clearRequestLog();
    const apply = await cli(['apply', 'changes.plan', '--auto-approve']);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Apply complete: 3 created.');
    expect(writes()).toHaveLength(3);
    expect((await cli(['plan', '--detailed-exitcode'])).code).toBe(0);
  });

  test('a plan made stale by a live change is refused with zero writes, naming what changed', async () => {
    const edited = CONFIG.replace('Money back', 'Money returned');
    expect((await cli(['plan', '--out', 'stale.plan'], { body: edited })).code).toBe(0);
    // Someone edits the same ticket type in Intercom after the plan was reviewed.
    const refund = sandbox.snapshot().ticket_types.find((t) => t.name === 'Refund')!;
    const response = await fetch(`${sandbox.url}/ticket_types/${refund.id}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ icon: '💸' }),
    });
    expect(response.status).toBe(200);

    sandbox.clearRequestLog();
    const apply = await cli(['apply', 'stale.plan', '--auto-approve']);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(`ticket type "Refund" (id ${refund.id}) changed in Intercom`);
    expect(apply.stderr).toContain('Nothing was written');
    expect(writes()).toEqual([]);
  });

  test('a changed config file, a tampered plan and an unreadable plan are refused the same way', async () => {
    expect((await cli(['plan', '--out', 'a.plan'], { body: CONFIG.replace('Service down', 'Service is down') })).code).toBe(0);
    const original = await readFile(join(scratch.dir, 'a.plan'), 'utf8');
    sandbox.clearRequestLog();

    await writeFile(join(scratch.dir, 'tampered.plan'), original.replace('"Service is down"', '"Something else"'));
    const tampered = await cli(['apply', 'tampered.plan', '--auto-approve']);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('checksum does not match');

    await writeFile(join(scratch.dir, 'garbage.plan'), '{not json');
    const garbage = await cli(['apply', 'garbage.plan', '--auto-approve']);
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toContain('not valid JSON');

    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + CONFIG.replace('Service down', 'Service is down!'));
    const changedConfig = await cli(['apply', 'a.plan', '--auto-approve']);
    expect(changedConfig.code).toBe(1);
    expect(changedConfig.stderr).toContain('changed since it was made');
    expect(writes()).toEqual([]);
  });
});

describe('pull-request output', () => {
  test('markdown starts with the marker and is appended to the GitHub step summary', async () => {
    await writeFile(join(scratch.dir, 'summary.md'), '');
    const result = await cli(['plan', '--format', 'markdown'], {
      body: CONFIG.replace('Service down', 'Degraded'),
      env: { GITHUB_STEP_SUMMARY: join(scratch.dir, 'summary.md') },
    });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('<!-- intercom-config-plan workspace="test" -->');
    expect(result.stdout).toContain('| 0 | 1 | 0 | 0 | 0 | 0 | 0 |');
    expect(await readFile(join(scratch.dir, 'summary.md'), 'utf8')).toContain('<details>');
  });

  test('under GitHub Actions, validation errors are also annotations', async () => {
    const result = await cli(['validate'], { body: CONFIG.replace('data_type: decimal', 'data_type: money'), env: { GITHUB_ACTIONS: 'true' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=intercom\.config\.yaml,line=\d+,col=\d+::/m);
  });
});
