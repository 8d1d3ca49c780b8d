/**
 * Issue 12, item 4, across processes: while a sandbox holds its state file, a second
 * sandbox process on the same file (`intercom-config sandbox --state`) and a command whose
 * embedded sandbox uses it are refused with a clear message, and the first sandbox keeps
 * every acknowledged write. Both run as the built CLI (the process project's global setup
 * rebuilds a stale dist/). The rules within one process: sandbox-state-lock.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { scratchDir } from '../helpers/cli.js';
import { runBin } from '../helpers/process.js';
import { SandboxClient } from '../sandbox/support/sandbox-client.js';

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let first: RunningSandbox | undefined;
let stateFile: string;
beforeEach(async () => {
  scratch = await scratchDir('icfg-lock-');
  stateFile = join(scratch.dir, '.intercom', 'sandbox.json');
});
afterEach(async () => {
  await first?.close();
  first = undefined;
  await scratch.cleanup();
});

describe('one sandbox per state file', () => {
  test('a second sandbox process on the same state file is refused; the first keeps every write', async () => {
    first = await startSandbox({ stateFile, token: 'lock-test-token' });
    const api = new SandboxClient(first.url, 'lock-test-token');
    expect((await api.post('/ticket_types', { name: 'Before' })).status).toBe(200);

    const second = await runBin(['sandbox', '--port', '0', '--state', stateFile], { cwd: scratch.dir });
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `Error: The sandbox state file ${stateFile} is in use by process ${process.pid}; two sandboxes on one state file would overwrite each other's writes\n` +
        `Stop the other sandbox (or the intercom-config command using it), or use another state file. If nothing is using it, delete ${stateFile}.lock.\n`,
    );

    // A command whose embedded sandbox points at the same file is refused the same way, before any request.
    await scratch.write('intercom.config.yaml', 'version: 1\nworkspaces:\n  sandbox:\n    sandbox: .intercom/sandbox.json\nticket_types:\n  - name: After\n');
    const apply = await runBin(['apply', '--auto-approve'], { cwd: scratch.dir });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(`is in use by process ${process.pid}`);

    expect((await api.post('/ticket_types', { name: 'Still mine' })).status).toBe(200);
    await first.close();
    first = undefined;
    const saved = JSON.parse(await readFile(stateFile, 'utf8')) as { ticket_types: { name: string }[] };
    expect(saved.ticket_types.map((t) => t.name)).toEqual(['Before', 'Still mine']);
  });
});
