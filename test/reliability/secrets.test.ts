/**
 * The token never leaves the process except in the Authorization header: not in stdout,
 * stderr, `--debug` request traces, stack traces, plan files, the GitHub job summary,
 * error messages (even when the server echoes it back), nor in any committed snapshot.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { remoteHeader, runCli, scratchDir } from '../helpers/cli.js';
import { filesBelow, findToken } from './support/secret-scan.js';
import { Rig, TOKEN } from './support/rig.js';
import { BASE_WORLD, configText } from './support/world.js';

const TEST_DIR = resolve(import.meta.dirname, '..');

describe('the token in everything the CLI writes', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await Rig.start();
  });
  afterEach(async () => {
    await rig.close();
  });

  test('successes, retries, failures, saved plans, job summaries and stack traces never hold it', async () => {
    await rig.writeConfig(BASE_WORLD);
    const github = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(rig.dir, 'summary.md') };
    rig.sandbox.injectFault({ method: 'GET', path: '/ticket_types', nth: 1, fault: { status: 503 } });
    rig.sandbox.injectFault({ method: 'POST', path: '/ticket_types', nth: 1, fault: { type: 'drop-after-commit' } });
    rig.sandbox.injectFault({ method: 'POST', path: '/help_center/collections', nth: 1, fault: { status: 500 } });

    const runs = [
      await rig.cli(['validate', '--debug'], github),
      await rig.cli(['plan', '--debug', '--out', 'saved.plan'], github),
      await rig.cli(['plan', '--json', '--debug'], github),
      await rig.cli(['plan', '--format', 'markdown'], github),
      await rig.cli(['apply', 'saved.plan', '--auto-approve', '--debug'], github),
      // Now stale: refused, with a stack trace under --debug.
      await rig.cli(['apply', 'saved.plan', '--auto-approve', '--debug'], github),
    ];
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 1]);
    // The traces are really there, so their check is not vacuous.
    expect(runs[4]!.stderr).toMatch(/\[debug\] → POST \/ticket_types/);
    expect(runs[1]!.stderr).toMatch(/\[debug\] retry GET \/ticket_types in \d+ ms: 503/);
    expect(runs[5]!.stderr).toMatch(/^\s+at /m);

    // A data_type change (plan error, located) and a wrong token (401) under --debug.
    await rig.scratch.write('intercom.config.yaml', configText(rig.sandbox.url, BASE_WORLD).replace('data_type: integer', 'data_type: string'));
    const planError = await rig.cli(['apply', '--auto-approve', '--debug'], github);
    expect(planError.code).toBe(1);
    expect(planError.stderr).toContain('cannot become string');
    const wrongToken = 'tok_wrong_0b5f2c8e9d1a4f7b';
    const unauthorized = await runCli(['plan', '--debug'], { cwd: rig.dir, env: { INTERCOM_TOKEN: wrongToken } });
    rig.outputs.add(unauthorized);
    expect(unauthorized.code).toBe(1);
    expect(unauthorized.stderr).toMatch(/401 unauthorized/);
    expect(findToken(wrongToken, { stdout: unauthorized.stdout, stderr: unauthorized.stderr })).toEqual([]);

    const texts = Object.fromEntries(rig.outputs.texts.map((t, i) => [`output #${i}`, t]));
    const written = await filesBelow(rig.dir);
    expect(Object.keys(written).map((p) => relative(rig.dir, p)).sort()).toEqual(['intercom.config.yaml', 'saved.plan', 'summary.md']);
    delete written[join(rig.dir, 'intercom.config.yaml')];
    expect(findToken(TOKEN, { ...texts, ...written })).toEqual([]);
  });
});

describe('a server that echoes the token back', () => {
  const HOSTILE_TOKEN = 'tok_echo/+=9c41f2d7e6b8';
  let server: Server;
  let url: string;
  beforeEach(async () => {
    // Answers every call with a 401 whose code, message and request id quote the token.
    server = createServer((req, res) => {
      const auth = req.headers.authorization ?? '';
      const token = auth.replace(/^Bearer /, '');
      res.writeHead(401, { 'Content-Type': 'application/json', 'X-Request-Id': `req-${token}` });
      res.end(
        JSON.stringify({
          type: 'error.list',
          request_id: `req-${token}`,
          errors: [{ code: `bad_${token}`, message: `Header "${auth}" is invalid (token ${encodeURIComponent(token)})` }],
        }),
      );
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise((ok) => server.close(ok));
  });

  test('error messages, request ids and debug traces show [REDACTED] instead', async () => {
    const scratch = await scratchDir();
    try {
      await scratch.write('intercom.config.yaml', `${remoteHeader(url)}ticket_types: []\n`);
      const result = await runCli(['plan', '--debug'], { cwd: scratch.dir, env: { INTERCOM_TOKEN: HOSTILE_TOKEN } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('[REDACTED]');
      expect(result.stderr).toMatch(/Intercom refused GET \/ticket_types: 401/);
      expect(findToken(HOSTILE_TOKEN, { stdout: result.stdout, stderr: result.stderr })).toEqual([]);
    } finally {
      await scratch.cleanup();
    }
  });
});

describe('committed snapshots and expected outputs', () => {
  test('hold none of the tokens the test suite uses', async () => {
    const sources = await filesBelow(TEST_DIR, (p) => /\.(ts|json|ya?ml)$/.test(p));
    const tokens = new Set<string>();
    for (const [path, text] of Object.entries(sources)) {
      // TOKEN = '…' constants in tests, *TOKEN* values of fixture env files, literal `token:` values.
      for (const m of text.matchAll(/\b[A-Z_]*TOKEN[A-Z_]*\s*=\s*'([^']{6,})'/g)) tokens.add(m[1]!);
      if (path.endsWith('env.json')) {
        for (const [name, value] of Object.entries(JSON.parse(text) as Record<string, string>)) {
          if (/TOKEN/.test(name) && value.trim().length >= 6) tokens.add(value.trim());
        }
      }
      if (/\.ya?ml$/.test(path)) for (const m of text.matchAll(/^\s*token:\s*([^\s$#'"][^\s#]{5,})\s*$/gm)) tokens.add(m[1]!);
    }
    tokens.add(TOKEN);
    expect(tokens.size, 'tokens found in the suite').toBeGreaterThanOrEqual(8);

    const snapshots = await filesBelow(TEST_DIR, (p) => /(^|\/)(expected-[^/]+|[^/]+\.snap)$|\/__snapshots__\//.test(p));
    expect(Object.keys(snapshots).length, 'snapshot files found').toBeGreaterThanOrEqual(80);
    const hits = [...tokens].flatMap((token) => findToken(token, snapshots).map((hit) => relative(TEST_DIR, hit)));
    expect(hits).toEqual([]);
  });
});
