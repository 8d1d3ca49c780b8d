/**
 * Issue 17, item 4, as a user meets it: a config whose ticket type needs a state the
 * sandbox lacks. The plan says the state is missing and how to create it; `intercom-config
 * sandbox states …` performs the manual steps (on the state file of the embedded sandbox,
 * or through a running sandbox's admin route), and the plan clears.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const CONFIG = `version: 1
workspaces:
  sandbox:
    sandbox: .intercom/sandbox.json
ticket_states:
  - { internal_label: Triaged, category: in_progress, external_label: Looking into it }
ticket_types:
  - name: Defect
    states: [Submitted, Triaged, Resolved]
`;

let scratch: Awaited<ReturnType<typeof scratchDir>>;
const cli = (args: string[]) => runCli(args, { cwd: scratch.dir });

beforeEach(async () => {
  scratch = await scratchDir('icfg-manual-');
  await scratch.write('intercom.config.yaml', CONFIG);
});
afterEach(async () => {
  await scratch.cleanup();
});

describe('manual steps in a sandbox workspace', () => {
  test('the plan names the missing state and the commands; the commands clear it, step by step', async () => {
    expect((await cli(['apply', '--auto-approve'])).code).toBe(0);

    const before = await cli(['plan']);
    expect(before.stdout).toContain(
      'missing: create it in Intercom (Settings → Tickets → Ticket states) with internal label "Triaged", external label "Looking into it", category in_progress; ' +
        'the API cannot create ticket states. In a sandbox workspace: `intercom-config sandbox states add Triaged --category in_progress --external-label "Looking into it"`.',
    );
    expect(before.stdout).toContain(
      '"Triaged" does not exist in this workspace: create it first in Settings → Tickets → Ticket states ' +
        '(in a sandbox workspace: `intercom-config sandbox states add Triaged --category CATEGORY`). ' +
        'In Intercom, open Settings → Tickets → ticket types → "Defect" and add "Triaged" and remove "In progress", "Waiting on customer" in its ticket states; ' +
        'the API cannot change which states a ticket type uses. In a sandbox workspace: `intercom-config sandbox states assign Defect Submitted Triaged Resolved`.',
    );

    const added = await cli(['sandbox', 'states', 'add', 'Triaged', '--category', 'in_progress', '--external-label', 'Looking into it']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^Added ticket state "Triaged" \(id \d+, category in_progress, customers see "Looking into it"\)\.\n$/);

    const between = await cli(['plan', '--json']);
    const changes = JSON.parse(between.stdout).changes as { kind: string; reason: string }[];
    expect(changes.map((c) => c.kind)).toEqual(['ticket_type']);
    expect(changes[0]?.reason).not.toContain('does not exist');

    const assigned = await cli(['sandbox', 'states', 'assign', 'Defect', 'Resolved', 'Triaged', 'Submitted', '--json']);
    expect(assigned.code, assigned.stderr).toBe(0);
    expect(JSON.parse(assigned.stdout).ticket_type).toMatchObject({ name: 'Defect', states: ['Submitted', 'Triaged', 'Resolved'] });

    expect((await cli(['plan', '--detailed-exitcode'])).code).toBe(0);
  });

  test('update changes a state; a refused step exits 1 with the reason and what to do, changing nothing', async () => {
    expect((await cli(['plan'])).code).toBe(0);
    const updated = await cli(['sandbox', 'states', 'update', 'Waiting on customer', '--internal-label', 'Triaged', '--category', 'in_progress', '--external-label', 'Looking into it']);
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stdout).toContain('Changed ticket state "Waiting on customer"');

    const refused = await cli(['sandbox', 'states', 'assign', 'Defect', 'Submitted']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('No ticket type is named "Defect" in this sandbox workspace.');
    expect(refused.stderr).toContain('Create it first (apply a config that declares it), then choose its states.');
    expect(refused.stderr).not.toContain('    at ');
  });

  test('with --url the step goes to a running sandbox, which holds the state file; without it the step is refused', async () => {
    const stateFile = join(scratch.dir, '.intercom', 'sandbox.json');
    const token = 'manual-steps-token';
    const running = await startSandbox({ stateFile, token });
    try {
      const locked = await cli(['sandbox', 'states', 'add', 'Triaged', '--category', 'in_progress']);
      expect(locked.code).toBe(1);
      expect(locked.stderr).toContain(`The sandbox state file ${stateFile} is in use by process ${process.pid}`);
      expect(locked.stderr).toContain('send the step to it instead with --url');

      const wrongToken = await cli(['sandbox', 'states', 'add', 'Triaged', '--category', 'in_progress', '--url', running.url, '--token', 'nope']);
      expect(wrongToken.code).toBe(1);
      expect(wrongToken.stderr).toContain(`The sandbox at ${running.url} refused the token.`);

      const sent = await cli(['sandbox', 'states', 'add', 'Triaged', '--category', 'in_progress', '--url', running.url, '--token', token]);
      expect(sent.code, sent.stderr).toBe(0);
      expect(running.snapshot().ticket_states.map((s) => s.internal_label)).toContain('Triaged');

      const twice = await cli(['sandbox', 'states', 'add', 'triaged', '--category', 'resolved', '--url', running.url, '--token', token]);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toContain('The sandbox refused the step: A ticket state with the internal label "Triaged" already exists');
    } finally {
      await running.close();
    }
  });
});
