/**
 * Issue 12, item 12, through the real CLI: `intercom-config sandbox` in its own process
 * takes its token from the environment, so the token is not in its command line (what
 * other users see in `ps`), and it warns when it listens beyond loopback. The rest of the
 * sandbox's exposure rules are in sandbox-exposure.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { ROOT, startBin } from '../helpers/process.js';
import { SandboxClient } from '../sandbox/support/sandbox-client.js';

const EXPOSURE_TOKEN = 'exposure-test-token';

describe('exposure beyond loopback, and the token out of `ps`', () => {
  test('`intercom-config sandbox` takes its token from INTERCOM_SANDBOX_TOKEN, so it is not in its command line', async () => {
    const child = startBin(['sandbox', '--port', '0', '--host', '0.0.0.0'], { cwd: ROOT, env: { INTERCOM_SANDBOX_TOKEN: EXPOSURE_TOKEN } });
    try {
      const [, port] = await child.waitForOutput(/listening on http:\/\/0\.0\.0\.0:(\d+)/);
      const url = `http://127.0.0.1:${port}`;
      const { stderr } = child.output();
      expect(stderr).toMatch(/^WARNING: The sandbox listens on 0\.0\.0\.0, so other machines can reach it/m);
      expect(stderr).not.toContain(EXPOSURE_TOKEN);
      const api = new SandboxClient(url, 'wrong-token');
      expect((await api.get('/ticket_types')).status).toBe(401);
      expect((await api.get('/ticket_types', { token: EXPOSURE_TOKEN })).status).toBe(200);
      const cmdline = await readFile(`/proc/${child.child.pid}/cmdline`, 'utf8').catch(() => '');
      expect(cmdline).not.toContain(EXPOSURE_TOKEN);
    } finally {
      child.child.kill('SIGTERM');
      await child.done;
    }
  });
});
