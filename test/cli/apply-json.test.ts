import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ApplyResultJson } from '../../src/cli/apply-result-json.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir, type CliResult } from '../helpers/cli.js';

const TOKEN = 'tok_applyjson_9e107d9d372bb6826bd81d3542a419d6';

const BODY = `
ticket_states:
  - internal_label: With engineering
    category: in_progress
ticket_types:
  - name: Incident
    description: Something is down
    attributes:
      - name: Impact
        description: About impact
        data_type: list
        list_items: [Low, High]
      - name: Started at
        description: About started at
        data_type: datetime
`;

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
const outputs: string[] = [];

async function cli(args: string[]): Promise<CliResult> {
  const result = await runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN } });
  outputs.push(result.stdout, result.stderr);
  return result;
}

beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN });
  scratch = await scratchDir('icfg-applyjson-');
  await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY);
});
afterEach(async () => {
  await sandbox.close();
  await scratch.cleanup();
});
afterAll(() => {
  for (const text of outputs) expect(text).not.toContain(TOKEN);
});

describe('apply --json', () => {
  test('prints only the result on stdout; the plan, progress and summary go to stderr', async () => {
    const result = await cli(['apply', '--auto-approve', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as ApplyResultJson;
    const live = sandbox.snapshot().ticket_types.find((t) => t.name === 'Incident');
    expect(json).toEqual({
      format_version: 1,
      workspace: 'test',
      applied: [
        { kind: 'ticket_type', action: 'create', name: 'Incident', id: live?.id },
        { kind: 'ticket_type_attribute', action: 'create', name: 'Impact', ticket_type: 'Incident', id: expect.any(String) },
        { kind: 'ticket_type_attribute', action: 'create', name: 'Started at', ticket_type: 'Incident', id: expect.any(String) },
      ],
      failed: [],
      not_attempted: [],
      remaining: [
        { kind: 'ticket_state', action: 'manual', name: 'With engineering', reason: expect.any(String) },
      ],
    });
    expect(json.remaining[0]?.reason).toBeTruthy();
    expect(result.stderr).toContain('Plan: 3 to create, 1 manual step.');
    expect(result.stderr).toMatch(/\+ ticket type "Incident" done \(id \d+\)/);
    expect(result.stderr).toContain('Apply complete: 3 created.');
  });

  test('nothing to do: empty lists (except what only a person can do), exit 0', async () => {
    expect((await cli(['apply', '--auto-approve', '--json'])).code).toBe(0);
    const again = await cli(['apply', '--auto-approve', '--json']);
    expect(again.code).toBe(0);
    const json = JSON.parse(again.stdout) as ApplyResultJson;
    expect(json).toMatchObject({ applied: [], failed: [], not_attempted: [] });
    expect(json.remaining.map((c) => c.name)).toEqual(['With engineering']);

    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY.replace(/ticket_states:\n(\s{2}.*\n)+/, ''));
    const empty = await cli(['apply', '--auto-approve', '--json']);
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toEqual({ format_version: 1, workspace: 'test', applied: [], failed: [], not_attempted: [], remaining: [] });
    expect(empty.stderr).toContain('No changes');
  });

  test('a failed write: listed with its error, its dependants not attempted, exit 1, stdout still JSON', async () => {
    // A 405 edge page is now a refusal that is sent again (issue 12 item 10); 503s that outlast every try fail the create.
    sandbox.injectFault({ method: 'POST', path: '/ticket_types', times: 100, fault: { status: 503 } });
    const result = await cli(['apply', '--auto-approve', '--json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as ApplyResultJson;
    expect(json.applied).toEqual([]);
    expect(json.failed).toEqual([{ kind: 'ticket_type', action: 'create', name: 'Incident', error: expect.stringContaining('503') }]);
    expect(json.not_attempted.map((c) => c.name)).toEqual(['Impact', 'Started at']);
    expect(result.stderr).toContain('Apply failed');
  });

  test('refuses without --auto-approve: JSON mode never prompts', async () => {
    sandbox.clearRequestLog();
    const result = await cli(['apply', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--json cannot ask for confirmation, so it needs --auto-approve.');
    expect(sandbox.requests).toEqual([]);
  });
});
