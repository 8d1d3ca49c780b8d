/**
 * Saved plans through the CLI in-process, against the sandbox: a reviewed file is applied
 * without a question; its removals are confirmed on the command line, never by the file
 * alone (not even a file rewritten with a fresh checksum); the hint after `plan --out`
 * names the config; and only a change of meaning in the config makes the file stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { canonicalJson, sha256 } from '../../src/plan/canonical-json.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'tok_saved_8f14e45fceea167a5a36dedd4bea2543';
const BODY = `ticket_types:
  - name: Question
    description: Ask us
help_center:
  collections:
    - name: Guides
`;

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeEach(async () => {
  sandbox = await startSandbox({
    token: TOKEN,
    seed: {
      ticket_types: [{ name: 'Question', description: 'Ask us' }, { name: 'Old' }],
      help_centers: [{ identifier: 'help', display_name: 'Help', locales: ['en'], default: true }],
      collections: [{ name: 'Guides' }, { name: 'Legacy' }],
    },
  });
  scratch = await scratchDir('icfg-saved-');
  await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY);
});
afterEach(async () => {
  await sandbox.close();
  await scratch.cleanup();
});

/** Without a terminal, as in CI: nobody can answer a question. */
async function cli(args: string[]) {
  const result = await runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN }, tty: false, input: '' });
  expect(result.stdout + result.stderr).not.toContain(TOKEN);
  return result;
}
async function planTo(file: string, ...flags: string[]) {
  const result = await cli(['plan', ...flags, '--out', file]);
  expect(result.code, result.stderr).toBe(0);
  sandbox.clearRequestLog();
  return result;
}
const writes = () => sandbox.requests.filter((r) => r.method !== 'GET');
const archived = () => sandbox.snapshot().ticket_types.filter((t) => t.archived).map((t) => t.name);
const collectionNames = () => sandbox.snapshot().collections.map((c) => c.name).sort();

describe('a saved plan is the approval', () => {
  test('apply FILE applies without a terminal and without --auto-approve', async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY.replace('    description: Ask us\n', '    description: Ask us\n  - name: Feedback\n'));
    await planTo('p.plan');
    const result = await cli(['apply', 'p.plan']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('Only "yes" is accepted');
    expect(result.stdout).toContain('Apply complete: 1 created.');
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual(['POST /ticket_types']);
  });

  test('on a terminal, apply FILE asks nothing either', async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY.replace('Ask us', 'Ask us here'));
    await planTo('p.plan');
    const result = await runCli(['apply', 'p.plan'], { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN }, tty: true, input: '' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('Only "yes" is accepted');
    expect(result.stdout).toContain('Apply complete: 1 updated.');
  });

  test('apply FILE --json needs no --auto-approve either', async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY.replace('Ask us', 'Ask us anything'));
    await planTo('p.plan');
    const result = await cli(['apply', 'p.plan', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ format_version: 1, applied: [{ kind: 'ticket_type', action: 'update', name: 'Question' }] });
  });

  test('a fresh plan still needs a terminal or --auto-approve', async () => {
    const result = await cli(['apply']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('apply needs a confirmation, but stdin is not a terminal.');
    expect(result.stderr).toContain('intercom-config apply FILE');
  });
});

describe('removals in a saved plan are confirmed on the command line', () => {
  test('archives need --prune: refused without it, listing them and the command that confirms them', async () => {
    const plan = await planTo('p.plan', '--prune');
    expect(plan.stderr).toContain('run `intercom-config apply p.plan --prune` to apply exactly this');

    const refused = await cli(['apply', 'p.plan']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('p.plan archives or deletes 1 object(s)');
    expect(refused.stderr).toContain('  - archive ticket type "Old"');
    expect(refused.stderr).toContain('Nothing was written. If these should go, run: intercom-config apply p.plan --prune');
    // Refused from the file alone: not even a read.
    expect(sandbox.requests).toEqual([]);

    const confirmed = await cli(['apply', 'p.plan', '--prune']);
    expect(confirmed.code, confirmed.stderr).toBe(0);
    // The removal is shown with the plan, before the writes.
    const shown = confirmed.stdout.indexOf('- ticket type "Old"');
    expect(shown).toBeGreaterThanOrEqual(0);
    expect(shown).toBeLessThan(confirmed.stdout.indexOf('Apply complete: 1 archived.'));
    expect(archived()).toEqual(['Old']);
  });

  test('deletes need --allow-delete as well; --allow-delete alone does not do', async () => {
    const plan = await planTo('d.plan', '--prune', '--allow-delete');
    expect(plan.stderr).toContain('run `intercom-config apply d.plan --prune --allow-delete`');

    for (const flags of [[], ['--prune'], ['--allow-delete']]) {
      const refused = await cli(['apply', 'd.plan', ...flags]);
      expect(refused.code, flags.join(' ')).toBe(1);
      expect(refused.stderr).toContain('  - delete collection');
      expect(refused.stderr).toContain('"Legacy"');
      expect(refused.stderr).toContain('  - archive ticket type "Old"');
      expect(refused.stderr).toContain('run: intercom-config apply d.plan --prune --allow-delete');
    }
    expect(sandbox.requests).toEqual([]);

    const confirmed = await cli(['apply', 'd.plan', '--prune', '--allow-delete']);
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(collectionNames()).toEqual(['Guides']);
    expect(archived()).toEqual(['Old']);
  });

  test('a plan file rewritten with a recomputed checksum cannot add a removal', async () => {
    await planTo('safe.plan');
    await planTo('pruning.plan', '--prune');
    const safe = JSON.parse(await readFile(join(scratch.dir, 'safe.plan'), 'utf8')) as Record<string, unknown>;
    const pruning = JSON.parse(await readFile(join(scratch.dir, 'pruning.plan'), 'utf8')) as Record<string, unknown>;
    // What someone with write access to the file could do: take the removals, fix the checksum.
    const body: Record<string, unknown> = { ...safe, options: pruning['options'], fingerprints: pruning['fingerprints'], plan: pruning['plan'] };
    delete body['checksum'];
    await writeFile(join(scratch.dir, 'forged.plan'), JSON.stringify({ ...body, checksum: sha256(canonicalJson(body)) }));

    const refused = await cli(['apply', 'forged.plan']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('  - archive ticket type "Old"');
    expect(sandbox.requests).toEqual([]);
    expect(archived()).toEqual([]);
  });

  test('a forged plan with a recomputed checksum is refused, never "a bug", and nothing is written', async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY.replace('Ask us', 'Ask us anything'));
    await planTo('p.plan');
    const original = JSON.parse(await readFile(join(scratch.dir, 'p.plan'), 'utf8')) as Record<string, unknown> & { plan: Record<string, unknown> & { changes: Record<string, unknown>[] } };
    const forge = (edit: (copy: typeof original) => void) => {
      const copy = structuredClone(original);
      edit(copy);
      delete (copy as Record<string, unknown>)['checksum'];
      return JSON.stringify({ ...copy, checksum: sha256(canonicalJson(copy)) });
    };
    const forgeries: [string, string][] = [
      ['config: null', forge((c) => void (c['config'] = null))],
      ['fingerprints: null', forge((c) => void (c['fingerprints'] = null))],
      ['options: null', forge((c) => void (c['options'] = null))],
      ['workspace: 5', forge((c) => void (c['workspace'] = 5))],
      ['summary: null', forge((c) => void (c.plan['summary'] = null))],
      ['notes: "x"', forge((c) => void (c.plan['notes'] = 'x'))],
      ['a change named null', forge((c) => void (c.plan.changes[0]!['name'] = null))],
      ['a change renamed', forge((c) => void (c.plan.changes[0]!['name'] = 'Someone else'))],
      ['nested 5,000 deep', `${'['.repeat(5000)}${']'.repeat(5000)}`],
      ['an extra key nested 5,000 deep', JSON.stringify(original).replace(/^\{/, `{"deep":${'['.repeat(5000)}${']'.repeat(5000)},`)],
    ];
    for (const [what, text] of forgeries) {
      await writeFile(join(scratch.dir, 'forged.plan'), text);
      const result = await cli(['apply', 'forged.plan']);
      expect(result.code, what).toBe(1);
      expect(result.stderr, what).toMatch(/cannot be used|is stale/);
      expect(result.stderr, what).not.toContain('bug');
    }
    expect(writes()).toEqual([]);
  });

  test('--prune for a plan that removes nothing confirms nothing and changes nothing', async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY.replace('Ask us', 'Ask us anything'));
    await planTo('p.plan');
    const result = await cli(['apply', 'p.plan', '--prune', '--allow-delete']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Apply complete: 1 updated.');
    expect(writes()).toHaveLength(1);
    expect(archived()).toEqual([]);
    expect(collectionNames()).toEqual(['Guides', 'Legacy']);
  });
});

describe('the config a saved plan was made from', () => {
  test('the hint after plan -c names the config, and that command applies the plan', async () => {
    await scratch.write('other.yaml', remoteHeader(sandbox.url) + BODY.replace('Ask us', 'Ask away'));
    const plan = await planTo('p.plan', '-c', 'other.yaml');
    const hint = /run `(intercom-config apply [^`]+)`/.exec(plan.stderr)?.[1];
    expect(hint).toBe('intercom-config apply p.plan -c other.yaml');

    // Without -c the default config is read: refused, naming the config the plan needs.
    const wrong = await cli(['apply', 'p.plan']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('The saved plan was made from the config other.yaml');
    expect(wrong.stderr).toContain('intercom-config apply FILE -c other.yaml');
    expect(writes()).toEqual([]);

    const applied = await cli(hint!.split(' ').slice(1));
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Apply complete: 1 updated.');
  });

  test('comments and layout do not make a saved plan stale; a change of meaning does', async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY.replace('Ask us', 'Ask us anything'));
    await planTo('p.plan');
    const relaidOut = `# Reviewed in PR 42\n${remoteHeader(sandbox.url)}help_center: { collections: [ { name: Guides } ] }   # flow style now\nticket_types:\n  - description: "Ask us anything"  # keys reordered\n    name: Question\n`;
    await scratch.write('intercom.config.yaml', relaidOut);
    const applied = await cli(['apply', 'p.plan']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Apply complete: 1 updated.');

    await planTo('q.plan', '--prune');
    await scratch.write('intercom.config.yaml', relaidOut.replace('name: Guides', 'name: Guides, description: How to'));
    const stale = await cli(['apply', 'q.plan', '--prune']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('The saved plan is stale: the config file intercom.config.yaml changed since it was made');
    // Made again as printed: same workspace and the same --prune.
    expect(stale.stderr).toContain('Run `intercom-config plan -w test --prune --out FILE` again');
    expect(writes()).toEqual([]);
  });
});
