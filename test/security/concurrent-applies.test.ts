/**
 * Issue 12, item 1: two applies on one workspace never leave a silent duplicate. Intercom
 * has no lock and no idempotency key, so: (a) each create is checked against a fresh
 * listing of its family just before it is sent, and refused, naming the other object, when
 * its name is taken; (b) after apply, every created object is looked up once more, and a
 * name two live objects now share is reported by both runs — the run that made the later
 * one undoes it (archived and renamed; deleted only with --allow-delete) or prints the repair.
 * Every kind that creates, through the real client and HTTP, the interleaving pinned with
 * the sandbox's holds (no sleeps).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CreateConflictError } from '../../src/apply/create-checks.js';
import { DuplicateError } from '../../src/apply/duplicates.js';
import { startSandbox, type RequestMatch, type RunningSandbox, type SandboxState } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';
import { bothCreate, checkAfterCreate, planAndApply, TOKEN, type KindRequests, type Run } from './support/two-applies.js';

interface KindCase {
  kind: string;
  config: string;
  requests: KindRequests;
  /** The live objects of the kind bearing the declared name (active ones). */
  named(state: SandboxState): { id: string; name: string; archived?: boolean }[];
  /** What happens when both pass the check: Intercom accepts the second, or refuses it itself. */
  second: 'duplicate' | 'refused by Intercom';
  /** The write that undoes a duplicate; absent for kinds that are deleted (needs --allow-delete). */
  undo: RequestMatch;
  deletes: boolean;
}

const SEVERITY = { name: 'Severity', description: 'How bad', data_type: 'string' } as const;

const CASES: KindCase[] = [
  {
    kind: 'ticket type',
    config: 'ticket_types:\n  - name: Incident\n    description: Something broke\n',
    requests: { listing: { path: '/ticket_types' }, planReads: 1, create: { method: 'POST', path: '/ticket_types' } },
    named: (s) => s.ticket_types.filter((t) => t.name === 'Incident'),
    second: 'duplicate',
    undo: { method: 'PUT', path: /^\/ticket_types\/\d+$/ },
    deletes: false,
  },
  {
    kind: 'attribute',
    config: `ticket_types:\n  - name: Bug\n    attributes:\n      - { name: ${SEVERITY.name}, description: ${SEVERITY.description}, data_type: string }\n`,
    requests: { listing: { path: '/ticket_types' }, planReads: 1, create: { method: 'POST', path: /^\/ticket_types\/\d+\/attributes$/ } },
    named: (s) => s.ticket_types.flatMap((t) => t.attributes).filter((a) => a.name === 'Severity'),
    second: 'duplicate',
    undo: { method: 'PUT', path: /^\/ticket_types\/\d+\/attributes\/\d+$/ },
    deletes: false,
  },
  {
    kind: 'data attribute',
    config: 'data_attributes:\n  contact:\n    - { name: plan_tier, description: Billing plan, data_type: string }\n',
    // Contact and company attributes are both read to plan; only contact ones to check.
    requests: { listing: { path: '/data_attributes' }, planReads: 2, create: { method: 'POST', path: '/data_attributes' } },
    named: (s) => s.data_attributes.flatMap((a) => (a.name === 'plan_tier' && a.id !== null ? [{ id: a.id, name: a.name, archived: a.archived }] : [])),
    second: 'refused by Intercom',
    undo: { method: 'PUT', path: /^\/data_attributes\/\d+$/ },
    deletes: false,
  },
  {
    kind: 'collection',
    config: 'help_center:\n  collections:\n    - name: Getting started\n      description: First steps\n',
    requests: { listing: { path: '/help_center/collections' }, planReads: 1, create: { method: 'POST', path: '/help_center/collections' } },
    named: (s) => s.collections.filter((c) => c.name === 'Getting started'),
    second: 'duplicate',
    undo: { method: 'DELETE', path: /^\/help_center\/collections\/\d+$/ },
    deletes: true,
  },
  {
    kind: 'article',
    config: 'help_center:\n  default_author: ada@example.com\n  articles:\n    - title: Install the app\n      body: Open the store.\n',
    requests: { listing: { path: '/articles' }, planReads: 1, create: { method: 'POST', path: '/articles' } },
    named: (s) => s.articles.filter((a) => a.content.title === 'Install the app').map((a) => ({ id: a.id, name: a.content.title })),
    second: 'duplicate',
    undo: { method: 'DELETE', path: /^\/articles\/\d+$/ },
    deletes: true,
  },
];

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN, seed: { ticket_types: [{ name: 'Bug' }] } });
  scratch = await scratchDir('icfg-race-');
});
afterEach(async () => {
  await sandbox.close();
  await scratch.cleanup();
});

const active = (c: KindCase) => c.named(sandbox.snapshot()).filter((o) => o.archived !== true);
const byName = (runs: Run[]) => Object.fromEntries(runs.map((r) => [r.name, r.result]));

function startBoth(options: { allowDelete?: boolean } = {}): () => Promise<Run>[] {
  return () => [planAndApply(scratch.dir, 'first', options), planAndApply(scratch.dir, 'second', options)];
}

describe.each(CASES)('two applies creating one $kind at once', (c) => {
  beforeEach(async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + c.config);
  });

  test('the run whose check comes after the other run\'s create refuses, naming the object', async () => {
    const runs = await checkAfterCreate(sandbox, c.requests, startBoth());
    const [created] = active(c);
    expect(active(c)).toHaveLength(1);
    const done = runs.find((r) => r.result.failed.length === 0);
    const refused = runs.find((r) => r.result.failed.length > 0);
    expect(done?.result.applied.map((a) => a.id)).toEqual([created?.id]);
    expect(refused?.result.applied).toEqual([]);
    const error = refused?.result.failed[0]?.error;
    expect(error).toBeInstanceOf(CreateConflictError);
    expect(error?.message).toContain(`id ${created?.id} (`);
    expect(error?.message).toContain('Nothing was written for it, so there is no duplicate.');
    expect(refused?.result.duplicates).toBeUndefined();
  });

  test('when both pass the check, no duplicate is left silent', async () => {
    const runs = await bothCreate(sandbox, c.requests, startBoth({ allowDelete: true }), c.second === 'duplicate' ? c.undo : undefined);
    expect(active(c)).toHaveLength(1);
    const [kept] = active(c);
    if (c.second === 'refused by Intercom') {
      // Intercom refuses the second name itself; the refusal names the object that has it.
      const refused = runs.find((r) => r.result.failed.length > 0)?.result.failed[0]?.error;
      expect(refused).toBeInstanceOf(CreateConflictError);
      expect(refused?.message).toContain(`id ${kept?.id} (`);
      return;
    }
    // Both runs report it; the one that made the later object undid it.
    const reports = runs.map((r) => r.result.duplicates?.[0]);
    expect(reports.map((r) => r?.duplicate).sort()).toEqual(['ours', 'theirs']);
    const ours = reports.find((r) => r?.duplicate === 'ours');
    const theirs = reports.find((r) => r?.duplicate === 'theirs');
    expect(theirs?.id).toBe(kept?.id);
    expect(Number(ours?.id)).toBeGreaterThan(Number(kept?.id));
    expect(ours?.outcome).toEqual({ undone: c.deletes ? 'deleted it' : expect.stringMatching(/^archived it/) });
    for (const run of runs) {
      expect(run.result.applied).toEqual([]);
      expect(run.result.failed.map((f) => f.error)).toEqual([expect.any(DuplicateError)]);
    }
    expect(runs.map((r) => r.result.failed[0]?.error.message).join('\n')).toContain(`Run plan again: it matches id ${kept?.id}.`);
  });
});

describe.each(CASES.filter((c) => c.deletes))('two applies creating one $kind at once, without --allow-delete', (c) => {
  test('the duplicate stays, and the run that made it prints the exact repair', async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + c.config);
    const runs = await bothCreate(sandbox, c.requests, startBoth());
    const objects = active(c);
    expect(objects).toHaveLength(2);
    const later = objects.map((o) => o.id).sort((a, b) => Number(b) - Number(a))[0];
    const { first, second } = byName(runs);
    const report = [first, second].flatMap((r) => r?.duplicates ?? []).find((d) => d.duplicate === 'ours');
    expect(report?.id).toBe(later);
    const path = c.kind === 'article' ? `/articles/${later}` : `/help_center/collections/${later}`;
    expect(report?.outcome).toEqual({ repair: expect.stringContaining(`delete it: DELETE ${path}`) });
    expect((report && new DuplicateError(report).message) ?? '').toContain('apply deletes a duplicate it made itself only with --allow-delete');
  });
});

describe('two `apply` commands at once (ticket types)', () => {
  const c = CASES[0]!;
  const cli = (args: string[]) => runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN } });
  const applyBoth = () => [cli(['apply', '--auto-approve']), cli(['apply', '--auto-approve'])];

  beforeEach(async () => {
    await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + c.config);
  });

  test('the later check refuses: exit 1 naming the object, nothing duplicated', async () => {
    const runs = await checkAfterCreate(sandbox, c.requests, applyBoth);
    const [created] = active(c);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
    const refused = runs.find((r) => r.code === 1);
    expect(refused?.stdout).toContain(`+ ticket type "Incident": not created: Intercom now has id ${created?.id} ("Incident") with this name`);
    expect(active(c)).toHaveLength(1);
  });

  test('both create: both exit 1, the run that made the duplicate undoes it and says so, and the next plan is clean', async () => {
    const runs = await bothCreate(sandbox, c.requests, applyBoth, c.undo);
    expect(runs.map((r) => r.code)).toEqual([1, 1]);
    const [kept] = active(c);
    const output = runs.map((r) => r.stdout).join('\n');
    expect(output).toMatch(
      new RegExp(`Id (\\d+) came later, so it is the duplicate: archived it and renamed it "Incident \\(duplicate \\1\\)"\\. Run plan again: it matches id ${kept?.id}\\.`),
    );
    expect(output).toContain(`created (id ${kept?.id}), but Intercom now also has id`);
    expect(output).toContain('This one is kept; the later one is the duplicate');
    const plan = await cli(['plan', '--detailed-exitcode']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
  });
});
