/**
 * Issue 12, item 11: the token is removed in every spelling a server, proxy or log may
 * use — base64 with and without padding, lowercase (and mixed) percent-encoding — and also
 * when a server echoes it inside a successful answer, which would otherwise flow into
 * plans and exports. Real HTTP to the sandbox through the real client and CLI.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IntercomClient } from '../../src/client/intercom-client.js';
import { redact } from '../../src/client/redact.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';
import { SandboxClient } from '../sandbox/support/sandbox-client.js';

/** `/`, `+` and `=` make its encoded spellings differ from the plain one. */
const ECHO_TOKEN = 'tok_redact/9f+2c=7a41e0d3b5';
const base64 = Buffer.from(ECHO_TOKEN).toString('base64');
const spellings = {
  base64,
  'base64 without padding': base64.replace(/=+$/, ''),
  base64url: Buffer.from(ECHO_TOKEN).toString('base64url'),
  'lowercase percent-encoding': encodeURIComponent(ECHO_TOKEN).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
  'uppercase percent-encoding': encodeURIComponent(ECHO_TOKEN),
  'every character percent-encoded': [...ECHO_TOKEN].map((c) => `%${c.charCodeAt(0).toString(16)}`).join(''),
  'inside a Basic credential': Buffer.from(`user:${ECHO_TOKEN}`).toString('base64'),
};
const everySpelling = [ECHO_TOKEN, ...Object.values(spellings)];

function leaks(text: string): string[] {
  const trimmedBasic = spellings['inside a Basic credential'].slice(8, -4);
  return [...everySpelling, trimmedBasic].filter((s) => text.includes(s));
}

describe('spellings of the token in text', () => {
  test.each(Object.entries(spellings))('%s is redacted', (_name, spelling) => {
    const out = redact(`before ${spelling} after`, ECHO_TOKEN);
    expect(out).toContain('[REDACTED]');
    expect(leaks(out)).toEqual([]);
  });

  test('ordinary text is left alone', () => {
    expect(redact('Bug report: 503 at /ticket_types (request id abc)', ECHO_TOKEN)).toBe('Bug report: 503 at /ticket_types (request id abc)');
  });
});

describe('a token echoed inside a successful answer', () => {
  let sandbox: RunningSandbox;
  beforeEach(async () => {
    sandbox = await startSandbox({ token: ECHO_TOKEN });
  });
  afterEach(async () => {
    await sandbox.close();
  });

  test('is removed from what the client returns, whatever its spelling', async () => {
    const client = new IntercomClient({ baseUrl: sandbox.url, token: ECHO_TOKEN, apiVersion: '2.14' });
    const created = await client.createTicketType({
      name: `Echo ${ECHO_TOKEN}`,
      description: Object.values(spellings).join(' | '),
    });
    expect(created.name).toBe('Echo [REDACTED]');
    expect(leaks(JSON.stringify(created))).toEqual([]);
    const listed = await client.listTicketTypes();
    expect(leaks(JSON.stringify(listed))).toEqual([]);
    // The sandbox really holds the token: the echo happened, the client removed it.
    expect(JSON.stringify(sandbox.snapshot())).toContain(ECHO_TOKEN);
  });

  test('never reaches plan, plan --json or export output', async () => {
    const api = new SandboxClient(sandbox.url, ECHO_TOKEN);
    await api.post('/ticket_types', { name: 'Leaky', description: `copied ${spellings['base64 without padding']} here` });
    await api.post('/help_center/collections', { name: `Docs ${spellings['lowercase percent-encoding']}` });
    const scratch = await scratchDir('icfg-redact-');
    try {
      await scratch.write('intercom.config.yaml', `${remoteHeader(sandbox.url)}ticket_types:\n  - name: Leaky\n    description: clean\n`);
      const env = { INTERCOM_TOKEN: ECHO_TOKEN };
      const runs = [
        await runCli(['plan'], { cwd: scratch.dir, env }),
        await runCli(['plan', '--json'], { cwd: scratch.dir, env }),
        await runCli(['export'], { cwd: scratch.dir, env }),
      ];
      expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
      expect(runs[0]?.stdout).toContain('copied [REDACTED] here');
      for (const run of runs) expect(leaks(run.stdout + run.stderr)).toEqual([]);
    } finally {
      await scratch.cleanup();
    }
  });
});
