/**
 * The second question of an interactive apply: when the plan archives or deletes while
 * `ignore:` keeps objects out of reach, apply asks whether the list of them is complete.
 * A prompt needs a terminal, so the built CLI runs under `script`, which gives it one;
 * answers are typed when each question appears.
 */
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BIN, cliEnv, startProcess } from '../helpers/process.js';
import { IGNORE_CONFIG, IGNORE_SEED } from './ignore-workspace.js';
import { Fidelity, TOKEN } from './support.js';

let f: Fidelity;
beforeEach(async () => {
  f = await Fidelity.start({ seed: IGNORE_SEED });
  await f.config(IGNORE_CONFIG);
});
afterEach(() => f.close());

const hasScript = existsSync('/usr/bin/script');
test.skipIf(!hasScript)('an interactive apply that archives or deletes asks a second time, about the ignored list', async () => {
  const run = startProcess('script', ['-qec', `${process.execPath} ${BIN} apply --prune --allow-delete`, '/dev/null'], {
    cwd: f.scratch.dir,
    env: cliEnv({ INTERCOM_TOKEN: TOKEN, TERM: 'dumb' }),
    openStdin: true,
  });
  await run.waitForOutput(/Only "yes" is accepted/, 'stdout');
  run.child.stdin?.write('yes\n');
  await run.waitForOutput(/Is that list complete\?/, 'stdout');
  run.child.stdin?.write('no\n');
  const output = await run.done;
  expect(output.stdout).toContain('The plan archives or deletes, and `ignore:` keeps the 8 object(s) listed above untouched. Is that list complete?');
  expect(output.stdout).toContain('Apply cancelled; nothing was written.');
  expect(f.writes()).toEqual([]);
});
