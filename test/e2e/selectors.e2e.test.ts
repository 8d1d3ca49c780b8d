/**
 * `--target` and `--exclude` end to end, through the CLI against a sandbox over HTTP:
 * only selected objects are planned and written, creates they need come along, prune
 * acts only inside the selection, and a saved plan keeps its selection.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxSeed } from '../../src/sandbox/index.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_selectors_4c2d9e';

/** Live objects the config does not list, for prune: two legacy types, a stray attribute, collections. */
const SEED: SandboxSeed = {
  help_centers: [{ identifier: 'acme-help', display_name: 'Acme Help', locales: ['en'], default: true }],
  ticket_types: [
    { name: 'Bug report', description: 'Old text', attributes: [{ name: 'Stray', description: 'Not listed', data_type: 'string' }] },
    { name: 'Legacy alpha' },
    { name: 'Legacy beta' },
  ],
  collections: [{ name: 'Archive', collections: [{ name: 'Old' }] }, { name: 'Scratch' }],
};

const CONFIG = (url: string) => `version: 1
workspaces:
  test:
    url: ${url}
    token: \${INTERCOM_TOKEN}
ticket_types:
  - name: Bug report
    description: Something is broken
    attributes:
      - name: Severity
        description: How bad
        data_type: string
  - name: Question
    description: Ask us
help_center:
  collections:
    - name: Guides
      collections:
        - name: Setup
`;

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

async function cli(args: string[]) {
  const result = await runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN } });
  expect(result.stdout + result.stderr).not.toContain(TOKEN);
  return result;
}
const writes = () => sandbox.requests.filter((r) => r.method !== 'GET');
const types = () => Object.fromEntries(sandbox.snapshot().ticket_types.map((t) => [t.name, t]));
const collections = () => sandbox.snapshot().collections.map((c) => c.name).sort();
const planJson = async (args: string[]) => JSON.parse((await cli(['plan', '--json', ...args])).stdout) as { changes: { action: string; kind: string; name: string }[]; selection?: unknown; notes?: string[] };
const changed = (plan: { changes: { action: string; kind: string; name: string }[] }) => plan.changes.map((c) => `${c.action} ${c.kind} ${c.name}`);

beforeAll(async () => {
  scratch = await scratchDir();
});
beforeEach(async () => {
  await sandbox?.close();
  sandbox = await startSandbox({ token: TOKEN, seed: SEED });
  await scratch.write('intercom.config.yaml', CONFIG(sandbox.url));
});
afterAll(async () => {
  await sandbox.close();
  await scratch.cleanup();
});

describe('--target and --exclude', () => {
  test('apply writes only what the selection picks; a plan of the whole file then shows the rest', async () => {
    const applied = await cli(['apply', '--auto-approve', '--target', 'ticket_type:Bug*', '--target', 'collection:Guides/**']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Selection: --target "ticket_type:Bug*" --target "collection:Guides/**"; changes to other objects are not planned.');
    expect(types()['Bug report']?.description).toBe('Something is broken');
    expect(types()['Question']).toBeUndefined();
    expect(types()['Bug report']?.attributes.map((a) => a.name)).not.toContain('Severity');
    expect(collections()).toEqual(['Archive', 'Guides', 'Old', 'Scratch', 'Setup']);

    expect(changed(await planJson([]))).toEqual(['create ticket_type_attribute Severity', 'create ticket_type Question']);
  });

  test('a selected attribute of a new type brings the create of its type, with a note; excluding the type stops the plan', async () => {
    const feedback = '  - name: Feedback\n    attributes:\n      - { name: Score, description: One to five, data_type: integer }\nhelp_center:';
    await scratch.write('new-type.yaml', CONFIG(sandbox.url).replace('help_center:', feedback));
    const plan = await planJson(['-c', 'new-type.yaml', '--target', 'attribute:Feedback/Score']);
    expect(changed(plan)).toEqual(['create ticket_type Feedback', 'create ticket_type_attribute Score']);
    expect(plan.notes).toContain('ticket type "Feedback" is created too, though not selected: attribute "Feedback" › "Score" needs it');

    const refused = await cli(['plan', '-c', 'new-type.yaml', '--target', 'attribute:Feedback/Score', '--exclude', 'ticket_type:Feedback']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/new-type\.yaml:\d+:\d+: attribute "Feedback" › "Score" \(create\) waits for the create of ticket type "Feedback", which is not selected: --exclude "ticket_type:Feedback" leaves it out/);
    expect(writes()).toEqual([]);
  });

  test('prune archives and deletes only inside the selection', async () => {
    const types0 = types();
    const pruned = await cli(['apply', '--auto-approve', '--prune', '--allow-delete', '--target', 'ticket_type:Legacy a*', '--exclude', 'collection:Archive/**', '--target', 'collection:**']);
    expect(pruned.code).toBe(0);
    const after = types();
    expect(after['Legacy alpha']?.archived).toBe(true);
    expect(after['Legacy beta']?.archived).toBe(false);
    // The stray attribute is outside the selection: prune leaves it.
    expect(after['Bug report']?.attributes.find((a) => a.name === 'Stray')?.archived).toBe(false);
    expect(after['Bug report']?.description).toBe(types0['Bug report']?.description);
    // Scratch goes; Archive and what it holds stay, excluded.
    expect(collections()).toEqual(['Archive', 'Guides', 'Old', 'Setup']);

    // The whole file with --prune still has the rest to do.
    expect(changed(await planJson(['--prune']))).toEqual(
      expect.arrayContaining(['archive ticket_type Legacy beta', 'archive ticket_type_attribute Stray', 'blocked collection Archive']),
    );
  });

  test('a saved plan records its selection, and apply refuses it under another selection', async () => {
    const saved = await cli(['plan', '--prune', '--target', 'ticket_type:Legacy*', '--out', 'legacy.plan']);
    expect(saved.code).toBe(0);
    const file = JSON.parse(await readFile(join(scratch.dir, 'legacy.plan'), 'utf8')) as {
      options: { selection: unknown };
      plan: { selection: unknown };
    };
    expect(file.options.selection).toEqual({ target: ['ticket_type:Legacy*'], exclude: [] });
    expect(file.plan.selection).toEqual(file.options.selection);

    for (const other of [['--target', 'ticket_type:Legacy alpha'], ['--target', 'ticket_type:Legacy*', '--exclude', 'ticket_type:Legacy beta']]) {
      // --prune confirms the saved plan's archives; the selection is still refused.
      const refused = await cli(['apply', 'legacy.plan', '--prune', ...other]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('The saved plan was made for --target "ticket_type:Legacy*"');
      expect(refused.stderr).toContain('a selection cannot change a saved plan');
    }
    expect(writes()).toEqual([]);

    // The same selection, or none (the file keeps its own), applies exactly what was saved.
    const applied = await cli(['apply', 'legacy.plan', '--prune', '--target', 'ticket_type:Legacy*']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply complete: 2 archived.');
    expect(writes().map((r) => r.method)).toEqual(['PUT', 'PUT']);
    expect(types()['Question']).toBeUndefined();
  });

  test('a saved plan applied without selectors keeps the selection it was made with', async () => {
    await cli(['plan', '--target', 'ticket_type:Question', '--out', 'question.plan']);
    const applied = await cli(['apply', 'question.plan', '--auto-approve']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Selection: --target "ticket_type:Question"');
    expect(Object.keys(types()).sort()).toEqual(['Bug report', 'Legacy alpha', 'Legacy beta', 'Question']);
    expect(types()['Bug report']?.description).toBe('Old text');
  });

  test('a misspelt kind is refused before any request, with a did-you-mean', async () => {
    const result = await cli(['plan', '--target', 'ticket_types:Bug*']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"ticket_types" is not a kind; did you mean ticket_type?');
    expect(sandbox.requests).toEqual([]);
  });

  test('a pull-request comment shows the selection', async () => {
    const markdown = await cli(['plan', '--format', 'markdown', '--exclude', 'collection:**']);
    expect(markdown.stdout).toContain('> Selection: --exclude "collection:&#42;&#42;"; changes to other objects are not planned.');
    expect(markdown.stdout).not.toContain('Guides');
  });
});
