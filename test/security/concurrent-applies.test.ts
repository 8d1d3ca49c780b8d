/**
 * Issue 12, item 1: two applies on one workspace never leave a silent duplicate. Intercom
 * has no lock and no idempotency key, so: (a) each create is checked against a fresh
 * listing of its family just before it is sent, and refused, naming the other object, when
 * its name is taken; (b) after apply, every created object is looked up once more, and a
 * name two live objects now share is reported by both runs — the run that made the later
 * one undoes it (archived and renamed; deleted only with --allow-delete) or prints the repair.
 * Every kind that creates, through the real client and HTTP, the interleaving pinned with
 * the sandbox's holds (no sleeps). The two `apply` commands: concurrent-applies.process.test.ts.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { CreateConflictError } from '../../src/apply/create-checks.js';
import { DuplicateError } from '../../src/apply/duplicates.js';
import { remoteHeader } from '../helpers/cli.js';
import { CASES, type KindCase } from './support/two-applies-cases.js';
import { bothCreate, checkAfterCreate, planAndApply, raceSetup, type Run } from './support/two-applies.js';

const race = raceSetup();

const active = (c: KindCase) => c.named(race.sandbox.snapshot()).filter((o) => o.archived !== true);
const byName = (runs: Run[]) => Object.fromEntries(runs.map((r) => [r.name, r.result]));

function startBoth(options: { allowDelete?: boolean } = {}): () => Promise<Run>[] {
  return () => [planAndApply(race.scratch.dir, 'first', options), planAndApply(race.scratch.dir, 'second', options)];
}

describe.each(CASES)('two applies creating one $kind at once', (c) => {
  beforeEach(async () => {
    await race.scratch.write('intercom.config.yaml', remoteHeader(race.sandbox.url) + c.config);
  });

  test('the run whose check comes after the other run\'s create refuses, naming the object', async () => {
    const runs = await checkAfterCreate(race.sandbox, c.requests, startBoth());
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
    const runs = await bothCreate(race.sandbox, c.requests, startBoth({ allowDelete: true }), c.second === 'duplicate' ? c.undo : undefined);
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
    await race.scratch.write('intercom.config.yaml', remoteHeader(race.sandbox.url) + c.config);
    const runs = await bothCreate(race.sandbox, c.requests, startBoth());
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
