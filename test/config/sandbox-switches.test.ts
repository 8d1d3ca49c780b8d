/**
 * Sandbox switches reach the sandbox from the config file (`switches:` of a sandbox
 * workspace) and from `sandbox --switch`; the product's list of switches is the sandbox's.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { parseSwitchFlags, switchesHelp } from '../../src/cli/sandbox-switch-flags.js';
import { SWITCH_DOCS } from '../../src/config/sandbox-switches.js';
import { IntercomApiError } from '../../src/errors.js';
import { SANDBOX_SWITCHES } from '../../src/sandbox/index.js';
import { WorkspaceSession } from '../../src/services/workspace-session.js';
import { scratchDir } from '../helpers/cli.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('sandbox switches in the product', () => {
  test('the config and the CLI know exactly the sandbox\'s switches and values, defaults first', () => {
    const product = Object.fromEntries(Object.entries(SWITCH_DOCS).map(([name, doc]) => [name, doc.values]));
    expect(product).toEqual(SANDBOX_SWITCHES);
    for (const name of Object.keys(SANDBOX_SWITCHES)) expect(switchesHelp()).toContain(`- ${name}: `);
  });

  test('the README names every switch twice: what the sandbox does, and what intercom-config does under each value', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [name, values] of Object.entries(SANDBOX_SWITCHES)) {
      const rows = readme.split('\n').filter((line) => line.includes(`| \`${name}\` | ${values.join(', ')} |`));
      expect(rows, name).toHaveLength(2);
    }
  });

  test('--switch NAME=VALUE is parsed; an unknown name or value is a user error naming the choices', () => {
    expect(parseSwitchFlags(['duplicate_names=reject', 'request_order=shuffled'])).toEqual({ duplicate_names: 'reject', request_order: 'shuffled' });
    expect(() => parseSwitchFlags(['duplicate_name=reject'])).toThrow(/no sandbox switch "duplicate_name"; did you mean "duplicate_names"/);
    expect(() => parseSwitchFlags(['list_items_on_update=merge'])).toThrow(/list_items_on_update takes replace or append/);
  });

  test('a sandbox workspace starts its embedded sandbox with its switches', async () => {
    const scratch = await scratchDir();
    cleanup = scratch.cleanup;
    const file = await scratch.write(
      'intercom.config.yaml',
      'version: 1\nworkspaces:\n  sandbox:\n    sandbox: state.json\n    switches: { duplicate_names: reject }\n',
    );
    const session = await WorkspaceSession.open({ configFile: file, env: {} });
    try {
      await session.connection.api.createTicketType({ name: 'Bug' });
      const second = await session.connection.api.createTicketType({ name: 'Bug' }).catch((e: unknown) => e);
      expect(second).toBeInstanceOf(IntercomApiError);
      expect((second as IntercomApiError).status).toBe(400);
    } finally {
      await session.close();
    }
  });
});
