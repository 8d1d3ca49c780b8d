/**
 * Issue 17, item 5: a seed is read only while the state is fresh. Editing it afterwards
 * used to do nothing, silently; now the sandbox says so once per version of the seed, with
 * how to start over, and never applies it behind the user's back.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import { runCli, scratchDir } from '../helpers/cli.js';
import { withTempDir } from './support/sandbox-client.js';

const SEED = 'ticket_states:\n  - { category: in_progress, internal_label: Triaged, external_label: In progress }\n';

async function start(stateFile: string, seed: string | object): Promise<{ warnings: string[]; labels: string[] }> {
  const sandbox = await startSandbox({ stateFile, seed: seed as string });
  try {
    return { warnings: sandbox.warnings, labels: sandbox.snapshot().ticket_states.map((s) => s.internal_label) };
  } finally {
    await sandbox.close();
  }
}

describe('a seed edited after the state exists', () => {
  test('is reported once per version, with how to start over; a change of spelling only is no change', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'state.json');
      const seedFile = join(dir, 'seed.yaml');
      await writeFile(seedFile, SEED);
      expect(await start(stateFile, seedFile)).toMatchObject({ warnings: [] });
      expect(await start(stateFile, seedFile)).toMatchObject({ warnings: [] });

      // Same meaning (a comment, flow style, key order): nothing to report.
      await writeFile(seedFile, '# states\nticket_states:\n  - internal_label: Triaged\n    external_label: In progress\n    category: in_progress\n');
      expect((await start(stateFile, seedFile)).warnings).toEqual([]);

      await writeFile(seedFile, `${SEED}  - { category: resolved, internal_label: Won't fix, external_label: Closed }\n`);
      const changed = await start(stateFile, seedFile);
      expect(changed.labels).not.toContain("Won't fix");
      expect(changed.warnings).toEqual([
        `The sandbox seed file ${seedFile} has changed since the sandbox state file ${stateFile} was created from it. ` +
          'A seed is read only when the state file is new, so the change is not applied. ' +
          `To start over from the seed, stop whatever uses the sandbox and delete ${stateFile} (everything written to that sandbox is lost). ` +
          'To keep the workspace, make the change through the API, or with `intercom-config sandbox states …` for ticket states. ' +
          'This is said once for this version of the seed.',
      ]);
      expect((await start(stateFile, seedFile)).warnings).toEqual([]);

      // Going back to the seed the state was made from is no news either.
      await writeFile(seedFile, SEED);
      expect((await start(stateFile, seedFile)).warnings).toEqual([]);
    });
  });

  test('a seed given to a state created without one, or one that is now invalid, is reported and the sandbox still starts', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'state.json');
      await startSandbox({ stateFile }).then((s) => s.close());
      const inline = await start(stateFile, { ticket_states: [{ category: 'resolved', internal_label: 'Done', external_label: 'Done' }] });
      expect(inline.warnings).toHaveLength(1);
      expect(inline.warnings[0]).toMatch(/^The sandbox seed is not what the sandbox state file .* was created from \(it was created without a seed/);

      const seedFile = join(dir, 'broken.yaml');
      await writeFile(seedFile, 'ticket_states: [{ category: later }]\n');
      const broken = await start(stateFile, seedFile);
      expect(broken.warnings[0]).toContain('It is also invalid now: The sandbox seed file');
      expect(broken.labels).toEqual(['Submitted', 'In progress', 'Waiting on customer', 'Resolved']);
    });
  });

  test('an embedded sandbox: plan prints the warning once on stderr', async () => {
    const scratch = await scratchDir('icfg-seed-');
    try {
      await scratch.write('seed.yaml', SEED);
      await scratch.write('intercom.config.yaml', 'version: 1\nworkspaces:\n  sandbox:\n    sandbox: .intercom/sandbox.json\n    seed: seed.yaml\nticket_types: []\n');
      const first = await runCli(['plan'], { cwd: scratch.dir });
      expect(first.stderr).toBe('');
      await scratch.write('seed.yaml', `${SEED}  - { category: resolved, internal_label: Done, external_label: Done }\n`);
      const edited = await runCli(['plan'], { cwd: scratch.dir });
      expect(edited.code).toBe(0);
      expect(edited.stderr).toMatch(/^WARNING: The sandbox seed file .*seed\.yaml has changed since the sandbox state file .*sandbox\.json was created from it\./);
      expect((await runCli(['plan'], { cwd: scratch.dir })).stderr).toBe('');
    } finally {
      await scratch.cleanup();
    }
  });
});
