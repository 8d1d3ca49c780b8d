import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir, type CliResult } from '../helpers/cli.js';

const TOKEN = 'tok_conventions_5f4dcc3b5aa765d61d8327deb882cf99';
const ANSI = '\u001B[';

const BODY = `
ticket_types:
  - name: Question
    description: Ask us anything
    attributes:
      - name: Topic
        description: About topic
        data_type: string
`;

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
const outputs: string[] = [];

async function cli(args: string[], env: NodeJS.ProcessEnv = { INTERCOM_TOKEN: TOKEN }): Promise<CliResult> {
  const result = await runCli(args, { cwd: scratch.dir, env });
  outputs.push(result.stdout, result.stderr);
  return result;
}

beforeAll(async () => {
  sandbox = await startSandbox({ token: TOKEN });
});
afterAll(async () => {
  await sandbox.close();
  for (const text of outputs) expect(text).not.toContain(TOKEN);
});
beforeEach(async () => {
  scratch = await scratchDir('icfg-conv-');
  await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY);
});
afterEach(async () => {
  await scratch.cleanup();
});

describe('stdout for results, stderr for progress and diagnostics', () => {
  test('`plan --json > plan.json` is clean JSON while traces and notes go to stderr', async () => {
    const result = await cli(['plan', '--json', '--out', 'saved.plan', '--debug']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as { format_version: number; summary: Record<string, number>; changes: { name: string }[] };
    expect(plan.format_version).toBe(1);
    expect(plan.changes.map((c) => c.name)).toEqual(['Question', 'Topic']);
    expect(result.stderr).toMatch(/^\[debug\] → GET \/ticket_types/m);
    expect(result.stderr).toMatch(/^\[debug\] ← 200 GET \/ticket_types/m);
    expect(result.stderr).toContain('Saved the plan to saved.plan');
    // The saved plan is for `apply FILE`; it must not hold the token either.
    expect(await readFile(join(scratch.dir, 'saved.plan'), 'utf8')).not.toContain(TOKEN);
  });

  test('validate --json is clean JSON too', async () => {
    const result = await cli(['validate', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true });
  });

  test('errors go to stderr with exit 1 and leave stdout empty', async () => {
    await scratch.write('intercom.config.yaml', `${remoteHeader(sandbox.url)}ticket_types:\n  - description: no name\n`);
    const result = await cli(['plan', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/intercom\.config\.yaml:\d+:\d+/);
  });
});

describe('colour', () => {
  test('FORCE_COLOR colours the plan; --no-color and NO_COLOR turn it off', async () => {
    const forced = await cli(['plan'], { INTERCOM_TOKEN: TOKEN, NO_COLOR: '', FORCE_COLOR: '1' });
    expect(forced.stdout).toContain(ANSI);
    const flag = await cli(['plan', '--no-color'], { INTERCOM_TOKEN: TOKEN, NO_COLOR: '', FORCE_COLOR: '1' });
    expect(flag.stdout).not.toContain(ANSI);
    expect(flag.stdout).toContain('Plan: 2 to create.');
    const env = await cli(['plan'], { INTERCOM_TOKEN: TOKEN, NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(env.stdout).not.toContain(ANSI);
  });

  test('no colour when stdout is not a terminal', async () => {
    const piped = await cli(['plan'], { INTERCOM_TOKEN: TOKEN, NO_COLOR: '' });
    expect(piped.stdout).not.toContain(ANSI);
    expect(piped.stdout).toContain('Plan: 2 to create.');
  });
});

describe('INTERCOM_TOKEN is the default token variable', () => {
  const noTokenLine = () => remoteHeader(sandbox.url).replace(/^ {4}token: .*\n/m, '') + BODY;

  test('a workspace without `token:` uses INTERCOM_TOKEN', async () => {
    await scratch.write('intercom.config.yaml', noTokenLine());
    sandbox.clearRequestLog();
    const result = await cli(['plan']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Plan: 2 to create.');
    // The sandbox only answers 200 to the right bearer token.
    expect(sandbox.requests.some((r) => r.status === 200)).toBe(true);
  });

  test('without it, the error names the variable and nothing is sent', async () => {
    await scratch.write('intercom.config.yaml', noTokenLine());
    sandbox.clearRequestLog();
    const result = await cli(['plan'], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('INTERCOM_TOKEN');
    expect(sandbox.requests).toEqual([]);
  });
});

describe('--debug', () => {
  test('a rejected token: the error and the traces never show it; --debug adds the stack', async () => {
    const wrong = 'tok_wrong_0cc175b9c0f1b6a831c399e269772661';
    const plain = await cli(['plan'], { INTERCOM_TOKEN: wrong });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('Error: Intercom refused GET /ticket_types: 401');
    expect(plain.stderr).not.toMatch(/^\s+at /m);

    const debug = await cli(['plan', '--debug'], { INTERCOM_TOKEN: wrong });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^\[debug\] ← 401 GET \/ticket_types/m);
    expect(debug.stderr).toMatch(/^\s+at /m);
    for (const text of [plain.stdout, plain.stderr, debug.stdout, debug.stderr]) expect(text).not.toContain(wrong);
  });
});
