/**
 * Issue 12, item 1, through the binary: two `apply` commands at once on one workspace end
 * with no silent duplicate. The sandbox runs in this process, so its holds pin how the two
 * processes interleave (no sleeps).
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { remoteHeader } from '../helpers/cli.js';
import { cliEnv, runBin } from '../helpers/process.js';
import { CASES, type KindCase } from './support/two-applies-cases.js';
import { bothCreate, checkAfterCreate, raceSetup, TOKEN } from './support/two-applies.js';

const race = raceSetup();

const active = (c: KindCase) => c.named(race.sandbox.snapshot()).filter((o) => o.archived !== true);

describe('two `apply` commands at once (ticket types)', () => {
  const c = CASES[0]!;
  // Two processes, as two CI jobs would be: in-process runs take turns.
  const cli = (args: string[]) => runBin(args, { cwd: race.scratch.dir, env: cliEnv({ INTERCOM_TOKEN: TOKEN }) });
  const applyBoth = () => [cli(['apply', '--auto-approve']), cli(['apply', '--auto-approve'])];

  beforeEach(async () => {
    await race.scratch.write('intercom.config.yaml', remoteHeader(race.sandbox.url) + c.config);
  });

  test('the later check refuses: exit 1 naming the object, nothing duplicated', async () => {
    const runs = await checkAfterCreate(race.sandbox, c.requests, applyBoth);
    const [created] = active(c);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
    const refused = runs.find((r) => r.code === 1);
    expect(refused?.stdout).toContain(`+ ticket type "Incident": not created: Intercom now has id ${created?.id} ("Incident") with this name`);
    expect(active(c)).toHaveLength(1);
  });

  test('both create: both exit 1, the run that made the duplicate undoes it and says so, and the next plan is clean', async () => {
    const runs = await bothCreate(race.sandbox, c.requests, applyBoth, c.undo);
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
