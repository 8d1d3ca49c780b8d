import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_e2e_d41d8cd98f00b204e9800998ecf8427e';
const env = { INTERCOM_TOKEN: TOKEN };

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
const outputs: string[] = [];

async function cli(args: string[], configBody?: string) {
  if (configBody !== undefined) await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + configBody);
  const result = await runCli(args, { cwd: scratch.dir, env });
  outputs.push(result.stdout, result.stderr);
  return result;
}

const liveTypes = () => sandbox.snapshot().ticket_types;

const BASE = `
ticket_types:
  - name: Bug report
    description: Something is broken
    icon: "🐞"
    attributes:
      - name: Severity
        description: How bad is it?
        data_type: list
        list_items: [Low, Medium, High]
        required_to_create: true
      - name: Steps
        description: About steps
        data_type: string
        multiline: true
  - name: Question
    description: Ask us anything
`;

beforeAll(async () => {
  sandbox = await startSandbox({ token: TOKEN });
});
afterAll(async () => {
  await sandbox.close();
  // No output of any run may contain the token.
  for (const text of outputs) expect(text).not.toContain(TOKEN);
});
beforeEach(async () => {
  scratch = await scratchDir();
});
afterEach(async () => {
  await scratch.cleanup();
});

describe('plan and apply ticket types end to end', () => {
  test('create, then a re-plan is empty and exits 0 with --detailed-exitcode', async () => {
    const plan = await cli(['plan', '--detailed-exitcode'], BASE);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('Plan: 4 to create.');

    const apply = await cli(['apply', '--auto-approve']);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Apply complete: 4 created.');

    const again = await cli(['plan', '--detailed-exitcode']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes');

    const bug = liveTypes().find((t) => t.name === 'Bug report');
    expect(bug?.attributes.map((a) => a.name)).toEqual(['_default_title_', '_default_description_', 'Severity', 'Steps']);
  });

  test('an update sends only the changed field, and the plan shows before → after', async () => {
    sandbox.clearRequestLog();
    const changed = BASE.replace('Something is broken', 'Something is broken!').replace('[Low, Medium, High]', '[Low, Medium, High, Critical]');
    const plan = await cli(['plan'], changed);
    expect(plan.stdout).toContain('~ description : "Something is broken" → "Something is broken!"');
    expect(plan.stdout).toContain('~ list_items : ["Low","Medium","High"] → ["Low","Medium","High","Critical"]');
    expect(plan.stdout).toContain('Plan: 2 to update.');

    const apply = await cli(['apply', '--auto-approve']);
    expect(apply.code).toBe(0);
    const writes = sandbox.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((w) => [w.method, w.body])).toEqual(
      expect.arrayContaining([
        ['PUT', { description: 'Something is broken!' }],
        ['PUT', { list_items: 'Low,Medium,High,Critical' }],
      ]),
    );
    expect(writes).toHaveLength(2);
    expect((await cli(['plan', '--detailed-exitcode'])).code).toBe(0);
  });

  test('a rename through previous_names keeps the id', async () => {
    const before = liveTypes().find((t) => t.name === 'Question');
    const renamed = BASE.replace('Something is broken', 'Something is broken!')
      .replace('[Low, Medium, High]', '[Low, Medium, High, Critical]')
      .replace('  - name: Question\n', '  - name: Questions\n    previous_names: [Question]\n');
    const plan = await cli(['plan'], renamed);
    expect(plan.stdout).toMatch(/~ name +: "Question" → "Questions"/);
    expect((await cli(['apply', '--auto-approve'])).code).toBe(0);
    const after = liveTypes().find((t) => t.name === 'Questions');
    expect(after?.id).toBe(before?.id);
    expect(liveTypes().filter((t) => t.name === 'Question')).toHaveLength(0);
  });

  test('archive, unarchive, and prune', async () => {
    const current = BASE.replace('Something is broken', 'Something is broken!')
      .replace('[Low, Medium, High]', '[Low, Medium, High, Critical]')
      .replace('  - name: Question\n', '  - name: Questions\n    previous_names: [Question]\n');
    const archived = current.replace('  - name: Questions\n', '  - name: Questions\n    archived: true\n');
    expect((await cli(['plan'], archived)).stdout).toContain('- ticket type "Questions"');
    expect((await cli(['apply', '--auto-approve'])).code).toBe(0);
    expect(liveTypes().find((t) => t.name === 'Questions')?.archived).toBe(true);

    expect((await cli(['plan'], current)).stdout).toContain('^ ticket type "Questions"');
    expect((await cli(['apply', '--auto-approve'])).code).toBe(0);
    expect(liveTypes().find((t) => t.name === 'Questions')?.archived).toBe(false);

    // Drop Questions and the Steps attribute from the file: only --prune archives them.
    const pruned = current.split('  - name: Questions')[0]!.replace(/      - name: Steps\n.*\n.*\n.*\n/, '');
    const withoutPrune = await cli(['plan', '--detailed-exitcode'], pruned);
    expect(withoutPrune.code).toBe(0);
    const withPrune = await cli(['plan', '--prune']);
    expect(withPrune.stdout).toContain('- ticket type "Questions"');
    expect(withPrune.stdout).toContain('- attribute "Bug report" › "Steps"');
    expect(withPrune.stdout).toContain('Plan: 2 to archive.');
    expect((await cli(['apply', '--prune', '--auto-approve'])).code).toBe(0);
    const bug = liveTypes().find((t) => t.name === 'Bug report');
    expect(bug?.attributes.find((a) => a.name === 'Steps')?.archived).toBe(true);
    expect(bug?.attributes.filter((a) => a.default).every((a) => !a.archived)).toBe(true);
    expect((await cli(['plan', '--prune', '--detailed-exitcode'])).code).toBe(0);
  });

  test('a data_type change stops with migration advice and writes nothing', async () => {
    sandbox.clearRequestLog();
    const result = await cli(['apply', '--auto-approve'], BASE.replace('data_type: string', 'data_type: integer').replace('        multiline: true\n', ''));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/intercom\.config\.yaml:\d+:\d+: attribute "Steps" of ticket type "Bug report" is a string attribute/);
    expect(result.stderr).toContain('archive the old one');
    expect(sandbox.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('the JSON plan follows format_version 1', async () => {
    const result = await cli(['plan', '--json'], BASE.replace('Something is broken', 'Broken'));
    const plan = JSON.parse(result.stdout) as { changes: { action: string }[]; summary: Record<string, number> };
    expect(Object.keys(plan)).toEqual(['format_version', 'tool_version', 'workspace', 'host', 'api_version', 'changes', 'summary']);
    expect(plan).toMatchObject({ format_version: 1, workspace: 'test', host: new URL(sandbox.url).origin, api_version: '2.14' });
    expect(Object.keys(plan.summary)).toEqual(['create', 'update', 'archive', 'unarchive', 'delete', 'manual', 'blocked']);
    for (const [action, count] of Object.entries(plan.summary)) {
      expect(plan.changes.filter((c) => c.action === action)).toHaveLength(count);
    }
    expect(plan.changes).toContainEqual(
      expect.objectContaining({
        kind: 'ticket_type',
        action: 'update',
        name: 'Bug report',
        id: expect.any(String),
        fields: [{ path: 'description', before: 'Something is broken!', after: 'Broken' }],
      }),
    );
  });
});

describe('refusals that send nothing', () => {
  test('a config error exits 1 with a location, no stack trace and zero requests', async () => {
    sandbox.clearRequestLog();
    const result = await cli(['plan'], BASE.replace('data_type: list', 'data_type: lsit'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/intercom\.config\.yaml:\d+:\d+: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(sandbox.requests).toEqual([]);
  });

  test('apply without a terminal and without --auto-approve exits 1 before any request', async () => {
    sandbox.clearRequestLog();
    const result = await cli(['apply'], BASE);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--auto-approve');
    expect(sandbox.requests).toEqual([]);
  });

  test('a wrong token is reported with what to check, and never echoed', async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BASE);
    const result = await runCli(['plan', '--debug'], { cwd: scratch.dir, env: { INTERCOM_TOKEN: 'wrong-token-value-123' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/401/);
    expect(result.stderr + result.stdout).not.toContain('wrong-token-value-123');
  });
});
