/**
 * What only the installed binary shows: oclif's routing, help rendering and the early
 * `--version`, and the exit code of a real process. Everything else about the commands
 * runs in-process (see ../helpers/cli.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { COMMAND_IDS, commandClass, remoteHeader, scratchDir } from '../helpers/cli.js';
import { ROOT, runBin } from '../helpers/process.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const TOKEN = 'tok_bin_1f0e3dad99908345f7439f8ffabdffc4';

let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeAll(async () => {
  scratch = await scratchDir('icfg-bin-');
});
afterAll(async () => {
  await scratch.cleanup();
});

describe('help output', () => {
  test('plan --help shows planning against staging, saving a plan and --detailed-exitcode in CI', async () => {
    const result = await runBin(['plan', '--help'], { cwd: scratch.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('$ intercom-config plan -w staging');
    expect(result.stdout).toContain('$ intercom-config plan -w production --out prod.plan');
    expect(result.stdout).toContain('`apply prod.plan` then applies exactly that');
    expect(result.stdout).toMatch(/In CI[^\n]*\n\s+\$ intercom-config plan [^\n]*--detailed-exitcode/);
    expect(result.stdout).toContain('--json');
    expect(result.stdout).toContain('Print request traces (token redacted)');
  });

  test('the top-level help lists every command with its summary', async () => {
    const result = await runBin(['--help'], { cwd: scratch.dir });
    expect(result.code).toBe(0);
    // The root help lists top-level commands; `sandbox states …` is listed under its topic.
    for (const id of COMMAND_IDS.filter((c) => !c.includes(':'))) {
      const command = await commandClass(id);
      if (command.hidden) continue;
      expect(result.stdout).toMatch(new RegExp(`\\n\\s+${id}\\s+${escape(command.summary?.slice(0, 30) ?? '')}`));
    }
  });

  test('the binary routes `sandbox states …` (a topic under a command): sandbox --help lists it, each step has its help', async () => {
    const sandboxHelp = await runBin(['sandbox', '--help'], { cwd: scratch.dir });
    expect(sandboxHelp.stdout).toMatch(/\n\s+sandbox states\s+Ticket states of a sandbox workspace/);
    const topic = await runBin(['sandbox', 'states', '--help'], { cwd: scratch.dir });
    for (const id of COMMAND_IDS.filter((c) => c.startsWith('sandbox:states:'))) expect(topic.stdout).toContain(id.replaceAll(':', ' '));
    const add = await runBin(['sandbox', 'states', 'add', '--help'], { cwd: scratch.dir });
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('$ intercom-config sandbox states add "Triaged" --category in_progress');
  });

  test('--version names the tool and the version in package.json', async () => {
    const result = await runBin(['--version'], { cwd: scratch.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^intercom-config/${escape(version)} `));
  });

  // What people type out of habit from other CLIs: each spelling prints what the canonical one does.
  test.each([
    [['--help'], [['help'], ['-h']]],
    [['plan', '--help'], [['help', 'plan'], ['plan', '-h'], ['-h', 'plan']]],
    [['--version'], [['version'], ['-v']]],
  ])('%j is also spelt %j', async (canonical, spellings) => {
    const expected = await runBin(canonical, { cwd: scratch.dir });
    expect(expected.code).toBe(0);
    expect(expected.stdout).not.toBe('');
    for (const args of spellings) {
      const result = await runBin(args, { cwd: scratch.dir });
      expect({ args, code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ args, code: 0, stdout: expected.stdout, stderr: '' });
    }
  });
});

describe('unknown commands', () => {
  test.each([
    [['pln'], 'Did you mean plan?'],
    [['--verison'], 'Did you mean --version?'],
  ])('%j suggests the command, exit 1', async (args, suggestion) => {
    const result = await runBin(args, { cwd: scratch.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(suggestion);
    expect(result.stderr).toContain('See: intercom-config --help');
  });

  test('an unknown command with nothing close lists no guess', async () => {
    const result = await runBin(['frobnicate'], { cwd: scratch.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Error: intercom-config has no command "frobnicate".\nSee: intercom-config --help\n');
  });
});

describe('exit codes of the process', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ token: TOKEN });
  });
  afterAll(() => sandbox.close());

  test('2 for pending changes with --detailed-exitcode, 1 for an error, with the message on stderr', async () => {
    await scratch.write('intercom.config.yaml', `${remoteHeader(sandbox.url)}ticket_types:\n  - name: Question\n`);
    const env = { INTERCOM_TOKEN: TOKEN };
    const plan = await runBin(['plan', '--detailed-exitcode'], { cwd: scratch.dir, env });
    expect(plan.code, plan.stderr).toBe(2);
    expect(plan.stdout).toContain('Plan: 1 to create.');

    // Without a terminal, apply refuses to prompt.
    const apply = await runBin(['apply'], { cwd: scratch.dir, env });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('stdin is not a terminal');
    expect(apply.stderr).not.toMatch(/^\s+at /m);
  });

  test('piped text is never taken for the plan file: `echo FILE | apply` refuses as any apply without a terminal', async () => {
    await scratch.write('intercom.config.yaml', `${remoteHeader(sandbox.url)}ticket_types:\n  - name: Piped\n`);
    const env = { INTERCOM_TOKEN: TOKEN };
    expect((await runBin(['plan', '--out', 'saved.plan'], { cwd: scratch.dir, env })).code).toBe(0);
    for (const input of ['saved.plan\n', 'yes\n']) {
      const apply = await runBin(['apply'], { cwd: scratch.dir, env, input });
      expect(apply.code, input).toBe(1);
      expect(apply.stderr, input).toContain('apply needs a confirmation, but stdin is not a terminal');
    }
    expect(sandbox.snapshot().ticket_types.map((t) => t.name)).not.toContain('Piped');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
