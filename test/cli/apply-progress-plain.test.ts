/**
 * Progress when stderr is not a terminal (CI logs, pipes, files): one line per change, as
 * before the live terminal line existed. These outputs are pinned byte for byte; only a
 * request id, which the sandbox makes up at random, is masked.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';
import { TestClock } from '../helpers/clock.js';

const TOKEN = 'tok_plainprogress_0cc175b9c0f1b6a831c399e269772661';
const BODY = [
  'ticket_types:',
  '  - name: Old',
  '    description: After',
  '  - name: Question',
  '    description: Ask us',
  '    attributes:',
  '      - { name: Topic, description: What about, data_type: string }',
  '',
].join('\n');

/** The plan as printed; its title names the sandbox's origin, known once it has started. */
const plan = () => [
  `Workspace "test" at ${sandbox.url} (Intercom API 2.14)`,
  '',
  'Symbols:',
  '  + create',
  '  ~ update in place',
  '',
  '  ~ ticket type "Old" (id 6)',
  '      ~ description : "Before" → "After"',
  '',
  '  + ticket type "Question"',
  '      + name        = "Question"',
  '      + description = "Ask us"',
  '',
  '  + attribute "Question" › "Topic"',
  '      + name        = "Topic"',
  '      + description = "What about"',
  '      + data_type   = "string"',
  '',
  'Plan: 2 to create, 1 to update.',
  '',
].join('\n');

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let clock: TestClock;
beforeEach(async () => {
  clock = new TestClock();
  sandbox = await startSandbox({ token: TOKEN, clock, seed: { ticket_types: [{ name: 'Old', description: 'Before' }] } });
  scratch = await scratchDir('icfg-plainprogress-');
  await scratch.write('intercom.config.yaml', remoteHeader(sandbox.url) + BODY);
});
afterEach(async () => {
  await sandbox.close();
  await scratch.cleanup();
});

// One write at a time, so the lines come in plan order.
const apply = () => runCli(['apply', '--auto-approve', '--concurrency', '1'], { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN }, clock });
const maskRequestIds = (text: string) => text.replace(/request id [0-9a-f-]{36}/g, 'request id <id>');

describe('apply progress when stderr is not a terminal', () => {
  test('one line per change, then the summary', async () => {
    const result = await apply();
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${plan()}\nApply complete: 2 created, 1 updated.\n`);
    expect(result.stderr).toBe(
      '\nApplying 3 change(s)…\n' +
        '  ~ ticket type "Old" done (id 6)\n' +
        '  + ticket type "Question" done (id 12)\n' +
        '  + attribute "Question" › "Topic" done (id 15)\n',
    );
  });

  test('a failed write: its line, then the report', async () => {
    sandbox.injectFault({ method: 'POST', path: /attributes/, times: 100, fault: { status: 503 } });
    const result = await apply();
    expect(result.code).toBe(1);
    const failure =
      'No answer from Intercom for POST /ticket_types/12/attributes; the write may or may not have happened\n' +
      '    The only answer was 503 service_unavailable (request id <id>), which does not say whether the write was done.';
    expect(maskRequestIds(result.stdout)).toBe(
      `${plan()}\n` +
        'Apply failed: 2 applied, 1 failed, 0 not attempted.\n' +
        'Applied:\n' +
        '  ~ ticket type "Old" (id 6)\n' +
        '  + ticket type "Question" (id 12)\n' +
        'Failed:\n' +
        `  + attribute "Question" › "Topic": ${failure}\n` +
        'Nothing was rolled back. Fix the cause, then run plan or apply again: it re-reads the workspace and does only what is left.\n',
    );
    expect(maskRequestIds(result.stderr)).toBe(
      '\nApplying 3 change(s)…\n' +
        '  ~ ticket type "Old" done (id 6)\n' +
        '  + ticket type "Question" done (id 12)\n' +
        `  + attribute "Question" › "Topic" failed: ${failure}\n`,
    );
  });
});
