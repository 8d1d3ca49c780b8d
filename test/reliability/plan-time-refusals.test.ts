/**
 * Problems only the live workspace reveals (a data_type change, a name that matches two
 * live objects) are refused at plan time, before any write: `plan`, `plan --out` and
 * `apply` exit 1 with every problem located in the file, and the sandbox sees only reads.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Rig } from './support/rig.js';
import { configText, type Resources } from './support/world.js';

const SEED = {
  ticket_types: [
    {
      name: 'Bug report',
      attributes: [
        { name: 'Steps', data_type: 'string' as const },
        { name: 'Severity', data_type: 'list' as const, list_items: ['Low', 'High'] },
      ],
    },
    { name: 'Question' },
    { name: 'Question' },
  ],
};

const CONFLICTING: Resources = {
  ticket_types: [
    {
      name: 'Bug report',
      description: 'would be an update, but the plan is refused as a whole',
      attributes: [
        { name: 'Steps', data_type: 'integer' },
        { name: 'Severity', data_type: 'string' },
      ],
    },
    { name: 'Question' },
    { name: 'Brand new' },
  ],
};

let rig: Rig;
beforeEach(async () => {
  rig = await Rig.start({ seed: SEED });
});
afterEach(async () => {
  await rig.close();
});

/** 1-based line and column of the first `needle` at or after line `fromLine` of `text`. */
function positionOf(text: string, needle: string, fromLine = 1): string {
  const lines = text.split('\n');
  for (let i = fromLine - 1; i < lines.length; i++) {
    const column = lines[i]!.indexOf(needle);
    if (column >= 0) return `${i + 1}:${column + 1}`;
  }
  throw new Error(`${needle} not found`);
}

describe('refusals that need the live workspace', () => {
  test('data_type changes and ambiguous names: exit 1, located, nothing written', async () => {
    await rig.writeConfig(CONFLICTING);
    const text = configText(rig.sandbox.url, CONFLICTING);
    const integerAt = positionOf(text, 'integer');
    const stringAt = positionOf(text, 'string', Number(integerAt.split(':')[0]));
    const questionAt = positionOf(text, 'Question');

    for (const args of [['plan'], ['plan', '--out', 'saved.plan'], ['apply', '--auto-approve']]) {
      const result = await rig.cli(args);
      const what = `${args.join(' ')}:\n${result.stderr}`;
      expect(result.code, what).toBe(1);
      expect(result.stderr, what).toContain('Error: Cannot plan: 3 problems:\n');
      expect(result.stderr, what).toContain(
        `  intercom.config.yaml:${integerAt}: attribute "Steps" of ticket type "Bug report" is a string attribute in Intercom; it cannot become integer`,
      );
      expect(result.stderr, what).toContain(`  intercom.config.yaml:${stringAt}: attribute "Severity" of ticket type "Bug report" is a list attribute in Intercom`);
      expect(result.stderr, what).toMatch(new RegExp(`  intercom\\.config\\.yaml:${questionAt}: "Question" matches 2 live objects: ids \\d+ \\("Question"\\) and \\d+`));
      expect(result.stderr, what).not.toMatch(/^\s+at /m);
      expect(result.stdout, what).not.toContain('Plan:');
    }
    expect(existsSync(join(rig.dir, 'saved.plan'))).toBe(false);
    expect(rig.sandbox.requests.length).toBeGreaterThan(0);
    expect(rig.writes()).toEqual([]);
  });

  test('a move that would carry unlisted sub-collections past three levels, and a non-internal Tracker', async () => {
    // Live: Guides › Setup › Advanced, and Billing. Moving Guides under Billing is valid in
    // the file, but Setup and Advanced (not listed) would come along, four levels deep.
    const rig2 = await Rig.start({
      seed: {
        collections: [{ name: 'Guides', collections: [{ name: 'Setup', collections: [{ name: 'Advanced' }] }] }, { name: 'Billing' }],
        ticket_types: [{ name: 'Escalation', category: 'Tracker' }],
      },
    });
    try {
      const resources: Resources = {
        ticket_types: [{ name: 'Escalation', is_internal: false }],
        help_center: { collections: [{ name: 'Billing', collections: [{ name: 'Guides' }] }, { name: 'New one' }] },
      };
      await rig2.writeConfig(resources);
      const text = configText(rig2.sandbox.url, resources);
      const result = await rig2.cli(['apply', '--auto-approve']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Error: Cannot plan: 2 problems:\n');
      expect(result.stderr).toContain(
        `  intercom.config.yaml:${positionOf(text, 'false')}: ticket type "Escalation" is a Tracker, and Intercom keeps Tracker ticket types internal`,
      );
      expect(result.stderr).toContain(
        `  intercom.config.yaml:${positionOf(text, 'Guides')}: collection "Billing / Guides" would bring along "Advanced", which is in Intercom ` +
          'but not in the config, and put it 4 levels deep; Intercom allows at most 3.',
      );
      expect(rig2.writes()).toEqual([]);
    } finally {
      await rig2.close();
    }
  });
});
