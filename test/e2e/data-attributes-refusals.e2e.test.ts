import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxSeed } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_e2e_da_refusals_3d9a71c0';
const env = { INTERCOM_TOKEN: TOKEN };

let sandbox: RunningSandbox | undefined;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
const outputs: string[] = [];

async function open(seed: SandboxSeed = {}, scope: 'workspace' | 'model' = 'workspace'): Promise<RunningSandbox> {
  sandbox = await startSandbox({ token: TOKEN, seed, dataAttributeLimit: { scope } });
  return sandbox;
}

async function cli(args: string[], body: string) {
  await scratch.write('intercom.config.yaml', remoteHeader(sandbox!.url) + body);
  const result = await runCli(args, { cwd: scratch.dir, env });
  outputs.push(result.stdout, result.stderr);
  return result;
}

const writesTo = (s: RunningSandbox) => s.requests.filter((r) => r.method !== 'GET');

/** `count` custom attributes of a model, for a workspace near the limit. */
const many = (model: 'contact' | 'company', count: number) =>
  Array.from({ length: count }, (_, i) => ({ model, name: `${model}_${i}`, data_type: 'string' as const }));
const declare = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `    - name: ${prefix}_${i}\n      data_type: string\n`).join('');

beforeEach(async () => {
  scratch = await scratchDir();
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  await scratch.cleanup();
});
afterAll(() => {
  for (const text of outputs) expect(text).not.toContain(TOKEN);
});

describe('bad data attribute input is a located error, and nothing is sent', () => {
  test.each([
    ['an unknown model', 'data_attributes:\n  ticket:\n    - name: seats\n      data_type: integer\n', /:8:3: data_attributes\.ticket: unknown key `ticket`/],
    ['options on a non-options type', 'data_attributes:\n  contact:\n    - name: seats\n      data_type: integer\n      options: [a, b]\n', /:11:7: data_attributes\.contact\[0\]\.options: `options` applies only to options attributes/],
    ['a single option', 'data_attributes:\n  company:\n    - name: band\n      data_type: options\n      options: [small]\n', /:11:16: data_attributes\.company\[0\]\.options: an options attribute needs at least two options/],
    ['a built-in name', 'data_attributes:\n  contact:\n    - name: email\n      data_type: string\n', /:9:13: data_attributes\.contact\[0\]\.name: "email" is one of Intercom's own contact attributes/],
    ['one name under both models', 'data_attributes:\n  contact:\n    - name: tier\n      data_type: string\n  company:\n    - name: tier\n      data_type: string\n', /:12:13: data_attributes\.company\[0\]\.name: "tier" is also declared as a contact attribute/],
  ])('%s', async (_what, body, message) => {
    const s = await open();
    const result = await cli(['plan'], body);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`intercom\\.config\\.yaml${message.source}`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(s.requests).toEqual([]);
  });
});

describe('what the API cannot do stops the plan before any write', () => {
  test('a data_type change or a rename: located, with the migration, after reading only', async () => {
    const s = await open({ data_attributes: [{ model: 'company', name: 'seats', data_type: 'integer' }, { model: 'contact', name: 'tier', data_type: 'string' }] });
    const body = 'data_attributes:\n  company:\n    - name: seats\n      data_type: string\n  contact:\n    - name: plan_tier\n      previous_names: [tier]\n      data_type: string\n';
    const result = await cli(['apply', '--auto-approve'], body);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/intercom\.config\.yaml:10:18: company attribute "seats" is of type integer in Intercom; it cannot become string/);
    expect(result.stderr).toMatch(/intercom\.config\.yaml:13:24: contact attribute "tier" \(id \d+\) cannot be renamed to "plan_tier"/);
    expect(result.stderr).toContain('copy the values companies hold into it');
    expect(s.requests.length).toBeGreaterThan(0);
    expect(writesTo(s)).toEqual([]);
  });

  test('a create that would pass the limit of 250 stops the plan at that attribute (contact and company together)', async () => {
    const s = await open({ data_attributes: [...many('contact', 200), ...many('company', 48)] });
    const result = await cli(['apply', '--auto-approve'], `data_attributes:\n  contact:\n${declare('new', 3)}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/intercom\.config\.yaml:13:13: creating contact attribute "new_2" would make 251 active custom contact and company attributes, and Intercom allows 250 per workspace/);
    expect(writesTo(s)).toEqual([]);
  });

  test('where the workspace shows the limit is per model, creates that fit their model go through; a re-plan is empty', async () => {
    const s = await open({ data_attributes: [...many('contact', 200), ...many('company', 60)] }, 'model');
    const body = `data_attributes:\n  contact:\n${declare('contact', 200)}${declare('new', 2)}`;
    const plan = await cli(['plan'], body);
    expect(plan.stdout).toContain('contact 202 (now 200), company 60, each against Intercom\'s limit of 250 (counted per model');
    expect((await cli(['apply', '--auto-approve'], body)).code).toBe(0);
    expect(writesTo(s)).toHaveLength(2);
    expect((await cli(['plan', '--detailed-exitcode'], body)).code).toBe(0);
    const tooMany = await cli(['apply', '--auto-approve'], `${body}${declare('more', 49)}`);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toContain('creating contact attribute "more_48" would make 251 active custom contact attributes, and Intercom allows 250 per model');
    expect(writesTo(s)).toHaveLength(2);
  });
});
